"""German periods named by their words: seasons ("im Spätsommer 2013"), decades ("in den 80er Jahren") and the days
of feasts ("am Karfreitag", "in der Silvesternacht"), read by the shared readers of
:mod:`chronik.extract._periods`.

A feast is read only where it names one day (or one night): "Ostern", "Pfingsten" and "Weihnachten" alone are
periods of several days that texts use loosely ("über Ostern", "die Weihnachtszeit"), so they stay unread, as
Ramadan does.
"""

from __future__ import annotations

import re

from ..._periods import Feast, decade_reader, feast_names, feast_reader, old_year_rule, season_reader
from ..._readers import YEAR, compile_rule
from ..._scan import Rule

#: The seasons' words and their first months (meteorological seasons: the spring is March to May).
_SEASONS = {"frühjahr": 3, "frühling": 3, "sommer": 6, "herbst": 9, "winter": 12}
#: The tens' words of a decade ("die Achtzigerjahre").
_TENS = {
    "zwanziger": 2,
    "dreißiger": 3,
    "vierziger": 4,
    "fünfziger": 5,
    "sechziger": 6,
    "siebziger": 7,
    "achtziger": 8,
    "neunziger": 9,
}
_DECADE_LEAD = re.compile(
    r"(?<![\w])(?:(?:[Ii]n\s+den|[Dd]en|[Dd]ie|[Dd]er|[Ss]eit\s+den|[Ee]nde\s+der|[Aa]nfang\s+der|[Mm]itte\s+der)\s+)?"
    r"(?:(?:frühen|späten|ausgehenden)\s+)?\Z"
)

#: The feasts that name one day or night, and that day (see :data:`chronik.extract._periods.Feast`).
FEASTS: dict[str, Feast] = {
    "silvester": ("day", 12, 31),
    "silvestertag": ("day", 12, 31),
    "silvesterabend": ("day", 12, 31),
    "silvesternacht": ("night", 12, 31),
    "neujahr": ("day", 1, 1),
    "neujahrstag": ("day", 1, 1),
    "neujahrsnacht": ("night", 12, 31),
    "heiligabend": ("day", 12, 24),
    "heiligen abend": ("day", 12, 24),
    "heiliger abend": ("day", 12, 24),
    # "am ersten Weihnachtsfeiertag", "der zweite Weihnachtstag"
    **{
        f"{ordinal}{ending} {noun}": ("day", 12, day)
        for ordinal, day in (("erst", 25), ("zweit", 26))
        for ending in ("e", "en", "er")
        for noun in ("weihnachtsfeiertag", "weihnachtstag")
    },
    "stephanstag": ("day", 12, 26),
    "stefanitag": ("day", 12, 26),
    "tag der deutschen einheit": ("day", 10, 3),
    "allerheiligen": ("day", 11, 1),
    "gründonnerstag": ("easter", -3, 0),
    "karfreitag": ("easter", -2, 0),
    "karsamstag": ("easter", -1, 0),
    "ostersonntag": ("easter", 0, 0),
    "ostermontag": ("easter", 1, 0),
    "christi himmelfahrt": ("easter", 39, 0),
    "pfingstsonntag": ("easter", 49, 0),
    "pfingstmontag": ("easter", 50, 0),
    "fronleichnam": ("easter", 60, 0),
    "rosenmontag": ("easter", -48, 0),
    "faschingsdienstag": ("easter", -47, 0),
    "fastnachtsdienstag": ("easter", -47, 0),
    "aschermittwoch": ("easter", -46, 0),
}
#: Feasts whose word is also a name or a brand ("Silvester Muster"): a date only after a lead word or with a year.
_BARE = frozenset({"silvester", "neujahr"})
_FEAST_LEAD = re.compile(
    r"(?<![\w])(?:am|Am|an|An|zu|Zu|vor|Vor|nach|Nach|seit|Seit|bis|Bis|über|Über|in\s+der|In\s+der|ab|Ab|von|Von)"
    r"(?:\s+(?:dem|den|der))?\s+\Z"
)


def period_rules(direction: str) -> tuple[Rule, ...]:
    """The rules of seasons, decades, feasts and years before 1500; ``direction`` is the alternation of direction
    words with their endings ("vergangenen", "nächsten")."""
    season_lead = re.compile(
        r"(?<![\w])(?:(?:(?P<art>im|Im|(?P<since>seit|Seit)\s+dem|bis\s+zum|Bis\s+zum|vom|Vom)|in|In|ab|Ab)\s+)?"
        rf"(?:(?P<dir>{direction})\s+)?(?:(?:frühen|späten)\s+)?\Z"
    )
    names = feast_names(FEASTS)
    return (
        old_year_rule(r"[Ii]m\s+Jahr(?:e)?|seit|bis|ab|anno|[Aa]nno|von"),  # "im Jahr 1452,"
        Rule(
            "season",
            compile_rule(
                r"(?<![\w])(?:Früh|Spät|Hoch|Mitt)?-?(?P<s>[Ff]rühjahr|[Ff]rühling|[Ss]ommer|[Hh]erbst|[Ww]inter)s?"
                rf"(?:\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR})(?:/(?P<y2>\d\d(?:\d\d)?))?(?![/\d])"
                rf"|\s+(?:des\s+)?(?P<ydir>{direction})\s+Jahres|(?![\w]))"
            ),
            season_reader(season_lead, _SEASONS),
        ),
        Rule(
            "decade",
            compile_rule(
                r"(?<![\w])(?:(?P<c>1[5-9]|20)(?P<d>\d)0er(?:[-\s]?Jahren?)?|(?P<d2>\d)0er[-\s]?Jahren?|"
                # "die Siebzigerjahre", "in den siebziger Jahren"
                r"(?P<w>[Zz]wanziger|[Dd]reißiger|[Vv]ierziger|[Ff]ünfziger|[Ss]echziger|[Ss]iebziger|[Aa]chtziger"
                r"|[Nn]eunziger)[-\s]?[Jj]ahren?|"
                r"(?:Zwanziger|Dreißiger|Vierziger|Fünfziger|Sechziger|Siebziger|Achtziger|Neunziger)n"
                # and its century: "des vergangenen Jahrhunderts", "des 19. Jahrhunderts"
                r")(?:\s+des\s+(?:(?:vergangenen|vorigen|letzten)|(?P<cn>1\d|20)\.)\s+Jahrhunderts)?(?![\w])"
            ),
            decade_reader(_DECADE_LEAD, _TENS),
        ),
        Rule(  # "am Karfreitag", "in der Silvesternacht 2019", "des Neujahrstages"; the first letter a capital
            "feast",
            compile_rule(
                # a capital, or an ordinal before the capital: "am zweiten Weihnachtstag"
                rf"(?<![\w-])(?=[A-ZÄÖÜ]|(?:erst|zweit)e[nr]?\s+[A-ZÄÖÜ])(?P<f>(?i:{names})(?:e?s)?)"
                rf"(?:\s+bis\s+(?:zum\s+)?(?=[A-ZÄÖÜ])(?P<f2>(?i:{names})))?(?:\s+(?P<y>{YEAR}))?(?![\w-])"
            ),
            feast_reader(_FEAST_LEAD, FEASTS, _BARE),
        ),
    )
