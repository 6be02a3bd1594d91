# Geiriau'r model: y siartiau cysylltiedig.

chart-reserves-heading = Cronfeydd wrth gefn defnyddiadwy
chart-reserves-axis = £m ar ddiwedd y flwyddyn
chart-reserves-explain = Cronfeydd wrth gefn defnyddiadwy ar ddiwedd pob blwyddyn. Y llinell doredig yw'r isafswm darbodus.
chart-capacity-heading = Capasiti cymunedol
chart-capacity-axis = £m y flwyddyn
chart-capacity-explain = Yr hyn y gall preswylwyr a chymunedau ei wneud drostynt eu hunain a'i gilydd, wedi'i brisio fel yr angen y gall ei ddiwallu.
chart-trust-heading = Ymddiriedaeth
chart-trust-axis = ymddiriedaeth, % (0 dim, 100 llwyr)
chart-trust-explain = Dealltwriaeth rhwng pobl a gwasanaethau cyhoeddus.
chart-adoption-heading = Mabwysiadu'r ffordd newydd o weithio
chart-adoption-axis = % o'r sefydliad
chart-adoption-explain = Cyfran y sefydliad sy'n gweithio yn y ffordd newydd: mae'n dechrau gydag ychydig o gynlluniau peilot.
chart-unmet-need-heading = Angen heb ei ddiwallu
chart-unmet-need-axis = £m y flwyddyn
chart-unmet-need-explain = Angen nad oes neb yn ei ddiwallu am fod gwasanaethau wedi'u torri neu'n rhy ddrud; mae'n dod yn ôl fel argyfwng.

## Pedwar maes y sbardunau
domain-cultural = Diwylliannol
domain-structural = Strwythurol
domain-political = Gwleidyddol
domain-financial = Ariannol

## Enwau nodau ar y map
node-need = Angen
node-expectation = Disgwyliad
node-community_capacity = Capasiti cymunedol
node-trust = Ymddiriedaeth
node-adoption = Mabwysiadu
node-unmet_need = Angen heb ei ddiwallu
node-prevention = Atal
node-structural_savings = Arbedion strwythurol
node-reserves = Cronfeydd wrth gefn
node-co_produced = Canlyniadau a gydgynhyrchwyd
node-cuts = Toriadau yn ystod y flwyddyn
node-demand = Galw
node-resources = Adnoddau
node-gap = Bwlch

## Teitlau mesurau
metric-demand = Galw
metric-resources = Adnoddau
metric-gap = Bwlch
metric-cumulative_gap = Bwlch wedi'i adio
metric-reserves = Cronfeydd wrth gefn
metric-reserves_drawn = Wedi'i dynnu o'r cronfeydd wrth gefn
metric-cuts = Toriadau
metric-unfunded = Bwlch heb ei ariannu
metric-grant = Grant
metric-council_tax = Treth gyngor
metric-fees = Ffioedd a thaliadau
metric-structural_savings = Arbedion strwythurol
metric-co_produced = Wedi'i gydgynhyrchu
metric-need = Angen
metric-expectation = Disgwyliad
metric-community_capacity = Capasiti cymunedol
metric-trust = Ymddiriedaeth
metric-adoption = Mabwysiadu
metric-unmet_need = Angen heb ei ddiwallu
metric-prevention = Atal
metric-released = Wedi'i ryddhau

