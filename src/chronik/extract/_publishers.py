"""Who published a report, by the name the draft gives: known outlets (:mod:`chronik.outlets`), short forms the
text defines, a spokesperson's institution, the fullest name the text gives (:func:`name_publishers`)."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import cache

from .. import outlets
from ._bodynames import (
    article_words,
    body_by_noun,
    fuller_name,
    joiner_words,
    link_words,
    named_by_head,
    organisation_word,
    role_compound,
    short_forms,
    spelled_out,
    without_short_form,
)
from ._names import apposed_to, bare, in_full, national_referent, personal, without_verbs
from ._phrases import one_word_statement_nouns, spoken_to, untitled
from ._resolve import ZONE_ABBREVIATIONS
from ._types import Mention
from .lang import get, pool


def as_named(publisher: str | None, language: str) -> str | None:
    """A publisher as the draft names it: a spokesperson's institution, a known outlet by its one name."""
    institution = get(language).institution
    while publisher and publisher.split(" ", 1)[0] in ZONE_ABBREVIATIONS:  # "GMT Police": a page's line run on into
        publisher = publisher.partition(" ")[2] or None  # its first sentence; the time's zone names nobody
    if publisher and publisher.lower() in get(language).statement_nouns:
        return None  # "An earlier press release sent around 10 a.m. stated": the statement itself, no maker
    if publisher and institution is not None:
        publisher = institution(without_short_form(publisher))
    return known_outlet(untitled(without_verbs(publisher, language), language))  # "MP Thissa Attanayaka": the person


@cache
def _known_names() -> tuple[str, ...]:
    """Every known outlet's names and aliases, and each without its accents ("CTK" for "ČTK"), longest first."""
    names = {n for o in outlets.outlets() for n in (o.name, *o.aliases)}
    names |= {_unaccented(n) for n in names}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def _unaccented(name: str) -> str:
    """``name`` without its accents: "Agência Lusa" -> "Agencia Lusa"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@cache
def _outlet_names() -> re.Pattern[str]:
    """Every known outlet's names, longest first, whole words, maybe in quotes."""
    alternation = "|".join(re.escape(n) for n in _known_names())
    # a broadcaster's numbered programme is its name with the number: "SWR3", "NDR 2." (a number apart only before a
    # stop: "according to Reuters 15 people died" names Reuters)
    number = r"(?:\d{1,2}(?!\d)|[ \t]\d{1,2}(?=[ \t]*(?:[.,;:!?)“”\"«»]|$)))"
    return re.compile(rf"(?<![\w-])(?P<q>[„\"“‚'»]?)(?P<name>(?:{alternation}){number}?)(?P<q2>[“\"”‘'«]?)(?![\w-])")


#: The blanked date right before an outlet's name after the verb ("sagte X am Montag Dow Jones Newswires").
_AFTER_THE_DATE = re.compile(r"\S\s{4,}$")


def common_word(name: str) -> bool:
    """A one-word name written like a noun ("Zeit", "Welt", "Guardian"): also a common word."""
    return " " not in name and name[:1].isupper() and name[1:].islower() and name.isalpha()


#: A capitalised word right after a known outlet's name: its programme or service ("ABC Radio", "NDR Info").
_PROGRAMME = re.compile(r"[ \t]+(?P<word>[A-ZÄÖÜ][\w-]*)")


def _with_programme(body: str, end: int, name: str, language: str) -> str:
    """A known outlet's canonical name, or its name with the programme after it where a medium's noun says it is
    one ("on ABC Radio this morning" -> "ABC Radio", not "ABC")."""
    m = _PROGRAMME.match(body, end)
    programme = m is not None and m.group("word").lower().endswith(_medium_endings(language))
    if m is not None and programme and outlets.known(name + m.group(0)) is None:
        return name + m.group(0)
    return outlets.canonical(name)


