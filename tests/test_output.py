"""Output files: readable as the umask says, an existing file's mode kept; the YAML writer
writes what PyYAML's representer writes."""
from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sessietool import output
from sessietool.output import write_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def umask() -> Iterator[callable]:
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_follows_the_umask(tmp_path: Path, umask) -> None:
    umask(0o022)
    write_atomic(tmp_path / "a.yaml", "a: 1\n")
    assert mode(tmp_path / "a.yaml") == 0o644
    umask(0o077)
    write_atomic(tmp_path / "b.yaml", "b: 1\n")
    assert mode(tmp_path / "b.yaml") == 0o600
    umask(0o002)
    write_atomic(tmp_path / "c.yaml", "c: 1\n")
    assert mode(tmp_path / "c.yaml") == 0o664


def test_existing_file_keeps_its_mode(tmp_path: Path, umask) -> None:
    umask(0o022)
    target = tmp_path / "a.yaml"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert mode(target) == 0o640

scalars = (st.none() | st.booleans() | st.integers() | st.floats()
           | st.text(max_size=50) | st.sampled_from(["yes", "~", "", "0x1", "a: b", "#", "- x"]))
plain = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=15) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=6),
    max_leaves=40,
)


def _representer(data: object, flow_lists: bool) -> str:
    return yaml.dump(data, Dumper=output._Dumper if flow_lists else output._BASE,
                     sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


@settings(max_examples=300, deadline=None)
@given(data=plain, flow_lists=st.booleans())
def test_direct_nodes_write_what_the_representer_writes(data: object, flow_lists: bool) -> None:
    assert output.dumps(data, flow_lists=flow_lists) == _representer(data, flow_lists)


def test_other_types_go_through_the_representer() -> None:
    data = {"date": dt.date(2020, 10, 6), "lines": [1, 2]}
    assert output.dumps(data) == _representer(data, True)
    assert "date: 2020-10-06\n" in output.dumps(data)
