"""An iCalendar linter: what in an ``.ics`` file breaks in which calendar app, and how to fix it.

``lint(data)`` takes any bytes and returns findings sorted by line, never raising. Syntax is
checked on the raw bytes and physical lines; structure on a tolerant parse of the unfolded content
lines (our own, so that a broken file still gets every finding). ``line`` is the physical line,
the first one of a folded content line. Codes (E error, W warning):

=====================  ==  =========================================================================
not-icalendar          E   the bytes are not iCalendar at all (then the only finding, at line 1)
invalid-utf8           E   bytes that are not UTF-8
utf8-bom               W   the file starts with a byte order mark
bare-lf                W   lines end in LF instead of CRLF (one finding, at the first)
bare-cr                E   lines end in a lone CR (one finding, at the first)
long-line              W   a line longer than 75 octets (RFC 5545 3.1)
split-utf8             E   a fold cuts a UTF-8 character in two (at the line that ends inside it)
bad-fold               E   a continuation line (leading space) with no line before it
missing-colon          E   a content line without ``:`` between name and value
bad-name               E   a property or component name that is not a token
bad-param              E   a malformed parameter (no ``=``, bad name, bad quoting)
control-char           E   a control character in a content line
no-vcalendar           E   no BEGIN:VCALENDAR ... END:VCALENDAR in the file
outside-vcalendar      E   a component or property outside the VCALENDAR
unbalanced             E   BEGIN/END that do not pair up
missing-version        E   a VCALENDAR without VERSION
bad-version            E   VERSION other than 2.0
missing-prodid         E   a VCALENDAR without PRODID
method-not-publish     W   METHOD other than PUBLISH: the file is an invitation, not a calendar
missing-uid            E   a VEVENT/VTODO/VJOURNAL without UID
missing-dtstamp        E   a VEVENT/VTODO/VJOURNAL without DTSTAMP
missing-dtstart        E   a VEVENT without DTSTART (when METHOD is absent or PUBLISH)
missing-vtimezone      E   a TZID parameter with no VTIMEZONE of that TZID in the calendar
unknown-tzid           W   a TZID that is not an IANA zone name (Windows or Outlook names)
floating-time          W   a DATE-TIME of an event without Z or TZID: it moves with the viewer
end-not-after-start    E   a VEVENT's DTEND at or before DTSTART (as instants when both zones are IANA)
allday-zero-length     E   an all-day DTEND equal to DTSTART (DTEND is exclusive: the next day)
date-type-mismatch     E   DTSTART a DATE and DTEND/DUE a DATE-TIME, or the other way round
bad-date               E   a DATE, DATE-TIME or PERIOD value that is not one (or no such day)
bad-duration           E   a DURATION value that is not one, or too long to represent
bad-rrule              E   an RRULE that is not a valid RECUR value
bad-utc-offset         E   a TZOFFSETFROM/TZOFFSETTO that is not ``+HHMM[SS]``
bad-escape             W   a TEXT backslash escape other than ``\\\\ \\; \\, \\n \\N``
unescaped-semicolon    W   a ``;`` not written ``\\;`` in SUMMARY, DESCRIPTION, LOCATION, CATEGORIES
duplicate-uid          E   two VEVENTs (VTODOs, VJOURNALs) of one calendar with one UID, not as a
                           series and its RECURRENCE-ID overrides
end-and-duration       E   DTEND (a VTODO's DUE) and DURATION in one component
repeated-property      E   a property that may appear once (DTSTART, UID, DTSTAMP, SUMMARY, ...) twice
orphan-recurrence-id   W   a RECURRENCE-ID whose series (same UID, no RECURRENCE-ID) is not in the file
allday-duration        E   a DURATION of hours, minutes or seconds after an all-day DTSTART
until-type-mismatch    E   RRULE UNTIL a DATE against a DATE-TIME DTSTART (or the other way round), or
                           not in UTC when DTSTART has a TZID or is UTC (or in UTC when it floats)
tzid-not-allowed       E   a TZID parameter on a UTC ('Z') value or on a DATE
incomplete-vtimezone   E   a VTIMEZONE without TZID or without STANDARD/DAYLIGHT, or one of those without
                           DTSTART, TZOFFSETFROM or TZOFFSETTO
incomplete-valarm      E   a VALARM without ACTION or TRIGGER, or with only one of DURATION and REPEAT
internal-error         E   the linter itself failed on this input (a bug: please report it)
=====================  ==  =========================================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo, available_timezones

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ._ics_lines import (
    CONTROL,
    DATE_SHAPE,
    TOKEN,
    Component,
    ContentLine,
    LineError,
    Physical,
    Unbalanced,
    Unfolded,
    When,
    build_tree,
    duration_problem,
    offset_problem,
    parse_line,
    parse_when,
    period_problem,
    physical_lines,
    quote,
    rrule_problem,
    text_problems,
    unfold,
)

__all__ = ["Finding", "Severity", "lint"]

Severity = Literal["error", "warning"]

_E: Severity = "error"
_W: Severity = "warning"
# fmt: off
_RULES: dict[str, tuple[Severity, str]] = {
    "not-icalendar": (_E, "not an iCalendar file (it starts {start}): calendar apps refuse to import it; export .ics"),
    "invalid-utf8": (_E, "bytes {bytes} are not UTF-8: apps show garbled text or reject the file; save it as UTF-8"),
    "utf8-bom": (_W, "file starts with a UTF-8 byte order mark: strict parsers (ical) reject it; save it without BOM"),
    "bare-lf": (_W, "{n} line(s) end in bare LF, not CRLF (RFC 5545): most apps cope, strict parsers and some "
                    "Outlook versions may not; use CRLF"),
    "bare-cr": (_E, "{n} line(s) end in a lone CR: parsers (icalendar, ical) do not break lines there and fail; "
                    "use CRLF"),
    "long-line": (_W, "line is {n} octets, over RFC 5545's 75: Google/Apple/Outlook cope, strict parsers and "
                      "some servers reject or cut it; fold with CRLF + space"),
    "split-utf8": (_E, "the fold cuts the character {char} in two: parsers that decode before unfolding garble "
                       "the text; fold between characters"),
    "bad-fold": (_E, "line starts with a space (a continuation) but continues nothing: parsers misread or drop "
                     "it; remove the space or the blank line"),
    "missing-colon": (_E, "content line {text} has no ':' before its value: strict parsers (ical) reject the "
                          "file, others drop the line; write NAME:value"),
    "bad-name": (_E, "name {detail} is not a token (letters, digits, '-'): strict parsers (ical) reject the "
                     "file; fix the name"),
    "bad-param": (_E, '{detail} in {text}: strict parsers (ical) reject the file; write ;NAME=value or '
                      ';NAME="value"'),
    "control-char": (_E, "{name} contains control character {char}: strict parsers (ical) reject the file; "
                         "remove it (line breaks as \\n)"),
    "no-vcalendar": (_E, "no BEGIN:VCALENDAR ... END:VCALENDAR: calendar apps refuse the import; wrap the "
                         "components in a VCALENDAR"),
    "outside-vcalendar": (_E, "{what} is outside the VCALENDAR: apps ignore it or reject the file; move it inside"),
    "unbalanced": (_E, "{what}: parsers (icalendar, ical) reject the file; pair every BEGIN:X with an END:X"),
    "missing-version": (_E, "VCALENDAR has no VERSION (required): validators and some importers refuse the file; "
                            "add VERSION:2.0"),
    "bad-version": (_E, "VERSION is {value}, not 2.0 (1.0 is old vCalendar): apps misread or refuse the file; "
                        "write VERSION:2.0"),
    "missing-prodid": (_E, "VCALENDAR has no PRODID (required): validators and some importers refuse the file; "
                           "add PRODID:-//Org//Product//EN"),
    "method-not-publish": (_W, "METHOD {value}: Outlook and Apple treat the file as an invitation, Google "
                               "imports it only in part; use METHOD:PUBLISH or drop METHOD"),
    "missing-uid": (_E, "{comp} has no UID (required): Google and Outlook add a new copy on every re-import; "
                        "add a stable UID"),
    "missing-dtstamp": (_E, "{comp} has no DTSTAMP (required): validators reject it and apps cannot order "
                            "updates; add DTSTAMP:<UTC time>Z"),
    "missing-dtstart": (_E, "VEVENT has no DTSTART: calendar apps skip the event on import; add DTSTART"),
    "missing-vtimezone": (_E, "TZID {tzid} has no VTIMEZONE: apps that do not know the name (Outlook) fall back "
                              "to UTC or local time; add the VTIMEZONE"),
    "unknown-tzid": (_W, "TZID {tzid} is not an IANA zone: Google/Apple map some Windows names, others fall back "
                         "to UTC; use {fix}"),
    "floating-time": (_W, "{prop} {value} has no Z and no TZID (floating): shown at each viewer's local time, "
                          "so Berlin 10:00 is 10:00 in New York; add TZID"),
    "end-not-after-start": (_E, "{prop} {end} is not after DTSTART {start}: apps drop the event or show it "
                                "zero-length or misplaced; fix the end"),
    "allday-zero-length": (_E, "all-day DTEND {end} equals DTSTART: Outlook/Google show nothing or a zero-length "
                               "event; DTEND is exclusive: write {next}"),
    "date-type-mismatch": (_E, "DTSTART is a {a} but {prop} a {b}: strict parsers (ical) reject the event, "
                               "others misplace it; make both DATE or both DATE-TIME"),
    "bad-date": (_E, "{prop} value {value} is not valid ({why}): strict parsers (ical) reject the event, others "
                     "drop it; fix the value"),
    "bad-duration": (_E, "{prop} value {value} is not usable ({why}): parsers reject the event or overflow; "
                         "e.g. PT1H30M"),
    "bad-rrule": (_E, "RRULE {value}: {why}: strict parsers (ical) reject the event, others drop the "
                      "recurrence; see RFC 5545 3.3.10"),
    "bad-utc-offset": (_E, "{prop} {value} is not a UTC offset +HHMM[SS] (hours < 24): parsers (icalendar) "
                           "reject the zone; fix it"),
    "bad-escape": (_W, "{prop} has {esc}, not a TEXT escape (only \\\\ \\; \\, \\n): apps show the "
                       "backslash or drop it; remove it"),
    "unescaped-semicolon": (_W, "{prop} {value} has an unescaped ';': some parsers split or cut the text there; "
                                "write \\;"),
    "duplicate-uid": (_E, "UID {uid} is also the UID of the {comp} at line {first}: Google and Apple keep one and drop "
                          "the other (recurring-ical-events too); give each its own UID"),
    "end-and-duration": (_E, "{comp} has {end} (line {end_line}) and DURATION: RFC 5545 allows one; icalendar and ical "
                             "reject the event, others pick different ends; keep one"),
    "repeated-property": (_E, "{prop} appears again in {comp} (first at line {first}), but RFC 5545 allows it once: "
                              "ical rejects it, other apps keep either value; keep one"),
    "orphan-recurrence-id": (_W, "RECURRENCE-ID {value} overrides an occurrence of series {uid}, which is not in the "
                                 "file: apps drop it or show it alone; add the series or drop RECURRENCE-ID"),
    "allday-duration": (_E, "DURATION {value} after an all-day DTSTART is not whole days or weeks: icalendar and "
                            "ical reject the event; write e.g. P1D"),
    "until-type-mismatch": (_E, "RRULE UNTIL {until} {why}: RFC 5545 forbids it; ical rejects a DATE/DATE-TIME "
                                "mix, others may end the series off by the offset; {fix}"),
    "tzid-not-allowed": (_E, "{prop} has TZID {tzid} on {what}: RFC 5545 forbids it; {effect}; drop the TZID"),
    "incomplete-vtimezone": (_E, "{what}: icalendar, ical and vobject reject the whole calendar; add it"),
    "incomplete-valarm": (_E, "VALARM {what}: ical rejects the whole calendar, other apps ignore the alarm; {fix}"),
    "internal-error": (_E, "the linter failed ({error}): a bug in chronik, please report it with the file"),
}
# fmt: on

_COMPONENTS = {"VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VALARM", "VAVAILABILITY"}
_SCHEDULED = {"VEVENT", "VTODO", "VJOURNAL"}
_LOCAL = {"DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE"}  # may be floating
_UTC_ONLY = {"DTSTAMP", "CREATED", "LAST-MODIFIED", "COMPLETED"}
_TEXT = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CATEGORIES", "RESOURCES", "CONTACT", "TZNAME", "NAME"}
_TEXT |= {"X-WR-CALNAME", "X-WR-CALDESC"}
_SEMICOLON = {"SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES"}
_BOM = b"\xef\xbb\xbf"
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing wrong in an iCalendar file."""

    line: int
    """1-based physical line; the first line of a folded content line."""
    code: str
    """Stable short code, listed in this module's docstring."""
    severity: Severity
    message: str
    """One line: what is wrong (quoting the value), which apps break and how, how to fix it."""

    def render(self, origin: str) -> str:
        """``origin:line: severity code: message``."""
        return f"{origin}:{self.line}: {self.severity} {self.code}: {self.message}"


