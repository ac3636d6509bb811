"""English words: function words, tense markers, reporting verbs, abbreviations, and the English share of the
words looked for in texts of every language (:class:`~chronik.extract._language.Pooled`).

Month and weekday names are not here: they come from arrow's ``en`` locale.
"""

from __future__ import annotations

from ..._language import Abbreviations, Pooled, ordered, words

#: The commonest function words: ``--lang auto`` counts them.
FUNCTION_WORDS = words("and by for from has he in is of on she that the to was with")


#: Number words for small counts.
NUMBERS = {
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
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}


#: Stems of duration adjectives.
DURATION_UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y"}


#: Verbs (inflected forms) that make a dated clause a communication act: a report.
COMMUNICATION_VERBS = words(
    """
    acknowledged added announced announces claimed confirmed declared denied disclosed expressed insisted
    issued noted published quoted reiterated reported reports revealed said says stated stressed told
    tweeted urged warned wrote posted informed hinted signalled signaled
    declined refused took speaking talking briefing writing addressing contacted interviewed telling
    admitted argued asserted clarified conceded emphasised emphasized explained indicated maintained
    pledged promised vowed suggested affirmed reaffirmed assured alleged
    accused accuses condemned condemns criticised criticized welcomed welcomes spoke commented remarked replied
    responded preached apologised apologized apologises apologizes predicted predicts speculated
    reporting announcing revealing confirming disclosing described advised retracted notified
    called calls briefed sent
    """
)


#: How the names of papers and broadcasters end, as written ("The Union Times", "Kenya Television", "MindaNews").
OUTLET_HEADS = ordered(
    "Times Post News Media Herald Journal Tribune Gazette Chronicle Observer Telegraph Courier Radio TV Television "
    "Magazine Press Express Mirror Inquirer Dispatch Sentinel Examiner Register Broadcasting"
)


#: Words that may stand before a date opening its sentence and a comma ("Earlier Wednesday, …").
DATE_LEADS = frozenset(["earlier", "later", "also", "early", "late", "however", "meanwhile", "though", "then", "back"])


#: Nouns of a statement made: a date beside one dates the statement ("released a statement on Sunday").
STATEMENT_NOUNS = frozenset(
    [
        "statement",
        "statements",
        "remarks",
        "remark",  # "He made the above remark … on Tuesday"
        "comments",
        "comment",  # "made the comment Thursday"
        "allegation",
        "allegations",
        "accusations",
        "communique",
        "communiqué",
        "memo",
        "interview",
        "speech",
        "letter",
        "briefing",
        "tweet",
        "announcement",
        "press conference",
        "update",
        "news conference",
        "press release",
        "news release",
        "video message",
        "social media post",
        "facebook post",
        "x post",
        "instagram post",
        "blog post",
        # "In a post on social media on Tuesday, Sonko said": not a post alone ("left his post on Monday")
        "post on social media",
        "post on facebook",
        "post on instagram",
        "post on x",
        "post on linkedin",
        "post on telegram",
        "report",
        "message",
        "email",
        "e-mail",
        "article",
        "assurance",
        "assurances",
        "apology",
        "advisory",  # "sent out its first national advisory about the quake at 5.10am"
        "bulletin",
        "filing",  # "said in a regulatory filing on Friday"
    ]
)


#: Words that make a clause past.
PAST_WORDS = words(
    """
    ago already began came did earlier flew gave had held last left lost made met said saw told took was
    went were won yesterday
    ate became bought broke brought caught chose drew drove fell felt fought forgot froze grew heard knew
    rang rose sang sank sat slept spent spoke stole stood struck swore taught thought threw tore understood
    woke wore wrote
    built found got kept led meant paid ran sent sold swept swam fled arose awoke dealt dug drank forbade forgave
    sought shook rode withdrew sprang strove
    """
)


#: "will" contracted to a pronoun, either apostrophe.
_WILL_CONTRACTED = " ".join(f"{p}{a}ll" for a in ("'", "’") for p in ("i", "you", "he", "she", "we", "they", "it"))
#: Words that make a clause future.
FUTURE_WORDS = words(
    "due expect expects expected going later next scheduled shall slated tomorrow upcoming will would won't won’t "
    "forecasted forecast forecasts "  # "was forecasted to make landfall on Friday", "the forecast for the weekend"
    "wouldn't wouldn’t "
    f"{_WILL_CONTRACTED} "  # "he'll decide"
    # a timetable in the present ("the match starts Saturday", "polls open on Sunday")
    "starts begins opens closes kicks resumes reconvenes convenes gets"  # "gets underway on Monday"
)


