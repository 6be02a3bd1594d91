# Problems in a file, shown in the window (and by `jaws check`, in the language it is run in).
# Names in backquotes are what the file says, or the file's own field names and words, so
# they stay as written.

## A syntax or shape mistake (workshop/read/syntax.rs)
file-too-deep = mae'r nythu'n rhy ddwfn (mwy na { $levels } lefel); nid yw ffeil Jaws byth wedi'i nythu fel hyn
file-ends-early = mae'r ffeil yn dod i ben yn rhy gynnar: mae rhywbeth heb ei gau
file-expected-whole-not-decimal = roedd disgwyl rhif cyfan, fel 3, nid degolyn
file-expected-comma = roedd disgwyl coma yma, ar ôl yr eitem hon (neu fraced cau)
file-string-not-closed = nid yw'r testun mewn dyfynodau dwbl wedi'i gau: mae " cau ar goll
file-expected-found = roedd disgwyl { $expected }, cafwyd { $found }
file-expected-items = roedd disgwyl { $expected }, cafwyd { $count } { $count ->
        [one] eitem
       *[other] eitem
    }
file-expected-word = nid yw `{ $found }` yn un o'r dewisiadau yma; roedd disgwyl gair, heb ddyfynodau
file-trailing = testun annisgwyl ar ôl diwedd y ffeil: ni all dim ddilyn y `)` sy'n ei chau
file-expected-number = roedd disgwyl rhif, fel 2.5
file-expected-whole-number = roedd disgwyl rhif cyfan, fel 3
file-expected-text = roedd disgwyl testun mewn dyfynodau dwbl
file-expected-boolean = roedd disgwyl true neu false
file-expected-list = roedd disgwyl rhestr, yn agor gyda `[`
file-expected-list-end = roedd disgwyl `]` i gau'r rhestr, neu goma cyn yr eitem nesaf
file-expected-map = roedd disgwyl map, yn agor gyda `{"{"}`
file-expected-map-end = roedd disgwyl `{"}"}` i gau'r map, neu goma cyn y cofnod nesaf
file-expected-colon = roedd disgwyl `:` rhwng yr allwedd a'i gwerth
file-expected-part-end = roedd disgwyl `)` i gau'r rhan hon, neu goma cyn y maes nesaf
file-unknown-field = maes anhysbys `{ $found }` yn { $part }; roedd disgwyl un o: { $expected }
file-missing-field = mae ar { $part } angen y maes `{ $field }`
file-field-twice = mae'r maes `{ $field }` yn ymddangos ddwywaith yn { $part }
file-expected-field-name = roedd disgwyl enw maes (fel `id:`) neu `)` cau yma
file-expected-open-found = roedd disgwyl `(` i agor { $part }, cafwyd `{ $found }`
file-expected-part = roedd disgwyl { $part } yma
file-not-a-choice = nid yw `{ $found }` yn un o'r dewisiadau yma; roedd disgwyl { $expected }
file-or = {" "}neu{" "}
file-expected-pair = roedd disgwyl `(` i agor pâr o rifau, fel (0.5, 0.5)
file-expected-open = roedd disgwyl `(` i agor { $part }
file-number-out-of-range = mae'r rhif cyfan hwn y tu allan i'r amrediad yma
file-not-below-zero = {" "}(ni all fod yn llai na sero)
file-out-of-range = mae `{ $number }` y tu allan i'r amrediad yma{ $below }
file-out-of-range-for = mae `{ $number }` y tu allan i'r amrediad ar gyfer `{ $field }`{ $below }
file-out-of-range-takes = mae `{ $number }` y tu allan i'r amrediad ar gyfer `{ $field }`{ $below }: roedd disgwyl { $takes }
file-takes-version = fersiwn fformat: 1, 2, ...
file-takes-minutes = nifer cyfan o funudau o 1 i 120
file-takes-stage = rhif y cam a gyrhaeddwyd, gan gyfrif o 0
file-takes-base-year = blwyddyn o 1990 i 2100
file-takes-horizon-years = nifer cyfan o flynyddoedd o 5 i 30
## What each part of a file is called (ids file-part-…, by the type that reads it)
file-part-unnamed = rhan o'r ffeil
file-part-this = y rhan hon
file-a-whole-number = rhif cyfan, fel 3
file-a-number = rhif, fel 2.5
file-a-text = testun mewn dyfynodau dwbl
file-a-list = rhestr yn [ ]
file-a-boolean = true neu false
file-a-value = gwerth
file-a-pair = pâr, fel (0.5, 0.5)
file-part-workshop-file = y gweithdy
file-part-scenario-file-shape = y ffeil senario
file-part-scenario-entry = senario
file-part-lever-override = gosodiadau lifer
file-part-assumptions = y rhagdybiaethau
file-part-uncertain = amrediad ansicr
file-part-band = band
file-part-stage-entry = cam
file-part-challenge-entry = her cam
file-part-stage-view = golwg cam
file-part-session-file = y sesiwn
file-part-assumptions-v2 = y rhagdybiaethau
file-part-schedule = yr amserlenni
file-part-claim = honiad
file-part-claim-metric = metrig honiad
file-part-direction = cyfeiriad honiad
file-part-limit = terfyn band
file-part-captured-entry = senario a gipiwyd
file-part-deal-entry = cerdyn bargen
file-part-deal-side = ochr cerdyn bargen
file-part-prediction-entry = rhagfynegiad
file-part-council-file = proffil y cyngor
file-part-sourced = ffigur a'i ffynhonnell
file-part-mtfs-year = blwyddyn SATC
# Parts the workshop's translations add (branch wsw)
file-part-translation-entry = cyfieithiad
file-part-stage-words = geiriau cam mewn iaith arall
file-part-lever-words = geiriau lifer mewn iaith arall
file-part-scenario-words = geiriau senario mewn iaith arall