def lint(data: bytes, /) -> list[Finding]:
    """Every finding for ``data``, sorted by line then code; never raises."""
    try:
        return _lint(bytes(data))
    except Exception as err:  # a bug must not turn `chronik lint` into a traceback
        return [_finding("internal-error", 1, error=type(err).__name__)]


class _Out(list[Finding]):
    def __call__(self, code: str, line: int, **kw: object) -> None:
        self.append(_finding(code, line, **kw))


def _finding(code: str, line: int, **kw: object) -> Finding:
    severity, template = _RULES[code]
    return Finding(line, code, severity, template.format(**kw))


def _lint(data: bytes) -> list[Finding]:
    out = _Out()
    lines = physical_lines(data)
    if data.startswith(_BOM):
        out("utf8-bom", 1)
        lines[0] = Physical(1, lines[0].data[len(_BOM) :], lines[0].ending)
    _check_raw(lines, out)
    units, orphans = unfold(lines)
    for number in orphans:
        out("bad-fold", number)
    parsed = [cl for u in units if (cl := _content_line(u, out)) is not None]
    if not any(cl.name == "BEGIN" and cl.value.upper() in _COMPONENTS for cl in parsed):
        return [_finding("not-icalendar", 1, start=quote(data[:20].decode("utf-8", "replace"), 20))]
    root, comps, unbalanced = build_tree(parsed)
    for u in unbalanced:
        out("unbalanced", u.line, what=_unbalanced(u))
    _check_calendars(root, out)
    _check_zones(comps, out)
    _check_uids(comps, out)
    for comp in comps:
        _check_component(comp, out)
    return sorted(out, key=lambda f: (f.line, f.code))