#: Direction words: -1 past, +1 coming, 0 this.
DIRECTIONS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}
MODIFIERS = {"early": "early", "mid": "mid", "late": "late", "beginning": "early", "end": "late"}
#: Days from the reference date.
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
UNITS = (("day", "D"), ("week", "W"), ("month", "M"))
#: "Sept." is the wire services' abbreviation of September (AP style); arrow knows "Sep".
EXTRA_MONTHS = {"sept": 9}
#: Future words that count double: modals and auxiliaries.
STRONG_FUTURE_WORDS = words(f"will would shall {_WILL_CONTRACTED}")


ABBREVIATIONS = Abbreviations(
    months=words("apr aug dec feb jan jul jun mar nov oct sep sept"),
    weekdays=words("fri mon sat sun thu thur thurs tue tues wed"),
    titles=words(
        """
        adm brig capt cmdr col cpl det dr fr gen gens gov govs hon insp lt maj messrs mr mrs ms pres
        prof rep reps rev sen sens sgt st supt mp mps mep mla msp
        """
    ),
    inner=words("approx ca cf e.g est i.e viz vs"),
    common=words("ave blvd bros co corp dept etc ft inc jr llc ltd mt no nos plc rd sr univ"),
    openers=words(
        """
        a according after all also an and as at before but by during earlier for from he her his how
        however i if in it its later many meanwhile most no now officials on one or our police she
        since so some still that the their then there these they this those three today tomorrow two
        we what when where while who why with yesterday yet you
        """
    ),
)


