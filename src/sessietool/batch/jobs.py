"""How many worker processes a batch run gets when the caller does not say (``--jobs``)."""
from __future__ import annotations

import os

DEFAULT_JOBS = {"local": 1, "dask": 2}  # engine -> worker processes when none are asked for


def resolve_jobs(jobs: int | None, engine: str = "local") -> int:
    """``None``: the engine's default (1 locally, 2 on a local Dask cluster); ``0``: one per
    CPU; else ``jobs``."""
    if jobs == 0:
        return os.cpu_count() or 1
    if jobs is None:
        return DEFAULT_JOBS.get(engine, 1)
    return jobs
