"""German attribution: who made a statement ("sagte Lawrow dem Fernsehsender Rossija 1"), which verbs are
really verbs, and where German text names people.

German main clauses put the subject after the verb when something else comes first (", sagte Lawrow",
"Auch am Sonntag zeigten sich die Grünen"); "Die Morgenpost berichtete" has it before. A participle at the
clause's end ("Pjöngjang hatte im Jänner … bekanntgegeben") has its subject at the clause's start. German
capitalises every noun, so people are only taken where the text marks them (a title, a party, an apposition).
"""

from __future__ import annotations

import re
from functools import cache

from ..._language import ordered, words
from ..._names import PERSON_NAME
from ..._phrases import NAME_PARTICLES, NAME_TOKEN, clean_name, np_after, np_before
from .. import pool
from ._names import described
from ._nominative import nominative
from ._words import COMMUNICATION_VERBS, FUTURE_WORDS, MEDIA_NOUNS, PAST_WORDS, POOLED, STOP

#: German participles among the communication verbs: the clause's subject stands at its start.
PARTICIPLES = words(
    "gesagt erklärt gemeldet berichtet mitgeteilt bekanntgegeben angekündigt veröffentlicht verkündet aufgefordert "
    "aufgerufen bekräftigt betont bestätigt dementiert gefordert gewarnt kritisiert gesendet ausgestrahlt geäußert "
    "erläutert geschrieben zurückgewiesen informiert klargestellt herausgegeben gegeben gepredigt publiziert "
    "gerügt bedauert gesprochen gezogen signalisiert plädiert"
)
_AUXILIARIES = r"\b(?:worden|wurde|wurden|habe|haben|hat|hatte|hatten|sei|seien|ist|sind|war|waren|werden)\b"

#: Words that open a fronted phrase in a German main clause; the subject then follows the verb.
FRONTED = words(
    "mit nach bei in im am an auf aus vor seit auch zuvor damit dabei dort dann heute gestern zudem außerdem "
    "trotz wegen für gegen über unter zum zur bereits erst noch so dazu darauf daraufhin dazu anlässlich laut zufolge "
    "angesichts bezüglich hinsichtlich infolge während zwecks gemeinsam zusammen zugleich gleichzeitig erneut "
    "jetzt nun inzwischen mittlerweile später zunächst schließlich danach anschließend deshalb daher allerdings "
    "jedoch zuletzt ebenso ebenfalls außerdem weiter weiters darüber davon dafür dagegen daran darin spät früh "
    "kürzlich jüngst vorher damals einst ursprünglich eigentlich unterdessen indes"
)

#: How outlet names end: "Süddeutschen Zeitung", "Berliner Morgenpost", "Frankfurter Rundschau".
OUTLET_HEADS = ordered(
    "Zeitung Zeitschrift Post Morgenpost Rundschau Allgemeinen Anzeiger Kurier Presse Tagblatt Tagespost "
    "Nachrichten Spiegel Welt Welle Magazin Fernsehen Rundfunk Journal Agentur"
)

_NOUNS = "|".join(re.escape(n) for n in sorted(MEDIA_NOUNS, key=len, reverse=True))
#: A place's adjective right before a medium's noun that takes an article ("der Schweizer Nachrichtenagentur sda",
#: "der Wiener Zeitung"; not "der Bürgermeister Radio Musterstadt", where the outlet's name opens with the noun).
_PLACE_ADJECTIVE = (
    r"(?!(?:"
    + _NOUNS
    + r")\s)[A-ZÄÖÜ][a-zäöüß]+er(?=\s+[\w-]*(?:agentur|zeitung|zeitschrift|magazin|sender|blatt|portal)\s)"
)
_MEDIA = re.compile(
    rf"(?:[Dd]em|[Dd]er|[Dd]en|[Dd]es|[Dd]ie|[Dd]as)\s+(?:(?:[a-zäöüß-]+(?:en|em|er|e)|{_PLACE_ADJECTIVE})\s+){{0,3}}"
    rf"(?:{_NOUNS})\s+[\"„“»«]?(?P<name>{NAME_TOKEN}(?:\s+(?:(?:de|da|do|del|di|du|la|le|el|van|von)\s+)?{NAME_TOKEN}){{0,3}}"
    r"|(?:dpa|sda|apa|afp|kna|epd|ddp|awp|ats)(?![\w-]))"  # agencies written small
)  # "der Nachrichtenagentur AFP", 'Die portugiesische Zeitung "Jornal de Negocios"', "der Schweizer …"
_OUTLET = re.compile(
    rf"\b(?:dem|der)\s+[\"„“»«]?(?P<name>(?:[A-ZÄÖÜ][\w-]*\s+){{0,3}}(?=[A-ZÄÖÜ])[\w-]*(?:{'|'.join(OUTLET_HEADS)}))(?![\w-])"
)
#: "auf Anfrage von TV Südostschweiz": the outlet that asked publishes the answer.
_ASKED_BY = re.compile(  # "auf Anfrage der Nachrichtenagentur X", "auf Nachfrage von shz.de", "auf PNN-Anfrage"
    r"\bauf\s+(?:(?:eine\s+)?(?:An|Nach)frage\s+(?:von|der|des|bei)\s+"
    rf"(?P<name>[a-z][\w-]*\.(?:de|at|ch|com|net|org)\b|(?:{NAME_TOKEN}\s*){{1,4}})"
    r"|(?P<compound>[A-ZÄÖÜ][\w.]{1,20})-(?:An|Nach)frage\b)"
)
_FROM = re.compile(rf"\b(?:(?:aus|von)\s+(?:dem|der|den)|vom|aus)\s+(?P<np>(?:{NAME_TOKEN}\s*){{1,4}})")

