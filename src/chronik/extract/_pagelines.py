"""A page's own date lines: the short line that dates a page ("29.08.2018, 09:58 Uhr — Erstveröffentlichung",
"MDR SACHSEN | 29.03.2019", "Published: 7:14AM Tuesday September 13, 2011 Source: ONE News") is the report of
the outlet the line or the page's head names (its masthead, a source line, a known outlet alone on a line, the
agency of a dateline), else of the issuer :mod:`._issuer` finds; a ticker's entries that name no maker are that
source's too."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from .. import outlets
from ._bylines import LINE_END, bylined, labelled
from ._ownoutlet import own_outlet
from ._phrases import is_date_word
from ._publishers import common_word, known_outlet, medium_named, statement_named
from ._resolve import ZONE_ABBREVIATIONS
from ._signed import caps_place
from ._ticker import TICKER, entry_stamps, short_line_start, update_label
from ._types import Mention
from .lang import get, pool

#: What a page's own date line may hold besides its date: a place, a label, a number, a time, an outlet after a
#: bar ("Hilpoltstein:", "SENDETERMIN Mi., … | 05:30 Uhr | Das Erste", "Presseaussendung Nr: 335473 vom").
_LINE_WORD = re.compile(r"[^\s|—–:,()]+")


#: A dateline with its agency in brackets and no date: "Lugano (awp) -", "LAS CRUCES, N.M. (AP) —", "BERLIN
#: (dpa-AFX) –".
_WIRE_BRACKET = re.compile(r"(?m)^[A-ZÄÖÜ][\w./, -]{1,30}?\s+\((?P<name>[A-Za-z]{2,8}(?:-[A-Za-z]{2,5})?)\)\s+[-–—]")


#: A known agency credited after a dash at the very end of the text: "… by far. – XINHUA".
_CLOSING_CREDIT = re.compile(r"[.!?”\"][ \t]*[–—-][ \t]*(?P<name>[A-Za-z][\w.-]{1,20})[ \t]*\s*\Z")
#: A news dateline's place alone before the date that opens the text: "WINDHOEK, ", "LAS CRUCES, N.M., ".
_OPENING_PLACE = re.compile(r"\s*[A-Z][A-Z .'-]{1,30}(?:,[ \t]*[A-Z][\w.]{1,20})?,[ \t]*")
#: How far a page's head reaches: its masthead, date and source lines.
_HEAD = 400
#: An outlet's name on a page's line: up to four capitalised words ("MDR SACHSEN", "NDR Schleswig-Holstein").
#: A station's frequency is a word of its name ("NDR 90,3", "Radio 89,0 RTL").
_NAME = r"(?P<name>[A-ZÄÖÜ][\w.&'’-]*(?:[ \t]+[A-ZÄÖÜ0-9][\w.&'’-]*(?:(?<=\d),\d{1,2})?){0,3})"
#: A masthead: the name that opens a page before the bar of its date line ("MDR SACHSEN | 29.03.2019 Ticker: …",
#: "Tribune-Review" on the line above "| Tuesday, November 3, 2020 7:06 a.m.").
_MASTHEAD = re.compile(rf"\s*{_NAME}[ \t]*\n?[ \t]*\|[^|\n]{{0,30}}?\d")
#: The same name before the bar that ends what stands before a date on its line ("MDR SACHSEN | ").
_BEFORE_BAR = re.compile(rf"\s*{_NAME}[ \t]*\|[ \t]*")


def page_source(text: str, language: str) -> str | None:
    """The source a page names as its own: "(Quelle: Donaukurier)", a known agency credited after a dash at its
    very end ("… – XINHUA"), or the agency of a dateline without a date ("Lugano (awp) -" -> "AWP")."""
    pattern = get(language).page_source
    m = next((found for found in (pattern.finditer(text) if pattern is not None else ()) if _credits(found)), None)
    if (
        m is None
        and (closing := _CLOSING_CREDIT.search(text[-60:])) is not None
        and outlets.known(closing.group("name"))
    ):
        return known_outlet(closing.group("name"))  # "… by far. – XINHUA"
    if m is None:
        m = _WIRE_BRACKET.search(text)
        if m is None:  # a line that is a known outlet's name alone ("The Associated Press" above "Published …")
            line = next((x.strip() for x in text[:_HEAD].split("\n") if x.strip() and outlets.known(x.strip())), None)
            if line is None and (masthead := _MASTHEAD.match(text)) is not None:
                # "MDR SACHSEN | 29.03.2019", "Tribune-Review" over "| Tuesday, …"; not a place ("Hamburg | …")
                return medium_named(masthead.group("name"), language)
            return known_outlet(line) if line else None
        name = m.group("name")
        return known_outlet(name) if outlets.known(name) else name.upper() if name.islower() else name
    found = m.group("name") or m.groupdict().get("credit") or m.groupdict().get("line") or m.groupdict().get("by")
    return known_outlet((found or "").strip())


#: The words a picture's credit ends with ("Frank Muster/dpa/Archivbild", "picture alliance/Symbolbild").
_PICTURE_WORDS = frozenset(
    ("archivbild", "symbolbild", "foto", "archiv", "archivfoto", "symbolfoto")
)  # not "Bild", a paper


def _credits(found: re.Match[str]) -> bool:
    """Does a source the page names credit the page? A source line only in the page's head or as its last
    line (elsewhere it is a chart's or a table's), a byline only in the head and only of a known outlet ("By
    Press Association", not a reporter's name)."""
    groups = found.groupdict()
    named = next((g for g in (groups.get(k) for k in ("name", "credit", "line", "by")) if g), "")
    if "/" in named and {p.strip().lower() for p in named.split("/")} & _PICTURE_WORDS:
        return False  # "Quelle: Frank Muster/dpa/Archivbild": a picture's credit, not the page's source
    head = found.start() < _HEAD
    if groups.get("by"):  # in the head, or on the line right above the page's date line ("von dpa\n\n28. Januar …")
        above = re.match(r"[ \t]*\n\s*\d", found.string[found.end() : found.end() + 12]) is not None
        return (head or above) and outlets.known(groups["by"].strip()) is not None
    return not groups.get("line") or head or not found.string[found.end() :].strip()


#: An outlet's credit after a bar, right before an item's closing date: "| NDR Schleswig-Holstein 15.05.2023".
#: "| MDR Aktuell | 15. Mai 2020 | 17:45 Uhr" too, and a label before the name: "| Sendedatum NDR 90,3: 22.06.2021".
_BAR_CREDIT = re.compile(rf"\|[ \t]*{_NAME}[ \t,:]*\|?[ \t]*$")
#: A sentence's end right before a date, maybe with a bar after it ("… davonfliegen. | 11.04.2021 17:32").
_AFTER_SENTENCE = re.compile(
    r"[.!?][“”\"»«]?[ \t]+(?:\|[ \t]+|[A-ZÄÖÜ][\w'’-]+[ \t]+[A-ZÄÖÜ][\w'’-]+[ \t]+)?$"
)  # a bar, or an author's two names ("… profitieren. Karin Erni 05.08.2020"), but not both: "| NDR Kultur" credits


def _zone(word: str) -> bool:
    """Is ``word`` a time zone's abbreviation ("GMT", "CEST", "IST", "AEDT")?"""
    return word in ZONE_ABBREVIATIONS or re.fullmatch(r"[A-Z]{1,4}T", word) is not None


def page_lines(
    text: str,
    mentions: list[Mention],
    dct: date | None,
    language: str,
    source_name: str | None = None,
    credited: str | None = None,
) -> tuple[list[Mention], set[int]]:
    """A short line of its own that gives the text's own day ("29.08.2018, 09:58 Uhr — Erstveröffentlichung",
    "SENDETERMIN Mi., 08.12.21 | 05:30 Uhr | Das Erste") dates the page: a report, the outlet's where a bar sets
    one apart after the date or the author's whose name alone follows it ("10/4/2021 6:26:23 AM   Julia Muster"),
    else the issuer's (:func:`issuers`). Only a day the creation date confirms: a short
    line with another day is an agenda's ("Wann: Donnerstag, 08. Dezember 2016 11:00 Uhr"). Returns the mentions
    and where those lines' dates start. ``source_name``: the page's source, found once by the caller: the outlet
    that published it where the caller knows it (``chronik extract --publisher``), else the one the page credits
    (:func:`page_source`); the outlet the page speaks of as itself comes after it. ``credited``: the source the page
    credits, which a dateline opening the text is the report of even where the caller names the page's outlet (an
    agency's item on a paper's page: "IPOH, Aug 10 — …" with "(Bernama)" in it)."""
    if dct is None:
        return mentions, set()
    day = dct.isoformat()
    out, own = mentions, set()
    # found once, where a line needs them: the page's named source, the outlet it speaks of as itself
    named_self = cache(lambda: own_outlet(text, language))  # :mod:`._ownoutlet`
    entries = entry_stamps(text, mentions, day)
    line_end, line_outlet = -1, None  # the end of the page's own date line last found, and its outlet
    for index, mention in enumerate(mentions):
        if (
            mention.start < line_end
            and mention.value
            and (mention.value[:10] == day or labelled(text, mention.start))  # "|Updated: Jun. 30" on Jun. 29's line
            and not mention.publisher
        ):
            out = out if out is not mentions else list(mentions)  # "… 1:28 PM | Updated: 3:03 pm": its update
            out[index] = replace(mention, kind="report", publisher=line_outlet)
            if line_outlet is None:
                own.add(mention.start)
            continue
        if (
            mention.kind == "report"
            and not mention.publisher
            and mention.start < 60
            and _OPENING_PLACE.fullmatch(text, 0, mention.start)
            and (credited or source_name) is not None  # "WINDHOEK, March 8 — …" with "– XINHUA" at its end
        ):
            out = out if out is not mentions else list(mentions)
            out[index] = replace(mention, publisher=credited or source_name)  # the agency's dateline
            continue
        closing = (  # "… gewehrt haben. 25.08.2022, 10.32 Uhr" ending the lead, maybe after its author's name
            mention.value is not None  # ("… profitieren. Karin Erni 05.08.2020, 05.00 Uhr"): the page's stamp
            and mention.value[:10] == day
            and "T" in mention.value
            and _AFTER_SENTENCE.search(text, max(0, mention.start - 60), mention.start) is not None
            and LINE_END.match(text, mention.end) is not None
        )
        # "… ein zweistelliges Wachstum. (27.8.17)": the item's day in brackets closing the text
        closing = closing or (
            mention.value is not None
            and mention.value[:10] == day
            and text[mention.start - 1 : mention.start] == "("
            and _BRACKET_CLOSES_TEXT.fullmatch(text, mention.end) is not None
        )
        if (index in entries or closing or _bracketed_update(text, mention)) and not mention.publisher:
            out = out if out is not mentions else list(mentions)
            out[index] = replace(mention, kind="report", publisher=source_name)  # "von dpa" over it: the source's
            if source_name is None:
                own.add(mention.start)  # the page's, as its own date line is (:func:`issuers`)
            continue
        if mention.kind == "event" and not mention.publisher and bylined(text, mention):
            # "By admin at 11:32 pm on Friday, June 29, 2012": a byline and its day on a line dates the page
            out = out if out is not mentions else list(mentions)
            out[index] = replace(mention, kind="report", publisher=source_name)
            if source_name is None:
                own.add(mention.start)
            continue
        credit = _BAR_CREDIT.search(text, max(0, mention.start - 60), mention.start) if mention.value else None
        if credit is not None and LINE_END.match(text, mention.end):
            name = _labelled_medium(credit.group("name"), language)  # "… sagte eine Sprecherin. | NDR Kultur
            if name is not None:  # 15.05.2023 13:00 Uhr": an item's credit line, whatever the item's day
                out = out if out is not mentions else list(mentions)
                out[index] = replace(mention, kind="report", publisher=name)
                continue
        by = _BY_LINE.match(text, mention.end) if mention.value and not mention.publisher else None
        opener = short_line_start(text, mention.start, _OPENER_REACH) if by is not None else None
        if by is not None and opener is not None and _LINE_OPENER.fullmatch(text, opener, mention.start):
            # "am 8. März 2021 um 15:42 von Polizei Oberösterreich – Presse (…)": a feed's line names its issuer; its
            # opener is looked for a short way back only
            out = out if out is not mentions else list(mentions)
            out[index] = replace(mention, kind="report", publisher=by.group("name"))
            continue
        if mention.basis.startswith(TICKER) and not mention.publisher:
            # a ticker's entry that names no maker is the page's source's, whatever its day
            maker = source_name or named_self()
            if maker is not None:
                out = out if out is not mentions else list(mentions)
                out[index] = replace(mention, publisher=maker)
                continue
        if source_name is not None and mention.publisher and _signed_by(text, mention):
            # "Antje Muster 11.04.2018 - 19:52 Uhr": its author signs the page's line; the page is its outlet's
            out = out if out is not mentions else list(mentions)
            out[index] = replace(mention, publisher=source_name)
            continue
        if mention.publisher or not mention.value or "/" in mention.value:
            continue  # a line's date that is already a named report ("Presseinformationen, 06.07.2018" is not)
        if mention.value[:10] != day and not (
            mention.value[:10] < day and (labelled(text, mention.start) or _update_opens(text, mention.start))
        ):
            continue  # another day's, unless the page's first stamp ("Published: Jun. 29 …|Updated: Jun. 30 …") or
            # an earlier update's opening its entry ("Update vom 26.08.2020, 7.59 Uhr: …" on a page of the 31st)
        if not any(c.isdigit() for c in mention.surface):
            continue  # a page dates itself in digits, not "heute" or "einen Tag vor …"
        start = text.rfind("\n", max(0, mention.start - 80), mention.start)
        end = text.find("\n", mention.end, mention.end + 80)
        opens = _OPENS_PARAGRAPH.match(text, mention.end) or (
            _NUMERIC.fullmatch(mention.surface) and _NEXT_SENTENCE.match(text, mention.end)
        )
        label = _update().fullmatch(text, start + 1, mention.start)
        # "Update 14.32 Uhr: …", "Updated: March 23, 8:05 a.m. Only at …": an update's stamp opens its entry
        update = label is not None and (label.group("colon") is not None or _CLOSING_COLON.match(text, mention.end))
        if (
            (opens and not text[start + 1 : mention.start].strip())
            or update
            or (
                (end < 0 or end - mention.end > 60) and _opens_page(text, mention)  # not "… | dpa": a short line
            )
        ):
            # "27. März 2013. Wie das Schauspiel mitteilt, …", "12.04.2024 Zwei Tage vor der Wahl hat …": the page's
            # day opens its paragraph
            end = mention.end
        if (start < 0 and mention.start > 80) or (end < 0 and len(text) - mention.end > 80):
            continue  # no line of its own
        before, after = text[start + 1 : mention.start], text[mention.end : end if end >= 0 else len(text)]
        # what the line holds besides dates and times ("PUBLISHED: 14:32 11 March 2020 | UPDATED: 14:32 …")
        rest = [  # neither a date's nor a time's words ("Last updated: 14:38 06 Nov 2017 GMT, First published: …")
            w
            for w in _LINE_WORD.findall(_ADDRESS.sub(" ", before + " " + after))  # a site's address names the page
            if not any(c.isdigit() for c in w)
            and any(c.isalpha() for c in w)  # not a separator: "nd-aktuell.de / 23.10.2007 / Wirtschaft / Seite 11"
            and not _zone(w)
            and not is_date_word(w, language)
            and w.lower() not in pool().no_publisher  # a page's labels: "updated", "published", "Stand"
        ]
        masthead = _BEFORE_BAR.fullmatch(before)
        masthead_name = medium_named(masthead.group("name"), language) if masthead is not None else None
        # "by RNZ / 15 March, 2019", "13.05.2021, 15:22 Uhr | dpa", "29 October,2022 03:46 PM IST | Kolkata | PTI":
        # a known outlet the line names among its parts
        masthead_name = masthead_name or _known_on_line(before + " | " + after)
        names_only = all(w[:1].isupper() or w in pool().hyphen_joiners for w in rest)  # "Von A, B und C", a byline
        if (
            masthead_name is None
            and not names_only
            and (len(rest) > 6 or sum(1 for w in rest if w.islower() and len(w) > 3) > 1)
            and not labelled(text, mention.start)  # "Posted by on Jan 10, 2011 in Breaking News, Law | 0 comments"
        ):
            continue  # a masthead's line may go on with a headline ("MDR SACHSEN | 29.03.2019 Ticker: …")
        if masthead_name is None and len(rest) > 2 and after.rstrip().endswith("."):
            continue  # a short sentence, no line of a page
        # after a bar or a spaced dash: "| Das Erste", "Stand: 23.04.2020 19:49 Uhr - NDR 1 Welle Nord"
        bars = [part.strip() for part in _SEPARATOR.split(after)[1:]] or [after.strip()]  # "6:26:23 AM   Julia Muster"
        outlet = next(
            (
                p
                for p in reversed(bars)
                if _OUTLET_AFTER_BAR.fullmatch(p)
                and not (_zone(p) or _label(p) or statement_named(p, language) or _PAGE_NUMBER.fullmatch(p))
            ),
            None,
        )  # not the zone of the line's time ("07:53 GMT", "11:24 PM IST"), a label ("| Views") nor what the text is
        # ("Medienmitteilung")
        if outlet is None:
            outlet = masthead_name
        if outlet is None and end >= 0:  # "2019-11-14T19:08:34+01:00\nHITRADIO RT1 Augsburg": the credit below
            below = _NEXT_LINE.match(text, end)
            outlet = medium_named(below.group("name"), language) if below is not None else None
        if outlet is None:
            outlet = _line_source(before, language)  # "Ostbayern in 100 Sekunden vom 12. April 2017"
        if outlet is None:
            outlet = _medium_before(before, language)  # "Regionaljournal Aargau, 22.4.2022, 12 Uhr;"
        first, _, named = (outlet or "").partition(" ")
        if outlet is not None and first.lower() in pool().byline_words and named[:1].isupper():
            # "By Khaama Press" names an outlet, "By Jane Muster" an author
            outlet = medium_named(named, language)
        if outlet is not None and " " not in outlet and caps_place(outlet):
            outlet = None  # "… IST - TIRUCHI": the dateline's place
        if outlet is None:
            outlet = source_name or named_self()  # the page's named source, else the outlet it names as itself
        out = out if out is not mentions else list(mentions)
        out[index] = replace(mention, kind="report", publisher=outlet)
        if outlet is None:
            own.add(mention.start)
        line_end, line_outlet = (end if end >= 0 else len(text)), outlet
    return out, own


def _opens_page(text: str, mention: Mention) -> bool:
    """Does a full date open the page's text, maybe below its headline, whatever follows it on its line ("21.09.2021
    | Sachsen-Anhalt am Morgen …", "#166 21.09.2018 INNERES Moorbrand …", "10.11.2017 - Hans Muster wird …")? The
    page's stamp, glued to what a copy of the page put after it; not a date that opens a sentence ("12. Mai 2017
    war ein Freitag")."""
    if mention.value is None or len(mention.value) < 10 or not re.search(r"\d{4}|\d[./]\d\d$", mention.surface):
        return False  # a day with its year ("21.09.2018", "28/08/14", "7. Januar 2016"), not "Montag"
    line_start = text.rfind("\n", max(0, mention.start - 400), mention.start) + 1
    if line_start > 200 or (line_start == 0 and mention.start >= 400):
        return False  # the head only: a long text's later dates cost nothing here
    above = [line for line in text[:line_start].split("\n") if line.strip()]
    if not _PAGE_MARK.fullmatch(text, line_start, mention.start) or len(above) > 1:
        return False  # a headline at most above the stamp's line, a number mark or a dateline's place before it
    return _GLUED.match(text, mention.end) is not None


#: What may stand before a page's stamp on its line: a number mark ("#166"), a dateline's place and its comma
#: ("Baden-Baden, "), blanks, an opening bracket.
_PAGE_MARK = re.compile(r"[ \t]*(?:#\d+|[A-ZÄÖÜ][\w.-]+(?:[ \t/][A-ZÄÖÜ][\w.-]+){0,2},)?[ \t(]*")
#: What a copy glued to a page's stamp: a separator, a comma before a capital, a bracket, a capitalised word, a time
#: ("um 10:33").
_GLUED = re.compile(r"[ \t]*(?:[|/–—-]|,(?=[ \t]*[\dA-ZÄÖÜ])|\(|\)|[A-ZÄÖÜ]|(?:um|at)?[ \t]*\d{1,2}[:.]\d\d|\n|\Z)")


#: A short line right below a page's stamp, the text's last: an outlet's credit ("HITRADIO RT1 Augsburg").
_NEXT_LINE = re.compile(r"\n[ \t]*(?P<name>[A-ZÄÖÜ][\w.&'’-]*(?:[ \t]+[\w.&'’-]+){0,3})[ \t]*\s*\Z")


def _label(name: str) -> bool:
    """A page's label after a bar rather than its outlet: one word written like a noun that no data file knows as
    an outlet ("| Views", "| Politik", "| Lokales") or a section's name ("| Local News"); "| Das Erste", "| NDR" and
    "| Bulawayo24" may be outlets."""
    return (common_word(name) or name.lower() in pool().section_labels) and outlets.known(name) is None


#: The parts of a page's line: what bars, slashes, colons, commas and spaced dashes set apart.
_LINE_PARTS = re.compile(r"[|/:,]|[ \t][-–—][ \t]")


def _known_on_line(line: str) -> str | None:
    """A known outlet that is a part of a page's line by itself, or the end of one after a word in small
    letters ("by RNZ"): its canonical name. Initials in any case ("dpa"), never a common word alone ("Welt"). Of
    a list of credits the last is the page's own outlet, after its sources ("| AFP, dpa, t-online")."""
    found = None
    for part in _LINE_PARTS.split(line):
        words = part.split()
        if len(words) > 1 and words[0].islower() and outlets.known(" ".join(words)) is None:
            words.pop(0)  # "by RNZ", "von dpa"
        name = " ".join(words)
        if name and outlets.known(name) is not None and (" " in name or not name.istitle()):
            found = known_outlet(name)  # not one word that may be a label or a noun ("Zeit:", "Welt")
    return found


def _signed_by(text: str, mention: Mention) -> bool:
    """Does a person's name alone sign ``mention``'s line, before or after its date ("Antje Muster 11.04.2018 -
    19:52 Uhr", "10/4/2021 6:26:23 AM   Julia Muster")?"""
    name = mention.publisher or ""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    line = f"{text[start : mention.start]} {text[mention.end : end if end >= 0 else len(text)]}"
    return (
        line.strip(" \t-–—|,") == name
        and _PERSON_SIGNS.fullmatch(name) is not None
        and not pool().organisation_words & set(name.split())
        and outlets.known(name) is None
    )


#: A person's name as it signs a line: two to four capitalised words ("Antje Kanzler", not "Polizei").
_PERSON_SIGNS = re.compile(r"[A-ZÄÖÜ][\w'’.-]+(?:[ \t]+[A-ZÄÖÜ][\w'’.-]+){1,3}")


def _line_source(before: str, language: str) -> str | None:
    """The source a page's line names before its date ("Aus den Kieler Nachrichten vom "): not what the text is
    ("Update vom", "Pressemitteilung vom") nor a word alone written as a noun ("Die Beschlüsse vom")."""
    pattern = get(language).line_source
    m = pattern.fullmatch(before) if pattern is not None else None
    if m is None:
        return None
    words = m.group("name").split()
    while words and words[0].lower() in pool().articles:
        words.pop(0)  # "The Independent", "Die Beschlüsse"
    # "Landeskorrespondenz Nr. 279", "Pressemitteilung 19": the series and its number
    name = re.sub(r"[ \t]+(?:[A-Za-z]{1,6}\.[ \t]*)?\d+$", "", " ".join(words))
    if not name or statement_named(name, language) or _label(name):
        return None
    return known_outlet(name)


def _labelled_medium(name: str, language: str) -> str | None:
    """An outlet a credit names, maybe after a label word ("Sendedatum NDR 90,3" -> "NDR 90,3"), as
    :func:`._publishers.medium_named` names it."""
    medium = medium_named(name, language)
    first, _, rest = name.partition(" ")
    if medium is None and rest and first[1:].islower():
        medium = medium_named(rest.strip(), language)
    return medium


def _medium_before(before: str, language: str) -> str | None:
    """A programme or outlet named before a page line's date ("Regionaljournal Aargau, 22.4.2022"): a known outlet,
    or a name with a medium's noun at the end of a word ("Regionaljournal", "Radio"), maybe after a label ("Sendung:
    BR24 Nachrichten, 22.08.2023"); a place is none ("Berlin,")."""
    name = before.strip().rstrip(",:;|–—-").strip()  # "Tribune-Review | Tuesday, November 3, 2020"
    label = _LABEL_BEFORE.match(name)
    if label is not None:  # "Sendung: BR24 Nachrichten": the outlet after its label
        name = name[label.end() :]
    if before.rstrip().endswith(":") and " " not in name and name.istitle():
        return None  # a label: "Zeit: 28.11.2016, 07.30 Uhr"
    if _OUTLET_AFTER_BAR.fullmatch(name):
        return medium_named(name, language)
    first = name.split(",", 1)[0].strip()  # "ORF-Radio Vorarlberg, Landesrundschau von 07.30 Uhr": a programme
    return medium_named(first, language) if first != name and _OUTLET_AFTER_BAR.fullmatch(first) else None


#: A label word and its colon before an outlet's name on a page's line: "Sendung: ", "Source: ".
_LABEL_BEFORE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+:[ \t]+(?=[A-ZÄÖÜ0-9])")
#: What sets an outlet apart on a page's line: a bar or a dash between blanks.
_SEPARATOR = re.compile(r"\||[ \t][-–—][ \t]")
#: A full stop and a new sentence right after a date that opens its paragraph.
_OPENS_PARAGRAPH = re.compile(r"[.:][ \t]+(?=[A-ZÄÖÜ])")  # "30.03.2023, 17.05 Uhr: Am Donnerstag tagte …"
#: A line's issuer after its date, and nothing after it but a label after a dash and what brackets hold ("… von
#: Polizei Oberösterreich – Presse (Polizei Oberösterreich – Presse)", "… by City of Muster").
_BY_LINE = re.compile(
    r"[ \t]+(?:von|by)[ \t]+(?P<name>[A-ZÄÖÜ][\w.&'’-]*(?:[ \t]+[A-ZÄÖÜ][\w.&'’-]*){0,4})"
    r"(?:[ \t]+[–—-][ \t]+[\w .&'’-]{1,30})?[ \t]*(?:\([^()\n]{0,80}\))?[ \t]*(?:\n|\Z)"
)
#: What may open the line of such a date: blanks, and "am" or "on".
_LINE_OPENER = re.compile(r"[ \t]*(?:(?i:am|on)[ \t]+)?")
#: How far back the line of a date is looked for where only a short opener or label may stand before it.
_OPENER_REACH = 40


def _update_opens(text: str, start: int) -> bool:
    """Does an update's label open the line of the stamp at ``start`` ("Update vom 26.08.2020, 7.59 Uhr: …")?"""
    line = short_line_start(text, start, _OPENER_REACH)
    return line is not None and _update().fullmatch(text, line, start) is not None


def _bracketed_update(text: str, mention: Mention) -> bool:
    """An update's stamp in brackets after what it updates: "… meldet einen Vormarsch (Update vom 22. März, 9.38
    Uhr)." - the page's report, as a stamp opening its entry is."""
    opening = text.rfind("(", max(0, mention.start - 30), mention.start)
    return (
        opening >= 0
        and text.startswith(")", mention.end)
        and _update().fullmatch(text, opening + 1, mention.start) is not None
    )


@cache
def _update() -> re.Pattern[str]:
    """A page's label for an update before its stamp and the entry ("Update vom 30. November 2019, 14.25 Uhr: …",
    "Berichtigung (26.04.2018 – 21:13 Uhr): …")."""
    return re.compile(rf"[ \t]*(?i:{update_label()})(?:[ \t]+(?:vom|am|on)|(?P<colon>[ \t]*:)|[ \t]*\()?[ \t]*")


#: A colon after an update's stamp, maybe after its bracket: "Berichtigung (26.04.2018 – 21:13 Uhr): …".
_CLOSING_COLON = re.compile(r"\)?[ \t]*:")
#: A date in digits alone ("12.04.2024"), and a sentence right after it on its line, no full stop between.
_NUMERIC = re.compile(r"[\d./:-]+")
_BRACKET_CLOSES_TEXT = re.compile(r"\)\s*")
#: A site's address on a page's line: "(First published on http://www.muster.com on 13th February 2019)".
_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b/?")
_NEXT_SENTENCE = re.compile(r"[ \t]+(?=[A-ZÄÖÜ][a-zäöüß])")

#: A print page's number after a page's date ("Thu, Dec 27, 2012 - Page 6", "| Seite 3"): no outlet.
_PAGE_NUMBER = re.compile(r"(?:Page|Seite|S\.|p\.|P\.)[ \t]*[A-Z]?\d{1,3}")
_OUTLET_AFTER_BAR = re.compile(r"[A-ZÄÖÜ][\w.&'’-]*(?:\s+[A-ZÄÖÜ0-9][\w.&'’-]*){0,3}")
