"""English attribution: who made a statement ("told Kenya Television", "was quoted … by local media",
"according to the State Department of"), and which words may open a subject.

The publisher is, in this order, the outlet the statement was given to or published by, the one after
"said to" / "told", the agent of a passive ("by local media"), else the subject before the verb (less
conjunctions, adverbs and dates) or the name after it.
"""

from __future__ import annotations

import re

from ..._language import words
from ..._phrases import NAME_PARTICLES, NAME_TOKEN, clean_name, is_date_word, np_after
from .. import pool
from ._words import COMMUNICATION_VERBS, DATE_LEADS, OUTLET_HEADS, STATEMENT_NOUNS

#: Nouns of media and agencies: the name after them is the publisher ("the news agency Xinhua").
MEDIA_NOUNS = (
    "news agency",
    "agency",
    "newspaper",
    "daily",
    "broadcaster",
    "television",
    "radio",
    "magazine",
    "network",
    "channel",
    "station",
)
_NOUNS = "|".join(re.escape(n) for n in sorted(MEDIA_NOUNS, key=len, reverse=True))
_TOLD = re.compile(rf"\b(?:told|informed)\s+(?:the\s+)?(?P<name>(?:{NAME_TOKEN}\s*){{1,5}})")
_MEDIA = re.compile(rf"(?:the\s+)?(?:{_NOUNS})\s+(?P<name>(?:{NAME_TOKEN}\s*){{1,4}})")
_SAID_TO = re.compile(rf"\s+to\s+(?:the\s+)?(?P<np>(?:{NAME_TOKEN}\s*){{1,5}})")
_BY = re.compile(
    rf"\bby\s+(?P<np>(?:(?:the|local|state|national|foreign|{NAME_TOKEN}|(?:for|of|and)(?=\s+[A-Z]))[\s']*){{1,6}})"
)  # "by the Department for Education"
_TOLD_WHOM = re.compile(rf"\s+(?:the\s+)?(?P<np>(?:{NAME_TOKEN}\s*){{1,5}})")

#: "According to the State Department of December 3": the date belongs to the source.
DATED_SOURCE = re.compile(
    rf"[Aa]ccording\s+to\s+(?:the\s+|a\s+)?(?P<name>(?:{NAME_TOKEN}\s*){{1,5}}?)\s+(?:of|dated)\s*$"
)
DATED_SOURCE_LEAD = re.compile(r"(?:of|dated)\s+")

#: Words dropped around an English subject: conjunctions, adverbs, auxiliaries.
_DROP = words("and but so then also here there has have had was were is are who earlier later already")
#: A subject made only of these names nobody ("it will", "they").
_FUNCTION = words(
    "it will be been being officially would could should may might must can not to they he she we i you which "
    "who this that"
)
#: Lower-case words that may open a subject or a name ("local media", "hospital officials").
ADJECTIVES = words(
    "national local state official foreign hospital senior government police military family members officials "
    "newspapers media sources spokesman spokeswoman"
)


#: How the names of papers and broadcasters end ("The Union Times", "Hearst Connecticut Media").
_MEDIA_HEADS = f"(?:{'|'.join(OUTLET_HEADS)})"
_MEDIA_END = re.compile(rf"(?:\b|(?<=[a-z])){_MEDIA_HEADS}\s*$")  # "Kenya Television", "MindaNews"
#: An outlet a statement went to, known by how its name ends: "When contacted by The Union Times", "released
#: Tuesday to a Hearst Connecticut Media executive".
_TO_OUTLET = re.compile(
    rf"\b(?:(?:contacted|reached|interviewed|asked)\s+by|told|to\s+(?:a|an))\s+(?P<name>(?:The\s+)?"
    rf"(?:[A-Z][\w'’.&-]*\s+){{0,3}}{_MEDIA_HEADS})\b(?!\s+[A-Z])"
)

_CAPITAL = r"[A-Z][\w.&]*(?:-[A-Z][\w.&]*)*(?![\w-])"
#: An outlet named before its medium's noun, or owning the service a statement went to: "in an interview with the
#: Persian-language Etemad newspaper", "told RFA's Mandarin service".
_NAMED_MEDIUM = re.compile(
    r"\b(?:with|to|told|informed)\s+(?:the\s+)?(?:\w+-[a-z]+\s+|[a-z]+\s+)?"
    rf"(?P<name>{_CAPITAL}(?:\s+{_CAPITAL}){{0,3}}?)(?:\s+(?:{_NOUNS}|weekly)\b"
    r"|['’]s\s+(?:[A-Z][a-z]+\s+)?(?:service|programme|program|show|website)\b)"
)


