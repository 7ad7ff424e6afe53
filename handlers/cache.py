"""Building blocks of answers kept until the records change: keyed by the store's file, the
day asked about and the store's data version (documents ingested, updates recorded), and so
shared by every thread's connection and dropped by the first change in any process."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from store import lookup

from .question import Context

T = TypeVar("T")
_KEPT: dict[tuple, object] = {}
MAX_KEPT = 512


def version(ctx: Context) -> tuple:
    """The store's file and data version, read once per request."""
    if "_version" not in ctx.__dict__:
        ctx.__dict__["_version"] = (lookup.store_path(ctx.db), *lookup.data_version(ctx.db))
    return ctx.__dict__["_version"]


def remembered(ctx: Context, name: str, today: date, build: Callable[[], T], *extra) -> T:
    key = (name, *version(ctx), today, *extra)
    value = _KEPT.get(key)
    if value is None:  # threads may build it at once: each keeps its own result, none reads a dropped one
        value = build()
        if len(_KEPT) >= MAX_KEPT:
            _KEPT.clear()
        _KEPT[key] = value
    return value


def forget(name: str | None = None) -> None:
    """Drop what is kept under `name` (all of it without one): benchmarks time the work itself."""
    for key in [k for k in _KEPT if name is None or k[0] == name]:
        _KEPT.pop(key, None)
