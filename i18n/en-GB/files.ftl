# Problems in a file, shown in the window (and by `jaws check`, in the language it is run in).
# Names in backquotes are what the file says, or the file's own field names and words, so
# they stay as written.

## A syntax or shape mistake (workshop/read/syntax.rs)
file-too-deep = nesting is too deep (more than { $levels } levels); a Jaws file is never nested like this
file-ends-early = the file ends too early: something is not closed
file-expected-whole-not-decimal = expected a whole number, like 3, not a decimal
file-expected-comma = expected a comma here, after this item (or a closing bracket)
file-string-not-closed = text in double quotes is not closed: a closing " is missing
file-expected-found = expected { $expected }, found { $found }
file-expected-items = expected { $expected }, found { $count } { $count ->
        [one] item
       *[other] items
    }
file-expected-word = `{ $found }` is not one of the choices here; expected a word, without quotes
file-trailing = unexpected text after the end of the file: nothing may follow the `)` that closes it
file-expected-number = expected a number, like 2.5
file-expected-whole-number = expected a whole number, like 3
file-expected-text = expected text in double quotes
file-expected-boolean = expected true or false
file-expected-list = expected a list, opening with `[`
file-expected-list-end = expected `]` to close the list, or a comma before the next item
file-expected-map = expected a map, opening with `{"{"}`
file-expected-map-end = expected `{"}"}` to close the map, or a comma before the next entry
file-expected-colon = expected `:` between the key and its value
file-expected-part-end = expected `)` to close this part, or a comma before the next field
file-unknown-field = unknown field `{ $found }` in { $part }; expected one of: { $expected }
file-missing-field = { $part } needs the field `{ $field }`
file-field-twice = the field `{ $field }` appears twice in { $part }
file-expected-field-name = expected a field name (like `id:`) or a closing `)` here
file-expected-open-found = expected `(` to open { $part }, found `{ $found }`
file-expected-part = expected { $part } here
file-not-a-choice = `{ $found }` is not one of the choices here; expected { $expected }
file-or = {" "}or{" "}
file-expected-pair = expected `(` to open a pair of numbers, like (0.5, 0.5)
file-expected-open = expected `(` to open { $part }
file-number-out-of-range = this whole number is out of range here
file-not-below-zero = {" "}(it cannot be below zero)
file-out-of-range = `{ $number }` is out of range here{ $below }
file-out-of-range-for = `{ $number }` is out of range for `{ $field }`{ $below }
file-out-of-range-takes = `{ $number }` is out of range for `{ $field }`{ $below }: expected { $takes }
file-takes-version = a format version: 1, 2, ...
file-takes-minutes = a whole number of minutes from 1 to 120
file-takes-stage = the number of the stage reached, counting from 0
file-takes-base-year = a year from 1990 to 2100
file-takes-horizon-years = a whole number of years from 5 to 30
## What each part of a file is called (ids file-part-…, by the type that reads it)
file-part-unnamed = a part of the file
file-part-this = this part
file-a-whole-number = a whole number, like 3
file-a-number = a number, like 2.5
file-a-text = text in double quotes
file-a-list = a list in [ ]
file-a-boolean = true or false
file-a-value = a value
file-a-pair = a pair, like (0.5, 0.5)
file-part-workshop-file = the workshop
file-part-scenario-file-shape = the scenario file
file-part-scenario-entry = a scenario
file-part-lever-override = a lever's settings
file-part-assumptions = the assumptions
file-part-uncertain = an uncertain range
file-part-band = a band
file-part-stage-entry = a stage
file-part-challenge-entry = a stage's challenge
file-part-stage-view = a stage's view
file-part-session-file = the session
file-part-assumptions-v2 = the assumptions
file-part-schedule = the schedules
file-part-claim = a claim
file-part-claim-metric = a claim's metric
file-part-direction = a claim's direction
file-part-limit = a band's limit
file-part-captured-entry = a captured scenario
file-part-deal-entry = a deal card
file-part-deal-side = a deal card's side
file-part-prediction-entry = a prediction
file-part-council-file = the council profile
file-part-sourced = a figure and its source
file-part-mtfs-year = an MTFS year
# Parts the workshop's translations add (branch wsw)
file-part-translation-entry = a translation
file-part-stage-words = a stage's words in another language
file-part-lever-words = a lever's words in another language
file-part-scenario-words = a scenario's words in another language
## Ids (workshop/ids.rs, workshop/read/custom.rs)
file-what-workshop = workshop
file-what-scenario = scenario
file-what-stage = stage
file-what-deal-card = deal card
file-bad-id = { $what } id "{ $id }" must be 1 to { $most } lower-case letters, digits, '-' or '_'
file-id-twice = { $what } id "{ $id }" is used twice; give each { $what } its own id
file-unknown-lever = unknown lever "{ $id }"{ $guess }; the levers are: { $levers }
file-did-you-mean = {" "}(did you mean "{ $name }"?)
file-and-more = { $names } and { $more } more
file-key-twice = `{ $key }` appears twice in this map; keep one

