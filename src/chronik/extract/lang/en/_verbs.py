"""English verbs of saying that say something only in some uses: "took to Twitter" (not "took office"), "declined
to comment" (not "declined by 5 percent"), "reports" as a verb (not "following reports"), "confirmed" before a
verb's object (not "the confirmed cases")."""

from __future__ import annotations

import re

from ..._language import words
from ._words import PAST_WORDS

#: A conjunction that opens a clause of its own before a call: "as some users called for a boycott".
_SUBORDINATE = re.compile(r"\b(?:as|while|when|after|because|since|amid|whereas)\s+(?:[\w'’-]+\s+){0,3}$")

#: A passive's auxiliary right before a verb: "Police were called on Sunday to a house".
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+$", re.I)

#: What a call for help asks: a call for help, an ambulance or a rescue is an event, no statement.
_NO_DEMAND = r"\s+(?:help|assistance|backup|back-up|an\s+ambulance|a\s+rescue|rescue|medical|emergency)\b"

#: Verbs that are verbs of saying only with what follows: "took to Twitter", "declined to comment".
_ONLY_WITH = {
    "took": re.compile(
        r"\s+to\s+(?:Twitter|X|Facebook|Instagram|Telegram|Threads|Truth\s+Social|social\s+media|the\s+airwaves)\b"
    ),
    "declined": re.compile(r"\s+to\s+(?:make\s+a\s+)?(?:comment|elaborate|say|confirm|discuss|specify)\b"),
    "refused": re.compile(r"\s+to\s+(?:comment|elaborate|say|confirm|discuss|specify)\b"),
    # "Speaking to the BBC in 2019", "Speaking exclusively to Sports Vanguard yesterday": an adverb between
    # "Speaking this morning, Ryanair CEO Eddie Wilson said": a day of its own after it, then the comma
    "speaking": re.compile(
        r"(?:\s+[a-z]+ly)?\s+(?:to|with|at|on|in)\b"
        r"|\s+(?:this\s+(?:morning|afternoon|evening)|yesterday|today|tonight|late\s+\w+|earlier\s+\w+)\s*(?:,|$)"
    ),
    # "on Friday responded that …", "responded: …", not "officers responded to a shots fired report"
    "responded": re.compile(r"\s*(?:,|:|[“\"]|that\b|by\s+saying\b|\Z)"),
    "talking": re.compile(r"(?:\s+[a-z]+ly)?\s+(?:to|with)\b"),  # "Talking to media persons here Friday, X argued"
    "telling": re.compile(r"\s+(?:the\s+)?[A-Z]"),  # "He is telling the BBC on Monday that …"
    "briefing": re.compile(r"\s+(?:the\s+)?(?:reporters|journalists|media|press|lawmakers|parliament)\b"),
    # "called for $7 billion", "called on the government": a demand made; not "called off", "called the police"
    "called": re.compile(rf"\s+(?:on|upon|for(?!{_NO_DEMAND}))\b"),
    "calls": re.compile(rf"\s+(?:on|upon|for(?!{_NO_DEMAND}))\b"),
    # "sent a letter to …": a letter, statement or message sent; not "sent to prison", "sent troops"
    "sent": re.compile(
        r"\s+(?:out\s+)?(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:letter|statement|e-?mail|message|memo|note|notice|tweet|circular|advisory|update)s?\b"
    ),
    "contacted": re.compile(r"\s+by\b"),  # "When contacted by The Union Times this morning, X declined"
    "interviewed": re.compile(r"\s+by\b"),
    "writing": re.compile(r"\s+(?:in|on|to)\b"),  # "Writing in the Guardian on Monday"
    # "Addressing a press conference on Tuesday, X said"
    "addressing": re.compile(
        r"\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:press|news|conference|briefing|rally|meeting|reporters|journalists"
        r"|crowd|parliament|assembly|summit|session|supporters|questions|media|nation|lawmakers|legislators|gathering"
        r"|audience|delegates|senate|congress|committee|forum|ceremony)\b"
    ),
}