def _name(name: str) -> str:
    """A component or property name for a message: as is when it is a short token, else quoted."""
    return name if TOKEN.fullmatch(name) and len(name) <= 30 else quote(name, 30)


def _check_raw(lines: list[Physical], out: _Out) -> None:
    for ending, code in ((b"\n", "bare-lf"), (b"\r", "bare-cr")):
        numbers = [p.number for p in lines if p.ending == ending]
        if numbers:
            out(code, numbers[0], n=len(numbers))
    for p in lines:
        if len(p.data) > 75:
            out("long-line", p.number, n=len(p.data))


def _content_line(unit: Unfolded, out: _Out) -> ContentLine | None:
    for number, char in unit.split_characters():
        out("split-utf8", number, char=quote(char))
    text, bad_line, bad = unit.decode()
    if bad_line is not None:
        out("invalid-utf8", bad_line, bytes=bad.hex(" ").upper())
    parsed = parse_line(text, unit.line)
    if isinstance(parsed, LineError):
        out(
            parsed.code,
            unit.line,
            text=quote(text),
            detail=quote(parsed.detail, 60) if parsed.code == "bad-name" else parsed.detail,
        )
        return None
    if m := CONTROL.search(text):
        out("control-char", unit.line, name=_name(parsed.name), char=f"U+{ord(m.group()):04X}")
    return parsed


