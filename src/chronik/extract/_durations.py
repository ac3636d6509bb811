"""How a duration takes its start ("fünftägige Reise" … "begann die Reise am Sonntag"), and the expression found
in its sentence and clause that the pipeline in the package resolves (:class:`Found`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ._phrases import alternation
from ._scan import Timex
from ._sentences import Span
from ._types import Mention
from .lang import pool


@dataclass(frozen=True)
class Found:
    """An expression found in its sentence and clause, with the clause's tense."""

    timex: Timex
    sentence: Span
    clause: Span
    tense: int
    firm: bool
    """The tense is the clause's own (not guessed from the rest of the sentence)."""


#: How far (characters) after a duration its start day may be named ("… fünftägigen Reise … Wie die
#: Senatskanzlei mitteilte, begann die Reise am Sonntag").
DURATION_REACH = 1000


def link_durations(text: str, found: list[Found], mentions: list[Mention]) -> None:
    """A duration ("fünftägige Reise") takes its start from the day its noun is said to begin on, in one
    clause ("begann die Reise am Sonntag"); otherwise it is no entry of its own ("ein 14-jähriges
    Mädchen", "a 15-day gap" are no dated statements)."""
    start_verbs = alternation(r"\b(?:{})\b", pool().start_verbs)  # "begann", "started"
    for index, f in enumerate(found):
        if f.timex.kind != "duration" or not f.timex.noun or not f.timex.duration:
            continue
        noun = f.timex.noun.lower()
        start: str | None = None
        for j in range(index + 1, len(found)):
            g = found[j]
            value = mentions[j].value
            if g.sentence.start - f.sentence.end > DURATION_REACH:
                break
            if value is None or len(value) != 10 or g.timex.kind != "point":
                continue
            clause = g.clause.text(text).lower()
            if noun in clause and start_verbs.search(clause):
                start = value
                break
        if start is not None:
            mentions[index] = replace(
                mentions[index], value=f"{start}/{f.timex.duration}", basis="start: its noun's day"
            )
