"""CSV for Google Calendar's import: one row per entry that has a day or a time.

Columns, in the order Google's help page "Create or edit a .csv file" lists them: Subject, Start
Date, Start Time, End Date, End Time, All Day Event, Description, Location, Private. Dates are
``MM/DD/YYYY`` and times ``1:00 PM``, as in Google's examples.

- All-day entries (a day, a span of days) have All Day Event ``True`` and the *last* day as End Date
  (Google: "the last day of the event"), unlike ICS, whose all-day DTEND is the day after.
- Timed entries have All Day Event ``False`` and the local clock time of the entry's zone (fixed
  offsets and UTC in UTC). CSV has no time zones: the zone is the first line of the Description, and
  :meth:`CsvExporter.notes` says so. A point in time has no end; Google applies its default length.
- Month, year, open and undated entries are left out (listed by the notes), as the ICS export does
  by default: never a made-up day. Undated parts are listed in their parent's Description.

Subject, Description and Location are the ICS export's words (``_ics_text``). Every cell that would
start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe, so a
spreadsheet never runs it as a formula (OWASP, "CSV Injection").
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from typing import ClassVar

from ..dates import Precision
from ..humanize import Words
from ..model import Timeline
from ..ordering import Entry, chronology, entries
from . import _ics_text as txt
from ._ics_when import Placement, exact

COLUMNS = (
    "Subject",
    "Start Date",
    "Start Time",
    "End Date",
    "End Time",
    "All Day Event",
    "Description",
    "Location",
    "Private",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ZONE = {"de": "Zeitzone der Uhrzeiten", "en": "Time zone of the times"}


def neutralise(cell: str) -> str:
    """``cell`` with a leading apostrophe when a spreadsheet would read it as a formula.

    >>> neutralise("=SUM(A1)"), neutralise("Berlin")
    ("'=SUM(A1)", 'Berlin')
    """
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _day(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year:04d}"


def _clock(moment: datetime) -> str:
    return f"{moment.hour % 12 or 12}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def _zone_name(e: Entry, moment: datetime) -> str:
    """The zone the clock time is in: the entry's, or UTC for fixed offsets and UTC entries."""
    return "UTC" if moment.tzinfo is UTC else e.zone


def _zone_label(e: Entry, moment: datetime) -> str:
    name = _zone_name(e, moment)
    if name == "UTC":
        return name
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    h, m = divmod(abs(minutes), 60)
    return f"{name} (UTC{'+' if minutes >= 0 else '-'}{h}" + (f":{m:02d}" if m else "") + ")"


class CsvExporter:
    """A CSV file that Google Calendar imports (``text/csv``)."""

    name: ClassVar[str] = "csv"
    suffix: ClassVar[str] = ".csv"
    media_type: ClassVar[str] = "text/csv"

    def __init__(self, *, language: str | None = None) -> None:
        self.language = language

    def export(self, timeline: Timeline, /) -> str:
        """The header row and one row per placed entry, in chronological order, CRLF line endings."""
        words = Words(self.language or timeline.language)
        chron = chronology(timeline)
        children = chron.parts()
        out = io.StringIO()
        writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for e in chron.entries:
            placement = exact(e)
            if placement is not None:
                row = _row(timeline, e, placement, words, children)
                writer.writerow([neutralise(cell) for cell in row])
        return out.getvalue()

    def notes(self, timeline: Timeline, /) -> list[str]:
        """Entries left out, times shown without seconds, and that CSV has no time zones."""
        words = Words(self.language or timeline.language)
        out, zones = [], []
        for e in entries(timeline):
            placement = exact(e)
            if placement is None:
                why = "undated" if e.when is None else f"'{e.when}' is not a day or a time"
                out.append(f"csv: left out '{e.id}' ({why}): {words.when(e.when, e.zone)}")
            elif isinstance(placement.start, datetime):
                zones.append(_zone_name(e, placement.start))
                if e.precision == Precision.SECOND:
                    out.append(f"csv: '{e.id}' shown to the minute (the CSV import has no seconds)")
        if zones:
            names = ", ".join(dict.fromkeys(zones))
            out.append(f"csv: CSV has no time zones: times are local clock times ({names}), named in each Description")
        return out


def _row(tl: Timeline, e: Entry, placement: Placement, words: Words, children: dict[str, list[Entry]]) -> list[str]:
    subject = txt.summary(e, words, placement) or e.id  # Google needs a Subject
    description = txt.description(tl, e, words, children) or ""
    location = txt.location(tl, e) or ""
    start, end = placement.start, placement.end
    if isinstance(start, datetime):
        zone_line = f"{_ZONE[words.language]}: {_zone_label(e, start)}"
        description = zone_line + ("\n\n" + description if description else "")
        stop = end.astimezone(start.tzinfo) if isinstance(end, datetime) else None
        end_day, end_time = (_day(stop.date()), _clock(stop)) if stop else ("", "")
        return [subject, _day(start.date()), _clock(start), end_day, end_time, "False", description, location, "False"]
    assert isinstance(end, date)
    last = end - timedelta(days=1)
    return [subject, _day(start), "", _day(last), "", "True", description, location, "False"]