#: A noun for a statement, maybe in a compound: "Archivmeldung", "Presseaussendung", "Pressemitteilung".
#: ("RathausReport der Stadt Erlangen vom 1. April 2022", "Landespressedienst").
STATEMENT_COMPOUND = (  # not a registration or a sick note ("Anmeldung", "Abmeldung", "Krankmeldung")
    r"(?!(?:An|Ab|Um|Krank)meldung)"
    r"[A-ZÄÖÜ][\wäöüß-]*(?i:meldung|mitteilung|aussendung|erklärung|information|info|report|bericht|dienst|aushang"
    r"|schreiben|brief)"
)
#: The same nouns alone, before their maker and day: "Information der Polizeidirektion vom 18.01.2015", "ein
#: Aushang von Günther Muster vom 4. Februar 2022" (as a page's title line they say too little).
STATEMENT_ALONE = r"(?:Meldung|Mitteilung|Aussendung|Erklärung|Information|Info|Bericht|Aushang|Schreiben|Brief)"

#: "Laut dem Tagesspiegel Checkpoint vom November 2024": the date belongs to the source.
DATED_SOURCE = re.compile(
    rf"(?:(?:[Ll]aut|[Zz]ufolge|[Nn]ach\s+(?:Angaben|Aussagen|Worten))\s+(?:(?:aus|von)\s+)?(?:(?:dem|der|den|einem|einer|des)\s+)?"
    rf"(?:[A-ZÄÖÜ][\wäöüß-]+\s+(?:der|des)\s+)?"
    # "Archivmeldung der Rathauskorrespondenz vom 28.09.2020": a statement's noun, its maker and its date
    rf"|(?<![\w-])(?:{STATEMENT_COMPOUND}|{STATEMENT_ALONE})\s+(?:der|des|von)\s+)"
    rf"[„\"»«]?(?P<name>(?:[a-zäöüß]+(?:en|er|em)\s+)?(?:{NAME_TOKEN}\s*){{1,5}}?(?:\s*\([\w-]{{2,12}}\))?)[“\"«»]?\s+"
    r"(?:vom|aus\s+dem)\s*$"
)
DATED_SOURCE_LEAD = re.compile(r"(?:vom|von|aus\s+dem)\s+")


def media_name(body: str) -> str | None:
    """The outlet a statement was given to or published by: "der Nachrichtenagentur AFP", "der Süddeutschen
    Zeitung" (in the form it is known by)."""
    m = _MEDIA.search(body) or _ASKED_BY.search(body)
    if m is None:
        outlet = _OUTLET.search(body)
        if outlet:
            return nominative(outlet.group("name"), "e")
        return None
    return clean_name(m.groupdict().get("compound") or m.group("name"), "de")


def publisher(body: str, verb: re.Match[str]) -> str | None:
    """Who made the statement of the clause ``body`` with the communication verb ``verb``; never a verb ("auf einer
    Pressekonferenz folgen")."""
    found = _publisher(body, verb)  # never a demonstrative ("kündigte dies am 22. Juni an")
    verbal = found and found.islower() and (found.endswith(("en", "ern", "eln")) or found in POOLED.demonstratives)
    return None if verbal and found not in POOLED.pronouns else found


