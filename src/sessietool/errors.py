"""Every error sessietool reports to a user, in one place.

Each class carries a message template; the CLI prints ``str(error)`` as one line on stderr and exits
with the class's ``exit_code``. Library callers catch :class:`SessietoolError`.
"""
from __future__ import annotations


class SessietoolError(Exception):
    """Base class: a problem the user can act on, reported without a traceback."""

    exit_code = 1
    template = "{detail}"

    def __init__(self, path: object = None, detail: str = "", **kwargs: object) -> None:
        self.path = None if path is None else str(path)
        self.detail = detail
        self.kwargs = kwargs
        message = self.template.format(detail=detail, **kwargs)
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputError(SessietoolError):
    """A file that cannot be read as a session."""


class FileMissing(InputError):
    template = "no such file"


class EmptyInput(InputError):
    template = "the file is empty or holds only whitespace; nothing to summarise"


class BinaryInput(InputError):
    template = "looks like a binary file ({detail}), not a session text; supported: {supported}"


class UnsupportedFormat(InputError):
    template = "unsupported format ({detail}); supported: {supported}"


class DecodeFailed(InputError):
    template = "cannot decode the text ({detail}); save it as UTF-8 and try again"


class MalformedInput(InputError):
    template = "malformed {kind}: {detail}"


class TooLarge(InputError):
    template = "{detail}; raise --max-size if this file is really a session"


class ModelNotFound(SessietoolError):
    exit_code = 2
    template = (
        "spaCy pipeline '{detail}' is not installed; install its wheel into the tool's venv "
        "(e.g. '.venv/bin/pip install ./nl_core_news_sm-3.8.0-py3-none-any.whl') or pass --model "
        "with an installed package name, a path to a pipeline folder, or blank:nl"
    )


class DataFileError(SessietoolError):
    """A gazetteer, theme or config file that is not valid."""

    exit_code = 2
    template = "{detail}"


class UsageError(SessietoolError):
    exit_code = 2
    template = "{detail}"


class OutputError(SessietoolError):
    template = "{detail}"


class SummaryUnreadable(InputError):
    """A .yaml/.json file given where a session summary is expected, that is not one."""

    template = "not a sessietool summary ({detail})"


class MissingExtra(SessietoolError):
    """An optional dependency a command needs is not installed."""

    exit_code = 2
    template = ("{detail} is not installed; install it from the sessietool checkout with: "
                ".venv/bin/pip install -e '.[{extra}]'")


class UnreadableFile(InputError):
    template = "cannot read the file ({detail})"


class GoldFileError(DataFileError):
    """A gold annotation file (``sessietool evaluate``) that does not follow the gold format."""

    template = "invalid gold file: {field}: {detail}"