## Ids (workshop/ids.rs, workshop/read/custom.rs)
file-what-workshop = gweithdy
file-what-scenario = senario
file-what-stage = cam
file-what-deal-card = cerdyn bargen
file-bad-id = rhaid i id { $what } "{ $id }" fod yn 1 i { $most } o lythrennau bach, digidau, '-' neu '_'
file-id-twice = mae id { $what } "{ $id }" wedi'i ddefnyddio ddwywaith; rhowch ei id ei hun i bob { $what }
file-unknown-lever = lifer anhysbys "{ $id }"{ $guess }; y liferi yw: { $levers }
file-did-you-mean = {" "}(ai "{ $name }" oedd gennych mewn golwg?)
file-and-more = { $names } a { $more } arall
file-key-twice = mae `{ $key }` yn ymddangos ddwywaith yn y map hwn; cadwch un

## Assumptions out of range (model/assumptions.rs), in a file or typed in the window
file-base-year-whole = rhaid i'r flwyddyn sylfaen fod yn rhif cyfan
file-horizon-whole = rhaid i'r cyfnod fod yn rhif cyfan
file-not-a-number = nid yw { $value } yn rhif
file-no-such-assumption = nid oes rhagdybiaeth o'r enw `{ $id }`
file-base-year-range = rhaid i'r flwyddyn sylfaen { $year } fod rhwng 1990 a 2100
file-horizon-range = rhaid i gyfnod o { $years } blynedd fod rhwng 5 a 30
file-assumption-range = rhaid i { $name } fod o { $min } i { $max }; mae { $value } y tu allan i hynny
file-grant-and-fees = mae cyfran y grant a chyfran y ffioedd gyda'i gilydd yn fwy na 95%, gan adael bron dim i'r dreth gyngor
file-care-shares = mae cyfrannau gofal cymdeithasol i oedolion a phlant gyda'i gilydd yn { $total }%, mwy na'r gyllideb gyfan
file-reserves-ceiling = mae'r mwyaf o gronfeydd wrth gefn y byddai'r cyngor yn eu dal (£{ $ceiling }m) yn is na'r cronfeydd wrth gefn agoriadol £{ $opening }m
file-prudent-minimum = mae'r isafswm darbodus £{ $minimum }m yn uwch na'r cronfeydd wrth gefn agoriadol £{ $opening }m

