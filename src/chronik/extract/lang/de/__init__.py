"""German for ``chronik extract``: everything the extractor knows of German news text, as ``LANGUAGE``.

- :mod:`._words`: function words, tense markers, reporting verbs ("sagte", "teilte … mit"), media nouns
  ("Nachrichtenagentur"), role nouns and titles ("Sprecherin", "Außenminister"), abbreviations, the
  draft's German notes; month and weekday names come from arrow's ``de``, ``de_AT`` ("Jänner") and
  ``de_CH`` locales.
- :mod:`._rules`: the regular expressions that find dates ("am 8. November", "vergangene Woche",
  "Einen Tag vor Beginn des Gipfels", "(APA, 29.7.2015)").
- :mod:`._attrib`: who made a statement ("sagte Lawrow dem Fernsehsender Rossija 1", "laut einer
  Aussendung", outlet names such as "der Süddeutschen Zeitung"), and where German text names people.
- :mod:`._verbs`: verbs of saying that say something only in some uses ("zeigte sich", "sprach von …").
"""

from __future__ import annotations

import re

from ..._language import Language
from . import _attrib, _outlets, _rules, _verbs
from ._words import (
    ABBREVIATIONS,
    COMMUNICATION_VERBS,
    DIRECTIONS,
    DRAFT_WORDS,
    DURATION_UNITS,
    EXTRA_MONTHS,
    FUNCTION_WORDS,
    FUTURE_WORDS,
    MEDIA_NOUNS,
    MODIFIERS,
    NUMBERS,
    PAST_WORDS,
    POOLED,
    RELATIVE_DAYS,
    SENTENCE_ADVERBS,
    STRONG_FUTURE_WORDS,
    UNITS,
)

