"""German datelines, bylines and a page's own date lines: the dates that make a text its issuer's report
("BEIJING, 24. Januar (Xinhua)", "Bern, 11.12.2015 - Der Bundesrat", "veröffentlicht: 10. April 2024 19:44",
"(APA, 12.3.2020)"), apart from the rules that find dates in running text (:mod:`._rules`)."""

from __future__ import annotations

import re

from .... import outlets
from ..._lexicon import Lexicon, lexicon, month_number
from ..._linereaders import line_day, read_byline, read_dateline, read_publication_line, wire_credit
from ..._readers import DAY, STAMP_GAP, YEAR, compile_rule, opt
from ..._scan import Rule, Spec, Timex
from ._nominative import nominative


def _read_wire_after_day(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "22. November 2012 (dpa) Berlin": a dateline only where the brackets hold a wire or outlet the data knows
    ("(Donnerstag)" is none)."""
    if all(outlets.known(part) is None for part in m.group("agency").split("/")):
        return None
    if opt(m, "m"):
        return read_dateline(m, lex)
    month = int(m.group("m2"))  # "27.09.2019 - Hamburg (dpa/lno)": the month as a number
    if not 1 <= month <= 12:
        return None
    spec = Spec(year=int(m.group("y")), month=month, day=int(m.group("d")))
    start, end = m.span("when")
    credit = wire_credit(m.group("agency"))
    return Timex(start, end, m.group("when"), "point", first=spec, publisher=credit, dateline=True)


def _read_post_date(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """An embedded post's date after its poster's handle: "— Polizei Berlin (@polizeiberlin) April 1, 2020"."""
    spec = Spec(year=int(m.group("y")), month=month_number(lexicon("en"), m.group("m")), day=int(m.group("d")))
    start, end = m.span("when")
    return Timex(start, end, m.group("when"), "point", first=spec)


def _read_issue_of(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A paper's numbered issue and its day: "Im Vinschgerwind Nr. 17/2017 vom 31.08.2017", "aus FALTER 51/13 vom
    18.12.2013": the paper's report of that day (the words before its name are no part of it)."""
    words = m.group("name").split()
    while words and words[0].lower() in _NO_NAME:
        words.pop(0)
    name = " ".join(words)
    spec = line_day(m, lex)
    if not words or spec is None:
        return None
    numbered = opt(m, "nr") is not None and not any(w.lower() in _DOCUMENTS for w in words)
    if not (numbered or name.isupper() or outlets.known(name) is not None):
        return None  # "Gesetz 12/2019 vom 3. Mai 2019": a law's number, no paper's issue
    start, end = m.span("when")
    return Timex(start, end, m.group("when"), "point", first=spec, publisher=name)


#: Small words before a paper's name: "Im Vinschgerwind", "In der Zeit".
_NO_NAME = frozenset(["im", "in", "aus", "der", "die", "das", "dem", "den", "laut", "siehe", "vgl"])
#: Documents numbered like an issue: "Gesetz Nr. 12/2019 vom 3. Mai 2019" is no paper's.
_DOCUMENTS = frozenset(
    ["gesetz", "verordnung", "beschluss", "urteil", "richtlinie", "drucksache", "antrag", "erlass", "bescheid"]
)


def short_months(lex: Lexicon) -> str:
    """The alternation of month names of four letters at most, as a stamp writes them without a dot ("Okt", "Jan")."""
    return "|".join(sorted({w.capitalize() for w in lex.months if len(w) <= 4}, key=lambda w: (-len(w), w)))


def clipped_weekdays(lex: Lexicon) -> str:
    """The alternation of the language's clipped weekdays, longest first ("Di", "Mo")."""
    return "|".join(sorted((w.capitalize() for w in lex.lang.abbreviations.weekdays), key=len, reverse=True))


def dateline_rules(lex: Lexicon) -> tuple[Rule, ...]:
    """The rules of German date lines, built from the month and weekday names of ``lex``."""
    mon, wd = lex.month_pattern, lex.weekday_pattern
    clipped = f"(?:{clipped_weekdays(lex)})"
    # a wire's dateline may write a month short without its dot ("Berlin, 02. Nov (Reuters) -")
    short = short_months(lex)
    day = rf"(?P<d>{DAY})\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{YEAR}){STAMP_GAP}"
    stamp = day + r"(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?"
    own_line = day + r"(?P<hh>[01]\d|2[0-3])[:.](?P<mi>[0-5]\d)(?::[0-5]\d)?"  # "22.05.2023 21.00" alone on its line
    return (
        Rule(  # an embedded post's signature, written in English: "— Polizei Berlin (@polizeiberlin) April 1, 2020"
            "embedded-post-date",
            compile_rule(
                # the platform's months are English whatever the page's language
                rf"\(@\w{{1,30}}\)[ \t]*(?P<when>(?P<m>{lexicon('en').month_pattern})[ \t]+(?P<d>{DAY}),"
                rf"[ \t]*(?P<y>{YEAR}))"
            ),
            _read_post_date,
        ),
        Rule(  # the day before a wire's name, at a line's start: "22. November 2012 (dpa) Berlin", "27.09.2019 -
            # Hamburg (dpa/lno) - Im Prozess …"
            "dateline-day-first",
            compile_rule(
                rf"(?m)^(?P<when>(?P<d>{DAY})\.\s*(?:(?P<m>{mon})\s+|(?P<m2>[01]?\d)\.)(?P<y>{YEAR}))[ \t]*"
                r"(?:[-–—,][ \t]*[A-ZÄÖÜ][\wäöüß.-]*(?:[ \t]+[A-ZÄÖÜ][\wäöüß.-]*)?[ \t]*)?"
                r"\((?P<agency>[A-Za-z][\w-]{1,12}(?:/[A-Za-z][\w-]{1,12})*)\)"
            ),
            _read_wire_after_day,
        ),
        Rule(
            "issue-of",
            compile_rule(
                r"(?<![\w])(?P<name>[A-ZÄÖÜ][\w-]+(?:[ \t]+[A-ZÄÖÜ][\w-]+){0,2})[ \t]+(?:(?P<nr>Nr\.)[ \t]*)?"
                r"\d{1,3}/(?:\d{4}|\d{2})[ \t]+vom[ \t]+"
                rf"(?P<when>(?P<d>{DAY})\.[ \t]*(?P<m>{mon}|0?[1-9](?=\.)|1[0-2](?=\.))\.?[ \t]*(?P<y>{YEAR}))(?![\w])"
            ),
            _read_issue_of,
        ),
        Rule(  # a text that opens with its date and a dash: "25.02.2021 - Impfen, testen und öffnen", its weekday
            # clipped before it: "Di 14.03.2017 - …"
            "opening-date",
            compile_rule(
                rf"\A\s*(?P<when>(?:{clipped}\.?,?[ \t]+)?(?P<d>{DAY})\.\s*"
                rf"(?P<m>{mon}|0?[1-9](?=\.)|1[0-2](?=\.))\.?\s*(?P<y>{YEAR}))\s*(?:–|—|-)\s"
            ),
            read_publication_line,
        ),
        Rule(
            "publication-line",
            compile_rule(
                # at a line's start or after a bar on it: "27.04.2023 | Stand 16.09.2023, 23:00 Uhr"
                r"(?m)(?:^|\|)[ \t]*(?:[Vv]eröffentlicht|[Ee]rschienen|[Pp]ubliziert"
                r"|(?:[Zz]uletzt\s+)?[Aa]ktualisiert|Stand|Datum|Erstellt)(?:\s+am)?\s*:?\s*"
                rf"(?P<when>(?:{wd},?\s+)?(?P<d>{DAY})\.\s*(?P<m>{mon}|0?[1-9](?=\.)|1[0-2](?=\.))\.?\s*(?P<y>{YEAR})"
                # the time after it, maybe in brackets: "Erstellt am 28. Juli 2013 (18:35)"
                r"(?:,?\s+(?:um\s+)?(?P<open>\()?(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?:\s*Uhr)?(?(open)\)))?)(?![\w.])"
                # not an event's day with its hours ("Datum: Freitag, 22.06.2018, 18:30 - 19:00 Uhr")
                r"(?![ \t]*(?:-|–|bis)[ \t]*\d)"
            ),
            read_publication_line,
        ),
        Rule(  # a page's "Stand:" with its time after a title its line runs on from: "… an Badegäste Stand: 14.07.2023
            # 16:23 Uhr Die …" (not a figure's "(Stand: …)" nor "Zahlen, Stand: …", whose word ends no title)
            "stand-in-line",
            compile_rule(
                rf"(?<=[^\W\d][ \t])Stand:[ \t]*(?P<when>(?P<d>{DAY})\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{YEAR}),?[ \t]+"
                r"(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)[ \t]*Uhr)"
            ),
            read_publication_line,
        ),
        Rule(  # a page's time stamp closing the text: "WallisWallis / 22.08.2019 - 15:14:43"
            "closing-stamp",
            compile_rule(rf"(?m)^[^\n]{{0,40}}?(?<![\w.])(?P<when>{stamp})\s*\Z"),
            read_publication_line,
        ),
        Rule(  # or opening it on a line of its own: "06.07.2018, 14:56", "22.05.2023 21.00"
            "opening-stamp",
            compile_rule(rf"\A\s*(?P<when>{own_line})[ \t]*\n"),
            read_publication_line,
        ),
        Rule(  # or opening it with a time after a label or an agency's name and the line running on: "SID
            # 03.03.2026 • 15:43 Uhr Fünf Spieltage …", "Nachrichtenarchiv 24.10.2007 07:07 Herzogin-…"
            "opening-labelled-stamp",
            compile_rule(
                rf"\A\s*[A-ZÄÖÜ][\w-]{{1,30}}[ \t]+(?P<when>{day}(?:[•|,–-][ \t]*)?"
                r"(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?)(?:[ \t]*Uhr)?[ \t]+(?=[A-ZÄÖÜ\d])"
            ),
            read_publication_line,
        ),
        Rule(  # or opening it in brackets: "(22.09.2023) Der Prozess …"
            "opening-bracket-date",
            compile_rule(rf"\A\s*\((?P<when>(?P<d>{DAY})\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{YEAR}))\)[ \t]"),
            read_publication_line,
        ),
        Rule(
            "dateline",
            compile_rule(
                r"(?m)^[A-ZÄÖÜ][A-Za-zÄÖÜäöüß .'-]+,\s+"
                rf"(?P<when>(?P<d>{DAY})\.\s*(?P<m>{mon}|(?:{short})(?=\s*[(/]))(?:\s+(?P<y>{YEAR}))?)\.?\s*"
                r"(?:\((?P<agency>[^()\n]{2,40})\)|/(?P<agency2>[^/\n]{2,30})/)"
            ),
            read_dateline,
        ),
        Rule(
            "release-dateline",
            compile_rule(
                # "(Berlin, 16. Februar 2010) Aufgrund …", a letter's "Berlin, den 5. Mai 2020."
                r"(?m)^\(?[A-ZÄÖÜ][\wäöüßÄÖÜ .'/-]{1,40}(?:,|\s\|)\s+(?:den\s+)?"
                rf"(?P<when>(?:{wd},\s+)?(?P<d>{DAY})\.\s*(?:(?P<m>{mon})|(?P<mo>[01]?\d)\.)\s*(?P<y>{YEAR}))"
                # then a dash, the line's end, or a full stop before a sentence ("München, 19.08.2017. 136 …")
                r"(?:\s*(?:–|—|-|\|)\s+(?=\S)|\.?[ \t]*\n|\.\s+(?=[A-ZÄÖÜ\d])|\)\s+(?=[A-ZÄÖÜ]))"
                r"|\((?:pts|ots|OTS|PTS)\d*/(?P<when2>(?P<d2>\d\d)\.(?P<mo2>\d\d)\.(?P<y2>\d{4})"
                r"(?:/(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?)\)"
            ),
            _read_release_dateline,
        ),
        Rule(  # the day in brackets after the place: "Graz (5. April 2025).- Am gestrigen Freitag …", "Wien (5. Mai
            # 2013): Mit schweren Hagelunwettern …" (a provincial press service's, an agency's release)
            "bracketed-release-dateline",
            compile_rule(
                r"(?m)^(?P<place>[A-ZÄÖÜ][\wäöüß.'/-]*(?:[ \t]+[A-ZÄÖÜ][\wäöüß.'/-]*){0,3})[ \t]+\("
                rf"(?P<when>(?:{wd},\s+)?(?P<d>{DAY})\.\s*(?:(?P<m>{mon})|(?P<mo>[01]?\d)\.)\s*(?P<y>{YEAR}))"
                r"\)[ \t]*(?:\.?[ \t]*[-–—]|:)[ \t]*(?=\S)"
            ),
            _read_bracketed_release_dateline,
        ),
        Rule(  # the day before the place: "03.01.2025, Bern - Beim Bundesratsfoto …"
            "release-dateline-day-first",
            compile_rule(
                rf"(?m)^(?P<when>(?P<d>{DAY})\.\s*(?:(?P<m>{mon})|(?P<mo>[01]?\d)\.)\s*(?P<y>{YEAR})),\s+"
                r"[A-ZÄÖÜ][\wäöüßÄÖÜ .'/-]{1,40}?\s+(?:–|—|-)\s+(?=\S)"
            ),
            _read_release_dateline,
        ),
        Rule(
            "byline",
            compile_rule(
                # "(APA, 29.7.2015)", "(mas, derStandard.at, 3.5.2011)": an author's sign before the outlet;
                # "(Aloysius Widmann, 7.7.2020)": an author's name, no agency
                # "(red, APA, DER STANDARD, 29.8.2014)": a list of signs and credits, the page's own outlet last
                r"\((?P<credits>(?:[A-Za-z][\w.-]{1,20}(?:[ \t]+[A-ZÄÖÜ][\w-]{1,15}){0,2},\s*){0,3})"
                r"(?P<agency>[A-Za-z][A-Za-z]{1,10}(?:/[A-Z][A-Za-z]{1,10})*(?:\.[a-z]{2,3})?"
                r"(?:[ \t]+[A-ZÄÖÜ][A-Za-zäöüßÄÖÜ-]{1,15}){0,2})"
                r"(?:,\s*|\s+)"
                r"(?P<when>(?P<d>[0-3]?\d)\.\s?(?P<mo>[01]?\d)\.\s?(?P<y>\d{4}|\d\d))(?:\s+[a-z]{1,4})?\)"
            ),
            read_byline,
        ),
    )


#: The issuer opening a release's first sentence: an article, then capitalised words (with "der", "für", …).
_ISSUER = re.compile(
    r"\s*(?:Der|Die|Das)\s+(?P<org>[A-ZÄÖÜ][\w.-]*(?:\s+(?:der|des|für|und|[A-ZÄÖÜ][\w.-]*)){0,6})"
    r"(?=\s*\(|\s+[a-zäöüß])"
)


#: The issuer standing alone after a release line's pipe, to the line's end.
_ISSUER_LINE = re.compile(
    r"[ \t]*(?P<org>[A-ZÄÖÜ][\w.-]*(?:[ \t]+(?:der|des|für|und|[A-ZÄÖÜ][\w.-]*)){0,6})[ \t]*(?:\n|\Z)"
)


def _read_bracketed_release_dateline(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A release's dateline with its day in brackets after the place ("Graz (5. April 2025).-"); a day's words
    before the brackets are no place ("Am Montag (5. April 2025): …")."""
    for word in m.group("place").lower().split():
        if word.rstrip(".") in lex.months or any(word.startswith(day) for day in lex.weekdays):
            return None
    return _read_release_dateline(m, lex)


def _read_release_dateline(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A press release's dateline: "Bern, 11.12.2015 - Der Bundesrat hat …", "Trier, 14. September 2020 | Die
    Arbeitsgemeinschaft …", "Wien (pts016/04.08.2003/11:10)". Its issuer is the subject its first sentence
    opens with, where one is named."""
    if opt(m, "when2"):
        group, month = "2", int(m.group("mo2"))
    else:
        group, month = "", month_number(lex, m.group("m")) if opt(m, "m") else int(m.group("mo"))
    if not 1 <= month <= 12:
        return None
    hour, minute = (int(m.group("hh")), int(m.group("mi"))) if opt(m, "hh") else (None, None)
    spec = Spec(year=int(m.group("y" + group)), month=month, day=int(m.group("d" + group)), hour=hour, minute=minute)
    issuer = _ISSUER.match(m.string, m.end(), min(len(m.string), m.end() + 200))
    if issuer is None:  # "Hannover, 30. Dezember 2004 | Pressestelle der EKD", or that name on the text's last line
        line = _ISSUER_LINE.match(m.string, m.end(), min(len(m.string), m.end() + 120))
        if line is not None and (m.group(0).rstrip().endswith("|") or not m.string[line.end() :].strip()):
            issuer = line
    start, end = m.span("when" + group)
    name = nominative(" ".join(issuer.group("org").split())) if issuer else ""
    return Timex(
        start, end, m.string[start:end], "point", first=spec, publisher=name or None, dateline=True, release=True
    )
