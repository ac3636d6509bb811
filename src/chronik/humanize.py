"""Dates as people write them, in German and English, at exactly the precision known.

Month and weekday names are arrow's locale data for ``de`` and ``en``, kept here as two small tables
(a test holds them equal to arrow's, so importing this module costs no arrow); only the patterns
(``8. November 2024`` against ``8 November 2024``) and a handful of words are chronik's own.

>>> from chronik.dates import parse_when
>>> Words("de").when(parse_when("2024-11-10/2024-11-16"))
'10.–16. November 2024'
>>> Words("en").when(parse_when("2024-11"))
'November 2024'
>>> Words("en", style="mdy").when(parse_when("2024-11-08"))
'November 8, 2024'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from .dates import PartialDate, Precision, Span, When, zone

if TYPE_CHECKING:
    from .model import Source
    from .ordering import Entry

__all__ = ["LANGUAGES", "Words"]

DASH = "\u2013"  # en dash, as editors write ranges

#: chronik's own words, per language. Keys are stable; values are shown to readers.
_TEXT: dict[str, dict[str, str]] = {
    "de": {
        "reports": "{publisher} berichtet: {about}",
        "report": "Bericht: {about}",
        "chronology": "Chronologie",
        "undated": "Datum nicht berichtet",
        "no_date": "Ohne Datum",
        "after": "nach",
        "before": "vor",
        "during": "während",
        "sources": "Quellen",
        "evidence": "Belege",
        "unknown_date": "Datum unbekannt",
        "planned": "geplant",
        "tentative": "vorläufig",
        "cancelled": "abgesagt",
        "from": "ab {0}",
        "until": "bis {0}",
        "about": "ca. {0}",
        "uncertain": "{0} (unsicher)",
        "time": "{0}, {1} Uhr",
        "time_range": "{0}–{1} Uhr",
        "days": "{0} Tage",
        "day": "1 Tag",
        "year_only": "{0}, ohne genaueres Datum",
        "quote": "\u201e{0}\u201c",
        "updated": "Stand",
        "who": "Beteiligte",
        "where": "Ort",
        "itinerary": "Stationen (Reihenfolge laut Bericht, ohne Datum)",
        "omitted": "nicht im Kalender",
        "via": "zitiert nach",
        "findings": "Hinweise der Prüfung",
    },
    "en": {
        "reports": "{publisher} reports: {about}",
        "report": "Report: {about}",
        "chronology": "Chronology",
        "undated": "date not reported",
        "no_date": "Undated",
        "after": "after",
        "before": "before",
        "during": "during",
        "sources": "Sources",
        "evidence": "Evidence",
        "unknown_date": "date unknown",
        "planned": "planned",
        "tentative": "tentative",
        "cancelled": "cancelled",
        "from": "from {0}",
        "until": "until {0}",
        "about": "c. {0}",
        "uncertain": "{0} (uncertain)",
        "time": "{0}, {1}",
        "time_range": "{0}–{1}",
        "days": "{0} days",
        "day": "1 day",
        "year_only": "{0}, no closer date",
        "quote": "\u201c{0}\u201d",
        "updated": "As of",
        "who": "People",
        "where": "Place",
        "itinerary": "Stops (in reported order, undated)",
        "omitted": "not in the calendar",
        "via": "quoted from",
        "findings": "Findings of the checks",
    },
}

LANGUAGES = tuple(_TEXT)

#: Month names (1-12) and weekday names (1 Monday - 7 Sunday) as arrow's locales write them.
_MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "de": (
        "",
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "en": (
        "",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_DAY_NAMES: dict[str, tuple[str, ...]] = {
    "de": ("", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


@dataclass(frozen=True)
class Words:
    """Words and dates in one language. ``style`` picks English day order: ``dmy`` or ``mdy``."""

    language: str = "de"
    style: Literal["dmy", "mdy"] = "dmy"
    weekday: bool = False
    """Write the weekday before day-precision dates: ``Sonntag, 10. November 2024``."""
    _said: dict[tuple[When, str], str] = field(default_factory=dict, init=False, repr=False, compare=False)
    """What :meth:`when` and :meth:`partial` said, by value and zone: an exporter asks again for
    the same dates (a source's date at each citation, an entry's date in a chart and a list)."""

    def __post_init__(self) -> None:
        if self.language not in _TEXT:
            raise ValueError(f"no words for language '{self.language}' (chronik writes {', '.join(LANGUAGES)})")

    def __getitem__(self, key: str) -> str:
        return _TEXT[self.language][key]

    def month(self, month: int) -> str:
        """The month's name: ``November``."""
        return _MONTH_NAMES[self.language][month]

    def day(self, d: date, *, year: bool = True, month: bool = True) -> str:
        """``8. November 2024`` / ``8 November 2024`` / ``November 8, 2024`` (parts can be left out)."""
        name = self.month(d.month)
        if self.language == "de":
            text = f"{d.day}." + (f" {name}" if month else "") + (f" {d.year}" if year and month else "")
        elif self.style == "mdy":
            text = (f"{name} " if month else "") + f"{d.day}" + (f", {d.year}" if year and month else "")
        else:
            text = f"{d.day}" + (f" {name}" if month else "") + (f" {d.year}" if year and month else "")
        if self.weekday and month:
            text = f"{_DAY_NAMES[self.language][d.isoweekday()]}, {text}"
        return text

    def partial(self, value: PartialDate, tz: str = "UTC") -> str:
        """A partial date at its own precision, with its qualifier in words."""
        said = self._said.get((value, tz))
        if said is None:
            said = self._said[(value, tz)] = self._partial(value, tz)
        return said

    def _partial(self, value: PartialDate, tz: str) -> str:
        if value.precision == Precision.YEAR:
            text = f"{value.year}"
        elif value.precision == Precision.MONTH:
            text = f"{self.month(value.month or 1)} {value.year}"
        else:
            text = self.day(value.first_day())
        if value.has_time:
            text = self["time"].format(text, self.clock(value)) + f" ({self.offset(value, tz)})"
        if value.approximate:
            text = self["about"].format(text)
        if value.uncertain:
            text = self["uncertain"].format(text)
        return text

    @staticmethod
    def clock(value: PartialDate) -> str:
        """``11:30`` or ``11:30:05``."""
        hhmm = f"{value.hour or 0:02d}:{value.minute or 0:02d}"
        return hhmm + (f":{value.second:02d}" if value.second is not None else "")

    @staticmethod
    def offset(value: PartialDate, tz: str) -> str:
        """``UTC+1``: the offset in force at that local time, so readers elsewhere can convert."""
        delta = value.to_datetime(zone(tz)).utcoffset() or timedelta(0)
        minutes = int(delta.total_seconds() // 60)
        h, m = divmod(abs(minutes), 60)
        return f"UTC{'+' if minutes >= 0 else '-'}{h}" + (f":{m:02d}" if m else "")

    def when(self, when: When | None, tz: str = "UTC") -> str:
        """Any ``when`` as people write it; an unknown date as 'date not reported'."""
        if when is None:
            return self["undated"]
        if isinstance(when, PartialDate):
            return self.partial(when, tz)
        said = self._said.get((when, tz))
        if said is None:
            said = self._said[(when, tz)] = self.span(when, tz)
        return said

    def span(self, span: Span, tz: str) -> str:
        """``10.–16. November 2024``, ``30. Oktober – 2. November 2024``, ``ab 2024``."""
        start, end = span.start, span.end
        if span.duration is not None and start is not None:
            end = _end_of_duration(span, start)
            if end is None:
                return f"{self.partial(start, tz)} ({span.duration})"
        if start is None:
            return self["until"].format(self.partial(end, tz)) if end is not None else self["undated"]
        if end is None:
            return self["from"].format(self.partial(start, tz))
        plain = not (start.qualifier or end.qualifier)
        if plain and start.has_time and end.has_time and start.first_day() == end.first_day():
            off_a, off_b = self.offset(start, tz), self.offset(end, tz)
            clocks = self["time_range"].format(self.clock(start), self.clock(end))
            if off_a == off_b:
                return f"{self.day(start.first_day())}, {clocks} ({off_a})"
        if plain and not start.has_time and not end.has_time:
            if start.precision == end.precision == Precision.DAY:
                return self._day_range(start.first_day(), end.first_day())
            if start.precision == end.precision == Precision.MONTH and start.year == end.year:
                return f"{self.month(start.month or 1)}{DASH}{self.month(end.month or 1)} {end.year}"
            if start.precision == end.precision == Precision.YEAR:
                return f"{start.year}{DASH}{end.year}"
        return f"{self.partial(start, tz)} {DASH} {self.partial(end, tz)}"

    def _day_range(self, first: date, last: date) -> str:
        if first == last:
            return self.day(first)
        if (first.year, first.month) == (last.year, last.month) and not self.weekday:
            if self.language == "en" and self.style == "mdy":
                return f"{self.month(first.month)} {first.day}{DASH}{last.day}, {last.year}"
            return f"{self.day(first, month=False)}{DASH}{self.day(last)}"
        if first.year == last.year and not self.weekday:
            return f"{self.day(first, year=False)} {DASH} {self.day(last)}"
        return f"{self.day(first)} {DASH} {self.day(last)}"

    def report(self, source: Source) -> str:
        """A dated source as a line of the chronology: ``Die Zeit berichtet: …``."""
        about = source.about or source.title or ""
        if source.publisher:
            return self["reports"].format(publisher=source.publisher, about=about) if about else source.publisher
        return self["report"].format(about=about)

    def relations(self, entry: Entry, titles: Mapping[str, Entry], *, with_parent: bool = False) -> str:
        """``nach „Station New York: …“, vor „…“``: what places an undated entry (its parent too, if asked).

        Each title is quoted as a name, so the phrase stays grammatical for any title: German
        prepositions govern a case a title written in the nominative does not have
        ("vor Kai Wegners fünftägige Reise" is wrong, ``vor „Kai Wegners fünftägige Reise“`` is not).
        """
        parts = [(self["during"], entry.parent)] if with_parent and entry.parent else []
        parts += [(self["after"], a) for a in entry.after]
        parts += [(self["before"], b) for b in entry.before]
        parts += [(self["during"], d) for d in entry.during]
        return ", ".join(f"{word} {self.quote(titles[i].title if i in titles else i)}" for word, i in parts)

    def quote(self, text: str) -> str:
        """Text in the language's quotation marks."""
        return self["quote"].format(text)


def _end_of_duration(span: Span, start: PartialDate) -> PartialDate | None:
    """The inclusive end of a start-plus-duration span, at the start's precision (None if coarse)."""
    end = span.end_local()
    if end is None or (start.precision < Precision.DAY):
        return None
    ordinal, second = end
    if not start.has_time:
        if second:
            return None
        d = date.fromordinal(ordinal - 1)
        return PartialDate(d.year, d.month, d.day)
    d = date.fromordinal(ordinal)
    h, rest = divmod(second, 3600)
    sec = rest % 60 if start.second is not None else None
    return PartialDate(d.year, d.month, d.day, h, rest // 60, sec, start.offset)
