"""Batch runs: many session files into an output folder, incrementally, locally or on Dask.

``run_batch(inputs, out_dir, options, jobs=..., force=..., fail_fast=..., fmt=...)`` yields
:class:`Event` objects and ends with a ``done`` event carrying the :class:`BatchResult`.
"""
from __future__ import annotations

from .discover import Input, discover
from .runner import BatchResult, Event, collect, run_batch

__all__ = ["BatchResult", "Event", "Input", "collect", "discover", "run_batch"]
