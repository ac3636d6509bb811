"""What the extractor finds: one :class:`Mention` per dated (or vaguely dated) statement in a text, and the
:class:`Attribution` of a date to the statement it dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["event", "report"]


@dataclass(frozen=True)
class Mention:
    """A temporal expression in a text, resolved, with the statement it dates.

    ``value`` is EDTF at the precision the text gives: ``1967``, ``2024-11``, ``2024-11-10``,
    ``2015-06-09T12:00`` (local time), a span ``2024-11-10/2024-11-16`` (inclusive end) or a start with a
    duration ``2024-11-10/P5D``. ``None`` means the text gives no way to pin the date ("vor kurzem",
    "wenige Tage nach der Wahl"); ``surface`` then keeps the words.
    """

    surface: str
    """The temporal expression as written."""
    start: int
    """Character offset of ``surface`` in the document (0-based)."""
    end: int
    """Character offset just after ``surface``."""
    value: str | None
    kind: Kind
    publisher: str | None
    """For a report: the outlet, agency, institution or person who made the statement, as named."""
    sentence: str
    """The sentence the expression stands in, verbatim."""
    sentence_start: int
    """Character offset of ``sentence`` in the document."""
    document: str = "<text>"
    """Where the text came from (a file name), for evidence."""
    duration: str | None = None
    """An ISO 8601 duration the text gives for the dated event (``P5D`` for "fünftägige Reise")."""
    basis: str = ""
    """How the value was found: ``absolute``, ``dct``, ``anchor 2024-11-10/2024-11-16``, ``unresolved``."""
    places: tuple[str, ...] = field(default=())
    """Place names in the sentence (cheap guesses: known place-like capitalised words after in/nach/aus)."""
    people: tuple[str, ...] = field(default=())
    """Person names in the sentence (cheap guesses: two or more capitalised words not at a sentence start)."""

    @property
    def sentence_end(self) -> int:
        return self.sentence_start + len(self.sentence)


@dataclass(frozen=True)
class Attribution:
    is_report: bool
    publisher: str | None = None
    past: bool = False
    """The statement is told as made ("sagte", "said", "berichtete", "laut … vom"), not as coming."""
    dated_source: bool = False
    """The date belongs to the source itself ("laut dem Tagesspiegel Checkpoint vom November 2024")."""
    beside: bool = False
    """At most three words stand between the verb and the date ("said on December 3", "sagte der
    Minister am Montag"): the date is the statement's own."""
    next_to: bool = False
    """No word stands between the verb and the date ("disclosed last week", "hatte vergangene Woche
    mitgeteilt")."""