def _outlet_like(name: str) -> bool:
    """Does a name an audience is given by look like an outlet's: a known outlet, or a name ending as papers'
    and broadcasters' names end or holding a media noun ("Kenya Television", "The Union Times"), not "Parliament"
    or "donor Governments"?"""
    from .... import outlets

    name = name.strip()
    return (
        outlets.known(name) is not None
        or _MEDIA_END.search(name) is not None
        or any(noun in name.lower().split() for noun in MEDIA_NOUNS)
    )


def media_name(body: str) -> str | None:
    """The outlet a statement was given to or published by: "told Kenya Television", "the news agency Xinhua",
    "When contacted by The Union Times"."""
    told = _TOLD.search(body)
    m = (told if told and _outlet_like(told.group("name")) else None) or _MEDIA.search(body) or _TO_OUTLET.search(body)
    m = m or _NAMED_MEDIUM.search(body)
    return clean_name(m.group("name"), "en") if m else None


def publisher(body: str, verb: re.Match[str]) -> str | None:
    """Who made the statement of the clause ``body`` with the communication verb ``verb``."""
    said = verb.group(0).lower()
    line_head = body[: verb.start()]
    line_head = line_head[max(line_head.rfind("\n"), line_head.rfind("|")) + 1 :]
    if said in pool().page_labels and not line_head.strip() and not re.match(r"\s+by\b", body[verb.end() :]):
        return None  # "… | Published in English on 17.9.2020": a page's own label, naming no one ("Posted by")
    media = media_name(body)
    if media:
        return media
    to = _SAID_TO.match(body[verb.end() :])
    if to and said in ("said", "confirmed", "announced", "stated", "declared", "denied"):
        return clean_name(to.group("np"), "en")
    by = _BY.search(body)
    if by and said in ("quoted", "reported", "announced", "issued", "published", "posted"):
        return clean_name(by.group("np"), "en")
    told = _TOLD_WHOM.match(body[verb.end() :])
    if said in ("told", "informed") and told and _outlet_like(told.group("np")):
        return clean_name(told.group("np"), "en")
    subject = subject_before(body[: verb.start()].rpartition("|")[2])  # a bar ends a page's part
    if subject is not None and _AGE.fullmatch(subject):
        return "they"  # "The 38-year-old said": the person named before, as a pronoun would be
    return subject or np_after(body[verb.end() :], "en")


def _short(token: str) -> bool:
    """Is ``token`` a body's short form in capitals ("WHO", "IT" of a name), no function word?"""
    return len(token) >= 2 and token.isalpha() and token.isupper()