## Assumptions out of range (model/assumptions.rs), in a file or typed in the window
file-base-year-whole = the base year must be a whole number
file-horizon-whole = the horizon must be a whole number
file-not-a-number = { $value } is not a number
file-no-such-assumption = there is no assumption called `{ $id }`
file-base-year-range = base year { $year } must be between 1990 and 2100
file-horizon-range = horizon of { $years } years must be between 5 and 30
file-assumption-range = { $name } must be from { $min } to { $max }; { $value } is outside that
file-grant-and-fees = grant share and fees share add up to more than 95%, leaving almost nothing for council tax
file-care-shares = adult and children's social care shares add up to { $total }%, more than the whole budget
file-reserves-ceiling = the most reserves the council would hold (£{ $ceiling }m) is below the opening reserves £{ $opening }m
file-prudent-minimum = prudent minimum £{ $minimum }m is above the opening reserves £{ $opening }m

## A council's figures, imported from a spreadsheet or read from a profile (council/)
council-net-budget = net budget
council-adult-social-care = adult social care
council-children-social-care = children's social care
council-other-services = other services
council-council-tax-requirement = council tax requirement
council-settlement-funding = settlement funding
council-fees-and-charges = fees and charges
council-earmarked-reserves = earmarked reserves
council-unallocated-reserves = unallocated reserves
council-prudent-minimum = prudent minimum
council-unknown-type = "{ $given }" is not a type of council Jaws knows; expected one of { $types }
council-name-empty = the council's name is empty
council-source-empty = say where these figures come from ("Budget book 2025/26 and MTFS, February 2025"): it is shown with the council's name
council-first-year-range = the first financial year must be from 2000/01 to 2100/01; { $year } is outside that
council-budget-too-small = net budget and fees and charges together are { $budget }; the model needs at least { $least }: is the budget in £m?
council-lines-sum = adult social care, children's social care and other services add up to { $sum }, not the net budget of { $net }: the service lines must add up to the net budget
council-funding-sum = council tax requirement ({ $tax }) and settlement funding ({ $settlement }) add up to more than the net budget ({ $net }), which they fund
council-mtfs-years = the MTFS gives { $count } years; give from 1 to { $most } (most councils publish 3 to 5)
council-mtfs-start = the MTFS starts in { $start }, but the figures are for { $first }: it must start in { $first } or { $next }
council-mtfs-order = MTFS years are out of order: { $year } follows { $previous }; give them one after another, earliest first ({ $next } next)
council-year-gap = the { $year } gap
council-year-savings = the { $year } planned savings
council-savings-fall = planned savings fall from { $from } to { $to }: give them cumulative from the first year, as MTFS tables do
council-source-missing = say where { $what } comes from ("Budget book 2025/26, page 4")
council-not-a-number = { $what } must be a number in £m
council-negative = { $what } cannot be negative; { $given } was given: enter it in £m as a positive number
council-in-pounds = { $what } of { $given } is more than any council's whole budget in £m: it looks like pounds; give it in £m (£612.4m is 612.4)
council-at-line-cell = line { $line }, cell { $cell }
council-at-sheet-cell = sheet "{ $sheet }", cell { $cell }
council-at-sheet = sheet "{ $sheet }"
council-first-year = the first financial year
council-mtfs-rows-missing = MTFS year { $n } is missing some of its rows (mtfs_{ $n }_year, mtfs_{ $n }_gap, mtfs_{ $n }_savings); add them back from the template
council-mtfs-year = MTFS year { $n }
council-cell-empty = { $what } is empty; give it in £m
council-cell-not-money = { $what } must be a number in £m, found { $found }
council-cell-not-year = { $what } must be a financial year like 2025/26, found { $found }
council-nothing = nothing

