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