def subject_before(head: str) -> str | None:
    """The English subject before the verb: the clause's words there, less leading conjunctions and
    trailing adverbs and dates ("hospital officials and family members", "U.S. President Bill Clinton")."""
    # "Acme Corp. (NYSE: ACM) today announced", "The Commission (CENA), in Senegal has issued": no ticker, no
    # short form, nor the end of a bracket the clause opens in
    head = re.sub(r"\([^():]*:[^()]*\)|\(\s*[A-Z][A-Za-z]{1,7}\s*\)(?=\s*,|\s+[a-z]|\s*$)|^[^()]*\)", " ", head)
    # "MOSCOW (UrduPoint News / Sputnik - 30th March, 2020) World Athletics": the dateline's place and bracket
    head = re.sub(r"^[^()]{0,40}\([^()]*[/\d][^()]*\)[\s:–—-]*", " ", head)
    head = _FORM_COMMA.sub(" ", head)  # "TPI Composites, Inc." is one name
    head = _QUOTED_AS.sub("", head)  # "Mary Lou Hussak is quoted as saying in a news release": the one quoted
    segments = [part for part in head.split(",") if re.search(r"\w", part)]
    # "Acme Corp., which makes widgets, said": a relative clause renames the subject before it
    if any(part.split()[0].lower() in _RELATIVES for part in segments[1:]):
        segments = segments[:1] + [part for part in segments[1:] if part.split()[0].lower() not in _RELATIVES]
        head = ",".join(segments)
    kept = [part for part in segments if not all(_leads(w) for w in part.split())]
    if kept and kept[0] is not segments[0]:  # "On September 27, however, the ministry": the date's words lead
        head = ",".join(kept)
    segments = kept
    if len(segments) >= 2 and (
        segments[-1].split()[0].lower() in _PREPOSITIONS
        or (segments[-1].split()[0].islower() and APPOSITION.fullmatch(segments[-1]) is not None)
    ):
        # "The presidency, through its digital communications office, said", "KLM, part of Air France-KLM, said":
        # an aside between subject and verb
        head = ",".join(segments[:-1])
        segments = segments[:-1]
    if len(segments) >= 2 and not _NAMED.fullmatch(segments[0].strip()) and _NAMES.fullmatch(segments[1].strip()):
        # "two opposition candidates, Idrissa Seck and Ousmane Sonko, said": the names renaming the noun
        return segments[1].strip()
    if (
        len(segments) >= 2
        and segments[0].split()[0].lower().endswith(pool().title_endings)
        and _NAMES.fullmatch(segments[1].strip())
        and not pool().organisation_words & set(segments[1].split())
    ):
        return clean_name(segments[1].strip(), "en")  # "Minister of Natural Resources, Raphael Trotman, said"
    if len(segments) >= 2 and _NAMED.fullmatch(segments[0].strip()):
        # "Earlier Wednesday, Mohamed Suleiman Rabih, Commissioner of Kuma Locality …, said", "The European
        # Commission, the executive branch of the European Union, on Tuesday declined": a name, then its
        # apposition
        return clean_name(_restart(segments[0].strip()), "en")
    tokens: list[str] = re.findall(r"[\w'’.&-]+|[()]", head)
    # the subject begins after a copula or a statement noun ("Below is the statement the Governor's office
    # issued") and holds no verb of saying ("told Tuesday's midday press briefing" names nobody)
    cuts = [
        i
        for i, t in enumerate(tokens)
        if (t.lower() in _COPULA or t.lower() in STATEMENT_NOUNS or t.lower() in _SUBORDINATORS) and not _short(t)
    ]
    making = next((i for i, t in enumerate(tokens) if t.lower() in _MAKING), None)
    if making is not None and making > 0 and (not cuts or cuts[0] > making):
        # "The Minister made the clarification in his opening remarks at the …": the maker before the verb,
        # whatever statement nouns follow it
        cuts = []
    if cuts and tokens[cuts[-1]].lower() in _COPULA and _INFINITIVE.match(" ".join(tokens[cuts[-1] + 1 :])):
        tokens = tokens[: cuts[-1]]  # "Gov. Tim Walz was expected to hold a": the subject before the copula
    else:
        tokens = tokens[cuts[-1] + 1 :] if cuts else tokens
    if any(t.lower() in COMMUNICATION_VERBS for t in tokens):
        return None
    # "The company released a": the subject ends before the verb that makes the statement
    verb = next((i for i, t in enumerate(tokens) if t.lower() in _MAKING), None)
    if verb == 0:  # "…, made the remarks on Thursday": the subject stands before the clause
        return None
    if verb is not None:
        tokens = tokens[:verb]
    while (
        tokens
        and (
            (tokens[-1].lower() in _DROP and not _short(tokens[-1]))
            or tokens[-1].lower() in ("on", "at")
            or tokens[-1] in ("(", ")")  # "has today (Tuesday) announced"
            or is_date_word(tokens[-1], "en")
            # "The spokesperson had initially": an adverb after an auxiliary ("local daily" is a noun)
            or (len(tokens) > 1 and tokens[-1].islower() and tokens[-1].endswith("ly") and tokens[-2].lower() in _DROP)
            # "Khawaja Saad Rafique on Friday strongly condemned": an adverb after the name
            or (len(tokens) > 1 and tokens[-1].islower() and tokens[-1].endswith("ly") and tokens[-2][:1].isupper())
        )
    ):
        tokens.pop()
    if len(tokens) > 2 and tokens[0].lower() == "according" and tokens[1].lower() == "to":
        tokens = tokens[2:]  # "According to a Ministry of Justice statement": the statement's maker before it
    if tokens and tokens[0].lower() in _PREPOSITIONS:
        return None  # "In a press statement on Sunday, …": the words hold the statement's place, no subject
    # "Late yesterday the prosecution added", "Only yesterday the police said": the date's lead is no subject
    while tokens and tokens[0].lower() in _DROP | pool().articles | _LEADING | DATE_LEADS | {"only", "just"}:
        tokens.pop(0)
    while tokens and tokens[0].islower() and tokens[0].endswith("ly"):
        tokens.pop(0)  # "…, who clearly reiterated": an adverb
    if len(tokens) == 1 and tokens[0].lower() in pool().pronouns and not _short(tokens[0]):
        return tokens[0]  # "He said Saturday": the person named before (see ``name_publishers``)
    if not tokens or len(tokens) > 12 or all(t.lower() in _FUNCTION and not _short(t) for t in tokens):
        return None
    cut = next(
        (
            i
            for i in range(1, len(tokens))
            if (
                tokens[i] in _PLACING
                and tokens[i - 1].isalpha()
                and tokens[i - 1].islower()
                and tokens[i - 1]
                not in ROLES | _COLLECTIVE | {"official"}  # "A spokesman with China's Foreign Ministry"
            )
            # "The minister referred to an": a verb after the noun, which the subject ends before
            or (tokens[i].islower() and tokens[i].endswith("ed") and i + 1 < len(tokens) and tokens[i - 1].isalpha())
            # "Prime Minister Sitiveni Rabuka in his address to the nation", "Home Minister Mir Ziaullah Langu
            # reacting on Quetta blast": a phrase after a name, no part of it
            or (
                (
                    tokens[i] in _PLACING | {"during"}
                    or (tokens[i].islower() and tokens[i].endswith("ing") and len(tokens[i]) > 5)
                )
                and i >= 2  # a name of two words or more, not "Authorities from the … Precinct"
                and tokens[i - 1][:1].isupper()
                and tokens[i - 2][:1].isupper()
                and tokens[i - 1].isalpha()
                and i + 1 < len(tokens)
            )
        ),
        None,
    )
    if cut is not None:  # "The London hospital at the centre of the hoax call controversy": the hospital
        tokens = tokens[:cut]
    return clean_name(" ".join(t for t in tokens), "en")