def _unbalanced(u: Unbalanced) -> str:
    begin, end = f"BEGIN:{_name(u.begin or '')}", f"END:{_name(u.end or '')}"
    if u.end is None:
        return f"{begin} is never closed"
    return f"{end} has no BEGIN before it" if u.begin is None else f"{begin} is closed by {end} at line {u.end_line}"


def _check_calendars(root: Component, out: _Out) -> None:
    calendars = [c for c in root.children if c.name == "VCALENDAR"]
    if not calendars:
        out("no-vcalendar", 1)
    else:
        for comp in root.children:
            if comp.name != "VCALENDAR":
                out("outside-vcalendar", comp.line, what=f"BEGIN:{_name(comp.name)}")
        if root.props:
            out("outside-vcalendar", root.props[0].line, what=_name(root.props[0].name))
    for cal in calendars:
        version = cal.get("VERSION")
        if version is None:
            out("missing-version", cal.line)
        elif version.value != "2.0":
            out("bad-version", version.line, value=quote(version.value))
        if cal.get("PRODID") is None:
            out("missing-prodid", cal.line)
        method = cal.get("METHOD")
        if method is not None and method.value.upper() != "PUBLISH":
            out("method-not-publish", method.line, value=quote(method.value))


def _check_zones(comps: list[Component], out: _Out) -> None:
    """Each TZID used has a VTIMEZONE in its calendar; each TZID (defined or used) is an IANA name."""
    defined: dict[Component | None, set[str]] = {}
    first: dict[str, int] = {}
    used: dict[tuple[Component | None, str], int] = {}
    for comp in comps:
        if comp.name == "VTIMEZONE" and (tzid := comp.get("TZID")) is not None:
            defined.setdefault(comp.cal, set()).add(tzid.value)
            first[tzid.value] = min(first.get(tzid.value, tzid.line), tzid.line)
        for p in comp.props:
            for tz in p.params.get("TZID", ()):
                used.setdefault((comp.cal, tz), p.line)
                first[tz] = min(first.get(tz, p.line), p.line)
    for (cal, tz), line in used.items():
        if tz not in defined.get(cal, ()):
            out("missing-vtimezone", line, tzid=quote(tz))
    for tz, line in first.items():
        if tz not in _zones():
            out("unknown-tzid", line, tzid=quote(tz), fix=_suggest(tz))


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


