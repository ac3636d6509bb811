"""A report's maker only where the words found for it can be a name: a run of a sentence taken for one ("Across Wales
we will all now work to implement …"), a count ("23 percent stake"), a participle ("taking charge", "closing bell")
or a word of the language's smallest ("to give", "welcome to") names nobody, and the report keeps no maker rather
than a wrong one. A known outlet, a site's address ("az-online.de"), a noun of a kind of maker ("police",
"football's ruling body") and a brand written in lower case ("foodmatch") stay."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import outlets
from ._issuer import LOWER_NAME
from ._types import Mention
from .lang import get, pool

#: Words in lower case a name may hold besides its capitalised ones before it is a run of a sentence:
#: "Qatari state-run news agency" holds three.
_LOWER_IN_NAME = 3
#: Letters of an agency's or paper's credit in lower case ("asca", "taz", "apa").
_CREDIT_LETTERS = 5


#: A possessive ending a maker's name: "Telstra’s" is Telstra.
_POSSESSIVE = re.compile(r"(?<=\w)['’]s$")


def _trimmed(maker: str) -> str | None:
    """A maker without a leading conjunction or preposition and a possessive's ending ("But Facebook" is Facebook,
    "Telstra’s" Telstra); None where nothing is left ("With")."""
    first, _, rest = maker.partition(" ")
    if first.lower() in pool().subject_leads:
        if not rest:
            return None
        maker = rest
    return _POSSESSIVE.sub("", maker)


def plausible(mentions: list[Mention], language: str, told: str | None = None) -> list[Mention]:
    """``mentions`` with each report's maker dropped where it cannot be a name; the page's outlet as the caller
    ``told`` it stays, however it is written ("museums-blog")."""
    out = mentions
    for index, mention in enumerate(mentions):
        maker = mention.publisher
        if mention.kind == "report" and maker and maker != told and (trimmed := _trimmed(maker)) != maker:
            out = out if out is not mentions else list(mentions)
            out[index] = mention = replace(mention, publisher=trimmed)
            maker = trimmed
        if mention.kind == "report" and maker and maker != told and not _name_like(maker, language):
            out = out if out is not mentions else list(mentions)
            out[index] = replace(mention, publisher=None)
    return out


def _name_like(publisher: str, language: str) -> bool:
    tokens = publisher.split()
    if not tokens or outlets.known(publisher) is not None:
        return bool(tokens)
    if any("." in t.strip(".") and not t[:1].isupper() for t in tokens):
        return True  # a site's address: "az-online.de", "msnbc.com"
    lang, pooled = get(language), pool()
    if len(tokens) == 1 and tokens[0].lower() in lang.sentence_adverbs:
        return False  # "Aktuell (Stand 22.00 Uhr) liegt …": an adverb opening its sentence
    small = lang.function_words | set(lang.numbers) | pooled.articles | pooled.name_joiners
    if any(c.isupper() for c in publisher):  # a name: a few small words and nouns in lower case may stand in it
        lower = [t for t in tokens if not any(c.isupper() or c.isdigit() for c in t)]
        return sum(t.lower().strip(",.'’") not in small for t in lower) <= _LOWER_IN_NAME
    if lang.nouns_capitalised:  # "darunter", "kontrollierte": no noun in German; "(asca 28.05.2012 cs)": a credit
        credit = publisher.isalpha() and len(publisher) <= _CREDIT_LETTERS
        return len(tokens) == 1 and (credit or re.fullmatch(LOWER_NAME, publisher) is not None)  # "foodmatch"
    participle = lang.participle_clause
    return not (
        tokens[0][:1].isdigit()  # "23 percent stake"
        or tokens[0].lower() in small
        or tokens[-1].lower() in small
        or (participle is not None and participle.fullmatch(tokens[0]) is not None)
    )
