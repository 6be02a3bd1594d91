# Yr adroddiad (HTML a Markdown) a siartiau a allforir.

## Siartiau
chart-year = Blwyddyn
chart-jaws-title = Y safnau: y galw yn erbyn yr adnoddau
chart-axis-prices = { $axis }, prisiau { $year }
chart-jaws-axis = £m y flwyddyn
chart-demand = galw
chart-resources = adnoddau
chart-series-one = { $what } ({ $scenario })
chart-series-many = { $scenario }: { $what }
chart-gap = bwlch: y galw yn uwch na'r adnoddau
chart-gap-of = bwlch: y galw yn uwch na'r adnoddau ({ $scenario })
chart-reserves-below = y cronfeydd wrth gefn yn disgyn o dan yr isafswm darbodus yn { $year }
chart-reserves-below-of = { $scenario }: y cronfeydd wrth gefn yn disgyn o dan yr isafswm darbodus yn { $year }
chart-prudent-minimum = isafswm darbodus ({ $money })
chart-lever-defaults = Gosodiadau diofyn y liferi
chart-scenarios-compared = Cymharu senarios

## Yr adroddiad
report-title = { $workshop }: adroddiad y gweithdy
report-meta = Adroddiad gweithdy a wnaed gyda Jaws ar { $when }. Mae arian mewn £m y flwyddyn ar brisiau cyson { $year } oni bai ei fod yn dweud fel arall.
report-meta-stage = Roedd yr ystafell wedi cyrraedd cam { $stage } o { $stages }, “{ $title }”.
report-meta-captured = { $count ->
    [one] Cipiwyd { $count } senario yn y sesiwn hon.
   *[other] Cipiwyd { $count } senario yn y sesiwn hon.
}
report-contents = Cynnwys
report-compared = Cymharu'r senarios
report-deal = Ein bargen
report-notes = Nodiadau
report-predicted = Beth a ragfynegodd yr ystafell
report-assumptions = Rhagdybiaethau
report-charts-first = Mae'r siartiau'n dangos y { $count } senario cyntaf; mae'r tabl yn eu dangos i gyd.
report-col-scenario = Senario
report-col-levers-changed = Liferi a newidiwyd o'r gosodiadau diofyn
report-col-lever = Lifer
report-col-setting = Gosodiad
report-col-default = Gosodiad diofyn y gweithdy
report-col-assumption = Rhagdybiaeth
report-col-value = Gwerth
report-col-source = O ble y daw
report-deal-empty = Ni chofnodwyd unrhyw gardiau bargen yn y sesiwn hon.
report-deal-side-empty = Dim wedi'u cofnodi.
report-deal-moves = Yn symud: { $levers }
report-captured = Cipiwyd { $when }.
report-code = Cod senario { $code }: teipiwch ef yn Jaws (Ctrl+L) i gael y liferi hyn.
report-lever-settings = Gosodiadau'r liferi
report-levers-differ = { $count ->
    [0] Mae pob lifer ar osodiad diofyn y gweithdy.
    [one] Mae un lifer yn wahanol i osodiad diofyn y gweithdy; mae mewn print trwm a'i farcio'n “newidiwyd”.
   *[other] Mae { $count } lifer yn wahanol i osodiadau diofyn y gweithdy; maent mewn print trwm a'u marcio'n “newidiwyd”.
}
report-levers-differ-any = Mae liferi sy'n wahanol i osodiadau diofyn y gweithdy mewn print trwm a'u marcio'n “newidiwyd”.
report-changed = newidiwyd
report-assumptions-changed = Yr hyn y mae'r model yn ei gymryd yn ganiataol. Mae gwerthoedd a newidiwyd yn y sesiwn hon mewn print trwm a'u marcio'n “newidiwyd”, gyda gwerth y gweithdy ei hun wrth eu hymyl.
report-assumptions-given = Yr hyn y mae'r model yn ei gymryd yn ganiataol: sefyllfa'r cyngor, a pha mor gryf y mae'r model yn ymateb i'r hyn y mae'r cyngor yn ei wneud.
report-workshop-value = Y gweithdy: { $value }.
report-group-context = Sefyllfa'r cyngor
report-group-response = Pa mor gryf y mae'r model yn ymateb
report-base-year = Blwyddyn sylfaen
report-years-projected = Blynyddoedd a amcanestynnir
report-headline-final-gap = Y bwlch yn y flwyddyn olaf
report-headline-total-gap = Y bwlch wedi'i adio dros y blynyddoedd
report-headline-below-minimum = Y flwyddyn y mae'r cronfeydd wrth gefn yn disgyn o dan yr isafswm darbodus
report-headline-jaws-close = Y flwyddyn y mae'r safnau'n cau
report-final-gap = { $money } yn { $year }
report-final-surplus = dim: gwarged o { $money } yn { $year }
report-final-balanced = dim: cytbwys yn { $year }
report-total-gap = { $money } dros { $years } blynedd
report-total-surplus = dim: gwarged o { $money } dros { $years } blynedd
report-total-balanced = dim: cytbwys dros { $years } blynedd
report-not-by = nid erbyn { $year }
report-no-gap-opens = nid oes bwlch yn agor
report-sketched-only = Braslun ar y siart; dim wedi'i ysgrifennu.
report-also-sketched = (braslun ar y siart hefyd)
report-not-revealed = Heb ei ddatgelu eto.
report-current-name = Lle gadawodd yr ystafell y liferi
report-current-note = Ni chipiwyd unrhyw senarios yn y sesiwn hon, felly dyma'r liferi fel y'u gosodwyd ddiwethaf.

## Diwedd y strategaeth ariannol tymor canolig ar siart
chart-mtfs = SATC
chart-mtfs-legend = y strategaeth ariannol tymor canolig: ei ffigurau ei hun fesul blwyddyn hyd at { $year }