#: Words before "reports" that make it a noun: "following reports it had …", "media reports".
_NOUN_BEFORE = re.compile(
    r"(?:following|the|media|news|press|some|many|several|of|these|those|earlier|recent|unconfirmed|local|amid|after"
    r"|despite|to|denied|dismissed|citing)\s+$",
    re.IGNORECASE,
)


def verb_filter(body: str, m: re.Match[str]) -> bool:
    """A verb of saying only where it says something: "took to Twitter", "declined to comment" (not "took
    office", "declined by 5 percent"); "reports" not as a noun ("following reports it had received")."""
    if m.group(0).lower() == "reports" and _NOUN_BEFORE.search(body, max(0, m.start() - 20), m.start()):
        return False
    if _DETERMINER_BEFORE.search(body, max(0, m.start() - 12), m.start()) and _NOUN_AFTER.match(body, m.end()):
        return False  # "the number of confirmed coronavirus cases": a participle before its noun, no verb
    if m.group(0).lower() in ("release", "releases", "statement") and _KIND_OF_RELEASE.search(
        body, max(0, m.start() - 8), m.start()
    ):
        return False  # "Press release 580/2020", "news releases": the noun
    if m.group(0).lower() == "accused" and _ACCUSED_NOUN.search(body, max(0, m.start() - 20), m.start()):
        return False  # "the three accused involved in …", "the accused": people, no verb
    if m.group(0).lower().startswith("report") and _MISSING_AFTER.match(body, m.end()):
        return False  # "was reported missing on Saturday", "reported her missing": a person missing, no statement
    if m.group(0).lower() in _BY_GERUNDS:  # "surprised markets today by reporting a 9% hike", not "the reporting"
        return _BY_BEFORE.search(body, max(0, m.start() - 6), m.start()) is not None
    if m.group(0).lower() in ("called", "calls") and (
        _SUBORDINATE.search(body, max(0, m.start() - 40), m.start())
        or _PASSIVE.search(body, max(0, m.start() - 12), m.start())
    ):
        return (
            False  # "as some users called for a boycott": not what is dated; "Police were called on Sunday": a callout
        )
    needs = _ONLY_WITH.get(m.group(0).lower())
    return needs is None or needs.match(body, m.end()) is not None


#: The word before "release" that makes it a noun: "Press release", "news releases", "media release".
_KIND_OF_RELEASE = re.compile(r"(?i:press|news|media)[ \t]+\Z")
#: "missing" right after "reported" or its object: a person reported missing.
_MISSING_AFTER = re.compile(
    r"(?:\s+(?!that\b)[\w'’-]+){0,2}?\s+missing(?=\s*(?:[.,;:)]|$)|\s+(?:on|in|at|since|after|by|from|last|early|late"
    r"|yesterday|today|earlier|overnight|and|when|while|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)",
    re.I,
)
#: Gerunds that say something only after "by": "surprised markets today by reporting a 9% hike in profits".
_BY_GERUNDS = frozenset({"reporting", "announcing", "revealing", "confirming", "disclosing"})
_BY_BEFORE = re.compile(r"\bby\s+$")


#: Words before "accused" that make it a noun: "the accused", "three accused", "all accused", "co-accused".
_ACCUSED_NOUN = re.compile(
    r"(?:\b(?:the|an?|all|both|two|three|four|five|six|seven|eight|nine|ten|\d+|other|fellow|several)\s+|co-)$", re.I
)
#: Words before a participle used as an adjective ("the confirmed cases", "of reported deaths").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|of|its|their|his|her|these|those|newly|recently|officially)\s+$", re.I)
#: A lower-case word after it, its noun (not "that", "to", "on" or a name).
_NOUN_AFTER = re.compile(r"\s+(?!(?:that|to|on|in|at|by|for|with|it|he|she|they|we|the|a|an)\b)[a-z]{3,}\b")