#: The English share of the words looked for in texts of every language.
POOLED = Pooled(
    articles=words("a an the"),
    no_publisher=words("he it she they we i updated posted published dated originally first last initially"),  # labels
    measure_words=words(
        "liter liters litre litres meter meters metre metres kilometer kilometers kilometre kilometres km "
        "mile miles feet foot ton tons tonne tonnes seat seats seater page pages word words pound pounds acre "
        "acres hectare hectares square strong member person people euro dollar watt kilowatt megawatt volt "
        "pixel"
    ),
    subject_leads=words("but and or yet so with"),
    page_labels=words("updated posted published publication reported released modified"),
    pronouns=words("he it she they"),
    thing_pronouns=words("it"),
    demonstratives=words("it that these this"),
    role_nouns=words("Spokesman Spokeswoman spokesman spokesperson spokeswoman official"),
    role_links=words("of"),
    name_tail=words("and of"),
    title_endings=ordered(
        """
        secretary president ambassador director governor mayor chancellor prime general judge justice executive
        attorney member deputy cllr councillor premier senator commissioner chairman chairwoman superintendent
        inspector sheriff major colonel captain lieutenant sergeant commander brigadier admiral marshal constable
        """
    ),
    portfolios=words(
        "Interior Finance Foreign Affairs Home Health Education Defence Defense Justice Information Broadcasting "
        "Trade Agriculture Energy Transport Labour Labor Environment Planning Commerce Industry Tourism Culture "
        "Sports Youth Water Railways Communications Law Works Housing Security Economy Development Mines "
        "Petroleum Power Science Technology Women Social Welfare Local Public Administration Parliamentary "
        "Religious Human Rights Immigration Fisheries Forestry Lands Internal External State Federal National "
        "Resources Minority Tribal Revenue Aviation Maritime Textiles Narcotics Climate Digital"
    ),
    phrase_prepositions=words("in at with during"),
    update_labels=words("update updated correction corrected"),
    channel_prepositions=words("on in to at via through during"),
    release_words=(
        "press release",
        "news release",
        "media release",
        "media statement",
        "press statement",
        "for immediate release",
        "press office",
        "media office",
        "communications office",
        "media relations",
    ),
    clock_words=("a.m.", "p.m.", "a.m", "p.m", "am", "pm"),
    ranks=words("First Chief Vice Lord Deputy Prime Acting Interim Former Senior Junior Assistant Associate Principal"),
    verb_fillers=words("again also here"),
    name_joiners=words("and of for"),
    subject_tail=ordered("here also then have has had was were first again initially already still later earlier"),
    day_prepositions=words("on"),
    zone_words=frozenset(
        {"local time", "local"}
        | {
            f"{region} {kind}"
            for region in ("Eastern", "Pacific", "Central", "Mountain", "Atlantic", "Greenwich Mean", "British Summer")
            for kind in ("time", "Time", "Standard Time", "Daylight Time")
            if not region.endswith(("Mean", "Summer")) or kind == "Time"
        }
    ),
    hyphen_joiners=words("and or"),
    subject_joiners=words("and for of s the"),
    subject_head=words("and for of"),
    list_words=words("and from of on or the to"),
    against_the_tense=ordered(r"already retroactively retroactive\s+to as\s+early\s+as"),
    be_words=words("be been being is are"),  # "is banned": a passive in the present, no past
    organisation_words=words(
        "Agency Council Department House Institute Ministry Office University Party Committee Commission "
        "Association Union Federation Organization Organisation Corporation Company Group Bank Court Parliament "
        "Assembly Government Police Army Force Forces Service Foundation League Society Board Authority Bureau "
        "Hospital Museum Club College School Trust Coalition Alliance Administration Command Centre Center Fund "
        "Church Clinic Tribunal Embassy Consulate Directorate Secretariat District"
    ),
    organisation_kinds=ordered(
        "company firm maker provider retailer manufacturer carmaker automaker airline carrier insurer lender "
        "operator group organization organisation charity club organizers organisers"
    ),
    date_openers=ordered("By In On"),
    byline_words=words("by"),
    lead_articles=ordered("the"),
    not_topics=words("By In Since Until Year"),
    topic_openers=words("for"),
    start_verbs=ordered("began begins begin started starts kicked opened opens"),
    frame_words=words("a also an at by for from in of on said since the until"),
    draft_stop_words=words(
        """
        about according after again also announced april august been before being could december
        during february friday from have having into january july june last many march monday month
        months more most next november october only other over reported reports said saturday says
        september some stated such sunday than that their them then there these they this those
        thursday tuesday under until wednesday week weeks were what when where which while will with
        would year years
        """
    ),
    id_articles=words("the"),
    quantifiers=words("all both each"),
    compound_tails=ordered("language based born backed led run owned speaking funded controlled held made style"),
    outlet_heads=tuple(head.lower() for head in OUTLET_HEADS),
    section_labels=frozenset(
        f"{kind} {head}"
        for kind in ordered(
            "local national international world regional business sports sport top latest breaking general "
            "political city community crime health entertainment"
        )
        for head in ("news", "stories")
    )
    | {"news", "latest", "breaking", "issue", "edition", "newsroom"},  # "NEWS 28.04.2019 16:49": a section's one word
)


#: The draft's notes and titles.
DRAFT_WORDS = {
    "article": "Source text",
    "title": "Draft: {0}",
    "title_more": "Draft: {0} and {1} more texts",
    "title_one_more": "Draft: {0} and one more text",
    "description": (
        "Draft produced by chronik extract: check dates, attributions, places and people against the quotes before use."
    ),
    "expression": 'Time expression: "{0}"',
    "unresolved": 'Date unresolved: "{0}"',
    "unresolved_bare": "Date unresolved",
    "invalid": 'Date unresolved: "{0}" (invalid value {1})',
    "duration": "Duration in the text: {0}",
    "local_time": "Time in the text: {0}, without a time zone; a time zone would keep it",
    "report_span": "Period in the text: {0}, no single publication date",
    "report_unresolved": 'Publication date unresolved: "{0}"',
    "report_invalid": 'Publication date unresolved: "{0}" (invalid value {1})',
    "report": "report",
    "undated": "undated",
    "event": "event",
    "place": "place",
    "person": "person",
}


def national(word: str) -> bool:
    """Does a capitalised word look like a nation's adjective ("Argentine", "Kenyan", "Chinese", "British",
    "Israeli", "French")? Its endings, not a list: a place's name ("London") does not end so."""
    return word[:1].isupper() and word.endswith(("ian", "ese", "ish", "ine", "an", "i", "ch", "ek"))


#: Adverbs a sentence may open with that never name anyone.
SENTENCE_ADVERBS = words(
    """
    currently meanwhile however additionally furthermore moreover separately elsewhere overall
    """
)
