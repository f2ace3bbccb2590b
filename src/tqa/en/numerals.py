"""English numeric expressions → :class:`~tqa.quantity.Quantity`.

Digits (100, 1,300, 2.36) with scale words (million, billion, bn, m) and currency signs
($100 million, US$2.36 billion, €10bn); number words up to "nine hundred ninety-nine
billion" (thirteen, a dozen, two-dozen, twenty-one); fractions (one-third, a third, half,
half a percent); multiples (twice, threefold, three times); percent (1.6 percent, %,
per cent) vs percentage points; units (km, miles, tons, barrels …); dates (April 12, 2019 /
12 April 2019 / Apr. 12 / April 2019 / the 1990s / the 21st century / Monday), clock times
(3:30 p.m., 11:00, 9 am), durations (three years, a 19-month high, four-year low), ages
(28-year-old), ordinals (second, 2nd, 190th) and approximation/bound words (about, some,
more than, less than, up to). Results are cached per text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from ..quantity import (SLASH_FRACTION, TEMPERATURE_UNITS, DateValue, Quantity, ScoreValue, TimeValue, in_parentheses,
                        joined_duration)

_ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SHORT_SCALES = {"k": 1000, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9,
                 "tn": 10**12, "trn": 10**12}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                  "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                  "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
                  "hundredth": 100, "thousandth": 1000}
_FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                   "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_MULTIPLE_WORDS = {"twice": 2, "double": 2, "doubled": 2, "doubling": 2, "triple": 3, "tripled": 3,
                   "tripling": 3, "quadruple": 4, "quadrupled": 4, "threefold": 3, "twofold": 2,
                   "fourfold": 4, "fivefold": 5, "tenfold": 10}

MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
          "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
          "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
          "nov": 11, "december": 12, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}

_CURRENCY_SIGNS = [("US$", "USD"), ("A$", "USD"), ("HK$", "USD"), ("C$", "USD"), ("NZ$", "USD"),
                   ("S$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"),
                   ("₩", "KRW"), ("USD", "USD"), ("KRW", "KRW"), ("EUR", "EUR"), ("JPY", "JPY"),
                   ("CNY", "CNY"), ("RMB", "CNY"), ("GBP", "GBP")]

#: English unit phrase (regex) → (kind, unit); tried in order, first match wins
_UNIT_PATTERNS: list[tuple[str, str, str | None]] = [
    (r"percentage[- ]points?|percent(?:age)? points?|per cent points?|%[- ]?points?|pp\b|ppts?\b", "percentage_point", "pp"),
    (r"basis points?|bps\b", "basis_points", "pp"),
    (r"%|％|percent\b|per ?cent\b|pct\b", "percent", "%"),
    (r"points?\b|pts\b", "points", "points"),
    (r"(?:U\.?S\.? |American |Australian |Canadian |Hong Kong |Singapore |New Zealand )?dollars?\b", "currency", "USD"),
    (r"(?:South )?(?:Korean )?won\b(?!['’]t)", "currency", "KRW"),
    (r"(?:Japanese )?yen\b", "currency", "JPY"),
    (r"(?:Chinese )?yuan\b|renminbi\b", "currency", "CNY"),
    (r"euros?\b", "currency", "EUR"),
    (r"pounds? sterling\b|(?:British )?pounds?\b(?! of)", "currency", "GBP"),
    (r"cents?\b", "currency", "cent"), (r"pence\b|pennies\b|penny\b", "currency", "penny"),
    (r"rupees?\b", "currency", "INR"), (r"roubles?\b|rubles?\b", "currency", "RUB"),
    (r"(?:Swiss )?francs?\b", "currency", "CHF"), (r"pesos?\b", "currency", "peso"),
    (r"km/h\b|kph\b|kmh\b|kilomet(?:er|re)s (?:per|an) hour|km (?:per|an) hour", "measure", "km/h"),
    (r"km/s\b|kilomet(?:er|re)s (?:per|a) second|km (?:per|a) second", "measure", "km/s"),
    (r"mph\b|miles per hour|miles an hour", "measure", "mph"),
    (r"m/s²|m/s\^?2\b|met(?:er|re)s per second squared", "measure", "m/s2"),
    (r"m/s\b|met(?:er|re)s (?:per|a) second", "measure", "m/s"),
    (r"moles?\b|mol\b", "measure", "mol"),
    (r"square[- ]kilomet(?:er|re)s?\b|sq\.? km\b|km2\b|km²", "measure", "km2"),
    (r"square[- ]miles?\b|sq\.? mi\b", "measure", "sq mile"),
    (r"square[- ]f(?:ee|oo)t\b|sq\.? ?ft\b", "measure", "sq foot"),
    (r"square[- ]met(?:er|re)s?\b|sq\.? m\b|m2\b|m²", "measure", "m2"),
    (r"km\b|kilomet(?:er|re)s?\b", "measure", "km"),
    (r"cm\b|centimet(?:er|re)s?\b", "measure", "cm"),
    (r"mm\b|millimet(?:er|re)s?\b", "measure", "mm"),
    (r"m\b(?!\.)|met(?:er|re)s?\b", "measure", "m"),
    (r"kg\b|kilos?\b|kilograms?\b", "measure", "kg"),
    (r"g\b|grams?\b", "measure", "g"),
    (r"(?:metric )?tons?\b|tonnes?\b|t\b", "measure", "ton"),
    (r"barrels?\b", "measure", "barrel"),
    (r"cubic[- ]met(?:er|re)s?\b|m3\b|m³|cu\.? ?m\b", "measure", "m3"),
    (r"geun\b", "measure", "geun"), (r"don\b(?! ?')", "measure", "don"),
    (r"V\b|volts?\b", "measure", "volt"),
    (r"ATM\b|atm\b|atmospheres?\b", "measure", "atm"), (r"bars?\b(?=\s*(?:of\s+pressure|pressure|water)|$|[,.;)])", "measure", "bar"),
    (r"psi\b", "measure", "psi"),
    (r"pyeong\b|p'yŏng\b", "measure", "pyeong"),
    (r"miles?\b", "measure", "mile"),
    (r"feet\b|foot\b|ft\b", "measure", "foot"),
    (r"inch(?:es)?\b", "measure", "inch"),
    (r"yards?\b", "measure", "yard"),
    (r"ml\b|mL\b|millilit(?:er|re)s?\b", "measure", "ml"),
    (r"kl\b|kL\b|kilolit(?:er|re)s?\b", "measure", "kl"),
    (r"dl\b|dL\b|decilit(?:er|re)s?\b", "measure", "dl"), (r"cl\b|cL\b|centilit(?:er|re)s?\b", "measure", "cl"),
    (r"nm\b|nanomet(?:er|re)s?\b", "measure", "nm"), (r"µm\b|μm\b|micromet(?:er|re)s?\b|microns?\b", "measure", "um"),
    (r"KB\b|kilobytes?\b", "measure", "KB"), (r"PB\b|petabytes?\b", "measure", "PB"),
    (r"mg\b|milligrams?\b", "measure", "mg"),
    (r"mcg\b|µg\b|μg\b|micrograms?\b", "measure", "ug"),
    (r"hPa\b|hectopascals?\b", "measure", "hPa"),
    (r"dB\b|decibels?\b", "measure", "dB"), (r"mmHg\b|millimet(?:er|re)s? of mercury\b", "measure", "mmHg"),
    (r"kcal\b|kilocalories\b|calories\b", "measure", "kcal"),
    (r"lit(?:er|re)s?\b|L\b", "measure", "liter"),
    (r"gallons?\b", "measure", "gallon"),
    (r"hectares?\b|ha\b", "measure", "hectare"),
    (r"acres?\b", "measure", "acre"),
    # "30C", "86F" glued to the figure (news style without the degree sign)
    (r"°\s?C\b|degrees? (?:Celsius|centigrade|C\b)|Celsius\b|(?<=\d)C\b(?![-+&/])", "measure", "degC"),
    (r"°\s?F\b|degrees? (?:Fahrenheit|F\b)|Fahrenheit\b|(?<=\d)F\b(?![-+&/])", "measure", "degF"),
    (r"°|degrees?\b", "measure", "degree"),
    (r"knots?\b", "measure", "knot"),
    (r"MW\b|megawatts?\b", "measure", "MW"), (r"GW\b|gigawatts?\b", "measure", "GW"),
    (r"kWh\b|kilowatt[- ]hours?\b", "measure", "kWh"), (r"kW\b|kilowatts?\b", "measure", "kW"),
    (r"GB\b|gigabytes?\b", "measure", "GB"), (r"TB\b|terabytes?\b", "measure", "TB"),
    (r"MB\b|megabytes?\b", "measure", "MB"),
    (r"MP\b|[Mm]egapixels?\b|[Mm]egapixel\b", "measure", "MP"),
    (r"pixels?\b", "measure", "pixel"),
    # cooking spoons (the Korean 큰술, 작은술): a tablespoon is three teaspoons
    (r"tablespoons?\b|tbsps?\b|tbs\b", "count", "tablespoons"), (r"teaspoons?\b|tsps?\b", "count", "teaspoons"),
    (r"-?years?[- ]old\b|-year-olds?\b", "age", "year"),
    (r"decades?\b", "duration", "decade"),
    (r"centur(?:y|ies)\b", "duration", "century"),
    (r"-?years?\b|-?yrs?\b", "duration", "year"),
    (r"-?months?\b", "duration", "month"),
    (r"-?weeks?\b", "duration", "week"),
    (r"-?fortnights?\b", "duration", "fortnight"),
    (r"-?days?\b", "duration", "day"),
    (r"-?nights?\b", "duration", "night"),
    (r"-?hours?\b|-?hrs?\b", "duration", "hour"),
    (r"-?minutes?\b|-?mins?\b", "duration", "minute"),
    (r"-?seconds?\b|-?secs?\b", "duration", "second"),
    (r"times\b", "multiple", None),
    (r"-?fold\b", "multiple", None),
    (r"people\b|persons?\b|individuals\b|residents\b|citizens\b|workers\b|employees\b|students\b|"
     r"children\b|soldiers\b|troops\b|passengers\b|visitors\b|tourists\b|patients\b|deaths\b|"
     r"victims\b|members\b|players\b|voters\b|households\b|families\b|pupils\b|adults\b|teenagers\b|kids\b|"
     r"babies\b|infants\b|men\b|women\b|boys\b|girls\b|teachers\b|doctors\b|nurses\b|officers\b|officials\b|"
     r"athletes\b|fans\b|spectators\b|participants\b|applicants\b|candidates\b|customers\b|guests\b|"
     r"volunteers\b|survivors\b|casualties\b|suspects\b|inmates\b|prisoners\b|refugees\b|migrants\b|"
     r"lawmakers\b|legislators\b|delegates\b|journalists\b|firefighters\b|civilians\b|pensioners\b|"
     r"seniors\b|retirees\b|staff\b|staffers\b|recruits\b|trainees\b|interns\b|climbers\b|hikers\b|"
     r"runners\b|swimmers\b|musicians\b|artists\b|writers\b|actors\b|singers\b|judges\b|lawyers\b|"
     r"farmers\b|fishermen\b|drivers\b|riders\b|users\b|subscribers\b|viewers\b|readers\b|attendees\b", "count", "people"),
]
_UNIT_RE = [(re.compile(r"(?:\s|-)?(?:" + pattern + ")", re.I if kind not in ("measure",) else 0), kind, unit)
            for pattern, kind, unit in _UNIT_PATTERNS]
#: the patterns of _UNIT_RE as one alternation, each its own named group (u0, u1 …) with its
#: own case rule: an alternation tries its branches in order, so the first group that
#: matches is the first pattern of the list that matches (one match call instead of 68)
_ANY_UNIT_RE = re.compile("|".join(
    f"(?P<u{index}>{'(?:' if pattern.flags & re.I == 0 else '(?i:'}{pattern.pattern}))"
    for index, (pattern, _, _) in enumerate(_UNIT_RE)))

#: one English number word, as a pattern without groups (analyses that match numbers inside
#: phrases of their own build on it: tqa.analyse.direction)
NUMBER_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
               r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
               r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)")
_WORDS_RE = re.compile(
    rf"\b(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"{NUMBER_WORD}(?:(?:\s+and\s+|\s+|-){NUMBER_WORD})*\b", re.I)
#: units of time counted in years: "two decades" is a duration of 20 years, "two centuries" of 200
YEARS_IN = {"decade": 10, "century": 100}
#: "a decade", "a century", "a year" … as one unit of time
_A_UNIT_RE = re.compile(r"\b(?:a|one|the past|the last|over a|the previous|the next)\s+(?P<u>decade|century)\b", re.I)
#: one period as a length of time, after a word that makes it one ("within a day of", "for a
#: year", "from six months to a year"); not "once a year", "10% a year" (rates)
_A_PERIOD_RE = re.compile(r"\b(?:within|in|for|after|about|around|nearly|almost|over|under|than|to|lasts?|lasted|as\s+long\s+as|up\s+to|"
                          r"took|takes|count(?:s|ed)?\s+for)\s+a\s+(?P<u>day|week|fortnight|month|year)\b(?!-)", re.I)
#: one hour or minute as a length of time: after a word that makes it one ("within an hour", "for
#: a minute") or before a word that measures from it ("an hour after meals", "a minute later");
#: not "$20 an hour", "60 miles an hour" (rates) nor "half an hour" (read first)
_RATE_BEFORE = re.compile(r"(?:\d|\b(?:dollars?|won|pounds?|euros?|yen|yuan|cents?|pence|miles?|kilomet(?:re|er)s?|"
                          r"km|times|beats|words|calories))\s*$", re.I)
_AN_HOUR_RE = re.compile(r"\b(?:(?<=within )|(?<=in )|(?<=for )|(?<=after )|(?<=about )|(?<=around )|(?<=nearly )|"
                         r"(?<=almost )|(?<=over )|(?<=under )|(?<=than )|(?<=took )|(?<=takes )|(?<=lasted )|(?<=lasts ))"
                         r"(?:an|one)\s+(?P<u>hour|minute)\b(?![-\w])"
                         r"|\b(?:an|one)\s+(?P<u2>hour|minute)\b(?=\s+(?:after|before|later|earlier|ago|from\s+now)\b)", re.I)
#: one unit after a word of measure or comparison ("about a centimetre", "less than a kilometre",
#: "grew by a metre"): one of the unit; not "10 yuan a kilogram" (a rate) nor "a metre-wide path"
_A_MEASURE_RE = re.compile(r"\b(?:about|around|roughly|approximately|nearly|almost|just|only|over|under|than|by|within|"
                           r"barely|some)\s+(?P<a>a|an|one)\s+(?=[a-z])", re.I)
#: a pound of something (not of sterling: "a pound of rice", "a pound of flour"): weight
_A_POUND_OF = re.compile(r"(?P<u>pound|lb)\s+of\s+(?!(?:the\s+)?(?:sterling|money|cash|savings))[a-z]", re.I)
#: a fraction of a unit: "a quarter of an acre", "three quarters of a mile", "a third of a litre"
_FRACTION_OF_A_RE = re.compile(r"\b(?P<num>a|an|one|two|three)[- ](?P<den>thirds?|quarters?|fifths?|tenths?)\s+of\s+an?\s+"
                               r"(?=[a-z])", re.I)
#: a number and a half in words, hyphenated or not, that no unit of time follows ("four-and-a-half-day
#: week"; "two and a half hours" is a duration, read elsewhere)
_AND_A_HALF_RE = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]and[- ]a[- ]half\b"
                            r"(?! (?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|times)\b)", re.I)
#: a bare hundred or thousand after a word that counts from an end: "the first hundred pages",
#: "the last thousand metres" (a hundred without "a" or "one")
_BARE_SCALE_RE = re.compile(r"\b(?:first|last|next|final|opening|remaining|initial)\s+(?P<s>hundred|thousand)\b"
                            r"(?!\s+(?:and|thousand|million|billion)\b)", re.I)
_DECADE_WORDS = {"teens": 10, "teenage": 10, "teenager": 10, "teenagers": 10, "twenties": 20, "thirties": 30,
                 "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_DECADE_WORD_RE = re.compile(r"\b(?P<w>" + "|".join(_DECADE_WORDS) + r")\b", re.I)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_ROMAN_RE = re.compile(r"(?:\b(?:World War|Phase|Part|Chapter|Round|Stage|Vatican|Title|Class|Type|Act|Level|Grade)\s+(?P<a>I{1,3}|IV|VI{0,3}|IX|X)"
                       r"|(?<=[a-z] )(?P<b>II|III|IV|VI|VII|VIII|IX|X{1,3}(?:IX|IV|V?I{0,3})))\b")
_DIGIT_NUMBER = re.compile(
    r"(?<![\w.,/:])(?P<sign>US\$|A\$|HK\$|C\$|NZ\$|S\$|\$|€|£|¥|₩|(?:USD|KRW|EUR|JPY|CNY|RMB|GBP)\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?!\d|\.\d|,\d{3})(?![:×x]\d)"
    r"(?:(?P<space>\s|-)?(?P<scale>thousand|million|billion|trillion)\b|(?P<short>k|m|mn|mln|bn|b|tn|trn)\b)?",
    re.I)
_ORDINAL_DIGITS = re.compile(r"(?<![\w.,])(?P<n>\d+)(?:st|nd|rd|th)\b")
#: ordinal words, also written without the hyphen after the tens ("thirtyeighth" for thirty-eighth)
_ORDINAL_TRIGGERS = frozenset(_ORDINAL_WORDS) | {tens + word for tens in _TENS for word, value in _ORDINAL_WORDS.items()
                                                 if value < 10}
_ORDINAL_WORD_RE = re.compile(
    r"\b(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?)?(?P<w>"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")\b", re.I)
_FRACTION_RE = re.compile(
    r"\b(?P<num>one|two|three|four|five|six|seven|eight|nine|a|an)[- ](?P<den>half|thirds?|quarters?|fourths?|fifths?|tenths?)\b"
    r"|\b(?P<half>half(?:-?way)?)\b|(?<![\w/])(?P<n>\d)/(?P<d>\d{1,2})(?![\w/])", re.I)
#: an increase "by half" is to one and a half times (생산 능력을 1.5배로 늘리다 "raise capacity by half");
#: "cut by half" stays a half
_UP_BY_HALF_RE = re.compile(r"\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|grow(?:s|n|ing)?|grew|ris(?:e|es|en|ing)|rose|"
                            r"enlarg(?:e|es|ed|ing)|(?:boost|expand|lift|widen|broaden|lengthen|extend)(?:s|ed|ing)?)(?:\s+[\w'-]+){0,4}?\s+"
                            r"(?P<h>by\s+(?:a\s+)?half)\b(?!\s+(?:a|an|of)\b)", re.I)
#: one and a half times said with "again": "half as big again" (British), "half again as much" (American)
_HALF_AGAIN_RE = re.compile(r"\bhalf\s+(?:as\s+(?:\w+\s+){1,2}?again|again\s+as\s+(?:\w+\s+){0,2}?(?:much|many|\w+)\b)"
                            r"(?:\s+as\b)?", re.I)
_SMALL_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
#: a share said as "one in five", "two out of ten" (not "three in a row", "one in 10 years", nor the
#: decimal of a mark: "rated 4.2 out of 5")
_ONE_IN_N = re.compile(rf"(?<![\d.,])\b(?P<a>{_SMALL_NUMBER_WORD})\s+(?:in|out\s+of)\s+(?P<b>{_SMALL_NUMBER_WORD}|a\s+hundred|100)\b"
                       r"(?!\s*(?:years?|days?|months?|weeks?|hours?|minutes?|games?|matches)\b)", re.I)
#: even odds or an even split, one half: "50-50", "fifty-fifty"
_EVEN_ODDS = re.compile(r"(?<![\d.])50-50(?![\d%])|\bfifty-fifty\b", re.I)
#: groups named by a plural number word: "in fours" (4인 1실), "in pairs", "into threes"
_GROUP_PLURALS = {"twos": 2, "pairs": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6, "sevens": 7, "eights": 8,
                  "nines": 9, "tens": 10, "dozens": 12}
_GROUPS_OF_RE = re.compile(r"\b(?:in|into)\s+(?P<w>" + "|".join(_GROUP_PLURALS) + r")\b", re.I)
#: a number word joined to -fold ("fourteenfold", "twenty-five-fold"): any cardinal the word
#: grammar reads (:func:`words_to_number`), beyond the common ones of :data:`_MULTIPLE_WORDS`
_FOLD_WORD_RE = re.compile(r"\b(?P<n>[a-z]+(?:-[a-z]+)?)-?fold\b", re.I)
#: "double-check", "double-click", "triple-A": a hyphenated compound is not a multiple
_MULTIPLE_RE = re.compile(r"\b(?P<w>" + "|".join(_MULTIPLE_WORDS) + r")\b(?!-[A-Za-z])", re.I)

_APPROX_BEFORE = re.compile(
    r"(?:\b(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|close to|"
    r"an estimated|estimated|just over|just under|just shy of|circa|c\.|~|an approximate|"
    r"the equivalent of|an average of|on average)\s+)$", re.I)
_MIN_BEFORE = re.compile(r"(?:\b(?:more than|over|at least|above|in excess of|upwards of|"
                         r"no less than|no fewer than|a minimum of|a record|exceeding|exceeds?)\s+)$", re.I)
_MAX_BEFORE = re.compile(r"(?:\b(?:less than|fewer than|under|below|up to|as many as|as much as|"
                         r"no more than|a maximum of|at most|a maximum|nearly|almost|just under)\s+)$", re.I)
_APPROX_AFTER = re.compile(r"\s?(?:or so\b|odd\b|-odd\b|or more\b|-plus\b|\+|plus\b|or less\b)", re.I)

_MONTH_RE = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
             r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WEEKDAY_RE = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE_PATTERNS = [
    re.compile(rf"(?:{_WEEKDAY_RE},?\s+)?{_MONTH_RE}\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:1[0-9]|20|21)\d\d)\b)?"),
    re.compile(rf"(?:{_WEEKDAY_RE},?\s+)?(?:the\s+)?(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+(?P<year>(?:1[0-9]|20|21)\d\d)\b)?"),
    re.compile(rf"{_MONTH_RE}(?:\s+of)?,?\s+(?P<year>(?:1[0-9]|20|21)\d\d)\b"),
    re.compile(r"(?<![\d-])(?P<year>(?:1[0-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"),
]
_MONTH_ALONE = re.compile(rf"\b{_MONTH_RE}(?![\w])")
#: a month name in lower case (chats, subtitles) — the ones no common word shares (not may,
#: march, august)
_MONTH_LOWER = re.compile(r"\b(?:january|february|april|june|july|september|october|november|december)\b")


def _capitalised_mid_sentence(text: str, start: int) -> bool:
    """A capitalised word inside a sentence, after a lower-case word: "with March salaries",
    "the May figures" — the month, as the verbs march and may are written in lower case there
    (not after a capitalised word: Theresa May)."""
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?\"“‘:;(—":
        return False
    previous = re.search(r"([A-Za-z][\w'’-]*)\W*$", before)
    return previous is not None and previous.group(1)[0].islower()


_MONTH_ABBR = r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_MONTH_SPAN_RE = re.compile(rf"\b(?P<a>{_MONTH_ABBR})\.?\s?[-–]\s?(?P<b>{_MONTH_ABBR})\b\.?")
_FULL_SIZE_RE = re.compile(r"\b(?:full|life)[- ]sized?\b", re.I)
_BOTH_RE = re.compile(r"\b(?:both|a pair of|a couple of|twin)\b", re.I)
#: an ordinal counted from the end of a ranking ("second from bottom", "next-to-last", "penultimate")
_FROM_BOTTOM_RE = re.compile(r"\b(?:(?P<w>second|third|fourth|fifth|\d(?:st|nd|rd|th))[- ](?:from[- ](?:the[- ])?(?:bottom|last|end)|to[- ]last|last)"
                             r"|(?P<two>next[- ]to[- ]last|penultimate))\b", re.I)
#: knockout stages named by the players or teams left (Korean 4강, 8강, 16강)
_STAGE_RE = re.compile(r"\b(?:(?P<semi>semi-?finals?|semis)|(?P<quarter>quarter-?finals?)"
                       r"|(?:the\s+)?(?:final|last|elite)\s+(?P<n>four|eight|sixteen)|sweet\s+(?P<sweet>sixteen))\b", re.I)
_STAGE_TRIGGERS = frozenset({"semifinal", "semifinals", "semi", "semis", "quarterfinal", "quarterfinals", "quarter",
                             "four", "eight", "sixteen"})
_HALF_A_RE = re.compile(r"\bhalf\s+an?\s+(?=[a-z])", re.I)
_HOUR_PARTS_RE = re.compile(r"\b(?:a |the )?(?P<w>quarter|half)[- ](?:an )?hour\b", re.I)
_WEIGHT_CONTEXT = re.compile(r"\bweigh|\bheav|\bpounds? \d+ ounces?|\bounces?\b|\blbs?\b", re.I)
_WEEKDAY_ALONE = re.compile(rf"\b{_WEEKDAY_RE}s?\b")
_DECADE_RE = re.compile(r"(?:\bthe\s+)?(?:(?:early|late|mid)[- ])?(?P<y>1\d\d0|20[0-9]0)'?s\b|(?<![\w])['‘’](?P<s>\d0)s\b"
                        r"|(?<=\bthe )(?:(?:early|late|mid)[- ])?(?P<s3>[2-9]0)s\b")
_CENTURY_RE = re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)[- ]century\b|\b(?:(?P<tens>twenty)-)?(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)[- ]century\b", re.I)
_TIME_RE = re.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap]\.?\s?m\b\.?|[AP]\.?M\b\.?)"
    r"|(?<![\d:.$])(?P<h2>[01]?\d|2[0-4]):(?P<m2>[0-5]\d)(?![\d:]|,\d)"
    r"|\b(?P<noon>noon|midday|midnight)\b"
    r"|\b(?P<h3>[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'clock\b", re.I)
_YEAR_RANGE = re.compile(r"(?<![\w$.,])(?P<a>(?:1[0-9]|20)\d\d)[-–/](?P<b>\d\d)(?![\d\w])")
_NUMBER_RANGE = re.compile(r"^\s?(?:-|–|—|to|through|and)\s?$")


def words_to_number(words: str) -> float | None:
    """"two hundred and fifty" → 250; "a dozen" → 12; "nine hundred ninety-nine billion" → 999e9."""
    total, group, current = 0, 0, 0
    seen = False
    for word in re.split(r"[\s-]+", fold_case(words)):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = 1
            continue
        if word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            group += (current or 1) * 100
            current = 0
        elif word in _SCALES:
            total += (group + (current or (0 if group else 1))) * _SCALES[word]
            group, current = 0, 0
        else:
            return None
        seen = True
    return float(total + group + current) if seen else None


def ordinal_word_value(word: str) -> float | None:
    """"thirty-eighth" / "thirtyeighth" → 38; "fifth" → 5; None for anything else."""
    match = _ORDINAL_WORD_RE.fullmatch(word) or re.fullmatch(
        r"(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?P<w>[a-z]+)", fold_case(word))
    if not match or fold_case(match["w"]) not in _ORDINAL_WORDS:
        return None
    return float(_ORDINAL_WORDS[fold_case(match["w"])] + (_TENS[fold_case(match["tens"])] if match["tens"] else 0))


#: multiplicatives read by :func:`number_words` (the -fold words are always read as quantities)
_BACKSTOP_MULTIPLES = {**{word: value for word, value in _MULTIPLE_WORDS.items() if not word.endswith("fold")},
                       "thrice": 3}
_TENS_PREFIX = r"(?:(?:" + "|".join(_TENS) + r")-?)?"
_NUMBER_WORD_ANYWHERE = re.compile(
    r"\b" + _TENS_PREFIX + r"(?:" + "|".join(sorted((w for w, v in _ORDINAL_WORDS.items() if 2 <= v <= 100),
                                                     key=len, reverse=True)) + r")\b"
    r"|\b" + _TENS_PREFIX + r"(?:" + "|".join(sorted((w for w, v in _ONES.items() if 2 <= v <= 19),
                                                     key=len, reverse=True)) + r")\b"
    r"|\b(?:" + "|".join(_TENS) + r")\b"
    r"|\b(?:" + "|".join(sorted(_BACKSTOP_MULTIPLES, key=len, reverse=True)) + r")\b", re.I)


def number_words(text: str) -> Iterator[tuple[int, float]]:
    """(start, value) of every number word of ``text`` whatever its context: cardinals from two,
    ordinals from second to hundredth (hyphen or not: "thirty-eighth", "thirtyeighth") and
    multiplicatives ("twice", "tripled"). The quantity grammar reads such words only where they
    state an amount; this is the backstop that finds a figure in words where it did not."""
    for match in _NUMBER_WORD_ANYWHERE.finditer(text):
        word = fold_case(match.group())
        if word in _BACKSTOP_MULTIPLES:
            yield match.start(), float(_BACKSTOP_MULTIPLES[word])
            continue
        value = words_to_number(word)
        yield match.start(), value if value is not None else ordinal_word_value(word)


def race_time_seconds(match: re.Match) -> tuple[float, float]:
    """(seconds, step) of a :data:`RACE_TIME` match."""
    if match["m"] is not None:
        seconds = int(match["h"] or 0) * 3600 + int(match["m"]) * 60 + int(match["s"]) + \
            int(match["f"]) / 10 ** len(match["f"])
        return float(seconds), 10.0 ** -len(match["f"])
    if match["m3"] is not None:
        return float(int(match["m3"]) * 60 + int(match["s3"])), 1.0
    return float(int(match["h2"]) * 3600 + int(match["m2"]) * 60 + int(match["s2"])), 1.0


def unit_after(text: str, position: int) -> tuple[str, str | None, int] | None:
    """The English unit word or symbol at ``position`` (kind, unit, end), if any; the Korean
    grammar uses it too for Latin-script units (5 km)."""
    match = _ANY_UNIT_RE.match(text, position)
    if match is None:
        return None
    _, kind, unit = _UNIT_RE[int(match.lastgroup[1:])]
    return kind, unit, match.end()


def _context(text: str, start: int) -> tuple[bool, str | None]:
    before = text[max(0, start - 30):start]
    approx = bool(_APPROX_BEFORE.search(before))
    bound = None
    if _MIN_BEFORE.search(before):
        bound = "min"
    elif _MAX_BEFORE.search(before):
        bound = "max"
    return approx, bound


@lru_cache(maxsize=65536)
def _extract(text: str) -> tuple[Quantity, ...]:
    claimed = bytearray(len(text) + 1)
    found: list[Quantity] = []

    def free(start: int, end: int) -> bool:
        return 1 not in claimed[start:end]

    def add(quantity: Quantity) -> None:
        found.append(quantity)
        claimed[quantity.start:quantity.end] = b"\x01" * (quantity.end - quantity.start)

    words = frozenset(_LOWER_WORD.findall(text.lower()))
    digits = _ANY_DIGIT.search(text) is not None
    if "quarters" in words:
        _quarters_counted(text, add)
    for quantity in _special_forms(text, free, claimed, words, digits):
        add(quantity)
    if " in " in text or " out of " in text:
        for match in _ONE_IN_N.finditer(text):  # "one in five": a share, 20 percent
            if free(*match.span()):
                a, b = (float(w) if w.isdigit() else words_to_number(w) for w in (match["a"], match["b"]))
                if a and b and a < b:
                    add(Quantity(round(100 * a / b, 1), "percent", match.span(), match.group(), unit="%",
                                 step=1.0, strong=False))
    if digits and "20/" in text and _EYESIGHT.search(text):
        for match in _SNELLEN.finditer(text):  # 시력 0.8 "20/25 vision": the decimal acuity is 20 / 25
            if free(*match.span()) and int(match["d"]):
                add(Quantity(round(20 / int(match["d"]), 3), "number", match.span(), match.group(), step=0.1,
                             strong=False))
    if "50-50" in text or "fifty-fifty" in text.lower():
        for match in _EVEN_ODDS.finditer(text):  # "50-50" odds or split: one half, not two fifties
            if free(*match.span()):
                add(Quantity(0.5, "fraction", match.span(), match.group(), step=1e-3, strong=False))
    if digits:
        for match in _NINE_TO_FIVE.finditer(text):
            claimed[match.start():match.end()] = b"\x01" * (match.end() - match.start())
        for match in _HHMM.finditer(text):
            if free(*match.span()):
                hour, minute = int(match["h"] or match["hb"]), int(match["m"] or match["mb"])
                add(Quantity(TimeValue(hour, minute, True), "time", match.span(), match.group()))
    elif "nine" in words:
        for match in _NINE_TO_FIVE.finditer(text):
            claimed[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    if digits and "9/11" in text:
        for match in re.finditer(r"(?<![\d/])9/11(?![\d/])", text):
            add(Quantity(DateValue(month=9, day=11), "date", match.span(), match.group()))
    _dates(text, free, add, words, digits)
    if digits or words & {"noon", "midday", "midnight", "half"}:
        _times(text, free, add)
        if "," in text or " and " in text or " or " in text:
            _listed_hours(text, found, free, add)
    if digits:
        _temperature_bands(text, free, add)
        if "/" in text:
            for match in SLASH_FRACTION.finditer(text):  # "5/2", "−3/2": one fraction, not a five
                if free(*match.span()) and int(match["d"]):
                    add(Quantity(int(match["n"]) / int(match["d"]), "fraction", match.span(), match.group(),
                                 step=1e-3))
        _numbers(text, free, add)
    _word_forms(text, free, add, words)
    found.sort(key=lambda q: q.span)
    found = _dimensions(text, found) if " by " in text else found
    found = _days_of_one_month(text, found)
    if "pound" in text or "lb" in text:
        found = _pounds_of_weight(text, found)
    if "ldest" in text or "irstborn" in text or "irst-born" in text:
        found = _eldest_children(text, found)
    if "month" in text and "day of" in text:
        found = _day_of_the_month(text, found)
    if _RANK_VERB_WORDS & words:
        found = [_placed(text, q) for q in found]
    if "inus " in text or "-" in text or "−" in text:
        found = [_below_zero(text, q) for q in found]
    if "dan" in text:
        found = [_dan_rank(text, q) for q in found]
    return tuple(_mark_ranges(text, _join_durations(text, _join_feet_and_inches(text, _month_parts(text, found)))))


#: quarters of a year counted: "in eight quarters", "for three quarters in a row", "five straight
#: quarters" — a length of time (the Korean 8분기 만에, 3분기 연속), not the fraction three quarters
_QUARTERS_COUNTED = re.compile(
    r"(?P<pre>\b(?:in|for|over|after|past|last|next|first)\s+(?:the\s+)?)?\b(?P<n>\d{1,2}|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)(?P<row>\s+(?:consecutive|straight|successive|back-to-back))?\s+(?P<q>quarters)\b"
    r"(?!\s+of\b)(?P<after>\s+(?:in\s+a\s+row|running|straight))?", re.I)


def _quarters_counted(text: str, add) -> None:
    for match in _QUARTERS_COUNTED.finditer(text):
        if not (match["pre"] or match["row"] or match["after"]):
            continue  # "three quarters" alone is a fraction
        n = match["n"]
        value = float(n) if n.isdigit() else float(_ONES[fold_case(n)])
        add(Quantity(value, "duration", (match.start("n"), match.end("q")), text[match.start("n"):match.end("q")],
                     unit="quarter"))


#: verbs that put a competitor in a place: "finished third", "came in second", "placed fourth",
#: "ranked fifth", "slipped to sixth" — the ordinal is a rank (the Korean 3위)
_RANK_VERB_WORDS = frozenset("finish finished finishes finishing came come comes coming placed place places "
                             "ranked rank ranks ranking slipped slips climbed climbs rose fell dropped moved "
                             "ended ends".split())
_RANK_VERB_BEFORE = re.compile(r"\b(?:finish(?:ed|es|ing)?|c[oa]m(?:e|es|ing)(?:\s+in)?|plac(?:ed|es|e)|"
                               r"rank(?:ed|s|ing)?|(?:slipp(?:ed)?|slips?|climb(?:ed|s)?|rose|fell|dropped|moved)\s+to|"
                               r"end(?:ed|s)?\s+(?:up\s+)?in)\s+(?:(?:a\s+)?(?:joint|equal|tied|tie\s+for)\s+)?$", re.I)


def _placed(text: str, quantity: Quantity) -> Quantity:
    """An ordinal after a verb of placing ("finished third") is a competitor's rank."""
    if quantity.kind != "ordinal" or quantity.unit is not None \
            or not _RANK_VERB_BEFORE.search(text, max(0, quantity.start - 30), quantity.start):
        return quantity
    if quantity.value == 1 and re.search(r"\b(?:com(?:e|es|ing)|came)\s+$", text[max(0, quantity.start - 8):quantity.start], re.I):
        return quantity  # "safety comes first", "a new sentence came first": an order, not a place
    return replace(quantity, unit="rank", strong=True)