## A council's figures, imported from a spreadsheet or read from a profile (council/)
council-net-budget = y gyllideb net
council-adult-social-care = gofal cymdeithasol i oedolion
council-children-social-care = gofal cymdeithasol plant
council-other-services = gwasanaethau eraill
council-council-tax-requirement = gofyniad y dreth gyngor
council-settlement-funding = cyllid y setliad
council-fees-and-charges = ffioedd a thaliadau
council-earmarked-reserves = cronfeydd wrth gefn wedi'u clustnodi
council-unallocated-reserves = cronfeydd wrth gefn heb eu dyrannu
council-prudent-minimum = yr isafswm darbodus
council-unknown-type = nid yw "{ $given }" yn fath o gyngor y mae Jaws yn ei adnabod; roedd disgwyl un o { $types }
council-name-empty = mae enw'r cyngor yn wag
council-source-empty = dywedwch o ble y daw'r ffigurau hyn ("Llyfr cyllideb 2025/26 a SATC, Chwefror 2025"): fe'i dangosir gydag enw'r cyngor
council-first-year-range = rhaid i'r flwyddyn ariannol gyntaf fod o 2000/01 i 2100/01; mae { $year } y tu allan i hynny
council-budget-too-small = mae'r gyllideb net a'r ffioedd a thaliadau gyda'i gilydd yn { $budget }; mae ar y model angen o leiaf { $least }: ydy'r gyllideb mewn £m?
council-lines-sum = mae gofal cymdeithasol i oedolion, gofal cymdeithasol plant a gwasanaethau eraill gyda'i gilydd yn { $sum }, nid y gyllideb net o { $net }: rhaid i'r llinellau gwasanaeth adio i'r gyllideb net
council-funding-sum = mae gofyniad y dreth gyngor ({ $tax }) a chyllid y setliad ({ $settlement }) gyda'i gilydd yn fwy na'r gyllideb net ({ $net }), y maent yn ei hariannu
council-mtfs-years = mae'r SATC yn rhoi { $count } blynedd; rhowch o 1 i { $most } (mae'r rhan fwyaf o gynghorau'n cyhoeddi 3 i 5)
council-mtfs-start = mae'r SATC yn dechrau yn { $start }, ond mae'r ffigurau ar gyfer { $first }: rhaid iddi ddechrau yn { $first } neu { $next }
council-mtfs-order = mae blynyddoedd y SATC allan o drefn: mae { $year } yn dilyn { $previous }; rhowch nhw un ar ôl y llall, y cynharaf yn gyntaf ({ $next } nesaf)
council-year-gap = bwlch { $year }
council-year-savings = arbedion arfaethedig { $year }
council-savings-fall = mae'r arbedion arfaethedig yn gostwng o { $from } i { $to }: rhowch nhw'n gronnus o'r flwyddyn gyntaf, fel y mae tablau SATC yn ei wneud
council-source-missing = dywedwch o ble y daw { $what } ("Llyfr cyllideb 2025/26, tudalen 4")
council-not-a-number = rhaid i { $what } fod yn rhif mewn £m
council-negative = ni all { $what } fod yn negatif; rhoddwyd { $given }: rhowch ef mewn £m fel rhif positif
council-in-pounds = mae { $what } o { $given } yn fwy na chyllideb gyfan unrhyw gyngor mewn £m: mae'n edrych fel punnoedd; rhowch ef mewn £m (£612.4m yw 612.4)
council-at-line-cell = llinell { $line }, cell { $cell }
council-at-sheet-cell = taflen "{ $sheet }", cell { $cell }
council-at-sheet = taflen "{ $sheet }"
council-first-year = y flwyddyn ariannol gyntaf
council-mtfs-rows-missing = mae rhai o resi blwyddyn SATC { $n } ar goll (mtfs_{ $n }_year, mtfs_{ $n }_gap, mtfs_{ $n }_savings); ychwanegwch nhw'n ôl o'r templed
council-mtfs-year = blwyddyn SATC { $n }
council-cell-empty = mae { $what } yn wag; rhowch ef mewn £m
council-cell-not-money = rhaid i { $what } fod yn rhif mewn £m, cafwyd { $found }
council-cell-not-year = rhaid i { $what } fod yn flwyddyn ariannol fel 2025/26, cafwyd { $found }
council-nothing = dim

## The notice at the foot of the window, where a file's problems are told
notice-ok = Iawn

