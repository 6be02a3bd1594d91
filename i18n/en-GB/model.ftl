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
assumption-demographic_growth = Population growth in need
assumption-cost_inflation = Real pay and price inflation
assumption-opening_reserves = Usable reserves at the start
assumption-prudent_minimum = Prudent minimum reserves
assumption-reserves_ceiling = Most reserves the council would hold
assumption-max_in_year_cuts = Most savings a year
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

## Where the gap changes sign (model/sensitivity.rs); $side is above or below
threshold-closes = { $subject } closes the gap in { $year } only with { $what } { $side ->
    [below] below
   *[above] above
} { $value }
threshold-keeps-closed = { $subject } keeps the gap in { $year } closed only with { $what } { $side ->
    [below] below
   *[above] above
} { $value }

## Added with the model's service lines, schedules and limits
node-savings = Savings that recur
metric-spending = Spending
metric-savings = Savings that recur
metric-programmes = Programme costs
metric-pressures = Budget pressures
metric-social_care_share = Social care's share
metric-adult_social_care_share = Adult social care's share
metric-children_social_care_share = Children's social care's share
metric-other_services_share = Other services' share
metric-adult_social_care_spending = Adult social care
metric-children_social_care_spending = Children's social care
metric-other_services_spending = Other services
assumption-adults_share = Adult social care share
assumption-children_share = Children's social care share
assumption-adults_need_growth = Extra growth in adult care need
assumption-children_need_growth = Extra growth in children's care need
assumption-adults_cost_premium = Extra cost inflation in adult care
assumption-children_cost_premium = Extra cost inflation in children's care
assumption-savings_delivery = Savings delivered as planned
assumption-adults_floor = Adult social care that must be provided
assumption-children_floor = Children's social care that must be provided
assumption-other_floor = Other services that must be provided
assumption-crisis_resolution = Time for crisis need to resolve
assumption-prevention_return = Demand avoided per £1 of prevention
assumption-new_deal_ceiling = Most the new deal can take off demand
assumption-trust_on_expectation = Trust's effect on expectations
assumption-cuts_on_expectation = Cuts' effect on expectations
assumption-trust_sensitivity = Trust lost to unmet need and cuts
assumption-adoption_rate = Pace at which the new way spreads
chart-social-care-heading = Social care's share of spending
chart-social-care-axis = % of what the council spends
chart-social-care-explain = Adult and children's social care's share of what the council spends. As it rises, everything else is squeezed: Barnet's "graph of doom" has it reaching all of the budget.

## Goal words (model/target/words.rs): a condition of a target and how it fares. $when is
## one of goal-in-year, goal-in-every-year, goal-in-every-year-from; figures come with
## their units.
goal-in-year = in { $year }
goal-in-every-year = in every year
goal-in-every-year-from = in every year from { $from } to { $to }
goal-gap-closed = the gap closed { $when }
goal-surplus-at-least = a surplus of at least { $amount } { $when }
goal-gap-at-most = a gap of at most { $amount } { $when }
goal-cumulative-gap-closed = the gap added up from { $first } closed { $when }
goal-at-or-above-minimum = { $metric } at or above the prudent minimum ({ $minimum }) { $when }
goal-above-minimum = { $metric } at least { $amount } above the prudent minimum { $when }
goal-below-minimum = { $metric } at least { $amount } below the prudent minimum { $when }
goal-at-most-when = { $subject } at most { $amount } { $when }
goal-at-least-when = { $subject } at least { $amount } { $when }
goal-at-most = { $subject } at most { $amount }
goal-at-least = { $subject } at least { $amount }
goal-met = { $condition }.
goal-not-yet = { $condition }: not yet; { $why }.
goal-it-is = it is { $value }
goal-gap-still = in { $year } the gap is still { $amount }
goal-gap-too-much = in { $year } the gap is { $reading }, { $amount } too much
goal-too-high = in { $year } { $subject } { $number ->
        [plural] are
       *[singular] is
    } { $value }, { $amount } too high
goal-short = in { $year } { $subject } { $number ->
        [plural] are
       *[singular] is
    } { $value }, { $amount } short
goal-and = { $first } and { $last }
## Bands of a lever's range the seek keeps out of (model/seek/mod.rs)
limit-referendum = needs a referendum
limit-unrealistic = is marked as unrealistic
seek-off-limits = { $lever } at { $value } is in “{ $band }”: it { $limit }.
seek-kept-out-above = { $lever } above { $value } (“{ $band }”: it { $limit })
seek-kept-out-below = { $lever } below { $value } (“{ $band }”: it { $limit })

## The model's units (ids unit-…, made from the English by present/format.rs unit_id; the
## tables keep the English)
unit-pct-of-budget-a-year = % of budget a year
unit-pct-of-services = % of services
unit-pct-of-care-budget-pooled = % of care budget pooled
unit-pct-of-back-office = % of back office
unit-pct-of-contacts-online = % of contacts online
unit-pct-a-year-real = % a year, real
unit-pct-a-year = % a year
unit-pct-of-the-gap = % of the gap
unit-gbpm-a-year = £m a year
unit-gbpm = £m
unit-pct-of-resources = % of resources
unit-per-unit-of-trust = per unit of trust
unit-pct-of-need = % of need
unit-pct-of-spending = % of spending
unit-per-share-of-budget = per share of budget
unit-pct-of-planned = % of planned
unit-pct-of-base-budget = % of base budget
unit-pct-of-demand = % of demand
unit-pct-of-organisation = % of organisation
unit-pct-of-cost = % of cost
unit-years = years
unit-a-year = a year
unit-gbp-a-year-per-gbp1-a-year = £ a year per £1 a year

## A target's syntax errors (model/target/syntax.rs): words in backquotes are the target's own
target-at-column = column { $column }: { $message }
target-the-number = the number { $number }
target-the-end = the end of the target
target-not-a-number = `{ $raw }` is not a number
target-too-large = `{ $raw }` is too large a number
target-unexpected = unexpected `{ $found }`; a target looks like gap<=0 or reserves>=minimum
target-did-you-mean = {" "}(did you mean `{ $name }`?)
target-unknown = `{ $word }` is not a metric or a lever{ $guess }; metrics: { $metrics }; or a lever id to cap it (see `jaws levers`)
target-empty = the target is empty; write a condition such as gap<=0 or reserves>=minimum
target-expected-subject = expected a metric ({ $metrics }) or a lever id, found { $found }
target-bad-operator = `{ $op }` is not a target operator; use <= (at most) or >= (at least): a target is met at its bound
target-expected-operator = expected <= or >= after `{ $name }`, found { $found }
target-cap-no-by = a cap on the lever `{ $name }` holds throughout; it takes no `by` year
target-expected-year = expected a year after `by`, such as 2030, found { $found }
target-and-nothing = nothing follows `and`; add another condition or remove it
target-expected-and = expected `and`, `by YEAR` or the end of the target, found { $found }
target-minimum-not = `{ $word }` is the prudent minimum of reserves; it can bound reserves, not `{ $name }`
target-expected-offset = expected a number (£m) after `{ $word } +`, found { $found }
target-expected-bound-or-minimum = expected a number or `minimum` after the operator, found { $found }
target-expected-bound = expected a number after the operator, found { $found }
target-outside-horizon = { $what } { $year } is outside the horizon, { $first } to { $last }; choose a year in it
target-no-such-lever = this workshop does not have that lever
target-cap-number = a lever cap takes a number, not `minimum`
target-no-room = `{ $condition }` leaves the lever no room: { $lever } runs from { $min } to { $max } ({ $unit }){ $rest }
target-no-room-other-cap = , and another cap in the target rules out the rest
