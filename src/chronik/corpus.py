"""``chronik extract --corpus``: one draft per article of an archive, then one merged timeline per story, on Dask.

The archive is a JSON Lines file (one article per line) or a folder of ``.txt`` files with a
``meta.json`` beside them. It is never read whole: the JSONL file is cut into blocks of whole lines
(:data:`BLOCKSIZE` bytes each, found by one streamed pass that also numbers the lines, so every
error names its line), each block one Dask partition that reads only its own byte range; a folder is
a bag of file names, :data:`FILES_PER_PARTITION` to a partition. Each partition drafts its articles
(``map_partitions``), and ``foldby(story)`` gathers the drafts of each story (an associative and
commutative concatenation), which are merged at once by :func:`chronik.merge.merge` - the same
timeline for any order of its inputs, so the same bytes however Dask grouped the fold.

One bad article - a line that is not JSON, no text, a bad ``dct``, an extractor exception - is one
line on stderr and skipped. At the end, articles read = drafts + failures, checked against the count
of the streamed pass; a difference (Dask lost something) is an error.

Dask (``dask.bag`` and ``distributed``) is imported only here, and this module only for ``--corpus``.
"""

from __future__ import annotations

import contextlib
import json
import operator
import os
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .api import _default_id
from .dates import PartialDate, parse_partial_date
from .errors import ChronikError
from .model import Source, Timeline

__all__ = [
    "BLOCKSIZE",
    "FILES_PER_PARTITION",
    "META_FILE",
    "Draft",
    "Failure",
    "Rendered",
    "Report",
    "Settings",
    "Story",
    "add",
    "canonical",
    "combine",
    "draft_article",
    "draft_partition",
    "render",
    "run",
]

#: Bytes of JSON Lines per partition: 25 to 60 news articles of 2-5 KB, a task of a fraction of a second.
BLOCKSIZE = 128 << 10
#: Text files per partition of a folder archive (dozens of articles: tasks of well over 100 ms).
FILES_PER_PARTITION = 40
#: The metadata file of a folder archive: ``{"<file name>": {"id": ..., "dct": ..., ...}, ...}``.
META_FILE = "meta.json"

_DCT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PUBLISHED = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


@dataclass(frozen=True)
class Settings:
    """What every task needs to know (sent to the workers with each partition)."""

    story: str | None
    """The metadata field naming an article's story; None: one story for all."""
    overall: str
    """The story's name when ``story`` is None."""
    base: str
    """The output folder: a text file's ``file`` is written relative to it."""
    drafts: str | None = None
    """Write each article's draft here (``<id>.yaml``), by the worker that drafted it."""


@dataclass(frozen=True)
class Block:
    """Whole lines of a JSONL file: bytes ``start`` to ``end``, the first of them line ``line``."""

    path: str
    """The file's absolute path: workers read it, whatever their current folder."""
    name: str
    """The file as the user named it, for messages."""
    start: int
    end: int
    line: int
    articles: int
    """Lines that are not blank in the block: the articles it holds."""


@dataclass(frozen=True)
class Item:
    """One article before it is read: where it is, and its raw line or its text file and metadata."""

    where: str
    line: bytes | None = None
    file: str | None = None
    meta: dict[str, Any] | None = None


@dataclass(frozen=True)
class Draft:
    story: str
    timeline: Timeline
    events: int