## Reading a file, and what kind it is (workshop/read/mod.rs, read/locate.rs, kind.rs)
file-cannot-read = ni ellir darllen y ffeil: { $why }
file-no-such-file = nid oes ffeil o'r fath
file-permission-denied = dim caniatâd
file-is-folder = ffolder yw hon, nid ffeil; roedd disgwyl ffeil gweithdy, sesiwn neu senario Jaws
file-is-not-file = { $what } yw hwn, nid ffeil; roedd disgwyl ffeil gweithdy, sesiwn neu senario Jaws
file-a-device = dyfais
file-a-disk = disg (dyfais bloc)
file-a-socket = soced
file-size-more-than = mwy na { $most } MiB
file-too-big = mae'r ffeil yn { $size }; mae ffeiliau Jaws yn { $most } MiB ar y mwyaf, felly nid yw hon yn un
file-not-utf8 = nid yw'r ffeil yn destun UTF-8 dilys yma; cadwch hi fel UTF-8
file-control-character = mae nod rheoli ({ $code }) yn y testun hwn, na ellir ei ddangos ar sgrin na'i argraffu'n ddiogel; tynnwch ef
file-text-empty = mae { $what } yn wag; rhowch rai geiriau, gan y bydd pobl yn ei weld
file-text-one-line = rhaid i { $what } fod yn un llinell: mae toriad llinell neu dab ynddo yma
file-more-problems = ni restrir { $count } { $count ->
        [one] problem arall
       *[other] problem arall
    } o'r fan hon ymlaen (dim ond y { $most } cyntaf a restrir); trwsiwch y rhain, yna gwiriwch eto