def outlet_of(body: str, verb_start: int, verb_end: int, language: str) -> str | None:
    """A known outlet (:mod:`chronik.outlets`) the clause names as where the statement went or came from:
    after a channel word ("im ZDF", "told the BBC", "gegenüber der „Zeit“", "sagte … der dpa"), or as the
    subject of the communication verb ("Reuters reported", "meldete die dpa"). Its canonical name."""
    lang = get(language)
    articles = pool().articles
    for m in _outlet_names().finditer(body):
        name = m.group("name")
        head = body[: m.start()].split()
        quoted = bool(m.group("q") or m.group("q2"))
        nouned = bool(head) and head[-1].lower() in lang.outlet_nouns
        while head and head[-1].lower() in lang.outlet_nouns:
            head.pop()  # "der Zeitung „Die Welt“": the noun is part of the way to the name
        lead = " ".join(head[-4:]).lower()
        channels = (c for c in lang.outlet_channels if lead == c.lower() or lead.endswith(" " + c.lower()))
        channel = max(channels, key=len, default=None)  # the longest: "in an interview with", not "with"
        if common_word(name) and not (quoted or nouned or (channel is not None and spoken_to(channel))):
            continue  # "Zeit", "Reuters" alone may be words; not after "in an interview with", "im Gespräch mit"
        if channel is not None and (channel.lower() not in articles or m.start() >= verb_end):
            return _with_programme(body, m.end(), name, language)
        between = body[verb_end : m.start()] if m.start() >= verb_end else body[m.end() : verb_start]
        if all(w.lower() in articles for w in between.split()):  # right beside the verb: its subject
            return outlets.canonical(name)
        if m.start() > verb_end and _AFTER_THE_DATE.search(body, verb_end, m.start()):
            return outlets.canonical(name)  # "sagte der Sprecher am Montag Dow Jones Newswires": to whom
    return None


def compound_outlet(rest: str, language: str) -> str | None:
    """An outlet that makes the first part of a statement's noun: "Im PHOENIX-Interview sagte …", "in einem
    „Spiegel“-Interview"."""
    pattern = _compounds(language)
    for m in pattern.finditer(rest) if pattern is not None else ():
        named = medium_named(m.group("q") or m.group("n"), language)
        if named is not None:
            return named
    return None


@cache
def _compounds(language: str) -> re.Pattern[str] | None:
    """A statement's noun after a name and a hyphen, the name maybe in quotation marks."""
    alternation = one_word_statement_nouns(language)
    if not alternation:
        return None
    return re.compile(
        rf"(?:[„\"“»](?P<q>[^„\"“»”«\n]{{1,30}})[“\"”«]|(?<![\w'’-])(?P<n>[^\W\d_][\w.&]*))-(?i:{alternation})(?![\w-])"
    )


def name_run(name: str | None) -> str | None:
    """The name at the start of a subject that runs on into its verb ("Manchester United have released an
    official club" -> "Manchester United"): its capitalised words, with small joining words between."""
    if not name:
        return name
    tokens = name.split()
    keep, roles = 0, pool().title_endings  # a role in small letters ("minister"): the name follows it
    for i, token in enumerate(tokens):
        if token[:1].isupper() or token[:1].isdigit():
            keep = i + 1
        elif keep and keep == i and token.title() in pool().organisation_words:
            keep = i + 1  # "Charleston police gave few details": the body is the place's police
            break
        elif keep == i and i + 1 < len(tokens) and tokens[i + 1][:1].isupper() and token.endswith(roles):
            return name_run(" ".join(tokens[i + 1 :]))  # "Trade minister Tjekero Tweya": the person after the role
        elif token.lower() not in ("of", "the", "and", "for", "de", "der", "des", "von", "für", "und"):
            break
    return " ".join(tokens[:keep]) or name


#: A name in quotation marks, as papers are named ("des „Kölner Express“", "the "Union Leader"").
_QUOTED_NAME = re.compile(r"[„\"“»](?P<name>[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3})[“\"”«]")


def names_known_outlet(text: str) -> bool:
    """Does ``text`` hold a known outlet's name or alias anywhere, maybe with a German adjective's ending ("der
    Deutschen Presse-Agentur")? A quick test before a closer reading."""
    return _inflected_outlet_names().search(text) is not None


@cache
def _inflected_outlet_names() -> re.Pattern[str]:
    """:func:`_outlet_names`, where a word ending in "e" before the next may end in "en" too."""
    alternation = "|".join(re.sub(r"e(?=\\ )", "en?", re.escape(n)) for n in _known_names())
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def outlets_named(text: str) -> list[tuple[int, str]]:
    """Where ``text`` names a known outlet (a common word only in quotes), with its canonical name, or a name in
    quotation marks as papers are named, in order: what "das Magazin", "die Boulevardzeitung" and "the paper"
    refer back to."""
    known = [
        (m.start(), outlets.canonical(m.group("name")))
        for m in _outlet_names().finditer(text)
        if (not common_word(m.group("name")) or m.group("q") or m.group("q2"))
        # a wire's credit in brackets ("SEATTLE (AP) —") is how its copy names itself, never "the agency" it tells of
        and not (text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] in (")", "/", ","))
    ]
    quoted = [(m.start(), m.group("name")) for m in _QUOTED_NAME.finditer(text)]
    return sorted(dict(quoted + known).items())


