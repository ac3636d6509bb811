"""German rules: the regular expressions that find dates in German text, each with its reader.

Built from arrow's German month and weekday names (``mon``, ``wd``); the readers are the shared ones of
:mod:`chronik.extract._readers` but for the two below, which know German ways: a bare year that counts a
noun ("2000 Mitarbeiter") and a paper's issue day ("die Süddeutsche Zeitung (Samstag)").
"""

from __future__ import annotations

import re

from ..._lexicon import Lexicon, weekday_number
from ..._numeric import DPA_ITEM, ISO_DATE, SLASHED_DAY_FIRST
from ..._readers import (
    DAY,
    STAMP_GAP,
    YEAR,
    anchor_reader,
    compile_rule,
    either_case,
    read_ago,
    read_ahead,
    read_date,
    read_day_list,
    read_day_range,
    read_duration,
    read_month,
    read_month_range,
    read_prior_year,
    read_relative_day,
    read_relative_month,
    read_relative_year_any,
    read_vague,
    read_week,
    read_weekday_any,
    read_weekday_list,
    read_weekday_range,
    read_weekend,
    read_year,
    read_year_range_any,
    timex_of,
    xref_reader,
)
from ..._scan import Rule, Spec, Timex
from ..._spans import (
    part_of_year_reader,
    read_day_clock_range,
    read_month_pair,
    read_months_of_year,
    read_numeric_day_range,
    read_quarter_offset,
    read_year_pair,
    week_of_month_reader,
)
from ._clock import clock_rules, night_rules, time_suffix
from ._datelines import clipped_weekdays, dateline_rules, short_months
from ._nominative import nominative
from ._periods import period_rules

PODS_DE = "morgen|vormittag|mittag|nachmittag|abend|nacht|früh"
#: Direction words with all their endings ("vergangene", "vergangenen", "vergangenem", ...): one stem each,
#: so the alternation stays short (it opens several rules and is tried at every position).
DIR_DE = "|".join(
    f"{stem}[nmrs]?" for stem in either_case("vergangene|letzte|vorige|kommende|nächste|diese").split("|")
)
DIR_DE += "|" + either_case("laufenden")
WEEK_DIR_DE = "vergangenen|vergangener|voriger|vorigen|letzter|letzten|nächster|nächsten|kommender|kommenden|dieser"
COUNT_DE = either_case("einen|eine|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf")

#: Words of an anchor that count back ("am Vortag", "zwei Tage zuvor") and phrases of the same day.
_ANCHOR_BEFORE = ("vortag", "vorabend", "zuvor", "davor")
_SAME_DAY = ("später am tag", "am selben tag", "am gleichen tag")


