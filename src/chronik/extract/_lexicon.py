"""Words the extractor reads: month and weekday names from arrow's locale data, plus the few function words
(relative time, tense, communication verbs) that no locale table carries.

Month and weekday names are never typed in here: they come from :mod:`arrow.locales` (``de``, ``de_AT`` for
"Jänner", ``de_CH``, ``en``), so every spelling arrow knows is understood, including abbreviations like
"Aug." and "Sept.".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import arrow.locales

#: arrow locales read per language; the first one names things in output.
LOCALES = {"de": ("de", "de_AT", "de_CH"), "en": ("en",)}


@dataclass(frozen=True)
class Lexicon:
    """Names of one language, lower-cased, mapped to their numbers (month 1-12, weekday 0=Monday)."""

    language: str
    months: dict[str, int]
    weekdays: dict[str, int]
    month_pattern: str
    weekday_pattern: str
    month_day_pattern: str
    """Months before a day number, where abbreviations may go without their dot ("Oct 6", "Jan 25")."""


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def lexicon(language: str) -> Lexicon:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for name in LOCALES[language]:
        loc = arrow.locales.get_locale(name)
        for number in range(1, 13):
            months[loc.month_names[number].lower()] = number
            abbr = loc.month_abbreviations[number].lower().rstrip(".")
            if len(abbr) >= 3:
                months.setdefault(abbr, number)
        for number in range(1, 8):
            weekdays[loc.day_names[number].lower()] = number - 1
    if language == "en":
        # "Sept." is the wire services' abbreviation of September (AP style); arrow knows "Sep".
        months.setdefault(arrow.locales.get_locale("en").month_names[9].lower()[:4], 9)
    else:
        # German papers also write "Jän.", "Febr.", "Mrz." and "Sept." (Duden's abbreviations).
        for abbr, number in (("jän", 1), ("febr", 2), ("mrz", 3), ("sept", 9)):
            months.setdefault(abbr, number)
    # Month abbreviations must be followed by a dot to count (see _scan); full names stand alone.
    # Names are matched capitalised, as both languages write them ("May" the month, not "may" the verb);
    # abbreviations only with their dot ("Aug. 7"), full names alone.
    full = _full_names(language)
    full_months = [w.capitalize() for w in months if w in full]
    abbreviations = [w.capitalize() for w in months if w not in full]
    month_pattern = "(?:" + _alternation(full_months) + ")"
    if abbreviations:
        month_pattern = "(?:" + month_pattern + r"|(?:" + _alternation(abbreviations) + r")\.)"
    month_day_pattern = month_pattern
    if abbreviations:
        month_day_pattern = "(?:" + month_pattern + "|(?:" + _alternation(abbreviations) + r")(?=\s+\d))"
    weekday_pattern = "(?:" + _alternation([w.capitalize() for w in weekdays]) + ")"
    return Lexicon(language, months, weekdays, month_pattern, weekday_pattern, month_day_pattern)


def _full_names(language: str) -> set[str]:
    names: set[str] = set()
    for name in LOCALES[language]:
        loc = arrow.locales.get_locale(name)
        names.update(loc.month_names[n].lower() for n in range(1, 13))
    return names


def month_number(lex: Lexicon, word: str) -> int:
    return lex.months[word.lower().rstrip(".")]


def weekday_number(lex: Lexicon, word: str) -> int:
    return lex.weekdays[word.lower()]


# ---------------------------------------------------------------- function words (not in any locale table)

#: Number words for small counts ("einen Tag vor", "two days later", "fünftägige").
NUMBERS = {
    "de": {
        "ein": 1,
        "eine": 1,
        "einen": 1,
        "einem": 1,
        "einer": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "vierzehn": 14,
    },
    "en": {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "fourteen": 14,
    },
}

#: Stems of duration adjectives: "fünftägige", "zweiwöchigen", "five-day", "two-week".
DURATION_UNITS = {
    "de": {"tägig": "D", "wöchig": "W", "monatig": "M", "jährig": "Y"},
    "en": {"day": "D", "week": "W", "month": "M", "year": "Y"},
}

#: Verbs (inflected forms) that make a dated clause a communication act: a report.
COMMUNICATION_VERBS = {
    "de": {
        "sagte",
        "sagten",
        "sagt",
        "sagen",
        "gesagt",
        "erklärte",
        "erklärten",
        "erklärt",
        "meldete",
        "meldeten",
        "meldet",
        "gemeldet",
        "berichtete",
        "berichteten",
        "berichtet",
        "betonte",
        "betonten",
        "bestätigte",
        "bestätigten",
        "schrieb",
        "schreibt",
        "zitierte",
        "zitiert",
        "warnte",
        "forderte",
        "forderten",
        "kritisierte",
        "kritisierten",
        "begrüßte",
        "begrüßten",
        "meinte",
        "äußerte",
        "äußerten",
        "verkündete",
        "verkündet",
        "erläuterte",
        "versicherte",
        "bekräftigte",
        "dementierte",
        "verlautete",
        "twitterte",
        "veröffentlichte",
        "veröffentlicht",
        "informierte",
        "hieß",
        "mitgeteilt",
        "bekanntgegeben",
        "angekündigt",
        # separable verbs joined in subordinate clauses ("wie die Sprecherin am Freitag mitteilte")
        "mitteilte",
        "mitteilten",
        "bekanntgab",
        "bekanntgaben",
        "ankündigte",
        "ankündigten",
        "angab",
        "angaben",
        "zeigte",
        "zeigten",
    },
    "en": {
        "said",
        "says",
        "told",
        "reported",
        "reports",
        "announced",
        "announces",
        "stated",
        "declared",
        "quoted",
        "issued",
        "confirmed",
        "denied",
        "wrote",
        "warned",
        "tweeted",
        "published",
        "disclosed",
        "revealed",
        "added",
        "insisted",
        "claimed",
        "acknowledged",
    },
}

#: Separable German verbs: the finite part and the particle that must follow in the same clause.
SEPARABLE = {
    "gab": ("bekannt", "an"),
    "gaben": ("bekannt", "an"),
    "gibt": ("bekannt", "an"),
    "teilte": ("mit",),
    "teilten": ("mit",),
    "teilt": ("mit",),
    "kündigte": ("an",),
    "kündigten": ("an",),
    "kündigt": ("an",),
    "gab's": ("bekannt",),
}

#: Nouns of media and agencies: the name after them is the publisher ("der Nachrichtenagentur AFP").
MEDIA_NOUNS = {
    "de": (
        "Nachrichtenagentur",
        "Presseagentur",
        "Agentur",
        "Fernsehsender",
        "Rundfunksender",
        "Radiosender",
        "Nachrichtensender",
        "Sender",
        "Zeitung",
        "Tageszeitung",
        "Wochenzeitung",
        "Zeitschrift",
        "Magazin",
        "Nachrichtenmagazin",
        "Boulevardzeitung",
        "Boulevardblatt",
        "Blatt",
        "Onlineportal",
        "Portal",
        "Staatsfernsehen",
        "Fernsehen",
        "Rundfunk",
        "Radio",
    ),
    "en": (
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
    ),
}

#: Role nouns: in "Der Präsident der Wahlkommission" the institution after the genitive publishes.
ROLE_NOUNS = {
    "Präsident",
    "Präsidentin",
    "Sprecher",
    "Sprecherin",
    "Chef",
    "Chefin",
    "Leiter",
    "Leiterin",
    "Vorsitzende",
    "Vorsitzender",
    "Direktor",
    "Direktorin",
    "Vertreter",
    "Vertreterin",
    "Mitarbeiter",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "Spokesman",
    "Spokeswoman",
}

#: Markers of tense, per language: words that make a clause past or future.
PAST_WORDS = {
    "de": {
        "hat",
        "hatte",
        "hatten",
        "haben",
        "habe",
        "war",
        "waren",
        "wurde",
        "wurden",
        "worden",
        "gewesen",
        "sagte",
        "sagten",
        "begann",
        "begannen",
        "traf",
        "trafen",
        "sprach",
        "sprachen",
        "gab",
        "gaben",
        "kam",
        "kamen",
        "ging",
        "fand",
        "stand",
        "hieß",
        "ließ",
        "lag",
        "flog",
        "reiste",
        "starb",
        "beschloss",
        "entschied",
        "verlegte",
        "bezeichnete",
        "erklärte",
        "meldete",
        "berichtete",
        "zeigten",
        "zeigte",
        "verwies",
        "bestätigte",
        "begrüßte",
        "landete",
        "fiel",
        "gewann",
        "verlor",
        "wählte",
        "griff",
        "zitierte",
        "betonte",
        "forderte",
        "trat",
        "erhielt",
        "bekam",
        "brachte",
        "setzte",
        "setzten",
        "vergangenen",
        "vergangene",
        "letzten",
        "gestern",
        "zuletzt",
        "konnte",
        "konnten",
        "musste",
        "mussten",
        "durfte",
        "durften",
        "wollte",
        "wollten",
        "damals",
        "besuchte",
        "besuchten",
        "empfing",
        "eröffnete",
        "unterzeichnete",
        "unterzeichneten",
        "übernahm",
        "hielt",
        "nahm",
        "führte",
        "teilte",
        "kündigte",
        "nannte",
        "rief",
        "endete",
        "dauerte",
        "folgte",
        "kehrte",
        "ereignete",
        "geschah",
        "feierte",
    },
    "en": {
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "went",
        "came",
        "met",
        "began",
        "took",
        "gave",
        "made",
        "left",
        "flew",
        "held",
        "won",
        "lost",
        "saw",
        "last",
        "ago",
        "yesterday",
        "earlier",
        "already",
    },
}
FUTURE_WORDS = {
    "de": {
        "wird",
        "werden",
        "werde",
        "soll",
        "sollen",
        "solle",
        "sollte",
        "will",
        "wollen",
        "wolle",
        "plant",
        "planen",
        "geplant",
        "geplanten",
        "geplante",
        "kommenden",
        "kommende",
        "nächsten",
        "nächste",
        "morgen",
        "bevorstehenden",
        "bevorstehende",
        "stattfindende",
        "stattfindenden",
        "erwartet",
        "vorgesehen",
        "angesetzt",
        "anberaumt",
        "terminiert",
        "festgesetzt",
        "künftig",
        "demnächst",
        "ab",
        "bis",
    },
    "en": {
        "will",
        "shall",
        "would",
        "scheduled",
        "expected",
        "next",
        "upcoming",
        "tomorrow",
        "due",
        "slated",
        "later",
        "going",
    },
}

# ---------------------------------------------------------------- abbreviations (lower-cased, without the dot)
#
# A dot after an abbreviation ends a sentence only by what follows it, per class: "Sept. 25" goes on,
# "in Sept. The talks" ends; "Dr. Meier" always goes on; "Apple Inc. said" goes on, "Apple Inc. The
# company" ends; "U.S. President" goes on, "in Washington, D.C. The next day" ends.


@dataclass(frozen=True)
class Abbreviations:
    months: frozenset[str]
    """Go on before a number or a month or weekday ("Sept. 25", "10. Okt. 2024", "Mon. Oct. 9")."""
    weekdays: frozenset[str]
    """Like months: "Mo. 5. Mai", "Tue. Nov. 12"."""
    titles: frozenset[str]
    """Never end a sentence: a name follows ("Dr. Meier", "Gov. Brown", "Lt. Gen. Smith")."""
    inner: frozenset[str]
    """Never end a sentence: they stand inside one ("bzw.", "ca. 50", "z. B.", "e.g.", "5 Mio. Euro")."""
    common: frozenset[str]
    """End a sentence before a capitalised word, not before a number or a small letter ("No. 5",
    "Apple Inc. said", "usw. Die")."""
    openers: frozenset[str]
    """Words that open a sentence: after an initialism ("U.S.", "D.C.", "a.m.") only they end it."""


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


ABBREVIATIONS = {
    "de": Abbreviations(
        months=_set("jan jän feb febr mär mrz apr jun jul aug sep sept okt nov dez"),
        weekdays=_set("mo di mi do fr sa so"),
        titles=_set("dr prof hr st mr mrs ms gen sen gov lt col capt sgt rev hon pres dipl ing"),
        inner=_set(
            "bzw ca vgl ggf inkl evtl bzgl sog mio mrd abs art nr str zit ehem gem einschl max min mind "
            "z.b u.a d.h v.a u.u o.ä s.o s.u i.d.r u.ä z.t e.v"
        ),
        common=_set("usw etc jr sr inc corp co ltd no vs jh"),
        openers=_set(
            "der die das den dem des ein eine einer eines einem einen er sie es wir ich man am im in an auf aus "
            "bei mit nach vor seit zum zur von vom für dies diese dieser dieses dann doch aber und oder auch so "
            "zudem außerdem danach später bereits noch wie wenn als nachdem damit dabei dort hier heute gestern "
            "morgen unter über zuvor nun jetzt schon laut trotz wegen the he she it they we"
        ),
    ),
    "en": Abbreviations(
        months=_set("jan feb mar apr jun jul aug sep sept oct nov dec"),
        weekdays=_set("mon tue tues wed thu thur thurs fri sat sun"),
        titles=_set(
            "mr mrs ms messrs dr prof gov sen rep lt gen col capt cmdr cpl sgt maj adm brig st rev hon pres "
            "supt insp det fr sens reps govs gens"
        ),
        inner=_set("vs approx cf e.g i.e viz ca est"),
        common=_set("inc corp co ltd plc llc bros jr sr no nos etc ave blvd rd mt ft univ dept"),
        openers=_set(
            "the a an he she it they we i you this that these those there his her their its our in on at but and "
            "or so yet after before when while as if however meanwhile then later earlier also for from with by "
            "during since according still now today yesterday tomorrow one two three some many most all no "
            "officials police what who why how where"
        ),
    ),
}
