"""German verbs of saying that say something only in some uses: a reflexive "zeigte sich" (not "zeigte ein
Bild"), "sprach von einem Erfolg" (not "sprach mit dem Chef"), "informiert" with "hat" (not "gut informiert"), and a
past form or participle that tells a statement as made."""

from __future__ import annotations

import re

from ..._language import words
from ._attrib import PARTICIPLES
from ._words import FUTURE_WORDS, PAST_WORDS, STOP


def told_as_made(verb: str) -> bool:
    """A past form or participle: "sagte", "hieß", "mitgeteilt"."""
    low = verb.lower()
    return (
        low in PAST_WORDS
        or low in PARTICIPLES
        or low.endswith(
            ("te", "ten", "hieß", "schrieb", "gab", "gaben", "rief", "riefen", "wies", "wiesen", "zog", "zogen")
        )
        or low in ("erfuhr", "erfuhren")
        or low == "so"  # "„…“, so Regina Muster am Donnerstag": a quotation's source, told as made
    )


def noun(body: str, m: re.Match[str]) -> bool:
    """A capitalised word inside a clause is a noun ("Berichte"), no verb."""
    return m.group(0)[0].isupper() and m.group(0).lower() not in ("hieß",) and m.start() > 0


def verb_filter(body: str, m: re.Match[str]) -> bool:
    """A communication verb, not a reflexive "zeigte" without "sich", a passive or adjective "informiert" or an
    adjective ("mit scharf kritisierten Luftangriffen"); "so" only right after a quotation ("„…“, so die
    Ministerin")."""
    low = m.group(0).lower()
    if low == "so":  # opening its clause, before a name or a noun with its article
        return (
            m.group(0) == "so"
            and not body[: m.start()].strip(' „“”"»«,')
            and re.match(r"\s+(?:(?:der|die|das|ein|eine)\s+)?[A-ZÄÖÜ]", body[m.end() :]) is not None
        )
    if low in ("zeigte", "zeigten") and not re.match(r"\s+sich\b", body[m.end() :]):
        return False
    if low in ("erfuhr", "erfuhren") and (
        body[m.end() :].strip(' ,.;:“”"»«') or re.search(r"\b(?:als|dass|nachdem|weil|bevor)\b", body[: m.start()])
    ):
        return False  # "wie die Zeitung am Dienstag erfuhr" (the clause's last word): learned as a reporter, not
        # "Er erfuhr am Montag davon" or "als er davon erfuhr"
    if low == "heißt" and not (re.match(r"\s+es\b", body[m.end() :]) or re.search(r"\bes\s+$", body[: m.start()])):
        return False  # "heißt es von der Polizei", "es heißt"; not "Der Hund heißt Max"
    if low in ("sprach", "sprachen") and not _SPOKE_OF.match(body, m.end()):
        return False  # "Die Stadt sprach am Sonntag von einem Auftakt nach Maß", not "sprach mit X" nor "über Y"
    if low == "gesprochen" and not _SPOKEN_OF.search(body, 0, m.start()):
        return False  # "hatte am Montag von „Willkür“ gesprochen", not "mit dem Chef gesprochen"
    if low.startswith(("gemeldet", "meldet")) and (
        _MISSING_BEFORE.search(body, max(0, m.start() - 30), m.start()) or _MISSING_AFTER.match(body, m.end())
    ):
        return False  # "wurde am Samstag als vermisst gemeldet", "meldete ihn als vermisst": a person missing
    if low == "informiert" and not re.search(r"\b(?:hat|haben|hatte|hatten|habe)\b", body):
        return False  # "Die Bürger wurden … informiert", "gut informiert": informed, no one informing
    return not (low.endswith("ten") and _attributive(body, m))