@cache
def _statement_endings(language: str) -> tuple[str, ...]:
    """The language's statement nouns without their blanks ("pressrelease"), found once."""
    return tuple(re.sub(r"\s+", "", n) for n in get(language).statement_nouns)


def statement_named(name: str, language: str) -> bool:
    """Does a name end in a statement noun, however joined ("Pressemitteilung", "Medien-Information", "Media
    Release")? It names the kind of text, not who made it."""
    return re.sub(r"[\s-]+", "", name.lower()).endswith(_statement_endings(language))


def medium_named(name: str, language: str) -> str | None:
    """A name that is an outlet's by itself: a known outlet (its canonical name), a known outlet's programme or
    region, a credit ending in a known outlet (that outlet), or a name with a medium's noun at the end of a word
    ("Regionaljournal Aargau", "Sky News"); a place is none ("Berlin")."""
    if outlets.known(name) is not None:
        return known_outlet(name)
    words_ = name.split()
    if len(words_) > 1 and outlets.known(words_[0]) is not None and not common_word(words_[0]):
        return name  # a broadcaster's programme or region: "MDR SACHSEN", "BBC Scotland", "NDR 1 Welle Nord"
    for k in range(1, len(words_)):  # "Darpan News Desk The Canadian Press", "Max Muster dpa": a credit's outlet
        tail = " ".join(words_[k:])
        if (k < len(words_) - 1 or not common_word(tail)) and outlets.known(tail) is not None:
            return known_outlet(tail)  # not "Times" alone: "Financial Times", "Sunday Times" are others
    if statement_named(name, language) or name.lower() in pool().section_labels:
        return None  # "Medien-Information", "Media Release": the kind of text, "NEWS", "Local News": a section
    sign = get(language).call_sign
    if sign is not None and sign.fullmatch(name):
        return name  # "told KSL": a broadcaster by its call sign
    parts = [part for word in name.split() for part in word.split("-")]  # "Tribune-Review"
    if len(parts) > 1 and parts[-1].lower() == "online":
        return name  # "KN-online", "Spiegel Online": a site by its last word (not "… Online Redaktion")
    return name if any(part.lower().endswith(_medium_endings(language)) for part in parts) else None


@cache
def _medium_endings(language: str) -> tuple[str, ...]:
    """How the words of an outlet's name end: the language's outlet nouns and every language's outlet heads."""
    return tuple(get(language).outlet_nouns) + pool().outlet_heads


def known_outlet(name: str | None) -> str | None:
    """A publisher's name, as its outlet's canonical name where it is a known outlet."""
    return outlets.canonical(name) if name else None