@dataclass(frozen=True)
class Failure:
    where: str
    reason: str
    story: str | None = None

    def line(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class Story:
    """The fold's accumulator: the story's drafts so far (merged all at once when it is rendered, so
    that the result does not depend on which drafts the fold brought together first)."""

    timelines: tuple[Timeline, ...]
    events: int

    @property
    def drafts(self) -> int:
        return len(self.timelines)


@dataclass(frozen=True)
class Rendered:
    """A story as its timeline file, and what went into it."""

    story: str
    ident: str
    drafts: int
    events: int
    entries: int
    text: str


@dataclass
class Report:
    """What a run did: per story, and overall."""

    articles: int
    stories: dict[str, Rendered] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    written: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def drafts(self) -> int:
        return sum(s.drafts for s in self.stories.values())


class _Bad(Exception):
    """An article that cannot be drafted; its message is the reason."""


# --- reading -------------------------------------------------------------------------------------------


def scan_jsonl(path: Path, blocksize: int = BLOCKSIZE) -> list[Block]:
    """The file's blocks of whole lines, about ``blocksize`` bytes each, in one streamed pass."""
    blocks: list[Block] = []
    where, name = str(path.resolve()), str(path)
    start = pos = 0
    first = number = 1
    articles = 0
    with path.open("rb") as f:
        for raw in f:
            pos += len(raw)
            articles += bool(raw.strip())
            number += 1
            if pos - start >= blocksize:
                blocks.append(Block(where, name, start, pos, first, articles))
                start, first, articles = pos, number, 0
    if pos > start:
        blocks.append(Block(where, name, start, pos, first, articles))
    return blocks


def read_block(block: Block) -> list[Item]:
    """The articles of ``block``: its lines that are not blank, each named ``file:line``."""
    with open(block.path, "rb") as f:
        f.seek(block.start)
        data = f.read(block.end - block.start)
    return [Item(f"{block.name}:{block.line + n}", line=raw) for n, raw in enumerate(data.split(b"\n")) if raw.strip()]


def folder_items(folder: Path) -> list[Item]:
    """The folder's ``*.txt`` files in name order, each with its entry of ``meta.json`` (may be empty)."""
    meta: dict[str, Any] = {}
    meta_path = folder / META_FILE
    if meta_path.exists():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as err:
            raise ChronikError(f"{meta_path}: cannot read the metadata ({err})") from None
        if not isinstance(meta, dict):
            raise ChronikError(f"{meta_path}: the metadata must be one object mapping file names to fields")
    files = sorted(p for p in folder.glob("*.txt") if p.is_file())
    items = []
    for p in files:
        entry = meta.get(p.name, {})
        items.append(Item(str(p), file=str(p.resolve()), meta=entry if isinstance(entry, dict) else {"_bad": entry}))
    return items


def _read_blocks(blocks: Iterable[Block]) -> Iterator[Item]:
    for block in blocks:
        yield from read_block(block)


# --- one article ---------------------------------------------------------------------------------------


def _fields(item: Item) -> tuple[dict[str, Any], str]:
    """The article's metadata and its text; :class:`_Bad` says what is wrong."""
    if item.line is not None:
        try:
            data = json.loads(item.line)
        except UnicodeDecodeError:
            raise _Bad("not UTF-8 text") from None
        except ValueError as err:
            raise _Bad(f"invalid JSON ({err})") from None
        if not isinstance(data, dict):
            raise _Bad(f"not a JSON object but {type(data).__name__}")
        text = data.get("text")
        if not isinstance(text, str) or not text.strip():
            raise _Bad("no text" if text is None else "the text is empty or not a string")
        return data, text
    from .extract._draft import read_source

    meta = dict(item.meta or {})
    if "_bad" in meta:
        raise _Bad(f"its {META_FILE} entry is not an object")
    try:
        text = read_source(Path(item.file or item.where))
    except ChronikError as err:
        raise _Bad(str(err).split(": ", 1)[-1]) from None
    meta.setdefault("id", Path(item.file or item.where).stem)
    return meta, text


def _text_field(data: dict[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise _Bad(f"'{name}' is not a string")
    return " ".join(str(value).split()) or None


def story_of(data: dict[str, Any], settings: Settings) -> str:
    if settings.story is None:
        return settings.overall
    story = _text_field(data, settings.story)
    if story is None:
        raise _Bad(f"no '{settings.story}' field")
    return story


def _published(data: dict[str, object], dct: date | None) -> PartialDate | None:
    """The article's publication date: ``published`` when the archive gives it (``YYYY``, ``YYYY-MM`` or a
    day - an archive that knows only the month says so), else the ``dct``."""
    raw = data.get("published")
    if raw is None:
        return PartialDate(dct.year, dct.month, dct.day) if dct else None
    if not isinstance(raw, str) or not _PUBLISHED.fullmatch(raw):
        raise _Bad(f"published {raw!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        return parse_partial_date(raw)
    except ValueError as err:
        raise _Bad(f"published {raw!r}: {' '.join(str(err).split())}") from None


def draft_article(item: Item, settings: Settings) -> Draft:
    """One article's draft, its source the article itself (publisher, url, title, published from the metadata)."""
    from .extract import detect_language, find
    from .extract._draft import DraftDocument, draft_text, draft_timeline, draft_words, relative_file
    from .extract.lang import LANGUAGES

    data, text = _fields(item)
    ident = _text_field(data, "id") or item.where
    story = story_of(data, settings)
    raw_dct = data.get("dct")
    dct: date | None = None
    if raw_dct is not None:
        if not isinstance(raw_dct, str) or not _DCT.fullmatch(raw_dct):
            raise _Bad(f"dct {raw_dct!r} is not YYYY-MM-DD")
        try:
            dct = date.fromisoformat(raw_dct)
        except ValueError as err:
            raise _Bad(f"dct {raw_dct!r}: {err}") from None
    published = _published(data, dct)
    language = _text_field(data, "language") or "auto"
    if language not in LANGUAGES and language != "auto":
        raise _Bad(f"language {language!r}: {', '.join(LANGUAGES)} or auto")
    lang = detect_language(text) if language == "auto" else language
    safe = _default_id(ident)
    try:
        # the archive's publisher of the article is the outlet of its own date lines (as ``--publisher`` is)
        mentions = find(text, dct=dct, language=lang, document=item.where, publisher=_text_field(data, "publisher"))
        file = relative_file(Path(item.file), Path(settings.base)) if item.file else f"{safe}.txt"
        timeline = draft_timeline([DraftDocument(file, text, list(mentions), lang)], language=lang, dct=dct)
        article = timeline.sources[0]
        url, title = _text_field(data, "url"), _text_field(data, "title")
        words = draft_words(lang) or {}
        about = words["article"] if url or title else f"{words['article']} {ident}"
        source = Source(
            id=article.id,
            kind="article",
            publisher=_text_field(data, "publisher"),
            title=title,
            about=about,
            url=url,
            published=published,
            language=lang,
            file=file if item.file else None,
        )
        body = timeline.model_dump(mode="json", exclude_defaults=True)
        body.update(id=safe, sources=[source.model_dump(mode="json", exclude_defaults=True), *body["sources"][1:]])
        timeline = Timeline.model_validate(body)
    except _Bad:
        raise
    except Exception as err:  # the extractor or the model refused this article: report it, go on
        raise _Bad(f"{type(err).__name__}: {' '.join(str(err).split())}") from None
    if settings.drafts is not None:
        _write_atomic(Path(settings.drafts) / f"{safe}.yaml", draft_text(timeline))
    return Draft(story, timeline, len(timeline.events))


def draft_partition(items: Iterable[Item | Block], settings: Settings) -> list[Draft | Failure]:
    """A partition's drafts and failures (a partition of JSONL blocks reads its blocks here)."""
    out: list[Draft | Failure] = []
    for entry in items:
        for item in read_block(entry) if isinstance(entry, Block) else [entry]:
            try:
                out.append(draft_article(item, settings))
            except _Bad as err:
                out.append(Failure(item.where, str(err), _story_if_known(item, settings)))
    return out


def _story_if_known(item: Item, settings: Settings) -> str | None:
    try:
        data = json.loads(item.line) if item.line is not None else item.meta
        return story_of(data, settings) if isinstance(data, dict) else None
    except (ValueError, _Bad):
        return None


# --- the fold --------------------------------------------------------------------------------------------


def add(acc: Story | None, item: Draft) -> Story:
    """foldby's binop: the story so far and one more draft."""
    if acc is None:
        return Story((item.timeline,), item.events)
    return Story((*acc.timelines, item.timeline), acc.events + item.events)


def combine(a: Story | None, b: Story | None) -> Story | None:
    """foldby's combine: two partial stories as one (concatenation: associative; the order is
    undone by the merge, which gives the same timeline for any order of its inputs)."""
    if a is None or b is None:
        return a or b
    return Story((*a.timelines, *b.timelines), a.events + b.events)


def _is_draft(x: Draft | Failure) -> bool:
    return isinstance(x, Draft)


def _is_failure(x: Draft | Failure) -> bool:
    return isinstance(x, Failure)


# --- the run ------------------------------------------------------------------------------------------


def run(
    articles: Path,
    out: Path,
    *,
    story: str | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    drafts: bool = False,
    blocksize: int = BLOCKSIZE,
    echo: Callable[[str], None] = lambda line: print(line, file=sys.stderr),
    progress: bool = True,
) -> Report:
    """Draft every article of ``articles``, merge per story, write ``out/<story>.yaml``; see the module."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    if not articles.exists():
        raise ChronikError(f"{articles}: no such file or folder")
    out.mkdir(parents=True, exist_ok=True)
    drafts_dir = out / "drafts" if drafts else None
    if drafts_dir is not None:
        drafts_dir.mkdir(exist_ok=True)
    overall = _default_id(articles.stem if articles.is_file() else articles.name)
    settings = Settings(story, overall, str(out.resolve()), str(drafts_dir.resolve()) if drafts_dir else None)
    if articles.is_dir():
        items: Sequence[Item | Block] = folder_items(articles)
        expected = len(items)
        size = FILES_PER_PARTITION
    else:
        items = scan_jsonl(articles, blocksize)
        expected = sum(b.articles for b in items if isinstance(b, Block))
        size = 1
    if not items:
        raise ChronikError(f"{articles}: no articles")
    bag = db.from_sequence(items, partition_size=size)  # type: ignore[no-untyped-call]
    outcomes = bag.map_partitions(draft_partition, settings)
    folded = (
        outcomes.filter(_is_draft)
        .foldby(operator.attrgetter("story"), add, None, combine=combine, combine_initial=None)
        .repartition(npartitions=min(bag.npartitions, 64))  # foldby ends in one partition: render in parallel
        .map(render)
    )
    failed = outcomes.filter(_is_failure)

    with contextlib.ExitStack() as stack:
        if scheduler is not None:
            client = stack.enter_context(Client(scheduler))  # type: ignore[no-untyped-call]
        else:
            cluster = stack.enter_context(
                LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=":0",
                    silence_logs=40,
                )
            )
            client = stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
        futures = client.compute([folded, failed])
        if progress:
            from distributed import progress as show_progress

            with contextlib.redirect_stdout(sys.stderr):
                show_progress(futures)  # type: ignore[no-untyped-call]
        try:
            stories_list, failures = client.gather(futures)
        except Exception as err:  # a task failed, not an article: a worker cannot read the archive, or died
            raise ChronikError(f"{articles}: the run failed on the cluster: {type(err).__name__}: {err}") from None

    report = Report(expected, failures=sorted(failures, key=lambda f: _where_key(f.where)))
    stories = sorted((r for r in stories_list if r is not None), key=operator.attrgetter("story"))
    report.stories = {r.story: r for r in stories}
    for failure in report.failures:
        echo(failure.line())
    if report.drafts + len(report.failures) != expected:
        raise ChronikError(
            f"{articles}: {expected} articles read but {report.drafts} drafts and {len(report.failures)} "
            "failures came back; the cluster lost some (nothing was written)"
        )
    _write_stories(report, out)
    report.seconds = time.perf_counter() - started
    failed_by_story = Counter(f.story for f in report.failures)
    for name, done in report.stories.items():
        bad = failed_by_story.get(name, 0)
        echo(
            f"{name}: {done.drafts + bad} articles, {done.drafts} drafts, {_n(bad, 'failure')}, "
            f"{done.events} events, {done.entries} merged entries -> {report.written[name]}"
        )
    events = sum(s.events for s in report.stories.values())
    entries = sum(s.entries for s in report.stories.values())
    echo(
        f"{articles}: {expected} articles read, {report.drafts} drafts, {_n(len(report.failures), 'failure')}, "
        f"{events} events, {entries} merged entries in {len(report.stories)} "
        f"{'story' if len(report.stories) == 1 else 'stories'}, {report.seconds:.1f} s"
    )
    return report


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def _where_key(where: str) -> tuple[str, int]:
    name, _, line = where.rpartition(":")
    return (name, int(line)) if line.isdigit() else (where, 0)


def render(pair: tuple[str, Story | None]) -> Rendered | None:
    """A story's timeline file, written on the worker that folded it: only its text goes to the driver."""
    from .extract._draft import draft_text, draft_words
    from .extract.lang import LANGUAGES

    name, acc = pair
    if acc is None:
        return None
    from .merge import merge

    ident = _default_id(name)
    tl = canonical(merge(acc.timelines).timeline)
    # the merge keeps the head of its larger input, which depends on the fold's grouping: the story's
    # language is its articles' (the most of them; on a tie the earliest article's), and its words with it
    languages = Counter(s.language for s in tl.sources if s.kind == "article" and s.language in LANGUAGES)
    language = max(languages, key=lambda lang: languages[lang]) if languages else tl.language or "de"
    words = draft_words(language) or draft_words(next(iter(LANGUAGES))) or {}
    body = tl.model_dump(mode="json", exclude_defaults=True)
    body.update(id=ident, title=words["title"].format(name), language=language, description=words["description"])
    timeline = Timeline.model_validate(body)
    return Rendered(name, ident, acc.drafts, acc.events, len(timeline.events), draft_text(timeline))


def _write_stories(report: Report, out: Path) -> None:
    from . import api
    from .extract._draft import draft_text

    taken: set[str] = set()
    for name, story in report.stories.items():
        ident, n = story.ident, 1
        while ident.casefold() in taken:  # two stories, one file name: the second gets -2
            n += 1
            ident = f"{story.ident}-{n}"
        taken.add(ident.casefold())
        text = story.text
        if ident != story.ident:
            body = api.loads(text).model_dump(mode="json", exclude_defaults=True)
            body.update(id=ident)
            text = draft_text(Timeline.model_validate(body))
        path = out / f"{ident}.yaml"
        _write_atomic(path, text)
        report.written[name] = path


def canonical(timeline: Timeline) -> Timeline:
    """The timeline with its lists in an order of their content alone, not of the fold's grouping.

    :func:`chronik.merge.merge_two` keeps the order of its larger input, so which drafts met first
    would show in the file; here the articles come by publication day, the other sources, places and
    people by id, the events by date (undated last), then id, and each event's citations by source.
    """
    from .ordering import entries

    intervals = {e.id: e.interval for e in entries(timeline) if e.event is not None}

    def event_key(ev: Any) -> tuple[Any, ...]:
        iv = intervals.get(ev.id)
        return (0, iv.start, iv.end, ev.id) if iv is not None else (1, ev.id)

    def citation_key(c: Any) -> tuple[str, str, str]:
        return (c.source, c.at or "", c.quote or "")

    def source_key(src: Source) -> tuple[Any, ...]:
        return (src.kind != "article", str(src.published or ""), src.id)

    return timeline.model_copy(
        update={
            "sources": tuple(sorted(timeline.sources, key=source_key)),
            "places": tuple(sorted(timeline.places, key=lambda p: p.id)),
            "people": tuple(sorted(timeline.people, key=lambda p: p.id)),
            "events": tuple(
                ev.model_copy(update={"sources": tuple(sorted(ev.sources, key=citation_key))})
                for ev in sorted(timeline.events, key=event_key)
            ),
        }
    )


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