#: "minus" before a figure, itself after no figure (not "10 minus 3"): below zero
_MINUS_BEFORE = re.compile(r"\b[Mm]inus\s$|(?:^|(?<=[\s(]))[-−]$")
#: a dan rank after its number: "9-dan", "a 3 dan black belt"
_DAN_AFTER = re.compile(r"[- ]dan\b")


def _below_zero(text: str, quantity: Quantity) -> Quantity:
    """A bare figure after "minus" or a minus sign ("it'll feel like minus 12", "-10 at night", a
    temperature whose unit was said before) is below zero."""
    if quantity.kind != "number" or not isinstance(quantity.value, float) or quantity.value <= 0:
        return quantity
    minus = _MINUS_BEFORE.search(text, max(0, quantity.start - 6), quantity.start)
    if minus is None or re.search(r"[\d)]\s*$", text[:minus.start()]):
        return quantity
    if minus.group()[:1] in "-−" and (quantity.text[:1] in "-−" or text[quantity.end:quantity.end + 1] in "-–"):
        return quantity  # the sign already read, or "-5-3" is a span
    return replace(quantity, value=-quantity.value, span=(minus.start(), quantity.end),
                   text=text[minus.start():quantity.end])


def _dan_rank(text: str, quantity: Quantity) -> Quantity:
    """A number before "-dan" is a dan rank of baduk or a martial art (the Korean 9단, 초단)."""
    dan = _DAN_AFTER.match(text, quantity.end) if quantity.kind == "number" else None
    if dan is None:
        return quantity
    return replace(quantity, kind="ordinal", unit="dan", span=(quantity.start, dan.end()),
                   text=text[quantity.start:dan.end()])