@cache
def _cities() -> dict[str, str]:
    return {zone.rsplit("/", 1)[1]: zone for zone in sorted(_zones()) if "/" in zone}


def _suggest(tzid: str) -> str:
    """The IANA name for a Windows name or a vendor-prefixed one (``/mozilla.org/.../Europe/Berlin``)."""
    name = WINDOWS_TO_OLSON.get(tzid.strip())
    parts = tzid.strip("/ ").replace(" ", "_").split("/")
    tails = ("/".join(parts[i:]) for i in range(max(0, len(parts) - 3), len(parts)))
    name = name or next((tail for tail in tails if tail in _zones()), None)
    if name is None and tzid.startswith("(UTC"):  # Outlook: "(UTC+01:00) Amsterdam, Berlin, Bern, ..."
        name = next((_cities()[w] for w in _WORDS.findall(tzid.partition(")")[2]) if w in _cities()), None)
    return f"'{name}'" if name else "the zone's IANA name (Area/City)"


def _check_component(comp: Component, out: _Out) -> None:
    if not TOKEN.fullmatch(comp.name):
        out("bad-name", comp.line, detail=quote(comp.name))
    for p in comp.props:
        _check_property(comp, p, out)
    if comp.name in _SCHEDULED:
        for name, code in (("UID", "missing-uid"), ("DTSTAMP", "missing-dtstamp")):
            if comp.get(name) is None:
                out(code, comp.line, comp=comp.name)
        _check_span(comp, out)
    method = comp.cal.get("METHOD") if comp.cal is not None else None
    if comp.name == "VEVENT" and comp.get("DTSTART") is None and (method is None or method.value.upper() == "PUBLISH"):
        out("missing-dtstart", comp.line)
    _check_repeated(comp, out)
    if comp.name in _SCHEDULED:
        _check_duration(comp, out)
        _check_until(comp, out)
    elif comp.name == "VTIMEZONE":
        _check_vtimezone(comp, out)
    elif comp.name == "VALARM":
        _check_valarm(comp, out)


