"""What a language module of ``chronik extract`` provides: the :class:`Language` it defines as ``LANGUAGE``.

The shared machinery (:mod:`._scan`, :mod:`._attrib`, :mod:`._resolve`, the pipeline in the package) knows no
word of any language: it asks the module of the text's language (:func:`chronik.extract.lang.get`). mypy
checks each module's ``LANGUAGE = Language(...)`` against the fields below; the fields with a default are
refinements a new language may leave out.

:class:`Pooled` words are the exception: the shared heuristics for names and phrases look for them in texts
of every language (a German text quotes "the Washington Post", an English one "Der Spiegel"), so they are
the union over all registered languages (:func:`chronik.extract.lang.pool`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._scan import Rule


def words(text: str) -> frozenset[str]:
    """A word set written as text: ``words("der die das")``."""
    return frozenset(text.split())


def ordered(text: str) -> tuple[str, ...]:
    """Words in their order, written as text: ``ordered("minister ministerin")``."""
    return tuple(text.split())


_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Abbreviations:
    """Abbreviations (lower-cased, without the dot), by what a dot after them means.

    A dot after an abbreviation ends a sentence only by what follows it, per class: "Sept. 25" goes on,
    "in Sept. The talks" ends; "Dr. Meier" always goes on; "Apple Inc. said" goes on, "Apple Inc. The
    company" ends; "U.S. President" goes on, "in Washington, D.C. The next day" ends.
    """

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


@dataclass(frozen=True)
class Pooled:
    """Words the shared name and phrase heuristics look for in texts of *every* language; the extractor uses
    the union over all registered languages (lower-cased unless said otherwise)."""

    articles: frozenset[str] = _NONE
    """Articles, dropped around names ("der", "the")."""
    no_publisher: frozenset[str] = _NONE
    """Words that are no publisher when they are all there is ("er", "we", "man")."""
    page_labels: frozenset[str] = _NONE
    """Lower-case words that label a news page's own stamp ("published", "updated", "aktualisiert"): such a line
    dates a page, whose own lines are its outlet's; an issuer is looked for only on a release's lines."""
    measure_words: frozenset[str] = _NONE
    """Units a number is joined to by a hyphen, so it is no year ("einem 2000-Liter-Wassertank", "a 1500-seat
    arena")."""
    subject_leads: frozenset[str] = _NONE
    """Conjunctions and prepositions that may open a sentence before its subject, no part of a maker's name ("But
    Facebook said in April", "With …", "Aber die Stadt …")."""
    pronouns: frozenset[str] = _NONE
    """A report's publisher that is only a pronoun takes the person named before it ("erklärte sie")."""
    thing_pronouns: frozenset[str] = _NONE
    """The pronouns of those :attr:`pronouns` that stand for a thing, never a person ("it"): such a publisher takes
    the body the text names most, not the person named last."""
    demonstratives: frozenset[str] = _NONE
    """A subject that is only this word names nothing: the subject follows the verb ("Dies teilte … mit")."""
    role_nouns: frozenset[str] = _NONE
    """As written: in "Der Präsident der Wahlkommission" the institution after the role publishes."""
    role_links: frozenset[str] = _NONE
    """Words between a role and its institution ("der", "des", "of")."""
    genitive_links: frozenset[str] = _NONE
    """Of those, the ones after which the institution has a genitive ending ("des Innenministeriums")."""
    name_tail: frozenset[str] = _NONE
    """Words a name never ends in, besides articles ("und", "of")."""
    title_endings: tuple[str, ...] = ()
    """How titles before a name end ("Außenminister", "President"): never part of a place or person name."""
    stop_words: frozenset[str] = _NONE
    """Prepositions, particles and pronouns that end a subject found before its verb ("am", "sich")."""
    verb_fillers: frozenset[str] = _NONE
    """Words skipped right after a verb before its subject ("sich", "also")."""
    name_joiners: frozenset[str] = _NONE
    """Small words inside a noun phrase after a verb ("der", "von", "of")."""
    hyphen_joiners: frozenset[str] = _NONE
    """Conjunctions after a hyphenated first part ("Gesundheits- und Sozialministerium")."""
    date_prepositions: frozenset[str] = _NONE
    """Words that end a noun phrase after a verb because a date follows ("am", "im")."""
    subject_tail: tuple[str, ...] = ()
    """Adverbs and auxiliaries dropped from the end of the words before a verb ("bereits", "had")."""
    day_prepositions: frozenset[str] = _NONE
    """A preposition before a day, dropped from the end of the words before a verb ("am", "on")."""
    zone_words: frozenset[str] = _NONE
    """What may follow a time of day to say its zone in words, before its day ("07:00 a.m. local time Monday")."""
    subject_joiners: frozenset[str] = _NONE
    """Small words inside a subject before its verb ("der", "of", "für")."""
    subject_head: frozenset[str] = _NONE
    """Words a subject never begins with, besides articles ("und", "wie", "for")."""
    list_words: frozenset[str] = _NONE
    """Words a list item may hold besides its date ("…, 14, 20 and March 3")."""
    against_the_tense: tuple[str, ...] = ()
    """Regular expressions of words just before a date that set it against the clause's tense ("schon")."""
    be_words: frozenset[str] = _NONE
    """After these, a past form is a participle, no past ("be", "been")."""
    separable_verbs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Finite parts of separable communication verbs and what must stand in their clause, each a pattern of one word
    after or right before the verb: a particle ("teilte": "mit") or the noun a phrase of saying takes ("gab":
    "Entwarnung")."""
    organisation_words: frozenset[str] = _NONE
    """As written: a name holding one of these is no person ("Ministry", "Department")."""
    organisation_kinds: tuple[str, ...] = ()
    """How nouns end that say what kind of organisation follows ("Marktforschungsinstitut Brainstudio GmbH",
    "retailer"): no part of its name."""
    portfolios: frozenset[str] = _NONE
    """A minister's portfolio between the title and the name, as written ("Minister for Interior Sheikh Rashid
    Ahmad", "Minister of Foreign Affairs Arzu Rana Deuba"): never part of the name."""
    phrase_prepositions: frozenset[str] = _NONE
    """Lower case: prepositions that open a phrase of its own before a comma ("In a statement on Thursday, the
    club said", "Im Interview am Freitag, sagte …"): its statement is the clause's after the comma, or the
    subject's opening the sentence before it."""
    update_labels: frozenset[str] = _NONE
    """Lower case: a page's label for an update before its stamp ("Update: 23. März, 8.05 Uhr", "Updated: March 23",
    "Nachtrag vom 30. November"): the stamp opens its entry and is the page's."""
    channel_prepositions: frozenset[str] = _NONE
    """Lower case: prepositions that open the phrase of where a statement went or appeared ("wrote on Facebook last
    week", "said in an interview last month", "schrieb auf Instagram vergangene Woche"): between a verb and a week
    after it, the week is still the statement's."""
    release_words: tuple[str, ...] = ()
    """Lower case: words by which a page calls itself a release or names the desk that issued it ("press
    release", "pressemitteilung", "pr-referat"): found in a page's head, its date line is its issuer's, else the
    page's own line names no issuer the text does not name (a news page's most named body is the story's)."""
    clock_words: tuple[str, ...] = ()
    """As written, case ignored: words after a clock time that make it one ("Uhr", "a.m.", "pm"): "14.35 Uhr"
    alone on a line is a ticker's stamp, "22:39 Uhr" may stand beside a date heading an entry."""
    ranks: frozenset[str] = _NONE
    """As written: words of rank that open a title ("First Minister", "Vice President", "Erster Bürgermeister"):
    no body speaks through the title after them."""
    date_openers: tuple[str, ...] = ()
    """As written: prepositions before a date that opens its sentence ("Am", "On")."""
    byline_words: frozenset[str] = _NONE
    """The word before an author's or an outlet's name in a byline ("by", "von"): "By Khaama Press"."""
    lead_articles: tuple[str, ...] = ()
    """Articles between a leading word and the date ("für den 29. August", "for the")."""
    not_topics: frozenset[str] = _NONE
    """As written: capitalised words before a year that make it a time, not a name ("Im Jahr 2019")."""
    topic_openers: frozenset[str] = _NONE
    """As written: words before a year that make it what a sentence speaks of ("The meeting dates for 2024 are
    Feb. 5-6"), as a year written onto a name does."""
    start_verbs: tuple[str, ...] = ()
    """Verbs that say a happening begins ("begann", "started"): a duration starts on their day."""
    frame_words: frozenset[str] = _NONE
    """Words that do not change which day an expression names ("am", "on", "spätestens")."""
    draft_stop_words: frozenset[str] = _NONE
    """Words that say little about an event: left out of a draft's ids."""
    id_articles: frozenset[str] = _NONE
    """Leading articles left out of a publisher's id in a draft (``Die Zeit`` -> ``zeit``)."""
    transliteration: Mapping[str, str] = field(default_factory=dict)
    """Letters written out in ids ("ä": "ae")."""
    quantifiers: frozenset[str] = _NONE
    """Words after a list of names that count them, no part of a name ("all", "alle")."""
    compound_tails: tuple[str, ...] = ()
    """Second parts of adjectives made of a name and a word, no part of a person's name ("-language", "-based")."""
    outlet_heads: tuple[str, ...] = ()
    """How outlets' names end, in lower case ("news", "zeitung"): a name ending so is an outlet's."""
    section_labels: frozenset[str] = _NONE
    """Lower case: a news site's section names of more than one word that end like an outlet's name ("local
    news", "lokale nachrichten"): after a bar on a page's line they are its section, no outlet."""


PublisherFinder = Callable[[str, re.Match[str]], "str | None"]


@dataclass(frozen=True)
class Language:
    """Everything ``chronik extract`` knows of one language. A module ``chronik.extract.lang.<code>`` defines
    it as ``LANGUAGE``; the registry (:data:`chronik.extract.lang.LANGUAGES`) names the module."""

    code: str
    """ISO 639-1 code, as ``--lang`` and the timeline's ``language`` give it."""
    arrow_locales: tuple[str, ...]
    """arrow locales whose month and weekday names are read ("de", "de_AT" for "Jänner")."""
    rules: Callable[[Lexicon], tuple[Rule, ...]]
    """The regular-expression rules that find temporal expressions, built from the lexicon's names."""
    function_words: frozenset[str]
    """The commonest function words: ``--lang auto`` picks the language with the most of them in a text."""
    abbreviations: Abbreviations
    numbers: Mapping[str, int]
    """Number words for small counts ("einen Tag vor", "two days later")."""
    directions: Mapping[str, int]
    """Words giving a direction: -1 "vergangenen"/"last", +1 "kommenden"/"next", 0 "diese"/"this"."""
    modifiers: Mapping[str, str]
    """Words that open, split or close a period: "Anfang"/"early" -> early, "Mitte" -> mid, "Ende" -> late."""
    relative_days: Mapping[str, int]
    """Days from the reference date: "heute" 0, "gestern" -1, "morgen" 1."""
    units: tuple[tuple[str, str], ...]
    """Stems of time units and their letters D, W, M ("tag": "D"); any other unit is a year."""
    duration_units: Mapping[str, str]
    """Stems of duration adjectives and their units: "tägig" (fünftägige) -> "D", "week" (two-week) -> "W"."""
    communication_verbs: frozenset[str]
    """Inflected verbs that make a dated clause a communication act: a report ("sagte", "said")."""
    past_words: frozenset[str]
    """Words that make a clause past."""
    future_words: frozenset[str]
    """Words that make a clause future."""
    strong_future_words: frozenset[str]
    """Future words that count double: modals and auxiliaries ("wird", "will")."""
    intent: re.Pattern[str]
    """A decision or plan about something to come ("decided to …", "beschlossen … zu …"): counts as future."""
    scheduled_for: re.Pattern[str]
    """Words that end just before a date someone fixed ("für den", "postponed to"): it may lie either side."""
    reported_clause: re.Pattern[str]
    """Between a communication verb and a later date: the date is the reported thing's ("will", "dass")."""
    clause_breaks: re.Pattern[str]
    """What separates clauses: punctuation, quotes, subordinators ("dass", "because")."""
    dated_source: re.Pattern[str]
    """A source dated by the expression that follows ("laut dem Tagesspiegel vom", "according to X of"):
    group ``name`` is the source."""
    dated_source_lead: re.Pattern[str]
    """Words opening an expression that belong to :attr:`dated_source` ("vom", "of")."""
    publisher: PublisherFinder
    """Who made the statement of a clause (its text) with a communication verb (the match), if named."""
    told_as_made: Callable[[str], bool]
    """Is the communication verb a past form ("sagte", "said"), so the statement was made?"""
    adjective: Callable[[str], bool]
    """Is the word a lower-case adjective that may open a name ("umstrittene", "local")?"""
    place_prepositions: str
    """A regular expression of the prepositions before a place name ("in|nach|aus|bei")."""
    draft_words: Mapping[str, str]
    """The draft's notes and titles in this language (keys as :data:`chronik.extract._draft.WORD_KEYS`)."""
    pooled: Pooled = field(default_factory=Pooled)
    """Words looked for in texts of every language (see :class:`Pooled`)."""
    extra_months: Mapping[str, int] = field(default_factory=dict)
    """Month abbreviations arrow does not know ("sept", "jän")."""
    extra_month_names: Mapping[str, int] = field(default_factory=dict)
    """Month names arrow does not know, written out, so they stand without a dot ("feber", Austria's February)."""
    extra_weekdays: Mapping[str, int] = field(default_factory=dict)
    """Weekday names arrow does not know, by number (0 = Monday): "sonnabend" for Saturday."""
    ordinal_dot: bool = False
    """A dot after a day number never ends a sentence ("der 3. Platz"), not only before a month."""
    regular_past_suffix: str | None = None
    """A word of more than four letters with this ending is a past form ("ed")."""
    weak_past: Callable[[list[str], int], bool] | None = None
    """Is the word at this index (of the words as written) a regular past form that only its ending and its
    neighbours tell ("kontrollierte", "verhafteten"; not "der verletzte Mann", "die konkreten Pläne")?"""
    no_future: Callable[[list[str], int], bool] | None = None
    """Is the future word at this index (of the lower-case words) no future here: a passive infinitive ("gerettet
    werden"), a wish in the present ("would like to")?"""
    noun: Callable[[str, re.Match[str]], bool] | None = None
    """Is a word of a clause (its text, the word's match) a noun, so never a verb ("Berichte")?"""
    verb_filter: Callable[[str, re.Match[str]], bool] | None = None
    """Is a communication verb found in a clause (its text) really one (not an adjective: "kritisierten
    Luftangriffen")?"""
    people: Callable[[str], list[tuple[int, str]]] | None = None
    """Where a sentence names people (offset, name); None: every run of two or three capitalised words."""
    names_open_sentences: bool = True
    """May two capitalised words that open a sentence be a person? (In English rarely: "Foreign Minister")."""
    nouns_capitalised: bool = False
    """Are all nouns written with a capital (German)? Then a maker's name in lower case is no name ("darunter",
    "kontrollierte"), unless a known outlet or a site's address."""
    common_noun: Callable[[str], bool] | None = None
    """Is a capitalised word a common noun, so no place or person ("Kraft", "Zusammenarbeit")?"""
    number_nouns: tuple[str, ...] = ()
    """Nouns that number things, so a four-digit number after them is no year ("Route 2010", "Resolution 2254"); one
    with a leading "-" also ends a compound ("-straße": "Staatsstraße 2091")."""
    year_nouns: tuple[str, ...] = ()
    """The noun "year" in the forms it takes after a number, lower-cased ("years", "year-old", "Jahren", "jährige"):
    a four-digit number before one counts years, so is no year ("2000 Jahre alte Gräber", "a 1500-year-old church")."""
    adjective_days: tuple[str, ...] = ()
    """Stems of day adjectives ("morgig" of "der morgigen Sitzung"): dropped when their day is named too."""
    copy_dated_day_before: bool = False
    """Wire copy is dated the day before it runs: the dct's next weekday is that day ("headed Tuesday")."""
    complementizer: re.Pattern[str] | None = None
    """The word that opens what was said ("that", "dass"): after a date, the tense of what follows it is not the
    clause's ("Later on Wednesday, the committee proclaimed that the results would be announced": past)."""
    national: Callable[[str], bool] | None = None
    """Is a capitalised word a nation's adjective ("Argentine", "Kenyan", "Chinese")? "The Argentine government" is
    the nation's, not a body the text names in full elsewhere ("Government of the City of Buenos Aires")."""
    possessives: Mapping[str, str] = field(default_factory=dict)
    """Possessive words by the pronoun they stand for ("her": "she", "seiner": "er"): "during her press conference
    on Tuesday" is the statement of the person "she" would name."""
    range_words: tuple[str, ...] = ()
    """Words between the two days of a span, as written ("bis", "to"): "27.11.2016, 12.30 Uhr bis 28.11.2016,
    03.40 Uhr" is one span from the first to the second (a dash joins them in every language)."""
    between_words: tuple[str, str] | None = None
    """The words around the first end of a span and before its second ("between", "and"): "between 16 October 2023
    and 12 February 2024" is one span."""
    date_change: re.Pattern[str] | None = None
    """A verb that moves a date, ending right before a span's first day (searched up to it): "has been shifted from
    Tuesday 30 April to Monday 27 May" names the old day and the new one, no span."""
    date_attribute: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    """What stands right before and right after a date that is a thing's attribute ("the September 22-28
    tournament", "the March 25 hearing"): such a date is not when the clause's verb happened, either side of it."""
    planned_after: re.Pattern[str] | None = None
    """Words right after a verb of saying that make it a plan, no statement made ("sollen am Sonntag mitgeteilt
    werden"): its date is not told as made."""
    planned_before: re.Pattern[str] | None = None
    """Words right before a verb of saying that make it a plan or a present passive, no statement made ("will be
    announced", "are revealed"): searched in the 30 characters before the verb."""
    ahead_attribute: re.Pattern[str] | None = None
    """A present participle right after a date that makes the date a coming thing's attribute ("der am Donnerstag
    erscheinenden Wochenzeitung"): the date lies ahead of the clause's telling."""
    plan_leads: re.Pattern[str] | None = None
    """Words right before a date (ending the text before it, or opening the date's own words) that make it a plan's
    term ("adjourned the trial … to Dec. 22", "until March 6", "before August 25", "bis zum 17. Mai"): in a past
    clause its day may still lie just ahead (a day and month then take the nearer year)."""
    after_happening: re.Pattern[str] | None = None
    """A fronted phrase naming a happening after which the clause tells something, ending right before a date
    ("Nach einem Brand in der U-Bahn-Station am Montag kann die U1 … nicht fahren"): the happening came first,
    so its date lies in the past."""
    before_happening: re.Pattern[str] | None = None
    """A happening the clause's telling came before, named right before a date ("sagte der Angreifer vor dem
    Nordderby am Freitagabend"): the date is the happening's, which lies ahead of the telling."""
    coming_issue: re.Pattern[str] | None = None
    """The participle of an issue's appearing right after a date ("der am Donnerstag erscheinenden Wochenzeitung
    Die Zeit"): a statement given to it is dated by the day the outlet prints it, though that lies ahead."""
    auxiliary: re.Pattern[str] | None = None
    """A finite auxiliary as a word ("hatte", "hat"): a date right beside it dates the participle that ends its
    clause ("Mitte März hatte Gea seine Ziele bekannt gegeben"), however long the clause between."""
    participle_clause: re.Pattern[str] | None = None
    """A clause with no finite verb of its own, opened by a participle ("Speaking to the BBC on Monday, …"): it
    takes the tense of the verb of saying after it."""
    outlet_channels: tuple[str, ...] = ()
    """Words right before a known outlet's name (:mod:`chronik.outlets`) that make it where a statement
    was given or came from ("im", "gegenüber der", "told", "according to"): the outlet publishes it."""
    call_sign: re.Pattern[str] | None = None
    """A broadcaster's call sign as written ("KSL", "WTOP-TV"): after a channel word ("told KSL") it names an
    outlet no data file knows."""
    habitual: re.Pattern[str] | None = None
    """Words that make the times after them every such day's ("sonntags bis mittwochs: 10 bis 22 Uhr", "weekdays
    from 9am"): a time of day after them on its line is no day's."""
    sentence_adverbs: frozenset[str] = frozenset()
    """Adverbs a sentence may open with, a capital and all, that never name anyone ("Aktuell (Stand 22.00 Uhr)
    liegt …", "Meanwhile, …"): no report's maker."""
    date_leads: frozenset[str] = frozenset()
    """Words that may stand before a date opening its sentence and a comma ("Earlier Wednesday, …", "Auch
    am Sonntag, …"): such a date dates the clause after the comma."""
    institution: Callable[[str], str] | None = None
    """The institution a spokesperson speaks for ("EVG-Sprecher" -> "EVG", "Commission spokeswoman Dana
    Spinant" -> "Commission"): a spokesperson's statement is the institution's."""
    statement_nouns: frozenset[str] = frozenset()
    """Nouns of a statement made ("Aussendung", "statement", "remarks"): a date beside one in a clause
    without a communication verb dates the statement ("in einer Aussendung am Freitag", "released a
    statement on Sunday"), whose maker follows "by"/"des" or is the clause's subject."""
    statement_makers: re.Pattern[str] | None = None
    """Who made a statement the noun names, right after it (group ``np``): "by the office of …", "des
    Ministeriums"."""
    source_leads: tuple[str, ...] = ()
    """Words that cite a source before its statement noun ("laut", "according to"): a statement cited so was
    made, so its weekday lies before the text's day ("Laut Auskunft der Klinik am Samstag")."""
    source_line: re.Pattern[str] | None = None
    """A line naming its source before the date it ends with (group ``name``): "Quelle: B5 aktuell, " before
    "01.07.2020", "Source: Xinhua| " before "2017-08-15"."""
    generic_outlet: Callable[[str], str | None] | None = None
    """An outlet without a name the statement went to ("im ukrainischen Fernsehen", "told state TV"), named as
    such ("ukrainisches Fernsehen", "state TV"), found in the clause and the rest of its sentence."""
    spokesperson_for: Callable[[str, str], str | None] | None = None
    """The institution a person is introduced as speaking for, from the text just before and just after the
    person's full name ("the press secretary of the Belarusian Foreign Ministry ", ", Sprecherin des
    Außenministeriums"): their statements are the institution's."""
    fronted_past: Callable[[str], bool] | None = None
    """Is the word right after a date that opens its clause a past form (the text after the date: "brannte es"
    after "Am Sonntag")? Asked only where no other word gives the tense."""
    apposition: re.Pattern[str] | None = None
    """A phrase between two commas that renames the noun before it ("the executive branch of the European
    Union", "a spokesman for the ministry"): like a name there, it does not end the clause, so "X, the Y of
    Z, said on Tuesday" keeps X as the subject of "said"."""
    release_title: re.Pattern[str] | None = None
    """A release's title line that names its issuer or the outlet an interview was given for (group ``name``;
    group ``given`` where it is such an outlet): "Presseaussendung der Polizei Tirol", "Interview mit … für die
    NRW-Lokalradios", "Statement of the Spokesperson of the Ministry of Foreign Affairs"."""
    impersonal: re.Pattern[str] | None = None
    """A statement that names no maker ("heißt es in einer Mitteilung"): the body the text named most so far."""
    infinitive_clause: re.Pattern[str] | None = None
    """A clause of its own that is an infinitive with its own time ("…, am Samstag keine Zuschauer zuzulassen"): it
    takes no tense from the sentence's verb; its day is the nearest."""
    page_source: re.Pattern[str] | None = None
    """Where a page names its source: in a bracket of its own (group ``name``: "(Quelle: Donaukurier)"), a credit
    line (``credit``), a source line (``line``: "Source: ONE News", in the head or as the last line) or a byline
    of a known outlet in the head (``by``: "By Press Association"). A page's own date line is that source's
    report."""
    relative: re.Pattern[str] | None = None
    """A relative clause between two commas (", which makes widgets", ", die Ballons herstellt"): it renames the
    noun before it, so "X, which …, said on Tuesday" keeps X as the subject; it does not join a date's clause
    to a verb after it ("on Tuesday after the firm, which …, disclosed" is no statement of Tuesday's)."""
    when_clause: re.Pattern[str] | None = None
    """The word that opens a relative clause of time right after a date and its comma ("when", "als"): "since
    May 24, when the agency reported" - the date is that clause's, so its statement's."""
    line_source: re.Pattern[str] | None = None
    """The words before a page's own date on its line that name the page's source (group ``name``): "Ostbayern in
    100 Sekunden vom ", "Aus den Kieler Nachrichten vom ", "Published in The Independent on "."""
    own_outlet: re.Pattern[str] | None = None
    """Where a news page names the outlet that wrote it (:mod:`._ownoutlet`): a name in group ``name`` as the one a
    statement went to, counted only where it is an outlet by itself ("told KSL", "gegenüber Radio Bremen"); a name
    in a group whose name starts with ``named`` as the subject of a newsroom's verb ("The Chinchilla News
    understands") or the programme a page credits ("Thema im Programm: Bremen Eins")."""
    outlet_nouns: tuple[str, ...] = ()
    """Nouns right before an outlet's name ("Zeitung", "newspaper"): a name that is also a common word
    ("Zeit", "Welt") counts as the outlet only after one of these or in quotes."""