def _eldest_children(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"our eldest daughter", "the firstborn son": the first of a family's children (the Korean 첫째)."""
    added = [Quantity(1.0, "ordinal", match.span(1), match.group(1), unit="sibling", strong=False)
             for match in _ELDEST.finditer(text)
             if not any(q.start < match.end(1) and match.start(1) < q.end for q in quantities)]
    return sorted(quantities + added, key=lambda q: q.span)


_ORDINAL_TOKEN = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")"
#: a date said by its ordinals, as lunar dates are: "the 13th day of the fourth lunar month"
_DAY_OF_MONTH = re.compile(rf"\b(?:the\s+)?(?P<d>{_ORDINAL_TOKEN})\s+day\s+of\s+the\s+(?P<m>{_ORDINAL_TOKEN})\s+"
                           r"(?:lunar\s+|solar\s+)?month\b", re.I)


def _ordinal_number(word: str) -> int | None:
    """"13th" → 13, "fourth" → 4."""
    digits = re.match(r"\d+", word)
    value = int(digits.group()) if digits else ordinal_word_value(word)
    return int(value) if value else None


def _day_of_the_month(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"the 13th day of the fourth lunar month" is month 4, day 13 (the ordinals it is made of go)."""
    result = list(quantities)
    for match in _DAY_OF_MONTH.finditer(text):
        day, month = _ordinal_number(match["d"]), _ordinal_number(match["m"])
        if not day or not month or day > 31 or month > 12:
            continue
        result = [q for q in result if q.end <= match.start() or q.start >= match.end()]
        result.append(Quantity(DateValue(month=month, day=day), "date", match.span(), match.group()))
    return sorted(result, key=lambda q: q.span)


#: the first of a family's children: "eldest daughter", "oldest son", "firstborn child"
_ELDEST = re.compile(r"\b(eldest|oldest|first-?born)\s+(?:son|daughter|child|brother|sister|grandson|granddaughter|kid|boy|girl)s?\b",
                     re.I)
#: "two pounds of pork", "3 lbs of flour": pounds of something are pounds of weight
_POUNDS_OF = re.compile(r"(?P<u>\s?(?:pounds?|lbs?))\s+of\s+(?!(?:the\s+|their\s+|his\s+|her\s+)?(?:sterling|money|cash|savings|"
                        r"funding|debt|credit|revenue|profit|investment)\b)[a-z]", re.I)


def _pounds_of_weight(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A number before "pounds of" + a noun is a weight ("two pounds of pork"), not sterling:
    a bare number followed by it, or an amount in pounds read with the word."""
    result = []
    for quantity in quantities:
        if isinstance(quantity.value, float) and (quantity.kind, quantity.unit) in (("number", None),
                                                                                   ("currency", "GBP")):
            word = re.search(r"(?:pounds?|lbs?)$", quantity.text, re.I) if quantity.unit == "GBP" else None
            # where "pounds of" starts: after the figure, or at the word the amount already holds
            pounds = _POUNDS_OF.match(text, quantity.start + word.start() - 1 if word else quantity.end)
            if pounds is not None:
                end = pounds.start() + len(pounds.group("u"))
                quantity = replace(quantity, kind="measure", unit="pound", span=(quantity.start, max(end, quantity.end)),
                                   text=text[quantity.start:max(end, quantity.end)])
        result.append(quantity)
    return result


#: between two days of one month: "16-19", "16 to 19", "14 and 15", "3, 4 and 5", "16 through 19"
_DAY_GAP = re.compile(r"\s?(?:-|–|—|to|through|thru|until|till|and|or|,|, and|, or)\s?")
_DAY_SPAN_WORD = re.compile(r"\s?(?:-|–|—|to|through|thru|until|till)\s?")
#: what a bare day may not be followed by: a unit, a counted noun or a clock time
_NOT_A_DAY_AFTER = re.compile(r"\s?(?:[%:.]\d|%|percent|per|[a-z]+s\b(?<!\bs)|a\.m\.|p\.m\.|am\b|pm\b|o'clock)", re.I)


def _days_of_one_month(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Days listed or spanned in one month are dates of it: "February 16 to 19", "October 14 and
    15", "March 3, 4 and 5" (the month said before the first day), "16-19 February" (after the
    last). A number is read as a day only right beside such a date, a whole number from 1 to 31
    later (or earlier) in the month, and not followed by a unit ("May 3 to 5 p.m.", "10 to 12 days")."""
    result = list(quantities)

    def bare_day(quantity: Quantity) -> bool:
        return (quantity.kind == "number" and isinstance(quantity.value, float) and quantity.value == int(quantity.value)
                and 1 <= quantity.value <= 31 and re.fullmatch(r"\d{1,2}", quantity.text) is not None
                and not _NOT_A_DAY_AFTER.match(text, quantity.end))

    def month_day(quantity: Quantity) -> bool:
        return (quantity.kind == "date" and isinstance(quantity.value, DateValue) and quantity.value.month is not None
                and quantity.value.day is not None)

    for index in range(1, len(result)):  # forwards: "February 16 to 19", "March 3, 4 and 5"
        first, day = result[index - 1], result[index]
        if month_day(first) and bare_day(day) and day.value > first.value.day \
                and _DAY_GAP.fullmatch(text[first.end:day.start]):
            spans = _DAY_SPAN_WORD.fullmatch(text[first.end:day.start]) is not None
            result[index] = Quantity(DateValue(month=first.value.month, day=int(day.value)), "date", day.span, day.text,
                                     range_part="high" if spans else None)
            if spans:
                result[index - 1] = replace(first, range_part="low")
    for index in range(len(result) - 2, -1, -1):  # backwards: "16-19 February", "14 and 15 October"
        day, last = result[index], result[index + 1]
        if month_day(last) and bare_day(day) and day.value < last.value.day \
                and _DAY_GAP.fullmatch(text[day.end:last.start]) and not re.match(r"\s?(?:the\s)?[A-Z]", text[day.end:last.start]):
            spans = _DAY_SPAN_WORD.fullmatch(text[day.end:last.start]) is not None
            result[index] = Quantity(DateValue(month=last.value.month, day=int(day.value)), "date", day.span, day.text,
                                     range_part="low" if spans else None)
            if spans:
                result[index + 1] = replace(last, range_part="high")
    return result


#: the part of a month before its name: "early March", "mid-March", "the end of March"
_MONTH_PART_BEFORE = re.compile(r"\b(?:(?P<early>early|the beginning of|the start of|the first half of)"
                                r"|(?P<mid>mid|the middle of)|(?P<late>late|the end of|the second half of))[-\s]$", re.I)


#: characters before a month name searched for its part ("the second half of ", 19, is the longest)
_MONTH_PART_REACH = 24


def _month_parts(text: str, quantities: list[Quantity]) -> list[Quantity]:
    result = []
    for quantity in quantities:
        if quantity.kind == "date" and isinstance(quantity.value, DateValue) and quantity.value.month \
                and quantity.value.day is None and quantity.value.part is None:
            match = _MONTH_PART_BEFORE.search(text, max(0, quantity.start - _MONTH_PART_REACH), quantity.start)
            if match:
                part = 1 if match["early"] else 2 if match["mid"] else 3
                quantity = replace(quantity, value=replace(quantity.value, part=part),
                                   span=(match.start(), quantity.end), text=text[match.start():quantity.end])
        result.append(quantity)
    return result


_LOWER_WORD = re.compile(r"[a-z]+")
_NINE_TO_FIVE = re.compile(r"\b(?:9|nine)[- ]to[- ](?:5|five)\b", re.I)
#: "0715", "1215 GMT": 24-hour clock times written as four digits
_HHMM = re.compile(r"(?<![\d.,:$])(?P<h>0\d|1\d|2[0-3])(?P<m>[0-5]\d)(?=\s?(?:GMT|UTC|BST|KST|EST|EDT|ET\b|hours|hrs))"
                   r"|(?<=\bat )(?P<hb>0\d)(?P<mb>[0-5]\d)\b")
_ANY_DIGIT = re.compile(r"\d")
_MONTH_TRIGGERS = frozenset(MONTHS) | {"sept"}
_WEEKDAY_TRIGGERS = frozenset(WEEKDAYS) | {day + "s" for day in WEEKDAYS}


#: visual acuity in the US notation (20/25, 20/200), read where the text speaks of sight: the
#: decimal acuity Korean states (시력 0.8) is the fraction itself
_SNELLEN = re.compile(r"(?<![\d/.,])20/(?P<d>\d{2,3})(?![\d/])")
_EYESIGHT = re.compile(r"\b(?:eyes?|eyesight|vision|sight|acuity|visual)\b", re.I)
#: the months of a year counted from January: "the first ten months of the year" (1~10월)
_FIRST_MONTHS_RE = re.compile(r"\bthe\s+first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
                              r"months\s+of\s+(?:the\s+|this\s+|last\s+)?(?:year|\d{4})\b", re.I)


#: a weekday and the day of the month after it, the month unsaid ("Friday the 18th")
_WEEKDAY_AND_DAY = re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+the\s+"
                              r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b")


def _dates(text: str, free, add, words: frozenset = frozenset(), digits: bool = True) -> None:
    if "months" in words and "first" in words:
        for match in _FIRST_MONTHS_RE.finditer(text):
            word = match["n"]
            last = int(word) if word.isdigit() else _ONES.get(fold_case(word), 0)
            if 2 <= last <= 11 and free(*match.span("n")):
                add(Quantity(DateValue(month=1), "date", (match.start(), match.start("n")),
                             text[match.start():match.start("n")], range_part="low", strong=False))
                add(Quantity(DateValue(month=last), "date", match.span("n"), word, range_part="high", strong=False))
    months = bool(words & _MONTH_TRIGGERS)
    patterns = (_DATE_PATTERNS if months else []) + ([_DATE_PATTERNS[3]] if digits and not months else [])
    for pattern in patterns:
        for match in pattern.finditer(text):
            if not free(*match.span()):
                continue
            groups = match.groupdict()
            if groups.get("m"):
                month = int(groups["m"])
            else:
                month = MONTHS[fold_case(groups["month"].rstrip("."))]
                if groups["month"] == "May" and not groups.get("day") and not groups.get("year"):
                    continue
            day = int(groups["day"]) if groups.get("day") else None
            year = int(groups["year"]) if groups.get("year") else None
            weekday = WEEKDAYS[fold_case(groups["weekday"])] if groups.get("weekday") else None
            value = DateValue(year=year, month=month, day=day, weekday=weekday)
            add(Quantity(value, "date", match.span(), match.group(), in_parens=in_parentheses(text, match.start())))
    for match in (_MONTH_ALONE.finditer(text) if months else ()):
        if not free(*match.span()):
            continue
        name = match["month"]
        if name in ("May", "March") or name.endswith(".") or len(name) <= 3 and name not in ("Jan", "Feb", "Apr", "Aug", "Oct", "Nov", "Dec", "Sep"):
            # "May" and "March" are also verbs: accept them only after a date preposition
            if not re.search(r"\b(?:in|since|until|till|by|of|early|late|mid|last|next|this|from|through|throughout|on|"
                             r"during|before|after|to|and|or|between|each|every)[- ]$",
                             text[max(0, match.start() - 12):match.start()], re.I) \
                    and not _capitalised_mid_sentence(text, match.start()):
                continue
        if len(name) <= 4 and not name.endswith(".") and name not in ("May", "June", "July"):
            continue
        value = DateValue(month=MONTHS[name.rstrip(".").lower()])
        add(Quantity(value, "date", match.span(), match.group(), in_parens=in_parentheses(text, match.start())))
    for match in (_MONTH_LOWER.finditer(text) if months else ()):
        if free(*match.span()):  # chat style: "it's january", "in december"
            add(Quantity(DateValue(month=MONTHS[match.group()]), "date", match.span(), match.group(), strong=False))
    for match in (_MONTH_SPAN_RE.finditer(text) if months else ()):
        for group in ("a", "b"):
            span = match.span(group)
            if free(*span):
                value = DateValue(month=MONTHS[fold_case(match[group].rstrip("."))])
                add(Quantity(value, "date", span, match[group], in_parens=in_parentheses(text, span[0])))
    for match in (_WEEKDAY_AND_DAY.finditer(text) if words & _WEEKDAY_TRIGGERS else ()):
        if free(*match.span()):  # "Friday the 18th", "on Thursday, the 11th": one date of a day and weekday
            add(Quantity(DateValue(day=int(match["day"]), weekday=WEEKDAYS[fold_case(match["weekday"])]), "date",
                         match.span(), match.group()))
    for match in (_WEEKDAY_ALONE.finditer(text) if words & _WEEKDAY_TRIGGERS else ()):
        if free(*match.span()):
            add(Quantity(DateValue(weekday=WEEKDAYS[fold_case(match["weekday"])]), "date", match.span(), match.group()))
    for match in (_DECADE_RE.finditer(text) if digits and _decade_letters(text) else ()):
        if free(*match.span()):
            if match["s3"]:
                if _TEMPERATURE_CONTEXT.search(text) or re.match(r"\s+(?:years?|people|percent|%|degrees)", text[match.end():]):
                    continue  # "in the 90s" of a temperature or an age band is no decade
                decade = 1900 + int(match["s3"])  # "the 60s": the sixties
            else:
                decade = int(match["y"]) if match["y"] else (1900 + int(match["s"]) if int(match["s"]) > 20 else 2000 + int(match["s"]))
            add(Quantity(DateValue(decade=decade), "date", match.span(), match.group()))
    for match in (_CENTURY_RE.finditer(text) if "century" in words else ()):
        if free(*match.span()):
            number = int(match["n"]) if match["n"] else _ORDINAL_WORDS[fold_case(match["w"])] + (20 if match["tens"] else 0)
            add(Quantity(DateValue(century=number), "date", match.span(), match.group(), strong=bool(match["n"])))
    for match in (_YEAR_RANGE.finditer(text) if digits else ()):
        if free(*match.span()):
            first = int(match["a"])
            second = first // 100 * 100 + int(match["b"])
            if second <= first:
                continue
            add(Quantity(DateValue(year=first), "date", (match.start("a"), match.end("a")), match["a"], range_part="low"))
            add(Quantity(DateValue(year=second), "date", (match.start("b"), match.end("b")), match["b"], range_part="high"))


#: British "half seven" (7:30): half past the hour named, the hour a number word
_HALF_HOUR_BRITISH = re.compile(r"\bhalf\s+(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
                                r"(?!\s*(?:of|a|an|the|hours?|minutes?|days?|weeks?|months?|years?|times?|dozen|million|"
                                r"billion|thousand|hundred|percent|per)\b)", re.I)


def _times(text: str, free, add) -> None:
    if "alf " in text:
        for match in _HALF_HOUR_BRITISH.finditer(text):
            if free(*match.span()):
                add(Quantity(TimeValue(_ONES[fold_case(match["h"])], 30, False), "time", match.span(), match.group(),
                             unit="hour"))
    for match in _TIME_RE.finditer(text):
        if not free(*match.span()):
            continue
        strong = True
        if match["noon"]:
            hour, minute, known = (0 if fold_case(match["noon"]) == "midnight" else 12), 0, True
            strong = False  # "a midday news conference"
        elif match["h3"]:
            word = fold_case(match["h3"])
            hour, minute, known = (int(word) if word.isdigit() else _ONES.get(word, 12 if word == "twelve" else 0)), 0, False
        elif match["h"] is not None:
            hour, minute = int(match["h"]), int(match["m"] or 0)
            if hour > 12:
                continue
            pm = fold_case(match["ap"]).startswith("p")
            hour = (hour % 12) + (12 if pm else 0)
            known = True
        else:
            hour, minute = int(match["h2"]), int(match["m2"])
            known = hour > 12 or hour == 0
            after = text[match.end():match.end() + 12]
            if re.match(r"\s?(?:GMT|UTC|local)", after) is None and re.search(r"\b(?:won(?!['’]t)|lost|beat|score|draw|victory|defeat)\b", text[max(0, match.start() - 30):match.start()], re.I):
                continue  # a score, not a time (but "won't be home till 11:30" is a time)
        approx, bound = _context(text, match.start())
        add(Quantity(TimeValue(hour, minute, known), "time", match.span(), match.group(), approx=approx, bound=bound,
                     strong=strong))


#: hours listed before the one that carries a.m./p.m.: "at 1, 3 and 5 p.m.", "2 or 4 p.m."
_HOURS_LISTED_BEFORE = re.compile(r"(?:(?<![\d:.,$])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*,\s*)*"
                                  r"(?<![\d:.,$])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*,?\s+(?:and|or|&)\s+$", re.I)
_LISTED_HOUR = re.compile(r"(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?")
_MERIDIEM_END = re.compile(r"(?P<ap>[ap])\.?\s?m\b\.?$", re.I)


def _listed_hours(text: str, found: list[Quantity], free, add) -> None:
    """Each hour of a list that ends in a time with a.m./p.m. shares its half of the day."""
    for time in [q for q in found if q.kind == "time" and isinstance(q.value, TimeValue) and q.value.meridiem_known]:
        marker = _MERIDIEM_END.search(time.text)
        before = _HOURS_LISTED_BEFORE.search(text, max(0, time.start - 40), time.start) if marker else None
        if before is None:
            continue
        pm = fold_case(marker["ap"]) == "p"
        for hour_match in _LISTED_HOUR.finditer(text, before.start(), before.end()):
            if free(*hour_match.span()):
                hour = int(hour_match["h"]) % 12 + (12 if pm else 0)
                add(Quantity(TimeValue(hour, int(hour_match["m"] or 0), True), "time", hour_match.span(),
                             hour_match.group()))


_BELOW_ZERO_BEFORE = re.compile(r"(?:\b(?:minus|negative)\s|(?:^|(?<=[\s(,]))[-−])$", re.I)
_BELOW_ZERO_AFTER = re.compile(r"\s(?:below|under) zero\b", re.I)
#: "temperatures in the 90s", "highs in the mid-30s Celsius": a band of ten degrees (or part of one)
_TEMPERATURE_BAND = re.compile(r"\b(?P<pre>in|into|to|reach(?:ed|es|ing)?|hit(?:s|ting)?|from)\s+the\s+"
                               r"(?:(?P<part>low|lower|mid|middle|high|upper)[- ])?(?P<d>[1-9]0)s\b"
                               r"(?P<scale>\s(?:°\s?[CF]\b|degrees? (?:Celsius|Fahrenheit)|Celsius\b|Fahrenheit\b))?")
#: words that make "30C" / "86F" temperatures rather than labels, and "the 90s" a band of degrees
_TEMPERATURE_CONTEXT = re.compile(r"temperat|degree|°|\b(?:hot|heat|heatwave|warm|cold|cool|chill|freez|frost|"
                                  r"weather|forecast|climate|thermometer|fever|high of|low of|highs?|lows?|mercury|"
                                  r"Fahrenheit|Celsius|sub-zero|below zero)", re.I)
#: which part of a ten-degree band "low / mid / high 90s" covers
_BAND_PARTS = {None: (0, 10), "low": (0, 4), "lower": (0, 4), "mid": (3, 7), "middle": (3, 7),
               "high": (6, 10), "upper": (6, 10)}


def _temperature_sign(text: str, start: int, end: int, value: float) -> tuple[int, int, float]:
    """"minus 5 degrees", "-5°C", "5 degrees below zero" are below zero; the span takes the sign."""
    sign = _BELOW_ZERO_BEFORE.search(text[max(0, start - 9):start])
    if sign and value > 0:
        return start - len(sign.group()), end, -value
    after = _BELOW_ZERO_AFTER.match(text, end)
    if after and value > 0:
        return start, after.end(), -value
    return start, end, value


def _temperature_bands(text: str, free, add) -> None:
    """Decade-style temperatures: "in the 90s" is 90–100 degrees, "the low 30s" 30–34.
    Read only when the sentence speaks of temperature ("the 90s" alone is a decade)."""
    if "0s" not in text or not _TEMPERATURE_CONTEXT.search(text):
        return  # a band is "[1-9]0s" (the pattern is case-sensitive)
    for match in _TEMPERATURE_BAND.finditer(text):
        start = match.start("d") if not match["part"] else match.start("part")
        if not free(start, match.end()):
            continue
        low, high = _BAND_PARTS[match["part"] and fold_case(match["part"])]
        tens = int(match["d"])
        scale = (match["scale"] or "").strip()
        unit = "degC" if "C" in scale else "degF" if "F" in scale else "degree"
        add(Quantity(tens + (low + high) / 2, "measure", (start, match.end()), text[start:match.end()],
                     unit=unit, step=float(high - low), approx=True))


_FEET_INCHES_GAP = re.compile(r"\s?(?:,|and)?\s?|-")


_INCH_ABBREVIATION = re.compile(r"\s?(?:in\b\.?|\"|″)")


def _join_feet_and_inches(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"5 feet 11 inches" is one height, 71 inches (a metric source states it as one figure)."""
    joined: list[Quantity] = []
    for quantity in quantities:
        previous = joined[-1] if joined else None
        inches = quantity.unit == "inch" or (quantity.kind == "number" and quantity.unit is None
                                             and _INCH_ABBREVIATION.match(text, quantity.end) is not None)
        if previous is not None and previous.unit == "foot" and inches \
                and isinstance(previous.value, float) and isinstance(quantity.value, float) \
                and 0 <= quantity.value < 12 and _FEET_INCHES_GAP.fullmatch(text[previous.end:quantity.start]):
            end = quantity.end if quantity.unit == "inch" else _INCH_ABBREVIATION.match(text, quantity.end).end()
            joined[-1] = Quantity(previous.value * 12 + quantity.value, "measure", (previous.start, end),
                                  text[previous.start:end], unit="inch", approx=previous.approx,
                                  bound=previous.bound, step=quantity.step, in_parens=previous.in_parens)
            continue
        joined.append(quantity)
    return joined


#: after "10k": a race or a run, so kilometres, not thousand
_K_RACE = re.compile(r"\s?(?:-\s?)?(?:run|race|runs|races|marathon|walk|fun run|course|route)\b", re.I)


def _numbers(text: str, free, add) -> None:
    for match in _DIGIT_NUMBER.finditer(text):
        start, end = match.span()
        if not free(start, end):
            continue
        number = match["num"]
        clean = number.replace(",", "")
        if "," in number and "." not in number and re.match(r",\d", text[end:end + 2]):
            continue
        value = float(clean)
        decimals = len(clean.split(".")[1]) if "." in clean else 0
        step = 10.0 ** -decimals
        scale_word = match["scale"] or match["short"]
        if match["short"]:
            short = fold_case(match["short"])
            if short == "k" and not match["sign"] and not _K_RACE.match(text, end):
                value *= 1000  # "150k won", "50k each": thousand (a "10k run" is ten kilometres)
                step *= 1000
            elif short in ("m", "b", "k") and not match["sign"]:
                scale_word = None  # "5m" without a currency sign is five metres
                end = match.end("num")
            else:
                scale = _SHORT_SCALES[short]
                value *= scale
                step *= scale
        elif match["scale"]:
            scale = _SCALES[fold_case(match["scale"])]
            value *= scale
            step *= scale
        kind, unit = "number", None
        if not match["sign"] and re.match(r"\s?(?:pounds?|lbs?)\b", text[end:end + 7]) and \
                _WEIGHT_CONTEXT.search(text[max(0, start - 40):end + 20]):
            pound = re.compile(r"\s?(?:pounds?|lbs?)\b").match(text, end)
            add(Quantity(value, "measure", (start, pound.end()), text[start:pound.end()], unit="pound",
                         step=step, in_parens=in_parentheses(text, start)))
            continue
        if match["sign"]:
            sign = match["sign"].strip()
            unit = dict(_CURRENCY_SIGNS).get(sign, "USD")
            kind = "currency"
        # "2.36 billion won", "15 percent", "3 km"
        unit_match = unit_after(text, end)
        if unit_match:
            unit_kind, unit_name, unit_end = unit_match
            if kind == "currency" and unit_kind != "currency":
                unit_match = None
            else:
                kind, unit, end = unit_kind, unit_name, unit_end
                if kind == "basis_points":
                    kind, value, step = "percentage_point", value / 100, step / 100
                if unit in YEARS_IN:
                    kind, unit, value, step = "duration", "year", value * YEARS_IN[unit], step * YEARS_IN[unit]
        if kind == "measure" and unit in TEMPERATURE_UNITS:
            start, end, value = _temperature_sign(text, start, end, value)
        # a hyphenated word after the number is an adjective: "a 19-month high"
        if kind == "number" and not scale_word and not match["sign"]:
            if value == int(value) and 1000 <= value <= 2199 and "," not in number and decimals == 0:
                # a year (or a bare four-digit number); years match numerically too
                before_word = text[max(0, start - 12):start]
                plural_after = re.match(r"\s[a-z]+s\b", text[end:end + 20])
                date_like = re.search(r"\b(?:in|since|by|of|until|from|to|before|after|during|early|late|mid|"
                                      r"the|and|or|spring|summer|autumn|fall|winter)[\s-]$", before_word, re.I)
                if date_like or not plural_after:
                    approx, bound = _context(text, start)
                    add(Quantity(DateValue(year=int(value)), "date", (start, end), text[start:end],
                                 approx=approx, bound=bound, in_parens=in_parentheses(text, start)))
                    continue
        if kind == "number" and re.match(r"(?:st|nd|rd|th)\b", text[end:end + 3]):
            continue  # ordinal digits are read below
        approx, bound = _context(text, start)
        after = _APPROX_AFTER.match(text, end)
        if after:
            word = after.group().strip().lower()
            if word in ("or more", "-plus", "+", "plus"):
                bound = "min"
            elif word == "or less":
                bound = "max"
            else:
                approx = True
        add(Quantity(value, kind, (start, end), text[start:end], unit=unit, approx=approx, bound=bound,
                     step=step, in_parens=in_parentheses(text, start)))
    for match in _ORDINAL_DIGITS.finditer(text):
        if free(*match.span()):
            add(Quantity(float(match["n"]), "ordinal", match.span(), match.group(),
                         in_parens=in_parentheses(text, match.start())))


_FRACTION_TRIGGERS = frozenset(_FRACTION_WORDS) | {"halfway"}
_NUMBER_TRIGGERS = frozenset(_ONES) | frozenset(_TENS) | frozenset(_SCALES) | {"dozen"}
_ANY_ROMAN = re.compile(r"\b[IVX]+\b")
_ROMAN_TRIGGERS = frozenset(numeral.lower() for numeral in _ROMAN)


def _word_forms(text: str, free, add, words: frozenset) -> None:
    """Fractions, multiples, number words and ordinal words."""
    def scan(pattern, triggers):
        return pattern.finditer(text) if words & triggers else ()

    for match in scan(_FROM_BOTTOM_RE, {"bottom", "last", "end", "penultimate"}):
        if free(*match.span()):
            word = match["w"]
            value = 2 if match["two"] else (int(word[0]) if word[0].isdigit() else _ORDINAL_WORDS[fold_case(word)])
            add(Quantity(float(value), "ordinal", match.span(), match.group(), unit="from_bottom", strong=False))
    for match in scan(_STAGE_RE, _STAGE_TRIGGERS):
        if free(*match.span()):
            value = 4 if match["semi"] else 8 if match["quarter"] else _ONES.get(fold_case(match["n"] or ""), 16)
            add(Quantity(float(value), "ordinal", match.span(), match.group(), unit="round", strong=False))
    for match in scan(_FULL_SIZE_RE, {"full", "life"}):
        if free(*match.span()):
            add(Quantity(100.0, "percent", match.span(), match.group(), unit="%", strong=False))
    for match in scan(_BOTH_RE, {"both", "pair", "couple", "twin"}):
        if free(*match.span()):
            add(Quantity(2.0, "number", match.span(), match.group(), strong=False))
    for match in scan(_HOUR_PARTS_RE, {"hour"}):
        if free(*match.span()):
            minutes = 15.0 if fold_case(match["w"]) == "quarter" else 30.0
            add(Quantity(minutes, "duration", match.span(), match.group(), unit="minute", strong=False))
    for match in scan(_HALF_A_RE, {"half"}):
        found = unit_after(text, match.end())  # "half a litre", "half a kilo": 0.5 of the unit
        if found is not None and found[0] in ("measure", "duration") and free(match.start(), found[2]):
            # (and of a period: "half a century" is 50 years, "half a day", "half a year")
            value, unit, step = 0.5, found[1], 1.0
            if unit in YEARS_IN:  # half a century: 50 years, to the nearest half-unit's tenth
                value, unit, step = 0.5 * YEARS_IN[unit], "year", YEARS_IN[unit] / 10
            add(Quantity(value, found[0], (match.start(), found[2]), text[match.start():found[2]], unit=unit,
                         approx=_context(text, match.start())[0], step=step, strong=found[0] == "measure"))
    for match in scan(_FRACTION_OF_A_RE, {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}):
        found = unit_after(text, match.end())  # "a quarter of an acre": 0.25 of the unit
        if found is not None and found[0] == "measure" and free(match.start(), found[2]):
            numerator = fold_case(match["num"])
            value = (1 if numerator in ("a", "an") else _ONES[numerator]) / _FRACTION_WORDS[fold_case(match["den"])]
            add(Quantity(value, "measure", (match.start(), found[2]), text[match.start():found[2]], unit=found[1],
                         approx=_context(text, match.start())[0], step=1e-3, strong=False))
    for match in scan(_A_MEASURE_RE, {"a", "an", "one"}):
        found = unit_after(text, match.end())  # "about a centimetre": one of the unit
        start = match.start("a")
        weight = _A_POUND_OF.match(text, match.end())
        if found is None and weight and free(start, weight.end("u")):  # "more than a pound of rice": weight
            add(Quantity(1.0, "measure", (start, weight.end("u")), text[start:weight.end("u")], unit="pound",
                         approx=_context(text, start)[0], strong=False))
            continue
        if found is not None and found[0] == "measure" and not re.match(r"-", text[found[2]:found[2] + 1]) \
                and free(start, found[2]):
            add(Quantity(1.0, "measure", (start, found[2]), text[start:found[2]], unit=found[1],
                         approx=_context(text, start)[0], strong=False))
    for match in scan(_AND_A_HALF_RE, {"half"}):
        if free(*match.span()):  # "a four-and-a-half-day week", "six and a half": N.5
            value = _ONES[fold_case(match["n"])] + 0.5
            found = unit_after(text, match.end())
            if found is not None and found[0] == "measure" and free(match.start(), found[2]):
                add(Quantity(value, "measure", (match.start(), found[2]), text[match.start():found[2]], unit=found[1],
                             step=0.5, strong=False))
            else:
                add(Quantity(value, "number", match.span(), match.group(), step=0.5, strong=False))
    for match in scan(_BARE_SCALE_RE, {"hundred", "thousand"}):
        if free(*match.span("s")):
            _add_word_number(text, match.start("s"), match.end("s"), add)
    for match in scan(_UP_BY_HALF_RE, {"half"}):
        if free(*match.span("h")):
            add(Quantity(1.5, "multiple", match.span("h"), match["h"], strong=False))
    for match in scan(_HALF_AGAIN_RE, {"half"}):
        if free(*match.span()):  # "half as big again", "half again as much": one and a half times
            add(Quantity(1.5, "multiple", match.span(), match.group(), strong=False))
    for match in (_FRACTION_RE.finditer(text) if words & _FRACTION_TRIGGERS or "/" in text else ()):
        if not free(*match.span()):
            continue
        if match["half"]:
            value = 0.5
            scaled = re.compile(r"\s(?:a|of a)\s(million|billion|trillion|dozen)\b", re.I).match(text, match.end())
            if scaled:
                word = fold_case(scaled.group(1))
                value = 0.5 * (12 if word == "dozen" else _SCALES[word])
                add(Quantity(value, "number", (match.start(), scaled.end()), text[match.start():scaled.end()],
                             step=value, strong=word != "dozen"))
                continue
            if re.match(r"\s(?:a|of a)\s(?:percent|per cent|percentage point)", text[match.end():match.end() + 25]):
                unit_match = re.compile(r"\s(?:a|of a)\s(percentage points?|percent|per cent)").match(text, match.end())
                kind = "percentage_point" if unit_match.group(1).startswith("percentage") else "percent"
                add(Quantity(0.5, kind, (match.start(), unit_match.end()), text[match.start():unit_match.end()],
                             unit="pp" if kind == "percentage_point" else "%", step=0.1))
                continue
        elif match["n"]:
            if int(match["d"]) == 0:
                continue
            value = int(match["n"]) / int(match["d"])
        else:
            numerator_word = fold_case(match["num"])
            numerator = 1 if numerator_word in ("a", "an") else _ONES[numerator_word]
            if fold_case(match["den"]).startswith(("fourth", "fifth", "tenth", "third")) and numerator_word in ("a", "an", "one") \
                    and not re.match(r"\s(?:of|-)", text[match.end():match.end() + 4]) and match.group()[len(numerator_word)] == " " \
                    and not re.search(r"\b(?:about|roughly|nearly|almost|just|only|some|than|over|under)\s$",
                                      text[max(0, match.start() - 10):match.start()], re.I) \
                    and not (re.search(r"\b(?:by|to)\s$", text[max(0, match.start() - 4):match.start()], re.I)
                             and re.match(r"\s*(?:[.,;:!?)]|and\b|or\b|$)", text[match.end():], re.I)):
                continue  # "a third round", "one fifth place" are ordinals; keep "a third of", "by a fifth"
            value = numerator / _FRACTION_WORDS[fold_case(match["den"])]
        add(Quantity(value, "fraction", match.span(), match.group(), step=1e-3, strong=False))
    if any(word.endswith("fold") for word in words):
        for match in _FOLD_WORD_RE.finditer(text):
            value = words_to_number(match["n"])
            if value and value > 1 and free(*match.span()):  # fourteenfold, twenty-fivefold, hundredfold
                add(Quantity(value, "multiple", match.span(), match.group(), strong=False))
    if words & _GROUP_PLURALS.keys():
        for match in _GROUPS_OF_RE.finditer(text):  # "share rooms in fours": groups of four
            if free(*match.span("w")):
                add(Quantity(float(_GROUP_PLURALS[fold_case(match["w"])]), "count", match.span("w"), match["w"],
                             strong=False))
    for match in scan(_MULTIPLE_RE, _MULTIPLE_WORDS.keys()):
        if free(*match.span()):
            add(Quantity(float(_MULTIPLE_WORDS[fold_case(match["w"])]), "multiple", match.span(), match.group(), strong=False))
    for match in scan(_ORDINAL_WORD_RE, _ORDINAL_TRIGGERS):
        if match["tens"] and free(*match.span()):  # "thirty-first": one ordinal, not thirty and first
            value = _ORDINAL_WORDS[fold_case(match["w"])] + _TENS[fold_case(match["tens"])]
            add(Quantity(float(value), "ordinal", match.span(), match.group(), strong=False))
    for match in scan(_WORDS_RE, _NUMBER_TRIGGERS):
        for start, end in _valid_word_numbers(text, match.start(), match.end(), free):
            _add_word_number(text, start, end, add)
    for match in scan(_A_PERIOD_RE, {"day", "week", "fortnight", "month", "year"}):
        if free(match.start("u"), match.end("u")):
            unit = fold_case(match["u"])
            value, unit = (2.0, "week") if unit == "fortnight" else (1.0, unit)
            add(Quantity(value, "duration", (match.start("u"), match.end("u")), match["u"], unit=unit, strong=False))
    for match in scan(_AN_HOUR_RE, {"hour", "minute"}):
        group = "u" if match["u"] else "u2"
        if free(match.start(group), match.end(group)) and not _RATE_BEFORE.search(text[:match.start()]):
            add(Quantity(1.0, "duration", match.span(group), match[group], unit=fold_case(match[group]),
                         strong=False))
    for match in scan(_A_UNIT_RE, {"decade", "century"}):
        if free(match.start("u"), match.end("u")):
            years = 10.0 if fold_case(match["u"]) == "decade" else 100.0
            add(Quantity(years, "duration", (match.start("u"), match.end("u")), match["u"], unit="year",
                         step=years, strong=False))
    for match in scan(_DECADE_WORD_RE, _DECADE_WORDS.keys()):
        if free(*match.span()):
            word = fold_case(match["w"])
            before = text[max(0, match.start() - 12):match.start()].lower()
            if word not in ("teens", "teenage", "teenager", "teenagers") and re.search(r"\bthe\s+(?:early\s+|late\s+|mid-?\s*)?$", before) \
                    and not re.search(r"\b(?:his|her|their|my|your|our|its)\s+(?:early\s+|late\s+|mid-?\s*)?$", before):
                # "the nineties" is a decade of the calendar, "in his nineties" an age
                add(Quantity(DateValue(decade=1900 + _DECADE_WORDS[word]), "date", match.span(), match.group(),
                             strong=False))
                continue
            add(Quantity(float(_DECADE_WORDS[word]), "age", match.span(), match.group(),
                         unit="decade", strong=False))
    for match in (_ROMAN_RE.finditer(text) if ("I" in text or "V" in text or "X" in text) and _ANY_ROMAN.search(text)
                  else ()):
        numeral = match["a"] or match["b"]
        span = match.span("a") if match["a"] else match.span("b")
        if free(*span):
            add(Quantity(float(_roman_value(numeral)), "ordinal", span, numeral, strong=False))
    for match in scan(_ORDINAL_WORD_RE, _ORDINAL_TRIGGERS):
        if not free(*match.span()):
            continue
        value = _ORDINAL_WORDS[fold_case(match["w"])] + (_TENS[fold_case(match["tens"])] if match["tens"] else 0)
        add(Quantity(float(value), "ordinal", match.span(), match.group(), strong=False))


_WORD_TOKEN = re.compile(r"[A-Za-z]+")


def _word_type(word: str) -> str | None:
    word = word.lower()
    if word in ("a", "an"):
        return "a"
    if word == "and":
        return "and"
    if word in _ONES:
        return "ones" if _ONES[word] < 10 else "teen"
    if word in _TENS:
        return "tens"
    if word == "hundred":
        return "hundred"
    if word == "dozen":
        return "dozen"
    if word in _SCALES:
        return "scale"
    return None


_ALLOWED_AFTER = {
    "ones": {None, "a", "tens", "hundred", "scale", "and"},
    "teen": {None, "hundred", "scale", "and"},
    "tens": {None, "hundred", "scale", "and"},
    "hundred": {"a", "ones", "teen", "tens"},
    "scale": {"a", "ones", "teen", "tens", "hundred"},
    "dozen": {"a", "ones", "teen"},
    "and": {"hundred", "scale"},
    "a": {None},
}


#: a number word that heads a hyphenated compound of a word that is no number: "two-litre", "three-day"
_COMPOUND_HEAD = re.compile(rf"-(?!{NUMBER_WORD}\b|(?:something|odd|plus|ish|fold|some)\b)[a-z]", re.I)


def _valid_word_numbers(text: str, start: int, end: int, free) -> list[tuple[int, int]]:
    """Split a run of number words into well-formed numbers: "one two" is two numbers, and
    so is "three million and five million"."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[str, int, int, float | None]] = []  # (kind, start, end, scale)

    def close(tokens) -> None:
        while tokens and tokens[-1][0] in ("a", "and"):
            tokens = tokens[:-1]
        if tokens:
            spans.append((tokens[0][1], tokens[-1][2]))

    def fits(tokens, kind, scale) -> bool:
        last = tokens[-1][0] if tokens else None
        scales = [t[3] for t in tokens if t[3]]
        return last in _ALLOWED_AFTER[kind] and not (scale and scales and scale >= scales[-1])

    for token in _WORD_TOKEN.finditer(text, start, end):
        kind = _word_type(token.group())
        if kind is None or not free(token.start(), token.end()):
            close(run)
            run = []
            continue
        scale = float(_SCALES[fold_case(token.group())]) if kind == "scale" else None
        entry = (kind, token.start(), token.end(), scale)
        if run and kind in ("ones", "teen", "tens") and text[token.start() - 1:token.start()].isspace() \
                and _COMPOUND_HEAD.match(text, token.end()):
            close(run)  # "three hundred | two-litre bottles": a figure that heads a hyphenated compound
            run = [entry]
            continue
        if fits(run, kind, scale):
            run.append(entry)
            continue
        ands = [i for i, t in enumerate(run) if t[0] == "and"]
        if ands and not any(t[3] for t in run[ands[-1] + 1:]) and fits(run[ands[-1] + 1:], kind, scale):
            close(run[:ands[-1]])  # "three million | and | five million"
            run = run[ands[-1] + 1:] + [entry]
            continue
        close(run)
        run = [] if kind == "and" or not fits([], kind, scale) else [entry]
    close(run)
    return spans


def _add_word_number(text: str, start: int, end: int, add) -> None:
    words = text[start:end]
    value = words_to_number(words)
    if value is None:
        return
    lowered = words.lower()
    if lowered in ("a", "an"):
        return
    if lowered == "one" and re.match(r"\s(?:of|another|day|another|who|that|which|thing)\b", text[end:end + 9]):
        return  # "one of the …", "one another"
    if re.match(r"s\b", text[end:end + 2]):
        return  # "hundreds", "millions": vague
    kind, unit, step = "number", None, max(1.0, _word_step(lowered, value))
    unit_match = unit_after(text, end)
    if unit_match:
        kind, unit, end = unit_match
        if kind == "basis_points":
            kind, value = "percentage_point", value / 100
        if unit in YEARS_IN:
            kind, unit, value, step = "duration", "year", value * YEARS_IN[unit], step * YEARS_IN[unit]
    approx, bound = _context(text, start)
    strong = value >= 10**6
    add(Quantity(value, kind, (start, end), text[start:end], unit=unit, approx=approx, bound=bound,
                 step=step, strong=strong, in_parens=in_parentheses(text, start)))


def _word_step(words: str, value: float) -> float:
    """"ten million" is exact to a million; "two hundred and fifty" to one."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3)):
        if words.endswith(word):
            return scale
    return 1.0


def _mark_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"10 to 20 people", "10-20%": the low end takes the high end's unit and scale."""
    result = list(quantities)
    for index in range(len(result) - 1):
        low, high = result[index], result[index + 1]
        gap = text[low.end:high.start]
        if not _NUMBER_RANGE.match(gap) or not isinstance(low.value, float) or not isinstance(high.value, float):
            continue
        if gap.strip() == "and" and not re.search(r"\bbetween\s+\S*\s*$", text[max(0, low.start - 12):low.start]):
            continue  # "three years and five months" is not a range
        if gap.strip() in ("-", "–", "—") and low.value > high.value and low.kind == high.kind == "number":
            continue  # a score such as 5-3
        if "number" not in (low.kind, high.kind) and low.kind != high.kind:
            continue  # "fell 3.4% to $53.4 billion": a change and the level it reached, not a range
        scale = _scale_in(high.text)
        if scale and not _scale_in(low.text) and low.value * scale <= high.value:
            low = replace(low, value=low.value * scale, step=low.step * scale)  # "$2 to 3 billion"
        if low.kind == "number" and high.kind != "number":
            low = replace(low, kind=high.kind, unit=high.unit)
        elif high.kind == "number" and low.kind == "currency":
            high = replace(high, kind=low.kind, unit=low.unit)
        result[index] = replace(low, range_part="low")
        result[index + 1] = replace(high, range_part="high")
    return result


def _scale_in(text: str) -> float | None:
    match = re.search(r"(thousand|million|billion|trillion)|\d(bn|mn|tn)\b", text, re.I)
    if not match:
        return None
    word = fold_case(match.group(1) or match.group(2))
    return float(_SCALES.get(word) or _SHORT_SCALES[word])


#: currency and degree signs of a Korean legacy encoding (EUC-KR / CP949) read as Latin-1, as
#: they survive in scraped news ("¢æ114" for €114): the two bytes of the sign show as two
#: Latin-1 characters. Each maps to a sign of the same length (padded with a space before it),
#: so the offsets of everything read stay those of the text.
MOJIBAKE_SIGNS = {"¢æ": " €", "¡Ì": " £", "¡Í": " ¥", "£Ü": " ₩", "¡É": "°C"}
_MOJIBAKE = re.compile("|".join(map(re.escape, MOJIBAKE_SIGNS)))


#: "-ish" glued to a figure or a number word ("7:30ish", "3ish", "fortyish"): about that much
_ISH = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|"
                  r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))(?P<ish>-?ish)\b", re.I)


