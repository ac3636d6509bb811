"""``chronik merge`` as a system of ``benchmarks/merge_eval.py``.

Usage::

    .venv/bin/python benchmarks/merge_eval.py --texts DIR --system merge_chronik:cluster

Each article becomes the draft ``chronik extract`` would make of it, built from the gold items (so that
the merge, not the extraction, is measured): the article is the draft's source (its publisher, its date);
each item an event dated with the item's value (undated when unresolved), titled and quoted with the
sentence around the item's surface - never with the annotator's ``what``, which no draft has. A report
item is an event of kind ``report``. The drafts are merged with :func:`chronik.merge.merge`; every merged
event is one cluster of the items it came from (``Merged.renamed``), and two events linked by ``same_as``
are a flagged pair.
"""

from __future__ import annotations

import re
from typing import Any

from chronik.dates import parse_when
from chronik.merge import Options, merge
from chronik.model import Timeline
from merge_eval import Clustering, Entry, Story

_ID = re.compile(r"[^A-Za-z0-9._-]")
OPTIONS = Options()


def _safe(ident: str) -> str:
    return _ID.sub("-", ident)


def _title(entry: Entry) -> str:
    text = " ".join((entry.sentence or entry.surface).split())
    return text if len(text) <= 100 else text[:99].rstrip() + "…"


def _when(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        parse_when(value)
    except ValueError:
        return None
    return value


def draft(story: Story, article: str) -> Timeline:
    """The draft of one article, from its gold items."""
    art = next(a for a in story.articles if a.id == article)
    source = _safe(f"{story.id}.{article}")
    events: list[dict[str, Any]] = []
    for entry in story.entries:
        if entry.article != article:
            continue
        event: dict[str, Any] = {
            "id": _safe(entry.id),
            "title": _title(entry),
            "kind": "report" if entry.kind == "report" else "event",
            "sources": [{"source": source, "quote": " ".join((entry.sentence or entry.surface).split())}],
        }
        when = _when(entry.value)
        if when is not None:
            event["when"] = when
        events.append(event)
    published = _when(art.dct)
    return Timeline.model_validate(
        {
            "id": source,
            "title": f"Draft: {article}",
            "timezone": "UTC",  # the items carry no zone: local times are read alike in every draft
            "language": art.language if art.language in ("de", "en") else story.language,
            "sources": [
                {
                    "id": source,
                    "kind": "article",
                    "publisher": art.publisher or article,
                    **({"published": published} if published else {}),
                }
            ],
            "events": events,
        }
    )


def cluster(story: Story, options: Options | None = None) -> Clustering:
    articles = [a.id for a in story.articles]
    drafts = [draft(story, a) for a in articles]
    merged = merge(drafts, options or OPTIONS)
    back: dict[str, str] = {}  # safe item id -> gold item id
    for entry in story.entries:
        back[_safe(entry.id)] = entry.id
    groups: dict[str, list[str]] = {}
    for (position, old), new in merged.renamed.items():
        if old in back and any(e.id == old for e in drafts[position].events):
            groups.setdefault(new, []).append(back[old])
    flagged = []
    for event in merged.timeline.events:
        for other in event.same_as:
            if event.id < other and event.id in groups and other in groups:
                flagged.append((groups[event.id][0], groups[other][0]))
    return [sorted(set(g)) for g in groups.values()], flagged
