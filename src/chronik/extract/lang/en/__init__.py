"""English for ``chronik extract``: everything the extractor knows of English news text, as ``LANGUAGE``.

- :mod:`._words`: function words, tense markers, reporting verbs ("said", "reported", "was quoted"),
  abbreviations ("Sept.", "Gov.", "U.S."), role nouns and titles ("spokesman", "President"), the draft's
  English notes; month and weekday names come from arrow's ``en`` locale.
- :mod:`._rules`: the regular expressions that find dates ("Oct. 6", "last week", "two days later",
  wire datelines "NAIROBI, August 21 (Xinhua)").
- :mod:`._attrib`: who made a statement ("told Kenya Television", "was quoted … by local media",
  "according to the State Department"), and the words that may open a subject.

Wire copy is dated the day before it runs: a weekday right after the dct is that day ("headed Tuesday"
in a Monday story).
"""

from __future__ import annotations

import re

from ..._language import Language
from . import _attrib, _outlets, _rules, _speakers, _verbs, _words
from ._words import (
    ABBREVIATIONS,
    COMMUNICATION_VERBS,
    DATE_LEADS,
    DIRECTIONS,
    DRAFT_WORDS,
    DURATION_UNITS,
    EXTRA_MONTHS,
    FUNCTION_WORDS,
    FUTURE_WORDS,
    MODIFIERS,
    NUMBERS,
    PAST_WORDS,
    POOLED,
    RELATIVE_DAYS,
    SENTENCE_ADVERBS,
    STATEMENT_NOUNS,
    STRONG_FUTURE_WORDS,
    UNITS,
)

