"""Hypothesis strategies: partial dates, whens and whole timelines."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

from hypothesis import strategies as st

from chronik.dates import PartialDate

ZONES = ["Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Kolkata", "UTC", "Pacific/Chatham"]


@st.composite
def partial_dates(draw: st.DrawFn, *, times: bool = True, qualifiers: bool = True) -> PartialDate:
    """Any valid partial date from year to second precision, optionally qualified."""
    day = draw(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
    precision = draw(
        st.sampled_from(["year", "month", "day", "minute", "second"] if times else ["year", "month", "day"])
    )
    if precision == "year":
        value = PartialDate(day.year)
    elif precision == "month":
        value = PartialDate(day.year, day.month)
    elif precision == "day":
        value = PartialDate(day.year, day.month, day.day)
    else:
        hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
        second = draw(st.integers(0, 59)) if precision == "second" else None
        offset = draw(st.none() | st.sampled_from([0, 60, -300, 330, 765]))
        return PartialDate(day.year, day.month, day.day, hour, minute, second, offset)
    if qualifiers:
        return PartialDate(value.year, value.month, value.day, qualifier=draw(st.sampled_from(["", "", "?", "~", "%"])))
    return value


@st.composite
def when_texts(draw: st.DrawFn) -> str:
    """EDTF text for a point, a span or a start with a duration."""
    kind = draw(st.sampled_from(["point", "span", "duration", "open"]))
    a = draw(partial_dates(times=False))
    if kind == "point":
        return str(a)
    if kind == "duration":
        return (
            f"{PartialDate(a.year, a.month or 1, a.day or 1)}/P{draw(st.integers(1, 400))}D"
            if a.year < 9998
            else str(a)
        )
    if kind == "open":
        return draw(st.sampled_from([f"{a}/..", f"../{a}", f"{a}/", f"/{a}"]))
    b = draw(partial_dates(times=False))
    first, last = sorted([a, b], key=lambda p: (p.first_day(), p.last_day()))
    if first.last_day() > last.last_day():
        return str(first)
    return f"{first}/{last}"


_BLANK = {"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Mn", "Me"}
_INVISIBLE = "\u115f\u1160\u3164\uffa0\u2800"

#: Titles the model accepts: no control characters but tab and line breaks, at least one visible character.
TITLES = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n"), min_size=1, max_size=20
).filter(lambda t: any(unicodedata.category(c) not in _BLANK and c not in _INVISIBLE for c in t))

IDS = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)


@st.composite
def timelines(draw: st.DrawFn, *, constrained: bool = True, max_events: int = 12) -> dict[str, Any]:
    """A valid timeline document (plain data) with dated, undated and constrained events."""
    # no event may take the id of a source (src-0, src-1, ...): the model refuses a shared id
    ids = draw(st.lists(IDS.filter(lambda i: not i.startswith("src-")), min_size=1, max_size=max_events, unique=True))
    source_ids = [f"src-{i}" for i in range(draw(st.integers(0, 3)))]
    sources = [
        {
            "id": s,
            "publisher": f"Publisher {s}",
            **({"published": str(draw(partial_dates(times=False)))} if draw(st.booleans()) else {}),
        }
        for s in source_ids
    ]
    dated = [s["id"] for s in sources if "published" in s]
    events: list[dict[str, Any]] = []
    for n, ident in enumerate(ids):
        event: dict[str, Any] = {"id": ident, "title": draw(TITLES)}
        if draw(st.integers(0, 3)):
            event["when"] = draw(when_texts())
        earlier = ids[:n] + dated
        if constrained and earlier and draw(st.booleans()):
            event["after"] = draw(st.lists(st.sampled_from(earlier), max_size=2, unique=True))
        if constrained and n and draw(st.integers(0, 4)) == 0:
            event["parent"] = draw(st.sampled_from(ids[:n]))
        if len(source_ids) > 0 and draw(st.booleans()):
            citation = {"source": draw(st.sampled_from(source_ids)), "quote": "q"}
            if draw(st.booleans()):
                start = draw(st.integers(0, 10**6))
                citation["at"] = f"{start}-{start + 1}"  # where the one-character quote stands
            event["sources"] = [citation]
        events.append(event)
    return {
        "id": "t",
        "title": "Generated",
        "timezone": draw(st.sampled_from(ZONES)),
        "sources": sources,
        "events": events,
    }


def edited(text: str, edits: list[tuple[tuple[str, str], int]]) -> str:
    """``text`` with each ``((old, new), nth)`` applied in turn: the nth occurrence of ``old`` (or the
    last one, when there are fewer) replaced by ``new``; an ``old`` that does not occur is skipped."""
    for (old, new), nth in edits:
        at = -1
        for _ in range(nth + 1):
            found = text.find(old, at + 1)
            if found < 0:
                break
            at = found
        if at >= 0:
            text = text[:at] + new + text[at + len(old) :]
    return text
