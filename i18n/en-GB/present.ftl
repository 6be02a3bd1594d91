# Words for numbers, money, counts, times and dates (src/present/format.rs), shared by the
# window, the report, exported charts and the command line.

# Only for the catalogue test: shows which plural form the language's rules choose.
test-plural-forms = { $count ->
    [one] one
   *[other] other
}

## Numbers
number-not-a-number = n/a

## Counts: a number with its noun, by the language's plural rules.
count-lever = { $count ->
    [one] { $count } lever
   *[other] { $count } levers
}
count-scenario = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}
count-commitment = { $count ->
    [one] { $count } commitment
   *[other] { $count } commitments
}
count-year = { $count ->
    [one] { $count } year
   *[other] { $count } years
}

## The gap between demand and resources
gap-none = None
gap-surplus-of = a surplus of { $money }
gap-balanced = none (balanced)
# A card's caption: the gap (or surplus) in the final year.
gap-caption-year = { $reading ->
    [surplus] Surplus in { $year }
   *[gap] Gap in { $year }
}
# A card's caption: the gap (or surplus) added up over the years.
gap-caption-total = { $reading ->
    [surplus] Total surplus { $from }–{ $to }
   *[gap] Total gap { $from }–{ $to }
}
# The same, short, for a line of figures.
gap-caption-total-short = { $reading ->
    [surplus] surplus { $from }–{ $to }
   *[gap] total { $from }–{ $to }
}

## Dates and times
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# "14 July 2026"
date = { $day } { $month } { $year }
# "14 July 2026 at 11:30 BST" ($zone may be empty)
date-time = { $date } at { $time }{ $zone }

## Durations
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
