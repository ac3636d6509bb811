"""A draft timeline from what the extractor found: ``chronik extract`` writes it for an editor to review.

Each text becomes a source of kind ``article`` with its local ``file``. Each ``report`` mention
becomes a source of kind ``report`` (its publisher, its date as ``published`` when that is one
date); each ``event`` mention becomes an event dated at the precision the text gives, or undated
with the words that could not be pinned. Every entry cites the sentence it came from, verbatim,
with its character offsets (``at``), so ``chronik check`` can verify the evidence.

The draft invents nothing: no time zone (a local time without one is kept as its day and the
time is noted), no publication day for a span, no date for a vague phrase. The same input gives
the same draft, byte for byte; nothing depends on the clock.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from ..api import _default_id, read_text
from ..dates import PartialDate, Precision, Span, When, parse_duration, parse_when
from ..errors import ChronikError, ReadError
from ..model import Citation, Event, IdPool, Person, Place, Source, Timeline
from ..writers import timeline_to_yaml
from ._language import ordered
from ._types import Mention
from .lang import LANGUAGES, get, known, pool

__all__ = [
    "FORMATS",
    "LANGUAGES",
    "WORD_KEYS",
    "DraftDocument",
    "draft_text",
    "draft_timeline",
    "draft_words",
    "merged_draft",
    "read_source",
    "relative_file",
    "summary",
    "tag_document",
]

#: Output formats of :func:`draft_text`.
FORMATS = ("yaml", "json")

#: Titles are cut near this many characters, a report's ``about`` near ``_ABOUT``.
_TITLE = 90
_ABOUT = 120
#: Longest id base before a ``-2`` suffix (ids may have 128 characters).
_ID_BASE = 100

#: What a language's :attr:`~._language.Language.draft_words` name: the draft's notes and titles.
WORD_KEYS = ordered(
    "article title title_more title_one_more description expression unresolved unresolved_bare invalid duration "
    "local_time report_span report_unresolved report_invalid report undated event place person"
)


def draft_words(language: str) -> Mapping[str, str] | None:
    """The notes and titles of a draft in ``language``; None for a language the extractor does not know."""
    return get(language).draft_words if known(language) else None


@cache
def _translit(table: tuple[tuple[str, str], ...]) -> dict[int, str]:
    return str.maketrans(dict(table))


@dataclass(frozen=True)
class DraftDocument:
    """One text and what the extractor found in it."""

    file: str
    """The text's path as the timeline file names it: relative to the timeline file's folder."""
    text: str
    """The text, as :func:`chronik.api.read_text` reads it; mention offsets count its characters."""
    mentions: Sequence[Mention]
    """The extractor's mentions, in document order."""
    language: str | None = None
    """The text's language (``de``, ``en``); None: the timeline's."""
    publisher: str | None = None
    """The outlet that published the text, where the user names it (``--publisher``): the article's publisher."""


def draft_timeline(
    documents: Sequence[DraftDocument], *, language: str, dct: date | None, timezone: str | None = None
) -> Timeline:
    """A valid timeline holding the documents' reports and events, each citing its sentence.

    ``language`` is the timeline's (its notes and titles are written in it); ``dct`` becomes
    ``updated`` (the draft never takes today's date); ``timezone``, when given, becomes the
    timeline's zone, so that local times in the texts stay times. Deterministic.
    """
    if not documents:
        raise ValueError("a draft needs at least one document")
    words = draft_words(language)
    if words is None:
        raise ValueError(f"no words for language '{language}' (drafts are written in {', '.join(LANGUAGES)})")
    return _Builder(words, timezone is not None).build(documents, language, dct, timezone)