LANGUAGE = Language(
    code="de",
    arrow_locales=("de", "de_AT", "de_CH"),
    rules=_rules.rules,
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    numbers=NUMBERS,
    directions=DIRECTIONS,
    modifiers=MODIFIERS,
    relative_days=RELATIVE_DAYS,
    units=UNITS,
    duration_units=DURATION_UNITS,
    communication_verbs=COMMUNICATION_VERBS,
    past_words=PAST_WORDS,
    future_words=FUTURE_WORDS,
    strong_future_words=STRONG_FUTURE_WORDS,
    intent=re.compile(r"\b(?:beschlossen|vereinbart|angekündigt|geplant|vorgesehen)\b[^.]*\bzu\s+[a-zäöü]+en\b"),
    # "den für Donnerstag angesetzten Termin"; not what a text refers to ("beziehen sich auf den 24. Februar")
    scheduled_for=re.compile(r"\b(?:für|(?<!\bsich\s)auf)(?:\s+(?:den|die|das))?\s*$"),
    reported_clause=re.compile(r"\b(?:werde|würde|werden|wird|solle|sollen|soll|könne|könnte|wolle|dass)\b"),
    clause_breaks=re.compile(
        r"[,;]|(?<!\d):|:(?!\d)|\s[–—-]{1,2}\s|\s--\s|[„“”\"»«]|``|''|\((?=\s)|\b(?:dass|weil|ob|nachdem|bevor|obwohl|wobei|sodass|damit)\b"
        # "… konnten eingeholt werden und es ist mit einer Freigabe Mitte September zu rechnen": a clause of its own
        r"|\bund(?=\s+(?:es|man)\s+(?:ist|sind|war|waren|wird|werden|gibt|gab|soll|sollen|muss|kann|können)\b)"
    ),
    dated_source=_attrib.DATED_SOURCE,
    dated_source_lead=_attrib.DATED_SOURCE_LEAD,
    publisher=_attrib.publisher,
    told_as_made=_verbs.told_as_made,
    adjective=_attrib.adjective,
    place_prepositions=r"(?:in|im|nach|aus|bei)",
    draft_words=DRAFT_WORDS,
    pooled=POOLED,
    extra_months=EXTRA_MONTHS,
    extra_month_names={"feber": 2},  # Austrian, as "Jänner" (which arrow's de_AT knows)
    extra_weekdays={"sonnabend": 5},  # Saturday in the north and east
    ordinal_dot=True,
    no_future=_attrib.passive_infinitive,
    weak_past=_verbs.weak_past,
    noun=_verbs.noun,
    verb_filter=_verbs.verb_filter,
    auxiliary=re.compile(r"(?:hatte|hatten|hat|haben|habe)"),
    planned_after=re.compile(r"\s+(?:werden|wird)\b"),  # "sollen am Sonntag mitgeteilt werden"
    # "der am Donnerstag erscheinenden Wochenzeitung", "die am Sonntag stattfindende Wahl" (not "vom Montag stammende")
    ahead_attribute=re.compile(r"[ \t]+(?!stammend|datierend)[a-zäöüß]{3,}end(?:e|en|er|es|em)\b"),
    coming_issue=re.compile(r"[ \t]+erscheinende[nmrs]?\b"),
    after_happening=_attrib.AFTER_HAPPENING,
    before_happening=_attrib.BEFORE_HAPPENING,
    plan_leads=re.compile(
        r"\b(?:bis|zum|zur|vor|für|spätestens)\s+(?:(?:zum|zur|den|dem|am|etwa|ca\.)\s+){0,2}\Z", re.IGNORECASE
    ),
    people=_attrib.people,
    nouns_capitalised=True,
    common_noun=_attrib.common_noun,
    adjective_days=("morgig", "gestrig", "heutig"),
    year_nouns=("jahr", "jahre", "jahren", *(f"jährig{e}" for e in ("", "e", "en", "er", "es", "em"))),
    number_nouns=(
        "-straße",
        "-strasse",
        "-linie",
        "nr.",
        "nummer",
        "gleis",
        "zimmer",
        "raum",
        "flug",
        "route",
        "resolution",
        "postfach",
    ),
    when_clause=re.compile(r"\s*als\b"),
    date_leads=frozenset(["auch", "bereits", "schon", "noch", "erst"]),
    sentence_adverbs=SENTENCE_ADVERBS,
    habitual=re.compile(
        r"(?<![\w-])(?i:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonnabends|sonntags|werktags"
        r"|wochentags|feiertags|täglich)(?![\w-])"
    ),
    institution=_attrib.institution,
    fronted_past=_attrib.fronted_past,
    apposition=_attrib.APPOSITION,
    relative=_attrib.RELATIVE,
    impersonal=re.compile(r"\b(?:heißt|heisst|hieß|hiess)\s+es\b|\bes\b[^.;:]{0,80}?\b(?:heißt|heisst|hieß|hiess)\b"),
    # "(Quelle: Donaukurier)", a credit with an author's initials "(Schauspiel Stuttgart / sle)"
    page_source=re.compile(
        r"(?m)\((?:Quellen?)\s*:\s*(?P<name>[^()\n]{2,40}?)\s*\)"
        r"|^[ \t]*\((?P<credit>[A-ZÄÖÜ][^()/\n]{1,40}?)\s*/\s*[a-z]{2,4}\)[ \t]*$"
        # "… | Quelle: Radio Bremen", "Quelle: dpa", a release's "PM: WetterOnline"
        r"|(?<![\w(])(?:Quelle|PM):[ \t]*(?P<line>[\wÄÖÜ][^()\n:;,.]{1,40}?)[ \t]*$"
        r"|^[ \t]*[Vv]on[ \t]+(?P<by>[\wÄÖÜ][^()\n:;,.|]{1,40}?)[ \t]*$"  # "Von dpa", "von dpa" over the date line
    ),
    complementizer=re.compile(r"\bdass\b"),
    # "…, am Samstag keine Zuschauer im Stadion zuzulassen.", "…, um am Montag zu beginnen"
    infinitive_clause=re.compile(r"(?:\bzu\s+[a-zäöüß]{2,}e?n|\b[a-zäöüß]{2,}zu[a-zäöüß]{2,}e?n)[\s.,;:!?\"“”«»]*\Z"),
    possessives={"seiner": "er", "seinem": "er", "seine": "er", "ihrer": "sie", "ihrem": "sie", "ihre": "sie"},
    between_words=("zwischen", "und"),
    range_words=(
        "bis einschließlich",  # "von Freitag, 19. März, bis einschließlich Montag, 22. März"
        "bis einschliesslich",
        "bis inklusive",
        "bis und mit",  # Swiss: "vom 3. bis und mit 9. Mai"
        "bis zum",
        "bis zur",
        "bis",
    ),
    release_title=re.compile(
        # "Gemeinsame Pressemitteilung von …"; the plural or the noun alone where the line dates it
        # ("Pressemitteilungen der Deutschen Bischofskonferenz vom 23.10.2013", "Info der Stadt Stuttgart -
        # 24.01.2018 -"), not a headline ("Fluginformationen der Lufthansa erhalten Kunden …")
        rf"[ \t]*(?:(?:[A-ZÄÖÜ][a-zäöüß]{{3,}}e[ \t]+)?{_attrib.STATEMENT_COMPOUND}(?:en(?=[^\n]*\d))?"
        r"\s+(?:der|des|von)"
        rf"|{_attrib.STATEMENT_ALONE}\s+(?:der|des|von)(?=[^\n]*\d)"
        # the issuer without an article where its number follows: "Medieninformation Polizeidirektion Dresden Nr. 409"
        rf"|{_attrib.STATEMENT_COMPOUND}(?=[ \t]+[A-ZÄÖÜ][^\n]*?[ \t]Nr\.?[ \t]*\d)"
        r"|Interview\s+mit\s+[^\n]{1,80}?\s+(?P<given>für\s+(?:die|den|das|der|dem)))\s+"  # "… für die NRW-Lokalradios"
        r"(?P<name>[A-ZÄÖÜ][\w.-]*"
        r"(?:[ \t]+(?:für|der|des|und(?![ \t]+(?:der|des|dem)\b)|(?!Nr\b)[A-ZÄÖÜ][\w.-]*)){0,5})[ \t]*"
    ),
    spokesperson_for=_attrib.spokesperson_for,
    generic_outlet=_outlets.generic_outlet,
    # "Quelle: B5 aktuell Nachrichten, 01.07.2020", "Dieses Thema im Programm: MDR AKTUELL – Das Nachrichtenradio |
    # 08. Mai 2024 | 14:40 Uhr": a broadcaster's programme line names the programme that carried it
    source_line=re.compile(
        r"[ \t]*(?:Quellen?|Dieses\s+Thema\s+im\s+Programm)\s*:\s*(?P<name>[^,|\n]{2,80}?)"
        r"\s*(?:\s[–-]\s[^,|\n]*)?[,|]\s*"
    ),
    source_leads=("laut", "zufolge"),
    statement_nouns=frozenset(
        [
            "aussendung",
            "pressemitteilung",
            "update",  # "UPDATE 28.07.2021:": a release brought up to date
            "nachtrag",
            "pressekonferenz",
            "medienkonferenz",
            "pressegespräch",
            "pressetermin",  # "haben am 28.10.2019 einen gemeinsamen Pressetermin"
            "medientermin",
            "pressebriefing",
            "mediengespräch",
            "pressestatement",
            "medienmitteilung",
            "presseinformation",
            "medieninformation",
            "presseerklärung",
            "pressemeldung",
            "mitteilung",
            "stellungnahme",
            "videobotschaft",
            "videoansprache",
            "fernsehansprache",
            "rundschreiben",
            "auskunft",  # "Laut Auskunft der Klinik am späten Samstagnachmittag"
            "erklärung",
            "interview",
            "rede",
            "ansprache",
            "regierungserklärung",
            "stand",  # "Zum Stand Mittwoch, 28. Oktober 2020 ist …": figures as their maker gave them that day
            "pm",  # "PM der PD Kiel vom 23.03.2020": the press release a police report ends with
            "aufruf",  # "wendet sich mit einem Aufruf … an die Bevölkerung"
            "appell",
            "durchsage",
            "bekanntmachung",
            "verlautbarung",
            "bericht",  # "In einem Bericht der Kleinen Zeitung vom 23. Feber 2010 sprachen Sie von …"
            "artikel",
            "schreiben",  # "aus einem Schreiben des Ministeriums vom 7. April"
            "brief",
        ]
    ),
    statement_makers=re.compile(
        r"\s*(?:(?:der|von)\s+(?P<np>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})(?![\w-])"  # "von Bürgermeister X"
        r"|des\s+(?P<np2>[A-ZÄÖÜ][\w-]*?)(?:es|s)\b)"
    ),
    outlet_channels=(
        "im",
        "in der",
        "beim",
        "bei der",
        "gegenüber",
        "gegenüber dem",
        "gegenüber der",
        "laut",
        "wie",
        "wie die",
        "wie der",
        "wie das",
        "dem",
        "der",
        "zur",  # Austrian: "sagte Reithofer am Mittwoch zur APA"
        "zum",
        "Interview mit",  # "in einem Interview mit „Radio Vatikan“"
        "Interview mit dem",
        "Interview mit der",
        "Gespräch mit",
        "Gespräch mit dem",
        "Gespräch mit der",
    ),
    outlet_nouns=tuple(n.lower() for n in MEDIA_NOUNS),
    own_outlet=_outlets.OWN_OUTLET,
    line_source=_outlets.LINE_SOURCE,
)