#: What after "would" makes it a wish in the present, no future: "We would like to provide some clarification on
#: our Sept. 25 interaction" looks back ten days, not a year ahead.
_WISHES = frozenset({"like", "love", "prefer", "appreciate", "welcome"})
#: Words that open what a past verb tells of: the "would" after them is that telling's future.
_REPORTED = frozenset({"how", "whether"})


#: Verbs a plan's "due to" runs on with ("is due to arrive on Monday"); before other words "due to" names a cause
#: ("deaths due to coronavirus on Monday rose"), no plan.
DUE_VERBS = words(
    "be arrive start begin meet take hold open return appear visit speak sign vote retire expire end finish launch "
    "leave travel release resume close give testify face report announce publish decide rule make attend deliver "
    "undergo land depart play go come get have become hear present address host join lead run stand sit enter "
    "complete conclude receive submit unveil reopen debut air premiere fly sail reach hit wrap step hand outline "
    "brief graduate marry perform kick"
)
_BE = frozenset({"is", "are", "was", "were", "be", "been"})
_DETERMINERS = r"the|a|an|his|her|their|its|our|your|my|this|these|those"
#: A plan's "due to": before one of its verbs, or after a form of "be" before no article ("was due to testify").
DUE_INTENT = (
    rf"due(?=\s+to\s+(?:{'|'.join(sorted(DUE_VERBS))})\b)"
    rf"|(?:{'|'.join(sorted(_BE))})\s+due(?=\s+to\s+(?!(?:{_DETERMINERS})\b)[a-z]+)"
)


def causal_due(tokens: list[str], i: int) -> bool:
    """Is "due" at ``i`` a cause's "due to" ("deaths due to coronavirus"), not a plan's ("is due to arrive")?"""
    if i + 2 >= len(tokens) or tokens[i + 1] != "to":
        return False  # "is due Monday": a plan
    after = tokens[i + 2]
    if after in DUE_VERBS:
        return False
    return not (i > 0 and tokens[i - 1] in _BE and not re.fullmatch(_DETERMINERS, after))


def no_future(tokens: list[str], i: int) -> bool:
    """Is the future word ``tokens[i]`` none here ("would like to", "would welcome", a cause's "due to"), or the
    future of a past telling ("broke the story of how the company would be laying off …": a past verb, then "how"
    or "whether", then "would")?"""
    if tokens[i] == "due":
        return causal_due(tokens, i)
    if tokens[i] != "would":
        return False
    if i + 1 < len(tokens) and tokens[i + 1] in _WISHES:
        return True
    before = tokens[max(0, i - 12) : i]
    opener = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _REPORTED), None)
    return opener is not None and any(t in PAST_WORDS or t.endswith("ed") for t in before[:opener])


def told_as_made(verb: str) -> bool:
    """A past form: "said", "reported"."""
    low = verb.lower()
    return low.endswith("ed") or low in ("said", "told", "wrote", "issued", "took")


#: After a date that opens its sentence, its subject (a pronoun, "the" and a noun, or a name) and a past form:
#: "In May it secured approval …", "In April the chain entered administration".
_FRONTED_PAST = re.compile(
    r"\s*,?\s*(?:it|he|she|they|we|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:[a-z]+ed|said|was|were|had|made|took|got|won|lost|went|came|saw|gave|left|fell|held|met|began|told|sold"
    r"|bought|paid|found|led|ran|rose|brought|kept|spent|built|sent|wrote|spoke|chose|drew|grew|knew|broke|became)\b"
)


def fronted_past(after: str) -> bool:
    """Does a past form follow a date that opens its sentence, after the subject ("In May it secured approval")?
    Then the clause tells of the past, whatever plans it names later ("… with a further 30 slated for closure")."""
    return _FRONTED_PAST.match(after) is not None