def merged_draft(
    documents: Sequence[DraftDocument], *, language: str, dct: date | None, timezone: str | None = None
) -> Timeline:
    """One draft of several texts the way ``extract --corpus`` makes a story: each text drafted on its own
    (:func:`draft_timeline` of one document), then merged with :func:`chronik.merge.merge`, so a happening
    several texts report is one entry citing each. Id, title and language are the first text's, as
    :func:`draft_timeline` gives them; one document is its draft. Deterministic.
    """
    drafts = [draft_timeline([doc], language=language, dct=dct, timezone=timezone) for doc in documents]
    if len(drafts) == 1:
        return drafts[0]
    from ..merge import merge

    head = draft_timeline([DraftDocument(d.file, "", (), d.language) for d in documents], language=language, dct=dct)
    body = merge(drafts).timeline.model_dump(mode="json", exclude_defaults=True)
    body.update(id=head.id, title=head.title, language=language, description=head.description)
    return Timeline.model_validate(body)


def read_source(path: Path) -> str:
    """The text at ``path`` as ``chronik check`` will read it; an empty text is an error (nothing to draft)."""
    text = read_text(path)
    if not text.strip():
        raise ReadError(str(path), None, "the text is empty; there is nothing to extract")
    return text


def tag_document(
    path: Path,
    text: str,
    *,
    base: Path,
    language: str,
    dct: date | None,
    find: Callable[..., Sequence[Mention]],
    detect: Callable[[str], str],
    publisher: str | None = None,
) -> DraftDocument:
    """Run the extractor ``find`` on ``text`` (read from ``path``); ``file`` is ``path`` relative to ``base``.

    ``language`` is ``de``, ``en`` or ``auto`` (then ``detect`` decides for this text); ``publisher`` the
    outlet that published it, where the user names it.
    """
    lang = detect(text) if language == "auto" else language
    mentions = find(text, dct=dct, language=lang, document=str(path), publisher=publisher)
    return DraftDocument(relative_file(path, base), text, list(mentions), lang, publisher)


def relative_file(path: Path, base: Path) -> str:
    """``path`` relative to the folder ``base``, with ``/`` (absolute when there is no relative path)."""
    try:
        return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(base))).as_posix()
    except ValueError:  # another drive (Windows)
        return Path(os.path.abspath(path)).as_posix()


def summary(document: DraftDocument, name: str | None = None) -> str:
    """``seed.txt (de): 6 reports, 5 events, 1 unresolved`` - one line for stderr."""
    reports = sum(m.kind == "report" for m in document.mentions)
    events = len(document.mentions) - reports
    unresolved = sum(_parse(m.value) is None for m in document.mentions)
    lang = f" ({document.language})" if document.language else ""
    return (
        f"{name or document.file}{lang}: {reports} report{'s' * (reports != 1)}, "
        f"{events} event{'s' * (events != 1)}, {unresolved} unresolved"
    )


def draft_text(timeline: Timeline, format: str = "yaml") -> str:
    """The timeline file as text: YAML, or JSON of the same shape (both read back by :func:`chronik.loads`)."""
    if format == "yaml":
        return timeline_to_yaml(timeline)
    if format == "json":
        data = timeline.model_dump(mode="json", exclude_defaults=True)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"no draft format '{format}' (there are: {', '.join(FORMATS)})")


@dataclass(frozen=True)
class _Evidence:
    quote: str
    start: int

    def cite(self, source: str) -> Citation:
        return Citation(source=source, quote=self.quote, at=f"{self.start}-{self.start + len(self.quote)}")