#: Properties RFC 5545 (3.6, 3.7) allows at most once in a component.
_ONCE = {
    "VCALENDAR": {"PRODID", "VERSION", "CALSCALE", "METHOD"},
    "VEVENT": {"DTSTAMP", "UID", "DTSTART", "CLASS", "CREATED", "DESCRIPTION", "GEO", "LAST-MODIFIED", "LOCATION"}
    | {"ORGANIZER", "PRIORITY", "SEQUENCE", "STATUS", "SUMMARY", "TRANSP", "URL", "RECURRENCE-ID", "DTEND", "DURATION"},
    "VTODO": {"DTSTAMP", "UID", "CLASS", "COMPLETED", "CREATED", "DESCRIPTION", "DTSTART", "GEO", "LAST-MODIFIED"}
    | {"LOCATION", "ORGANIZER", "PERCENT-COMPLETE", "PRIORITY", "RECURRENCE-ID", "SEQUENCE", "STATUS", "SUMMARY"}
    | {"URL", "DUE", "DURATION"},
    "VJOURNAL": {"DTSTAMP", "UID", "CLASS", "CREATED", "DTSTART", "LAST-MODIFIED", "ORGANIZER", "RECURRENCE-ID"}
    | {"SEQUENCE", "STATUS", "SUMMARY", "URL"},
    "VTIMEZONE": {"TZID", "LAST-MODIFIED", "TZURL"},
    "STANDARD": {"DTSTART", "TZOFFSETTO", "TZOFFSETFROM"},
    "DAYLIGHT": {"DTSTART", "TZOFFSETTO", "TZOFFSETFROM"},
    "VALARM": {"ACTION", "TRIGGER", "DURATION", "REPEAT"},
}


def _check_repeated(comp: Component, out: _Out) -> None:
    once = _ONCE.get(comp.name, set())
    for p in comp.props:
        first = comp.get(p.name)
        if p.name in once and first is not None and first is not p:
            out("repeated-property", p.line, prop=p.name, comp=comp.name, first=first.line)


def _check_uids(comps: list[Component], out: _Out) -> None:
    """One UID per component of a calendar, except a series and its RECURRENCE-ID overrides."""
    seen: dict[tuple[Component | None, str, str, str | None], Component] = {}
    series: set[tuple[Component | None, str, str]] = set()
    for comp in comps:
        uid = comp.get("UID")
        if comp.name in _SCHEDULED and uid is not None and comp.get("RECURRENCE-ID") is None:
            series.add((comp.cal, comp.name, uid.value))
    for comp in comps:
        uid, rid = comp.get("UID"), comp.get("RECURRENCE-ID")
        if comp.name not in _SCHEDULED or uid is None:
            continue
        key = (comp.cal, comp.name, uid.value, None if rid is None else rid.value)
        if key in seen:
            out("duplicate-uid", uid.line, uid=quote(uid.value), comp=comp.name, first=seen[key].line)
        else:
            seen[key] = comp
        if rid is not None and (comp.cal, comp.name, uid.value) not in series:
            out("orphan-recurrence-id", rid.line, value=quote(rid.value), uid=quote(uid.value))


def _check_duration(comp: Component, out: _Out) -> None:
    """DTEND/DUE or DURATION, not both; after an all-day DTSTART, a DURATION of whole days."""
    end, duration = comp.get("DUE" if comp.name == "VTODO" else "DTEND"), comp.get("DURATION")
    if duration is None:
        return
    if end is not None:
        out("end-and-duration", duration.line, comp=comp.name, end=end.name, end_line=end.line)
    start = comp.get("DTSTART")
    first = parse_when(start.value) if start is not None else None
    if first is not None and first.is_date and "T" in duration.value and duration_problem(duration.value) is None:
        out("allday-duration", duration.line, value=quote(duration.value))