## The notice at the foot of the window, where a file's problems are told
notice-ok = OK

## Reading a file, and what kind it is (workshop/read/mod.rs, read/locate.rs, kind.rs)
file-cannot-read = cannot read the file: { $why }
file-no-such-file = no such file
file-permission-denied = permission denied
file-is-folder = is a folder, not a file; expected a Jaws workshop, session or scenario file
file-is-not-file = is { $what }, not a file; expected a Jaws workshop, session or scenario file
file-a-device = a device
file-a-disk = a disk (a block device)
file-a-socket = a socket
file-size-more-than = more than { $most } MiB
file-too-big = the file is { $size }; Jaws files are at most { $most } MiB, so this is not one
file-not-utf8 = the file is not valid UTF-8 text here; save it as UTF-8
file-control-character = this text holds a control character ({ $code }), which cannot be shown on a screen or printed safely; remove it
file-text-empty = { $what } is empty; give it some words, as people will see it
file-text-one-line = { $what } must be one line: it holds a line break or a tab here
file-more-problems = { $count } more { $count ->
        [one] problem from here on is
       *[other] problems from here on are
    } not listed (only the first { $most } are); fix these, then check again
file-kind-workshop = workshop
file-kind-scenario = scenario
file-kind-session = session
file-kind-council = council profile
file-empty-0-bytes = the file is empty (0 bytes)
file-empty-comments = the file is empty: it holds nothing but spaces and comments
file-empty-expected = { $empty }; expected a { $kind } file, which starts (format: "{ $format }", version: { $newest }, ...); a file that Jaws saved and is now empty was cut short (a crash, a full disk, a copy that did not finish)
file-empty-unknown = { $empty }; expected a Jaws workshop, scenario or session file, which starts (format: "jaws-workshop", ...), (format: "jaws-scenario", ...) or (format: "jaws-session", ...)
file-open-as-session = ; open it with --session
file-wrong-kind = this is { $article } { $kind } file (format "{ $format }"), not a { $expected } (format "{ $expected_format }"){ $hint }
file-version = { $kind } format version { $version } is not one this Jaws reads (1 to { $newest }); { $why }
file-version-newer = it was made by a newer Jaws: update Jaws to open it
file-version-from-1 = versions start at 1
file-format-is = format is "{ $format }", expected "{ $expected }"
council-sheet-kinds = Jaws imports council figures from .xlsx, .ods or .csv files; write a template with `jaws template --out council.xlsx`
council-sheet-folder = is a folder, not a spreadsheet
council-sheet-too-big = the file is { $size } MiB; a council's figures fit in a few kilobytes (at most { $most } MiB), so this is not the template
council-sheet-empty = the file is empty; fill in the template from `jaws template --out council.xlsx`
council-sheet-more-than = the file is more than { $most } MiB, so it is not the template
council-sheet-password = the workbook is password-protected; save a copy without a password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, cleared) and import that
council-sheet-damaged = cannot read this as { $format }: the file is damaged or is another kind of file ({ $why }); open it in your spreadsheet program and save it again
council-sheet-missing = there is no sheet named "{ $sheet }" (the workbook has { $has }); the import reads the template's "{ $sheet }" sheet: give it that name again
council-sheet-none = none
council-sheet-unreadable = cannot read the sheet "{ $sheet }": { $why }
council-csv-line = line { $line }: cannot read this line as CSV text ({ $why }); save the sheet as CSV UTF-8
council-csv-file = cannot read the file as CSV: { $why }
council-csv-not-utf8 = it is not UTF-8 text
council-csv-not-csv = it is not comma-separated text
council-sheet-heading = expected the template's heading "{ $heading }" here, found { $found }; start from `jaws template`, keeping its first row and column
council-sheet-unknown-row = { $id } is not one of the template's figures; keep column A as the template wrote it
council-sheet-row-twice = { $id } is given twice, here and in row { $row }; keep one
council-sheet-row-missing = the row for { $id } ({ $label }) is missing; add it back from the template, with { $id } in column A

