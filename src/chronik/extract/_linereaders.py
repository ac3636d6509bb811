"""Readers of a text's own date lines: a wire's dateline and its agency ("NAIROBI, August 21 (Xinhua) --"), a
page's publication line ("veröffentlicht: 10. April 2024 19:44") and an agency's byline ("(APA, 12.3.2020)")."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import outlets
from ._lexicon import Lexicon, month_number
from ._readers import as_int, clock, minutes, opt
from ._scan import Spec, Timex
from .lang import pool

#: A wire service's name as datelines write it: "IANS/EFE", "AP", "UPI" (what may stand without a dash after it).
_WIRE = re.compile(r"[A-Z][A-Z]+(?:[/ -][A-Z][A-Za-z]+)*")

#: Distributors of releases: their name on a date line is not the issuer's.
PR_WIRES = frozenset(
    w.lower()
    for w in (
        "PRNewswire",
        "PR Newswire",
        "CNW",
        "Canada Newswire",
        "GLOBE NEWSWIRE",
        "GlobeNewswire",
        "Business Wire",
        "BUSINESS WIRE",
        "Marketwired",
        "ACCESSWIRE",
        "PRWeb",
        "EQS-News",
        "ots",
        "pts",
        "APA-OTS",
        "news aktuell",
    )
)


def line_day(m: re.Match[str], lex: Lexicon) -> Spec | None:
    """The day of a date line: groups ``d``/``m``/``y`` or ``d2``/``m2``/``y2`` (``m`` a month's name or
    number); None for a month number out of range."""
    suffix = "2" if opt(m, "d2") else ""
    month = m.group("m" + suffix)
    number = int(month) if month.isdigit() else month_number(lex, month)
    if not 1 <= number <= 12:
        return None
    return Spec(year=as_int(opt(m, "y" + suffix)), month=number, day=int(m.group("d" + suffix)))


def read_dateline(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A wire's dateline or byline and its day, the text's own report: "NAIROBI, August 21 (Xinhua) --",
    "KATHMANDU, 11 August (RSS)", "BERLIN, 6. Dezember. /tass/.", "(AFP, March 3, 2020)", "CAIRO – 27 October
    2017:". Groups ``d``/``m``/``y`` or ``d2``/``m2``/``y2`` give the day, ``agency`` or ``agency2`` the agency
    where one is named; with ``bare`` (no dash after the brackets) only a wire's name makes it a dateline."""
    agency = (opt(m, "agency") or opt(m, "agency2") or "").strip()
    if opt(m, "bare") is not None and not _WIRE.fullmatch(agency):
        return None  # "March 16 (Monday) The …": no wire service, no dateline
    spec = line_day(m, lex)
    if spec is None:
        return None
    start, end = m.span("when")
    if opt(m, "hh3"):  # its time after the day: "Oct 30, 2020 / 12:30 pm (CNA)"
        hour, minute = clock(m.group("hh3"), opt(m, "mi3"), opt(m, "ap3"))
        spec, end = replace(spec, hour=hour, minute=minute), m.end("time3")
    surface = m.string[start:end]
    credit = wire_credit(agency)  # a release's wire ("VANCOUVER, Jan. 20 /CNW/ -"): the issuer is found in its text
    release = credit is not None and credit.lower() in PR_WIRES
    return Timex(start, end, surface, "point", first=spec, publisher=credit, dateline=True, release=release)


def read_outlet_dateline(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A page opening with its outlet and day: "Xinhua, February 24, 2015 …" - only an outlet the data knows (not
    "Washington, February 24, 2015 —", a place's dateline read elsewhere)."""
    return read_dateline(m, lex) if outlets.known(opt(m, "agency") or "") else None


#: A place and its state or country after a comma, as a release's dateline brackets it: "Anchorage, AK",
#: "Halifax, NS", "Eagle Butte, S.D.".
_PLACE_AND_STATE = re.compile(r"[A-Z][\w.'’ -]{1,30},[ \t]*(?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]{2,15})")


def wire_credit(agency: str) -> str | None:
    """The agency a dateline's brackets credit: none for a desk's or an editor's sign ("(red)", "(mm)"), the
    agency alone before its regional service ("(dpa/lni)"), both where both are agencies ("(IANS/EFE)")."""
    if agency.isalpha() and agency.islower() and len(agency) <= 4 and outlets.known(agency) is None:
        return None
    if _PLACE_AND_STATE.fullmatch(agency) and outlets.known(agency.split(",")[0].strip()) is None:
        return None  # "May 2, 2024 (Anchorage, AK) –": the release's place and its state, no agency
    if agency.isalpha() and agency.isupper() and len(agency) >= 6 and outlets.known(agency) is None:
        return None  # "April 22, 2019 (KHARTOUM) -": the place in capitals, as some papers bracket it
    known = [part.strip() for part in agency.split("/") if outlets.known(part.strip())] if "/" in agency else []
    return (known[0] if len(known) == 1 else agency) or None


def read_publication_line(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A page's own publication line ("veröffentlicht: 10. April 2024 19:44", "Date:Thursday, February 09,2006"):
    the text's own report, whose issuer the line does not name. Groups ``d``/``m``/``y`` or ``d2``/``m2``/``y2``
    (``m`` a name or a number), ``hh``/``mi``/``ap`` the time, ``when`` what is kept."""
    day = line_day(m, lex)
    if day is None:
        return None
    hour, minute = clock(opt(m, "hh"), minutes(m), opt(m, "ap"))
    spec = replace(day, hour=hour, minute=minute)
    start, end = m.span("when")
    label = {w.lower() for w in re.findall(r"\w+", m.string[m.start() : start])}
    page = bool(label & pool().page_labels)  # "Published: …", "Last Updated …": a news page's stamp, no release's
    return Timex(start, end, m.group("when"), "point", first=spec, dateline=True, release=not page, tz=opt(m, "tz"))


def read_byline(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """An agency's byline in brackets: "(APA, 12.3.2020)", "(asca 28.05.2012 cs)"; a small word there is no
    agency ("(am 28.05.2012)"), a word written as a name that no data file knows is the place of a release's date
    line ("(Leoben, 01.10.2021)") and one in small letters an author's sign ("(sefe, 30.11.2015)"): the page names
    its issuer elsewhere."""
    named: str = m.group("agency")
    words = pool()
    if named.islower() and named in words.date_prepositions | words.stop_words | words.articles | words.frame_words:
        return None
    # "(sefe, 30.11.2015)", "(red, …)": an author's or the desk's sign, no agency
    unknown = outlets.known(named) is None
    signed = named.islower() and m.string[m.end("agency") : m.end("agency") + 1] == ","  # not "(asca 28.05.2012 cs)"
    agency = None if unknown and ((named.istitle() and len(named) > 4) or signed) else named
    listed = [part.strip() for part in f"{opt(m, 'credits') or ''}{named}".split(",")]
    known = [part for part in listed if outlets.known(part) is not None]
    agency = known[-1] if known else agency  # "(red, APA, DER STANDARD, …)": of the credits, the last known outlet
    y = int(m.group("y"))
    year = y if y > 99 else 2000 + y
    spec = Spec(year=year, month=int(m.group("mo")), day=int(m.group("d")))
    if not 1 <= spec.month <= 12:  # type: ignore[operator]
        return None
    # without an agency the byline still dates the page, as a dateline does
    return Timex(
        m.start("when"), m.end("when"), m.group("when"), "point", first=spec, publisher=agency, dateline=not agency
    )
