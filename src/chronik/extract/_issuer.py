"""The issuer of a press release whose date line names none ("Hamburg | Donnerstag, 7. Februar 2019",
"NEW YORK, April 30, 2018 /CNW/ -"): the organisation the release names most often.

A release speaks of its issuer again and again ("Aurubis prüft …", "kommentiert …, Vorstandsvorsitzender der
Aurubis AG", "gab Aurubis bekannt"), while others it names come up once or twice. The candidates are the
names a text marks as organisations in any language: a name with its legal form ("Aurubis AG",
"Brainstudio Informationsservices GmbH", "Libbey Inc."), a one-word name someone speaks for ("UNICEF
Executive Director", "Greenpeace Energie-Experte"), a name whose head is an organisation's word ("Amnesty
International", "Melrose Police Department", "Max-Planck-Institut für evolutionäre Anthropologie"; counted
with the short form the text defines for it, "(INDECOM)"), and the one-word makers of the text's other reports.
The one named most often, at least twice, is the issuer, in the fullest form the text gives (with its legal
form where the text has one) - unless the sentence after the date line opens with a name the text gives again
("Swiss Ice Hockey hat am Mittwoch …"): a release names its issuer first. Without such a name the date line
stays a report without a publisher: the text does not say whose. It is a guess from the text's own words, so it
is made only where a date line says the text is a release or a page of its own, or a line calls itself one
("Pressemitteilung 06. Dezember 2016"). Other candidates: a body before a compound's role ("NABU-Experte") and
an organisation's word before its place ("Hochschule Albstadt-Sigmaringen").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache

from ._bodynames import named_by_compound, named_by_head, organisation_word
from ._carried import RELEASE_HEAD, carried, release_title
from ._kinds import kind_referent
from ._language import words
from ._linereaders import PR_WIRES
from ._phrases import any_date_word
from ._scan import Timex
from ._sentences import Span
from ._types import Mention
from .lang import get, pool

#: Legal forms of companies and associations, as written after their names.
_LEGAL_FORM = (
    r"(?:AG|GmbH|gGmbH|mbH|SE|KG|KGaA|OHG|e\.\s?V\.|eG|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|LLP|plc|PLC"
    r"|Corp\.?|Corporation|S\.A\.|N\.V\.|B\.V\.|A/S|ASA|Oyj|S\.p\.A\.)"
)
_NAME_WORD = r"[A-ZÄÖÜ][\w.&'’-]*"
#: A name and its legal form: "Aurubis AG", "Wieland-Werke AG", "Marketagent.com online reSEARCH GmbH".
#: A name written in lower case, as some brands are ("thyssenkrupp", "foodwatch"): no adjective's ending.
LOWER_NAME = r"[a-z][a-z0-9]{3,}[b-df-hj-lpqt-z0-9]"
_WITH_FORM = re.compile(
    rf"(?<![\w-])(?P<core>(?:{_NAME_WORD}|{LOWER_NAME}(?=,?\s+{_LEGAL_FORM}(?![\w])))"
    rf"(?:\s+(?:{_NAME_WORD}|&|und|and|of|für|online)){{0,4}}?)"
    rf",?\s+(?P<form>{_LEGAL_FORM})(?![\w])"
)
#: A name before a compound's role: "NABU-Artenschutzexperte", "EVG-Sprecher".
_COMPOUND_ROLE = re.compile(r"(?<![\w-])(?P<name>[A-ZÄÖÜ][A-Za-zäöüß0-9&]{1,})-(?P<tail>[A-ZÄÖÜ][\wäöüß]+)(?![\w-])")
#: A one-word name someone may speak for: an acronym ("UNICEF", "NCCI") or a capitalised word ("Greenpeace").
_SPEAKER = re.compile(r"(?<![\w-])[A-ZÄÖÜ][A-Za-zäöüß0-9&]{2,}(?![\w-])")
#: A capitalised word right before a name, itself after a word in lower case: the name is a longer one's last part.
_IN_A_NAME = re.compile(r"(?<![\w-])[a-zäöü][\w-]*[ \t]+[A-ZÄÖÜ][\w.-]*[ \t]+$")
#: Acronyms that name no organisation.
_NOT_ORGANISATIONS = words(
    "CEO CFO COO CTO USA UAE GMT UTC CET CEST MEZ MESZ EST EDT PST PDT BST ISBN URL PDF FAQ NYSE NASDAQ TSX DAX "
    "MDAX SDAX ETF IPO GDP BIP COVID SARS HIV AIDS DNA RNA PCR USD EUR GBP CHF JPY CNY TV PR LTD INC GMBH"
)


_WORD = re.compile(r"(?<![\w-])[\w.&'’-]*\w")


def _legal(text: str) -> list[tuple[int, str, str]]:
    """Where ``text`` names something with its legal form: (offset, first word, name), in text order; a noun for
    the kind of organisation before one is no part of it ("Marktforschungsinstitut Brainstudio
    Informationsservices GmbH")."""
    pooled = pool()
    leading = pooled.articles | pooled.pronouns
    found = []
    for m in _WITH_FORM.finditer(text):
        core = m.group("core").split()
        while len(core) > 1 and (
            core[0].lower() in leading
            or core[0].lower().endswith(pooled.title_endings)
            or core[0].lower().endswith(pooled.organisation_kinds)
        ):
            core.pop(0)  # "Die Aurubis AG"
        found.append((m.start(), core[0], " ".join(core) + " " + m.group("form").rstrip(".")))
    return found


def legal_names(found: list[tuple[int, str, str]]) -> dict[str, str]:
    """The names found with their legal form (:func:`_legal`), by their first word ("Aurubis": "Aurubis AG"),
    each in the fullest form found."""
    fullest: dict[str, str] = {}
    for _, key, name in found:
        if len(name) > len(fullest.get(key, "")):
            fullest[key] = name
    return fullest


#: A run of capitalised words, joined by "of", "für" and the like, one lower-case adjective allowed after a joiner
#: ("Max-Planck-Institut für evolutionäre Anthropologie").
_ORGANISATION = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:(?:of|for|für|der|des|de|and|und|&)[ \t]+(?:[a-zäöü]+e[nrs]?[ \t]+)?)?"
    rf"{_NAME_WORD}){{0,6}}"
)
_SHORT_FORM = re.compile(r"\s*\(([A-ZÄÖÜ][A-ZÄÖÜa-z]{1,9})\)")
_OF = frozenset(("of", "for", "für", "der", "des", "de"))
#: Up to two capitalised words after a name, the last of them maybe a role ("UNICEF Executive Director").
_ROLE_AFTER = re.compile(r"(?:'s|’s|[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?|[ \t]+[a-z]+)")  # on the name's line