def _approximately_ish(text: str) -> list[Quantity]:
    """Reads a text whose figures carry "-ish" as the same text without the suffix, the figures
    marked approximate ("I'll be there 7:30ish" is about 7:30)."""
    ends, plain = set(), list(text)
    for match in _ISH.finditer(text):
        ends.add(match.start("ish"))
        plain[match.start("ish"):match.end("ish")] = " " * len(match["ish"])
    read = _extract("".join(plain))
    return [replace(q, approx=True) if q.end in ends else q for q in read]


def extract_quantities(text: str) -> list[Quantity]:
    """Every numeric expression of an English text, in text order."""
    if "ish" in text and _ISH.search(text):
        return _approximately_ish(text)
    if not ("¢" in text or "¡" in text or "£Ü" in text) or not _MOJIBAKE.search(text):
        return list(_extract(text))
    starts = {match.start() for match in _MOJIBAKE.finditer(text)}
    read = _extract(_MOJIBAKE.sub(lambda m: MOJIBAKE_SIGNS[m.group()], text))
    # a figure read behind a repaired sign spans the whole garbled sign, as the text shows it
    spans = [(q.start - 1 if q.start - 1 in starts else q.start, q.end) for q in read]
    return [replace(q, span=span, text=text[span[0]:span[1]]) for q, span in zip(read, spans)]


