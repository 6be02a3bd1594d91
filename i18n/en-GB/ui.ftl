# The window: menus, views, panels, presenter mode, notices and dialogs.
# Ids are kebab-case, starting with the place they are shown.

## Languages
# The language's own name, as the Language menu offers it.
lang-name = English
menu-language = Language · Iaith

## src/ui/toolbar.rs
toolbar-capture = Capture
toolbar-capture-tip = Keep the levers as they stand as a named scenario (Ctrl+K)
toolbar-light = Light theme
toolbar-light-tip = Switch to the light theme
toolbar-dark = Dark theme
toolbar-dark-tip = Switch to the dark theme
view-explore = Explore
view-explore-tip = Levers and the jaws chart
view-map = Map
view-map-tip = The four domains and how the drivers act on each other
view-analyse = What would it take?
view-analyse-tip = What moves the gap most, and the smallest change that closes it
view-compare = Compare
view-compare-tip = Scenarios side by side
view-deal = Our deal
view-deal-tip = The commitments the room agrees
toolbar-present = ▶ Present
toolbar-present-tip = { $count ->
    [one] Present the workshop's { $count } stage full screen, with your notes in a second window (F5; Esc leaves)
   *[other] Present the workshop's { $count } stages full screen, with your notes in a second window (F5; Esc leaves)
}
toolbar-present-none = This workshop has no stages to present
toolbar-own-settings = (your own settings)
toolbar-scenario = Scenario
toolbar-scenario-tip = Load a scenario's lever settings. Undo brings back what you had.
toolbar-reset-tip = Put the levers back to the scenario last loaded
toolbar-reset = Reset to scenario
toolbar-undo = Undo
toolbar-undo-tip = Undo the last change (Ctrl+Z)
toolbar-undo-none = Undo: nothing to undo
toolbar-redo = Redo
toolbar-redo-tip = Redo (Ctrl+Shift+Z or Ctrl+Y)
toolbar-redo-none = Redo: nothing to redo
toolbar-replay = Replay
toolbar-replay-tip = Replay the last change: the curves move from before it to after it, so the room sees what moved (R)
toolbar-replay-none = Replay: nothing to replay

## src/ui/menu.rs
menu-file = File
menu-workshops = Workshops…
menu-workshops-tip = Choose another workshop: those built in, in a workshops folder, or recent files
menu-save = Save session
menu-save-tip = Save where it was last saved (asks where the first time)
menu-save-as = Save session as…
menu-open = Open sessions or scenarios…
menu-open-tip = Or drop files on the window
menu-import-council = Import council figures…
menu-import-council-tip = Start from your council's own figures: a filled template (.xlsx, .ods or .csv, from jaws template) or a council profile
menu-enter-code = Enter a scenario code…
menu-enter-code-tip = Load the levers of a code from another laptop (JAWS-…)
menu-copy-chart = Copy the chart
menu-copy-chart-tip = The jaws chart as an image, to paste into a slide or a chat
menu-export-chart = Export the chart…
menu-export-chart-tip = The compared scenarios (or the levers as they stand) as PNG or SVG, for slides
menu-report = Write the report…
menu-report-tip = A self-contained HTML report (and Markdown) of the session, in a folder
menu-recent = Recent
menu-help = Help
menu-copy-chart-image-tip = As an image, to paste into a slide or a chat
menu-language-tip = The language of the window, the report and exported charts

## src/ui/present_view.rs
present-notes-title = Jaws — facilitator notes — { $workshop }
present-predict = Predict
present-met = ✔ Met
present-not-met = ✘ Not met yet
present-not-judged = ? Cannot be judged over these years
present-challenge = Challenge

