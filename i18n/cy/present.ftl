# Geiriau ar gyfer rhifau, arian, cyfrifon, amseroedd a dyddiadau.

# Ar gyfer prawf y catalog yn unig: pa ffurf luosog y mae rheolau'r iaith yn ei dewis.
test-plural-forms = { $count ->
    [zero] zero
    [one] one
    [two] two
    [few] few
    [many] many
   *[other] other
}

## Rhifau
number-not-a-number = d/b

## Cyfrifon: rhif gyda'i enw, yn ôl rheolau lluosog yr iaith (enw unigol ar ôl rhif).
count-lever = { $count ->
   *[other] { $count } lifer
}
count-scenario = { $count ->
   *[other] { $count } senario
}
count-commitment = { $count ->
   *[other] { $count } ymrwymiad
}
count-year = { $count ->
    [one] { $count } flwyddyn
    [two] { $count } flynedd
   *[other] { $count } blynedd
}

## Y bwlch rhwng y galw a'r adnoddau
gap-none = Dim
gap-surplus-of = gwarged o { $money }
gap-balanced = dim (cytbwys)
gap-caption-year = { $reading ->
    [surplus] Gwarged yn { $year }
   *[gap] Bwlch yn { $year }
}
# Byr, i ffitio cerdyn: "Cyfanswm y bwlch" a gollai ei flynyddoedd.
gap-caption-total = { $reading ->
    [surplus] Gwarged i gyd { $from }–{ $to }
   *[gap] Bwlch i gyd { $from }–{ $to }
}
gap-caption-total-short = { $reading ->
    [surplus] gwarged { $from }–{ $to }
   *[gap] cyfanswm { $from }–{ $to }
}

## Dyddiadau ac amseroedd
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
date = { $day } { $month } { $year }
date-time = { $date } am { $time }{ $zone }

## Hydoedd
duration-minutes = { $minutes } mun
duration-hours = { $hours } awr
duration-hours-minutes = { $hours } awr { $minutes } mun