@dataclass
class _Builder:
    words: Mapping[str, str]
    zoned: bool
    ids: IdPool = field(default_factory=IdPool)
    sources: list[Source] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)

    def build(
        self, documents: Sequence[DraftDocument], language: str, dct: date | None, timezone: str | None
    ) -> Timeline:
        articles = [self._id(_default_id(_stem(d.file)), "text") for d in documents]
        for doc, article in zip(documents, articles, strict=True):
            self._document(doc, article, doc.language or language)
        stem = _stem(documents[0].file)
        more = len(documents) - 1
        title = self.words["title_more" if more > 1 else "title_one_more" if more else "title"].format(stem, more)
        return Timeline(
            id=_default_id(stem),
            title=title,
            language=language,
            timezone=timezone,
            description=self.words["description"],
            updated=PartialDate(dct.year, dct.month, dct.day) if dct else None,
            sources=tuple(self.sources),
            places=tuple(self.places.values()),
            people=tuple(self.people.values()),
            events=tuple(self.events),
        )

    def _id(self, base: str, fallback: str) -> str:
        """``base`` as a fresh id: ``-2``, ``-3`` ... appended when taken."""
        return self.ids.take(base[:_ID_BASE].strip("-._") or fallback)

    def _document(self, doc: DraftDocument, article: str, language: str) -> None:
        self.sources.append(
            Source(
                id=article,
                kind="article",
                publisher=doc.publisher,
                about=self.words["article"],
                file=doc.file,
                language=language,
            )
        )
        reports: dict[int, list[str]] = {}
        for m in doc.mentions:
            if m.kind == "report":
                evidence = _evidence(doc, m)
                reports.setdefault(evidence.start, []).append(self._report(m, evidence, article, language))
        for m in doc.mentions:
            if m.kind != "report":
                evidence = _evidence(doc, m)
                self._event(m, evidence, [evidence.cite(article), *map(_cite, reports.get(evidence.start, []))])

    def _report(self, m: Mention, evidence: _Evidence, article: str, language: str) -> str:
        value = _parse(m.value)
        published = None
        note = None
        if isinstance(value, PartialDate) and value.precision <= Precision.DAY:
            published = value
        elif isinstance(value, PartialDate):
            published = PartialDate(value.year, value.month, value.day)
        elif isinstance(value, Span):
            note = self.words["report_span"].format(m.value)
        elif m.value is None:
            note = self.words["report_unresolved"].format(_one_line(m.surface))
        else:
            note = self.words["report_invalid"].format(_one_line(m.surface), m.value)
        publisher = _one_line(m.publisher or "") or None
        about = _shorten(evidence.quote, _ABOUT)
        name = _slug(" ".join(_drop_article(publisher.split()))) if publisher else self.words["report"]
        ident = self._id("-".join(filter(None, [name, _slug(str(published or m.value or ""))])), "report")
        self.sources.append(
            Source(
                id=ident,
                publisher=publisher,
                kind="report",
                about=f"{about} ({note})" if note else about,
                published=published,
                language=language,
                sources=(evidence.cite(article),),
            )
        )
        return ident

    def _event(self, m: Mention, evidence: _Evidence, citations: list[Citation]) -> None:
        when, notes = self._when(m)
        words = _content_words(evidence, m)
        base = "-".join([_slug(str(when)) if when is not None else self.words["undated"], *words])
        where = next((self._place(p) for p in m.places if _one_line(p)), None)
        who = [self._person(p) for p in m.people if _one_line(p)]
        self.events.append(
            Event(
                id=self._id(base, self.words["event"]),
                title=_shorten(evidence.quote, _TITLE),
                when=when,
                where=where,
                who=tuple(dict.fromkeys(who)),
                sources=tuple(citations),
                description="; ".join(notes),
            )
        )

    def _when(self, m: Mention) -> tuple[When | None, list[str]]:
        """The event's date at the text's precision, and what the editor should know about it."""
        surface = _one_line(m.surface)
        value = _parse(m.value)
        notes = []
        if value is None:
            if m.value is not None:
                notes.append(self.words["invalid"].format(surface, m.value))
            else:
                notes.append(self.words["unresolved"].format(surface) if surface else self.words["unresolved_bare"])
        else:
            notes.append(self.words["expression"].format(surface or str(value)))
        if m.duration:
            with_duration = _with_duration(value, m.duration)
            if with_duration is None:
                notes.append(self.words["duration"].format(m.duration))
            value = with_duration or value
        if value is not None and not self.zoned and _local_time(value):
            notes.append(self.words["local_time"].format(value))
            value = _days(value)
        return value, notes

    def _place(self, name: str) -> str:
        name = _one_line(name)
        if name not in self.places:
            self.places[name] = Place(id=self._id(_slug(name), self.words["place"]), name=name)
        return self.places[name].id

    def _person(self, name: str) -> str:
        name = _one_line(name)
        if name not in self.people:
            self.people[name] = Person(id=self._id(_slug(name), self.words["person"]), name=name)
        return self.people[name].id


