"""English datelines, bylines and a page's own date lines: the dates that make a text its issuer's report
("NAIROBI, August 21 (Xinhua) --", "TOLEDO, Ohio, March 19, 2020 /PRNewswire/ --", "Published: Aug. 12, 2022 at
4:34 PM EDT"), apart from the rules that find dates in running text (:mod:`._rules`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .... import outlets
from ..._lexicon import Lexicon
from ..._linereaders import line_day, read_dateline, read_outlet_dateline, read_publication_line
from ..._names import is_title
from ..._readers import DAY, YEAR, compile_rule, opt, read_date
from ..._scan import Rule, Timex
from .. import pool
from ._words import ABBREVIATIONS


def dateline_rules(lex: Lexicon) -> tuple[Rule, ...]:
    """The rules of English date lines, built from the month and weekday names of ``lex``."""
    mon, wd, mon_day = lex.month_pattern, lex.weekday_pattern, lex.month_day_pattern
    ordinal = r"(?:st|nd|rd|th)?"
    # a day and month, with or without its year ("March 3", "3 March 2020"), and one with its year
    day = (
        rf"(?P<when>(?P<m>{mon_day})(?:\s+|(?<=\.))(?P<d>{DAY})(?:,\s+(?P<y>{YEAR}))?"  # "Aug. 14", "Aug.14"
        rf"|(?P<d2>{DAY})\s+(?P<m2>{mon})(?:\s+(?P<y2>{YEAR}))?)"
    )
    full_day = (
        rf"(?P<when>(?P<m>{mon_day})\s+(?P<d>{DAY}),\s+(?P<y>{YEAR})|(?P<d2>{DAY})\s+(?P<m2>{mon})\s+(?P<y2>{YEAR}))"
    )
    weekday_day = full_day.replace("(?P<when>", rf"(?P<when>(?:{wd},?\s+)?", 1)
    # a page's stamp before its day, maybe with its zone ("16:50 Greenwich Mean Time 2 November 2016", a BBC page's)
    clock = (
        r"(?<![\w.:])(?P<hh2>[01]?\d|2[0-3])[:.](?P<mi2>[0-5]\d)[ \t]+"
        # a comma after the zone: "16:12 JST, August 29, 2023" (The Japan News's)
        r"(?:(?P<tz>(?![AP]M\b)[A-Z]{2,4}|Greenwich[ \t]+Mean[ \t]+Time|British[ \t]+Summer[ \t]+Time),?[ \t]+)?"
    )
    return (
        # a stamp's 24-hour time before its full day: "09.13 3 Jun 2015", "Yonhap News Summary 17:08 December 05,
        # 2022", a European outlet's "10:03 06.04.2021"
        Rule(
            "clock-before-date",
            compile_rule(rf"{clock}(?P<d>{DAY})\s+(?P<m>{lex.month_year_pattern or mon})\s+(?P<y>{YEAR})(?![\w])"),
            read_date,
        ),
        Rule(
            "clock-before-month-first-date",
            compile_rule(rf"{clock}(?P<m>{mon_day})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})(?![\w])"),
            read_date,
        ),
        Rule(
            "clock-before-dotted-date",
            compile_rule(rf"{clock}(?P<d>{DAY})\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{YEAR})(?![\w/]|\.\d)"),
            read_date,
        ),
        Rule(  # a page that opens with its day in digits in round brackets: "(03/13/2020) - As of 3:10 p.m. …"
            "opening-bracket-numeric-date",
            compile_rule(
                rf"\A\s*\((?P<when>(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>{YEAR}))\)(?P<agency>)"
                r"\s*(?:--|—|–|-)\s+(?=[A-Z])"
            ),
            read_dateline,
        ),
        Rule(  # a page that opens with its day in brackets: "[November 19, 2018]  BUCHAREST (Reuters) - …"
            "opening-bracket-date",
            compile_rule(rf"\A\s*\[{full_day}\](?P<agency>)"),
            read_dateline,
        ),
        Rule(  # a text that opens with its date and a dash or on a line of its own, maybe after one short line:
            # "March 3, 2020 — Acme today announced", "17 January 2019\nPalmerston North City Council challenges …",
            # "FOR IMMEDIATE RELEASE\nMonday, Feb. 1, 2016"; the issuer opens what follows
            "opening-date",
            compile_rule(
                r"\A(?:[^\n]{1,40}\n)?\s*"  # after a line such as "FOR IMMEDIATE RELEASE" or a headline
                rf"(?P<when>(?:{wd},\s*)?(?P<m>{mon_day})\s+(?P<d>{DAY}),\s*(?P<y>{YEAR})|(?:{wd},\s*)?(?P<d2>{DAY})\s+(?P<m2>{mon})\s+(?P<y2>{YEAR}))"
                r"(?:\s*(?:—|–|--|-)\s|[ \t]*\n)"
            ),
            read_release_dateline,
        ),
        Rule(  # a date line and its time on the line below: "6 December 2018\n19:38 CET+01:00" (The Local's)
            "date-over-clock",
            compile_rule(
                rf"(?m)^[ \t]*(?P<when>(?:{wd},?\s+)?(?:(?P<m>{mon_day})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})"
                rf"|(?P<d2>{DAY})\s+(?P<m2>{mon})\s+(?P<y2>{YEAR}))"
                r"[ \t]*\n[ \t]*(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)"
                r"(?:[ \t]*(?P<ap>[AaPp]\.?[Mm]\.?))?(?:[ \t]+(?P<tz>[A-Z]{2,4}))?)(?:[+-]\d\d:\d\d)?[ \t]*$"
            ),
            read_publication_line,
        ),
        Rule(
            "publication-line",
            compile_rule(
                # in capitals too: "PUBLISHED ON July 24th, 2014"
                # or after a bar after a time on the line: "Published: Jun. 29, 2016 at 8:15 PM CDT|Updated: …" (not
                # after a credit: "IANS| Last Updated: …")
                # or in brackets, with the site between: "(First published on http://www.muster.com on 13th …)"
                # or after a dash: "NOTE: This content is old - Published: Wednesday, Oct 10th, 2018."
                r"(?m)(?:^|(?:(?<=\d)|(?<=[AaPp][Mm])|(?<=\s[A-Z]{3}))[ \t]*\||(?<=[ \t][-–—]))[ \t]*\(?"
                r"(?:(?i:(?:First\s+|Last\s+)?(?:published|updated)"
                r"(?:\s+on\s+(?:https?://)?[\w-]+(?:\.[\w-]+)+/?(?=\s+on\s))?|Posted|Date|Dated)"
                # a programme's transcript: "Jane Muster reported this story on Friday, August 30, 2013 12:10:00"
                r"|(?:[A-Z][\w'’.-]*[ \t]+){1,4}reported[ \t]+this[ \t]+story)(?:\s+(?i:on))?\s*:?\s*"
                rf"(?P<when>(?:{wd},?\s*)?(?:(?P<m>{mon_day})\s+(?P<d>{DAY}){ordinal},?\s*(?P<y>{YEAR})"
                rf"|(?P<d2>{DAY}){ordinal}\s+(?P<m2>{lex.month_year_pattern}),?\s+(?P<y2>{YEAR}))"  # "04 Dec 2020"
                r"(?:(?:,\s*|\s+)(?:at\s+)?(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?\s*(?P<ap>[AaPp]\.?[Mm]\.?)?"
                r"(?:[ \t]+(?P<tz>[A-Z]{2,4})\b)?)?)(?![\w])"
            ),
            read_publication_line,
        ),
        Rule(
            "byline",
            compile_rule(
                # "(AP, March 3, 2020)", "(Sudbury Star – June 25, 2020)": an agency's or outlet's credit
                rf"\((?!{wd}\b)(?P<agency>[A-Z]{{2,10}}(?:/[A-Z]{{2,10}})*"
                r"|[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,4})"
                r"\s*[-–,]\s*(?:[^()\n]{0,60}?[-–,]\s*)?"
                rf"(?P<when>(?P<d>{DAY}){ordinal}\s+(?P<m>{lex.month_year_pattern or mon}),?\s+(?P<y>{YEAR})"
                rf"|(?P<m2>{mon_day})\s+(?P<d2>{DAY}){ordinal},?\s+(?P<y2>{YEAR}))\s*\)"
            ),
            read_dateline,
        ),
        Rule(
            "release-dateline",
            compile_rule(
                # "LAKE SUCCESS, NY – December 15, 2010 –", "Ottawa, June 7, 2000…Dr. …": a dash or an ellipsis;
                # the place may stand in brackets ("(St. John’s, NL), December 7, 2022 –")
                r"(?m)^\(?[A-Z][A-Za-z .'’/-]+(?:,\s*[A-Z][\w .'’-]+){0,3}\)?(?:,|\s+(?:--|—|–))\s+"
                rf"{full_day}"
                r"\s*(?:(?:/(?P<wire>[A-Za-z][\w -]{1,30})/|\((?P<wire2>[A-Z][A-Za-z ]{0,30}(?:WIRE|[Ww]ire))\))\s*)?"
                # or a double dash glued to the first word, as a wire's copy has it: "Oct. 6, 2009--The …"
                r"(?:(?:--|—|–|-)\s|--(?=[A-Z])|…\s*(?=[A-Z])|\.\.\.\s*(?=[A-Z]))"
            ),
            read_release_dateline,
        ),
        Rule(  # "Georgetown, Guyana – (September 12, 2018) The Ministry of the Presidency condemns",
            # "WATERLOO, ON (September 6, 2016) — The U15 Group … welcomes"
            "bracketed-release-dateline",
            compile_rule(
                r"(?m)^[A-Z][A-Za-z .'/-]+(?:,\s*[A-Z][\w .'-]+){0,3}\s*(?:(?:--|—|–|-)\s*)?"
                rf"\({weekday_day}\)"  # "(Friday, Nov. 15, 2024)" too
            ),
            read_release_dateline,
        ),
        Rule(  # "London, June 21: Birmingham City have confirmed …": a city, its date and a colon open the text
            "colon-dateline",
            compile_rule(
                # or any line opened by a place in capitals: "KARACHI, Oct 6: A barge …" below a page's title
                r"(?:\A\s*[A-Z][A-Za-z.'-]+(?:[ /-][A-Z][A-Za-z.'-]+){0,2}"
                r"|(?m:^)[ \t]*[A-Z][A-Z.'-]+(?:[ /-][A-Z][A-Z.'-]+){0,2}),\s+"
                rf"{day}"
                r"\s*:\s"
            ),
            read_dateline,
        ),
        Rule(
            "closing-date",
            compile_rule(
                rf"(?m)^[ \t]*(?P<when>(?P<d>{DAY})\s+(?P<m>(?i:{mon}))\s+(?P<y>{YEAR})"
                rf"|(?P<m2>(?i:{mon_day}))\s+(?P<d2>{DAY}),\s+(?P<y2>{YEAR}))"
                r"\s*\Z"
            ),
            read_publication_line,
        ),
        Rule(
            "city-dateline",
            compile_rule(
                r"(?m)^(?P<city>[A-Z][A-Z .'-]{2,30})\s*(?:\((?P<agency>[A-Z][\w/ -]{1,20})\)\s*)?(?:[–—-]+\s*)?"
                rf"(?P<when>(?P<d>{DAY})\s+(?P<m>{mon})\s+(?P<y>{YEAR})|(?P<m2>{mon_day})\s+(?P<d2>{DAY}),?\s+(?P<y2>{YEAR}))"
                r"(?=\s*[:–—-]|\s+[A-Z])"
            ),
            read_dateline,
        ),
        Rule(
            "agency-dateline",
            compile_rule(
                rf"(?m)^[A-Z][A-Z .'-]+,\s+(?P<when>(?P<m>{mon_day})\s+(?P<d>{DAY})(?:,\s+(?P<y>{YEAR}))?)"
                r"\s*[–—-]+\s*(?P<agency>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})\.(?=\s)"
            ),
            read_dateline,
        ),
        Rule(
            "dateline",
            compile_rule(
                # "BEIJING/SHANGHAI, Sept 25 (Reuters) -", "CHILE – SANTIAGO, Feb. 25 (Xinhua) —": places joined too
                r"(?m)^(?:[A-Z][A-Za-z .'/-]+(?:(?:,|[ \t]+[–—-])\s*[A-Z][\w .'/-]+)?,\s+(?=.{0,60}\)))?"
                rf"{day}"
                # its time after a slash: "Rome Newsroom, Oct 30, 2020 / 12:30 pm (CNA).-"
                r"(?:[ \t]*/[ \t]*(?P<time3>(?P<hh3>1[0-2]|0?[1-9])[:.](?P<mi3>[0-5]\d)[ \t]*"
                r"(?P<ap3>[ap]\.?m\.?|[AP]M)))?"
                r"\s*\((?P<agency>[^()\n]{2,40})\)(?:\.?\s*(?:--|—|–|_|-|:)|\s*$|(?P<bare>\s+)(?=[A-Z]))"
            ),
            read_dateline,
        ),
        Rule(  # the country in square brackets after the place: "New Delhi [India], Mar 4 (ANI):", "…, Mar 4 :"
            "bracketed-country-dateline",
            compile_rule(
                r"(?m)^[A-Z][A-Za-z .'-]{1,40}\[[A-Z][A-Za-z .'-]{1,30}\],\s+"
                rf"{day}"
                r"\s*(?:\((?P<agency>[^()\n]{2,40})\))?\s*(?:--|—|–|-|:)"
            ),
            read_dateline,
        ),
        Rule(  # the agency after the day: "Accra, May 20, GNA –"
            "agency-after-dateline",
            compile_rule(
                r"(?m)^[A-Z][A-Za-z .'/-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?,\s+"
                rf"{day}"
                # "Accra, Aug.14, GNA-Mr Martin Ayisi …": the first word right after the dash
                rf",\s*(?:(?P<agency>[A-Z]{{2,10}})\s*(?:--|—|–|-)(?:\s|(?=[A-Z]))|(?!{wd}\b)(?P<agency2>[A-Z][a-z]{{2,9}}):\s)"
            ),
            read_dateline,
        ),
        Rule(  # the agency between slashes after the day: "MOSCOW, August 12. /TASS/."
            "slashed-agency-dateline",
            compile_rule(
                r"(?m)^[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?,\s+"
                rf"{day}"
                r"\.?[ \t]*/(?P<agency>[A-Z][\w -]{1,20})/(?=[.\s])"
            ),
            read_dateline,
        ),
        Rule(  # a text that opens with its place and day and no agency: "Sri Lanka, Oct. 18 — The news reports …"
            "opening-dateline",
            compile_rule(
                r"\A\s*(?:(?P<caps>[A-Z][A-Z .'/-]{2,40}(?=,))|[A-Z][A-Za-z .'/-]{1,40})"
                r"(?:,\s*[A-Z][\w .'-]{1,30})?,\s+"
                rf"{day}"
                # a place in capitals needs no dash after its day: "ABIDJAN, Aug 28 Cocoa farmgate prices …"
                r"(?:\s*(?:--|—|–)\s+|(?(caps)[ \t]+|(?!)))(?=[A-Z])"
            ),
            read_dateline,
        ),
        Rule(  # a page that opens with its outlet and day: "Xinhua, February 24, 2015 Adjust font size:"
            "outlet-dateline",
            compile_rule(rf"\A\s*(?P<agency>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){{0,3}}),[ \t]+{full_day}(?![\w])"),
            read_outlet_dateline,
        ),
        Rule(  # a text that opens with its day alone and a dash, as a news service's copy does: "Feb. 19--Both …"
            "opening-day-dateline",
            compile_rule(rf"\A\s*{day}[ \t]*(?:--|—|–)[ \t]*(?=[A-Z])"),
            read_dateline,
        ),
        Rule(  # the day in brackets after the place, maybe after the outlet: "KOTA KINABALU (Sept 21):",
            # "Metro Manila (CNN Philippines, March 9) —"
            "bracketed-day-dateline",
            compile_rule(
                r"(?m)^[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){0,4}\s*"
                r"\((?:(?P<agency>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}),\s*)?"
                rf"{day}"
                r"\)\s*(?:--|—|–|-|:)"
            ),
            read_dateline,
        ),
        Rule(  # the site and the agency before the day in one bracket: "MOSCOW (UrduPoint News / Sputnik - 30th March,
            # 2020) World Athletics said", "QUETTA, (UrduPoint / Pakistan Point News - 1st Jul, 2021 ) :"
            "credited-bracket-dateline",
            compile_rule(
                r"(?m)^[A-Z][A-Za-z .'-]{1,40}?,?[ \t]*\((?P<sources>[A-Z][^()\n]{1,60}?)[ \t]+[-–—][ \t]+"
                rf"(?P<when>(?P<d2>{DAY}){ordinal}\s+(?P<m2>{lex.month_year_pattern or mon}),?\s+(?P<y2>{YEAR}))"
                r"[ \t]*\)[ \t]*(?::|--|—|–|-)?[ \t]*(?=[A-Z])"
            ),
            _read_credited_dateline,
        ),
        Rule(  # the agency in brackets before the day: "Draguignan, France (AFP) June 16, 2010 Heavy rains …"
            "agency-before-day-dateline",
            compile_rule(
                r"(?m)^[A-Z][A-Za-z .'-]{1,40}?(?:,[ \t]*[A-Z][\w .'-]{1,30})?[ \t]+\((?P<agency>[A-Z]{2,8})\)[ \t]+"
                rf"{full_day}"
                r"(?:[ \t]*(?:--|—|–|-|:))?[ \t]+(?=[A-Z])"
            ),
            read_dateline,
        ),
        Rule(  # the agency and the day in one bracket: "DAVAO CITY (MindaNews / 07 February) —"
            "bracket-dateline",
            compile_rule(
                r"(?m)^[A-Z][A-Za-z .'-]{1,40}?\s*\((?P<agency>[A-Z][^()/\n]{1,40}?)\s*/\s*"
                rf"{day}"
                r"\s*\)\s*(?:--|—|–|-)"
            ),
            read_dateline,
        ),
    )


def _read_credited_dateline(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A dateline crediting a site and the agency whose copy it runs ("UrduPoint News / Sputnik"): the agency's
    report where a data file knows one of them as an agency, else the first's."""
    timex = read_dateline(m, lex)
    if timex is None:
        return None
    names = [name.strip() for name in m.group("sources").split("/") if name.strip()]
    agencies = [name for name in names if (outlet := outlets.known(name)) is not None and outlet.kind == "agency"]
    return replace(timex, publisher=(agencies or names)[-1 if agencies else 0])


