"""A dated statement whose next sentence names the outlet it was given to: "Development should top the agenda,
Foreign Minister Mundia Sikatana said here on Monday. 'The summit should focus on development,' Sikatana told
Xinhua in an exclusive interview." Agency and outlet copy dates what a person said and then says whom they said
it to; the statement is the outlet's report, as a statement given to an outlet in its own clause is
(:func:`._attrib.attribute`).

The next sentence must name no date of its own, be the same person's (their last name stands in it, or a
pronoun opens it: "He told the BBC") and give its statement to an outlet a data file knows; any other sentence
after a dated statement leaves it alone.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .. import outlets
from ._attrib import spoken
from ._publishers import names_known_outlet
from ._sentences import Span
from ._types import Mention
from .lang import pool


def given_to_outlets(text: str, mentions: list[Mention], spans: list[Span], language: str) -> list[Mention]:
    """``mentions`` with each dated statement of a person given to the outlet the next sentence names made that
    outlet's report."""
    starts = [s.start for s in spans]
    dated = {bisect.bisect_right(starts, m.start) - 1 for m in mentions}
    out = []
    for mention in mentions:
        outlet = _told(text, mention, spans, starts, dated, language)
        out.append(replace(mention, publisher=outlet) if outlet is not None else mention)
    return out


def _told(
    text: str, mention: Mention, spans: list[Span], starts: list[int], dated: set[int], language: str
) -> str | None:
    """The outlet the sentence after ``mention``'s says its maker told, or None."""
    maker = mention.publisher
    if mention.kind != "report" or not maker or outlets.known(maker) is not None:
        return None
    following = bisect.bisect_right(starts, mention.start)
    if following >= len(spans) or following in dated:
        return None
    sentence = spans[following]
    own = sentence.text(text)
    last = maker.split()[-1]
    first = re.match(r"[\W\d_]*(\w+)", own)  # "He told Xinhua": the person of the sentence before
    by_name = re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", own) is not None
    by_pronoun = first is not None and first.group(1).lower() in pool().pronouns
    if not (by_name or by_pronoun) or not names_known_outlet(own):
        return None  # the cheap tests first: reading whom the sentence's statement went to costs more
    said = spoken(text, sentence, language)
    return said if said and outlets.known(said) is not None else None