## Labeli rhagdybiaethau
assumption-base_budget = Cyllideb sylfaenol
assumption-grant_share = Cyfran y grant canolog
assumption-fees_share = Cyfran y ffioedd ac incwm arall
assumption-general_inflation = Chwyddiant cyffredinol (CPI)
assumption-tax_base_growth = Twf sylfaen y dreth gyngor
assumption-demographic_growth = Twf yn y boblogaeth mewn angen
assumption-cost_inflation = Chwyddiant cyflogau a phrisiau real
assumption-opening_reserves = Cronfeydd wrth gefn defnyddiadwy ar y dechrau
assumption-prudent_minimum = Isafswm darbodus y cronfeydd wrth gefn
assumption-reserves_ceiling = Uchafswm y cronfeydd wrth gefn
assumption-max_in_year_cuts = Yr arbedion mwyaf mewn blwyddyn
assumption-opening_adoption = Y ffordd newydd o weithio ar y dechrau
assumption-opening_expectation = Angen yn cyrraedd fel galw ar y dechrau
assumption-opening_capacity = Capasiti cymunedol ar y dechrau
assumption-crisis_escalation = Angen heb ei ddiwallu yn troi'n argyfwng
assumption-prevention_yield = Enillion o atal
assumption-coproduction_saving = Arbediad o gydgynhyrchu
assumption-capacity_building = Capasiti a adeiladwyd am bob £1 o feithrin perthynas
assumption-capacity_decay = Capasiti cymunedol yn pylu
assumption-expectation_delay = Amser i ddisgwyliadau newid
assumption-prevention_delay = Amser i waith atal aeddfedu
assumption-restructuring_delay = Amser i newid strwythurol dalu'n ôl

## Ateb y chwilio am nod
seek-lever-not-allowed = Nid yw ymhlith y liferi y caniateir eu symud.
seek-already-met = Wedi'i gyflawni eisoes: does dim angen newid dim.
seek-met = Wedi'i gyflawni drwy symud { $levers }.
seek-not-met = Ni ellir cyflawni hyn drwy symud y liferi a ganiateir o fewn eu hystod yn unig. Yr agosaf a gafwyd: { $closest }
seek-cancelled-met = Wedi stopio: mae'r gorau a gafwyd hyd yma yn cyrraedd y targed, ond efallai nad dyma'r newid lleiaf.
seek-cancelled = Wedi stopio: y gorau a gafwyd hyd yma. { $closest }

## Lle mae'r bwlch yn newid arwydd
threshold-closes = Dim ond gyda { $what } { $side ->
    [below] o dan
   *[above] uwchlaw
} { $value } y mae { $subject } yn cau'r bwlch yn { $year }
threshold-keeps-closed = Dim ond gyda { $what } { $side ->
    [below] o dan
   *[above] uwchlaw
} { $value } y mae { $subject } yn cadw'r bwlch ar gau yn { $year }

## Added with the model's service lines, schedules and limits
node-savings = Arbedion sy'n digwydd eto
metric-spending = Gwariant
metric-savings = Arbedion sy'n digwydd eto
metric-programmes = Costau rhaglenni
metric-pressures = Pwysau ar y gyllideb
metric-social_care_share = Cyfran gofal cymdeithasol
metric-adult_social_care_share = Cyfran gofal cymdeithasol i oedolion
metric-children_social_care_share = Cyfran gofal cymdeithasol plant
metric-other_services_share = Cyfran gwasanaethau eraill
metric-adult_social_care_spending = Gofal cymdeithasol i oedolion
metric-children_social_care_spending = Gofal cymdeithasol plant
metric-other_services_spending = Gwasanaethau eraill
assumption-adults_share = Cyfran gofal cymdeithasol i oedolion
assumption-children_share = Cyfran gofal cymdeithasol plant
assumption-adults_need_growth = Twf ychwanegol angen gofal oedolion
assumption-children_need_growth = Twf ychwanegol angen gofal plant
assumption-adults_cost_premium = Chwyddiant ychwanegol gofal oedolion
assumption-children_cost_premium = Chwyddiant ychwanegol gofal plant
assumption-savings_delivery = Arbedion a gyflawnir fel y'u cynlluniwyd
assumption-adults_floor = Gofal oedolion sy'n rhaid ei ddarparu
assumption-children_floor = Gofal plant sy'n rhaid ei ddarparu
assumption-other_floor = Gwasanaethau eraill sy'n rhaid eu darparu
assumption-crisis_resolution = Amser i angen argyfwng ddatrys
assumption-prevention_return = Galw a osgoir am bob £1 o waith atal
assumption-new_deal_ceiling = Uchafswm y fargen newydd oddi ar y galw
assumption-trust_on_expectation = Effaith ymddiriedaeth ar ddisgwyliadau
assumption-cuts_on_expectation = Effaith toriadau ar ddisgwyliadau
assumption-trust_sensitivity = Colli ymddiriedaeth: angen a thoriadau
assumption-adoption_rate = Cyflymder lledaenu'r ffordd newydd
chart-social-care-heading = Cyfran gofal cymdeithasol o'r gwariant
chart-social-care-axis = % o'r hyn y mae'r cyngor yn ei wario
chart-social-care-explain = Cyfran gofal cymdeithasol i oedolion a phlant o'r hyn y mae'r cyngor yn ei wario. Wrth iddi godi, mae popeth arall yn cael ei wasgu: mae "graff gwae" Barnet yn ei gweld yn cyrraedd y gyllideb gyfan.