#: A one-word name after a compound noun of its kind: "Die Verbraucherorganisation foodwatch", "der
#: Umweltorganisation Greenpeace", "the rights group Amnesty" (a name in lower case only with no verb's ending).
@cache
def _after_kind() -> re.Pattern[str]:
    kinds = "|".join(re.escape(kind) for kind in pool().organisation_kinds)
    return re.compile(rf"(?<![\w-])(?i:\w*(?:{kinds}))\s+(?P<name>[A-ZÄÖÜ][\w&-]{{2,}}|{LOWER_NAME}(?<!t))(?![\w-])")


def _speaks(text: str, end: int, roles: tuple[str, ...]) -> bool:
    """Does someone speak for the name ending at ``end``: a role or its possessive right after it ("UNICEF
    Executive Director", "Greenpeace Energie-Experte", "NCCI's members"), not a thing named by it ("the ACD
    Summit")?"""
    m = _ROLE_AFTER.match(text, end)
    if m is None:
        return False
    if m.group(0) in ("'s", "’s"):  # "NCCI's members"; a country's name is no acronym ("Qatar's")
        return text[end - 2 : end].isupper()
    return any(word.lower().endswith(roles) for word in m.group(0).split())


#: The capitalised word after a name: where it is a portfolio, the name is a nation's ("Malaysian Foreign Minister").
_BEFORE_PORTFOLIO = re.compile(r"[ \t]+(?P<word>[A-Z]\w+)")