#: Prepositions that place or describe a common noun after it ("the hospital at the centre of …"), no part of a name.
_PLACING = words("at in near behind with from on over")
_COPULA = words("is are was were")
#: Words after a copula that make it a passive or a plan, not the start of a new subject: "was expected to hold".
_INFINITIVE = re.compile(r"(?:[a-z]+ed|due|set|about|going|scheduled|slated|likely|expected|set)\s+to\s+[a-z]+")
#: A person called by their age: "the 38-year-old".
_AGE = re.compile(r"\d{1,3}-year-old")
#: A passive quotation and what follows it: "is quoted as saying in a".
_QUOTED_AS = re.compile(r"(?<!\s)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+quoted\s+as\s+saying\b.*$", re.DOTALL)
#: The comma before a company's legal form: "TPI Composites, Inc.".
_FORM_COMMA = re.compile(r",\s+(?=(?:Inc|Ltd|LLC|LLP|L\.P|Corp|Co|plc|PLC|S\.A|N\.V|AG|SE)\b)")
_RELATIVES = words("who which whose")
#: Words that open a clause of their own: the subject of a later verb comes after the last of them ("shares fell
#: as some social media users called for a boycott", "Read what the minister announced").
_SUBORDINATORS = words("as while because since although whereas after before when that which who what how why whether")
#: Verbs that make a statement a noun names ("released a statement", "put out a communique").
_MAKING = words("released releases issued issues published publishes made makes sent sends posted posts put gave gives")
#: Words that open a clause before its subject: "when", "In a letter dated …".
_LEADING = words("when as after before in on at by with from for")
#: Prepositions that open a phrase, never a subject ("In a press statement on Sunday").
_PREPOSITIONS = words("in on at with from during through via following after before since amid despite ahead of as")
#: A name on its own: capitalised words, maybe after an article or a dateline, with particles or "of" between.
_NAMED = re.compile(
    r"(?:[A-Z]{2,}[\s,–—-]+)*(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|al|bin|de|van|von|der|da|di|of)){0,5}"
)
#: People named on their own, maybe two joined by "and": "Idrissa Seck and Ousmane Sonko".
_NAMES = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}(?:\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})?")
#: A dateline's place before the sentence it opens: "BRUSSELS – The European Commission".
_DATELINE_PLACE = re.compile(r"^[A-Z]{2,}(?:[\s,]+[A-Z]{2,})*(?:\s*,\s*|\s*[–—-]+\s*)(?=[A-Z][a-z])")