def rules(lex: Lexicon) -> tuple[Rule, ...]:
    """German rules, built from the month and weekday names of ``lex``."""
    mon, wd = lex.month_pattern, lex.weekday_pattern
    time = time_suffix()
    # its year, or the year counted from the text's ("am 31. März nächsten Jahres")
    # "17 Februar 2017" without the day's dot only with its year
    day_dot = rf"(?:\.\s*|[ \t]+(?=(?:{mon})[ \t]+\d{{4}}(?!\d)))"
    date_tail = (
        rf"(?P<d>{DAY}){day_dot}(?P<m>{mon})(?:\s+(?P<y>{YEAR})|\s+(?:des\s+)?(?P<ydir>{DIR_DE})\s+Jahres)?{time}?"
    )
    week_day = rf"(?:(?P<wdx>{wd}),?\s+(?:den\s+|dem\s+|der\s+)?)?"  # "Montag, der 4. Dezember 2023"
    # a site's stamp writes the month short without its dot, with its year: "Di, 22 Okt 2024", "3 Jan 2024"
    short, clipped = short_months(lex), clipped_weekdays(lex)
    return (
        Rule("date", compile_rule(rf"(?<![\w.]){week_day}{date_tail}"), read_date),
        Rule(
            "date-short-month",
            compile_rule(
                rf"(?<![\w.])(?:(?P<wdx>{clipped}),?[ \t]+)?(?P<d>{DAY})[ \t]+(?P<m>{short})[ \t]+"
                rf"(?P<y>{YEAR})(?![\w.])"
            ),
            read_date,
        ),
        Rule(  # a site's stamp in the American order, the comma before its year: "Dez. 5, 2024", "Januar 10, 2023
            # 1:08 pm" (a blog's software writes German months so)
            "month-day-year",
            compile_rule(
                rf"(?<![\w.])(?P<m>{mon})[ \t]+(?P<d>{DAY}),[ \t]*(?P<y>{YEAR})(?![\w.])"
                r"(?:,?[ \t]+(?:um[ \t]+)?(?P<hh>1[0-2]|0?[1-9]):(?P<mi>[0-5]\d)[ \t]*(?P<ap>[ap]m|[AP]M)(?![\w])"
                r"|,?[ \t]+(?:um[ \t]+)?(?P<hh2>[01]\d|2[0-3]):(?P<mi2>[0-5]\d)(?:[ \t]*Uhr)?(?![\w:]))?"
            ),
            read_date,
        ),
        Rule(  # "27.02.2021", "27. 02. 2021" (spaced only with its year)
            "numeric-date",
            compile_rule(
                rf"(?<![\w.]){week_day}(?P<d>{DAY})\.(?P<sp>[ ])?(?P<m>0?[1-9]|1[0-2])\.(?(sp)[ ](?={YEAR}(?!\d)))"
                rf"(?:(?P<y>{YEAR})|(?P<y2>\d\d)(?!\d))?(?!\d){time}?"
            ),
            read_date,
        ),
        Rule(  # day, month and year joined by dashes: "27-04-1968"
            "numeric-dash-date",
            compile_rule(rf"(?<![\w.-])(?P<d>{DAY})-(?P<m>0?[1-9]|1[0-2])-(?P<y>{YEAR})(?![\w-])"),
            read_date,
        ),
        ISO_DATE,
        DPA_ITEM,
        SLASHED_DAY_FIRST,
        Rule(  # a time stamp: "22.08.2019 - 15:14:43", "10.07.2024, 13:45", "Do., 16.02.2017 15:04", "23.10.17, 13:31"
            "numeric-datetime",
            compile_rule(
                rf"(?<![\w.]){week_day}(?P<d>{DAY})\.(?P<m>0?[1-9]|1[0-2])\.(?:(?P<y>{YEAR})|(?P<y2>\d\d)(?!\d)){STAMP_GAP}"
                # "20.03.2020 – 19:57 Uhr"
                r"(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?(?![\d:])(?:[ \t]*Uhr\b)?"
            ),
            read_date,
        ),
        Rule(  # a page's date written the American way, only where the day tells ("01/25/2013 15:11")
            "us-numeric-date",
            compile_rule(
                # (or where day and month are one number: "8/8/2016 7:51:23 PM", a live blog's entry)
                rf"(?<![\w./])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01]|(?P=m))/(?P<y>{YEAR})(?![\w/])"
                r"(?:,?\s+(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?(?![\d:])(?:[ \t]*(?P<ap>[AP]M)\b)?)?"
            ),
            read_date,
        ),
        Rule(  # an American stamp: its 12-hour time tells the order, whatever the day ("8/5/2021 6:33:27 AM")
            "us-numeric-stamp",
            compile_rule(
                rf"(?<![\w./])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>{YEAR}),?[ \t]+"
                r"(?P<hh>1[0-2]|0?[1-9]):(?P<mi>[0-5]\d)(?::[0-5]\d)?[ \t]*(?P<ap>[AP]M)\b"
            ),
            read_date,
        ),
        Rule(  # a time stamp after a written month: "Mittwoch, 11. September 2019, 15:50 - Medienmitteilung"
            "written-datetime",
            compile_rule(
                rf"(?<![\w.]){week_day}(?P<d>{DAY}){day_dot}(?P<m>{mon})\s+(?P<y>{YEAR}){STAMP_GAP}"
                r"(?P<hh>[01]\d|2[0-3])[:hH](?P<mi>[0-5]\d)(?::[0-5]\d)?(?![\d:])(?!\s*Uhr)"  # "22 März 2021 - 14H38"
            ),
            read_date,
        ),
        Rule(
            "day-range",
            compile_rule(
                rf"(?<![\w.])(?:(?:vom|von|zwischen|Vom|Von|Zwischen)\s+)?(?:dem\s+)?(?P<d1>{DAY})\.\s*"
                rf"(?:(?P<m1>{mon})\s*(?:(?P<y1>{YEAR})\s*)?)?"
                rf"(?:bis(?:\s+(?:zum|(?:einschließlich|einschliesslich|inklusive|und\s+mit)(?:\s+(?:dem|zum))?))?|und|–|-|/)\s*(?P<d2>{DAY})\.\s*(?P<m2>{mon})(?:\s+(?P<y2>{YEAR}))?"
            ),
            read_day_range,
        ),
        Rule(  # a day in numbers and two of its times: "Freitag, 22.06.2018, 18:30 - 19:00 Uhr"
            "day-clock-range",
            compile_rule(
                rf"(?<![\w.])(?:(?P<wd>{wd}),?[ \t]+)?(?P<d>{DAY})\.(?P<mo>0?[1-9]|1[0-2])\.(?P<y>{YEAR})?,?[ \t]+"
                r"(?:von[ \t]+)?"
                r"(?P<hh1>[01]?\d|2[0-3]):(?P<mi1>[0-5]\d)(?:[ \t]+Uhr)?[ \t]*(?:[-–]|bis)[ \t]*"
                r"(?P<hh2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?:[ \t]*Uhr)?(?![\w:])"
            ),
            read_day_clock_range,
        ),
        Rule(  # "vom 06. bis 17.08.2023", "vom 22.03. – 23.03.2017", "vom 04.08. bis ca. 11.08.2025"
            "numeric-day-range",
            compile_rule(
                rf"(?<![\w.])(?:(?:vom|von|zwischen|Vom|Von|Zwischen)\s+)?(?P<d1>{DAY})\.(?:(?P<m1>0?[1-9]|1[0-2])\.)?\s*"
                rf"(?:bis(?:\s+(?:zum|ca\.|etwa))?|zum|–|-|(?P<und>und))\s*(?P<d2>{DAY})\.(?P<m2>0?[1-9]|1[0-2])\.(?P<y2>{YEAR})?"
                r"(?!\d)"
            ),
            read_numeric_day_range,
        ),
        Rule(
            "day-list",
            compile_rule(
                rf"(?<![\w.])(?P<days>{DAY}\.(?:\s*,\s*{DAY}\.)+(?:\s+und\s+{DAY}\.)?)\s*(?P<m>{mon})(?:\s+(?P<y>{YEAR}))?"
            ),
            read_day_list,
        ),
        Rule(
            "month-range",
            compile_rule(
                rf"(?:zwischen|Zwischen|von|Von|vom|Vom)\s+(?:(?:Anfang|Mitte|Ende)\s+)?(?P<m1>{mon})(?:\s+(?P<y1>{YEAR}))?"
                rf"\s+(?:und|bis)\s+(?:(?P<mod2>Anfang|Mitte|Ende)\s+)?(?:(?P<m2>{mon})(?:\s+(?P<y2>{YEAR}))?"
                rf"|(?:des\s+Jahres\s+)?(?P<y3>{YEAR}))"
            ),
            read_month_range,
        ),
        Rule(  # both ends with their years and no word before: "für die Periode März 2027 bis Februar 2031"
            "month-year-range",
            compile_rule(rf"(?<![\w])(?P<m1>{mon})\s+(?P<y1>{YEAR})\s+bis\s+(?P<m2>{mon})\s+(?P<y2>{YEAR})(?![\w])"),
            read_month_range,
        ),
        Rule(  # one year after both ends: "die Monate September bis Dezember 2019" (not "15. September bis …")
            "month-to-month-year",
            compile_rule(
                rf"(?<![\w.])(?<!\.\s)(?P<m1>{mon})\s+bis\s+(?P<m2>{mon})(?:\s+\([A-ZÄÖÜ]{{2,6}}\))?\s+(?P<y2>{YEAR})(?![\w])"
            ),
            read_month_range,
        ),
        Rule(
            "month",
            compile_rule(
                rf"(?:(?:im|Im|seit|Seit|ab|Ab|bis|Bis|vom|Vom|zum|des|Des|für|Für|in|In|bis\s+zum|bis\s+Ende|seit\s+Ende|ab\s+Anfang"
                r"|aus\s+dem|Aus\s+dem|seit\s+dem|Seit\s+dem)\s+|"
                rf"(?=(?:Anfang|Mitte|Ende|Anfang|Beginn)\s))"
                rf"(?:(?P<mod>Anfang|Mitte|Ende|Beginn)\s+)?(?:(?P<dir>{DIR_DE})\s+)?(?P<m>{mon})(?!\w)"  # not Mainz
                # its year, or the year counted from the text's: "im März letzten Jahres", "im März des vergangenen
                # Jahres", "im März des Vorjahres"
                rf"(?:\s+(?P<y>{YEAR})|\s+(?:des\s+)?(?P<ydir>(?:{DIR_DE})(?=\s+Jahres)|Vorjahr(?:e)?s(?![\w-]))"
                r"(?:\s+Jahres)?)?"
            ),
            read_month,
        ),
        Rule("month-year", compile_rule(rf"(?<![\w.])(?P<m>{mon})\s+(?P<y>{YEAR})"), read_month),
        Rule(
            "year-range",
            compile_rule(
                rf"(?:zwischen|Zwischen|von|Von)\s+(?P<y1>{YEAR})\s+(?:und|bis)\s+(?P<y2>{YEAR})"
                rf"|(?<![\w.,])(?P<y1b>{YEAR})\s*(?:bis|–|-|/)\s*(?P<y2b>{YEAR})|(?<![\w.,])(?P<y1c>{YEAR})(?:-|/)(?P<y2c>\d\d)(?![\d/.-])"
            ),
            read_year_range_any,
        ),
        Rule("year-mod", compile_rule(rf"(?P<mod>Anfang|Mitte|Ende)\s+(?P<y>{YEAR})"), read_year),
        Rule(
            "year",
            compile_rule(rf"(?<![\w.,/-])(?P<y>{YEAR})(?![.,]\d|\s*(?:%|Prozent|Euro|Dollar|Mal\b))"),
            _read_year_de,
        ),
        Rule(
            "weekday-range",
            compile_rule(
                # ("Seit Dienstag und noch bis Donnerstag": a span that runs from a day past to one to come)
                rf"(?:von|Von|vom|Vom|seit|Seit)\s+(?:(?P<dir1>{DIR_DE})\s+)?(?P<wd1>{wd})(?P<pod1>{PODS_DE})?"
                rf"(?:,?\s*(?:um\s+|ab\s+)?(?P<hh1>[01]?\d|2[0-3])(?:[.:](?P<mi1>[0-5]\d))?\s*Uhr)?"
                rf",?\s+(?:und\s+(?:noch\s+)?)?bis(?:\s+zum)?\s+(?:(?P<dir2>{DIR_DE})\s+)?(?:(?:frühen|späten)\s+)?(?P<wd2>{wd})(?P<pod2>{PODS_DE})?"
                rf"(?:,?\s*(?:um\s+)?(?P<hh2>[01]?\d|2[0-3])(?:[.:](?P<mi2>[0-5]\d))?\s*Uhr)?"
            ),
            read_weekday_range,
        ),
        Rule(  # "zwischen Sonntagnachmittag und Montagmorgen": the span of both days
            "between-weekdays",
            compile_rule(
                rf"(?:zwischen|Zwischen)\s+(?:(?P<dir1>{DIR_DE})\s+)?(?P<wd1>{wd})(?P<pod1>{PODS_DE})?"
                rf"\s+und\s+(?:(?P<dir2>{DIR_DE})\s+)?(?P<wd2>{wd})(?P<pod2>{PODS_DE})?(?![\w])"
            ),
            read_weekday_range,
        ),
        *night_rules(lex, DIR_DE),
        Rule(
            "weekday",
            compile_rule(
                rf"(?:(?:am|Am|(?P<since>seit|Seit)|ab|Ab|(?P<by>bis|Bis)(?:\s+(?:zum|spätestens))?|(?P<of>vom|Vom)|von|Von"
                r"|zum|Zum)\s+(?:dem\s+)?(?:(?:frühen|früheren|späten|späteren|heutigen|gestrigen|morgigen)\s+)?)?"
                rf"(?:(?:(?P<dir>{DIR_DE})\s+)|(?:(?:Morgen|Vormittag|Mittag|Nachmittag|Abend)\s+des\s+(?:(?P<dirb>{DIR_DE})\s+)?))?"
                # ("Sonntags bis mittwochs: 10 bis 22 Uhr": a weekday's "s" alone makes it every such day)
                rf"(?P<wd>{wd})(?:s(?={PODS_DE}))?(?P<pod>{PODS_DE})?(?![a-zäöüß])"
                # its part of the day as a word of its own, as written before 1996: "am Donnerstag Abend"
                r"(?:[ \t]+(?P<podw>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)(?![\w-]))?"
                rf"(?:\s+(?:der\s+)?(?P<wdir>{WEEK_DIR_DE})\s+Woche(?!n))?"
                rf"(?:{time}|\s*\(\s*(?:um\s+|ab\s+)?(?P<hh2>[01]?\d|2[0-3])[.:](?P<mi2>[0-5]\d)\s*Uhr\s*\))?"
            ),
            read_weekday_any,
        ),
        Rule(
            "relative-day",
            compile_rule(
                rf"(?<![\w.])(?P<rel>{either_case('heute|gestern|vorgestern|übermorgen')}|morgen|(?<![Aa]m\s)(?<!den\s)Morgen(?=\s+(?i:früh|{wd})(?![\w-]))|"
                # opening its sentence before the verb: "Morgen wird der Kreistag …" (the noun takes an article)
                r"(?:\A|(?<=[.!?:\d]\n)|(?<=\n\n)|(?<=[.!?:][ \t]))Morgen(?=[ \t]+(?!(?:des|der|dem|den)\b)[a-zäöü])|"
                r"heutigen|gestrigen|morgigen|heutige|gestrige|morgige)(?![\w])"
                # its part of the day, as written now or before 1996 ("heute Morgen", "heute morgen", "gestern abend")
                rf"(?:,?\s*(?P<wd>{wd})(?:{PODS_DE})?,?)?(?:\s+(?:{either_case(PODS_DE)})(?![\w]))?{time}?"
            ),
            read_relative_day,
        ),
        Rule(
            "week",
            compile_rule(
                rf"(?:(?:in|In)\s+der\s+|(?:im)\s+Laufe\s+der\s+|(?:Anfang|Mitte|Ende)\s+)?(?P<dir>{DIR_DE})\s+Woche(?!n)"
                r"|(?:Anfang|Mitte|Ende)\s+der\s+Woche"
            ),
            read_week,
        ),
        Rule(
            "weekend",
            compile_rule(rf"(?:(?:am|Am|übers|Übers)\s+)?(?:(?P<dir>{DIR_DE})\s+)?Wochenende(?!n)"),
            read_weekend,
        ),
        Rule(
            "week-start",  # "zum Wochenbeginn", "am Wochenanfang": the Monday of the week
            compile_rule(r"(?:(?:zum|Zum|zu|Zu|am|Am)\s+)?Wochen(?:beginn|anfang|start)(?![\w-])"),
            _read_week_start,
        ),
        Rule(
            "relative-month",
            compile_rule(
                rf"(?:(?:im|Im)\s+)?(?P<dir>{DIR_DE})\s+Monat(?!e)|(?P<mod>Anfang|Mitte|Ende)\s+(?:des|dieses)\s+Monats"
                r"|(?<![\w-])(?P<mod2>[Aa]nfang|Mitte|Ende)s?\s+Monat(?![\w])"  # Swiss: "anfangs Monat", "Ende Monat"
            ),
            read_relative_month,
        ),
        Rule(
            "relative-year",
            compile_rule(
                rf"(?:(?:im|Im)\s+)?(?P<dir>{DIR_DE})\s+Jahr(?:es)?(?!e|zehnt|hundert)"
                rf"|(?P<mod>Anfang|Mitte|Ende)\s+(?:des\s+Jahres(?:\s+(?P<yof>{YEAR}))?|dieses\s+Jahres)"
                rf"|(?P<mod2>Anfang|Mitte|Ende)\s+(?P<dir2>{DIR_DE})\s+Jahres"
                r"|(?<![\w-])(?P<mod3>Anfang|Ende)\s+Jahr(?![\w])"  # Swiss: "Ende Jahr"
                # "bis Jahresende", "zum Jahresbeginn 2024" (not the title „Wort zum Jahresbeginn“)
                rf"|(?<![\w-])(?:[Ss]eit\s+)?Jahres(?P<mod4>ende|anfang|beginn)(?:\s+(?P<y>{YEAR}))?(?![\w“”\"«»])"
                r"|(?<![\w-])(?:im|[Ii]ns)\s+(?P<new>neue)(?:n)?\s+Jahr(?![\w])"  # "im neuen Jahr": the year to come
                r"|(?<![\w-])[Ii]m\s+(?P<dir3>Vorjahr)(?![\w-])"  # "im Vorjahr": the year before the text's
                # this year, as the south says it and its adjectives: "heuer", "das heurige Fest", "die diesjährige"
                r"|(?<![\w-])(?:[Hh]euer|[Hh]eurige[nmrs]?|[Dd]iesjährige[nmrs]?)(?![\w-])"
                # last year's, as an adjective: "der letztjährige Umsatz", "das vorjährige Ergebnis"
                r"|(?<![\w-])(?P<last>[Ll]etztjährige[nmrs]?|[Vv]orjährige[nmrs]?)(?![\w-])"
            ),
            read_relative_year_any,
        ),
        Rule(
            "anchor",
            compile_rule(
                r"(?:am|Am)\s+(?:Vortag|Vorabend|Folgetag)|(?:tags|Tags)\s+(?:darauf|zuvor)|"
                r"(?:am|Am)\s+(?:Tag\s+darauf|Tag\s+zuvor|folgenden\s+Tag|nächsten\s+Tag|selben\s+Tag|gleichen\s+Tag)|"
                rf"(?:(?<![\w])(?P<n>\d+|{COUNT_DE})\s+)"
                r"(?P<unit>Tage?|Wochen?|Monate?|Jahre?)\s+(?:(?:später|früher)(?!\s+als\b)|danach|darauf|zuvor|davor)"
            ),
            anchor_reader(_ANCHOR_BEFORE, _SAME_DAY),
        ),
        Rule("prior-year", compile_rule(r"(?<![\w-])Vorjahr(?:es|s)?(?![\w-])"), read_prior_year),
        Rule(  # "in drei Wochen": counted on from the text's day (not "in zwei Jahren Bauzeit")
            "ahead",
            compile_rule(
                r"(?<![\w])(?:in|In)\s+(?P<n>\d+|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
                r"|fünfzehn|zwanzig|dreißig|vierzig|fünfzig)\s+(?P<unit>Tagen|Wochen|Monaten|Jahren|Tag|Woche|Monat|Jahr)"
                r"(?![\w-]|\s+(?:[A-ZÄÖÜ]|seit|nach|vor|von)\w*)"
            ),
            read_ahead,
        ),
        Rule(
            "ago",
            compile_rule(
                # "vor rund einer Woche"
                r"(?<![\w])(?:vor|Vor)\s+(?:(?:ziemlich|nahezu)\s+)?(?:(?:rund|etwa|knapp|gut|ungefähr|fast|genau|exakt)\s+)?"
                r"(?P<n>\d+|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig"
                r"|dreißig|vierzig|fünfzig)\s+(?P<unit>Tagen|Wochen|Monaten|Jahren|Tag|Woche|Monat|Jahr)(?![\w])"
            ),
            read_ago,
        ),
        Rule(
            "xref",
            compile_rule(
                rf"(?<![\w])(?P<n>\d+|{COUNT_DE})\s+Tage?n?\s+(?P<rel>vor|nach)\s+"
                r"(?:(?:dem|der|den|des)\s+)?(?:(?:Beginn|Start|Ende|Auftakt|Eröffnung)\s+(?:des|der)\s+)?"
                r"[A-ZÄÖÜ][\wÄÖÜäöüß-]+"
            ),
            xref_reader(("vor",)),
        ),
        Rule(
            "vague",
            compile_rule(
                r"(?i)(?<![\w])(?:vor\s+kurzem|kürzlich|neulich|unlängst|jüngst|"
                r"(?:[Vv]or|[Ii]n|[Nn]ach)\s+(?:einigen|wenigen|ein\s+paar|mehreren)\s+(?:Tagen|Wochen|Monaten)|"
                r"(?:[Ii]n\s+den|[Ii]n\s+der)\s+(?:kommenden|nächsten|folgenden)\s+(?:ein\s+bis\s+zwei\s+|zwei\s+bis\s+drei\s+|paar\s+)?(?:Tagen|Wochen|Monaten|Zeit)|"
                r"in\s+Kürze|demnächst|"
                r"(?:wenige|einige|ein\s+paar|kurz|Wenige|Einige|Kurz)\s+(?:Tage\s+|Wochen\s+|Monate\s+)?(?:nach|vor)\s+(?:der|dem|den|des)\s+[\wÄÖÜäöüß-]+)"
            ),
            read_vague,
        ),
        Rule(
            "duration",
            compile_rule(
                r"(?<![\w])(?P<n>\d+|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn)-?"
                r"(?P<unit>tägig|wöchig|monatig|jährig)(?:e|en|er|es|em)\s+(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)",
                # "fünftägigen Reise" - the number word and unit are one word in German
            ),
            read_duration,
        ),
        Rule(
            "weekday-list",
            compile_rule(
                rf"(?:(?:am|Am|für|Für|von|Von)\s+)?(?P<wd1>{wd})(?:,\s*{wd})*\s+(?:und|oder|bis)\s+(?P<wd2>{wd})(?![a-zäöüß])"
            ),
            read_weekday_list,
        ),
        *clock_rules(),
        Rule(
            "issue",
            compile_rule(
                r"(?<![\w.-])(?P<agency>(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}[A-ZÄÖÜ][\w.-]*)[\"“”']?\s*"
                rf"(?P<when>\((?P<wd>{wd})(?:-?s?[Aa]usgabe)?\))"
            ),
            _read_issue,
        ),
        Rule(  # "in ihrer Dienstagsausgabe": the paper's edition of that day
            "edition",
            compile_rule(rf"(?<![\w])(?P<wd>{wd})s?-?[Aa]usgabe(?![\w])"),
            lambda m, lex: timex_of(m, first=Spec(weekday=weekday_number(lex, m.group("wd")), edition=True)),
        ),
        Rule(
            "week-of-month",
            compile_rule(
                r"(?<![\w])(?:der|die|Die|Der)\s+(?P<ord>erst|zweit|dritt|viert|letzt)(?:e|en)\s+"
                rf"(?:(?P<m1>{mon})woche|Woche\s+(?:im|des|vom)\s+(?P<m>{mon}))(?:\s+(?P<y>{YEAR}))?(?![\w])"
            ),
            week_of_month_reader({"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "letzt": -1}),
        ),
        Rule("year-pair", compile_rule(rf"(?<![\w.])(?P<y1>{YEAR})\s+und\s+(?P<y2>{YEAR})(?!\w|\.\d)"), read_year_pair),
        Rule(
            "month-pair",
            compile_rule(
                rf"(?:(?<=\sim\s)|(?<=^im\s)|(?<=\sIm\s)|(?<=^Im\s))(?P<m1>{mon})\s+und\s+(?P<m2>{mon})(?:\s+(?P<y>{YEAR}))?(?![\w])"
            ),
            read_month_pair,
        ),
        Rule(
            "part-of-year",
            compile_rule(
                r"(?<![\w])(?:(?:im|Im|das|Das|dem|der|Der|in\s+der|In\s+der)\s+)?"
                r"(?:(?P<half>erst|zweit)(?:e|en|er|es)\s+(?:Halbjahr(?:es|s)?|Jahreshälfte|Hälfte(?=\s+(?:des\s+Jahres|\d)))"
                r"|(?P<quarter>erst|zweit|dritt|viert)(?:e|en|er|es)\s+(?:Quartal(?:s)?|Vierteljahr(?:es|s)?))"
                # with its year, by a direction ("des kommenden Jahres"), or alone, placed by the tense
                rf"(?:\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR})|\s+(?:des\s+)?(?P<ydir>{DIR_DE})\s+Jahres|\s+des\s+Jahres)?"
                r"(?![\w])"
                rf"|(?<![\w])(?:H(?P<half2>[12])|Q(?P<quarter2>[1-4]))\s*/?\s*(?P<y2>{YEAR})(?![\w])"
            ),
            part_of_year_reader({"erst": 1, "zweit": 2, "dritt": 3, "viert": 4}),
        ),
        Rule(  # "in den ersten vier Monaten des Jahres", "die letzten zwei Monate 2019"
            "months-of-year",
            compile_rule(
                r"(?<![\w-])(?:(?:in\s+)?(?:den|die|In\s+den|Die)\s+)?(?:erst|(?P<last>letzt))(?:en|e)\s+"
                r"(?P<n>\w+)\s+Monate[n]?\s+"
                rf"(?:(?:des\s+Jahres\s+)?(?P<y>{YEAR})|(?:des\s+)?(?P<ydir>{DIR_DE})\s+Jahres|des\s+Jahres)(?![\w])"
            ),
            read_months_of_year,
        ),
        Rule(  # "im vergangenen Quartal", "im laufenden Quartal"
            "quarter-offset",
            compile_rule(rf"(?<![\w-])(?:im|Im)\s+(?P<qdir>{DIR_DE})\s+Quartal(?![\w-])(?!\s+(?:des|\d))"),
            read_quarter_offset,
        ),
        *dateline_rules(lex),
        *period_rules(DIR_DE),
    )


def _read_issue(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A paper's issue day in brackets: "die Süddeutsche Zeitung (Samstag)", "„LVZ“ (Freitag-Ausgabe)"."""
    words = m.group("agency").split()
    while words and words[0] in ("Die", "Der", "Das", "Laut", "Wie"):
        words.pop(0)
    if not words:
        return None
    spec = Spec(weekday=weekday_number(lex, m.group("wd")), edition=True)
    name = nominative(" ".join(words), "e")  # "der Frankfurter Allgemeinen Zeitung (Montagsausgabe)"
    return Timex(m.start("when"), m.end("when"), m.group("when"), "point", first=spec, publisher=name)


#: Words after which a German four-digit number is a year even when a noun follows ("im Jahr 2000 Soldaten"
#: is rare; "beschäftigt 2000 Mitarbeiter" is common).
_YEAR_CUES_DE = re.compile(
    r"(?:\b(?:im|Im|seit|Seit|bis|Bis|ab|Ab|von|vor|nach|Jahr|Jahre|Jahres|zwischen|und|Ende|Anfang|Mitte|Frühjahr|"
    r"Sommer|Herbst|Winter|bereits|schon|erst|damals|Wahl|wahl)|[-–])\s*$"
)


def _read_year_de(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A bare German year, unless it counts a noun: "2000 Mitarbeiter" (a capitalised word follows, no cue before)."""
    following = re.match(r"\s+([A-ZÄÖÜ][a-zäöüß]+)", m.string[m.end() : m.end() + 40])
    if following and following.group(1).lower() not in lex.months:
        before = m.string[max(0, m.start() - 20) : m.start()]
        sentence_start = re.search(r"(?:^|[.!?]\s+)$", before)
        if not _YEAR_CUES_DE.search(before) and not sentence_start:
            return None
    return read_year(m, lex)


def _read_week_start(m: re.Match[str], lex: Lexicon) -> Timex | None:
    return timex_of(m, first=Spec(weekday=0, week_offset=0))