def release_issuer(text: str, mentions: list[Mention], skip: list[tuple[int, int]]) -> str | None:
    """The organisation ``text`` names most often (at least twice), in its fullest form; ``skip`` lists the
    date lines' own spans of text, whose capitals ("NEW YORK and JUBA") name no issuer."""
    parts, at = [], 0
    for start, end in sorted(skip):
        start = max(start, at)
        parts += [text[at:start], " " * max(0, end - start)]
        at = max(at, end)
    body = "".join([*parts, text[at:]])
    pooled = pool()
    fullest = legal_names(_legal(body))  # per distinctive word, the fullest name the text gives with it
    for m in _SPEAKER.finditer(body):
        if m.group(0).lower() in pooled.articles or m.group(0).lower() in pooled.stop_words:
            continue  # "Der Generalstaatsanwalt": an article before a role
        after = _BEFORE_PORTFOLIO.match(body, m.end())
        word = m.group(0)
        if word in pooled.portfolios or word in pooled.ranks or (after and after.group("word") in pooled.portfolios):
            continue  # "Foreign Minister", "First Minister", "the Malaysian Foreign Minister": no organisation
        if _IN_A_NAME.search(body, max(0, m.start() - 40), m.start()):
            continue  # "a San Francisco judge": the last word of a longer name (a place's) is no organisation
        if m.group(0) not in _NOT_ORGANISATIONS and _speaks(body, m.end(), pooled.title_endings):
            fullest.setdefault(m.group(0), m.group(0))
    for m in _COMPOUND_ROLE.finditer(body):  # "NABU-Artenschutzexperte", "EVG-Sprecher": the body a role is of
        if (
            m.group("name") not in _NOT_ORGANISATIONS
            and m.group("name") not in pooled.ranks  # "Vice-President": a rank, no body
            and m.group("tail").lower().endswith(pooled.title_endings)
        ):
            fullest.setdefault(m.group("name"), m.group("name"))
    for m in _after_kind().finditer(body):  # "Die Verbraucherorganisation foodwatch", "Umweltorganisation Greenpeace"
        fullest.setdefault(m.group("name"), m.group("name"))
    aliases: dict[str, str] = {}  # per name's first word, the short form the text defines for it
    roles = pooled.role_nouns
    for m in _ORGANISATION.finditer(body):  # "Amnesty International", "Max-Planck-Institut für … Anthropologie"
        name = m.group(0).split()
        ends = [i for i, word in enumerate(name[:-1]) if word.endswith(".") and len(word) > 4]
        name = name[: ends[0] + 1] if ends else name  # "Court of Appeal. This": a sentence ends there
        name[-1:] = [name[-1].rstrip(".")] if len(name[-1]) > 4 else name[-1:]
        while name and (name[0].lower() in pooled.articles or name[0].lower() in pooled.stop_words):
            name.pop(0)
        head = [i for i, word in enumerate(name) if word.split("-")[-1] in pooled.organisation_words]
        # the organisation's own word is its last, or comes before "of"/"für" and what it is of ("Ministry of
        # Foreign Affairs"): "Police Chief Michael Lyle" is a person
        placed = (  # "Hochschule Albstadt-Sigmaringen", "Universität Wien": the word first, then where it is
            head == [0]
            and 2 <= len(name) <= 3
            and all(w[:1].isupper() and w not in pooled.organisation_words for w in name[1:])  # not "Bund und Länder"
            and not any(w.lower().endswith(pooled.title_endings) or w.lower() in roles or w in roles for w in name[1:])
        )
        if head and (placed or head[-1] == len(name) - 1 or name[head[-1] + 1].lower() in _OF) and len(name) > 1:
            fullest.setdefault(name[0], " ".join(name))
            short = _SHORT_FORM.match(body, m.end())  # "The Independent Commission of Investigations (INDECOM)"
            if short:
                aliases.setdefault(name[0], short.group(1))
    for mention in mentions:
        publisher = mention.publisher
        if mention.kind != "report" or not publisher or publisher.lower() in pooled.pronouns:
            continue
        tokens = publisher.split()
        if len(tokens) == 1 and not publisher.lower().endswith(pooled.title_endings) and not publisher.islower():
            # "gab Aurubis bekannt"; a person is named by two words, a common noun ("the agency said") names none
            fullest.setdefault(publisher, publisher)
    tokens = [m.group(0) for m in _WORD.finditer(body)]
    counts = Counter(tokens) + Counter(t.split("-")[0] for t in tokens if "-" in t)  # "NABU" of "NABU-Experte"
    best, most = None, 1
    for key, full in fullest.items():  # a tie goes to the one found first: names with a legal form, acronyms, makers
        count = counts[key] + (counts[aliases[key]] if key in aliases else 0)
        if count > most:  # each key is one word: a name's first, an acronym, a one-word maker
            best, most = full, count
    return best