#: a unit of time after "a"/"an" ("a year later", "an hour ago"): a duration of one that
#: :func:`extract_quantities` reads only after a word that makes it a length of time ("for a
#: year", "within a day": ``_A_PERIOD_RE``) — "once a year" and "$5 a day" are rates, and a lone
#: "a year" would face a Korean figure as a wrong value; :func:`duration_before` reads it here
_ARTICLE_DURATION = re.compile(r"\b(?:a|an)\s+(?P<u>year|month|week|fortnight|day|night|hour|minute|second)$", re.I)


def duration_before(text: str, position: int) -> Quantity | None:
    """The duration the English states just before ``position`` with only spaces between:
    "31 years" of "31 years ago", "two decades" (20 years) of "two decades later", "a year" (one
    year) of "a year later"; None when the words before it are no duration."""
    end = len(text[:position].rstrip())
    if end == position:
        return None  # a word straight before it, no duration ends there
    for quantity in extract_quantities(text):
        if quantity.kind == "duration" and quantity.end == end and isinstance(quantity.value, float):
            return quantity
    match = _ARTICLE_DURATION.search(text, max(0, end - 16), end)
    if match is None:
        return None
    return Quantity(1.0, "duration", match.span(), match.group(), unit=fold_case(match["u"]), strong=False,
                    in_parens=in_parentheses(text, match.start()))