## Scenarios in a file (workshop/scenario_file.rs)
file-scenario-name = the name of scenario "{ $id }"
file-scenario-sets-unknown = scenario "{ $id }" sets { $unknown }
file-scenario-out-of-range = scenario "{ $id }" sets { $lever } to { $value }, outside its range { $min } to { $max } ({ $unit })

## A session's levers and scenarios against its workshop (workshop/session/checks.rs)
file-current-levers-set = the current levers set
file-scenario-sets = scenario "{ $id }" sets
file-sets-unknown = { $what } { $unknown }
file-sets-not-a-number = { $what } { $lever } to { $value }, which is not a number
file-sets-out-of-range = { $what } { $lever } to { $value }, outside its range { $min } to { $max } ({ $unit })
file-session-other-workshop = this session was made with workshop "{ $made }"{ $title }, not "{ $id }" ("{ $name }"); open it with that workshop's file (--workshop FILE)
file-prediction-unknown-stage = a prediction for stage "{ $id }", which workshop "{ $workshop }" does not have{ $guess }; its stages are: { $stages }
file-none = none
file-session-assumptions = with this session's assumptions, { $message }
file-unknown-assumption = unknown assumption "{ $id }"; the assumptions are: { $ids }
file-must-be-number = { $id } must be a number, not { $value }
file-must-be-whole = { $id } must be a whole number, not { $value }
file-sketch-off-chart = the sketched point ({ $x }, { $y }) is off any chart
file-sketch-not-finite = a sketched point is not a finite number
file-sketch-expected = { $what }; expected (year, £m) pairs like (2030.0, 1100.0): years from { $from } to { $to }, £m within ±{ $money }
file-card-links-unknown = deal card "{ $id }" links { $unknown }
file-card-links-twice = deal card "{ $id }" links lever "{ $lever }" twice; keep one
file-captured-not-time = captured "{ $when }" is not a date and time like "2026-03-14T10:30:00Z" (ISO 8601)
file-stage-none = the session had reached stage { $stage }, but workshop "{ $workshop }" has no stages; leave `stage` out
file-stage-beyond = the session had reached stage { $stage }, but workshop "{ $workshop }" has { $count } { $count ->
        [one] stage
       *[other] stages
    }, numbered from 0 to { $last }

## A workshop's stages naming what the workshop does not have (workshop/stage.rs)
file-stage-loads = loads
file-stage-draws-behind = draws behind
file-stage-compares = compares
file-stage-unknown-scenario = stage "{ $stage }" { $does } scenario "{ $id }", which this workshop does not have{ $guess }; its scenarios are: { $scenarios }
file-stage-compares-twice = stage "{ $stage }" compares "{ $id }" twice; list it once
file-stage-unknown-lever = stage "{ $stage }" lists unknown lever "{ $id }" in `{ $field }`{ $guess }; use a lever id (see `jaws levers`) or a domain: cultural, structural, political, financial
file-stage-lists-twice = stage "{ $stage }" lists "{ $id }" twice in `{ $field }`; list it once

