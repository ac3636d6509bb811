"""Pausing Python's cyclic garbage collector while chronik builds large, acyclic object trees."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic collector while building large, acyclic results (a parsed model, entries, orders, findings).

    Everything built stays alive, so the collector's full passes free nothing: with 100,000 events they
    cost about a third of load time and a quarter of ordering time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
