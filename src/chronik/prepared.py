"""A timeline with its whole-timeline work done once: the chronology and the findings of ``check``.

An export run builds one :class:`Prepared` and hands it to every exporter, so that eight formats
cost one ordering and one check, not eight. Both are computed on first use and kept.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .check import Finding
    from .model import Timeline
    from .ordering import Chronology, Entry

__all__ = ["Prepared"]


class Prepared:
    """``timeline`` plus its :attr:`chronology` and its :attr:`findings`, each computed once."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline

    @classmethod
    def of(cls, value: Timeline | Prepared) -> Prepared:
        """``value`` itself when it is prepared already, else a new :class:`Prepared` of it."""
        return value if isinstance(value, Prepared) else cls(value)

    def with_id(self, ident: str) -> Prepared:
        """The same timeline under another id (an ICS file written under a language infix), sharing the chronology.

        Entries, and so the chronology, do not depend on the timeline's id: the copy shares this
        one's chronology rather than ordering again. Its findings are computed afresh when asked.
        """
        other = Prepared(self.timeline.model_copy(update={"id": ident}))
        other.__dict__["entries"] = self.entries
        other.__dict__["chronology"] = self.chronology
        return other

    @cached_property
    def entries(self) -> list[Entry]:
        """The timeline's entries in input order (:func:`chronik.ordering.entries`), made once for both below."""
        from ._gc import paused_gc
        from .ordering import entries

        with paused_gc():
            return entries(self.timeline)

    @cached_property
    def chronology(self) -> Chronology:
        """The entries in order (:func:`chronik.ordering.chronology`)."""
        from ._gc import paused_gc
        from .ordering import order_entries

        with paused_gc():
            return order_entries(self.entries)

    @cached_property
    def findings(self) -> list[Finding]:
        """What :func:`chronik.check.check` finds without source documents."""
        from .check import check

        return check(self.timeline, items=self.entries)