#: Verbs of saying that take no person as their object: "sagte sie", "teilte sie mit" name her as the speaker.
_SAYING_STEMS = ("sag", "erklär", "beton", "mein", "ergänz", "schrieb", "schreib", "teilt", "bericht", "sprach")


def _publisher(body: str, verb: re.Match[str]) -> str | None:
    media = media_name(body)
    if media:
        return media
    # "Würzburg ‐ Ende Mai hatte der Chefredakteur … angekündigt": a dateline's place is no subject (blanked,
    # so the verb keeps its place)
    body = _DATELINE_PLACE.sub(lambda m: " " * len(m.group(0)), body)
    body = _CONJUNCTION.sub(lambda m: " " * len(m.group(0)), body)  # "Doch vor vier Jahren hatten die Besitzer …"
    age = _AGE.search(body)
    if age is not None:  # "Dies habe der 38-Jährige mitgeteilt": the person named before, as "er" would be
        return "er" if age.group(1) == "r" else "sie"
    if verb.group(0).lower() in ("hieß", "heißt"):  # "hieß es am Dienstag aus dem Kanzleramt"
        source = _FROM.search(body)
        return clean_name(source.group("np"), "de") if source else None
    rest = body[verb.end() :]
    # the verb ends its clause, or only "hatte" follows, or "und" opens the clause's next part ("… berichtet und
    # dabei erklärt")
    rest = re.sub(_AUXILIARIES, "", rest)
    last = not re.search(r"\w", rest) or re.match(r"[\s,]*(?:und|oder|sowie)\b", rest) is not None
    opener = _last_subordinator(body, verb.start())
    opens = _SUBORDINATOR.match(body, len(body) - len(body.lstrip(" \t,")))  # "Wie die Polizei berichtet, …"
    # "… am Freitag vom baden-württembergischen Sozialministerium bekannt gegeben worden war": the last agent
    agent = next(reversed(list(_AGENT.finditer(body, 0, verb.start()))), None)
    if agent is not None and verb.group(0).lower() in PARTICIPLES and _PASSIVE.search(body):
        by = np_after(body[agent.end() : verb.start()], "de")
        if by is not None:
            return by
    if verb.group(0).lower() in PARTICIPLES and last and opens is None:
        # "Pjöngjang hatte im Jänner … bekanntgegeben": the subject opens the clause; after a fronted phrase
        # ("Bei einer Sitzung … hatten sich mehrere Staatschefs … geäußert") it follows the auxiliary
        first, second = ([w.lower() for w in body.split()[:2]] + ["", ""])[:2]
        if (
            first in FRONTED | _OBLIQUE  # "Seinen Rücktritt hat der Minister … angekündigt"
            or re.fullmatch(_AUXILIARIES, first)  # "Kürzlich hatte die Polizei mitgeteilt": the date came first
            or (first in POOLED.demonstratives and first not in POOLED.pronouns and re.fullmatch(_AUXILIARIES, second))
        ):  # "Das haben die Ermittler am Mittwoch mitgeteilt": the subject after the auxiliary
            auxiliary = re.search(_AUXILIARIES, body)  # not an object after it ("hat … seinen Rücktritt angekündigt")
            tail = (body[auxiliary.end() :].split() if auxiliary else ["den"]) or [""]
            return np_after(body[auxiliary.end() :], "de") if auxiliary and tail[0].lower() not in _OBLIQUE else None
        return np_after(body, "de") or np_after(_EXTENDED.sub("", body, count=1), "de")
    after = np_after(_OBJECT_ES.sub("", body[verb.end() :], count=1), "de")  # "formulierte es Mario Bühler"
    before = np_before(_apposed(_RELATIVE_BETWEEN.sub(" ", body[: verb.start()])), "de")
    if opener is not None and last:
        # "…, als das Innenministerium die Schließung mitteilte": a clause with its verb last has its subject
        # first, right after the word that opens it
        subject = np_after(body[opener : verb.start()], "de")
        if subject is not None and subject.lower() not in POOLED.pronouns:
            return subject
        pronoun = re.match(r"\s*(er|sie)\b", body[opener : verb.start()])
        if pronoun is not None:  # "…, als sie am Mittwoch … informierten": whom "sie" names, the text says before
            return pronoun.group(1)
    # German main clauses put the subject right after the verb when something else comes first
    # (", sagte Lawrow", "Auch am Sonntag zeigten sich die Grünen"); "Die Morgenpost berichtete" has it before.
    head = body[: verb.start()]
    first = head.split()[0].lower() if head.split() else ""
    # "Mit der Hilfe von … verkündet die FIFA": a fronted phrase puts the subject after the verb, as does an object
    # ("Diesen Entscheid teilte der FC St. Gallen mit": no subject opens with "diesen", "den", "dem")
    inverted = not head.strip() or first in FRONTED | _OBLIQUE or np_before(head, "de") is None
    pronoun_after = re.match(r"[ \t]+(er|sie)\b", body[verb.end() :])
    if (
        not inverted
        and pronoun_after is not None
        and (opener is None or not last)
        # "sie" may be an object ("Die Polizei informierte sie"), not after verbs of saying that take none
        and (pronoun_after.group(1) == "er" or verb.group(0).lower().startswith(_SAYING_STEMS))
    ):
        # "Gut fünf Jahre nach dem Inkrafttreten des Gesetzes sagte er am Mittwoch": "er" after the verb is its
        # subject, whatever phrase comes first
        return pronoun_after.group(1)
    if inverted and after is None:
        # "Dazu erklärte er": the subject is a pronoun (the person is found in the sentences before)
        nxt = body[verb.end() :].split()[:1]
        if nxt and nxt[0].lower().strip(",.") in POOLED.pronouns:
            return nxt[0].strip(",.")
        if before is not None and before.lower() in FRONTED:
            return None
    return (after or before) if inverted else (before or after)