LANGUAGE = Language(
    code="en",
    arrow_locales=("en",),
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
    intent=re.compile(
        r"\b(?:decided|agreed|voted|promised|pledged|vowed|plans?|planned|intends?|intended|expects?|expected|"
        r"wants?|wanted|hopes?|hoped|aims?|set|going|about|is|are|was|were|scheduled|slated|poised"
        r"|on\s+(?:pace|track|course)"  # "is on pace to hold a key procedural vote Wednesday"
        rf"|{_verbs.DUE_INTENT})\s+to\s+(?!the\b|a\b)[a-z]+"
    ),
    plan_leads=re.compile(
        r"\b(?:to|until|till|through|before|by|for|ahead\s+of)\s+(?:(?:on|or|around|about|approximately)\s+){0,3}\Z"
    ),
    scheduled_for=re.compile(
        # "ahead of the first Test starting from October 2": a start set ahead
        # "Starting Friday, …" opening its sentence: a start set ahead too
        r"\b(?:for|until|till|ahead\s+of(?:\s+the)?|(?:starting|beginning|commencing)\s+(?:from|on)|Starting|Beginning"
        r"|(?:postponed|delayed|moved|pushed\s+back|put\s+off|rescheduled|"
        r"adjourned|deferred|brought\s+forward|set|fixed)\s+(?:[\w’'-]+\s+){0,6}?to)\s*$"
    ),
    reported_clause=re.compile(
        r"\b(?:will|would|could|should|might|may|can|shall|plans?|planned|intends?|is|are|was|were)\b|\w['’]ll\b"
    ),
    # a conjunction of time before its subject's pronoun opens a clause too ("… will play for the first time since
    # she won the title in February": won, not will)
    clause_breaks=re.compile(
        r"[,;]|(?<!\d):|:(?!\d)|\s[–—-]{1,2}\s|\s--\s|[“”\"]|``|''|\b(?:that|because|while|although|whereas)\b"
        r"|\b(?:since|after|before|when|until|once)(?=\s+(?:he|she|it|they|we|I|you)\b)"
    ),
    dated_source=_attrib.DATED_SOURCE,
    dated_source_lead=_attrib.DATED_SOURCE_LEAD,
    publisher=_attrib.publisher,
    told_as_made=_verbs.told_as_made,
    fronted_past=_verbs.fronted_past,
    planned_before=re.compile(r"\b(?:is|are|be|being|will|'ll|’ll)\s+(?:\w+ly\s+)?$"),  # "will be announced"
    no_future=_verbs.no_future,
    adjective=_attrib.adjective,
    place_prepositions=r"(?:in|to|from|at)",
    draft_words=DRAFT_WORDS,
    pooled=POOLED,
    extra_months=EXTRA_MONTHS,
    regular_past_suffix="ed",
    names_open_sentences=False,
    year_nouns=("year", "years", "yr", "yrs", "year-old", "year-olds"),
    number_nouns=(
        "route",
        "highway",
        "interstate",
        "no.",
        "number",
        "room",
        "suite",
        "box",
        "flight",
        "bus",
        "platform",
        "gate",
        "unit",
        "resolution",
        "ordinance",
    ),
    copy_dated_day_before=True,
    when_clause=re.compile(r"\s*when\b"),
    date_leads=DATE_LEADS,
    sentence_adverbs=SENTENCE_ADVERBS,
    habitual=re.compile(
        r"(?<![\w-])(?:daily|(?i:weekdays|weeknights|every\s+(?:day|morning|evening|night|\w+day)"
        r"|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays))(?![\w-])"
    ),
    institution=_attrib.institution,
    spokesperson_for=_speakers.spokesperson_for,
    generic_outlet=_outlets.generic_outlet,
    source_line=re.compile(r"[ \t]*Sources?\s*:\s*(?P<name>[^,|\n]{2,80}?)\s*[,|]\s*"),
    source_leads=("according to", "citing", "quoting"),
    verb_filter=_verbs.verb_filter,
    apposition=_attrib.APPOSITION,
    relative=_attrib.RELATIVE,
    # "(Source: Xinhua)", and a source ending a page's line ("Published: … Source: ONE News")
    page_source=re.compile(
        r"(?m)\((?:Sources?)\s*:\s*(?P<name>[^()\n]{2,40}?)\s*\)"
        r"|(?<![\w(])Source:[ \t]*(?P<line>[A-Z][^()\n:;,.]{1,40}?)[ \t]*$"
        r"|^[ \t]*By[ \t]+(?P<by>[A-Za-z][^()\n:;,.|]{1,40}?)[ \t]*(?:$|\|)"  # "By Press Association", "By ANI |"
    ),
    national=_words.national,
    complementizer=re.compile(r"\bthat\b"),
    possessives={"her": "she", "his": "he", "their": "they", "its": "it"},
    range_words=("to", "until", "till", "through"),
    date_change=re.compile(
        r"\b(?:moved|shifted|postponed|rescheduled|delayed|changed|brought\s+forward|pushed\s+back|put\s+back)"
        r"(?:\s+[\w'’-]+){0,3}?\s+from\s+\Z"
    ),
    between_words=("between", "and"),
    date_attribute=(
        re.compile(r"(?<![\w])(?:the|The|a|an|its|their)\s+\Z"),  # "has a March 20 launch date reserved"
        re.compile(r"[ \t]+(?!(?:and|or|to|in|on|at|for|of|by|was|is|were|are|has|had|will|would)\b)[a-z]{3,}\b"),
    ),
    call_sign=_attrib.CALL_SIGN,
    participle_clause=re.compile(r"\s*(?:(?:While|When|After|whilst|while|when|after)\s+)?[A-Za-z]{2,}ing\b"),
    release_title=re.compile(
        # "World Vision Press Release": the issuer's name before the kind of text, alone on its line
        r"[ \t]*(?P<named>[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,5}?)[ \t]+(?:PRESS|Press|NEWS|News|MEDIA|Media)"
        r"[ \t]+(?:RELEASE|[Rr]elease|STATEMENT|[Ss]tatement)[ \t]*$"
        r"|[ \t]*(?:(?:Statement|Press [Rr]elease|News [Rr]elease|Announcement|(?:Media |Press |News )?Briefing)"
        r"\s+(?:of|by|from)"
        r"|(?:Press|PRESS|Media|MEDIA|News|NEWS)[ \t]+(?:[Rr]elease|RELEASE)[ \t]*:"  # "Press Release: Muster Police"
        r"|Interview\s+with\s+[^\n]{1,80}?\s+(?P<given>for))\s+(?:the\s+|an?\s+)?"
        r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:of|for|the|and|[A-Z][\w'’.-]*)){0,8}?)"
        r"(?=[ \t]*(?:,|$|\s(?:on|in|to|regarding)\s|[ \t][-–—][ \t]))"  # "… Spokesperson - Monday 17 February 2014"
    ),
    statement_nouns=STATEMENT_NOUNS,
    statement_makers=re.compile(
        r"\s*(?:(?:made|issued|released|published|delivered|posted)\s+(?:[a-z]+\s+){0,3})?(?:by|from)\s+"
        r"(?P<np>(?:the\s+)?(?:[\w.'’-]+\s?){1,8}?)(?=\s*(?:[,.;:(]|$"
        r"|\b(?:that|on|in|at|to|about|during|who|which|was|were|is|are|has|have|had|will|would|could|did|does"
        r"|late|early|earlier|later|last|this|yesterday|today|tonight|overnight)\b)"  # "… department late on Sunday"
        r"|\b(?:said|says|[a-z]{2,}ed)\b"  # "A statement from the Ministry of Health confirmed …": the verb ends it
        r"|\s{3,})"
    ),
    outlet_channels=(
        "told",
        "told the",
        "to",
        "to the",
        "with",
        "with the",
        "on",
        "on the",
        "according to",
        "according to the",
        "in an interview with",
        "speaking to",
        "speaking to the",
    ),
    outlet_nouns=_attrib.MEDIA_NOUNS,
    own_outlet=_outlets.OWN_OUTLET,
    line_source=_outlets.LINE_SOURCE,
)
