"""Which recurrence rules the ICS reader can expand in reasonable time (dateutil does the expanding)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from dateutil.rrule import rrulestr  # type: ignore[import-untyped]

from ._ics_scan import one_line

MAX_PER_DAY = 1440


def rrules(comp: Any) -> list[Any]:
    rules = comp.get("RRULE")
    return [] if rules is None else list(rules) if isinstance(rules, list) else [rules]


def _per_day(rule: Any) -> int:
    """The most times a rule can recur in one day (BYxxx of finer units multiply, coarser ones filter)."""
    stepped = {"HOURLY": 1, "MINUTELY": 2, "SECONDLY": 3}.get(str(rule.get("FREQ", [""])[0]).upper(), 0)
    counts = [len(rule.get(key, ())) for key in ("BYHOUR", "BYMINUTE", "BYSECOND")]
    bound = (counts[0] or (24 if stepped > 0 else 1)) * (counts[1] or (60 if stepped > 1 else 1))
    bound *= counts[2] or (60 if stepped > 2 else 1)
    if stepped:
        steps = -(-86400 // ((3600, 60, 1)[stepped - 1] * max(1, int(rule.get("INTERVAL", [1])[0]))))
        for n in counts[stepped:]:
            steps *= n or 1
        bound = min(bound, steps)
    return bound


def rule_problem(rule: Any, start: date) -> str | None:
    """Why a rule cannot be expanded in reasonable time, or None.

    A rule that never matches makes dateutil search up to the year 9999. The Gregorian calendar
    repeats every 400 years, so the first match is looked for that many whole cycles later (from
    between the years 9200 and 9600): then the search ends after at most 800 years.
    """
    if str(rule.get("RSCALE", ["GREGORIAN"])[0]).upper() != "GREGORIAN":
        return "only Gregorian rules (RSCALE) can be expanded"
    if _per_day(rule) > MAX_PER_DAY:
        return f"recurs up to {_per_day(rule):,} times a day: too often to import"
    text = ";".join(p for p in rule.to_ical().decode().split(";") if p.split("=")[0].upper() not in ("COUNT", "UNTIL"))
    wall = datetime(start.year, start.month, start.day) if not isinstance(start, datetime) else start
    try:
        wall = wall.replace(year=wall.year + max(0, (9599 - wall.year) // 400) * 400, tzinfo=None)
        found = next(iter(rrulestr(text, dtstart=wall)), None)
    except (ValueError, TypeError, OverflowError, IndexError) as err:
        return f"is not a valid rule ({one_line(err)})"
    return None if found is not None else "finds no day in 400 years"
