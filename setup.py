"""Build hook: ship the bundled spaCy pipeline from ``models/`` inside the wheel.

The pipeline lives at the top of the repository (``models/nl_sessie_sm``), where a checkout loads
it; a wheel carries a copy at ``sessietool/models/nl_sessie_sm``. Everything else is configured
in pyproject.toml.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithModels(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "models"
        if self.editable_mode or not source.is_dir():
            return
        target = Path(self.build_lib) / "sessietool" / "models"
        for pipeline in source.iterdir():
            if (pipeline / "meta.json").is_file():
                shutil.copytree(pipeline, target / pipeline.name, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithModels})