## Goal words (model/target/words.rs): a condition of a target and how it fares. $when is
## one of goal-in-year, goal-in-every-year, goal-in-every-year-from; figures come with
## their units.
goal-in-year = yn { $year }
goal-in-every-year = ym mhob blwyddyn
goal-in-every-year-from = ym mhob blwyddyn o { $from } i { $to }
goal-gap-closed = y bwlch wedi'i gau { $when }
goal-surplus-at-least = gwarged o { $amount } o leiaf { $when }
goal-gap-at-most = bwlch o { $amount } ar y mwyaf { $when }
goal-cumulative-gap-closed = y bwlch wedi'i adio o { $first } wedi'i gau { $when }
goal-at-or-above-minimum = { $metric } ar yr isafswm darbodus ({ $minimum }) neu'n uwch { $when }
goal-above-minimum = { $metric } o leiaf { $amount } uwchlaw'r isafswm darbodus { $when }
goal-below-minimum = { $metric } o leiaf { $amount } islaw'r isafswm darbodus { $when }
goal-at-most-when = { $subject } { $amount } ar y mwyaf { $when }
goal-at-least-when = { $subject } { $amount } o leiaf { $when }
goal-at-most = { $subject } { $amount } ar y mwyaf
goal-at-least = { $subject } { $amount } o leiaf
goal-met = { $condition }.
goal-not-yet = { $condition }: ddim eto; { $why }.
goal-it-is = mae'n { $value }
goal-gap-still = yn { $year } mae'r bwlch yn dal i fod yn { $amount }
goal-gap-too-much = yn { $year } mae'r bwlch yn { $reading }, { $amount } yn ormod
goal-too-high = yn { $year } mae { $subject } yn { $value }, { $amount } yn rhy uchel
goal-short = yn { $year } mae { $subject } yn { $value }, { $amount } yn brin
goal-and = { $first } a { $last }
## Bands of a lever's range the seek keeps out of (model/seek/mod.rs)
limit-referendum = mae angen refferendwm
limit-unrealistic = mae wedi'i nodi'n afrealistig
seek-off-limits = { $lever } ar { $value } yn “{ $band }”: { $limit }.
seek-kept-out-above = { $lever } uwchlaw { $value } (“{ $band }”: { $limit })
seek-kept-out-below = { $lever } islaw { $value } (“{ $band }”: { $limit })