def name_publishers(
    mentions: list[Mention], named: list[tuple[int, tuple[str, ...]]], text: str, language: str
) -> list[Mention]:
    """A report's publisher by its full name where the text gives it, before or else after: "sagte Kurz" after
    "Außenminister Sebastian Kurz" is Sebastian Kurz; "erklärte sie" takes the person named earlier in the same
    sentence; "berichtete das Magazin" takes the outlet named last before it ("Der Spiegel"); a role alone takes
    the person named with it ("The Cabinet Secretary"); a person the text introduced as an institution's
    spokesperson speaks for the institution. ``named`` lists the people of every sentence, by sentence start,
    in text order."""
    generic = {n.lower() for n in get(language).outlet_nouns} | {"paper", "blatt"}
    named_outlets: list[tuple[int, str]] | None = None  # found once, where a report needs them
    defined: dict[str, str] | None = None  # the short forms the text defines, found once
    by_surname: dict[str, str] = {}
    anywhere: dict[str, str] = {}  # "sagte Steinmeier" before "Außenminister Frank-Walter Steinmeier"
    for _, names in named:
        for n in names:
            anywhere.setdefault(n.split()[-1], n)
            anywhere.setdefault(bare(n.split()[-1]), n)  # "Falih" after "Khalid al-Falih"
    in_sentence_people = dict(named)
    people = {n for _, names in named for n in names}
    roles: dict[str, list[tuple[int, str]]] = {}  # per role word, where the text names a person with it
    speaking_for: dict[str, str] = {}  # per person, the institution they speak for (or themselves)
    last_person: str | None = None
    fuller: dict[str, str] = {}
    bodies: list[tuple[int, str]] | None = None  # where the text names an organisation or outlet, found once
    initials: dict[str, str] | None = None  # the names the initials of which a short form may be, found once
    impersonal = get(language).impersonal  # "In einer Aussendung am Freitag heißt es": whose, the text says before
    national = get(language).national  # a nation's adjective: its body is the nation's
    body_at, body_counts, body_last = 0, Counter[str](), dict[str, int]()
    next_sentence = 0
    out = []
    for mention in mentions:  # in text order: the names known so far are those of earlier sentences
        while next_sentence < len(named) and named[next_sentence][0] < mention.sentence_start:
            by_surname.update((bare(n.split()[-1]), n) for n in named[next_sentence][1])
            by_surname.update((n.split()[-1], n) for n in named[next_sentence][1])
            last_person = named[next_sentence][1][-1] if named[next_sentence][1] else last_person
            next_sentence += 1
        if mention.kind == "report":
            publisher = mention.publisher
            if publisher is None or publisher.lower() in pool().pronouns:
                before = mention.start - mention.sentence_start
                in_sentence = [n for n in mention.people if 0 <= mention.sentence.find(n) < before]
                if publisher is None and _BYLINE.search(text, max(0, mention.start - 16), mention.start):
                    in_sentence = []  # "(sefe, 30.11.2015)": an author's sign dates the page
                thing = publisher is not None and publisher.lower() in pool().thing_pronouns
                if thing:
                    in_sentence = []  # "it said": a body, no person
                if in_sentence:
                    publisher = in_sentence[-1]
                elif publisher is not None and not thing:
                    publisher = last_person  # "Dazu erklärte er": the person named last in the sentences before
                elif thing or (impersonal is not None and impersonal.search(mention.sentence)):
                    # "it said in a statement", "heißt es": the body
                    if bodies is None:  # the text named most often so far (found once per text)
                        bodies = _bodies(text)
                    while body_at < len(bodies) and bodies[body_at][0] < mention.start:
                        body_counts[bodies[body_at][1]] += 1
                        body_last[bodies[body_at][1]] = body_at
                        body_at += 1
                    publisher = max(body_counts, key=lambda b: (body_counts[b], body_last[b]), default=None)
                    if publisher and " " not in publisher and organisation_word(publisher):
                        publisher = fuller_name(publisher, text)  # "Commission": "… Multimedia Commission"
            elif publisher.lower() in generic:
                if named_outlets is None:
                    named_outlets = outlets_named(text)
                at = bisect.bisect_left(named_outlets, (mention.start, ""))
                publisher = named_outlets[at - 1][1] if at else publisher
            elif " " not in publisher and not (publisher.islower() and publisher.title() in pool().organisation_words):
                if defined is None:
                    defined = short_forms(text)
                here = {n.split()[-1]: n for n in in_sentence_people.get(mention.sentence_start, ())}
                found = defined.get(publisher) or here.get(publisher) or by_surname.get(publisher)
                found = found or anywhere.get(publisher)
                spelled = None
                if found is None and 2 <= len(publisher) <= 5 and publisher.isupper() and not outlets.known(publisher):
                    if initials is None:  # "GM" where the text names "General Motors"
                        initials = spelled_out(text)
                    spelled = found = initials.get(publisher)
                if found and found not in defined.values() and found != spelled:
                    found = as_named(found, language)  # "Captain Jeff Sellars" -> "Jeff Sellars"
                if found is None and organisation_word(publisher):  # "Staatsanwaltschaft" -> "… Saarbrücken"
                    if publisher not in fuller:
                        fuller[publisher] = fuller_name(publisher, text)
                    found = fuller[publisher]
                publisher = found or publisher
            else:  # "State police", "the museum"
                if publisher not in fuller:  # found once per name: a text may repeat one many times
                    fuller[publisher] = fuller_name(publisher, text)
                    head = publisher.split()[-1]
                    if (
                        fuller[publisher] == publisher
                        and " " in publisher
                        and head.islower()
                        and not (national is not None and national(publisher.split()[0]))  # "Argentine government"
                    ):
                        fuller[publisher] = fuller_name(head, text)  # "London hospital" -> "King Edward VII Hospital"
                        fuller[publisher] = publisher if fuller[publisher] == head else fuller[publisher]
                publisher = (
                    fuller[publisher]
                    if fuller[publisher] != publisher
                    else body_by_noun(publisher, text, mention.start)
                )
            if (
                publisher
                and " " in publisher
                and any(w.lower().endswith(pool().title_endings) for w in publisher.split())
            ):
                publisher = apposed_to(publisher, text, mention.start) or publisher
            if publisher:
                publisher = _by_role(_past_titles(publisher), text, mention.start, roles)
                if _role_only(publisher):  # "die Sprecherin" after "einer Bahnsprecherin": the railway's
                    publisher = role_compound(publisher, text, mention.start, language) or publisher
                if last_person and _role_only(publisher):
                    publisher = last_person  # "der sachsen-anhaltische Regierungschef": the person named last
                elif last_person is None and publisher in pool().role_nouns:
                    # "…, an official said Monday. Acting chief park warden Frederic Mofulu said": no one named
                    # before, the one the next sentence names
                    after = next_sentence + (next_sentence < len(named) and named[next_sentence][0] <= mention.start)
                    names = named[after][1] if after < len(named) else ()
                    publisher = names[0] if names else publisher
            if publisher and national and last_person and national_referent(publisher, mention.sentence, national):
                publisher = last_person  # "the Romanian said", "the Japanese golfer announced"
            if publisher in people:  # a person the text introduces as an institution's spokesperson
                if publisher not in speaking_for:
                    speaking_for[publisher] = _speaking_for(publisher, text, language)
                publisher = speaking_for[publisher]
            publisher = in_full(publisher, anywhere)  # "de Blasio": Bill de Blasio
            if publisher and personal(publisher):  # "Muster said" after "… Minister Khalid al-Muster said"
                by_surname.setdefault(bare(publisher.split()[-1]), publisher)
            mention = replace(mention, publisher=publisher)
        out.append(mention)
    return out


