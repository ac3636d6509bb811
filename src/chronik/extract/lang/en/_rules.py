"""English rules: the regular expressions that find dates in English (news wire) text, each with its reader.

Built from arrow's English month and weekday names (``mon``, ``wd``; ``mon_day`` also takes abbreviations
without their dot before a day: "Oct 6"); the readers are the shared ones of :mod:`chronik.extract._readers`
but for day ranges written around one month ("April 24-25", "24 to 25 April").
"""

from __future__ import annotations

import re

from ..._language import words
from ..._lexicon import Lexicon, month_number
from ..._numeric import DAY_OVER_TWELVE, DPA_ITEM, ISO_DATE
from ..._readers import (
    DAY,
    YEAR,
    anchor_reader,
    as_int,
    compile_rule,
    either_case,
    opt,
    pair_or_range,
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
    xref_reader,
)
from ..._scan import Rule, Spec, Timex
from ..._spans import (
    read_datetime_range,
    read_month_pair,
    read_year_pair,
    week_of_month_reader,
)
from ._clock import CLOCK_24, clock_rules
from ._datelines import dateline_rules
from ._periods import part_rules, period_rules

PODS_EN = "morning|afternoon|evening|night"
DIR_EN = either_case("last|past|previous|next|coming|this")
COUNT_EN = either_case("a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")

#: Words of an anchor that count back ("the day before", "two days earlier") and phrases of the same day.
_ANCHOR_BEFORE = ("before", "previous", "earlier")
_SAME_DAY = ("later in the day", "same day")


#: A time on the 24-hour clock on a day before its month, one end of a span: "00.01 on Tuesday 11th October".
_CLOCK_ON = (
    r"(?P<hh{n}>[01]?\d|2[0-3])[:.](?P<mi{n}>[0-5]\d)(?:\s*(?:hrs|hours|GMT|BST))?\s+(?:on\s+)?(?:(?:{wd}),?\s+)?"
    r"(?:the\s+)?(?P<d{n}>(?:0?[1-9]|[12]\d|3[01]))(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m{n}>{mon})"
)


