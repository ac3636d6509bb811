"""iCalendar content lines written directly, byte for byte as icalendar 7's ``to_ical`` writes them.

The ICS export used to build an icalendar object tree and serialize it; this module writes the same
text without the tree: TEXT escaping (:func:`text`), parameter values with RFC 6868 escaping and
quoting (:func:`param`), DATE, DATE-TIME, DURATION and UTC-OFFSET values, and folding at 75 octets
(:func:`fold`), each following icalendar's rules exactly, including their quirks:

- TEXT: a literal ``\\N`` becomes a line break before escaping, and CR, LF and CRLF all become ``\\n``;
- folding: a line holds at most 74 octets of content (icalendar folds when the next character would
  reach 75), never splits a UTF-8 character, and moves a ``\\`` or ``^`` that would end a line to the
  next one, so that no escape sequence is split;
- a date-time in a zone icalendar counts as UTC (``UTC``, ``Etc/GMT``, ``Africa/Abidjan``, ...) is
  written with ``Z`` and no ``TZID``, its wall time unchanged.

The differential tests (``tests/exporters/test_ics_writer.py``) hold the whole export to the bytes of
the object-tree implementation.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

__all__ = ["date_value", "duration", "fold", "lines", "param", "text", "utc_offset", "when"]

_RFC6868 = re.compile(r'\^|\r\n|\r|\n|"')
_RFC6868_BY = {"^": "^^", "\n": "^n", "\r": "^n", "\r\n": "^n", '"': "^'"}
_QUOTABLE = re.compile("[,;:\u2019]")
_TEXT_SPECIAL = re.compile(r"[\\;,\r\n]")
_CONTINUATION = 0xC0
_ESCAPES = (0x5C, 0x5E)  # backslash and caret: never left at the end of a folded line


def text(value: str) -> str:
    """A TEXT value escaped as icalendar's ``vText`` does (order matters)."""
    if _TEXT_SPECIAL.search(value) is None:
        return value
    return (
        value.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def param(value: str) -> str:
    """A parameter value: RFC 6868 escapes, double quotes where ``,;:`` or a right single quote occur."""
    if "^" in value or "\n" in value or "\r" in value or '"' in value:
        value = _RFC6868.sub(lambda m: _RFC6868_BY[m.group(0)], value)
    return f'"{value}"' if _QUOTABLE.search(value) else value


def fold(line: str) -> str:
    """``line`` folded as icalendar folds: at most 74 octets a line, CRLF and a space between."""
    if line.isascii():
        n = len(line)
        if n < 75:
            return line
        parts, start = [], 0
        while n - start > 74:
            pos = start + 74
            if line[pos - 1] in "\\^":
                pos -= 1
            parts.append(line[start:pos])
            start = pos
        parts.append(line[start:])
        return "\r\n ".join(parts)
    data = line.encode("utf-8")
    n = len(data)
    if n < 75:
        return line
    chunks, start = [], 0
    while n - start > 74:
        pos = start + 74
        while data[pos] & _CONTINUATION == 0x80:  # inside a character: fold before it
            pos -= 1
        if data[pos - 1] in _ESCAPES:
            pos -= 1
        chunks.append(data[start:pos])
        start = pos
    chunks.append(data[start:])
    return b"\r\n ".join(chunks).decode("utf-8")


def lines(content: list[str]) -> str:
    """Content lines folded, each ended by CRLF."""
    return "".join(fold(c) + "\r\n" for c in content)


def date_value(value: date) -> str:
    """A DATE (``20241108``) or a DATE-TIME without zone (``20241108T113000``)."""
    if isinstance(value, datetime):
        return f"{value.year:04}{value.month:02}{value.day:02}T{value.hour:02}{value.minute:02}{value.second:02}"
    return f"{value.year:04}{value.month:02}{value.day:02}"


@lru_cache(maxsize=1024)
def _tzid(tz: tzinfo) -> str | None:
    """The TZID icalendar writes for a zone (``UTC`` for the zones it counts as UTC), from its own table.

    Imported here, at the first date-time with a zone: a calendar of days never loads icalendar.
    """
    from icalendar.timezone.tzid import tzid_from_tzinfo

    return tzid_from_tzinfo(tz)


def when(value: date) -> str:
    """Parameters and value of a DTSTART, DTEND or DTSTAMP: ``;VALUE=DATE:…``, ``;TZID=…:…``, ``:…Z``."""
    if not isinstance(value, datetime):
        return f";VALUE=DATE:{value.year:04}{value.month:02}{value.day:02}"
    stamp = date_value(value)
    if value.tzinfo is None:
        return f":{stamp}"
    if value.tzinfo is UTC:  # DTSTAMP and every UTC time: what icalendar's table says, without loading it
        return f":{stamp}Z"
    tzid = _tzid(value.tzinfo) or value.tzname()
    if tzid == "UTC":
        return f":{stamp}Z"
    if tzid is None:
        return f":{stamp}"
    return f";TZID={param(tzid)}:{stamp}"


def duration(td: timedelta) -> str:
    """A DURATION as icalendar's ``vDuration`` writes it (``P1D``, ``PT1H30M``, ``-P2DT5S``)."""
    sign = ""
    if td.days < 0:
        sign, td = "-", -td
    timepart = ""
    if td.seconds:
        hours, minutes, seconds = td.seconds // 3600, td.seconds % 3600 // 60, td.seconds % 60
        timepart = "T"
        if hours:
            timepart += f"{hours}H"
        if minutes or (hours and seconds):
            timepart += f"{minutes}M"
        if seconds:
            timepart += f"{seconds}S"
    if td.days == 0 and timepart:
        return f"{sign}P{timepart}"
    return f"{sign}P{abs(td.days)}D{timepart}"


def utc_offset(td: timedelta) -> str:
    """A UTC-OFFSET (``+0100``, ``-0500``, ``+005328``), as icalendar's ``vUTCOffset`` writes it."""
    sign = "+"
    if td < timedelta(0):
        sign, td = "-", -td
    hours = abs(td.days * 24 + td.seconds // 3600)
    minutes = abs((td.seconds % 3600) // 60)
    seconds = abs(td.seconds % 60)
    if seconds:
        return f"{sign}{hours:02}{minutes:02}{seconds:02}"
    return f"{sign}{hours:02}{minutes:02}"