#: A word of a noun phrase: a noun or name, an article or preposition, a number, an inflected adjective (no weak
#: past form: "kursierte"; "ersten" and "letzten" are ordinals; no auxiliary or modal: "Nach der Katastrophe werden
#: am Wochenende … gesperrt" ends the phrase at its verb).
_PHRASE_WORD = (
    r"(?:[A-ZÄÖÜ][\w.-]*|\d+|(?:im|in|am|der|des|dem|den|die|das|mit|von|vom|auf|an|bei|und|aus|einer|eines|einem"
    r"|zum|zur|erste[nmrs]?|letzte[nmrs]?)|(?![a-zäöüß]*ten?\b)(?!(?:werden|haben|sollen|können|müssen|wollen|dürfen"
    r"|waren|worden|seien|mögen)\b)[a-zäöüß]{3,}(?:en|em|er|es|e))"
)
#: "Nach einem Brand in der U-Bahn-Station " before "am Montag": a fronted phrase naming what came first.
AFTER_HAPPENING = re.compile(
    rf"(?:^\s*|[:;–]\s*|\d\s+)Nach\s+(?:dem|der|den|einem|einer|eines)\s+(?:{_PHRASE_WORD}[ \t]+){{0,10}}\Z"
)
#: A happening's noun ending a phrase opened by "vor", right before a date: "vor dem Bundesliga-Nordderby am
#: Freitagabend", "vor der Sitzung des Stadtrats am Dienstag" (not a place: "vor dem Landgericht am Montag").
BEFORE_HAPPENING = re.compile(
    r"\b[Vv]or\s+(?:dem|der|den|einem|einer)\s+(?:[\w-]+[ \t]+){0,3}?[\w-]*?(?i:spiel|derby|duell|partie|finale"
    r"|treffen|sitzung|gipfel|wahl|abstimmung|auftakt|anpfiff|rennen|premiere|konferenz|tagung|versammlung"
    r"|gespräch|besuch|turnier|match|begegnung|debatte|entscheidung|urteil|vote)(?:s|es)?"
    r"(?:[ \t]+(?:des|der|gegen|in|im|mit)[ \t]+(?:[\w-]+[ \t]+){0,3}?)?[ \t]*\Z"
)
#: Articles of an object, never of a subject: a clause they open has its subject after the verb.
_OBLIQUE = words("den diesen einen jenen keinen dem diesem einem jenem keinem seinen ihren unseren meinen")
#: "es" right after the verb, the object before a subject: "So formulierte es Verteidiger Mario Bühler".
_OBJECT_ES = re.compile(r"^\s+es(?=\s+[A-ZÄÖÜ])")
#: A dateline's place opening a clause: "Würzburg ‐ ", "BERLIN - ".
_DATELINE_PLACE = re.compile(r"^\s*[A-ZÄÖÜ][\w./-]*(?:[ \t]+[A-ZÄÖÜ][\w./-]*){0,2}[ \t]+[‐–—-][ \t]+")
#: The agent of a passive before its participle ("vom Ministerium", "von der Polizei"), and the passive's
#: auxiliary ("bekannt gegeben worden war", "wurde … mitgeteilt").
_AGENT = re.compile(r"\b(?:vom|von\s+(?:der|den|dem))\s+")
_PASSIVE = re.compile(r"\b(?:worden|wurde|wurden)\b")
#: A person called by their age: "der 38-Jährige", "die 45-jährige" (the subject form).
_AGE = re.compile(r"\b(?:[Dd]e(r)|[Dd]ie)\s+\d{1,3}-[Jj]ährige\b")
#: Words that open a German clause with its verb last ("als", "wie", "nachdem").
#: An extended attribute between the article and its noun: "Der zur Groupe PSA gehörende Zulieferer X hat …".
_EXTENDED = re.compile(r"^\s*(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?:\S+\s+){1,5}?[a-zäöüß]+(?:end|t)e[nrs]?\s+(?=[A-ZÄÖÜ])")
_CONJUNCTION = re.compile(r"^\s*(?:Doch|Aber|Und|Denn|Sondern|Jedoch|Allerdings)(?=\s)")
_SUBORDINATOR = re.compile(r"\b(?:als|wie|nachdem|während|weil|da|seit|seitdem|bevor|sobald)\s+", re.IGNORECASE)