def _check_until(comp: Component, out: _Out) -> None:
    """RRULE UNTIL of DTSTART's value type; in UTC when DTSTART is zoned or UTC, local when it floats."""
    start, rule = comp.get("DTSTART"), comp.get("RRULE")
    first = parse_when(start.value) if start is not None else None
    if first is None or start is None or rule is None:
        return
    parts = dict(part.partition("=")[::2] for part in rule.value.upper().split(";"))
    until = parse_when(parts.get("UNTIL", ""))
    if until is None:
        return
    text = quote(parts["UNTIL"])
    if until.is_date != first.is_date:
        kinds = ("a DATE", "a DATE-TIME") if until.is_date else ("a DATE-TIME", "a DATE")
        why = f"is {kinds[0]} but DTSTART {kinds[1]}"
        out("until-type-mismatch", rule.line, until=text, why=why, fix="use DTSTART's value type")
    elif not first.is_date and (first.utc or "TZID" in start.params) and not until.utc:
        why = "is a local time but DTSTART has a zone"
        out("until-type-mismatch", rule.line, until=text, why=why, fix="write UNTIL in UTC (…Z)")
    elif not first.is_date and not first.utc and "TZID" not in start.params and until.utc:
        why = "is in UTC but DTSTART floats"
        out("until-type-mismatch", rule.line, until=text, why=why, fix="write UNTIL as a local time")