#: The issuer opening a press release's first sentence: capitalised words up to a bracket, a comma or a verb
#: a release opens with ("today announced", "is pleased").
_ISSUER = re.compile(
    r"\s*(?:--|—|–|-)?\s*(?:The\s+)?(?!Dear\s)"  # not a letter's greeting: "Dear Parents and Staff,"
    r"(?P<org>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|of|and|for|the)){0,9})"
    r"(?=\s*[(,]|\s+(?:[a-z]+ly\s+)?(?:today|announced|announces|said|says|reported|reports|has|have|is|will|launched|launches"
    r"|unveiled|unveils|released|releases|named|names|agreed|agrees|completed|completes|plans|filed|posted"
    r"|declared|declares|confirmed|confirms)\b|\s+(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\b)"
)
#: A person opening a release, introduced as speaking for an organisation: "Dr. David W. Strangway, President and
#: CEO of the Canada Foundation for Innovation (CFI), today announced" -> the organisation.
_FOR_BODY = re.compile(
    r",\s+(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){1,5}(?:of|at|for)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|for|the)){0,9}?)(?=\s*[(,])"
)


#: A comma and a day after a name, or its state and a wire's name in brackets: the name is a dateline's place
#: ("Chitwan, Sept 14", "Kathmandu, 23 June", "LAS CRUCES, N.M. (AP) —").
_PLACE_DATELINE = re.compile(
    r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z][a-z]{2,8}\b)"
    r"|(?:,[ \t]*[A-Z][\w.]{0,20})?[ \t]*\([A-Za-z]{2,8}\)[ \t]*[-–—]"
    r"|,[ \t]*[A-Z][\w.]{1,20}(?:[ \t]+[A-Z][\w.]{1,20})?[ \t]*[-–—][ \t]"  # "SYDNEY, Australia – John Morris …"
)