def _last_subordinator(body: str, before: int) -> int | None:
    """Where the words after the last subordinator before ``before`` begin, if one opens the clause there."""
    end = None
    for m in _SUBORDINATOR.finditer(body, 0, before):
        end = m.end()
    return end


#: A participle: "gerettet", "festgenommen" (a separable prefix before "ge"), "verhaftet", "entlassen", "organisiert".
_PARTICIPLE = re.compile(
    r"(?:ab|an|auf|aus|bei|ein|fest|fort|frei|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|durch|um|wieder)?"
    r"ge[a-zäöüß]{2,}(?:t|en)|(?:be|ver|ent|er|zer|über|unter|miss)[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert"
)


def passive_infinitive(tokens: list[str], i: int) -> bool:
    """ "konnte … gerettet werden", "festgenommen werden": a passive infinitive after a participle, no future;
    nor "soll … zurückgeholt haben": what someone is said to have done; nor "hätten … fliegen sollen": what should
    have been; nor "bis zu 150 Kilometern", an amount."""
    if tokens[i] == "bis" and i + 1 < len(tokens) and tokens[i + 1] == "zu":
        return True
    if tokens[i] in ("sollen", "müssen", "können", "dürfen") and {"hätte", "hätten"} & set(tokens[max(0, i - 16) : i]):
        return True  # "hätten am Samstagabend fliegen sollen": what should have been, no future
    if tokens[i] in ("soll", "sollen", "solle") and any(
        tokens[k + 1] in ("haben", "sein") and _PARTICIPLE.fullmatch(tokens[k])
        for k in range(i + 1, min(len(tokens) - 1, i + 16))
    ):
        return True
    return (
        tokens[i] == "werden"
        and i > 0
        and _PARTICIPLE.fullmatch(tokens[i - 1]) is not None
        and not tokens[i - 1].endswith("ieren")  # "verlieren werden": an infinitive (their participles end "-iert")
    )


def adjective(word: str) -> bool:
    """A lower-case inflected word that is no verb or particle: "umstrittene", "staatlichen"."""
    if word in PAST_WORDS or word in FUTURE_WORDS or word in COMMUNICATION_VERBS:
        return False
    return (
        word.islower()
        and word.endswith(("e", "en", "er", "es", "em"))
        and len(word) > 3
        and word not in STOP
        and word not in _NOT_ADJECTIVES
    )


#: Prepositions, conjunctions and adverbs that end as inflected adjectives do ("ohne Quellenangabe").
_NOT_ADJECTIVES = words(
    "ohne gegen hinter unter neben zwischen wegen außer gegenüber entlang oder aber sondern wieder immer daher "
    "später früher zuvor heute gestern morgen vorgestern übermorgen"
)