## A workshop's assumptions, levers, bands and map (workshop/workshop_file.rs)
file-source-unknown-assumption = source given for unknown assumption "{ $id }"
file-uncertain-unknown = unknown assumption "{ $id }"
file-uncertain-twice = { $id } has an uncertain range already; give each assumption one range
file-uncertain-range = uncertain range { $low } to { $high } for { $id } must be low ≤ high and within the assumption's own range
file-lever-label = lever { $id }'s label
file-and = {" "}and{" "}
file-lever-beyond = lever { $id } can never go beyond { $lowest } to { $highest }, so { $refused } is refused; a workshop may narrow a lever's range, not widen it past that
file-lever-min-max = lever { $id } needs min below max (min { $min }, max { $max })
file-lever-default = lever { $id } default { $default } is outside its range { $min } to { $max }
file-band-label = a band of lever { $id }
file-band-within = lever { $id } band "{ $band }" ({ $from } to { $to }) must lie within { $min } to { $max } with from below to
file-band-overlaps = lever { $id } band "{ $band }" ({ $from } to { $to }) overlaps band "{ $other }" ({ $other_from } to { $other_to }); a band may start where another ends, not before
file-map-lever = "{ $id }" is a lever: levers are placed in their domain's region automatically; only stocks and flows can be placed: { $nodes }
file-map-no-node = the map has no node "{ $id }"{ $guess }; the stocks and flows that can be placed are: { $nodes }
file-map-across = across the map from the left; the domains' levers fill the sides
file-map-down = down the map from the top
file-map-outside = "{ $id }" has { $axis } = { $value }, outside the map: expected a number from { $from } to { $to } (a fraction of the way { $across })
file-stage-title-empty = stage "{ $stage }" needs a title: the heading on the screen
file-stage-title = a stage's title
file-stage-title-long = stage "{ $stage }": the title is { $count } characters; keep it to { $most } so it fits as a heading
file-stage-narrative-long = stage "{ $stage }": the narrative is { $count } characters; the back of the room has to read it, so keep it to one to three sentences ({ $most } characters at most) and put the rest in talking_points
file-stage-point-empty = stage "{ $stage }": talking point { $n } is empty
file-stage-compares-many = stage "{ $stage }" compares { $count } scenarios; the compare view shows at most { $most }
file-stage-minutes = stage "{ $stage }" lasts { $minutes } minutes; a stage takes 1 to { $most } minutes (split a longer one)
file-stage-predict-empty = stage "{ $stage }": `predict` is the question the room answers before it sees; it is empty
file-stage-predict = the predict prompt
file-stage-predict-long = stage "{ $stage }": the predict prompt is { $count } characters; keep it to { $most }
file-stage-predict-nothing = stage "{ $stage }" asks the room to predict but has nothing to reveal: give it a `scenario` to load, or unlock levers for the room to move
file-stage-unlocks-hidden = stage "{ $stage }" unlocks "{ $lever }" but does not show it; add it to `visible`
file-stage-wording-empty = stage "{ $stage }": say in `wording` what the challenge asks, in plain English, for the screen
file-stage-wording = the challenge's wording
file-stage-wording-long = stage "{ $stage }": the challenge wording is { $count } characters; keep it to { $most }
file-stage-target = stage "{ $stage }": the challenge's target: { $message }

## A session's council (workshop/session/versions.rs)
file-session-council-new = a session's `council` is new in version { $version } of the session format; change the file's version to { $version }

## Notes on reading an older file (workshop/legacy.rs, workshop_file.rs)
file-read-as = This { $kind } was written for an earlier Jaws (version { $from }) and has been read as version { $to }; the file itself is unchanged
file-note-workshop = workshop
file-note-scenario-file = scenario file
file-note-session = session
file-note-council = council profile
file-note-money = Money levers (relationship building, changing expectations, transformation and prevention investment) were £m a year and are now a share of the budget: { $count ->
        [one] { $count } value was
       *[other] { $count } values were
    } divided by the £{ $budget }m base budget ({ $lever } of { $before } a year is now { $after })
file-note-prevention = The return on prevention ({ $was }% a year, growing every year for ever) is now the demand each £1 of prevention avoids once it has matured, which levels off: { $now } a year per £1 a year (the yield times the { $years } years prevention takes to mature)
file-note-growth = Growth in need ({ $was }% a year for every service) is now population growth, { $now }% a year, with adult and children's social care growing faster on top ({ $adults }% and { $children }% a year more): the same growth in need at the start
file-note-inflation = Real cost inflation ({ $was }% a year for every service) is now real pay and price inflation, { $now }% a year, with adult and children's social care rising faster on top ({ $adults }% and { $children }% a year more): the same cost growth at the start
file-note-range = The uncertain range of { $id } ({ $low } to { $high }) is now { $now } from { $from } to { $to }
file-new-in-3 = a lever's `{ $field }` are new in version 3 of the workshop format; change the file's version to 3 (and its money levers to a share of the budget)
file-new-in-3-band = a band's `limit` is new in version 3 of the workshop format; change the file's version to 3 (and its money levers to a share of the budget)
file-new-in-2 = `{ $field }` is new in version 2 of the workshop format; change `version: 1` to `version: 2`
file-new-in-4 = `{ $field }` is new in version 4 of the workshop format; change `version: { $version }` to `version: 4`