# --- what only looks numeric, and phrases read whole -----------------------------------

_HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"
_HTML_ENTITY = re.compile(r"&#(?:\d+|[xX][0-9a-fA-F]+);")
#: a letter code with digits: G20, COVID-19, AK-47, F-35A, KF-21, A380, MH17
_CODE = re.compile(r"(?<![\w$€£¥₩])[A-Z][A-Za-z]*-?\d+(?:[A-Za-z]+\d*)?\b(?!['’]s?\b[^-])")
#: digits glued to letters that are no unit, ordinal suffix or scale: 5G, 4K, 3D, 5GHz
_GLUED = re.compile(r"(?<![\w.,$£€¥₩])(?P<d>\d+)(?P<l>[A-Za-z]+)\b")
_NOT_CODE_SUFFIX = {"st", "nd", "rd", "th", "s", "am", "pm", "a", "p", "k", "m", "mn", "bn", "b", "tn", "trn", "mln",
                    "x", "h", "min", "yo", "bps", "pp"}
#: 7-Eleven, 3-Series: digits hyphenated to a capitalised word that is no unit
_NUMBER_NAME = re.compile(r"(?<![\w.,])\d+-[A-Z][a-z]+\b")
#: Unit 3, Units 3 and 4, Reactor 4, Gate 12, Terminal 2, Line 9: labels, not amounts
_LABEL = re.compile(r"\b(?:Units?|Reactors?|Gates?|Terminals?|Lines?|Rooms?|Routes?|Platforms?|Flights?|Chapters?|"
                    r"Articles?|Blocks?|Buildings?|Exits?|Berths?|Piers?|Wards?|Districts?|Zones?|Lanes?|Channels?|"
                    r"Seeds?|Nos?\.|Numbers?)\s+(?P<list>\d+(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*[-–]\s*)\d+(?![:.]\d))*)\b")