#: Nouns that follow "in"/"nach"/"aus" bare in idioms ("in Kraft", "nach Angaben"), not places.
NOT_PLACES = words(
    "Kraft Frage Ordnung Richtung Angaben Höhe Folge Betrieb Haft Zukunft Anspruch Aussicht Begleitung Kürze "
    "Gefahr Hinsicht Bezug Auftrag Verbindung Zusammenarbeit Zusammenhang Person Form Kontakt Sachen Teilen "
    "Summe Ruhe Not Anwesenheit Gesprächen Sicherheitsgründen Berufung Rede Absprache"
)
NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "nis", "gründen", "arbeit")


def common_noun(word: str) -> bool:
    return word in NOT_PLACES or word.lower().endswith(NOUN_SUFFIXES)


@cache
def _person_patterns(titles: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    person = re.compile(
        rf"(?:\b[\wÄÖÜäöüß-]*(?i:{'|'.join(titles)})\s+(?:(?:Prof|Dr|Mag|Dipl\.-Ing)\.\s*)*(?P<a>{PERSON_NAME}))"
        rf"|(?<![\w.])(?P<b>{PERSON_NAME})(?=\s+\([A-ZÄÖÜ][\wÄÖÜ/-]{{1,8}}\))"
        rf"|,\s+(?P<c>{PERSON_NAME})(?=\s*,)"
        rf"|\([A-ZÄÖÜ][\wÄÖÜ/-]{{1,8}}\)\s*(?:,|und)\s+(?P<d>{PERSON_NAME})"
        # "Markus Anfang, Trainer des …", "Jürgen Muster, Vorstandsvorsitzender der …": a title right after
        rf"|(?<![\w.])(?P<e>{PERSON_NAME}),\s+(?:(?:der|die|des|dem|den)\s+)?(?:[a-zäöüß]+e[rmns]?\s+)?"
        rf"[\wÄÖÜäöüß-]*(?i:{'|'.join(titles)})\b"
    )
    titled = re.compile(rf"(?:{'|'.join(titles)})\b", re.IGNORECASE)
    return person, titled


def people(sentence_text: str) -> list[tuple[int, str]]:
    """German people, only where the text marks them as such: after a title ("Bürgermeisterin Karen Bass"),
    before a party in brackets ("Kai Wegner (CDU)"), before their title (", Trainer des …") or as an
    apposition after a title (", Sampo Terho,"),
    since German capitalises every noun ("Künstliche Intelligenz" is no person)."""
    person, titled = _person_patterns(pool().title_endings)
    return [
        (m.start(), next(g for g in m.groups() if g))
        for m in person.finditer(sentence_text)
        # an apposition names a person only after a title ("der Fraktionschef …, Sampo Terho,"), not
        # in a list ("Gesundheitswirtschaft, Künstliche Intelligenz, Stadtentwicklung")
        if not m.group("c") or titled.search(sentence_text[max(0, m.start() - 80) : m.start()])
    ]


#: "EVG-Sprecher", "Außenamtssprecher Hong Lei", "Regierungssprecherin": the institution before "sprecher".
_SPEAKER = re.compile(r"^(?P<org>.*?[^\W\d_])-?[Ss]precher(?:in|innen)?(?:\s.*)?$")
#: "Ford-Management", "VW-Konzernspitze": a body's leadership speaks as the body.
_LEADERSHIP = re.compile(
    r"(?P<org>[A-ZÄÖÜ][\wÄÖÜäöüß.&]*)-(?:Management|Führung|Konzernführung|Spitze|Konzernspitze|Vorstand"
    r"|Geschäftsführung|Leitung|Konzernleitung)"
)
#: The first parts of a spokesperson's title that name no institution ("Mediensprecher", "Pressesprecherin").
_ROLE_ONLY = ("medien", "presse")
#: Endings after which a linking "s" closes the first part of a compound ("Außenamts-", "Regierungs-").
_LINKED = ("ung", "heit", "keit", "schaft", "tät", "ion", "amt", "ium", "tum", "ment", "rat", "bund")


def institution(name: str) -> str:
    """The institution of a spokesperson's title ("Chinas Außenamtssprecher Hong Lei" -> "Chinas Außenamt");
    any other name as it is."""
    if name in ("Beamte", "Beamten", "Polizisten", "Polizeibeamte", "Polizeibeamten"):
        return "Polizei"  # "teilten die Beamten am Sonntag mit": the police (by the fuller name the text gives)
    body = _LEADERSHIP.fullmatch(name)
    if body is not None:  # "das Ford-Management": the company
        return body.group("org")
    m = _SPEAKER.match(name)
    if m is None:
        return _untitled(_unkinded(name))
    org = re.sub(r"^(?:stellvertretende[rn]?\s+|Vize-?)", "", m.group("org"))
    org = re.sub(r"(?<=\w)-?(?:Medien|Presse|medien|presse)$", "", org)  # "Polizei-Mediensprecher": the police
    if org.endswith("s") and org[:-1].lower().endswith((*_LINKED, *_KINDS, *_TRADES)):  # "Unternehmenssprecher"
        org = org[:-1]
    words = org.split()
    if not words or len(words[-1]) < 2:
        return name
    if words[-1].lower() in _ROLE_ONLY:  # "Mediensprecherin Rachel Muster": a role, no institution
        return _untitled(re.sub(r"^.*?(?:Medien|Presse)[Ss]precher(?:in|innen)?\s*", "", name)) or name
    return " ".join([*words[:-1], words[-1][:1].upper() + words[-1][1:]])


#: The ends of the nouns that say a name is an outlet's ("Finanznachrichtenagentur", "Wirtschaftszeitung").
_MEDIA_ENDINGS = tuple(noun.lower() for noun in MEDIA_NOUNS if noun not in ("Programm", "Medien", "Staatsmedien"))


def _unkinded(name: str) -> str:
    """An outlet's name without the compound noun of its kind before it ("Finanznachrichtenagentur Bloomberg" ->
    "Bloomberg", "Wirtschaftszeitung Handelsblatt" -> "Handelsblatt")."""
    first, _, rest = name.partition(" ")
    low = first.lower()
    compound = any(low.endswith(end) and len(low) > len(end) for end in _MEDIA_ENDINGS)  # not "Radio Bremen"
    return rest if compound and rest[:1].isupper() and first[:1].isupper() else name


def _untitled(name: str) -> str:
    """A person's name without the role before it ("Regierungschef Max Muster" -> "Max Muster"): the
    role says who the person is, the name who spoke. An institution's name in the nominative."""
    name = nominative(name)
    tokens = name.split()
    endings = tuple(POOLED.title_endings)
    for i in range(len(tokens) - 2, 0, -1):  # "Lichtensteins Feuerwehrkommandant Andreas Daum"
        if (
            tokens[i].lower().endswith(endings)
            and all(t[:1].isupper() for t in tokens[i + 1 :])
            and len(tokens) - i <= 4
        ):
            tokens = tokens[i + 1 :]
            break
    while (
        len(tokens) > 1
        and tokens[0].lower().endswith(endings)
        and tokens[1][:1].isupper()
        and all(t[:1].isupper() or t in NAME_PARTICLES for t in tokens[2:3])  # "… Ursula von der Leyen"
    ):
        tokens.pop(0)
    while len(tokens) > 1 and tokens[0] in ("Dr.", "Prof.", "Dr", "Prof"):
        tokens.pop(0)
    kind = tokens[0].lower() if tokens else ""
    if len(tokens) > 1 and (kind in _KINDS or kind.endswith(("organisation", *_TRADES))) and tokens[1][:1].isupper():
        tokens.pop(0)  # "die Firma Beispiel GmbH", "die Gewerkschaft Verdi": the name, not its kind
    return " ".join(described(tokens))


#: Nouns for the kind of a body before its name, no part of it ("Stiftung Warentest", "Landesverein Sachsen" keep
#: theirs), and the ends of a trade's nouns, compounds too ("Autozulieferer Faurecia", "Energieversorger EnBW").
_KINDS = ("firma", "unternehmen", "konzern", "gewerkschaft", "verein", "partei", "organisation", "autobauer")
_TRADES = ("zulieferer", "hersteller", "anbieter", "betreiber", "händler", "versicherer", "versorger", "produzent")


_ORG = r"(?P<org>[A-ZÄÖÜ][\w-]*(?:\s+(?:[A-ZÄÖÜ][\w-]*|für|und)){0,4})"
_SPRECHER = r"(?:Presse)?[Ss]precher(?:in)?"
#: "Die Sprecherin des Außenministeriums Hua Chunying", "EVG-Sprecher Hans Muster", "Mailath-Pokornys Sprecherin".
_INTRO_BEFORE = re.compile(
    rf"(?:{_SPRECHER}\s+(?:des|der)\s+{_ORG}|(?P<compound>[A-ZÄÖÜ][\w]*?)-?{_SPRECHER}"
    rf"|(?<![\w-])(?P<owner>[A-ZÄÖÜ][\w-]+?)s\s+{_SPRECHER})\s*,?\s*$"
)
#: "Hua Chunying, Sprecherin des Außenministeriums".
_INTRO_AFTER = re.compile(rf"\s*,\s*(?:der|die|dem|den)?\s*(?:[a-zäöü]+\s+)?{_SPRECHER}\s+(?:des|der)\s+{_ORG}")


def spokesperson_for(before: str, after: str) -> str | None:
    """The institution a person is introduced as speaking for, from the text around their full name."""
    m = _INTRO_BEFORE.search(before) or _INTRO_AFTER.match(after)
    if m is None:
        return None
    if m.groupdict().get("owner"):
        return m.group("owner")  # "Mailath-Pokornys Sprecherin": the person's
    if m.groupdict().get("compound"):
        if m.group("compound").lower() in _ROLE_ONLY:  # "Mediensprecherin Rachel Muster": she speaks, for no one named
            return None
        return institution(m.group("compound") + "sprecher")
    return nominative(m.group("org"))


#: A relative clause, its verb last: ", die Ballons herstellt", ", dessen Sitz in Bonn liegt".
_RELATIVE = r"\s*(?:der|die|das|dessen|deren|welche[rs]?)\s[^,;:]{1,80}?\s[a-zäöüß]{3,}\s*"
#: A relative clause between the subject and its verb: "Die Acme GmbH, die Ballons herstellt, teilte mit".
_RELATIVE_BETWEEN = re.compile(rf",{_RELATIVE},\s*$")
#: A person's name between commas right before the verb: "Der Sprecher der Stadtverwaltung, Max Muster, sagte".
_NAME_APPOSED = re.compile(
    r"^(?P<role>.*\S)\s*,\s*(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+(?:von|van|de|der|zu)){0,2}(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})\s*,\s*$"
)


def _apposed(head: str) -> str:
    """The subject's words before the verb, of a role and a name between commas after it: the role where it is a
    spokesperson's (the institution speaks: "Der Sprecher der Stadtverwaltung, Max Muster,"), else the name ("Der
    Bürgermeister von Linz, Klaus Luger,")."""
    m = _NAME_APPOSED.match(head)
    if m is None:
        return head
    return m.group("role") if re.search(_SPRECHER, m.group("role")) else m.group("name")


#: A relative clause between two commas: ", die Ballons herstellt,", ", der die Behörde leitet,".
RELATIVE = re.compile(_RELATIVE)


_TITLE_ALTERNATION = "|".join(re.escape(t) for t in sorted(POOLED.title_endings, key=len, reverse=True))
#: A role between two commas that renames the person before it: ", Caritasdirektorin für die Diözese Mainz,",
#: ", der Sprecher des Ministeriums,". Only capitalised words and small joining words: no verb.
APPOSITION = re.compile(
    rf"\s*(?:(?:der|die|dem|den|des)\s+)?[A-ZÄÖÜ][\w-]*?(?i:{_TITLE_ALTERNATION})"
    r"(?:\s+(?:für|der|des|von|vom|im|in|bei|beim|die|das|dem|den|und|[A-ZÄÖÜ][\w.-]*))*\s*"
)


#: A weak past form right after a fronted date ("Am Sonntag brannte es", "Am Montag meldeten die Behörden").
#: Not "-ten" alone: "erwarten" is present; but a stem's end no present form has before it ("verständigten",
#: "mussten", "lebten", "stimmten", "planten").
_WEAK_PAST = re.compile(r"\s+([a-zäöüß]{3,}(?:te|eten|ierten|igten|ssten|ßten|bten|mten|nten))\b")
#: Adjectives and ordinals with the same ending: "Am Sonntag erste Ergebnisse", "Am Montag späte Züge".
_NOT_PAST = words(
    "zweite zweiten dritte dritten vierte vierten fünfte fünften sechste siebte achte neunte zehnte gute guten "
    "weite weiten späte späten rechte rechten linke breite breiten harte harten leichte leichten echte echten "
    "könnten müssten wüssten ersten letzten nächsten besten meisten"  # wishes and guesses, superlatives
)


def fronted_past(after: str) -> bool:
    """Is the word right after a fronted date a weak past form (the finite verb of a German main clause comes
    second: "Am Sonntag brannte es")? Not a superlative ("erste", "nächste") or an adjective of that ending."""
    m = _WEAK_PAST.match(after)
    return m is not None and not m.group(1).endswith(("ste", "sten")) and m.group(1) not in _NOT_PAST
