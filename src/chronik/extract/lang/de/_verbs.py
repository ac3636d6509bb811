"""German verbs of saying that say something only in some uses: a reflexive "zeigte sich" (not "zeigte ein
Bild"), "sprach von einem Erfolg" (not "sprach mit dem Chef"), "informiert" with "hat" (not "gut informiert"), and a
past form or participle that tells a statement as made."""

from __future__ import annotations

import re

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
    if low == "informiert" and not re.search(r"\b(?:hat|haben|hatte|hatten|habe)\b", body):
        return False  # "Die Bürger wurden … informiert", "gut informiert": informed, no one informing
    return not (low.endswith("ten") and _attributive(body, m))


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
    return word.islower() and word not in STOP and word not in PAST_WORDS | FUTURE_WORDS