def _headline(text: str, start: int, name: str) -> bool:
    """Is the line from ``start``, which opens with ``name``, a headline: a line of at most 15 words without a
    sentence's end, a blank line or the text's end after it? (A release's first sentence runs on and ends with
    its stop; a name alone, maybe with its place in brackets, credits the page: "Vanguard (Lagos)".)"""
    line = text[start : start + 200].split("\n", 1)[0].rstrip()
    return (
        re.fullmatch(r"[ \t]*(?:\([^()]*\))?", line[len(name) :]) is None
        and len(line.split()) <= 15
        and not line.endswith((".", "!", "?", ":", ",", ";", '"', "”", "’"))
        and re.match(r"[ \t]*(?:\n[ \t]*\n|\Z)", text[start + len(line) :]) is not None
    )


def read_release_dateline(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A press release's dateline ("TOLEDO, Ohio, March 19, 2020 /PRNewswire/ --", "Nairobi/Geneva, 11 September
    2020 —"): the release is its issuer's, named at the start of its first sentence as the text names it ("Libbey
    Inc. (NYSE: LBY) … today announced" -> "Libbey Inc"), else the wire's."""
    wire = (opt(m, "wire") or opt(m, "wire2") or "").strip()
    issuer = _ISSUER.match(m.string, m.end(), min(len(m.string), m.end() + 200))
    if issuer is not None and _PLACE_DATELINE.match(m.string, issuer.end()):
        issuer = None  # "Sep 15, 2018\n\nChitwan, Sept 14 –": a place and its day open the story, no issuer
    if issuer is not None and _headline(m.string, issuer.start("org"), issuer.group("org")):
        issuer = None  # "Wednesday, October 2, 2019\n\nListeria prompts sandwich recall\n\n": a headline, no issuer
    elif issuer is not None and _titled(issuer.group("org")) and _SAYS.match(m.string, issuer.end()):
        issuer = None  # "Jun 7, 2018\n\nNew Mexico Gov. Susana Martinez says …": a news story, no release
    elif issuer is not None and _title_only(issuer.group("org")) and _APPOSITION.match(m.string, issuer.end()):
        issuer = None  # "– The Minister of Police, Faualo Harry Schuster has confirmed": a person's story
    name = issuer.group("org").rstrip(".") if issuer else ""  # as the text names it, legal form and all
    body = _FOR_BODY.match(m.string, issuer.end()) if issuer else None
    if body is not None and _person(name) and not _person(body.group("org")):
        name = body.group("org")
    spec = line_day(m, lex)
    if spec is None:
        return None
    start, end = m.span("when")
    return Timex(start, end, m.group("when"), "point", first=spec, publisher=name or wire, dateline=True, release=True)


#: The verb of a news story's first sentence: "says", "said".
_SAYS = re.compile(r"\s+(?:says|said)\b")


def _titled(name: str) -> bool:
    """Does a name hold a person's title ("New Mexico Gov. Susana Martinez", "Foreign Minister A K Momen")?"""
    titles = ABBREVIATIONS.titles
    return any(t.rstrip(".").lower() in titles or (t[:1].isupper() and is_title(t)) for t in name.split())


#: A person's name in apposition after a title: ", Faualo Harry Schuster".
_APPOSITION = re.compile(r"\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?:\s*,|\s+[a-z])")


def _title_only(name: str) -> bool:
    """A title and what it is of, no name: "Minister of Police", "Police Commissioner"."""
    tokens = [t for t in name.split() if t not in ("of", "for", "the")]
    return any(t[:1].isupper() and is_title(t) for t in tokens) and len(tokens) <= 4


def _person(name: str) -> bool:
    """A person's name as a release may open with it, or any other name of no organisation: "Dr. David W.
    Strangway", "Jane Doe", "Public Affairs" (two to five capitalised words, no organisation's word)."""
    tokens = name.split()
    organisation = pool().organisation_words
    return (
        2 <= len(tokens) <= 5
        and all(t[:1].isupper() for t in tokens)
        and not any(t.rstrip(".") in organisation for t in tokens)
    )
