# The model's words: linked charts (ids chart-ID-heading, -axis, -explain, where ID is the
# chart's id in the metric table; the table holds the English too).

chart-reserves-heading = Usable reserves
chart-reserves-axis = £m at year end
chart-reserves-explain = Usable reserves at the end of each year. The dashed line is the prudent minimum.
chart-capacity-heading = Community capacity
chart-capacity-axis = £m a year
chart-capacity-explain = What residents and communities can do for themselves and each other, valued as the need it can meet.
chart-trust-heading = Trust
chart-trust-axis = trust, % (0 none, 100 complete)
chart-trust-explain = Mutual understanding between people and public services.
chart-adoption-heading = Adoption of the new way of working
chart-adoption-axis = % of the organisation
chart-adoption-explain = The share of the organisation working the new way: it starts with a few pilots.
chart-unmet-need-heading = Unmet need
chart-unmet-need-axis = £m a year
chart-unmet-need-explain = Need nobody is meeting because services were cut or priced out of reach; it comes back as crisis.

## The four domains of drivers
domain-cultural = Cultural
domain-structural = Structural
domain-political = Political
domain-financial = Financial

## Node names on the map (ids node-ID, ID as in model/links.rs; the table keeps the English)
node-need = Need
node-expectation = Expectation
node-community_capacity = Community capacity
node-trust = Trust
node-adoption = Adoption
node-unmet_need = Unmet need
node-prevention = Prevention
node-structural_savings = Structural savings
node-reserves = Reserves
node-co_produced = Co-produced outcomes
node-cuts = In-year cuts
node-demand = Demand
node-resources = Resources
node-gap = Gap

## Metric titles (ids metric-ID, ID as in model/metric.rs)
metric-demand = Demand
metric-resources = Resources
metric-gap = Gap
metric-cumulative_gap = Gap added up
metric-reserves = Reserves
metric-reserves_drawn = Drawn from reserves
metric-cuts = Cuts
metric-unfunded = Unfunded gap
metric-grant = Grant
metric-council_tax = Council tax
metric-fees = Fees and charges
metric-structural_savings = Structural savings
metric-co_produced = Co-produced
metric-need = Need
metric-expectation = Expectation
metric-community_capacity = Community capacity
metric-trust = Trust
metric-adoption = Adoption
metric-unmet_need = Unmet need
metric-prevention = Prevention
metric-released = Released

## Assumption labels (ids assumption-ID, ID as in model/assumptions.rs)
assumption-base_budget = Base budget
assumption-grant_share = Central grant share
assumption-fees_share = Fees and other income share
assumption-general_inflation = General inflation (CPI)
assumption-tax_base_growth = Council tax base growth
assumption-demographic_growth = Demographic growth in need
assumption-cost_inflation = Real cost inflation
assumption-opening_reserves = Usable reserves at the start
assumption-prudent_minimum = Prudent minimum reserves
assumption-reserves_ceiling = Most reserves the council would hold
assumption-max_in_year_cuts = Most that can be cut in a year
assumption-opening_adoption = New way of working at the start
assumption-opening_expectation = Need arriving as demand at the start
assumption-opening_capacity = Community capacity at the start
assumption-crisis_escalation = Unmet need turning into crisis
assumption-prevention_yield = Return on prevention
assumption-coproduction_saving = Saving from co-production
assumption-capacity_building = Capacity built per £1 of relationship building
assumption-capacity_decay = Community capacity fading
assumption-expectation_delay = Time for expectations to change
assumption-prevention_delay = Time for prevention to mature
assumption-restructuring_delay = Time for structural change to pay back

## The goal seek's answer (model/seek/answer.rs)
seek-lever-not-allowed = It is not among the levers allowed to move.
seek-already-met = Already met: nothing needs to change.
seek-met = Met by moving { $levers }.
seek-not-met = This cannot be met by moving only the allowed levers within their ranges. The closest found: { $closest }
seek-cancelled-met = Stopped: the best found so far meets the target, but may not be the smallest change.
seek-cancelled = Stopped: the best found so far. { $closest }