#: "als vermisst" right before "gemeldet" (looked for a short way back only): a person reported missing.
_MISSING_BEFORE = re.compile(r"\bals\s+vermisst\s+\Z")
#: "als vermisst" after "meldete" and its object: a person reported missing, no statement.
_MISSING_AFTER = re.compile(r"(?:\s+[\wäöüß]+){0,6}?\s+als\s+vermisst\b")
#: What makes "sprach" a statement: "von" and what was said ("von einem Erfolg", "von „Willkür“"), after a day and
#: a subject between ("sprach der Minister am Montag von einer Zäsur").
_SPOKE_OF = re.compile(r"(?:\s+[^\s,.;:]+){0,6}?\s+von\s+(?:einem|einer|einen|eines|[„\"»“‚])")
#: The same before the participle: "von „großzügigsten Regeln“ gesprochen".
_SPOKEN_OF = re.compile(r"\bvon\s+(?:einem|einer|einen|eines|[„\"»“‚])")


def _attributive(body: str, m: re.Match[str]) -> bool:
    """A German "-ten" form between a lowercase adverb and a noun: "scharf kritisierten Luftangriffen"."""
    before = re.search(r"([\wäöüß]+)\s+$", body[: m.start()])
    after = re.match(r"\s+[A-ZÄÖÜ]", body[m.end() :])
    if not before or not after:
        return False
    word = before.group(1)
    if word in ("gestern", "heute", "vorgestern"):  # "mit einem gestern verkündeten Urteil"
        return True
    return word.islower() and word not in STOP and word not in PAST_WORDS | FUTURE_WORDS


def weak_past(written: list[str], i: int) -> bool:
    """A regular past form ("kontrollierte", "verhafteten", "stoppten") by its ending, where no article or
    preposition before it and no noun after it makes it an adjective ("der verletzte Mann", "in konkreten
    Fällen"). Of the plural's "-ten" only endings no infinitive has ("arbeiteten", "informierten", "legten"; not
    "arbeiten", "warten", "gelten"); never a superlative ("größte"), an ordinal, a wish ("könnte") or an adverb."""
    word = written[i]
    if len(word) < 6 or not word.islower() or not word.endswith(("te", "ten")) or word in _NOT_PAST:
        return False
    stem = word[:-1] if word.endswith("te") else word[:-2]  # up to "t": "kontrolliert", "verhaftet", "stopp…t"
    if stem.endswith("st") and not stem.endswith(("sst", "ßt")):
        return False  # "größte", "nächsten", "ersten"
    if stem.endswith(_ORDINALS):
        return False
    if word.endswith("ten") and not (
        (stem.endswith("et") and not stem.endswith(("iet", "tret")))  # "meldeten", not "bieten", "vertreten"
        or stem.endswith(("iert", "gt", "kt", "nt", "mt", "bt", "pt", "zt", "ßt", "sst"))
        or (stem.endswith("rt") and not stem.endswith(("art", "wert")))  # "erklärten", not "warten", "werten"
    ):
        return False
    if i > 0 and written[i - 1].lower() in _BEFORE_ADJECTIVE:
        return False
    return i + 1 >= len(written) or not written[i + 1][:1].isupper()


#: Words with a past's ending that are none: wishes, adverbs.
_NOT_PAST = frozenset(("könnte", "könnten", "müsste", "müssten", "dürfte", "dürften", "möchte", "möchten", "hinten"))
#: The stems of ordinals up to twelve, which end like a past ("zweite", "zehnten").
_ORDINALS = ("zweit", "dritt", "viert", "fünft", "siebt", "acht", "neunt", "zehnt", "elft", "zwölft")
#: Articles, pronouns and prepositions before an adjective, never before a verb's past.
_BEFORE_ADJECTIVE = words(
    """
    der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner sein seine seinen
    seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren diese dieser diesen diesem dieses jede jeder jeden
    alle allen viele vielen mehrere einige einigen beide beiden zum zur im am vom beim ins ans mit von zu bei nach
    aus für gegen ohne um durch über unter vor hinter neben zwischen in an auf sehr besonders
    """
)
