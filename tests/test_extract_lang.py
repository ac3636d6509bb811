"""The language registry of ``chronik extract``: every registered module provides a :class:`Language`, and a
new language needs only its module and one registry line. A tiny French module, registered here by
monkeypatching the registry, is read by the real pipeline, ``--lang auto`` and the command line.
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from chronik.cli import cli
from chronik.extract import detect_language, find
from chronik.extract import lang as registry
from chronik.extract._language import Abbreviations, Language, Pooled, words
from chronik.extract._lexicon import Lexicon, lexicon
from chronik.extract._readers import DAY, YEAR, compile_rule, read_date
from chronik.extract._scan import Rule, rules
from chronik.extract._ticker import clock_only, heads_entry
from chronik.extract.lang import de, en

#: mypy checks the registered modules against the contract here too (each also builds its own LANGUAGE).
_CHECKED: tuple[Language, ...] = (de.LANGUAGE, en.LANGUAGE)


@pytest.mark.parametrize("code", list(registry.LANGUAGES))
def test_every_registered_module_provides_its_language(code: str) -> None:
    language = registry.get(code)
    assert isinstance(language, Language)
    assert language.code == code
    assert language.rules(lexicon(code)), "a language finds dates with at least one rule"
    assert set(language.draft_words) == set(registry.get("de").draft_words)


def test_pooled_words_join_every_language() -> None:
    pooled = registry.pool()
    assert pooled.articles == de.LANGUAGE.pooled.articles | en.LANGUAGE.pooled.articles
    assert pooled.title_endings[: len(de.LANGUAGE.pooled.title_endings)] == de.LANGUAGE.pooled.title_endings


# ---------------------------------------------------------------- a tiny French module


def _rules_fr(lex: Lexicon) -> tuple[Rule, ...]:
    # French writes months in small letters ("le 12 mars 2024"): the lexicon's names, matched in any case.
    return (
        Rule(
            "date",
            compile_rule(rf"(?<![\w.])(?P<d>{DAY})(?:er)?\s+(?P<m>(?i:{lex.month_pattern}))(?:\s+(?P<y>{YEAR}))?"),
            read_date,
        ),
    )


_SAID = re.compile(r"(?P<name>(?:[Ll]'|[Ll]a\s+|[Ll]e\s+)?[A-ZÉ][\w'-]+)\s+a\s+$")


def _publisher_fr(body: str, verb: re.Match[str]) -> str | None:
    m = _SAID.search(body[: verb.start()])  # "L'AFP a annoncé"
    return m.group("name") if m else None


FRENCH = Language(
    code="fr",
    arrow_locales=("fr",),
    rules=_rules_fr,
    function_words=words("le la les des est et un une du que dans pour"),
    abbreviations=Abbreviations(
        months=words("janv févr avr juil sept oct nov déc"),
        weekdays=frozenset(),
        titles=words("m mme dr"),
        inner=frozenset(),
        common=words("etc"),
        openers=words("le la les il elle"),
    ),
    numbers={"un": 1, "deux": 2, "trois": 3},
    directions={"dernier": -1, "prochain": 1},
    modifiers={"début": "early", "mi": "mid", "fin": "late"},
    relative_days={"aujourd'hui": 0, "hier": -1, "demain": 1},
    units=(("jour", "D"), ("semaine", "W"), ("mois", "M")),
    duration_units={"jours": "D"},
    communication_verbs=words("déclaré annoncé selon"),
    past_words=words("a été était hier"),
    future_words=words("va sera aura demain prochain"),
    strong_future_words=words("sera"),
    intent=re.compile(r"\b(?:prévu|décidé)\s+de\s+\w+"),
    scheduled_for=re.compile(r"\b(?:pour|au)\s+(?:le\s+)?$"),
    reported_clause=re.compile(r"\b(?:que|qu'|sera|va)\b"),
    clause_breaks=re.compile(r"[,;:]|«|»|\bque\b"),
    dated_source=re.compile(r"[Ss]elon\s+(?P<name>(?:l'|le\s+|la\s+)?[A-ZÉ][\w'-]+)\s+du\s*$"),
    dated_source_lead=re.compile(r"du\s+"),
    publisher=_publisher_fr,
    told_as_made=lambda verb: verb.endswith("é"),
    adjective=lambda word: False,
    place_prepositions=r"(?:à|en|au)",
    draft_words={
        key: f"{key} (fr)" if key not in ("title", "title_more", "title_one_more") else "Brouillon : {0}"
        for key in registry.get("de").draft_words
    },
    pooled=Pooled(articles=words("le la les l'"), clock_words=("heures",)),
)


@pytest.fixture
def french(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """French registered as a module would be: one line in the registry."""
    module = types.ModuleType("chronik_test_lang_fr")
    module.LANGUAGE = FRENCH  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(registry.LANGUAGES, "fr", module.__name__)
    yield
    lexicon.cache_clear()
    rules.cache_clear()


@pytest.mark.usefixtures("french")
def test_a_registered_language_is_read_by_the_pipeline() -> None:
    text = "Le sommet s'est ouvert le 12 mars 2024 à Bruxelles. L'AFP a annoncé le 13 mars 2024 la fin du sommet."
    found = find(text, dct=date(2024, 3, 14), language="fr")
    assert [(m.surface, m.value, m.kind, m.publisher) for m in found] == [
        ("12 mars 2024", "2024-03-12", "event", None),
        ("13 mars 2024", "2024-03-13", "report", "Agence France-Presse"),  # the shared outlet data names it
    ]
    assert found[0].places == ("Bruxelles",)
    assert detect_language(text) == "fr"


@pytest.mark.usefixtures("french")
def test_a_registered_language_needs_no_line_in_the_command(tmp_path: Path) -> None:
    (tmp_path / "sommet.txt").write_text("Le sommet s'est ouvert le 12 mars 2024 à Bruxelles.\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "sommet.txt"), "--lang", "fr", "-o", str(out)])
    assert result.exit_code == 0, result.output
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert (draft["language"], draft["title"]) == ("fr", "Brouillon : sommet")
    assert [e["when"] for e in draft["events"]] == ["2024-03-12"]


def test_clock_words_are_each_language_s_own() -> None:
    # A time alone is a ticker's stamp whatever word of its language follows it; the shared module holds none.
    assert all(clock_only(stamp) for stamp in ("14.35 Uhr", "2.36pm", "7:05 a.m.", "20:39"))
    assert not clock_only("9 heures")
    assert heads_entry("Update\n17.03.2020 - 10:39 pm\nDie Polizei meldet …", 7, 17)


@pytest.mark.usefixtures("french")
def test_a_registered_language_brings_its_clock_words() -> None:
    assert all(clock_only(stamp) for stamp in ("9 heures", "14.35 Uhr"))


def test_an_unregistered_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language must be one of de, en or auto"):
        find("Le sommet s'est ouvert le 12 mars 2024.", language="fr")


def test_no_module_of_the_extractor_is_over_500_lines() -> None:
    """Each module stays readable on its own: the shared machinery and every language module."""
    root = Path(registry.__file__).resolve().parent.parent
    sizes = {
        p.relative_to(root).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in root.rglob("*.py")
    }
    assert len(sizes) > 10
    assert {name: n for name, n in sizes.items() if n > 500} == {}