## The model's units (ids unit-…, made from the English by present/format.rs unit_id; the
## tables keep the English)
unit-pct-of-budget-a-year = % o'r gyllideb y flwyddyn
unit-pct-of-services = % o'r gwasanaethau
unit-pct-of-care-budget-pooled = % o'r gyllideb gofal wedi'i gyfuno
unit-pct-of-back-office = % o'r swyddfa gefn
unit-pct-of-contacts-online = % o'r cysylltiadau ar-lein
unit-pct-a-year-real = % y flwyddyn, mewn termau real
unit-pct-a-year = % y flwyddyn
unit-pct-of-the-gap = % o'r bwlch
unit-gbpm-a-year = £m y flwyddyn
unit-gbpm = £m
unit-pct-of-resources = % o'r adnoddau
unit-per-unit-of-trust = fesul uned o ymddiriedaeth
unit-pct-of-need = % o'r angen
unit-pct-of-spending = % o'r gwariant
unit-per-share-of-budget = fesul cyfran o'r gyllideb
unit-pct-of-planned = % o'r hyn a gynlluniwyd
unit-pct-of-base-budget = % o'r gyllideb sylfaen
unit-pct-of-demand = % o'r galw
unit-pct-of-organisation = % o'r sefydliad
unit-pct-of-cost = % o'r gost
unit-years = blynedd
unit-a-year = y flwyddyn
unit-gbp-a-year-per-gbp1-a-year = £ y flwyddyn fesul £1 y flwyddyn

## A target's syntax errors (model/target/syntax.rs): words in backquotes are the target's own
target-at-column = colofn { $column }: { $message }
target-the-number = y rhif { $number }
target-the-end = diwedd y targed
target-not-a-number = nid yw `{ $raw }` yn rhif
target-too-large = mae `{ $raw }` yn rhif rhy fawr
target-unexpected = `{ $found }` annisgwyl; mae targed yn edrych fel gap<=0 neu reserves>=minimum
target-did-you-mean = {" "}(ai `{ $name }` oedd gennych mewn golwg?)
target-unknown = nid yw `{ $word }` yn fetrig nac yn lifer{ $guess }; metrigau: { $metrics }; neu id lifer i'w gapio (gweler `jaws levers`)
target-empty = mae'r targed yn wag; ysgrifennwch amod fel gap<=0 neu reserves>=minimum
target-expected-subject = roedd disgwyl metrig ({ $metrics }) neu id lifer, cafwyd { $found }
target-bad-operator = nid yw `{ $op }` yn weithredydd targed; defnyddiwch <= (ar y mwyaf) neu >= (o leiaf): mae targed yn cael ei gyrraedd ar ei derfyn
target-expected-operator = roedd disgwyl <= neu >= ar ôl `{ $name }`, cafwyd { $found }
target-cap-no-by = mae cap ar y lifer `{ $name }` yn dal drwy'r amser; nid yw'n cymryd blwyddyn `by`
target-expected-year = roedd disgwyl blwyddyn ar ôl `by`, fel 2030, cafwyd { $found }
target-and-nothing = does dim yn dilyn `and`; ychwanegwch amod arall neu ei dynnu
target-expected-and = roedd disgwyl `and`, `by BLWYDDYN` neu ddiwedd y targed, cafwyd { $found }
target-minimum-not = `{ $word }` yw isafswm darbodus y cronfeydd wrth gefn; gall gyfyngu ar y cronfeydd wrth gefn, nid ar `{ $name }`
target-expected-offset = roedd disgwyl rhif (£m) ar ôl `{ $word } +`, cafwyd { $found }
target-expected-bound-or-minimum = roedd disgwyl rhif neu `minimum` ar ôl y gweithredydd, cafwyd { $found }
target-expected-bound = roedd disgwyl rhif ar ôl y gweithredydd, cafwyd { $found }
target-outside-horizon = mae { $what } { $year } y tu allan i'r cyfnod, { $first } i { $last }; dewiswch flwyddyn ynddo
target-no-such-lever = nid oes gan y gweithdy hwn y lifer hwnnw
target-cap-number = mae cap lifer yn cymryd rhif, nid `minimum`
target-no-room = nid yw `{ $condition }` yn gadael lle i'r lifer: mae { $lever } yn rhedeg o { $min } i { $max } ({ $unit }){ $rest }
target-no-room-other-cap = , ac mae cap arall yn y targed yn diystyru'r gweddill
