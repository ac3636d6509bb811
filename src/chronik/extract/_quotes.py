"""Direct speech and quoted messages: the words inside a quotation are the speaker's, dated by the statement
that quotes them. "morgen" in „Ich komme morgen“, schrieb er am 3. März counts from 3 March, not from the
text's day; "today" in a letter quoted as written on Monday is that Monday."""

from __future__ import annotations

import bisect
import re
from datetime import date

#: A quotation: the words between a pair of marks („…“ and „…” in German, “…” in English, »…«, «…», "…").
#: At most this many characters: a mark left open does not swallow the rest of a long text.
_QUOTATION = re.compile(
    r"„(?P<a>[^„“”\"]{1,2000})[“”\"]|“(?P<b>[^“”„]{1,2000})”|»(?P<c>[^»«]{1,2000})«|«(?P<d>[^»«]{1,2000})»"
    r"|\"(?P<e>[^\"]{1,2000})\""
)


def quotations(text: str) -> list[tuple[int, int]]:
    """The spans of the quoted words (inside the marks), in text order."""
    return [m.span(m.lastgroup) for m in _QUOTATION.finditer(text) if m.lastgroup is not None]


def inside(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quotation that holds ``[start, end)``, if any."""
    i = bisect.bisect_right(quotes, (start, 1 << 62)) - 1  # the last quotation opening at or before start
    if i >= 0 and quotes[i][0] <= start and end <= quotes[i][1]:
        return quotes[i]
    return None


def speaker_day(
    quote: tuple[int, int],
    opening: list[tuple[int, date]],
    closing: list[tuple[int, date]],
) -> date | None:
    """The day of the statement that quotes ``quote``: a dated report outside any quotation, in the sentence
    that opens the quotation (``opening``, before its mark) or in the one that closes it (``closing``, after
    its mark), the nearest. Each list holds (expression start, day) of its sentence's statements."""
    start, end = quote
    best: tuple[int, date] | None = None
    for at, day in opening:
        if at < start and (best is None or start - at < best[0]):
            best = (start - at, day)
    for at, day in closing:
        if at > end and (best is None or at - end < best[0]):
            best = (at - end, day)
    return best[1] if best else None