def issuers(
    text: str,
    timexes: list[Timex],
    mentions: list[Mention],
    language: str,
    pages: set[int] | None = None,
    known: str | None = None,
    credited: str | None = None,
) -> list[Mention]:
    """A release's date line that names no issuer, or only the wire that spread it, is the issuer's: the
    organisation the text names most often, found once per text; ``known`` where the caller names the page's
    publisher, ``credited`` the source the page credits. A mention is its expression's by where it starts (an unresolved
    duration has no mention)."""
    lines = {
        timex.start: timex
        for timex in timexes
        if timex.release and (not timex.publisher or timex.publisher.lower() in PR_WIRES)
    }
    nouns = get(language).statement_nouns
    own = set()  # "Pressemitteilung 06. Dezember 2016": a line that calls itself a release, short by its words
    for timex in timexes:
        if pages and timex.start in pages:  # a page's own date line (:func:`._pagelines.page_lines`)
            own.add(timex.start)
            lines.setdefault(timex.start, timex)
            continue
        line = text.rfind("\n", max(0, timex.start - 40), timex.start)
        prefix = text[line + 1 : timex.start].split() if line >= 0 or timex.start <= 40 else []
        if prefix and len(prefix) <= 2 and all(word.lower().strip(":,") in nouns for word in prefix):
            own.add(timex.start)
            lines.setdefault(timex.start, timex)
    reports = [
        index
        for index, mention in enumerate(mentions)
        if mention.kind == "report" and mention.start in lines and not (mention.start in own and mention.publisher)
    ]
    chosen = set(reports)
    unnamed = [i for i, m in enumerate(mentions) if m.kind == "report" and not m.publisher and i not in chosen]
    titled, title_end = release_title(text, language)
    mentions = carried(text, timexes, mentions, language, known, titled, title_end)
    if titled is not None:
        # a titled release: a short line that dates it without a name is the issuer's ("QA-40, 12 November 2016"),
        # and so is the date on its title line ("Media Briefing by a Scottish Government Spokesperson - Monday 17
        # February 2014")
        reports += [index for index in unnamed if len(mentions[index].sentence.split()) <= 6]
        title_start = text.rfind("\n", 0, title_end) + 1
        on_title = [
            i
            for i, m in enumerate(mentions)
            if title_start <= m.start and m.end <= title_end and not m.publisher and m.value
        ]
        reports += [i for i in on_title if i not in reports]
        mentions = [replace(m, kind="report") if i in on_title else m for i, m in enumerate(mentions)]
    if not reports:
        named = next(
            (t.publisher for t in timexes if t.release and t.publisher and t.publisher.lower() not in PR_WIRES), None
        )
        if named is None or not unnamed:
            return mentions
        # a release whose date line names its issuer: its statements without a maker are the issuer's ("Aceto
        # Corporation (NASDAQ:ACET), a global leader in …, today announced")
        return [replace(m, publisher=named) if i in unnamed else m for i, m in enumerate(mentions)]
    # the issuer a release's title names (a release on a portal is its issuer's), the page's publisher where the
    # caller names it (``--publisher``), or the source it credits ("PM: WetterOnline", "(Quelle: Donaukurier)")
    # (not a wire's own site the caller names: "Canada Newswire" carries its clients' releases)
    issuer = (titled if title_end else None) or (known if (known or "").lower() not in PR_WIRES else None)
    issuer = issuer or titled or credited
    if issuer is None:
        skip = []  # the place and wire around each date line's date are no issuer ("NEW YORK and JUBA")
        for index in reports:
            timex = lines[mentions[index].start]
            line_end = text.find("\n", timex.end)
            end = min(line_end if line_end >= 0 else len(text), timex.end + 20)
            skip.append((max(text.rfind("\n", 0, timex.start) + 1, timex.start - 80), end))
        first = min(
            (lines[mentions[index].start].end for index in reports if mentions[index].start in lines), default=0
        )
        # a news page's own lines are its outlet's, which the text does not name: the body its first sentence
        # opens with or it names most is the story's, no issuer of the page (a release's line is its issuer's)
        page = not any(w in text[:RELEASE_HEAD].lower() for w in pool().release_words) and all(
            mentions[i].start in (pages or ()) and not lines[mentions[i].start].release for i in reports
        )
        if not page:
            opening = _opening(text, first, language) if first else None
            issuer = opening or release_issuer(text, mentions, skip) or _heading(text)
    if issuer is None:
        return mentions
    if title_end or any(lines[mentions[index].start].release for index in reports if mentions[index].start in lines):
        # a release's statements whose maker it does not name are its issuer's ("The acquisition, which was
        # announced on 29 October, …")
        reports += [index for index in unnamed if index not in reports]
    out = list(mentions)
    for index in reports:
        out[index] = replace(mentions[index], publisher=issuer)
    return out