def _restart(name: str) -> str:
    """A name without the dateline place before it ("BRUSSELS – The European Commission")."""
    return _DATELINE_PLACE.sub("", name)


def _leads(word: str) -> bool:
    """A word of a date opening a sentence ("Earlier", "Wednesday", "On")."""
    return word.lower() in DATE_LEADS or word.lower() == "on" or is_date_word(word, "en")


def adjective(word: str) -> bool:
    return word.islower() and word in ADJECTIVES


#: "Commission spokeswoman Dana Spinant", "a State Department spokesman", "NPR's Merrit Kennedy".
_SPOKES = re.compile(
    r"^(?:an?\s+|the\s+)?(?P<org>.+?)(?:'s|’s)?\s+(?:spokes(?:man|woman|person|people)|press\s+secretary"
    r"|(?:communications?|media|public\s+relations|information)\s+(?:official|officer|manager|head|chief))\b",
    re.IGNORECASE,
)
#: "a spokesman for the ministry", "spokesman with China's Foreign Ministry", "the Press Office under the
#: Ministry of Health", "officials at the Federal Aviation Administration": the institution after the role.
_SPOKES_OF = re.compile(
    r"^(?:an?\s+|the\s+)?(?i:(?:senior|top|other|several|some|local|two|three|four|unnamed|anonymous)\s+){0,2}"
    r"(?i:spokes(?:man|woman|person|people)|press\s+(?:office|secretary|service|officer|department)"
    r"|information\s+office|officials?|executives?|representatives?|sources?|authorities|investigators)"
    r"\s+(?i:of|for|with|under|at|from)\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?(?P<org>[A-Z].*)$"
)  # "an official with the state’s Department of Public Safety": the department
_POSSESSIVE = re.compile(r"^(?P<org>.+?)(?:'s|’s)\s+\S")
#: North American broadcasters' call signs, not bodies written alike ("WHO").
CALL_SIGN = re.compile(
    r"(?!(?:WHO|WTO|WFP|WWF|WEF|WBA|WBC|WADA|WIPO|WMO|WTA|KFOR|KGB)\b)[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?(?:\s+(?:News|TV|Radio))?"
)
#: "China's Foreign Ministry": a country's possessive before an institution, left out as an article is.
_OWNER = re.compile(r"^[A-Z][\w.-]*(?:'s|’s)\s+(?P<rest>[A-Z].*)$")

#: Roles written before a name, lower-cased: "Turkish President Recep Tayyip Erdogan", "Juul Labs CEO K.C.
#: Crosthwaite", "Accuweather Senior Meteorologist Tom Kines". The name after the last of them spoke.
ROLES = words(
    """
    adviser advisor ambassador analyst attorney captain ceo cfo chair chairman chairperson chairwoman
    chancellor chief coach commissioner coo correspondent counsel councillor councilman councilwoman
    director economist editor envoy executive founder general gov. governor head inspector judge
    leader manager mayor meteorologist minister negotiator officer premier president professor prof.
    prosecutor rep. representative secretary sen. senator sheriff spokesman spokesperson spokeswoman
    superintendent treasurer
    maj. lt. col. gen. sgt. capt. cpl. det. insp. supt. cmdr. adm. brig. lieut. atty. rev. dr. mr. mrs. ms.
    dr mr mrs ms prof
    major lieutenant colonel sergeant corporal detective commander admiral deputy td cllr
    """
)
#: Roles that open the names of companies and bodies too ("General Motors", "Major League Baseball"): a role
#: as a name's first word only after another role ("Attorney General X").
_AMBIGUOUS_ROLES = words("general major")