def rules(lex: Lexicon) -> tuple[Rule, ...]:
    """English rules, built from the month and weekday names of ``lex``."""
    mon, wd, mon_day = lex.month_pattern, lex.weekday_pattern, lex.month_day_pattern
    ordinal = r"(?:st|nd|rd|th)?"
    ampm = r"(?P<ap>a\.m\.?|p\.m\.?|A\.M\.|P\.M\.|am\b|pm\b|AM\b|PM\b)"
    time_after = (  # not over a blank line: "September 10, 2020" above "7:53 PM CDT Thursday, Sep. 10, 2020"
        rf"(?:,?[ \t]*\n?[ \t]*(?:at\s+)?(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*{ampm}"
        r"(?:[ \t]+(?P<tz>[A-Z]{2,4})(?![\w]))?"
        # "03 Nov 2020 at 07:14hrs", "July 5, 2023 | 12:16"
        rf"|(?:,|[ \t]*\|)?[ \t]+(?:at[ \t]+)?{CLOCK_24}(?![ \t]*[AaPp]\.?[Mm]))"
    )
    # its year, or the year counted from the text's ("on March 31 next year", "31 March last year")
    # "29 October,2022"; a year clipped to two digits after an apostrophe: "May 22 '20 18:50"
    year_tail = (
        rf"(?:(?:,\s*|\s+)(?P<y>{YEAR})|[ \t]+['’](?P<y2>\d\d)(?![\w'’])|\s+(?P<ydir>next|last|this)\s+year(?![\w'’]))?"
    )
    return (
        Rule(
            "date",
            compile_rule(
                # "Wed Apr 9, 2014 8:35am EDT": a clipped weekday before the month, too
                rf"(?<![\w.])(?:(?P<wdx>{wd}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+)?"
                rf"(?P<m>{mon_day})\s+(?P<d>{DAY}){ordinal}(?![\d]){year_tail}{time_after}?"
            ),
            read_date,
        ),
        Rule(  # a full date in capitals, as headers write it: "31 OCTOBER 2007", "OCTOBER 31, 2007"
            "capital-date",
            compile_rule(
                rf"(?<![\w.])(?P<d>{DAY})(?:st|nd|rd|th|ST|ND|RD|TH)?\s+(?P<m>(?i:{mon})),?\s+(?P<y>{YEAR})(?![\w])"
            ),
            read_date,
        ),
        Rule(  # with the day's dot, as a European site's English page writes it: "26. April 2021" opening its line
            "dotted-date",
            compile_rule(rf"(?m)(?:^|(?<=\bon\s))[ \t]*(?P<d>{DAY})\.\s+(?P<m>{mon})\s+(?P<y>{YEAR})(?![\w])"),
            read_date,
        ),
        Rule(
            "capital-date-mdy",
            compile_rule(rf"(?<![\w.])(?P<m>(?i:{mon}))\s+(?P<d>{DAY}),\s+(?P<y>{YEAR})(?![\w])"),
            read_date,
        ),
        Rule(
            "date-dmy",
            compile_rule(
                # "Sunday 17 May 2015", "Friday the 13th of March"
                rf"(?<![\w.])(?:(?P<wdx>{wd}),?\s+(?:the\s+)?)?(?P<d>{DAY}){ordinal}\s+(?:of\s+)?"
                rf"(?P<m>{lex.month_year_pattern or mon}){year_tail}"
            ),
            read_date,
        ),
        ISO_DATE,
        DPA_ITEM,
        DAY_OVER_TWELVE,
        Rule(  # "28.04.2019 16:49": dots put the day first in any English text (European outlets' pages)
            "dotted-numeric-date",
            compile_rule(
                rf"(?<![\w./])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{YEAR})(?![\w/]|\.\d)"
                # "16.9.2020 16.43", "17.9.2020 at 9.20": a Nordic page's time, its dot too
                # (an hour of one digit only after "at"; no count: "3.50 million")
                r"(?:,?\s+(?:at\s+)?(?=\d\d|(?<=at[ \t]))(?P<hh2>[01]?\d|2[0-3])(?P<tsep>[:.])(?P<mi2>[0-5]\d)"
                r"(?:(?P=tsep)[0-5]\d)?(?![\d:]|\.\d|\s*(?:million|billion|bn|per|%)))?"
            ),
            read_date,
        ),
        Rule(
            "us-numeric-date",
            compile_rule(
                rf"(?<![\w./])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?:(?P<y>{YEAR})|(?P<y2>\d\d))(?![\w/])"
                # "1/25/2013 3:11 PM", a page's "01/25/2013 15:11"
                rf"(?:,?\s+(?:(?P<hh>1[0-2]|0?[1-9]):(?P<mi>[0-5]\d)(?::[0-5]\d)?\s*{ampm}"
                r"|(?P<hh2>[01]\d|2[0-3]):(?P<mi2>[0-5]\d)(?::[0-5]\d)?(?![\d:]|\s*[AaPp]\.?[Mm]\b)))?"
            ),
            read_date,
        ),
        Rule(
            "day-range",
            compile_rule(
                rf"(?<![\w.])(?P<m2>{mon_day})\s+(?P<d1>{DAY}){ordinal}\s*(?:-|–|to|through|and|until)\s*(?P<d2>{DAY}){ordinal}"
                rf"(?![\d])(?:,?\s+(?P<y2>{YEAR}))?"
                rf"|(?<![\w.])(?P<d1b>{DAY}){ordinal}\s*(?:-|–|to|and|until)\s*(?P<d2b>{DAY}){ordinal}\s+(?P<m2b>{mon})"
                rf"(?:,?\s+(?P<y2b>{YEAR}))?"
            ),
            _read_day_range_en,
        ),
        Rule(
            "day-list",
            compile_rule(
                rf"(?<![\w.])(?P<m>{mon_day})\s+(?P<days>{DAY}{ordinal}(?:\s*,\s*{DAY}{ordinal})+(?:,?\s+and\s+{DAY}{ordinal})?)"
                rf"(?![\d])(?:,?\s+(?P<y>{YEAR}))?"
            ),
            read_day_list,
        ),
        Rule(
            "date-range",
            compile_rule(
                rf"(?:(?:between|Between|from|From)\s+)?(?<![\w.])(?P<m1>{mon_day})\s+(?P<d1>{DAY}){ordinal}(?:,?\s+(?P<y1>{YEAR}),?)?"
                rf"\s*(?:-|–|to|through|until|and)\s*(?P<m2>{mon_day})\s+(?P<d2>{DAY}){ordinal}(?![\d])(?:,?\s+(?P<y2>{YEAR}))?"
            ),
            read_day_range,
        ),
        Rule(
            "week-of-month",
            compile_rule(
                r"(?<![\w])(?:(?:the|The)\s+)?(?P<ord>first|second|third|fourth|last)\s+week\s+(?:of|in)\s+"
                rf"(?P<m>{mon})(?:,?\s+(?P<y>{YEAR}))?(?![\w])"
            ),
            week_of_month_reader({"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}),
        ),
        Rule(
            "year-pair",
            # "in 2011 and 2012" (with its "in": the year alone would be read with it first)
            compile_rule(rf"(?<![\w.])(?:(?:in|In|during|During)\s+)?(?P<y1>{YEAR})\s+and\s+(?P<y2>{YEAR})(?!\w|\.\d)"),
            read_year_pair,
        ),
        Rule(
            "month-pair",
            compile_rule(
                # after "in", "for", "during", "throughout", "over": "for November and December combined"
                r"(?:(?<=\sin\s)|(?<=^in\s)|(?<=\sIn\s)|(?<=^In\s)|(?<=\sfor\s)|(?<=\sduring\s)|(?<=\sthroughout\s)"
                rf"|(?<=\sover\s)|(?<=\sacross\s))(?P<m1>{mon})\s+and\s+(?P<m2>{mon})(?:,?\s+(?P<y>{YEAR}))?(?![\w])"
            ),
            read_month_pair,
        ),
        Rule(
            "month-range",
            compile_rule(
                rf"(?:between|Between|from|From)\s+(?:(?:early|mid-?|late)\s+)?(?P<m1>{mon})(?:,?\s+(?P<y1>{YEAR}),?)?"
                rf"\s+(?:and|to|until|through)\s+(?:(?P<mod2>early|mid-?|late|the\s+end\s+of|the\s+beginning\s+of)\s+)?"
                rf"(?:(?P<m2>{mon})(?:,?\s+(?P<y2>{YEAR}))?|(?P<y3>{YEAR}))"
            ),
            read_month_range,
        ),
        Rule(  # no word before, one year after: "the September to December (SOND) 2019 outlook"
            "month-to-month-year",
            compile_rule(
                rf"(?<![\w])(?P<m1>{mon})(?:\s+(?:to|through|until)\s+|\s*[-–]\s*)(?P<m2>{mon})"
                rf"(?:\s+\([A-Z]{{2,6}}\))?,?\s+(?P<y2>{YEAR})(?![\w])"
            ),
            read_month_range,
        ),
        Rule(
            "month",
            compile_rule(
                rf"(?:(?:in|In|since|Since|until|Until|by|By|during|During|of|from|From|to|through|before|after|"
                rf"for|For|until\s+the\s+end\s+of|at\s+the\s+end\s+of|at\s+the\s+beginning\s+of|in\s+the\s+middle\s+of|"
                rf"by\s+the\s+end\s+of|the\s+end\s+of)\s+|(?=(?:early|mid|late|Early|Late|Mid)[\s-]))"
                rf"(?:(?P<mod>early|mid-|mid|late|Early|Mid-|Late)\s*)?(?:(?P<dir>{DIR_EN})\s+)?(?P<m>{mon})(?![\w]|\s+\d)"
                rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+(?:of\s+)?(?P<ydir>this|next|last)\s+year)?"  # "June of 2015"
            ),
            read_month,
        ),
        Rule(
            "month-dir",
            compile_rule(rf"(?<![\w])(?P<dir>last|next|Last|Next|this|This)\s+(?P<m>{mon})(?![\w]|\s+\d)"),
            read_month,
        ),
        Rule(
            "month-day-in-year",
            compile_rule(
                rf"(?<![\w])(?:(?:on|On)\s+)?(?:that|That|a|A|one|One|the|The)\s+(?P<m>{mon})\s+"
                rf"(?:day|morning|afternoon|evening|night|weekend)\s+in\s+(?P<y>{YEAR})"
            ),
            read_month,
        ),
        Rule("month-year", compile_rule(rf"(?<![\w.])(?P<m>{mon}),?\s+(?:of\s+)?(?P<y>{YEAR})"), read_month),
        Rule(
            "year-range",
            compile_rule(
                rf"(?:between|Between|from|From)\s+(?P<y1>{YEAR})\s+(?:and|to|until|through)\s+(?P<y2>{YEAR})"
                rf"|(?<![\w.,])(?P<y1b>{YEAR})\s*(?:–|-|/)\s*(?P<y2b>{YEAR}|\d\d(?![\d/.-]))"
                rf"|(?<![\w.,])(?P<y1c>{YEAR})\s+(?:to|through|until)\s+(?P<y2c>{YEAR})(?![\w])"  # "to 2020 to 2022"
            ),
            read_year_range_any,
        ),
        Rule(
            "year-mod",
            compile_rule(
                rf"(?P<mod>early|mid-|mid|late|Early|Late|the\s+end\s+of|the\s+beginning\s+of)\s*(?P<y>{YEAR})"
            ),
            read_year,
        ),
        Rule(
            "year",
            compile_rule(
                rf"(?<![\w.,/$-])(?P<y>{YEAR})(?![.,]\d|\s*(?:%|percent|per\s+cent|dollars|people|troops|soldiers|"
                rf"times|votes|miles|km|kilometers|tons|members|cases|deaths)\b)"
            ),
            read_year,
        ),
        Rule(
            "night",  # "overnight Sunday into Monday", "the night of Sunday to Monday"
            compile_rule(
                rf"(?:(?:overnight|Overnight)|(?:(?:in|on|during)\s+)?(?:the|The)\s+night\s+(?:of|from))\s+"
                rf"(?P<wd1>{wd})\s+(?:into|to|and)\s+(?P<wd2>{wd})(?![\w])"
            ),
            read_weekday_range,
        ),
        Rule(
            "into",  # "late Monday into Tuesday", "Saturday night into Sunday": from one day's part into the next day
            compile_rule(
                # the first day in brackets too: "a system to move in (Saturday) night into Sunday"
                rf"(?<![\w])(?:(?:late|early)\s+)?\(?(?P<wd1>{wd})(?:\)(?=\s+(?:{PODS_EN})))?(?:\s+(?:{PODS_EN}))?"
                r"\s+into\s+(?:(?:early|late)\s+)?"
                rf"(?!(?P=wd1)(?![\w]))(?P<wd2>{wd})(?![\w])"  # not "Thursday afternoon into Thursday evening"
            ),
            read_weekday_range,
        ),
        Rule(
            "weekday-span",  # "from Wednesday night through Friday", "from Monday morning until Wednesday evening"
            compile_rule(
                rf"(?<![\w])(?:from|From)\s+(?P<wd1>{wd})(?:\s+(?:{PODS_EN}))?\s+(?:through|to|until|till)\s+"
                rf"(?:(?:early|late)\s+)?(?P<wd2>{wd})(?:\s+(?:{PODS_EN}))?(?![\w])"
            ),
            read_weekday_range,
        ),
        Rule(
            "weekday",
            compile_rule(
                rf"(?:(?P<tpre>(?:(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*{ampm}|(?P<hh24>[01]\d|2[0-3]):?(?P<mi24>[0-5]\d)(?=\s+[A-Z]{{2,4}}\s))"
                # not over a blank line: a new paragraph
                rf"(?:[ \t]+(?P<tz>[A-Z]{{2,4}})(?![\w]))?)(?=\s)[ \t]*\n?[ \t]*)?"
                rf"(?:(?:on|On|(?P<since>since|Since)|(?P<by>until|Until|by|By)|from|From)\s+)?(?:(?P<dir>{DIR_EN}|Last|Next|This)\s+)?"
                rf"(?P<wd>{wd})(?:'s)?(?:\s+(?P<pod>{PODS_EN}))?(?![\w])"
                rf"(?:\s+(?:of\s+)?(?P<wdir>last|next|this)\s+week(?![\w]))?"  # "Tuesday (of) next week"
                # the British "Friday last", "Monday next": that direction's day, where the clause goes on
                r"(?:[ \t]+(?P<dirb>last|next)(?=[ \t]*[.,;:)]|[ \t]+(?:and|when|that|at|in|on|with|by|for|the)\b))?"
                rf"(?:,?\s+at\s+(?P<hh2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?\s*(?P<ap2>a\.m\.?|p\.m\.?|am\b|pm\b))?"
            ),
            _read_weekday_en,
        ),
        Rule(
            "relative-day",
            compile_rule(
                r"(?<![\w])(?:(?P<rel>today|yesterday|tomorrow|tonight|last\s+night|Today|Yesterday|Tomorrow|Tonight"
                r"|Last\s+night)(?!\w|['’]s\s+(?:world|society|youth|young|generation|children|kids|standards|culture"
                r"|economy|technology|politics|times)\b)"  # "yesterday's attack", not "today's world"
                r"(?:\s+(?:morning|afternoon|evening|night))?|(?P<this>[Tt]his\s+(?:morning|afternoon|evening))(?![\w]))"
            ),
            read_relative_day,
        ),
        Rule(
            "week",
            compile_rule(
                r"(?<![\w])(?:(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+)?(?:the\s+)?"
                r"(?P<dir>last|next|past|previous|coming|this|Last|Next|This)\s+week(?![\w])"
                r"|(?<![\w])(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+the\s+week(?![\w])"
            ),
            read_week,
        ),
        Rule(
            "weekend",
            compile_rule(
                r"(?<![\w])(?:(?:over|during|on|at|Over|During|On|At)\s+)?(?:the\s+)?"
                r"(?:(?P<dir>last|next|past|previous|coming|this|Last|Next|This)\s+)?weekend(?!s|\w)"
            ),
            read_weekend,
        ),
        Rule(
            "relative-month",
            compile_rule(
                r"(?<![\w])(?:(?P<dir>last|next|this|Last|Next|This)\s+month(?![\w])|(?P<mod>early|late)\s+this\s+month"
                r"|(?:earlier|later)\s+this\s+month)"
            ),
            read_relative_month,
        ),
        Rule(
            "relative-year",
            compile_rule(
                r"(?<![\w])(?:(?P<dir>last|next|this|Last|Next|This)\s+year(?![\w])|"
                rf"(?:at\s+)?the\s+(?P<mod>end|beginning)\s+of\s+(?:the\s+year(?:\s+(?P<yof>{YEAR}))?|this\s+year)"
                r"|(?P<mod2>early|late)\s+(?P<dir2>this|next|last)\s+year"
                r"|(?:[Ee]arlier|[Ll]ater)\s+this\s+year"
                # "adjourned to the new year": the year to come (not "New Year", a holiday)
                r"|(?:(?:early|later)\s+)?(?:in|into|to|until|till)\s+the\s+(?P<new>new)\s+year(?![\w'’-]))"
            ),
            read_relative_year_any,
        ),
        Rule(
            "anchor",
            compile_rule(
                r"(?<![\w])(?:the\s+(?:day|night)\s+before|the\s+previous\s+day|the\s+next\s+day|the\s+following\s+day|"
                r"later\s+in\s+the\s+day|later\s+that\s+day|the\s+same\s+day|"
                rf"(?P<n>\d+|{COUNT_EN})\s+"
                r"(?P<unit>days?|weeks?|months?|years?)\s+(?:(?:later|afterwards?|earlier)(?!\s+than\b)|(?:after|before)"
                rf"(?=\s*[,.;)]|\s*$|\s+(?:{wd}|{mon}))))"
            ),
            anchor_reader(_ANCHOR_BEFORE, _SAME_DAY),
        ),
        Rule(  # "the previous year", "the year before" (not "the year before last")
            "prior-year",
            compile_rule(
                r"(?<![\w-])(?:[Tt]he\s+(?:previous|prior|preceding)\s+year|[Tt]he\s+year\s+before(?!\s+last))(?![\w-])"
            ),
            read_prior_year,
        ),
        Rule(  # "in 18 months", "in two weeks' time": counted on from the text's day (not "in two years of talks")
            "ahead",
            compile_rule(
                r"(?<![\w])(?:in|In)\s+(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                r"|fifteen|twenty|thirty|forty|fifty)\s+(?P<unit>days?|weeks?|months?|years?)(?:['’]s?\s+time)?"
                r"(?![\w'’-]|\s+(?:of|since|after|before|from|to)\b)"
            ),
            read_ahead,
        ),
        Rule(
            "ago",
            compile_rule(
                # "about a week ago"; not a stored page's age on its stamp line ("July 12, 2017 / 9 PM / 24 days ago")
                r"(?<![\w])(?<!/[ \t])(?:(?i:about|around|nearly|almost|roughly|some|exactly|just)\s+)?"
                r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
                r"|forty|fifty)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago(?![\w])"
            ),
            read_ago,
        ),
        Rule(
            "xref",
            compile_rule(
                rf"(?<![\w])(?P<n>\d+|{COUNT_EN})\s+days?\s+(?P<rel>before|after)\s+"
                r"(?:the|its|their|his|her)\s+(?:(?:start|beginning|opening|end)\s+of\s+the\s+)?[\w-]+"
            ),
            xref_reader(("before",)),
        ),
        Rule(
            "vague",
            compile_rule(
                r"(?i)(?<![\w])(?:recently|lately|earlier\s+this\s+week|later\s+this\s+week|"
                r"in\s+recent\s+(?:days|weeks|months)|in\s+the\s+(?:coming|next|following)\s+(?:few\s+)?(?:days|weeks|months)|"
                r"(?:a\s+few|several|some)\s+(?:days|weeks|months)\s+(?:ago|earlier|later)|"
                r"in\s+(?:a\s+few|several)\s+(?:days|weeks)|"
                r"(?:days|weeks|shortly|soon|just)\s+(?:after|before)\s+the\s+\w+)(?![\w])"
            ),
            read_vague,
        ),
        Rule(
            "duration",
            compile_rule(
                r"(?<![\w])(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)-"
                r"(?P<unit>day|week|month|year)\s+(?P<noun>[a-z][\w-]+)"
            ),
            read_duration,
        ),
        Rule(
            "weekday-list",
            compile_rule(rf"(?<![\w])(?P<wd1>{wd})(?:,\s*{wd})*,?\s+(?:and|or|through|to)\s+(?P<wd2>{wd})(?![\w])"),
            read_weekday_list,
        ),
        Rule(
            "datetime-range",
            compile_rule(
                r"(?<![\w])(?:from|From|between|Between)\s+(?P<hh1>1[0-2]|0?[1-9])(?::(?P<mi1>[0-5]\d))?\s*"
                r"(?P<ap1>a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b)\s+(?:on\s+)?"
                rf"(?P<m1>{mon_day})\s+(?P<d1>{DAY})\s+(?:to|until|and|through)\s+"
                r"(?P<hh2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?\s*(?P<ap2>a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b)\s+"
                rf"(?:on\s+)?(?P<m2>{mon_day})\s+(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?(?![\w])"
            ),
            read_datetime_range,
        ),
        Rule(  # on the 24-hour clock, the day before its month: "Between 00.01 on Tuesday 11th October and 23.59 on
            # Thursday 13th October", "from 00:01 on 3 November until 23:59 on 5 November" (a strike's hours)
            "datetime-range-24",
            compile_rule(
                rf"(?<![\w])(?:from|From|between|Between)\s+{_CLOCK_ON.format(n=1, wd=wd, mon=mon)}\s+"
                rf"(?:to|until|till|and|through)\s+{_CLOCK_ON.format(n=2, wd=wd, mon=mon)}"
                rf"(?:,?\s+(?P<y>{YEAR}))?(?![\w])"
            ),
            read_datetime_range,
        ),
        *clock_rules(lex, ampm),
        *dateline_rules(lex),
        *period_rules(),
        *part_rules(mon_day),
    )


#: A list item of a capitalised word and a weekday is a name, not a day of this week: ", Onuh Sunday, and" (but
#: ", Last Friday," and "Palm Beach Thursday," are days).
_NAMED_BEFORE = re.compile(r",\s*(?P<word>[A-Z][a-z]+)\s+\Z")
_DAY_WORDS = words(
    "on last next this since until by from early late earlier later also and or but the that said says told every each"
)


def _read_weekday_en(m: re.Match[str], lex: Lexicon) -> Timex | list[Timex] | None:
    """A weekday, unless a capitalised word before it and a list after it make a name of it ("Onuh Sunday, and
    …")."""
    before = _NAMED_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    if before is not None and not opt(m, "tpre") and before.group("word").lower() not in _DAY_WORDS:
        listed = re.match(r"\s*(?:,|\)|\band\b|\bor\b)", m.string[m.end() : m.end() + 6])
        if listed and m.string[m.start() : m.start() + 1].isupper():
            return None  # "Suleiman Hammeed, Onuh Sunday, and Agwan Bulus"; "Trump Monday signed" stays a day
    return read_weekday_any(m, lex)


def _read_day_range_en(m: re.Match[str], lex: Lexicon) -> Timex | list[Timex] | None:
    if opt(m, "d1b"):
        mon = month_number(lex, m.group("m2b"))
        d1, d2, year = int(m.group("d1b")), int(m.group("d2b")), as_int(opt(m, "y2b"))
    else:
        mon = month_number(lex, m.group("m2"))
        d1, d2, year = int(m.group("d1")), int(m.group("d2")), as_int(opt(m, "y2"))
    if d1 >= d2:
        return None
    first, last = Spec(year=year, month=mon, day=d1), Spec(year=year, month=mon, day=d2)
    return pair_or_range(m, first, last, "d1b" if opt(m, "d1b") else "d1", "d2b" if opt(m, "d1b") else "d2")