def _cite(source: str) -> Citation:
    return Citation(source=source)


def _evidence(doc: DraftDocument, m: Mention) -> _Evidence:
    """The mention's sentence as it stands in the text (else its expression); never a paraphrase."""
    if m.sentence.strip():
        if doc.text[m.sentence_start : m.sentence_end] == m.sentence:
            return _Evidence(m.sentence, m.sentence_start)
        found = doc.text.find(m.sentence)
        if found >= 0:
            return _Evidence(m.sentence, found)
    if m.surface.strip() and doc.text[m.start : m.end] == m.surface:
        return _Evidence(m.surface, m.start)
    head = doc.text[: max(0, min(m.start, len(doc.text)))]
    line = head.count("\n") + head.count("\r") - head.count("\r\n") + 1  # CR, LF and CRLF each end a line
    raise ChronikError(f"{doc.file}:{line}: the extractor's sentence for {m.surface!r} is not in the text")


def _parse(value: str | None) -> When | None:
    if value is None:
        return None
    try:
        return parse_when(value)
    except ValueError:
        return None


def _with_duration(value: When | None, duration: str) -> When | None:
    """``START/P5D`` for a day start and a duration of whole days (or weeks, months, years); else None."""
    if not isinstance(value, PartialDate) or value.precision != Precision.DAY:
        return None
    try:
        length = parse_duration(duration)
        if length.hours or length.minutes or length.seconds or str(length) == "P0D":
            return None
        return parse_when(f"{value}/{length}")
    except ValueError:
        return None


def _local_time(value: When) -> bool:
    parts = [value] if isinstance(value, PartialDate) else [p for p in (value.start, value.end) if p is not None]
    return any(p.has_time and p.offset is None for p in parts)


def _days(value: When) -> When:
    """A value with local times as the days it covers."""
    if isinstance(value, PartialDate):
        return PartialDate(value.year, value.month, value.day)
    first = value.start.first_day() if value.start is not None else None
    last = value.last_day()
    if first is not None and last is not None and first == last:
        return PartialDate(first.year, first.month, first.day)
    start = PartialDate(first.year, first.month, first.day) if first else None
    end = PartialDate(last.year, last.month, last.day) if last else None
    return Span(start, end, start_open=value.start_open, end_open=value.end_open)


def _content_words(evidence: _Evidence, m: Mention, limit: int = 3) -> list[str]:
    """A few words of the sentence that say what happened (not the date expression): for the id."""
    text = evidence.quote
    rel = m.start - evidence.start
    if rel >= 0 and rel + len(m.surface) <= len(text):
        text = text[:rel] + " " + text[rel + len(m.surface) :]
    out: list[str] = []
    stop = pool().draft_stop_words  # words that say little about an event
    for word in re.findall(r"[^\W\d_]{4,}", text):
        slug = _slug(word)
        if word.lower() not in stop and slug and slug not in out:
            out.append(slug)
            if len(out) == limit:
                break
    return out


def _slug(text: str) -> str:
    """``Los Angeles`` -> ``los-angeles``, ``Bürgermeisterin`` -> ``buergermeisterin``."""
    text = unicodedata.normalize("NFKD", text.translate(_translit(tuple(pool().transliteration.items()))))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _drop_article(words: list[str]) -> list[str]:
    return words[1:] if len(words) > 1 and words[0].lower() in pool().id_articles else words


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary near ``limit`` characters with ``…``."""
    text = _one_line(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-\u2013") + "…"


def _stem(file: str) -> str:
    return Path(file).stem or "text"
