"""News outlets and agencies that are named in several ways ("dpa", "Deutsche Presse-Agentur"; "AP",
"The Associated Press"), each known by one canonical name.

The data is ``outlets.json`` beside this module: for each outlet its canonical name, its kind
(``agency``, ``newspaper``, ``broadcaster``, ``online``), its language and its aliases. A name is looked
up whole, folded (case, accents, ``ß``, punctuation and spaces do not matter): "Deutsche Presse Agentur"
and "DEUTSCHE PRESSE-AGENTUR" are the same name, "dpa-Korrespondent" is not an alias. An outlet marked
``capitals_only`` is named by its initials only in capitals or small letters ("SANA", "sana"), not as a name
is written: "Sana" and "Ena" are people ("Tass" and "Efe", as some papers write them, stay the agencies). Add an
outlet by
adding an entry; a test holds every alias to one outlet.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Outlet", "canonical", "fold", "known", "outlets"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str
    language: str
    aliases: tuple[str, ...]
    capitals_only: bool = False
    """Its initials name it only in capitals or small letters: written as a name ("Sana", "Ena") they are a
    person's or a word."""


def fold(name: str) -> str:
    """A name as compared: case-folded, without accents, ``ß`` as ``ss``, only letters and digits."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("ß", "ss"))
    return " ".join(_WORD.findall("".join(c for c in text if not unicodedata.combining(c))))


@cache
def outlets() -> tuple[Outlet, ...]:
    """Every outlet of the data file, in its order."""
    raw = json.loads(resources.files("chronik").joinpath("outlets.json").read_text(encoding="utf-8"))
    return tuple(
        Outlet(o["name"], o["kind"], o["language"], tuple(o.get("aliases", ())), bool(o.get("capitals_only")))
        for o in raw["outlets"]
    )


@cache
def _by_name() -> dict[str, tuple[Outlet, bool]]:
    """Per folded name, its outlet and whether the name is initials that name it only as initials are written."""
    table: dict[str, tuple[Outlet, bool]] = {}
    for outlet in outlets():
        for name in (outlet.name, *outlet.aliases):
            table.setdefault(fold(name), (outlet, outlet.capitals_only and name.isupper()))
    return table


def known(name: str | None) -> Outlet | None:
    """The outlet a publisher name names, if it is one of the data file's; initials not written as a name."""
    found = _by_name().get(fold(name)) if name else None
    written = (name or "").strip()
    if found is None or (found[1] and not (written.isupper() or written.islower())):
        return None  # "Sana", "Ena": a person; "SANA", "/tass/": the agency
    return found[0]


def canonical(name: str) -> str:
    """The outlet's canonical name for a known name or alias; any other name as it is given."""
    outlet = known(name)
    return outlet.name if outlet is not None else name