_CLOCK_WORDS = re.compile(
    rf"\b(?P<q>half|(?:a\s+)?quarter|twenty-five|twenty|ten|five)\s+(?P<rel>past|after|(?<=quarter\s)to)\s+(?P<h>{_HOUR})\b"
    r"(?![.,]\d|\s?%|\s?percent)"  # "from the previous quarter to 5.3%" is no clock time
    rf"|\b(?P<h2>{_HOUR})[-\s](?P<m2>fifteen|thirty|forty-five)\b(?!-\w)(?=\s+(?:a\.?m|p\.?m|in\s+the|at\s+night|o'clock)|\b)"
    rf"|(?<![-−])\b(?P<h3>{_HOUR})(?::(?P<m3>[0-5]\d))?(?:\s+o'clock)?\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|a\.?m\b\.?|p\.?m\b\.?)"
    # "ten fifty-three p.m.", "two seventeen in the morning", "six oh five a.m.": minutes in words
    rf"|\b(?P<h4>{_HOUR})[-\s](?P<m4>(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|eleven|twelve|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|ten|oh[-\s](?:one|two|three|four|five|six|"
    r"seven|eight|nine))\s+(?P<part4>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|a\.?m\b\.?|p\.?m\b\.?)",
    re.I)
#: the minutes of a clock time said in words before "past" or "to" ("a quarter to four", "ten to eight")
_MINUTE_WORDS = {"half": 30, "quarter": 15, "a quarter": 15, "twenty-five": 25, "twenty": 20, "ten": 10, "five": 5}


def _past_or_to(hour: int, minutes: int, to: bool) -> TimeValue:
    """The time ``minutes`` past ``hour`` or (``to``) before it, on the 12-hour clock (half of the day unknown)."""
    return TimeValue((hour - 1) or 12, 60 - minutes, False) if to else TimeValue(hour, minutes, False)


#: minutes to the hour in words after a time preposition, ending the phrase: "at ten to eight",
#: "by twenty to six" ("ten to twelve people" is a range: a noun follows)
_MINUTES_TO_WORDS = re.compile(
    rf"\b(?:at|by|until|till|before|around|about)\s+(?P<t>(?P<q>twenty-five|twenty|ten|five)\s+to\s+(?P<h>{_HOUR}))\b"
    r"(?=\s*(?:$|[.,;:!?)—–]|today\b|tonight\b|this\b|tomorrow\b|in\s+the\b|on\b|a\.?m|p\.?m|o'clock|and\b|or\b))",
    re.I)
#: a clock time said as two number words after a time preposition: "at eight forty", "by
#: ten fifty-five", "until six oh five" (the minute words that are not a quarter or a half;
#: the preposition keeps "eight forty-seat buses" out)
_CLOCK_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "thirty-five": 35, "forty": 40,
                  "fifty": 50, "fifty-five": 55, **{f"oh {w}": n for w, n in (
                      ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
                      ("eight", 8), ("nine", 9))}}
_CLOCK_AFTER_PREPOSITION = re.compile(
    rf"\b(?:at|by|until|till|from|around|about|before|after)\s+(?P<h>(?:one|two|three|four|five|six|seven|eight|nine|"
    rf"ten|eleven|twelve))[-\s](?P<m>twenty-five|thirty-five|fifty-five|twenty|forty|fifty|ten|five|oh[-\s](?:one|two|"
    rf"three|four|five|six|seven|eight|nine))\b(?![-\w])", re.I)
_SHORT_YEAR = re.compile(r"(?<![\w'‘’])['‘’](?P<y>\d\d)(?![\w'’]|s\b)")
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])")
#: race and match clock times: 2:24.315, 1:02:33, and 28:14 (minutes that cannot be an hour)
RACE_TIME = re.compile(r"(?<![\d:.])(?:(?P<h>\d):)?(?P<m>[0-5]?\d):(?P<s>[0-5]\d)\.(?P<f>\d{1,3})(?![\d:])"
                        r"|(?<![\d:.])(?P<h2>\d{1,2}):(?P<m2>[0-5]\d):(?P<s2>[0-5]\d)(?![\d:])"
                        # "28:14": minutes and seconds when the minutes cannot be an hour of the clock
                        r"|(?<![\d:.])(?P<m3>2[4-9]|[3-5]\d):(?P<s3>[0-5]\d)(?![\d:]|\.\d)")
_SPORTS = re.compile(r"\b(?:beat|beats|beating|won(?!['’]t)|win|wins|winning|lost|lose|loses|losing|defeat(?:ed|s)?|"
                     r"victory|draw|drew|tied?|score[sd]?|sets?|match(?:es)?|game|final|semi-?final|led|lead|"
                     r"trail(?:ed|ing)?|goals?|innings|tennis|football|soccer|baseball|basketball|volleyball|"
                     r"rout(?:ed)?|thrash(?:ed)?|edged|scoreline)\b", re.I)
_SCORE = re.compile(r"(?<![\w.,/\-–$])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\w/\-–%]|[.,]\d)")
_AGE_PHRASE = re.compile(
    r"\b(?:at\s+the\s+age\s+of|aged|age)\s+(?P<n>\d{1,3}|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
    r"|\b(?P<n2>\d{1,3})\s+years\s+of\s+age\b", re.I)
#: "7 fours and 3 sixes": a count of scoring shots named by their value (cricket, darts)
_SCORE_NUMBER = (r"(?:\d{1,3}|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                 r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)")
#: "two goals to one", "3 to 1", "six games to four": a score in words
_SCORE_WORDS = re.compile(rf"\b(?P<a>{_SCORE_NUMBER})\s+(?:goals?|points?|runs?|sets?|games?|rounds?|frames?|legs?|bouts?|matches)\s+to\s+"
                          rf"(?P<b>{_SCORE_NUMBER})\b(?!\s*(?:%|percent|per\s?cent|[a-z]+s\b))", re.I)

#: a football-style score in words: "two-nil", "Two–nil", "nil-nil", "one-all" (1-1), "three–one"
#: with an en dash (a hyphen between two number words is too often a compound: "one-two punch")
_SCORE_NIL = re.compile(rf"\b(?:(?P<a>{_SCORE_NUMBER})[-–](?P<b>nil|all)|(?P<c>nil)[-–](?P<d>{_SCORE_NUMBER})"
                        rf"|(?P<e>{_SCORE_NUMBER})–(?P<f>{_SCORE_NUMBER}))\b(?![-–])", re.I)


_MOVED_BY = re.compile(r"\b(?:fell|fall|falls|falling|rose|rise|rises|rising|dropped|drops?|dipped|slipped|climbed|"
                       r"gained|gains?|jumped|jumps?|declined|declines?|increased|decreased|slid|slumped|surged|"
                       r"edged (?:up|down)|went (?:up|down)|is up|is down|was up|was down)\s+$", re.I)


def _score_number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in ("nil", "zero"):
        return 0
    return _ONES.get(word, 20 if word == "twenty" else None)


_PLURAL_NUMBER = re.compile(r"(?<=\d )(?P<w>ones|twos|threes|fours|fives|sixes|sevens|eights|nines|tens)\b", re.I)
_PLURAL_VALUES = {"ones": 1, "twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6, "sevens": 7, "eights": 8,
                  "nines": 9, "tens": 10}
#: hundreds, thousands, tens of thousands, dozens of: an order of magnitude
_MAGNITUDE = re.compile(r"\b(?:(?P<pre>tens|hundreds|dozens|scores)\s+of\s+)?(?P<w>hundreds|thousands|millions|billions|"
                        r"trillions)\b|\b(?P<w2>dozens|tens|scores)\s+(?=of\b)", re.I)
_MAGNITUDE_VALUES = {"tens": 10, "dozens": 10, "scores": 10, "hundreds": 100, "thousands": 1000, "millions": 1e6,
                     "billions": 1e9, "trillions": 1e12}
_PENCE_WORD = re.compile(r"\b(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)pence\b", re.I)
_AND_A_HALF = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+|-(?=and-))"
                         r"(?:(?P<u>hour|day|week|month|year|minute)s?\s+and\s+(?P<part>a\s+half|a\s+quarter|three\s+quarters)\b"
                         # "two and a half hours", "2 and a half years", "an hour and a quarter"
                         r"|and\s+(?P<part2>a\s+half|a\s+quarter|three\s+quarters)\s+(?P<u2>hour|day|week|month|year|minute|time)s?\b"
                         # hyphenated before a noun: "a one-and-a-half-hour trip"
                         r"|(?<=-)and-(?P<part3>a-half|a-quarter|three-quarters)-(?P<u3>hour|day|week|month|year|minute)\b)", re.I)
_PART_VALUES = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
_A_DURATION = re.compile(r"\b(?:a|an|one)\s+(?P<u>year|month|week|day|hour|minute)\s+(?=and\s+(?:\w+[\s-])?"
                         r"(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b)", re.I)
_FORTNIGHT = re.compile(r"\b(?:a|one|the|this|that|last|next|past|previous|following)\s+fortnight\b", re.I)
#: one counted thing and a half: "a game and a half" behind, "a lap and a half" (1.5 of the counter)
_ONE_AND_A_HALF = re.compile(r"\b(?:a|an|one)\s+(?:game|match|set|lap|length|round|inning|stroke|shot|point|goal|"
                             r"cup|glass|bottle|spoon|tablespoon|teaspoon|slice|page|floor|storey|story|step|block)"
                             r"\s+and\s+a\s+half\b", re.I)
#: "a single point", "a single vote": one, said with stress (never reported missing or added alone)
_A_SINGLE = re.compile(r"\b(?:a|one)\s+single(?=\s+[a-z])", re.I)
#: a whole period ("a full day", "an entire week"): a length of time, never a rate ("once a day")
_A_FULL_PERIOD = re.compile(r"\b(?:a|an|one)\s+(?:full|whole|entire)\s+(?P<u>day|week|month|year|hour|minute)\b(?!-)", re.I)
#: the children below an age: "under-fives", "the under-18s" (age N, the bound of 5세 미만)
_UNDER_AGE = re.compile(r"\bunder-(?:(?P<w>ones|twos|threes|fours|fives|sixes|sevens|eights|nines|tens|elevens|twelves)|"
                        r"(?P<n>\d{1,2})s)\b", re.I)
#: a clock time said in words joined by a hyphen, anywhere: "eleven-forty", "nine-twenty",
#: "seven-oh-five" (with a space or after no preposition a pair of number words is too often
#: something else: see _CLOCK_AFTER_PREPOSITION)
_CLOCK_HYPHENATED = re.compile(
    r"\b(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?P<m>(?:twenty|thirty|forty|fifty)-"
    r"(?:five)|fifteen|twenty|thirty|forty|fifty|ten|oh-(?:one|two|three|four|five|six|seven|eight|nine))\b(?![-\w])",
    re.I)


def _hour_value(word: str) -> int:
    return int(word) if word.isdigit() else _HOUR_WORDS[fold_case(word)]


#: every branch of _CLOCK_WORDS holds an hour (_HOUR): a digit or one of these words, whole
_HOUR_TRIGGERS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                            "twelve"))
#: the letters outside A-Z/a-z that a case-insensitive pattern matches to an ASCII letter
#: (İ and ı to i, ſ to s, the Kelvin sign to k): where none occurs, an ASCII word a pattern
#: matches whole is one of the lower-cased text's words
_ASCII_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")
_FOLD_TABLE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold_case(word: str) -> str:
    """The key of a word a case-insensitive pattern matched, in a table of lower-case ASCII
    words: lower case, with the letters of _ASCII_FOLDS read as the ASCII letters the pattern
    matched them to ("fırst" is "first"; plain lower() would leave "fırst", a KeyError). Also
    read by the other tables of English words (:mod:`tqa.align.anchors`,
    :mod:`tqa.analyse.quantities`, :mod:`tqa.ko.numerals`)."""
    return word.translate(_FOLD_TABLE).lower()