file-kind-workshop = gweithdy
file-kind-scenario = senario
file-kind-session = sesiwn
file-kind-council = proffil cyngor
file-empty-0-bytes = mae'r ffeil yn wag (0 beit)
file-empty-comments = mae'r ffeil yn wag: does dim ynddi ond bylchau a sylwadau
file-empty-expected = { $empty }; roedd disgwyl ffeil { $kind }, sy'n dechrau (format: "{ $format }", version: { $newest }, ...); cafodd ffeil a gadwodd Jaws ac sydd bellach yn wag ei thorri'n fyr (chwalfa, disg llawn, copi na orffennodd)
file-empty-unknown = { $empty }; roedd disgwyl ffeil gweithdy, senario neu sesiwn Jaws, sy'n dechrau (format: "jaws-workshop", ...), (format: "jaws-scenario", ...) neu (format: "jaws-session", ...)
file-open-as-session = ; agorwch hi gyda --session
file-wrong-kind = ffeil { $kind } yw hon (format "{ $format }"), nid { $expected } (format "{ $expected_format }"){ $hint }
file-version = nid yw fersiwn fformat { $kind } { $version } yn un y mae'r Jaws hwn yn ei darllen (1 i { $newest }); { $why }
file-version-newer = fe'i gwnaed gan Jaws mwy newydd: diweddarwch Jaws i'w hagor
file-version-from-1 = mae fersiynau'n dechrau ar 1
file-format-is = "{ $format }" yw'r fformat, roedd disgwyl "{ $expected }"
council-sheet-kinds = Mae Jaws yn mewnforio ffigurau cyngor o ffeiliau .xlsx, .ods neu .csv; ysgrifennwch dempled gyda `jaws template --out council.xlsx`
council-sheet-folder = ffolder yw hon, nid taenlen
council-sheet-too-big = mae'r ffeil yn { $size } MiB; mae ffigurau cyngor yn ffitio mewn ychydig gilobeitiau ({ $most } MiB ar y mwyaf), felly nid y templed yw hon
council-sheet-empty = mae'r ffeil yn wag; llenwch y templed o `jaws template --out council.xlsx`
council-sheet-more-than = mae'r ffeil yn fwy na { $most } MiB, felly nid y templed yw hon
council-sheet-password = mae'r llyfr gwaith wedi'i ddiogelu â chyfrinair; cadwch gopi heb gyfrinair (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, wedi'i glirio) a mewnforiwch hwnnw
council-sheet-damaged = ni ellir darllen hon fel { $format }: mae'r ffeil wedi'i difrodi neu mae'n fath arall o ffeil ({ $why }); agorwch hi yn eich rhaglen daenlen a'i chadw eto
council-sheet-missing = nid oes taflen o'r enw "{ $sheet }" (mae gan y llyfr gwaith { $has }); mae'r mewnforio'n darllen taflen "{ $sheet }" y templed: rhowch yr enw hwnnw iddi eto
council-sheet-none = ddim un
council-sheet-unreadable = ni ellir darllen y daflen "{ $sheet }": { $why }
council-csv-line = llinell { $line }: ni ellir darllen y llinell hon fel testun CSV ({ $why }); cadwch y daflen fel CSV UTF-8
council-csv-file = ni ellir darllen y ffeil fel CSV: { $why }
council-csv-not-utf8 = nid yw'n destun UTF-8
council-csv-not-csv = nid yw'n destun wedi'i wahanu gan gomâu
council-sheet-heading = roedd disgwyl pennawd y templed "{ $heading }" yma, cafwyd { $found }; dechreuwch o `jaws template`, gan gadw ei rhes a'i cholofn gyntaf
council-sheet-unknown-row = nid yw { $id } yn un o ffigurau'r templed; cadwch golofn A fel yr ysgrifennodd y templed hi
council-sheet-row-twice = rhoddir { $id } ddwywaith, yma ac yn rhes { $row }; cadwch un
council-sheet-row-missing = mae'r rhes ar gyfer { $id } ({ $label }) ar goll; ychwanegwch hi'n ôl o'r templed, gyda { $id } yng ngholofn A

## Scenarios in a file (workshop/scenario_file.rs)
file-scenario-name = enw senario "{ $id }"
file-scenario-sets-unknown = mae senario "{ $id }" yn gosod { $unknown }
file-scenario-out-of-range = mae senario "{ $id }" yn gosod { $lever } i { $value }, y tu allan i'w amrediad { $min } i { $max } ({ $unit })

## A session's levers and scenarios against its workshop (workshop/session/checks.rs)
file-current-levers-set = mae'r liferi presennol yn gosod
file-scenario-sets = mae senario "{ $id }" yn gosod
file-sets-unknown = { $what } { $unknown }
file-sets-not-a-number = { $what } { $lever } i { $value }, nad yw'n rhif
file-sets-out-of-range = { $what } { $lever } i { $value }, y tu allan i'w amrediad { $min } i { $max } ({ $unit })
file-session-other-workshop = gwnaed y sesiwn hon gyda'r gweithdy "{ $made }"{ $title }, nid "{ $id }" ("{ $name }"); agorwch hi gyda ffeil y gweithdy hwnnw (--workshop FILE)
file-prediction-unknown-stage = rhagfynegiad ar gyfer cam "{ $id }", nad yw'r gweithdy "{ $workshop }" yn ei gynnwys{ $guess }; ei gamau yw: { $stages }
file-none = dim
file-session-assumptions = gyda rhagdybiaethau'r sesiwn hon, { $message }
file-unknown-assumption = rhagdybiaeth anhysbys "{ $id }"; y rhagdybiaethau yw: { $ids }
file-must-be-number = rhaid i { $id } fod yn rhif, nid { $value }
file-must-be-whole = rhaid i { $id } fod yn rhif cyfan, nid { $value }
file-sketch-off-chart = mae'r pwynt a fraslunwyd ({ $x }, { $y }) oddi ar bob siart
file-sketch-not-finite = nid yw pwynt a fraslunwyd yn rhif meidraidd
file-sketch-expected = { $what }; roedd disgwyl parau (blwyddyn, £m) fel (2030.0, 1100.0): blynyddoedd o { $from } i { $to }, £m o fewn ±{ $money }
file-card-links-unknown = mae cerdyn bargen "{ $id }" yn cysylltu { $unknown }
file-card-links-twice = mae cerdyn bargen "{ $id }" yn cysylltu lifer "{ $lever }" ddwywaith; cadwch un
file-captured-not-time = nid yw'r amser cipio "{ $when }" yn ddyddiad ac amser fel "2026-03-14T10:30:00Z" (ISO 8601)
file-stage-none = roedd y sesiwn wedi cyrraedd cam { $stage }, ond nid oes camau gan y gweithdy "{ $workshop }"; gadewch `stage` allan
file-stage-beyond = roedd y sesiwn wedi cyrraedd cam { $stage }, ond mae gan y gweithdy "{ $workshop }" { $count } cam, wedi'u rhifo o 0 i { $last }

## A workshop's stages naming what the workshop does not have (workshop/stage.rs)
file-stage-loads = yn llwytho
file-stage-draws-behind = yn tynnu y tu ôl
file-stage-compares = yn cymharu
file-stage-unknown-scenario = mae cam "{ $stage }" { $does } senario "{ $id }", nad yw'r gweithdy hwn yn ei gynnwys{ $guess }; ei senarios yw: { $scenarios }
file-stage-compares-twice = mae cam "{ $stage }" yn cymharu "{ $id }" ddwywaith; rhestrwch ef unwaith
file-stage-unknown-lever = mae cam "{ $stage }" yn rhestru lifer anhysbys "{ $id }" yn `{ $field }`{ $guess }; defnyddiwch id lifer (gweler `jaws levers`) neu faes: cultural, structural, political, financial
file-stage-lists-twice = mae cam "{ $stage }" yn rhestru "{ $id }" ddwywaith yn `{ $field }`; rhestrwch ef unwaith

## A workshop's assumptions, levers, bands and map (workshop/workshop_file.rs)
file-source-unknown-assumption = rhoddwyd ffynhonnell ar gyfer rhagdybiaeth anhysbys "{ $id }"
file-uncertain-unknown = rhagdybiaeth anhysbys "{ $id }"
file-uncertain-twice = mae gan { $id } amrediad ansicr yn barod; rhowch un amrediad i bob rhagdybiaeth
file-uncertain-range = rhaid i'r amrediad ansicr { $low } i { $high } ar gyfer { $id } fod yn isel ≤ uchel ac o fewn amrediad y rhagdybiaeth ei hun
file-lever-label = label lifer { $id }
file-and = {" "}a{" "}
file-lever-beyond = ni all lifer { $id } fyth fynd y tu hwnt i { $lowest } i { $highest }, felly gwrthodir { $refused }; caiff gweithdy gulhau amrediad lifer, nid ei ledu y tu hwnt i hynny
file-lever-min-max = mae ar lifer { $id } angen min o dan max (min { $min }, max { $max })
file-lever-default = mae rhagosodiad lifer { $id } { $default } y tu allan i'w amrediad { $min } i { $max }
file-band-label = band o lifer { $id }
file-band-within = rhaid i fand "{ $band }" lifer { $id } ({ $from } i { $to }) fod o fewn { $min } i { $max } gyda from o dan to
file-band-overlaps = mae band "{ $band }" lifer { $id } ({ $from } i { $to }) yn gorgyffwrdd â band "{ $other }" ({ $other_from } i { $other_to }); caiff band ddechrau lle mae un arall yn gorffen, nid cyn hynny
file-map-lever = lifer yw "{ $id }": gosodir liferi yn rhanbarth eu maes yn awtomatig; dim ond stociau a llifoedd y gellir eu gosod: { $nodes }
file-map-no-node = nid oes nod "{ $id }" ar y map{ $guess }; y stociau a'r llifoedd y gellir eu gosod yw: { $nodes }
file-map-across = ar draws y map o'r chwith; mae liferi'r meysydd yn llenwi'r ochrau
file-map-down = i lawr y map o'r brig
file-map-outside = mae gan "{ $id }" { $axis } = { $value }, y tu allan i'r map: roedd disgwyl rhif o { $from } i { $to } (ffracsiwn o'r ffordd { $across })
file-stage-title-empty = mae ar gam "{ $stage }" angen teitl: y pennawd ar y sgrin
file-stage-title = teitl cam
file-stage-title-long = cam "{ $stage }": mae'r teitl yn { $count } nod; cadwch ef i { $most } fel ei fod yn ffitio fel pennawd
file-stage-narrative-long = cam "{ $stage }": mae'r naratif yn { $count } nod; rhaid i gefn yr ystafell allu ei ddarllen, felly cadwch ef i un i dair brawddeg ({ $most } nod ar y mwyaf) a rhowch y gweddill yn talking_points
file-stage-point-empty = cam "{ $stage }": mae pwynt trafod { $n } yn wag
file-stage-compares-many = mae cam "{ $stage }" yn cymharu { $count } senario; mae'r olwg gymharu'n dangos { $most } ar y mwyaf
file-stage-minutes = mae cam "{ $stage }" yn para { $minutes } munud; mae cam yn cymryd 1 i { $most } munud (rhannwch un hirach)
file-stage-predict-empty = cam "{ $stage }": `predict` yw'r cwestiwn y mae'r ystafell yn ei ateb cyn iddi weld; mae'n wag
file-stage-predict = yr anogwr rhagfynegi
file-stage-predict-long = cam "{ $stage }": mae'r anogwr rhagfynegi yn { $count } nod; cadwch ef i { $most }
file-stage-predict-nothing = mae cam "{ $stage }" yn gofyn i'r ystafell ragfynegi ond nid oes dim i'w ddatgelu: rhowch `scenario` iddo i'w lwytho, neu datglowch liferi i'r ystafell eu symud
file-stage-unlocks-hidden = mae cam "{ $stage }" yn datgloi "{ $lever }" ond nid yw'n ei ddangos; ychwanegwch ef at `visible`
file-stage-wording-empty = cam "{ $stage }": dywedwch yn `wording` beth mae'r her yn ei ofyn, mewn iaith glir, ar gyfer y sgrin
file-stage-wording = geiriad yr her
file-stage-wording-long = cam "{ $stage }": mae geiriad yr her yn { $count } nod; cadwch ef i { $most }
file-stage-target = cam "{ $stage }": targed yr her: { $message }

