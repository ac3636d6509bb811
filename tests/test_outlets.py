"""The outlet data (src/chronik/outlets.json): each alias names one outlet, names are found whatever
their case, accents or punctuation, and merging uses them."""

from __future__ import annotations

from collections import Counter

import pytest

from chronik import outlets
from chronik.merge import publisher_key


def test_every_name_and_alias_names_one_outlet() -> None:
    names = Counter(outlets.fold(n) for o in outlets.outlets() for n in (o.name, *o.aliases))
    assert [n for n, count in names.items() if count > 1] == []  # nor an alias that folds to another name
    assert {o.kind for o in outlets.outlets()} <= {"agency", "newspaper", "broadcaster", "online"}
    assert sum(o.language == "de" for o in outlets.outlets()) >= 20
    assert sum(o.language == "en" for o in outlets.outlets()) >= 20


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ("dpa", "Deutsche Presse-Agentur"),
        ("DEUTSCHE PRESSE AGENTUR", "Deutsche Presse-Agentur"),
        ("The Associated Press", "Associated Press"),
        ("AFP", "Agence France-Presse"),
        ("APA", "Austria Presse Agentur"),
        ("Reuters", "Reuters"),
        ("Tagesspiegel", "Der Tagesspiegel"),
        ("Zeit Online", "Die Zeit"),
        ("Süddeutsche", "Süddeutsche Zeitung"),
        ("Sueddeutsche Zeitung", "Sueddeutsche Zeitung"),  # not an alias: kept as given
        ("derStandard.at", "Der Standard"),
        ("F.A.Z.", "Frankfurter Allgemeine Zeitung"),
        ("rbb24", "rbb"),
        ("NYT", "The New York Times"),
        ("ESPN.com", "ESPN"),
        ("Irish Times", "The Irish Times"),
        ("Zeitungen der Funke Mediengruppe", "Funke Mediengruppe"),
        ("RND", "Redaktionsnetzwerk Deutschland"),
        ("Rnd", "Rnd"),  # initials written as a name: no outlet
        ("Kreisblatt Musterstadt", "Kreisblatt Musterstadt"),
    ],
)
def test_names_are_canonical(given: str, name: str) -> None:
    assert outlets.canonical(given) == name


def test_part_of_a_name_is_no_alias() -> None:
    assert outlets.known("dpa-Korrespondent") is None
    assert outlets.known("Deutsche Presse") is None
    assert outlets.known("") is None


def test_merge_compares_publishers_by_outlet() -> None:
    assert publisher_key("dpa") == publisher_key("Deutsche Presse-Agentur") == publisher_key("DPA")
    assert publisher_key("Die Zeit") == publisher_key("ZEIT ONLINE")
    assert publisher_key("Der Tagesspiegel") != publisher_key("Die Zeit")
    assert publisher_key(None) == ""


def test_initials_name_their_outlet_unless_written_as_a_name() -> None:
    sana = outlets.known("Syrian Arab News Agency")
    assert sana is not None
    assert sana.name == "SANA"  # it credits itself by its initials, as texts write it
    assert outlets.known("sana") is sana
    assert outlets.known("Sana") is None  # a person
    assert outlets.known("ENA") is not None
    assert outlets.known("Ena") is None
    assert outlets.known("Tass") is not None  # initials not marked capitals_only fold as before
    assert outlets.known("dpa") is not None
    assert outlets.known("DPA") is not None