_ROLE_ALTERNATION = "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True))
#: A phrase between two commas that renames the noun before it: "the executive branch of the European Union",
#: "a spokesman for EU foreign affairs chief Catherine Ashton", "deputy chief spokesperson of the Commission";
#: or says through whom it spoke: "through its digital communications office". It holds no verb ("a man
#: died", "the minister said") and no subordinator; a participle joined to another by "and" is an adjective
#: ("a maker of printed and laminated films"), and a list's commas stay in it ("a maker of balloons, printed
#: films and packaging").
APPOSITION = re.compile(
    r"\s*(?![\s\S]*\b(?<!and )(?:[a-z]+ed\b(?!\s+(?:and|or)\s)|said|says|say|told|is|was|were|are|be|has"
    r"|have|had|will|would|can|could|may|did|does|died|went|came|took|gave|made|left|fell|won|lost|met|saw|held|got|who|which|that|when|where|while"
    r"|because|after|before|if|not)\b)"
    # "the …", a role, "Europe's biggest airline": an owner's name before what the subject is
    rf"(?:(?:the|a|an)\s+|[A-Z][\w.-]*['’]s\s+|(?:[a-z]+\s+){{0,3}}(?=(?i:{_ROLE_ALTERNATION})\b)|(?:through|via)\s+"
    # a post without its article: "cabinet member for sustainable growth", "head of communications"
    r"|(?!(?:in|on|at|with|from|during|after|before|since|by|to|for|of|out|one|some|most|all|each|many|none)\s)"
    r"(?:[a-z]+\s+){1,3}(?=(?:of|for)\s))"
    r"[\w'’.&-]+(?:,?\s+\(?[\w'’.&-]+\)?){0,19}(?<!\d)\s*"  # not "a total of 5" of "a total of 5,327 cases"
)

#: A relative clause between two commas: ", which makes widgets,", ", who heads the agency,".
RELATIVE = re.compile(r"\s*(?:who|which|whose)\s[^,;:]*")


def institution(name: str) -> str:
    """The institution of a spokesperson ("Commission spokeswoman Dana Spinant" -> "Commission", "a spokesman
    with China's Foreign Ministry" -> "Foreign Ministry") or the outlet whose reporter speaks ("NPR's Merrit
    Kennedy" -> "NPR"); a person without the role before the name ("Turkish President Recep Tayyip Erdogan"
    -> "Recep Tayyip Erdogan"); any other name as it is."""
    from .... import outlets

    m = _SPOKES.match(name)
    if m is not None and m.group("org")[:1].isupper():
        return unowned(m.group("org"))
    m = _SPOKES_OF.match(name)
    if m is not None:
        return unowned(m.group("org"))
    m = _POSSESSIVE.match(name)
    if m is not None and (outlets.known(m.group("org")) is not None or CALL_SIGN.fullmatch(m.group("org"))):
        return m.group("org")  # "NPR's Merrit Kennedy", "WFAA-TV's Brad Watson"
    return _untitled(unowned(_collective(_unkinded(name))))


#: A noun of a name's kind, then "the" and the name ("opposition party the Economic Freedom Fighters").
_KIND_THE = re.compile(r"(?:\S+\s+){0,3}[a-z]{3,}\s+the\s+(?P<rest>[A-Z].*)")
#: Small words inside a name, no noun of its kind ("Olympic Athletes from Russia", "Bank of England").
_SMALL_WORDS = words("of for and the from in on at to by with")


def _unkinded(name: str) -> str:
    """A name without the common noun of its kind before or its medium after it ("Budget carrier IndiGo" ->
    "IndiGo", "Japanese carmaker Honda Motor" -> "Honda Motor", "Chronicle newspaper" -> "Chronicle"): in English
    a noun in lower case is no part of a name; "Ministry of Health" and "State police" stay."""
    tokens = name.split()
    if len(tokens) > 1 and tokens[-1] in MEDIA_NOUNS and all(t[:1].isupper() for t in tokens[:-1]):
        return " ".join(tokens[:-1])  # "the Chronicle newspaper": the paper's name
    kind_the = _KIND_THE.match(name)
    if kind_the is not None and all(t[:1].isupper() or t in NAME_PARTICLES for t in kind_the.group("rest").split()):
        return kind_the.group("rest")  # "South African opposition party the Economic Freedom Fighters"
    kind = next(
        (
            i
            for i in range(len(tokens) - 2, -1, -1)
            if tokens[i].islower() and tokens[i].isalpha() and tokens[i] not in NAME_PARTICLES  # "Bertrand de Billy"
        ),
        None,
    )
    if kind is None or kind > 2 or tokens[kind] in NAME_PARTICLES or tokens[kind] in _SMALL_WORDS:
        return name
    rest = tokens[kind + 1 :]
    if len(rest) == 1 and (rest[-1].lower() in MEDIA_NOUNS or _MEDIA_END.search(rest[-1])):
        return name  # "Ruritanian state TV": a medium without a name ("the official Daily News" has one)
    named = all(t[:1].isupper() or t in NAME_PARTICLES for t in rest) and rest[0][:1].isupper()
    return " ".join(rest) if len(rest) <= 4 and named else name


