"""What a page the caller names (``chronik extract --publisher``) carries that is another's: a release a portal
carries is its issuer's beside its title ("Press Release: New Zealand Police" on Scoop), while on a news page
that calls itself no release the name that opens the story after its dateline is the story's subject, not the
page's issuer (the dateline is the outlet's), and the page's own stamps that name no maker are the outlet's
(:func:`own_stamps`). Also the release's title line itself (:func:`release_title`) and the distributors of
releases, whose name on a date line names no issuer (:data:`PR_WIRES`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .. import outlets
from ._bodynames import organisation_word
from ._linereaders import PR_WIRES
from ._phrases import clean_name
from ._publishers import as_named
from ._scan import Timex
from ._ticker import short_line_start
from ._types import Mention
from .lang import get, pool

#: How far into a text the words that call it a release are looked for.
RELEASE_HEAD = 400


def release_title(text: str, language: str) -> tuple[str | None, int]:
    """The issuer a release's title line names, among its first lines ("Presseaussendung der Polizei Tirol",
    "Statement of the Spokesperson of the Ministry of Foreign Affairs" -> "Ministry of Foreign Affairs"), or the
    outlet an interview it prints was given for ("Interview mit … für die NRW-Lokalradios"); and where the title
    line ends (0 for an interview: its date is no release's)."""
    if _WIRE_MARK.search(text, 0, RELEASE_HEAD):
        issuer = _issuer_line(text, language)
        if issuer[0] is not None:
            return issuer
    title = get(language).release_title
    if title is None:
        return None, 0
    for start, line in _first_lines(text):
        m = title.fullmatch(line) or title.match(line)
        if m is not None:  # an outlet an interview was given for is named as written, a release's maker as known
            name = clean_name(m.group("name") or m.groupdict().get("named") or "", language)
            if m.groupdict().get("given"):
                return name, 0
            return as_named(name, language), start + len(line)
    return None, 0


def _first_lines(text: str) -> Iterator[tuple[int, str]]:
    """The first five lines with text among a text's first 800 characters, each with where it starts."""
    at, seen = 0, 0
    for line in text[:800].split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > 5:
            return
        yield start, line


#: A release service's mark after the dateline's place: "Schwerin (ots)", "Wien (OTS) -", "Graz (pts019/…)".
_WIRE_MARK = re.compile(r"\((?i:ots|pts|apa-ots)[\w/.-]*\)")
#: The words of a body's name alone on its line: "Polizeipräsidium Rostock", "Hauptzollamt Dresden".
_NAME_LINE = re.compile(r"[ \t]*[A-ZÄÖÜ][\w.&'’-]*(?:[ \t]+(?:[A-ZÄÖÜ][\w.&'’-]*|de[rsmn]?|für|of|the)){0,6}[ \t]*")


def _issuer_line(text: str, language: str) -> tuple[str | None, int]:
    """The issuer of a release a service distributes, as its page names it on a line of its own among the first
    lines ("19.10.2015 – 02:40\n\nPolizeipräsidium Rostock\n\nPOL-HRO: Brand …\n\nSchwerin (ots)"), and where the
    line ends."""
    for start, line in _first_lines(text):
        if _NAME_LINE.fullmatch(line) and any(organisation_word(w) for w in line.split()):
            return as_named(clean_name(line.strip(), language), language), start + len(line)
    return None, 0


def _credit_line(text: str, end: int, name: str) -> bool:
    """Does ``name`` stand alone on the line after a date ending at ``end``, maybe with its place in brackets
    ("Vanguard (Lagos)")?"""
    return re.match(rf"[ \t]*\n\s*{re.escape(name)}[ \t]*(?:\([^()\n]*\))?[ \t]*(?:\n|\Z)", text[end:]) is not None


def _beside(text: str, line_end: int) -> tuple[int, int]:
    """From the start of the line with text above the line ending at ``line_end`` to the end of the line with
    text below it."""
    start = text.rfind("\n", 0, line_end) + 1
    above = text[:start].rstrip()
    below = len(text) - len(text[line_end:].lstrip())
    after = text.find("\n", below)
    return text.rfind("\n", 0, len(above)) + 1 if above else start, after if after >= 0 else len(text)


def carried(
    text: str,
    timexes: list[Timex],
    mentions: list[Mention],
    language: str,
    known: str | None,
    titled: str | None,
    title_end: int,
) -> list[Mention]:
    """``mentions`` with the date lines a page the caller names (``known``) carries given to whose they are:
    the issuer of the release its title names (``titled``, its line ending at ``title_end``), or the outlet
    itself where a news story's opening name took its dateline."""
    if known is None:
        return mentions
    head = text[:RELEASE_HEAD].lower()
    if (
        titled is None
        and not any(organisation_word(w) for w in known.split())  # an institution's own site: its releases
        and not any(w in head for w in (*pool().release_words, *PR_WIRES))
    ):
        # a news page the caller names, which calls itself no release: the name that opens its story after the
        # dateline is the story's subject, not the page's issuer ("JEDDAH, 25 January 2006 — The Saudi Capital
        # Market Authority approved …" on Arab News's page is Arab News's); a name alone on the line below the
        # date is the page's credit ("6 February 2020\nVanguard (Lagos)" on allAfrica)
        openers = {t.start: t.publisher for t in timexes if t.release and t.publisher}
        mentions = [
            replace(m, publisher=known)
            if m.publisher and openers.get(m.start) == m.publisher and not _credit_line(text, m.end, m.publisher)
            else m
            for m in mentions
        ]
    if titled is not None and title_end:
        # a release a portal carries: the date line on its title's line or the line beside it is the issuer's,
        # not the portal's the caller names ("Tuesday, 4 October 2022, 6:53 pm" over "Press Release: New
        # Zealand Police" on Scoop; "Info der Stadt Stuttgart - 24.01.2018 -")
        near = _beside(text, title_end)
        mentions = [
            replace(m, publisher=titled)
            if m.publisher == known and m.kind == "report" and near[0] <= m.start < near[1]
            else m
            for m in mentions
        ]
    return mentions


def unsigned_stamps(timexes: list[Timex]) -> set[int]:
    """Where the page's own stamps that name no maker start: a byline of the desk's sign ("(red, 16.10.2018)"), a
    label after a dash ("… - Published: Wednesday, Oct 10th, 2018.")."""
    return {t.start for t in timexes if t.dateline and not t.publisher}


def own_stamps(stamps: set[int], mentions: list[Mention], known: str | None) -> list[Mention]:
    """The page's own stamps that name no maker (starting at ``stamps``, :func:`unsigned_stamps`) are the outlet's the
    caller names (``known``)."""
    if known is None:
        return mentions
    return [
        replace(m, publisher=known) if m.kind == "report" and not m.publisher and m.start in stamps else m
        for m in mentions
    ]


#: A story's dateline crediting its agency at a line's start: "TOKYO (AP) -", "UNDATED (AP) —", "Berlin (dpa) -".
_AGENCY_DATELINE = re.compile(r"[A-ZÄÖÜ][\w .,'’/-]{0,40}?\((?P<name>[^()\n]{2,30})\)[ \t]*(?:--|[-–—:])")


#: A writer's name before their agency's on a byline: two to four capitalised words.
_WRITER = re.compile(r"[A-ZÄÖÜ][\w'’.-]+(?:[ \t]+[A-ZÄÖÜ][\w'’.-]+){1,3}")

#: How far around a page's date line its agency's byline or dateline is looked for.
_REACH = 1000


def _agency(name: str) -> str | None:
    """The canonical name of an agency the data file knows by ``name`` ("AP", "dpa"), else None; a desk's sign after
    a slash is the agency's ("dpa/lsw")."""
    outlet = outlets.known(name.strip()) or outlets.known(name.partition("/")[0].strip())
    return outlet.name if outlet is not None and outlet.kind == "agency" else None


def _credited_agency(text: str, start: int) -> str | None:
    """The agency whose copy a page's date line at ``start`` heads: an agency's dateline opening one of the next two
    lines with text ("November 4, 2005" over a headline over "TOKYO (AP) - …"), or a byline of the agency alone on
    the line above or below ("von dpa" over "02. Februar 2019, 11:07 Uhr"), or its name alone on the line above."""
    # a few lines either side, read within a bounded reach (a long text's many stamps must not each split all of it;
    # a line longer than the reach has no lines near it)
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
    line_end = text.find("\n", start, start + _REACH)
    near_above = text[max(0, line_start - _REACH) : line_start].split("\n")[-4:]
    above = [line.strip() for line in near_above if line.strip()][-1:]
    near_below = text[line_end : line_end + _REACH].split("\n")[:8] if line_end >= 0 else []
    below = [line.strip() for line in near_below if line.strip()][:2]
    bylines = pool().byline_words
    for line in above + below:
        for part in line.split("|"):  # "Connecticut Public Radio | By The Associated Press"
            first, _, rest = part.strip().partition(" ")
            if first.lower() in bylines and rest and (agency := _agency(rest)) is not None:
                return agency  # "By The Associated Press", "von dpa"
    for line in above + below:
        author, comma, name = line.rpartition(",")  # "Stephanie Bodoni, Bloomberg": a writer of the agency
        if comma and _WRITER.fullmatch(author.strip()) and (agency := _agency(name)) is not None:
            return agency
    for line in above:
        if (agency := _agency(line)) is not None:
            return agency  # the agency's name alone over the line: "AFP\nFebruary 3, 2019", "SDA\n7.9.2020 - 15:41"
    for line in below:
        dateline = _AGENCY_DATELINE.match(line)
        if dateline is None or re.search(r"\d", line[: dateline.start("name")]):
            continue  # "MANILA, Aug. 29 (Xinhua) --": the agency's report has its own day, the page's line stays
        if (agency := _agency(dateline.group("name"))) is not None:
            return agency
    return None


#: How far a date line's label or rest is looked for on either side of its date.
_LINE_REACH = 120


def _date_line(text: str, mention: Mention) -> bool:
    """Does the mention stand on a line of its own, but for a label of up to three words ("Posted", "Stand:")?"""
    # looked for within a bounded reach: a line longer than that is no date line, and a long line's many reports
    # must not each read all of it
    start = text.rfind("\n", max(0, mention.start - _LINE_REACH), mention.start) + 1
    end = text.find("\n", mention.end, mention.end + _LINE_REACH)
    if end < 0 and len(text) - mention.end <= _LINE_REACH:
        end = len(text)
    if (start == 0 and mention.start > _LINE_REACH) or end < 0:
        return False
    rest = text[start : mention.start] + " " + text[mention.end : end]
    return len(rest.split()) <= 3


def agency_copy(text: str, mentions: list[Mention], stamps: set[int], known: str | None) -> list[Mention]:
    """``mentions`` with the page's own date lines (starting at ``stamps``) that head an agency's copy given to the
    agency, as a release a portal carries is its issuer's: the agency wrote the item the line dates, the page the
    caller names (``known``) ran it."""
    out = [
        replace(m, publisher=agency)
        if m.kind == "report"
        and (m.start in stamps or (known is not None and m.publisher == known and _date_line(text, m)))
        and m.publisher in (known, None)
        and (agency := _credited_agency(text, m.start)) is not None
        else m
        for m in mentions
    ]
    # the rest of a line so given ("February 12, 2019 - 6:24 pm"): its time is the same agency's
    lines = {
        short_line_start(text, m.start, _LINE_REACH): m.publisher
        for m, was in zip(out, mentions, strict=True)
        if m is not was
    }
    return [
        replace(m, publisher=lines[line])
        if lines
        and m.kind == "report"
        and m.publisher in (known, None)
        and (line := short_line_start(text, m.start, _LINE_REACH)) in lines
        and line is not None
        else m
        for m in out
    ]


#: A list item's credit on the line after its date: "02.05.2016\n[ Bundesamt für Energie ]".
_BRACKETED_CREDIT = re.compile(r"[ \t]*\n[ \t]*\[[ \t]*(?P<name>[^\[\]\n]{2,80}?)[ \t]*\][ \t]*(?:\n|\Z)")


def bracketed_credits(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """``mentions`` with a date alone on its line taken as the report of the body a bracketed credit on the next
    line names, as a list of several bodies' releases credits each item ("20.04.2016\\n[ Der Bundesrat ]")."""
    out = mentions
    for index, mention in enumerate(mentions):
        if mention.kind != "report":
            continue
        # a short line of its own, looked for within a bounded reach (a long line's many reports must not each
        # read all of it)
        start = text.rfind("\n", max(0, mention.start - 80), mention.start) + 1
        end = text.find("\n", mention.end, mention.end + 80)
        if (start == 0 and mention.start > 80) or end < 0 or text[start : mention.start].strip():
            continue
        credit = _BRACKETED_CREDIT.match(text, mention.end) if not text[mention.end : end].strip() else None
        name = as_named(clean_name(credit.group("name"), language), language) if credit else None
        if name:
            out = out if out is not mentions else list(mentions)
            out[index] = replace(mention, publisher=name)
    return out
