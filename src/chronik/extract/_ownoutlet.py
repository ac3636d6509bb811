"""The outlet a news page names as its own: newspapers and stations speak of themselves by name ("told KSL",
"confirmed to The Denver Post", "auf Anfrage von Radio Liechtenstein", "The Chinchilla News understands",
"Civil Beat will provide updates", "unserem Nachrichten-Portal „wickede.ruhr“"). A page's own date line that names
no outlet, and a ticker entry that names no maker, is that outlet's report (:mod:`._pagelines`).

The language module gives where a text so names an outlet (:attr:`Language.own_outlet`): a name in group
``name`` counts only where it is an outlet by itself (a known outlet, a medium's noun in it, a call sign: "told
Smith" names no outlet); a name in a group whose name starts with ``named`` counts as it is, since the words
around it make it the outlet ("… understands", "Thema im Programm: …"). The name named most often is the page's,
the first of them on a tie; a name quoted as another's ("according to the BBC") is not among them.
"""

from __future__ import annotations

import re
from collections import Counter

from ._phrases import clean_name
from ._publishers import known_outlet, medium_named
from .lang import get

#: How many characters of a text are searched for its outlet's name.
_REACH = 20_000


def own_outlet(text: str, language: str) -> str | None:
    """The outlet ``text`` names as its own, as :func:`._publishers.known_outlet` names it, or None."""
    pattern = get(language).own_outlet
    if pattern is None:
        return None
    counts: Counter[str] = Counter()
    for found in pattern.finditer(text, 0, min(len(text), _REACH)):
        for group, value in found.groupdict().items():
            if not value:
                continue
            name = _outlet(value.strip(), group.startswith("named"), language)
            if name is not None:
                counts[name] += 1
    if not counts:
        return None
    best = max(counts.values())
    return next(name for name, count in counts.items() if count == best)  # Counter keeps the first seen first


def _outlet(value: str, named: bool, language: str) -> str | None:
    """The outlet a name found so stands for: an outlet by itself, or any name the words around made one."""
    name = clean_name(re.sub(r"[’']s\b.*$", "", value), language)  # "Radio New Zealand's Morning Report": the outlet
    if not name or name.split()[0].lower() in get(language).function_words:
        return None  # "When Police reached out": no name
    medium = medium_named(name, language)
    if medium is not None:
        return medium
    return known_outlet(name) if named else None