## A session's council (workshop/session/versions.rs)
file-session-council-new = mae `council` sesiwn yn newydd yn fersiwn { $version } o fformat y sesiwn; newidiwch fersiwn y ffeil i { $version }

## Nodiadau wrth ddarllen ffeil hŷn (workshop/legacy.rs, workshop_file.rs)
file-read-as = Ysgrifennwyd y { $kind } ar gyfer Jaws cynharach (fersiwn { $from }) ac fe'i darllenwyd fel fersiwn { $to }; nid yw'r ffeil ei hun wedi newid
file-note-workshop = gweithdy
file-note-scenario-file = ffeil senario
file-note-session = sesiwn
file-note-council = proffil cyngor
file-note-money = Roedd y liferi arian (meithrin perthnasoedd, newid disgwyliadau, buddsoddi mewn trawsnewid ac atal) yn £m y flwyddyn ac maent bellach yn gyfran o'r gyllideb: rhannwyd { $count } gwerth â'r gyllideb sylfaenol o £{ $budget }m (mae { $lever } o { $before } y flwyddyn bellach yn { $after })
file-note-prevention = Mae'r adenillion ar atal ({ $was }% y flwyddyn, yn tyfu bob blwyddyn am byth) bellach yn golygu'r galw y mae pob £1 o atal yn ei osgoi unwaith y bydd wedi aeddfedu, sy'n gwastatáu: { $now } y flwyddyn am bob £1 y flwyddyn (yr elw wedi'i luosi â'r { $years } blynedd y mae atal yn ei gymryd i aeddfedu)
file-note-growth = Mae twf mewn angen ({ $was }% y flwyddyn i bob gwasanaeth) bellach yn dwf yn y boblogaeth, { $now }% y flwyddyn, gyda gofal cymdeithasol oedolion a phlant yn tyfu'n gyflymach ar ben hynny ({ $adults }% a { $children }% y flwyddyn yn fwy): yr un twf mewn angen ar y dechrau
file-note-inflation = Mae chwyddiant costau real ({ $was }% y flwyddyn i bob gwasanaeth) bellach yn chwyddiant cyflogau a phrisiau real, { $now }% y flwyddyn, gyda gofal cymdeithasol oedolion a phlant yn codi'n gyflymach ar ben hynny ({ $adults }% a { $children }% y flwyddyn yn fwy): yr un twf mewn costau ar y dechrau
file-note-range = Mae ystod ansicr { $id } ({ $low } i { $high }) bellach yn { $now } o { $from } i { $to }
file-new-in-3 = mae `{ $field }` lifer yn newydd yn fersiwn 3 o fformat y gweithdy; newidiwch fersiwn y ffeil i 3 (a'i liferi arian i gyfran o'r gyllideb)
file-new-in-3-band = mae `limit` band yn newydd yn fersiwn 3 o fformat y gweithdy; newidiwch fersiwn y ffeil i 3 (a'i liferi arian i gyfran o'r gyllideb)
file-new-in-2 = mae `{ $field }` yn newydd yn fersiwn 2 o fformat y gweithdy; newidiwch `version: 1` i `version: 2`
file-new-in-4 = mae `{ $field }` yn newydd yn fersiwn 4 o fformat y gweithdy; newidiwch `version: { $version }` i `version: 4`