#: A byline's sign before its date in brackets: "(sefe, " of "(sefe, 30.11.2015)".
_BYLINE = re.compile(r"\(\s*[^\s(),]{1,12},\s*$")
#: A capitalised name of up to three words, maybe with dots ("Kantonspolizei St.Gallen").
_CAPITALISED = re.compile(r"(?<![\w.-])[A-ZÄÖÜ][\w-]*(?:\.[\w-]+)*(?:[ \t]+[A-ZÄÖÜ][\w-]*(?:\.[\w-]+)*){0,2}")


def _bodies(text: str) -> list[tuple[int, str]]:
    """Where ``text`` names an organisation (a name opening with an organisation's word or a compound of one,
    "Kantonspolizei St.Gallen") or a known outlet ("Der ORF"), in text order."""
    articles = pool().articles
    found = []
    for m in _CAPITALISED.finditer(text):
        words_ = m.group(0).split()
        while words_ and words_[0].lower() in articles:
            words_.pop(0)
        if not words_:
            continue
        head = next((i for i, w in enumerate(words_) if organisation_word(w)), None)
        if outlets.known(" ".join(words_)) is not None:
            found.append((m.start(), known_outlet(" ".join(words_)) or ""))
        elif head is not None:
            found.append((m.start(), " ".join(words_[head:])))
    return found


@cache
def _office_of() -> re.Pattern[str]:
    """An office of a body, and no name: "Deputy Minister of the Department of International Relations and
    Cooperation"."""
    return re.compile(
        rf"(?:[A-Z][\w-]*\s+){{0,3}}?(?:{link_words()})\s+(?:(?:{article_words()})\s+)?"
        rf"(?P<org>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|{joiner_words()}))*)"
    )