#: Plural nouns for the people speaking for a body ("Pregis Corporation officials", "White House officials").
_COLLECTIVE = words("officials executives representatives spokespeople sources")


def _collective(name: str) -> str:
    """A body's name without the people speaking for it after it, where the name has two capitalised words or
    more or is an acronym ("Pregis Corporation officials" -> "Pregis Corporation", "BCCI official" -> "BCCI";
    "Chinese officials" stays)."""
    tokens = name.split()
    if (
        len(tokens) >= 3
        and tokens[-1] in _COLLECTIVE
        and (
            all(t[:1].isupper() for t in tokens[:-1])
            or (tokens[0][:1].isupper() and tokens[-2].title() in pool().organisation_words)
        )
    ):  # "Uvalde school district officials" too; not "State health officials"
        return " ".join(tokens[:-1])
    core = tokens[next((i for i, t in enumerate(tokens) if not t.islower()), len(tokens)) :]  # "senior BCCI official"
    if len(core) == 2 and core[-1] in _COLLECTIVE | {"official"} and re.fullmatch(r"[A-Z]{2,}", core[0]):
        return core[0]  # "the BCCI official": an acronym names a body, not a nation
    return name


def unowned(name: str) -> str:
    """An institution without the possessive of its country or owner before it ("China's Foreign Ministry"
    -> "Foreign Ministry"), where what is left is an institution."""
    m = _OWNER.match(name)
    if m is None or not pool().organisation_words & set(m.group("rest").split()):
        return name
    return m.group("rest")


def _name_word(token: str) -> bool:
    """A word of a personal name: capitalised, a particle, or a prefixed family name ("al-Falih")."""
    return token[:1].isupper() or token in NAME_PARTICLES or token.startswith(("al-", "el-", "bin-", "ibn-"))


def _untitled(name: str) -> str:
    """A name after the last role before it, where one to four name words follow ("Donald J. Trump",
    "Ursula von der Leyen", "K.C. Crosthwaite"); a role alone, or a role of something ("Minister of Health
    Jens Spahn"), stays as it is."""
    # a title's dot glued to the name ("Gen.Nicolas Torre III")
    name = re.sub(
        r"\b([A-Z][a-z]{1,4})\.(?=[A-Z][a-z])",
        lambda m: m.group(0) + " " if m.group(1).lower() + "." in ROLES else m.group(0),
        name,
    )
    tokens = name.split()
    for i in range(len(tokens) - 2, -1, -1):
        parts = tokens[i].lower().split("-")  # "Secretary-General"
        if not any(p in ROLES for p in parts) or (i == 0 and tokens[i].lower() in _AMBIGUOUS_ROLES):
            continue
        rest = tokens[i + 1 :]
        if len(rest) <= 4 and _name_word(rest[-1]) and rest[0][:1].isupper() and all(_name_word(t) for t in rest):
            return " ".join(rest)
        if rest and rest[0] in ("of", "for") and len(rest) >= 4:
            j = 1  # "Minister for Railways Khawaja Saad Rafique": the whole name after the portfolio's words
            while j < len(rest) - 2 and (rest[j] in pool().portfolios or rest[j] in ("and", "the", "&")):
                j += 1
            if j > 1 and len(rest) - j <= 4 and all(_name_word(t) and t[:1].isupper() for t in rest[j:]):
                return " ".join(rest[j:])
            if _personal_tail(rest[-2:]):
                return " ".join(rest[-2:])  # "Minister for Justice Frances Fitzgerald": the name after the office
        break
    return name


def _personal_tail(tokens: list[str]) -> bool:
    """Are these two words a person's given and family name, not the end of an office ("of Foreign Affairs")?"""
    organisation = pool().organisation_words | {"Affairs", "Justice", "Health", "State", "Defence", "Defense"}
    return all(t[:1].isupper() and t.isalpha() and t not in organisation for t in tokens) and not any(
        t.lower() in ROLES for t in tokens
    )
