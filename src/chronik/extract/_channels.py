"""Outlets no data file knows, named after a channel word: "in an interview on Radio Cymru", "told Sky News
Australia", "im Gespräch mit KN-online" - a name shown to be a medium's by a medium's noun in it
(:func:`._publishers.medium_named`)."""

from __future__ import annotations

import re
from functools import cache

from .. import outlets
from ._publishers import medium_named
from .lang import get, pool


@cache
def _channel_names(language: str) -> re.Pattern[str] | None:
    """A capitalised name after one of the language's channel words that is more than an article ("on Radio
    Cymru", "told Sky News", "gegenüber Radio Bremen")."""
    channels = [c for c in get(language).outlet_channels if not set(c.lower().split()) <= pool().articles]
    if not channels:
        return None
    alternation = "|".join(re.escape(c) for c in sorted(channels, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?i:{alternation})\s+[„\"“»]?(?P<name>[A-ZÄÖÜ][\w.&'’-]*(?:[ \t]+[A-ZÄÖÜ0-9][\w.&'’-]*){{0,3}})"
    )


def outlet_named(body: str, language: str) -> str | None:
    """An outlet no data file knows that the clause names after a channel word, shown by a medium's noun in its name
    (:func:`medium_named`): "in an interview on Radio Cymru", "told Sky News Australia", not "… Radio Muster."'s dot."""
    pattern = _channel_names(language)
    at = 0
    # overlapping: "im Gespräch mit KN-online" holds "im Gespräch" and "Gespräch mit KN-online"
    while pattern is not None and (m := pattern.search(body, at)) is not None:
        at = m.start() + 1
        if outlets.known(m.group("name")) is not None:
            continue  # a known one is :func:`outlet_of`'s to find, or no outlet ("In der Zeit danach")
        words_ = re.sub(r"(?<=\w{4})\.$", "", m.group("name")).split()
        while len(words_) > 1 and words_[0].lower() in get(language).outlet_nouns and medium_named(words_[1], language):
            words_.pop(0)  # "mit dem Sender Radio Muster": the noun is the way to the name (not "Radio Muster")
        name = medium_named(" ".join(words_), language)
        if name is not None:
            return name
    return None
