"""One expression as the extractor hands it on: its value in EDTF and whether it dates a report (whose)
or a happening, decided from the clause's attribution, the expression's precision and the text's day."""

from __future__ import annotations

from datetime import date, timedelta

from ._durations import Found
from ._names import people, places
from ._publishers import known_outlet
from ._resolve import DCT_SLACK, Point
from ._tense import coming_issue
from ._types import Attribution, Kind, Mention


def as_mention(
    text: str,
    f: Found,
    value: Point | tuple[Point, Point] | None,
    basis: str,
    language: str,
    who: Attribution | None,
    document: str,
    ref: date | None = None,
    ref_is_dct: bool = False,
) -> Mention:
    timex = f.timex
    kind: Kind = "event"
    publisher = None
    if timex.publisher or timex.dateline:
        kind, publisher = "report", known_outlet(timex.publisher)
    elif who is not None:
        # a month or a year dates a statement only right beside its verb, told as made ("hatte im Juni
        # mitgeteilt", "said in 2019"); a span never does
        beside = who.beside and who.past
        coarse = value is not None and (
            (value.day is None and not beside)
            if isinstance(value, Point)
            else not (beside and who.next_to and _days(value) <= 7)  # "disclosed last week": a week by its verb
        )
        first = value[0] if isinstance(value, tuple) else value  # a span ahead ("kommende Woche") is no report either
        slack = timedelta(DCT_SLACK if who.past and timex.first.month is not None else 0)  # a page dated late
        ahead = first is not None and ref_is_dct and ref is not None and _after(first, ref + slack)
        ahead = ahead and not coming_issue(text, timex.end, language)  # the paper's own coming day
        if who.is_report and (who.dated_source or not (coarse or ahead)):
            # "sagte am Montag" dates a statement; a span or a day after the text's date does not
            kind, publisher = "report", who.publisher
    sentence_text = f.sentence.text(text)
    return Mention(
        surface=timex.surface,
        start=timex.start,
        end=timex.end,
        value=_edtf(value),
        kind=kind,
        publisher=publisher,
        sentence=sentence_text,
        sentence_start=f.sentence.start,
        document=document,
        duration=timex.duration,
        basis=basis if value is not None else "unresolved",
        places=places(sentence_text, language),
        people=people(sentence_text, language),
    )


def _days(span: tuple[Point, Point]) -> int:
    """How many days a span of days covers (a large number for a span of months or years)."""
    first, last = span[0].as_date, span[1].as_date
    return (last - first).days + 1 if first is not None and last is not None else 10_000


def _after(value: Point, ref: date) -> bool:
    """Does the point begin after the reference day, at its own precision ("2022" after a day of 2018)?"""
    month, day = value.month, value.day
    return (value.year, month or 0, day or 0) > (ref.year, ref.month if month else 0, ref.day if day else 0)


def _edtf(value: Point | tuple[Point, Point] | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        first, last = (str(v) for v in value)
        return first if first == last else f"{first}/{last}"
    return str(value)
