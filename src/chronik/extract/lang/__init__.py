"""The languages ``chronik extract`` reads: one module per language, named here.

A language is a module (or a small package) ``chronik.extract.lang.<code>`` that defines ``LANGUAGE``, a
:class:`chronik.extract._language.Language`. Adding one takes that module and one line in
:data:`LANGUAGES`; nothing else in the extractor names a language. Modules are imported on first use.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

from .._language import Language, Pooled

#: Language code -> module (relative to this package). The first one wins a tie of ``--lang auto``.
LANGUAGES: dict[str, str] = {
    "de": ".de",
    "en": ".en",
}

__all__ = ["LANGUAGES", "Language", "Pooled", "all_directions", "get", "known", "pool"]


def known(code: str) -> bool:
    return code in LANGUAGES


@cache
def _load(code: str, module: str) -> Language:
    language = importlib.import_module(module, __name__).LANGUAGE
    if not isinstance(language, Language) or language.code != code:
        raise TypeError(f"{module}.LANGUAGE is no Language with code {code!r}")
    return language


def get(code: str) -> Language:
    """The language ``code`` (a KeyError for a code not in :data:`LANGUAGES`)."""
    return _load(code, LANGUAGES[code])


def pool() -> Pooled:
    """The :class:`Pooled` words of all languages in :data:`LANGUAGES`: sets joined, tuples concatenated in
    the registry's order, mappings merged."""
    return _pool(tuple(LANGUAGES.items()))


@cache
def _pool(languages: tuple[tuple[str, str], ...]) -> Pooled:
    parts = [_load(code, module).pooled for code, module in languages]
    joined: dict[str, Any] = {}
    for name in Pooled.__dataclass_fields__:
        values = [getattr(p, name) for p in parts]
        if isinstance(values[0], frozenset):
            joined[name] = frozenset().union(*values)
        elif isinstance(values[0], tuple):
            joined[name] = tuple(dict.fromkeys(v for value in values for v in value))
        else:
            merged: dict[str, Any] = {}
            for value in values:
                merged.update(value)
            joined[name] = merged
    return Pooled(**joined)


def all_directions() -> dict[str, int]:
    """The direction words of all languages (a word before a list of weekdays, whatever the text's language)."""
    return _directions(tuple(LANGUAGES.items()))


@cache
def _directions(languages: tuple[tuple[str, str], ...]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for code, module in languages:
        merged.update(_load(code, module).directions)
    return merged


def detect_language(text: str) -> str:
    """The code of the language whose commonest function words the text holds most of (a tie goes to the
    language registered first: German)."""
    tokens = re.findall(r"[a-zäöüß]+", text.lower())
    best, most = "", -1
    for code in LANGUAGES:
        words = get(code).function_words
        count = sum(t in words for t in tokens)
        if count > most:
            best, most = code, count
    return best