def _ascii_case(text: str) -> bool:
    """True when the words of ``text.lower()`` hold every ASCII word a case-insensitive
    pattern can match whole in ``text`` (no letter of _ASCII_FOLDS in it)."""
    return not any(letter in text for letter in _ASCII_FOLDS)


#: every word _SPORTS matches (its optional endings spelled out)
_SPORTS_TRIGGERS = frozenset((
    "beat beats beating won win wins winning lost lose loses losing defeat defeated defeats victory draw drew "
    "tie tied score scores scored sets set match matches game final semifinal semi led lead trail trailed "
    "trailing goal goals innings tennis football soccer baseball basketball volleyball rout routed thrash "
    "thrashed edged scoreline").split())


def _sports(text: str, words: frozenset) -> bool:
    """``_SPORTS.search(text)``, skipped when no word of the text is one of its words (and
    no letter of _ASCII_FOLDS could stand for an ASCII one)."""
    if _ascii_case(text) and not words & _SPORTS_TRIGGERS:
        return False
    return _SPORTS.search(text) is not None


def _decade_letters(text: str) -> bool:
    """Whether _DECADE_RE can match: each branch has a 0 right before an s or an apostrophe
    (the pattern is case-sensitive)."""
    return "0s" in text or "0'" in text


def _special_forms(text: str, free, claimed: bytearray, words: frozenset, digits: bool) -> list[Quantity]:
    """Quantities read as whole phrases before the general scanners, and what only looks
    numeric (codes, labels, HTML entities), claimed so that nothing reads it."""
    found: list[Quantity] = []

    def claim(start: int, end: int) -> None:
        claimed[start:end] = b"\x01" * (end - start)

    def keep(quantity: Quantity) -> None:
        if free(*quantity.span):
            found.append(quantity)
            claim(*quantity.span)

    if digits:
        for match in _HTML_ENTITY.finditer(text):
            claim(*match.span())
        for match in _CODE.finditer(text):
            if match.group()[:1].isupper() and not MONTHS.get(re.match(r"[A-Za-z]+", match.group()).group().lower()):
                claim(*match.span())
        for match in _GLUED.finditer(text):
            letters = fold_case(match["l"])
            if match["l"] in ("C", "F") and not _TEMPERATURE_CONTEXT.search(text) \
                    and not _BELOW_ZERO_BEFORE.search(text[max(0, match.start() - 9):match.start()]):
                claim(*match.span())  # "Room 12F", "grade 5C": a label; "30C" only where the text speaks of heat
                continue
            if letters in _NOT_CODE_SUFFIX or letters in _SCALES or unit_after(text, match.start("l")) or letters.startswith(("am", "pm")):
                continue
            claim(*match.span())
        for match in _NUMBER_NAME.finditer(text):
            if not unit_after(text, match.start() + match.group().index("-")):
                claim(*match.span())
        for match in _LABEL.finditer(text):
            for number in re.finditer(r"\d+", match["list"]):
                start = match.start("list") + number.start()
                keep(Quantity(float(number.group()), "ordinal", (start, start + len(number.group())), number.group(),
                              unit="label", strong=False))
        for match in _NUMERIC_DATE.finditer(text):
            a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
            month, day = (a, b) if a <= 12 else (b, a)
            if 1 <= month <= 12 and 1 <= day <= 31:
                keep(Quantity(DateValue(year=year, month=month, day=day), "date", match.span(), match.group()))
        for match in (RACE_TIME.finditer(text) if ":" in text else ()):
            seconds, step = race_time_seconds(match)
            keep(Quantity(seconds, "duration", match.span(), match.group(), unit="second", step=step))
        for match in _SHORT_YEAR.finditer(text):
            year = int(match["y"])
            keep(Quantity(DateValue(year=year + (2000 if year < 50 else 1900)), "date", match.span(), match.group()))
        sports = _sports(text, words)
        if sports:
            for match in _SCORE.finditer(text):
                if unit_after(text, match.end()) or not free(*match.span()):
                    continue  # "3-4 days" is a range
                a, b = int(match["a"]), int(match["b"])
                if 1900 <= a <= 2100:
                    continue
                keep(Quantity(ScoreValue(a, b), "score", match.span(), match.group()))
        for match in _PLURAL_NUMBER.finditer(text):
            keep(Quantity(float(_PLURAL_VALUES[fold_case(match["w"])]), "count", match.span(), match.group(),
                          unit="points", strong=False))
    if "to" in words and (sports if digits else _sports(text, words)):
        for match in _SCORE_WORDS.finditer(text):
            if _MOVED_BY.search(text, 0, match.start()):
                continue  # "fell two points to 135": a change and the level it reached, not a score
            a, b = (_score_number(match[g]) for g in ("a", "b"))
            if a is not None and b is not None:
                keep(Quantity(ScoreValue(a, b), "score", match.span(), match.group()))
    if words & {"nil", "all"} or "–" in text:
        for match in _SCORE_NIL.finditer(text):
            if match["a"]:
                a, b = _score_number(match["a"]), _score_number(match["a"] if fold_case(match["b"]) == "all" else "nil")
            elif match["c"]:
                a, b = 0, _score_number(match["d"])
            else:
                if match["e"].isdigit() and match["f"].isdigit():
                    continue  # "3–1" is read as a score (or a range) above
                a, b = _score_number(match["e"]), _score_number(match["f"])
            if a is not None and b is not None:
                keep(Quantity(ScoreValue(a, b), "score", match.span(), match.group()))
    if words & {"past", "after", "to", "fifteen", "thirty", "morning", "afternoon", "evening", "night", "am", "pm", "a", "p"} \
            and (digits or words & _HOUR_TRIGGERS or not _ascii_case(text)):
        for match in _CLOCK_WORDS.finditer(text):
            if match["q"]:
                value = _past_or_to(_hour_value(match["h"]), _MINUTE_WORDS[re.sub(r"\s+", " ", fold_case(match["q"]))],
                                    fold_case(match["rel"]) == "to")
            elif match["h2"]:
                value = TimeValue(_hour_value(match["h2"]), {"fifteen": 15, "thirty": 30, "forty-five": 45}[
                    fold_case(match["m2"])], False)
            else:
                if match["h4"]:
                    hour = _hour_value(match["h4"])
                    minute = int(words_to_number(re.sub(r"^oh[-\s]", "", fold_case(match["m4"]))) or 0)
                    part = fold_case(match["part4"])
                else:
                    hour, minute = _hour_value(match["h3"]), int(match["m3"] or 0)
                    part = fold_case(match["part"])
                pm = part.startswith("p") or "afternoon" in part or "evening" in part or \
                    ("night" in part and hour >= 6 and hour != 12)
                if "night" in part and hour == 12:
                    hour = 0
                value = TimeValue((hour % 12) + (12 if pm else 0), minute, True)
            keep(Quantity(value, "time", match.span(), match.group()))
        for match in (_MINUTES_TO_WORDS.finditer(text) if "to" in words else ()):
            # "at ten to eight": ten minutes to the hour
            value = _past_or_to(_hour_value(match["h"]), _MINUTE_WORDS[fold_case(match["q"])], to=True)
            keep(Quantity(value, "time", match.span("t"), match["t"]))
    if words & {"at", "by", "until", "till", "from", "around", "about", "before", "after"} \
            and words & {"five", "ten", "twenty", "forty", "fifty", "oh", "twenty-five", "thirty-five", "fifty-five"}:
        for match in _CLOCK_AFTER_PREPOSITION.finditer(text):
            minute = _CLOCK_MINUTES[re.sub(r"[-\s]+", " ", fold_case(match["m"]))]
            start, end = match.start("h"), match.end("m")
            keep(Quantity(TimeValue(_hour_value(match["h"]), minute, False), "time", (start, end), text[start:end]))
    if "-" in text and words & {"ten", "fifteen", "twenty", "thirty", "forty", "fifty", "oh"}:
        for match in _CLOCK_HYPHENATED.finditer(text):
            minutes = fold_case(match["m"])
            minute = _HOUR_WORDS[minutes[3:]] if minutes.startswith("oh-") else int(words_to_number(minutes) or 0)
            keep(Quantity(TimeValue(_hour_value(match["h"]), minute, False), "time", match.span(), match.group()))
    if words & {"full", "whole", "entire"}:
        for match in _A_FULL_PERIOD.finditer(text):
            keep(Quantity(1.0, "duration", match.span(), match.group(), unit=fold_case(match["u"]), strong=False))
    if "under" in words:
        for match in _UNDER_AGE.finditer(text):
            value = float(match["n"]) if match["n"] else float(_HOUR_WORDS[fold_case(match["w"])[:-1].replace("sixe", "six")])
            keep(Quantity(value, "age", match.span(), match.group(), unit="year", strong=False))
    if words & _AGE_TRIGGERS:
        for match in _AGE_PHRASE.finditer(text):
            number = match["n"] or match["n2"]
            value = float(number) if number.isdigit() else words_to_number(number)
            if value and 0 < value < 130:
                keep(Quantity(value, "age", match.span(), match.group(), unit="year", strong=number.isdigit()))
    if words & {"hundreds", "thousands", "millions", "billions", "trillions", "dozens", "tens", "scores"}:
        for match in _MAGNITUDE.finditer(text):
            word = fold_case(match["w"] or match["w2"])
            value = _MAGNITUDE_VALUES[word] * (_MAGNITUDE_VALUES[fold_case(match["pre"])] if match["pre"] else 1)
            span = (match.start(), match.end("w") if match["w"] else match.end("w2"))
            width = value * (9 if match["pre"] or value < 1000 else 999)  # "thousands": up to a million
            keep(Quantity(float(value), "number", span, text[span[0]:span[1]], unit="magnitude", approx=True,
                          strong=False, step=width))
    if "pence" in text:
        for match in _PENCE_WORD.finditer(text):
            keep(Quantity(float(_HOUR_WORDS[fold_case(match["w"])]), "currency", match.span(), match.group(),
                          unit="penny", strong=False))
    if "half" in words or "quarter" in words or "quarters" in words:
        for match in _AND_A_HALF.finditer(text):
            number = fold_case(match["n"])
            value = 1.0 if number in ("a", "an") else float(number) if number.isdigit() else float(_ONES[number])
            unit = fold_case(match["u"] or match["u2"] or match["u3"])
            part = _PART_VALUES[re.sub(r"[\s-]+", " ", fold_case(match["part"] or match["part2"] or match["part3"]))]
            if unit == "time":  # "one and a half times the amount": a multiple
                keep(Quantity(value + part, "multiple", match.span(), match.group(), step=part, strong=False))
            else:
                keep(Quantity(value + part, "duration", match.span(), match.group(), unit=unit, step=part, strong=False))
    if "single" in words:
        for match in _A_SINGLE.finditer(text):
            keep(Quantity(1.0, "number", match.span(), match.group(), strong=False))
    if "half" in words and "and" in words:
        for match in _ONE_AND_A_HALF.finditer(text):
            keep(Quantity(1.5, "number", match.span(), match.group(), step=0.5, strong=False))
    if "and" in words:
        for match in _A_DURATION.finditer(text):
            span = (match.start(), match.end("u"))
            keep(Quantity(1.0, "duration", span, text[span[0]:span[1]], unit=fold_case(match["u"]), strong=False))
    if "fortnight" in words:
        for match in _FORTNIGHT.finditer(text):
            keep(Quantity(1.0, "duration", match.span(), match.group(), unit="fortnight", strong=False))
    return found


_AGE_TRIGGERS = frozenset({"age", "aged"})
_DURATION_JOIN = re.compile(r",?\s+(?:and\s+)?|\s*-\s*")


_BY_GAP = re.compile(r"\s+by\s+")


def _dimensions(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"40 by 13 feet", "a 3 by 4 metre room": the unit after the second figure of a size is
    the first figure's too."""
    result = list(quantities)
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        if first.kind == "number" and first.unit is None and isinstance(first.value, float) \
                and second.kind == "measure" and _BY_GAP.fullmatch(text[first.end:second.start]):
            result[index] = replace(first, kind="measure", unit=second.unit)
    return result


#: what may follow the bare number of "four minutes twelve": the end of a phrase, or a word of
#: time left or gone ("left", "to go", "remaining", "in")
_SPOKEN_REST_END = re.compile(r"\s*(?:$|[,.;:!?)\]—–]|\s(?:left|to go|remaining|gone|in|into|on the clock|elapsed)\b)", re.I)


def _join_durations(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"a year and seven months" → 19 months; "two hours and five minutes" → 125 minutes:
    adjacent durations of one scale, largest unit first, are one duration in the smallest."""
    result: list[Quantity] = []
    for quantity in quantities:
        last = result[-1] if result else None
        if last is not None and last.kind == "duration" and last.unit in ("minute", "hour") \
                and isinstance(last.value, float) and quantity.kind == "number" and quantity.unit is None \
                and isinstance(quantity.value, float) and 0 < quantity.value < 60 and quantity.value == int(quantity.value) \
                and text[last.end:quantity.start] == " " and _SPOKEN_REST_END.match(text, quantity.end):
            # "four minutes twelve (left)", "two hours ten": the smaller unit said, as a clock says it
            smaller = "second" if last.unit == "minute" else "minute"
            result[-1] = replace(last, value=last.value * 60 + quantity.value, unit=smaller,
                                 span=(last.start, quantity.end), text=text[last.start:quantity.end])
            continue
        joined = joined_duration(text, last, quantity, _DURATION_JOIN) if result else None
        if joined is not None:
            result[-1] = joined
            continue
        result.append(quantity)
    return result


def _roman_value(numeral: str) -> int:
    """XIV → 14 (numerals up to XXXIX: regnal numbers, parts, phases)."""
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for index, letter in enumerate(numeral):
        value = values[letter]
        total += -value if index + 1 < len(numeral) and values[numeral[index + 1]] > value else value
    return total
