"""CSV for Google Calendar's import: one row per entry that has a day or a time.

Columns, in the order Google's help page "Create or edit a .csv file" lists them: Subject, Start
Date, Start Time, End Date, End Time, All Day Event, Description, Location, Private. Dates are
``MM/DD/YYYY`` and times ``1:00 PM``, as in Google's examples.

- All-day entries (a day, a span of days) have All Day Event ``True`` and the *last* day as End Date
  (Google: "the last day of the event"), unlike ICS, whose all-day DTEND is the day after.
- Timed entries have All Day Event ``False`` and the local clock time in **the timeline's zone**
  (``timezone:``, else UTC), whatever the entry's own zone: CSV has no time zones, and Google reads
  every row in the zone of the calendar it imports into, so one zone for all rows is the only way a
  timeline across zones keeps its instants. Set the calendar to that zone before importing; the
  zone and its offset are the first line of each timed row's Description, and
  :meth:`CsvExporter.notes` names it. A local time in the zone's repeated autumn hour is ambiguous
  without an offset (Google takes the first): such rows are named in the notes. A point in time has
  no end; Google applies its default length.
- Month, year, open and undated entries are left out (listed by the notes), as the ICS export does
  by default: never a made-up day. Undated parts are listed in their parent's Description.

Subject, Description and Location are the ICS export's words (``_ics_text``). Every cell that would
start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe, so a
spreadsheet never runs it as a formula (OWASP, "CSV Injection").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime, timedelta, tzinfo
from typing import ClassVar

from ..dates import Precision, zone
from ..humanize import Words
from ..model import Timeline
from ..ordering import Entry, entries
from ..prepared import Prepared
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
_ROWS = 200  # rows per part of :meth:`CsvExporter.chunks`
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


def _zone_label(name: str, moment: datetime) -> str:
    """``Europe/Berlin (UTC+1)``: the zone of the clock time and its offset then."""
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

    def export(self, timeline: Timeline | Prepared, /) -> str:
        """The header row and one row per placed entry, in chronological order, CRLF line endings."""
        return "".join(self.chunks(Prepared.of(timeline)))

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        """The header row, then the rows in batches."""
        timeline = prepared.timeline
        words = Words(self.language or timeline.language)
        chron = prepared.chronology
        children = chron.parts()
        tz = zone(_zone_of(timeline))
        out = io.StringIO()
        writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        rows = 0
        for e in chron.entries:
            placement = exact(e)
            if placement is not None:
                row = _row(timeline, e, placement, words, children, tz)
                writer.writerow([neutralise(cell) for cell in row])
                rows += 1
                if rows % _ROWS == 0:
                    yield out.getvalue()
                    out.seek(0)
                    out.truncate()
        yield out.getvalue()

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        """Entries left out, times shown without seconds, and that CSV has no time zones."""
        timeline = Prepared.of(timeline).timeline
        words = Words(self.language or timeline.language)
        out, timed = [], False
        name = _zone_of(timeline)
        for e in entries(timeline):
            placement = exact(e)
            if placement is None:
                why = "undated" if e.when is None else f"'{e.when}' is not a day or a time"
                out.append(f"csv: left out '{e.id}' ({why}): {words.when(e.when, e.zone)}")
            elif isinstance(placement.start, datetime):
                timed = True
                ends = [placement.start] + ([placement.end] if isinstance(placement.end, datetime) else [])
                if any(_repeated(m.astimezone(zone(name))) for m in ends):
                    out.append(
                        f"csv: '{e.id}' falls in the repeated hour of {name}: the CSV import cannot tell which "
                        "(no offset), Google takes the first"
                    )
                if e.precision == Precision.SECOND:
                    out.append(f"csv: '{e.id}' shown to the minute (the CSV import has no seconds)")
        if timed:
            out.append(
                f"csv: CSV has no time zones: all times are local clock times in the timeline's zone {name}; "
                "import into a calendar set to that zone"
            )
        return out


def _zone_of(timeline: Timeline) -> str:
    """The one zone every time is written in: the timeline's."""
    return timeline.timezone or "UTC"


def _repeated(moment: datetime) -> bool:
    """Whether the local clock time of ``moment`` occurs twice (the autumn hour)."""
    local = moment.replace(tzinfo=None)
    tz = moment.tzinfo
    return local.replace(tzinfo=tz, fold=0).utcoffset() != local.replace(tzinfo=tz, fold=1).utcoffset()


def _row(
    tl: Timeline, e: Entry, placement: Placement, words: Words, children: dict[str, list[Entry]], tz: tzinfo
) -> list[str]:
    subject = txt.summary(e, words, placement) or e.id  # Google needs a Subject
    description = txt.description(tl, e, words, children) or ""
    location = txt.location(tl, e) or ""
    start, end = placement.start, placement.end
    if isinstance(start, datetime):
        start = start.astimezone(tz)
        zone_line = f"{_ZONE[words.language]}: {_zone_label(_zone_of(tl), start)}"
        description = zone_line + ("\n\n" + description if description else "")
        stop = end.astimezone(tz) if isinstance(end, datetime) else None
        end_day, end_time = (_day(stop.date()), _clock(stop)) if stop else ("", "")
        return [subject, _day(start.date()), _clock(start), end_day, end_time, "False", description, location, "False"]
    assert isinstance(end, date)
    last = end - timedelta(days=1)
    return [subject, _day(start), "", _day(last), "", "True", description, location, "False"]
