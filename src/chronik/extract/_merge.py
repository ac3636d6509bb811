"""One entry per happening: repeated mentions of one date, kind and publisher merge (:func:`merge`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ._ticker import TICKER
from ._types import Mention
from .lang import pool


def _norm(publisher: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (publisher or "").lower()).strip()


def _surface_key(mention: Mention) -> str:
    """Mentions of one value merge when they name it the same way ("am Freitag" … "am Freitag", "bis Ende
    2016" … "bis spätestens Ende 2016"): "Anfang Jänner" and "im Jänner" may be two happenings of one
    month. A clock time names one happening however it is worded."""
    if mention.value is None:
        return mention.surface.lower()
    if mention.basis.startswith(TICKER):
        return str(mention.start)  # three entries of a ticker at 20:38 are three
    if "T" in mention.value:
        return ""
    words = re.findall(r"[\w]+", mention.surface.lower())
    frame = pool().frame_words  # words that do not change which day an expression names
    return " ".join(w for w in words if w not in frame)


def _frames_year(mention: Mention, nxt: Mention) -> bool:
    """Does a year only frame the date right after it ("Last year in August", "2019 im März")? The finer date
    already says it."""
    return (
        mention.value is not None
        and len(mention.value) == 4
        and nxt.value is not None
        and len(nxt.value) > 4
        and nxt.value.startswith(mention.value)
        and nxt.sentence_start == mention.sentence_start
        and 0 <= nxt.start - mention.end <= 2
    )


def _restated_day(mention: Mention, nxt: Mention, after: bool = False) -> bool:
    """Is a day restated right after itself with its time ("am Mittwochnachmittag (17.12., 15 Uhr)", "on Friday,
    3 p.m.")? It is one entry, at the time. With ``after``, ``nxt`` is the time and ``mention`` its day after it."""
    first, second = (nxt, mention) if after else (mention, nxt)
    return (
        mention.value is not None
        and len(mention.value) == 10
        and nxt.value is not None
        and nxt.value.startswith(mention.value + "T")
        and nxt.sentence_start == mention.sentence_start
        and (mention.kind == nxt.kind or mention.kind == "event")
        and _APPOSITION.fullmatch(
            first.sentence[first.end - first.sentence_start : second.start - second.sentence_start]
        )
        is not None
    )


def _restates_report(mention: Mention, before: Mention) -> bool:
    """Is ``mention`` an event that only restates the day of the report right ``before`` it, in the same sentence
    ("am heutigen Dienstag (5. Juli)", "on Thursday, July 3")?"""
    return (
        mention.kind == "event"
        and before.kind == "report"
        and mention.value is not None
        and mention.value == before.value
        and mention.sentence_start == before.sentence_start
        and _APPOSITION.fullmatch(
            mention.sentence[before.end - before.sentence_start : mention.start - mention.sentence_start]
        )
        is not None
    )


def _without(mentions: list[Mention], said_by_next: Callable[[Mention, Mention], bool]) -> list[Mention]:
    """``mentions`` less each one the mention right after it already says (``said_by_next``)."""
    nexts: list[Mention | None] = [*mentions[1:], None] if mentions else []
    return [m for m, nxt in zip(mentions, nexts, strict=True) if nxt is None or not said_by_next(m, nxt)]


def merge(mentions: list[Mention], weak: tuple[str, ...]) -> list[Mention]:
    """One mention per entry: the first of those with the same local value, kind, publisher and way of
    naming the day; one that states a zone replaces one that does not ("at 4 in the morning" … "4 a.m. EDT").
    A day adjective (``weak`` stems: "der morgigen Sitzung") is dropped where its day is named otherwise."""
    mentions = _without(_without(mentions, _frames_year), _restated_day)
    # a day restated in brackets right after its own time ("noon on Saturday (Jun 12)"): read backwards
    mentions = _without(mentions[::-1], lambda day, time: _restated_day(day, time, after=True))[::-1]
    # a report's day restated right after it ("am heutigen Dienstag (5. Juli) zurückgeblickt"): the report's
    mentions = _without(mentions[::-1], _restates_report)[::-1]
    kept: dict[tuple[str | None, str, str, str], Mention] = {}
    # only the adjective alone is weak ("der morgigen Sitzung"); "am heutigen Abend" names its time
    weak_alone = [m.surface.lower().startswith(weak) and len(m.surface.split()) == 1 for m in mentions]
    values = {m.value for m, alone in zip(mentions, weak_alone, strict=True) if m.value is not None and not alone}
    restated: dict[tuple[str, str, str], tuple[Mention, str]] = {}  # (value, kind, publisher) -> (last, surface)
    for mention, alone in zip(mentions, weak_alone, strict=True):
        if alone and mention.value in values:
            continue
        local = _LOCAL.sub("", mention.value) if mention.value else None
        surface = _surface_key(mention)
        if local is not None:
            # the same day named again right after itself ("am Sonntag (10. November)", "Montag, der 4. März")
            # is one expression in two forms: the later words join the first
            here = (local, mention.kind, _norm(mention.publisher))
            before = restated.get(here)
            if before is not None and before[0].sentence_start == mention.sentence_start:
                offset = mention.sentence_start
                if _APPOSITION.fullmatch(mention.sentence[before[0].end - offset : mention.start - offset]):
                    surface = before[1]
            restated[here] = (mention, surface)
        key = (local, mention.kind, _norm(mention.publisher), surface)
        if key not in kept:
            kept[key] = mention
        elif local != mention.value and kept[key].value == local:
            kept[key] = replace(kept[key], value=mention.value, basis=f"its zone as stated by {mention.surface!r}")
    return sorted(kept.values(), key=lambda m: m.start)


_LOCAL = re.compile(r"(?<=T\d\d:\d\d)(?:Z|[+-]\d\d:\d\d)$")
#: What may stand between a day and its restatement: brackets, commas, a dash, an article, "am" or "on".
_APPOSITION = re.compile(r"[\s,(\[–—-]*(?:(?:der|den|dem|the|am|on)\s+)?", re.IGNORECASE)  # "Karfreitag am 19. April"
