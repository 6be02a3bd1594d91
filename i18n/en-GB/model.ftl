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