## src/ui/facilitator_notes.rs
notes-stage-of = Stage { $stage } of { $stages }
notes-stage-time = This stage: { $elapsed } of { $planned } · { $left }
notes-time-left = { $time } left
notes-time-over = { $time } over
notes-stage-suggested = This stage: { $planned } suggested · timer stopped (T starts it)
notes-presenting-for = Presenting for { $elapsed } · the plan has { $before } before this stage, { $total } in all
notes-talking-points = Talking points
notes-question = Question for the room
notes-challenge = Challenge
notes-not-judged = Cannot be judged over the years now set in the assumptions.
notes-next = Next: { $title }
notes-last-stage = This is the last stage.
notes-all-stages = All stages
notes-back = ◀ Back
notes-back-tip = The stage before (Left, PageUp)
notes-next-button = Next ▶
notes-next-tip = The next stage (Right, PageDown, Space)
notes-show-screen = Show screen
notes-blank-screen = Blank screen
notes-blank-tip = Blank the audience's screen to turn the room's attention to itself (B)
notes-pause-timer = Pause timer
notes-start-timer = Start timer
notes-timer-tip = Time this stage against its suggested length (T)
notes-leave-full-screen = Leave full screen
notes-full-screen = Full screen
notes-full-screen-tip = The audience's window fills its screen (F)
notes-place-window = Notes: own window
notes-place-panel = Notes: beside the stage
notes-place-hidden = Notes: hidden
notes-place-tip = Where these notes go: their own window (for the laptop's screen), beside the stage (one screen; hidden in full screen), or hidden (N)
notes-reset-stage = Reset to stage
notes-reset-stage-tip = Put the levers back to where this stage started
notes-capture = Capture scenario
notes-capture-tip = Keep the levers as they stand as a named scenario, for a table's plan (Ctrl+K)
notes-stop = Stop presenting
notes-stop-tip = Back to exploring, with everything as it stands (Esc)
notes-predict-reveal = Predict, then reveal
notes-said = What the room said
notes-reveal = Reveal
notes-reveal-tip = Show the change: the curves draw themselves, with the room's sketch beside them (R)
notes-revealed = Revealed
notes-clear-sketch = Clear sketch
notes-clear-sketch-tip = Rub out what was sketched on the chart
notes-sketch-hint = Drag on the chart to sketch the room's prediction.

## src/ui/mod.rs
load-problems = The workshop asked for could not be opened; showing the bundled workshop instead.
notice-dismiss-tip = Dismiss this message (Esc)
capture-heading = Capture these levers as a scenario
capture-name = Name
capture-note = Note (what the table was thinking)
capture-button = Capture scenario
capture-button-tip = Keep the levers as they stand under this name (Enter)
dialog-cancel = Cancel
close-heading = The session could not be saved
close-text = Save it somewhere else before closing, or close without saving.
close-save-as = Save session as…
close-keep-working = Keep working
close-without-saving = Close without saving
restore-heading = Restore the last session?
restore-held = { $scenarios } and { $deal }
restore-held-notes = { $scenarios }, { $deal } and the notes
restore-crashed = Jaws did not close properly last time. The session was saved with { $held } in { $path }.
restore-it = Restore it
restore-it-tip = The saved file stays where it is until this session is saved over it
restore-crashed-aside = Jaws did not close properly last time, and the session it saved no longer fits this workshop, so the file is kept, unchanged, as { $path }. What still fits can be restored: { $held }, and the levers and assumptions that are still in range.
restore-what-fits = Restore what fits
restore-what-fits-tip = The file kept aside is never written over
restore-fresh = Start fresh
restore-not-fit = What does not fit:

## src/ui/headlines.rs
headline-cant-balance-short = budget can’t balance
headline-jaws-close-short = jaws close
headline-cant-balance = Budget can’t balance
headline-jaws-close = Jaws close
headline-gap-why = Demand minus resources in the last year of the horizon; a surplus where resources are the larger.
headline-total-why = The gap added up over every year of the horizon.
headline-cant-balance-why = The year the budget can no longer be balanced: the first year reserves end below the prudent minimum. In England, the year a section 114 notice would be likely.
headline-jaws-close-why = The first year, after the gap has opened, in which resources cover demand.
headline-not-by = Not by { $year }
headline-not-by-lower = not by { $year }

## src/ui/explore.rs
explore-hidden-figures = The figures appear when the prediction is revealed. Sketch on the chart what you expect.
explore-nothing = nothing
explore-compare-with = Compare with
explore-uncertainty = Uncertainty
explore-uncertainty-tip = Shade the range the curves could take across the workshop's uncertain assumptions: darker for the middle half of futures, lighter for nine in ten
explore-assumptions = Assumptions
explore-assumptions-tip = The context no lever controls: budget, reserves, demography, inflation. Put in your own council's numbers.

## src/ui/lever_panel.rs
levers-heading = Levers
levers-reset = Reset levers
levers-reset-tip = Put every lever back to the workshop's default
levers-fold = Fold these levers away
levers-unfold = Show these levers
lever-tooltip = { $description }{"\u000A"}{"\u000A"}Range { $min } to { $max }; default { $default }.
lever-reset-tip = Reset { $lever } to its default ({ $default })
lever-at-default = At its default
lever-reset = Reset { $lever }

## src/ui/analyse_view.rs
tornado-heading = What moves the gap in { $year } most
tornado-explain = Each bar swings one lever across its whole range, or one uncertain assumption (in grey) across its range, with everything else as it stands. Red widens the gap, green narrows it; the line is the gap now.
tornado-gap-now = gap now { $money }
seek-heading = What would it take?
seek-explain = Say what the room wants to achieve and which levers it is willing to move. Jaws finds the smallest change from where the levers are now that gets there, or says how close it can get.
seek-question = Question: { $question }
seek-nothing-yet = (nothing yet)
seek-the-question = The question
seek-find = Find the smallest change
seek-find-tip = Search the levers ticked below for the smallest change that meets the question
seek-close-gap = Close the gap by
seek-close-gap-tip = The year from which resources must cover demand, to the end of the horizon
seek-keep-reserves = Keep reserves above the prudent minimum every year
seek-cap-tax = Council tax rise no more than
seek-percent-a-year = % a year
seek-custom = Or write a target:
seek-custom-hint = e.g. unmet_need<=20 and trust>=0.5
seek-custom-tip = Conditions joined by `and`: gap, cumulative_gap, reserves, unmet_need, trust, cuts, or a lever id, with <= or >= and a number (see docs/seek.md). Used instead of the boxes above.
seek-movable = Levers the room will move
seek-stale-question = Out of date: this answer is for an earlier question. Find the smallest change again for the question as it is now.
seek-stale-levers = Out of date: the levers have moved since this answer was found. Find the smallest change again from where they are now.
seek-already = Already there: nothing needs to change.
seek-found = Found a way.
seek-not-possible = Not possible with these levers.
seek-stopped = Stopped: the best found so far.
seek-for = For: { $target }
seek-then = Then: gap in { $year }: { $gap }; budget can't balance: { $balance }; jaws close: { $close }.
seek-not-by = not by { $year }
seek-put-in-place = Put these levers in place
seek-put-in-place-tip = Move the levers to this answer (undo brings back what you had)
seek-in-place = These levers are in place
seek-find-again = Find the smallest change again first
seek-capture = Capture as a scenario
seek-capture-tip = Keep this answer as a scenario of the session, to compare and take away
seek-lever = Lever
seek-now = Now
seek-would-need = Would need

## src/ui/compare_view.rs
compare-heading = Compare scenarios
compare-explain = Tick up to eight scenarios on the left: the workshop's own, those captured here (Capture, or Ctrl+K), and scenario files opened or dropped on the window from other laptops.
compare-scenarios = Scenarios
compare-scenarios-explain = Tick to compare (up to eight). Scenarios captured in this session can be renamed, copied, saved to a file or deleted.
compare-name = Name
compare-copy = Copy
compare-copy-tip = Duplicate { $scenario }
compare-save = Save…
compare-save-name = Save
compare-save-tip = Save as a scenario file, to carry to another laptop
compare-delete = Delete
compare-delete-tip = Delete { $scenario } (Ctrl+Z undoes)
compare-demand = Demand
compare-resources = Resources
compare-prices = £m at { $year } prices
compare-gap-of = { $scenario }: gap
compare-year = Year
compare-money-a-year = £m a year
compare-demand-of = { $scenario }: demand
compare-resources-of = { $scenario }: resources
compare-headlines = Headline figures
compare-col-scenario = Scenario
compare-col-gap-in = Gap in { $year }
compare-col-total-gap = Total gap
compare-col-cant-balance = Budget can't balance
compare-col-jaws-close = Jaws close
compare-not-by = not by { $year }
compare-differ = Where they differ
compare-same = Every lever is the same in these scenarios.
compare-lever = Lever

## src/ui/deal_view.rs
deal-heading = Our deal
deal-explain = What the council will do, and what residents and communities will do: the new deal as the room agrees it. Link each commitment to the levers it moves.
deal-notes = Notes for the record
deal-remove-tip = Remove this commitment (Ctrl+Z undoes)
deal-add-label = Add a commitment { $whom }
deal-add-hint = e.g. Fund community groups to run lunch clubs
deal-levers = Levers it moves
deal-none-yet = none yet
deal-add-to = Add to { $side }
deal-for-council = for the council
deal-for-community = for residents and communities
deal-council-side = the council's side
deal-community-side = the community's side

## src/ui/code_view.rs
code-badge-tip = The scenario code of the levers as they stand. Type it on another laptop (File ▸ Enter a scenario code…, Ctrl+L) to load the same levers there. Click to copy it.
code-heading = Enter a scenario code
code-explain = Type the code from another laptop, a slide or a phone: JAWS- and groups of four characters. Capitals and dashes do not matter.
code-label = Scenario code
code-load = Load these levers
code-load-tip = Put the code's levers in place (undo brings back what you had)
code-add = Add as a scenario
code-add-tip = Keep the code's levers as a scenario of this session, to compare with others
code-cancel = Cancel
code-stage-heading = This scenario's code
code-stage-hint = Type it in Jaws on your laptop (Ctrl+L), or scan it

## src/ui/about.rs
about-menu = About Jaws…
about-menu-tip = The version, and the licences of what Jaws is built from
about-title = About Jaws
about-licences = Licences of the software and fonts built into Jaws

## src/ui/assumptions_panel.rs
assumptions-heading = Assumptions
assumptions-reset = Reset assumptions
assumptions-reset-tip = Put every assumption back to the workshop's own
assumptions-money = Money in £m at constant base-year prices.
assumptions-your-council = Your council
assumptions-base-year = Base year
assumptions-base-year-tip = The first year of the projection.
assumptions-horizon = Horizon
assumptions-years = years
assumptions-horizon-tip = How many years to project, 5 to 30.
assumptions-response = How the model responds
assumptions-response-note = Effect sizes, mostly judgements: see docs/model.md.
assumptions-tooltip = { $description }{"\u000A"}{"\u000A"}Allowed: { $min } to { $max }.

## src/ui/jaws_chart.rs
chart-bands-explained = How sure the curves are: darker shading holds the middle half of 400 simulated futures over the workshop's uncertain assumptions, lighter shading nine in ten.
chart-key-demand = Demand
chart-key-resources = Resources
chart-key-published-gap = Published MTFS gap
chart-key-gap = Gap
chart-key-surplus = Surplus
chart-key-range = Range of futures
chart-key-prediction = Our prediction
chart-axis-year = Year
chart-axis-money = £m a year
chart-bands-updating = uncertainty bands updating…
chart-middle-half = Middle half of futures

## src/ui/linked_charts.rs
linked-compared-with = Compared with
linked-prudent-minimum = Prudent minimum
linked-prudent-minimum-lower = prudent minimum

## src/ui/chart.rs
chart-our-prediction = Our prediction

## src/ui/workshop_picker.rs
picker-chosen = The file you chose
picker-chosen-tip = The workshop file just chosen with the file dialog, which could not be opened
picker-built-in = Built in
picker-built-in-tip = Workshops shipped inside Jaws: always here, whatever the folders hold
picker-beside = Beside Jaws
picker-beside-tip = Workshop files in the workshops folder next to the Jaws program
picker-yours = Your workshops folder
picker-yours-tip = Workshop files in the workshops folder of your Jaws data folder
picker-recent = Recent
picker-recent-tip = Workshop files opened lately from elsewhere
picker-heading = Choose a workshop
picker-fresh-saved = Opening a workshop starts a fresh session; this one is saved first.
picker-fresh = Opening a workshop starts a fresh session.
picker-not-opened = The workshop asked for could not be opened
picker-cannot-open = Cannot be opened:
picker-where = Where the file is
picker-open-now = ✔ open now
picker-open-now-tip = This is the workshop open now
picker-reopen = Reopen
picker-reopen-tip = Read the file again (after editing it) and start afresh on it
picker-open = Open
picker-open-tip = Start a session on “{ $workshop }”
picker-open-tip-saved = Start a session on “{ $workshop }”; this session is saved first
picker-open-name = Open { $workshop }
picker-more = …and { $count } more; `jaws check FILE` lists them all
picker-open-file = Open a workshop file…
picker-keep-tip = Close this list and carry on with the workshop open now (Esc)
picker-folders = Put workshop files (.jaws-workshop or .ron) in either folder to list them here:
picker-no-stages = No stages: the levers to explore freely
picker-stages = { $count ->
    [one] { $count } stage
   *[other] { $count } stages
}
picker-length = { $stages } · about { $time }

## src/ui/map_view.rs
map-working = Working out the map…
map-year = Year
map-year-tip = The year the map shows: arrows are as strong as the links are acting then
map-arrows = Arrow width: how much of what moves the target each link accounts for this year. + more means more; − more means less; ‖ acts with a delay. Click a node to follow its links.
map-canvas = Framework map
map-link-tip = { $from } → { $to } ({ $polarity }){"\u000A"}{ $description }{"\u000A"}In { $year }: { $share } of what is moving { $target }.
map-heading = The framework
map-explain = Cultural, structural, political and financial drivers act on each other as one system. Click a node to see what it is and how it moves; hover an arrow to read the link; pick a loop below to follow it round.
map-close = Close
map-stock = Stock: it accumulates
map-flow = Flow: worked out each moment
map-moves-it = What moves it now
map-loops = Feedback loops
picker-reopen-tip-saved = Read the file again (after editing it) and start afresh on it; this session is saved first
picker-reopen-name = Reopen { $workshop }
picker-open-file-tip = Choose a workshop file (.jaws-workshop, or .ron) anywhere on this computer, for example one a colleague sent
picker-keep = Keep { $workshop }
picker-also = Jaws also lists workshop files in a workshops folder beside it and in your data folder.

## Notices from the app (src/app/)
notice-session-saved = Session saved to { $path }.
notice-scenario-saved = Scenario saved to { $path }.
notice-other-workshop = { $path } was made for the workshop "{ $workshop }"; its lever settings are the model's own, so it opens here unchanged.
notice-is-workshop = { $path } is a workshop ("{ $title }"): open it with `jaws --workshop { $path }`.
notice-opened = Opened.
notice-scenarios-added = { $count ->
    [one] { $count } scenario added to this session and to the compare view.
   *[other] { $count } scenarios added to this session and to the compare view.
}
series-as-they-stand = As the levers stand
notice-chart-saved = Chart saved to { $path }.
notice-chart-name = { $problem }. Use a file name ending .png or .svg.
notice-chart-copied = The chart "{ $chart }" is on the clipboard: paste it into a slide or a chat.
notice-chart-not-copied = The chart could not be copied: { $problem }.
notice-report-written = Report written to { $path } ({ $count } files): open report.html in any browser.
notice-no-dialog = No file dialog could open on this computer.
notice-no-documents = Jaws found no documents folder to save in either. Drop files on the window to open them.
notice-no-folder = Jaws tried to save in { $path } instead, but could not make that folder: { $problem }.
notice-open-workshop-how = To open a workshop file, put it in { $folder } and choose it in File ▸ Workshops…, or start Jaws with --workshop FILE.
notice-workshops-beside = a workshops folder beside Jaws
notice-open-files-how = To open sessions or scenario files, drop them on the window. Jaws saves into { $folder }.
notice-no-stages = This workshop has no stages to present. Open one that has (File → Workshops…), or add stages to its file.
notice-one-screen = Only one screen is connected, so there is nothing to swap: connect the projector (or press N to put the notes beside the stage).
scenario-copy-name = { $scenario } (copy)
notice-scenario-deleted = Scenario deleted. Undo (Ctrl+Z) brings it back.
notice-eight-compared = At most eight scenarios can be compared at once: untick one first.
scenario-numbered = Scenario { $number }
scenario-unnamed = Scenario
notice-captured = Captured "{ $scenario }": it is in the scenario picker and on the compare view.
code-from-defaults = the workshop's defaults
code-moved = with { $levers } moved
code-scenario-name = Code { $code }
notice-code-added = Added { $code } ({ $from }) to this session's scenarios and the compare view.
notice-code-loaded = Loaded { $code }: { $from }. Undo (Ctrl+Z) brings back what you had.
seek-aim = Tick at least one thing to aim for, or write a target.
seek-stopped-short = Stopped.
seek-failed = The search stopped with an error ({ $problem }); nothing was changed. Try other levers or another target.
notice-restored-part = What still fits this workshop was restored; the file as it was is kept in { $path }.
notice-restored = The session was restored as it was last saved.
notice-workshop-not-opened = That workshop could not be opened; this one stays open. { $problem }
notice-stays-open = "{ $workshop }" stays open, because its session could not be saved. { $problem }
notice-workshop-opened = Opened "{ $workshop }". Press F5 to present it.
notice-bands-failed = The uncertainty bands could not be worked out ({ $problem }), so they are turned off; everything else is as it was. Turn them on again under Uncertainty to try again.
autosave-cannot = This session cannot be autosaved: { $problem }. Save it with File → Save session as… to keep the room's work.
autosave-second-window = Jaws is already open on "{ $workshop }" in another window, so this window autosaves to its own file, { $path }.
autosave-kept-aside = The autosaved session { $path } does not fit this workshop, so it was kept aside, unchanged, as { $aside }:
autosave-not-moved = The autosaved session { $path } does not fit this workshop and could not be moved aside ({ $problem }), so autosave will leave it as it is. Save this session with File → Save session as… to keep the room's work.
autosave-failed = Could not autosave to { $path }: { $problem }. { $where }
autosave-held-at = { $path } holds the session as it was at { $at } (UTC); the changes since are only in this window: use File → Save session as… to keep them.
autosave-only-here = The session is only in this window: use File → Save session as… to keep it.
folder-read-only = the folder { $path } cannot be written (it is read-only, or belongs to someone else)
folder-disk-full = the disk holding { $path } is full
folder-gone = the folder { $path } is not there (was a memory stick or network drive taken away?)
folder-other = { $problem } (in { $path })

## Bilingual stage (src/ui/facilitator_notes.rs)
notes-bilingual = Welsh and English on the stage
notes-bilingual-tip = For a mixed room: the stage's own words in Welsh first, then English

## More of the window
chart-dashed = { $scenario } (dashed)
chart-prices = £m at { $year } prices
chart-gap-of-scenario = { $scenario }, gap
chart-cant-balance-long = { $year }: budget can no longer be balanced
chart-cant-balance-short = { $year }: can’t balance
linked-compared-line = { $chart } (compared with)
map-lever-of = { $domain } lever
map-loops-explain = Strongest in { $year } first. R: reinforcing (a vicious or virtuous circle); B: balancing.
code-badge = Code: { $code }
code-qr = QR code of { $code }
assumptions-source = Source: { $source }
assumptions-not-number = “{ $text }” is not a number
seek-cancel = Cancel
seek-note = What would it take? { $target }. { $answer }
# The name of a scenario captured from the goal seek.
seek-scenario-name = What it would take
dialog-esc = Esc

## The goal seek's limits (src/ui/analyse_view.rs)
seek-allow-off-limits = Allow what the workshop marks as needing a referendum or unrealistic
seek-kept-out = Otherwise the answer keeps out of: { $limits }.

## Knife-edges and the MTFS (src/ui/analyse_view.rs, src/ui/jaws_chart.rs)
threshold-these-levers = These levers
threshold-heading = Where the gap changes sign
chart-mtfs-to = ← MTFS to { $year }

## Councils side by side (src/ui/compare_view.rs, src/app/apply/)
compare-councils = Councils side by side
compare-councils-explain = Set other councils beside this one, to see each other's jaws on one chart: each starts from its own figures, with the levers as they stand, and its gap is shown as a share of its own budget.
compare-councils-add = Add a council's figures…
compare-councils-add-tip = A filled template (.xlsx, .ods, .csv) or a council profile
compare-councils-ours = This workshop's figures
compare-councils-chart = The gap as a share of each council's budget
compare-councils-percent = Gap, % of the base-year budget
compare-councils-gap-of = { $council }: gap
compare-councils-budget = Base-year budget { $budget }
compare-councils-in-use = { $council } (in use)
dialog-compare-council = Set a council's figures beside this one (.xlsx, .ods, .csv or a council profile)
notice-compare-council-how = No file dialog can open here. Choose one of the councils listed, or drop a council profile (.jaws-council) on the window to start from its figures.
notice-council-compared = { $council } is on the compare view beside this council.
notice-council-not-used =
    Nothing was changed: { $path } could not be used.
    { $problems }
notice-councils-most = At most { $count } other councils can be set beside this one: take one away first.
compare-councils-levers = Every council with the levers as they stand.
compare-councils-levers-of = Every council with the levers as they stand: { $scenario }.
compare-councils-hint = Or tick councils below the scenarios to see each council's gap as a share of its own budget, side by side.
notice-council-started = Started from { $council }: the model reproduces its MTFS gaps, then carries on with the workshop's assumptions.
notice-council-miss = In { $year } the model reaches { $model }, not the published { $published }.

## File dialogs' titles (src/app/files.rs)
dialog-save-session = Save session
dialog-save-scenario = Save scenario
dialog-open-files = Open Jaws files
dialog-export-chart = Export chart
dialog-report-folder = Folder for the report
dialog-import-council = Import council figures (.xlsx, .ods, .csv) or a council profile
dialog-open-workshop = Open a workshop file
notice-import-council-how = To use a council's figures, start Jaws with --council FILE (a filled template imported with `jaws import`).
dialog-jaws-files = Jaws files