#: The name that opens a release's first sentence with no article before it, a verb in lower case after it
#: ("Swiss Ice Hockey hat am Mittwoch …", "Aurubis prüft …").
#: Not a name before a possessive noun: "Washington state’s coronavirus outbreak continues" names no issuer.
_OPENING = re.compile(
    rf"[\s,:;|–—-]*(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}})[ \t]+(?=[a-zäöü])(?![a-zäöü]+['’]s\b)"
)


def _opening(text: str, end: int, language: str) -> str | None:
    """The issuer a release names first, as the subject of the sentence after its date line (ending at ``end``;
    after the line's label where the line has no more than one: "…, 15:50 - Medienmitteilung"), where the text
    names it again: a release speaks of its issuer. A noun with an article ("Der Wolf lebt …") is no name."""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    at = line_end if line_end >= 0 and len(rest.split()) <= 2 else end
    m = _OPENING.match(text, at, min(len(text), at + 120))
    if m is None:
        return None
    name = m.group("name")
    line_end = text.find("\n", m.end())
    line = text[m.start("name") : line_end if line_end >= 0 else len(text)].rstrip()
    if len(line.split()) < 8 or not line.endswith((".", "!", "“", '"', "»", "«")):
        return None  # a headline ("Erdbeben in Mexiko", "FDA Statement on USDA Announcement …"), no sentence
    pooled = pool()
    tokens = name.split()
    first = tokens[0].lower()
    if (
        first in pooled.articles
        or first in pooled.pronouns
        or first in pooled.no_publisher  # "Wir halten unseren Beitrag … aktuell"
        or first in pooled.stop_words
        or first in pooled.demonstratives
    ):
        return None
    common = get(language).common_noun
    if len(tokens) == 1 and (tokens[0] in pooled.organisation_words or (common is not None and common(tokens[0]))):
        return None  # "Police are investigating …": a body's word alone names none in particular
    if len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w])", text)) < 2:
        return None
    return name


def _heading(text: str) -> str | None:
    """An organisation's name on the text's first line, alone ("Schweizerische Bundeskanzlei" above "03.01.2025,
    Bern - …"): a release's letterhead names its issuer."""
    first = text.lstrip().split("\n", 1)[0].strip()
    words_ = first.split()
    joiners = pool().name_joiners
    if not 1 <= len(words_) <= 5 or not all(w[:1].isupper() or w in joiners for w in words_):
        return None
    return first if any(organisation_word(w) for w in words_) else None