def _check_vtimezone(comp: Component, out: _Out) -> None:
    if comp.get("TZID") is None:
        out("incomplete-vtimezone", comp.line, what="VTIMEZONE has no TZID")
    rules = [c for c in comp.children if c.name in ("STANDARD", "DAYLIGHT")]
    if not rules:
        out("incomplete-vtimezone", comp.line, what="VTIMEZONE has no STANDARD or DAYLIGHT")
    for rule in rules:
        missing = [n for n in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO") if rule.get(n) is None]
        if missing:
            out("incomplete-vtimezone", rule.line, what=f"{rule.name} has no {' or '.join(missing)}")


def _check_valarm(comp: Component, out: _Out) -> None:
    missing = [n for n in ("ACTION", "TRIGGER") if comp.get(n) is None]
    if missing:
        out("incomplete-valarm", comp.line, what=f"has no {' or '.join(missing)}", fix=f"add {' and '.join(missing)}")
    elif (comp.get("DURATION") is None) != (comp.get("REPEAT") is None):
        has = "DURATION" if comp.get("DURATION") is not None else "REPEAT"
        other = "REPEAT" if has == "DURATION" else "DURATION"
        out("incomplete-valarm", comp.line, what=f"has {has} without {other}", fix=f"add {other} or drop {has}")


def _check_property(comp: Component, p: ContentLine, out: _Out) -> None:
    if p.name in _LOCAL or p.name in _UTC_ONLY:
        _check_when(comp, p, out)
    elif p.name in ("DURATION", "REFRESH-INTERVAL") or (p.name == "TRIGGER" and parse_when(p.value) is None):
        if why := duration_problem(p.value):
            out("bad-duration", p.line, prop=p.name, value=quote(p.value), why=why)
    elif p.name in ("RRULE", "EXRULE") and (why := rrule_problem(p.value)):
        out("bad-rrule", p.line, value=quote(p.value), why=why)
    elif p.name in ("TZOFFSETFROM", "TZOFFSETTO") and offset_problem(p.value):
        out("bad-utc-offset", p.line, prop=p.name, value=quote(p.value))
    if p.name in _TEXT and p.param("VALUE") in (None, "TEXT"):
        bad, semicolon = text_problems(p.value)
        if bad is not None:
            out("bad-escape", p.line, prop=p.name, esc=quote("\\" + bad))
        if semicolon and p.name in _SEMICOLON:
            out("unescaped-semicolon", p.line, prop=p.name, value=quote(p.value))


def _check_when(comp: Component, p: ContentLine, out: _Out) -> None:
    kind = p.param("VALUE")
    items = p.value.split(",") if p.name in ("EXDATE", "RDATE") else [p.value]
    for item in items:
        why = period_problem(item) if kind == "PERIOD" else _when_problem(p.name, item, kind)
        if why is not None:
            out("bad-date", p.line, prop=p.name, value=quote(item), why=why)
            return
    first = parse_when(items[0].partition("/")[0])
    tzid = p.params.get("TZID")
    if tzid and first is not None and (first.utc or first.is_date):
        what, effect = (
            ("a UTC time", "icalendar and ical read it as local time in that zone, ignoring the Z")
            if first.utc
            else ("a DATE", "a day has no time zone")
        )
        out("tzid-not-allowed", p.line, prop=p.name, tzid=quote(tzid[0]), what=what, effect=effect)
    floating = first is not None and not first.is_date and not first.utc and "TZID" not in p.params
    if floating and comp.name in _SCHEDULED and p.name in _LOCAL:
        out("floating-time", p.line, prop=p.name, value=quote(items[0]))


def _when_problem(prop: str, text: str, kind: str | None) -> str | None:
    when = parse_when(text)
    if when is None:
        return "no such day or time" if DATE_SHAPE.fullmatch(text) else "expected YYYYMMDD or YYYYMMDDTHHMMSS[Z]"
    if when.is_date and (kind == "DATE-TIME" or prop in _UTC_ONLY):
        return "a date where a date-time is required"
    return "a date-time but VALUE=DATE" if kind == "DATE" and not when.is_date else None


def _check_span(comp: Component, out: _Out) -> None:
    """DTEND (or a VTODO's DUE) against DTSTART: the same type, and for events, later."""
    start, end = comp.get("DTSTART"), comp.get("DTEND" if comp.name == "VEVENT" else "DUE")
    a = parse_when(start.value) if start else None
    b = parse_when(end.value) if end else None
    if a is None or b is None or start is None or end is None:
        return
    kinds = ("DATE" if a.is_date else "DATE-TIME", "DATE" if b.is_date else "DATE-TIME")
    if kinds[0] != kinds[1]:
        out("date-type-mismatch", end.line, a=kinds[0], b=kinds[1], prop=end.name)
    elif comp.name == "VEVENT" and a.is_date and a.value == b.value:
        out("allday-zero-length", end.line, end=quote(end.value), next=_next_day(a.value))
    elif comp.name == "VEVENT" and _not_after(a, start, b, end):
        out("end-not-after-start", end.line, prop=end.name, end=quote(end.value), start=quote(start.value))


def _not_after(a: When, start: ContentLine, b: When, end: ContentLine) -> bool:
    """Whether ``b`` is certainly at or before ``a``; False when the two cannot be compared."""
    x, y = _instant(a, start), _instant(b, end)
    if x[0] != y[0]:  # floating against zoned, or two zones of which one is unknown
        return False
    try:
        return y[1] <= x[1]
    except (OverflowError, TypeError):  # aware times at the very ends of the calendar
        return False


def _instant(when: When, prop: ContentLine) -> tuple[str, date | datetime]:
    """(kind, value): only values of the same kind compare.

    Aware date-times (UTC or an IANA zone, via zoneinfo) compare with each other; wall times of one
    zone that zoneinfo does not know compare only with wall times of that very TZID.
    """
    value, tzid = when.value, prop.params.get("TZID", [None])[0]
    if when.is_date or not isinstance(value, datetime):
        return ("date", value)
    if when.utc:
        return ("", value.replace(tzinfo=UTC))
    if tzid is None:
        return ("floating", value)
    return ("", value.replace(tzinfo=ZoneInfo(tzid))) if tzid in _zones() else (f"tz:{tzid}", value)


def _next_day(day: date) -> str:
    if day >= date.max:
        return "the next day"
    after = day + timedelta(days=1)
    return f"{after.year:04d}{after.month:02d}{after.day:02d}"
