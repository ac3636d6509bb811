"""Sentences: where a text's sentences begin and end, with the spans the rest of the extractor quotes.

A dot after a day number ("am 8. November") or an abbreviation does not end a sentence unless what follows
says so; a hard-wrapped text's line ends are blanks; a "sentence" with no full stop is cut near
:data:`MAX_SENTENCE` so that evidence stays quotable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._lexicon import lexicon
from .lang import get


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, doc: str) -> str:
        return doc[self.start : self.end]


# ---------------------------------------------------------------- sentences

_SENTENCE_END = re.compile(
    r"(?<![.!?])[.!?]+[\"'”“»«’]*(?=\s+[\"'„“»«(]*[A-ZÄÖÜ0-9])"
    r"|(?<=[a-zäöüß]{3})[.!?](?=[A-ZÄÖÜ][a-zäöüß])"  # a copy that lost the blank: "voluntarily.In a message"
    r"|\n\s*\n|\n"
)


#: A carriage return not followed by a line feed: a line end of its own (old Mac files).
LONE_CR = re.compile(r"\r(?!\n)")

#: A "sentence" longer than this (a list, a table, text without full stops) is cut at a blank near the
#: limit, so that evidence stays quotable and the work per expression stays bounded.
MAX_SENTENCE = 1500


def sentences(text: str, language: str) -> list[Span]:
    """Sentence spans (blanks trimmed). A dot after a day number ("am 8. November") does not end a
    sentence, nor one after an abbreviation unless what follows says so (:func:`_abbreviation_goes_on`)."""
    months = lexicon(language).months
    ordinal_dot = get(language).ordinal_dot
    text = LONE_CR.sub("\n", text)  # a CR alone ends a line as LF and CRLF do; offsets stay the same
    spans: list[Span] = []
    start = 0
    wrapped = hard_wrapped(text)
    for m in _SENTENCE_END.finditer(text):
        if (
            wrapped
            and m.group(0) == "\n"
            and not _LINE_ENDS_SENTENCE.search(text, max(0, m.start() - 3), m.start())
            and not _LIST_ITEM.match(text, m.end())
        ):
            continue  # wire copy wrapped at a fixed width: a line break inside a sentence is a blank
        if "\n" not in m.group(0):
            word = re.search(r"([\w.]+)$", text[max(start, m.start() - 40) : m.start()])
            last = word.group(1).lower() if word else ""
            after = re.match(r"\s*([\"'„“»«(]*)([\w]+)", text[m.end() : m.end() + 40])
            nxt = after.group(2) if after else ""
            if m.group(0).startswith(".") and not m.group(0).startswith(".."):
                head = text[max(start, m.start() - 12) : m.start()]
                marks = after.group(1) if after else ""
                if _abbreviation_goes_on(head, last, nxt, marks, language):
                    continue
            number = last.rstrip(".")
            if number.isdigit() and len(number) <= 2 and (nxt.lower() in months or ordinal_dot):
                continue  # "am 8. November", "der 3. Platz"
        end = m.end() if "\n" not in m.group(0) else m.start()
        _add(spans, text, start, end)
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


#: How a line that ends its sentence ends: a full stop, a colon, a closing quote or bracket.
_LINE_ENDS_SENTENCE = re.compile(r"[.!?:;\"'”“»«)\]]\s*$")
#: A line that opens a list item: a bullet, a dash or a number in front.
_LIST_ITEM = re.compile(r"[ \t]*(?:[•·▪►*–—-]|\d{1,3}[.)])\s")
#: A line at least this long, broken where no sentence ends, looks wrapped at a fixed width.
WRAP_WIDTH = 40


def hard_wrapped(text: str) -> bool:
    """Is the text wrapped at a fixed width (wire copy, e-mail, old archives), so that a line break inside a
    sentence is no sentence end? Yes where at least four lines follow each other and most of the lines a next
    line follows are long and end where no sentence ends. A list or a ticker (short lines, or lines that end
    their sentences) is not."""
    breaks = inner = 0
    previous = ""
    for line in text.split("\n"):
        if previous.strip() and line.strip() and not _LIST_ITEM.match(line):
            breaks += 1
            if len(previous) >= WRAP_WIDTH and not _LINE_ENDS_SENTENCE.search(previous):
                inner += 1
        previous = line
    return breaks >= 3 and inner * 2 > breaks


def _abbreviation_goes_on(head: str, last: str, nxt: str, marks: str, language: str) -> bool:
    """Does the dot after ``last`` (the word before it, lower-cased; ``head`` the text just before the
    dot) belong to an abbreviation that does not end the sentence before ``nxt`` (the next word;
    ``marks``: the quotes or brackets that open before it)?"""
    quoted = bool(marks)
    lex = lexicon(language)
    abbr = lex.lang.abbreviations
    pair = re.search(r"(?<![\w.])(\w)\.\s?(\w)$", head)  # "z. B", "u. a", "d. h"
    if pair and f"{pair.group(1)}.{pair.group(2)}".lower() in abbr.inner:
        return True
    word = last.rstrip(".")
    capital = nxt[:1].isupper()
    low = nxt.lower()
    if word in abbr.titles or word in abbr.inner:
        return True
    if word in abbr.months or word in abbr.weekdays:
        date_word = low in lex.months or low in lex.weekdays or low in abbr.months or low in abbr.weekdays
        return not capital or date_word  # "Sept. 25", "Mo. 5. Mai", "Mon. Oct. 9"; "in Sept. The talks"
    if word in abbr.common:
        # "No. 5", "Apple Inc. said", "Apple Inc. (NYSE: AAPL) said"; "Apple Inc. The company"
        return not capital or marks.startswith("(")
    if re.fullmatch(r"(?:\w\.)*\w", word) and len(word) <= 7 and not word.isdigit():
        # an initialism or an initial ("U.S.", "D.C.", "a.m.", "John F. Kennedy"): only a word that opens
        # a sentence, or a quote, ends it ("in Washington, D.C. The next day", "at 9 a.m. Monday" goes on)
        return not (capital and (low in abbr.openers or quoted))
    return False


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        stop = end
        if stop - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            stop = cut if cut > start else start + MAX_SENTENCE
        trimmed = stop
        while trimmed > start and text[trimmed - 1].isspace():
            trimmed -= 1
        if trimmed > start:
            spans.append(Span(start, trimmed))
        start = stop
