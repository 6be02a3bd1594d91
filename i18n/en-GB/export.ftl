# The report (HTML and Markdown) and exported charts (src/export/).

## Charts
chart-year = Year
chart-jaws-title = The jaws: demand against resources
# The y axis of a chart of money: "£m a year, 2025 prices".
chart-axis-prices = { $axis }, { $year } prices
chart-jaws-axis = £m a year
chart-demand = demand
chart-resources = resources
# "demand (The new deal)" for one scenario; "The new deal: demand" among several.
chart-series-one = { $what } ({ $scenario })
chart-series-many = { $scenario }: { $what }
chart-gap = gap: demand above resources
chart-gap-of = gap: demand above resources ({ $scenario })
chart-reserves-below = reserves fall below the prudent minimum in { $year }
chart-reserves-below-of = { $scenario }: reserves fall below the prudent minimum in { $year }
chart-prudent-minimum = prudent minimum ({ $money })
chart-lever-defaults = Lever defaults
chart-scenarios-compared = Scenarios compared

## The report
report-title = { $workshop }: workshop report
report-meta = Workshop report made with Jaws on { $when }. Money is in £m a year at constant { $year } prices unless it says otherwise.
report-meta-stage = The room had reached stage { $stage } of { $stages }, "{ $title }".
report-meta-captured = { $count ->
    [one] { $count } scenario was captured in this session.
   *[other] { $count } scenarios were captured in this session.
}
report-contents = Contents
report-compared = The scenarios compared
report-deal = Our deal
report-notes = Notes
report-predicted = What the room predicted
report-assumptions = Assumptions
report-charts-first = The charts show the first { $count } scenarios; the table shows them all.
report-col-scenario = Scenario
report-col-levers-changed = Levers changed from the defaults
report-col-lever = Lever
report-col-setting = Setting
report-col-default = Workshop default
report-col-assumption = Assumption
report-col-value = Value
report-col-source = Where it comes from
report-deal-empty = No deal cards were recorded in this session.
report-deal-side-empty = None recorded.
report-deal-moves = Moves: { $levers }
report-captured = Captured { $when }.
# $code is the scenario code, shown as code.
report-code = Scenario code { $code }: type it in Jaws (Ctrl+L) for these levers.
report-lever-settings = Lever settings
report-levers-differ = { $count ->
    [0] Every lever is at the workshop's default.
    [one] One lever differs from the workshop's default; it is in bold and marked “changed”.
   *[other] { $count } levers differ from the workshop's defaults; they are in bold and marked “changed”.
}
report-levers-differ-any = Levers that differ from the workshop's defaults are in bold and marked “changed”.
report-changed = changed
report-assumptions-changed = What the model takes as given. Values changed in this session are in bold and marked “changed”, with the workshop's own value beside them.
report-assumptions-given = What the model takes as given: the council's situation, and how strongly the model responds to what the council does.
report-workshop-value = Workshop: { $value }.
report-group-context = The council's situation
report-group-response = How strongly the model responds
report-base-year = Base year
report-years-projected = Years projected
report-headline-final-gap = Gap in the final year
report-headline-total-gap = Gap added up over the years
report-headline-below-minimum = Year reserves fall below the prudent minimum
report-headline-jaws-close = Year the jaws close
report-final-gap = { $money } in { $year }
report-final-surplus = none: a surplus of { $money } in { $year }
report-final-balanced = none: balanced in { $year }
report-total-gap = { $money } over { $years } years
report-total-surplus = none: a surplus of { $money } over { $years } years
report-total-balanced = none: balanced over { $years } years
report-not-by = not by { $year }
report-no-gap-opens = no gap opens
report-sketched-only = Sketched on the chart; nothing written down.
report-also-sketched = (also sketched on the chart)
report-not-revealed = Not yet revealed.
report-current-name = Where the room left the levers
report-current-note = No scenarios were captured in this session, so this is the levers as they were last set.

## The medium-term financial strategy's end on a chart
chart-mtfs = MTFS
chart-mtfs-legend = the medium-term financial strategy: its own year-by-year figures to { $year }