def _kind_named(text: str) -> list[tuple[int, str]]:
    """Where a text names a company after a noun of its kind, and the name: "Der japanische Autobauer Honda Motor",
    "carmaker Honda Motor" (for "das Unternehmen", "the company" where no name has a legal form); found once."""
    kinds = "|".join(re.escape(kind) for kind in pool().organisation_kinds)
    found = []
    # "der Zuganbieter vlexx": a compound of a kind, and after a noun written as one a brand in lower case
    name = rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}|{LOWER_NAME}(?<!t)(?![\w-]))"
    for m in re.finditer(rf"(?P<kind>(?<![\w-])[\w-]*?(?i:{kinds}))\s+(?P<name>{name})", text):
        if m.group("name").islower() and not m.group("kind")[:1].isupper():
            continue  # "the company announced": a verb, no brand
        words_ = m.group("name").split()
        while len(words_) > 1 and (words_[-1].lower() in pool().stop_words or words_[-1].endswith(".")):
            words_.pop()  # "Honda Motor Am": a sentence's first word after the name
        if not any_date_word(words_[0]):  # "das Unternehmen Dienstag auf Anfrage"
            found.append((m.start(), " ".join(words_)))
    return found


def _of_a_kind(publisher: str, kinds: set[str]) -> bool:
    """Is a one-word publisher a noun for a kind of organisation ("the company", "der Konzern"), maybe a compound
    of one ("der Reifenkonzern", "der DEL-Klub", "der Zuganbieter")?"""
    low = publisher.lower()
    return low in kinds or (
        publisher[:1].isupper() and any(low.endswith(kind) and len(low) > len(kind) + 2 for kind in kinds)
    )


def _own_name(publisher: str, kinds: set[str], text: str) -> bool:
    """Is a compound of a kind's noun the body's own name, as a text writes it again and again ("der Wupperverband",
    "des Wupperverbandes"), where "der Reifenkonzern" only renames the company named before?"""
    return publisher.lower() not in kinds and _times_named(publisher, text) >= 3


@lru_cache(maxsize=32)
def _times_named(name: str, text: str) -> int:
    """How often ``text`` writes ``name`` at a word's start (counted once per name and text: a long text's many
    reports by one body must not each read all of it)."""
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}", text))


def with_legal_form(text: str, mentions: list[Mention], language: str, spans: list[Span]) -> list[Mention]:
    """A report's one-word publisher in the fullest form the text gives it: "Fluor said on Tuesday" after
    "Fluor Corp. shares tumbled" is Fluor Corp's; "the company" or "der Konzern" is the company the text named
    last before with its legal form, else after its kind, else as the subject opening one of ``spans``, the text's
    sentences (:mod:`._kinds`)."""
    found: list[tuple[int, str, str]] | None = None  # found once, where a report needs them
    kind_named: list[tuple[int, str]] | None = None
    names: dict[str, str] = {}
    kinds = set(pool().organisation_kinds)
    out = mentions
    for index, mention in enumerate(mentions):
        if mention.kind != "report" or not mention.publisher or " " in mention.publisher:
            continue
        if found is None:
            found = _legal(text)
            names = legal_names(found)
        name = names.get(mention.publisher)
        if name is None and _of_a_kind(mention.publisher, kinds):
            at = bisect.bisect_left(found, (mention.start, "", ""))
            if at:
                name = names.get(found[at - 1][2].split()[0], found[at - 1][2])
            else:
                kind_named = _kind_named(text) if kind_named is None else kind_named
                last = bisect.bisect_left(kind_named, (mention.start, ""))
                name = kind_named[last - 1][1] if last else None
            if name is None and mention.publisher.islower():  # "the airline" after "United Airlines …"
                kind = mention.publisher
                name = named_by_head(kind, text, mention.start) or named_by_head(kind + "s", text, mention.start)
            if name is None and not mention.publisher.islower():  # "der Verein" after "der Berliner Mieterverein"
                name = named_by_compound(mention.publisher, text, mention.start)
            if name is None and not _own_name(mention.publisher, kinds, text):
                # "Air France has suspended flights …, the company said on Monday"
                name = kind_referent(text, mention, language, spans)
        if name is not None:
            out = out if out is not mentions else list(mentions)
            out[index] = replace(mention, publisher=name)
    return out