def _past_titles(publisher: str) -> str:
    """A person's name without the titles and offices before it ("Palace Press Officer and Communications
    Undersecretary Claire Castro" -> "Claire Castro"; "Museum Director Shi Chia-chang (許家彰)" -> "Shi
    Chia-chang"), where what follows the last title is a person's name."""
    tokens = publisher.split()
    titled = [i for i, t in enumerate(tokens) if t.lower().endswith(pool().title_endings)]
    office = _office_of().fullmatch(publisher)
    if titled and office and set(office.group("org").split()) & pool().organisation_words:
        return office.group("org")  # "Deputy Minister of the Department of …": no name, the body speaks
    if not titled or titled[-1] > len(tokens) - 3:
        return publisher
    rest = tokens[titled[-1] + 1 :]
    rest = rest[: next((i for i, t in enumerate(rest) if t.startswith("(")), len(rest))]
    if rest and rest[0] in pool().name_joiners and len(rest) >= 4 and personal(" ".join(rest[-2:])):
        return " ".join(rest[-2:])  # "Member for McMillan Russell Broadbent": the name after the office
    return " ".join(rest) if personal(" ".join(rest)) else publisher


def _role_only(publisher: str) -> bool:
    """Is the publisher a role and nothing more ("Regierungschef", "Minister")?"""
    return " " not in publisher and publisher.lower().endswith(pool().title_endings)


#: A capitalised word of a name.
_CAPITAL = r"[A-ZÄÖÜ][\w'’-]+"


def _by_role(publisher: str, text: str, before: int, roles: dict[str, list[tuple[int, str]]]) -> str:
    """A role standing for the person the text named with it before ("The Cabinet Secretary" after "Health
    Cabinet Secretary Sicily Kariuki", "der Kommandant" after "Feuerwehrkommandant Andreas Daum"). ``roles``
    keeps, per role word, where the text names whom with it (found once per text)."""
    tokens = publisher.split()
    endings = pool().title_endings
    if len(tokens) > 3 or not tokens[-1].lower().endswith(endings):
        return publisher
    role = tokens[-1].lower()
    if role not in roles:
        # "Minister Hans Muster", "The Minister of Information and National Orientation, Mohammed Idris"
        pattern = (
            rf"(?<![\w-])(?i:[\w-]*{re.escape(role)})(?:\s+(?:of|for|für|des|der)\s+[^,.;\n]{{1,60}},)?"
            r"\s+(?P<name>[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){0,3})"
        )
        found = []
        for m in re.finditer(pattern, text):
            name = m.group("name").split()
            while name and name[-1].lower().endswith(endings):
                name.pop()
            if name and not name[0].lower().endswith(endings):
                found.append((m.start(), " ".join(name)))
        # "Minister of Public Enterprises Pravin Gordhan": no comma after the body, whose words run into the name;
        # the name is the run's last two words
        run = (
            rf"(?<![\w-])(?i:[\w-]*{re.escape(role)})[ \t]+(?:of|for)[ \t]+"
            rf"(?P<run>{_CAPITAL}(?:[ \t]+(?:and[ \t]+)?{_CAPITAL}){{2,6}})(?![\w'’-])"
        )
        named_at = {at for at, _ in found}  # "The Minister of Information and National Orientation, Max Muster"
        for m in re.finditer(run, text):
            name = m.group("run").split()[-2:]
            if m.start() not in named_at and not any(
                w.lower().endswith(endings) or w in pool().organisation_words for w in name
            ):
                found.append((m.start(), " ".join(name)))
        roles[role] = sorted(set(found))
    at = bisect.bisect_left(roles[role], (before, ""))
    if at:
        return roles[role][at - 1][1]
    # "Der Minister hat heute … Außenminister Steinmeier hat weiter gesagt": named with the role just after
    return roles[role][at][1] if at < len(roles[role]) and roles[role][at][0] - before < 400 else publisher


def _speaking_for(publisher: str, text: str, language: str) -> str:
    """The institution a person speaks for where the text introduces them as its spokesperson ("The press
    secretary of the Belarusian Foreign Ministry Anatoly Glaz", "Hua Chunying, Sprecherin des
    Außenministeriums"): a spokesperson's statement is the institution's."""
    speaks_for = get(language).spokesperson_for
    if speaks_for is None or " " not in publisher:
        return publisher
    at = text.find(publisher)
    if at < 0:
        return publisher
    org = speaks_for(text[max(0, at - 100) : at], text[at + len(publisher) : at + len(publisher) + 100])
    if org and org.islower() and org not in pool().organisation_kinds:  # "airport spokesman Ryan McAdams": its name
        return named_by_head(org, text, at) or publisher
    if org and " " not in org and organisation_word(org):  # "the police spokesperson": "The Nigeria Police"
        return fuller_name(org, text)
    return as_named(org, language) or publisher if org else publisher
