"""sessietool.batch.jobs: default worker counts."""
from __future__ import annotations

import os

from sessietool.batch.jobs import resolve_jobs


def test_defaults_per_engine() -> None:
    assert resolve_jobs(None) == 1
    assert resolve_jobs(None, "dask") == 2
    assert resolve_jobs(0) == (os.cpu_count() or 1)
    assert resolve_jobs(3, "dask") == 3
