# Y ffenestr: dewislenni, golygfeydd, paneli, modd cyflwyno, hysbysiadau a deialogau.

## Ieithoedd
lang-name = Cymraeg
menu-language = Iaith · Language

## src/ui/toolbar.rs
toolbar-capture = Cipio
toolbar-capture-tip = Cadw'r liferi fel y maent fel senario ag enw (Ctrl+K)
toolbar-light = Thema olau
toolbar-light-tip = Newid i'r thema olau
toolbar-dark = Thema dywyll
toolbar-dark-tip = Newid i'r thema dywyll
view-explore = Archwilio
view-explore-tip = Y liferi a siart y safnau
view-map = Map
view-map-tip = Y pedwar maes a sut mae'r sbardunau'n effeithio ar ei gilydd
view-analyse = Beth fyddai ei angen?
view-analyse-tip = Beth sy'n symud y bwlch fwyaf, a'r newid lleiaf sy'n ei gau
view-compare = Cymharu
view-compare-tip = Senarios ochr yn ochr
view-deal = Ein bargen
view-deal-tip = Yr ymrwymiadau y mae'r ystafell yn cytuno arnynt
toolbar-present = ▶ Cyflwyno
toolbar-present-tip = Cyflwyno { $count } cam y gweithdy ar sgrin lawn, gyda'ch nodiadau mewn ail ffenestr (F5; mae Esc yn gadael)
toolbar-present-none = Nid oes gan y gweithdy hwn gamau i'w cyflwyno
toolbar-own-settings = (eich gosodiadau eich hun)
toolbar-scenario = Senario
toolbar-scenario-tip = Llwytho gosodiadau liferi senario. Mae Dadwneud yn dod â'r hyn oedd gennych yn ôl.
toolbar-reset-tip = Rhoi'r liferi yn ôl i'r senario a lwythwyd ddiwethaf
toolbar-reset = Ailosod i'r senario
toolbar-undo = Dadwneud
toolbar-undo-tip = Dadwneud y newid diwethaf (Ctrl+Z)
toolbar-undo-none = Dadwneud: dim i'w ddadwneud
toolbar-redo = Ailwneud
toolbar-redo-tip = Ailwneud (Ctrl+Shift+Z neu Ctrl+Y)
toolbar-redo-none = Ailwneud: dim i'w ailwneud
toolbar-replay = Ailchwarae
toolbar-replay-tip = Ailchwarae'r newid diwethaf: mae'r cromliniau'n symud o'r cyfnod cyn y newid i'r cyfnod wedyn, fel bod yr ystafell yn gweld beth symudodd (R)
toolbar-replay-none = Ailchwarae: dim i'w ailchwarae

## src/ui/menu.rs
menu-file = Ffeil
menu-workshops = Gweithdai…
menu-workshops-tip = Dewis gweithdy arall: y rhai sydd wedi'u cynnwys, mewn ffolder gweithdai, neu ffeiliau diweddar
menu-save = Cadw'r sesiwn
menu-save-tip = Cadw lle y'i cadwyd ddiwethaf (mae'n gofyn ble y tro cyntaf)
menu-save-as = Cadw'r sesiwn fel…
menu-open = Agor sesiynau neu senarios…
menu-open-tip = Neu ollwng ffeiliau ar y ffenestr
menu-import-council = Mewnforio ffigurau'r cyngor…
menu-import-council-tip = Dechrau o ffigurau eich cyngor eich hun: templed wedi'i lenwi (.xlsx, .ods neu .csv, o jaws template) neu broffil cyngor
menu-enter-code = Rhoi cod senario…
menu-enter-code-tip = Llwytho liferi cod o liniadur arall (JAWS-…)
menu-copy-chart = Copïo'r siart
menu-copy-chart-tip = Siart y safnau fel delwedd, i'w gludo i sleid neu sgwrs
menu-export-chart = Allforio'r siart…
menu-export-chart-tip = Y senarios a gymharir (neu'r liferi fel y maent) fel PNG neu SVG, ar gyfer sleidiau
menu-report = Ysgrifennu'r adroddiad…
menu-report-tip = Adroddiad HTML hunangynhwysol (a Markdown) o'r sesiwn, mewn ffolder
menu-recent = Diweddar
menu-help = Cymorth
menu-copy-chart-image-tip = Fel delwedd, i'w gludo i sleid neu sgwrs
menu-language-tip = Iaith y ffenestr, yr adroddiad a'r siartiau a allforir

## src/ui/present_view.rs
present-notes-title = Jaws — nodiadau'r hwylusydd — { $workshop }
present-predict = Rhagfynegwch
present-met = ✔ Wedi'i chyflawni
present-not-met = ✘ Heb ei chyflawni eto
present-not-judged = ? Ni ellir ei barnu dros y blynyddoedd hyn
present-challenge = Her

## src/ui/facilitator_notes.rs
notes-stage-of = Cam { $stage } o { $stages }
notes-stage-time = Y cam hwn: { $elapsed } o { $planned } · { $left }
notes-time-left = { $time } ar ôl
notes-time-over = { $time } dros yr amser
notes-stage-suggested = Y cam hwn: awgrymir { $planned } · yr amserydd wedi'i stopio (mae T yn ei gychwyn)
notes-presenting-for = Yn cyflwyno ers { $elapsed } · mae'r cynllun yn rhoi { $before } cyn y cam hwn, { $total } i gyd
notes-talking-points = Pwyntiau trafod
notes-question = Cwestiwn i'r ystafell
notes-challenge = Her
notes-not-judged = Ni ellir ei barnu dros y blynyddoedd sydd wedi'u gosod yn y rhagdybiaethau ar hyn o bryd.
notes-next = Nesaf: { $title }
notes-last-stage = Dyma'r cam olaf.
notes-all-stages = Pob cam
notes-back = ◀ Yn ôl
notes-back-tip = Y cam blaenorol (Chwith, PageUp)
notes-next-button = Nesaf ▶
notes-next-tip = Y cam nesaf (Dde, PageDown, Bylchwr)
notes-show-screen = Dangos y sgrin
notes-blank-screen = Gwagio'r sgrin
notes-blank-tip = Gwagio sgrin y gynulleidfa i droi sylw'r ystafell ati ei hun (B)
notes-pause-timer = Oedi'r amserydd
notes-start-timer = Cychwyn yr amserydd
notes-timer-tip = Amseru'r cam hwn yn erbyn yr hyd a awgrymir (T)
notes-leave-full-screen = Gadael y sgrin lawn
notes-full-screen = Sgrin lawn
notes-full-screen-tip = Mae ffenestr y gynulleidfa yn llenwi ei sgrin (F)
notes-place-window = Nodiadau: ffenestr ei hun
notes-place-panel = Nodiadau: wrth ymyl y llwyfan
notes-place-hidden = Nodiadau: cudd
notes-place-tip = Ble mae'r nodiadau hyn yn mynd: eu ffenestr eu hunain (ar gyfer sgrin y gliniadur), wrth ymyl y llwyfan (un sgrin; cudd ar sgrin lawn), neu'n gudd (N)
notes-reset-stage = Ailosod i'r cam
notes-reset-stage-tip = Rhoi'r liferi yn ôl i ble y dechreuodd y cam hwn
notes-capture = Cipio senario
notes-capture-tip = Cadw'r liferi fel y maent fel senario ag enw, ar gyfer cynllun bwrdd (Ctrl+K)
notes-stop = Rhoi'r gorau i gyflwyno
notes-stop-tip = Yn ôl i archwilio, gyda phopeth fel y mae (Esc)
notes-predict-reveal = Rhagfynegi, yna datgelu
notes-said = Beth ddywedodd yr ystafell
notes-reveal = Datgelu
notes-reveal-tip = Dangos y newid: mae'r cromliniau'n eu tynnu eu hunain, gyda braslun yr ystafell wrth eu hymyl (R)
notes-revealed = Wedi'i ddatgelu
notes-clear-sketch = Clirio'r braslun
notes-clear-sketch-tip = Dileu'r hyn a fraslunwyd ar y siart
notes-sketch-hint = Llusgwch ar y siart i fraslunio rhagfynegiad yr ystafell.

## src/ui/mod.rs
load-problems = Nid oedd modd agor y gweithdy y gofynnwyd amdano; yn dangos y gweithdy sydd wedi'i gynnwys yn lle hynny.
notice-dismiss-tip = Cau'r neges hon (Esc)
capture-heading = Cipio'r liferi hyn fel senario
capture-name = Enw
capture-note = Nodyn (beth oedd y bwrdd yn ei feddwl)
capture-button = Cipio senario
capture-button-tip = Cadw'r liferi fel y maent dan yr enw hwn (Enter)
dialog-cancel = Canslo
close-heading = Nid oedd modd cadw'r sesiwn
close-text = Cadwch hi rywle arall cyn cau, neu caewch heb gadw.
close-save-as = Cadw'r sesiwn fel…
close-keep-working = Dal ati i weithio
close-without-saving = Cau heb gadw
restore-heading = Adfer y sesiwn ddiwethaf?
restore-held = { $scenarios } a { $deal }
restore-held-notes = { $scenarios }, { $deal } a'r nodiadau
restore-crashed = Ni chaeodd Jaws yn iawn y tro diwethaf. Cadwyd y sesiwn gyda { $held } yn { $path }.
restore-it = Ei hadfer
restore-it-tip = Mae'r ffeil a gadwyd yn aros lle mae hi nes bod y sesiwn hon yn cael ei chadw drosti
restore-crashed-aside = Ni chaeodd Jaws yn iawn y tro diwethaf, ac nid yw'r sesiwn a gadwodd yn gweddu i'r gweithdy hwn mwyach, felly cedwir y ffeil, heb ei newid, fel { $path }. Gellir adfer yr hyn sy'n dal i weddu: { $held }, a'r liferi a'r rhagdybiaethau sy'n dal o fewn eu hystod.
restore-what-fits = Adfer yr hyn sy'n gweddu
restore-what-fits-tip = Ni fydd y ffeil a gadwyd o'r neilltu byth yn cael ei throsysgrifo
restore-fresh = Dechrau o'r newydd
restore-not-fit = Yr hyn nad yw'n gweddu:

## src/ui/headlines.rs
headline-cant-balance-short = ni all y gyllideb gydbwyso
headline-jaws-close-short = y safnau'n cau
headline-cant-balance = Ni all y gyllideb gydbwyso
headline-jaws-close = Y safnau'n cau
headline-gap-why = Y galw llai'r adnoddau ym mlwyddyn olaf y cyfnod; gwarged lle mae'r adnoddau'n fwy.
headline-total-why = Y bwlch wedi'i adio dros bob blwyddyn o'r cyfnod.
headline-cant-balance-why = Y flwyddyn pan na ellir cydbwyso'r gyllideb mwyach: y flwyddyn gyntaf y mae'r cronfeydd wrth gefn yn gorffen o dan yr isafswm darbodus. Yn Lloegr, y flwyddyn y byddai hysbysiad adran 114 yn debygol.
headline-jaws-close-why = Y flwyddyn gyntaf, ar ôl i'r bwlch agor, pan fo'r adnoddau'n talu am y galw.
headline-not-by = Nid erbyn { $year }
headline-not-by-lower = nid erbyn { $year }

## src/ui/explore.rs
explore-hidden-figures = Mae'r ffigurau'n ymddangos pan ddatgelir y rhagfynegiad. Brasluniwch ar y siart yr hyn rydych yn ei ddisgwyl.
explore-nothing = dim
explore-compare-with = Cymharu â
explore-uncertainty = Ansicrwydd
explore-uncertainty-tip = Lliwio'r ystod y gallai'r cromliniau ei chymryd ar draws rhagdybiaethau ansicr y gweithdy: tywyllach ar gyfer hanner canol y dyfodolau, goleuach ar gyfer naw o bob deg
explore-assumptions = Rhagdybiaethau
explore-assumptions-tip = Y cyd-destun nad oes lifer yn ei reoli: cyllideb, cronfeydd wrth gefn, demograffeg, chwyddiant. Rhowch ffigurau eich cyngor eich hun.

## src/ui/lever_panel.rs
levers-heading = Liferi
levers-reset = Ailosod y liferi
levers-reset-tip = Rhoi pob lifer yn ôl i osodiad diofyn y gweithdy
levers-fold = Plygu'r liferi hyn o'r golwg
levers-unfold = Dangos y liferi hyn
lever-tooltip = { $description }{"\u000A"}{"\u000A"}Ystod { $min } i { $max }; diofyn { $default }.
lever-reset-tip = Ailosod { $lever } i'w osodiad diofyn ({ $default })
lever-at-default = Ar ei osodiad diofyn
lever-reset = Ailosod { $lever }

## src/ui/analyse_view.rs
tornado-heading = Beth sy'n symud y bwlch yn { $year } fwyaf
tornado-explain = Mae pob bar yn symud un lifer ar draws ei ystod gyfan, neu un rhagdybiaeth ansicr (mewn llwyd) ar draws ei hystod, gyda phopeth arall fel y mae. Mae coch yn lledu'r bwlch, gwyrdd yn ei gulhau; y llinell yw'r bwlch nawr.
tornado-gap-now = y bwlch nawr { $money }
seek-heading = Beth fyddai ei angen?
seek-explain = Dywedwch beth mae'r ystafell am ei gyflawni a pha liferi y mae'n fodlon eu symud. Mae Jaws yn dod o hyd i'r newid lleiaf o ble mae'r liferi nawr sy'n cyrraedd yno, neu'n dweud pa mor agos y gall ddod.
seek-question = Cwestiwn: { $question }
seek-nothing-yet = (dim eto)
seek-the-question = Y cwestiwn
seek-find = Dod o hyd i'r newid lleiaf
seek-find-tip = Chwilio'r liferi a diciwyd isod am y newid lleiaf sy'n ateb y cwestiwn
seek-close-gap = Cau'r bwlch erbyn
seek-close-gap-tip = Y flwyddyn o'r hon y mae'n rhaid i'r adnoddau dalu am y galw, hyd at ddiwedd y cyfnod
seek-keep-reserves = Cadw'r cronfeydd wrth gefn uwchlaw'r isafswm darbodus bob blwyddyn
seek-cap-tax = Cynnydd yn y dreth gyngor dim mwy na
seek-percent-a-year = % y flwyddyn
seek-custom = Neu ysgrifennwch darged:
seek-custom-hint = e.e. unmet_need<=20 and trust>=0.5
seek-custom-tip = Amodau wedi'u cysylltu ag `and`: gap, cumulative_gap, reserves, unmet_need, trust, cuts, neu id lifer, gyda <= neu >= a rhif (gweler docs/seek.md). Fe'i defnyddir yn lle'r blychau uchod.
seek-movable = Liferi y bydd yr ystafell yn eu symud
seek-stale-question = Wedi dyddio: mae'r ateb hwn ar gyfer cwestiwn cynharach. Chwiliwch am y newid lleiaf eto ar gyfer y cwestiwn fel y mae nawr.
seek-stale-levers = Wedi dyddio: mae'r liferi wedi symud ers canfod yr ateb hwn. Chwiliwch am y newid lleiaf eto o ble maen nhw nawr.
seek-already = Eisoes yno: does dim angen newid dim.
seek-found = Wedi dod o hyd i ffordd.
seek-not-possible = Ddim yn bosibl gyda'r liferi hyn.
seek-stopped = Wedi stopio: y gorau a gafwyd hyd yma.
seek-for = Ar gyfer: { $target }
seek-then = Wedyn: y bwlch yn { $year }: { $gap }; ni all y gyllideb gydbwyso: { $balance }; y safnau'n cau: { $close }.
seek-not-by = nid erbyn { $year }
seek-put-in-place = Rhoi'r liferi hyn yn eu lle
seek-put-in-place-tip = Symud y liferi i'r ateb hwn (mae dadwneud yn dod â'r hyn oedd gennych yn ôl)
seek-in-place = Mae'r liferi hyn yn eu lle
seek-find-again = Chwiliwch am y newid lleiaf eto yn gyntaf
seek-capture = Cipio fel senario
seek-capture-tip = Cadw'r ateb hwn fel senario o'r sesiwn, i'w gymharu a'i gymryd i ffwrdd
seek-lever = Lifer
seek-now = Nawr
seek-would-need = Byddai angen

## src/ui/compare_view.rs
compare-heading = Cymharu senarios
compare-explain = Ticiwch hyd at wyth senario ar y chwith: rhai'r gweithdy ei hun, y rhai a gipiwyd yma (Cipio, neu Ctrl+K), a ffeiliau senario a agorwyd neu a ollyngwyd ar y ffenestr o liniaduron eraill.
compare-scenarios = Senarios
compare-scenarios-explain = Ticiwch i gymharu (hyd at wyth). Gellir ailenwi, copïo, cadw i ffeil neu ddileu senarios a gipiwyd yn y sesiwn hon.
compare-name = Enw
compare-copy = Copïo
compare-copy-tip = Dyblygu { $scenario }
compare-save = Cadw…
compare-save-name = Cadw
compare-save-tip = Cadw fel ffeil senario, i'w chario i liniadur arall
compare-delete = Dileu
compare-delete-tip = Dileu { $scenario } (mae Ctrl+Z yn dadwneud)
compare-demand = Galw
compare-resources = Adnoddau
compare-prices = £m ar brisiau { $year }
compare-gap-of = { $scenario }: bwlch
compare-year = Blwyddyn
compare-money-a-year = £m y flwyddyn
compare-demand-of = { $scenario }: galw
compare-resources-of = { $scenario }: adnoddau
compare-headlines = Prif ffigurau
compare-col-scenario = Senario
compare-col-gap-in = Bwlch yn { $year }
compare-col-total-gap = Cyfanswm y bwlch
compare-col-cant-balance = Ni all y gyllideb gydbwyso
compare-col-jaws-close = Y safnau'n cau
compare-not-by = nid erbyn { $year }
compare-differ = Lle maen nhw'n wahanol
compare-same = Mae pob lifer yr un fath yn y senarios hyn.
compare-lever = Lifer

## src/ui/deal_view.rs
deal-heading = Ein bargen
deal-explain = Beth fydd y cyngor yn ei wneud, a beth fydd preswylwyr a chymunedau yn ei wneud: y fargen newydd fel y mae'r ystafell yn cytuno arni. Cysylltwch bob ymrwymiad â'r liferi y mae'n eu symud.
deal-notes = Nodiadau ar gyfer y cofnod
deal-remove-tip = Tynnu'r ymrwymiad hwn (mae Ctrl+Z yn dadwneud)
deal-add-label = Ychwanegu ymrwymiad { $whom }
deal-add-hint = e.e. Ariannu grwpiau cymunedol i gynnal clybiau cinio
deal-levers = Liferi y mae'n eu symud
deal-none-yet = dim eto
deal-add-to = Ychwanegu at { $side }
deal-for-council = ar gyfer y cyngor
deal-for-community = ar gyfer preswylwyr a chymunedau
deal-council-side = ochr y cyngor
deal-community-side = ochr y gymuned

## src/ui/code_view.rs
code-badge-tip = Cod senario'r liferi fel y maent. Teipiwch ef ar liniadur arall (Ffeil ▸ Rhoi cod senario…, Ctrl+L) i lwytho'r un liferi yno. Cliciwch i'w gopïo.
code-heading = Rhoi cod senario
code-explain = Teipiwch y cod o liniadur arall, sleid neu ffôn: JAWS- a grwpiau o bedwar nod. Does dim ots am briflythrennau a llinellau toriad.
code-label = Cod senario
code-load = Llwytho'r liferi hyn
code-load-tip = Rhoi liferi'r cod yn eu lle (mae dadwneud yn dod â'r hyn oedd gennych yn ôl)
code-add = Ychwanegu fel senario
code-add-tip = Cadw liferi'r cod fel senario o'r sesiwn hon, i'w cymharu ag eraill
code-cancel = Canslo
code-stage-heading = Cod y senario hwn
code-stage-hint = Teipiwch ef yn Jaws ar eich gliniadur (Ctrl+L), neu sganiwch ef

## src/ui/about.rs
about-menu = Ynghylch Jaws…
about-menu-tip = Y fersiwn, a thrwyddedau'r hyn y mae Jaws wedi'i adeiladu ohono
about-title = Ynghylch Jaws
about-licences = Trwyddedau'r meddalwedd a'r ffontiau sydd wedi'u cynnwys yn Jaws

## src/ui/assumptions_panel.rs
assumptions-heading = Rhagdybiaethau
assumptions-reset = Ailosod y rhagdybiaethau
assumptions-reset-tip = Rhoi pob rhagdybiaeth yn ôl i rai'r gweithdy ei hun
assumptions-money = Arian mewn £m ar brisiau cyson y flwyddyn sylfaen.
assumptions-your-council = Eich cyngor
assumptions-base-year = Blwyddyn sylfaen
assumptions-base-year-tip = Blwyddyn gyntaf yr amcanestyniad.
assumptions-horizon = Cyfnod
assumptions-years = blynedd
assumptions-horizon-tip = Sawl blwyddyn i'w hamcanestyn, 5 i 30.
assumptions-response = Sut mae'r model yn ymateb
assumptions-response-note = Maint effeithiau, barn yn bennaf: gweler docs/model.md.
assumptions-tooltip = { $description }{"\u000A"}{"\u000A"}Caniateir: { $min } i { $max }.

## src/ui/jaws_chart.rs
chart-bands-explained = Pa mor sicr yw'r cromliniau: mae'r lliw tywyllach yn dal hanner canol 400 o ddyfodolau efelychiedig dros ragdybiaethau ansicr y gweithdy, a'r lliw goleuach naw o bob deg.
chart-key-demand = Galw
chart-key-resources = Adnoddau
chart-key-published-gap = Bwlch y SATC a gyhoeddwyd
chart-key-gap = Bwlch
chart-key-surplus = Gwarged
chart-key-range = Ystod y dyfodolau
chart-key-prediction = Ein rhagfynegiad
chart-axis-year = Blwyddyn
chart-axis-money = £m y flwyddyn
chart-bands-updating = bandiau ansicrwydd yn diweddaru…
chart-middle-half = Hanner canol y dyfodolau

## src/ui/linked_charts.rs
linked-compared-with = O'i gymharu â
linked-prudent-minimum = Isafswm darbodus
linked-prudent-minimum-lower = isafswm darbodus

## src/ui/chart.rs
chart-our-prediction = Ein rhagfynegiad

## src/ui/workshop_picker.rs
picker-chosen = Y ffeil a ddewisoch
picker-chosen-tip = Y ffeil gweithdy a ddewiswyd gyda'r deialog ffeiliau, nad oedd modd ei hagor
picker-built-in = Wedi'u cynnwys
picker-built-in-tip = Gweithdai sy'n dod gyda Jaws: yma bob amser, beth bynnag sydd yn y ffolderi
picker-beside = Wrth ymyl Jaws
picker-beside-tip = Ffeiliau gweithdy yn y ffolder gweithdai wrth ymyl rhaglen Jaws
picker-yours = Eich ffolder gweithdai
picker-yours-tip = Ffeiliau gweithdy yn ffolder gweithdai eich ffolder data Jaws
picker-recent = Diweddar
picker-recent-tip = Ffeiliau gweithdy a agorwyd yn ddiweddar o rywle arall
picker-heading = Dewis gweithdy
picker-fresh-saved = Mae agor gweithdy yn dechrau sesiwn newydd; mae'r un hon yn cael ei chadw'n gyntaf.
picker-fresh = Mae agor gweithdy yn dechrau sesiwn newydd.
picker-not-opened = Nid oedd modd agor y gweithdy y gofynnwyd amdano
picker-cannot-open = Ni ellir ei agor:
picker-where = Ble mae'r ffeil
picker-open-now = ✔ ar agor nawr
picker-open-now-tip = Dyma'r gweithdy sydd ar agor nawr
picker-reopen = Ailagor
picker-reopen-tip = Darllen y ffeil eto (ar ôl ei golygu) a dechrau o'r newydd arni
picker-open = Agor
picker-open-tip = Dechrau sesiwn ar “{ $workshop }”
picker-open-tip-saved = Dechrau sesiwn ar “{ $workshop }”; mae'r sesiwn hon yn cael ei chadw'n gyntaf
picker-open-name = Agor { $workshop }
picker-more = …a { $count } arall; mae `jaws check FILE` yn eu rhestru i gyd
picker-open-file = Agor ffeil gweithdy…
picker-keep-tip = Cau'r rhestr hon a pharhau gyda'r gweithdy sydd ar agor nawr (Esc)
picker-folders = Rhowch ffeiliau gweithdy (.jaws-workshop neu .ron) yn y naill ffolder neu'r llall i'w rhestru yma:
picker-no-stages = Dim camau: y liferi i'w harchwilio'n rhydd
picker-stages = { $count } cam
picker-length = { $stages } · tua { $time }

## src/ui/map_view.rs
map-working = Yn cyfrifo'r map…
map-year = Blwyddyn
map-year-tip = Y flwyddyn y mae'r map yn ei dangos: mae'r saethau mor gryf ag y mae'r cysylltiadau'n gweithredu bryd hynny
map-arrows = Lled y saeth: faint o'r hyn sy'n symud y targed y mae pob cysylltiad yn gyfrifol amdano eleni. + mwy yn golygu mwy; − mwy yn golygu llai; ‖ yn gweithredu gydag oedi. Cliciwch nod i ddilyn ei gysylltiadau.
map-canvas = Map y fframwaith
map-link-tip = { $from } → { $to } ({ $polarity }){"\u000A"}{ $description }{"\u000A"}Yn { $year }: { $share } o'r hyn sy'n symud { $target }.
map-heading = Y fframwaith
map-explain = Mae sbardunau diwylliannol, strwythurol, gwleidyddol ac ariannol yn effeithio ar ei gilydd fel un system. Cliciwch nod i weld beth ydyw a sut mae'n symud; hofranwch dros saeth i ddarllen y cysylltiad; dewiswch ddolen isod i'w dilyn.
map-close = Cau
map-stock = Stoc: mae'n cronni
map-flow = Llif: wedi'i gyfrifo bob eiliad
map-moves-it = Beth sy'n ei symud nawr
map-loops = Dolenni adborth
picker-reopen-tip-saved = Darllen y ffeil eto (ar ôl ei golygu) a dechrau o'r newydd arni; mae'r sesiwn hon yn cael ei chadw'n gyntaf
picker-reopen-name = Ailagor { $workshop }
picker-open-file-tip = Dewis ffeil gweithdy (.jaws-workshop, neu .ron) unrhyw le ar y cyfrifiadur hwn, er enghraifft un a anfonodd cydweithiwr
picker-keep = Cadw { $workshop }
picker-also = Mae Jaws hefyd yn rhestru ffeiliau gweithdy mewn ffolder gweithdai wrth ei ymyl ac yn eich ffolder data.

## Hysbysiadau o'r ap (src/app/)
notice-session-saved = Cadwyd y sesiwn yn { $path }.
notice-scenario-saved = Cadwyd y senario yn { $path }.
notice-other-workshop = Gwnaed { $path } ar gyfer y gweithdy "{ $workshop }"; gosodiadau liferi'r model ei hun sydd ganddo, felly mae'n agor yma heb ei newid.
notice-is-workshop = Gweithdy yw { $path } ("{ $title }"): agorwch ef gyda `jaws --workshop { $path }`.
notice-opened = Wedi agor.
notice-scenarios-added = Ychwanegwyd { $count } senario at y sesiwn hon ac at yr olwg gymharu.
series-as-they-stand = Fel y mae'r liferi
notice-chart-saved = Cadwyd y siart yn { $path }.
notice-chart-name = { $problem }. Defnyddiwch enw ffeil sy'n gorffen â .png neu .svg.
notice-chart-copied = Mae'r siart "{ $chart }" ar y clipfwrdd: gludwch ef i sleid neu sgwrs.
notice-chart-not-copied = Nid oedd modd copïo'r siart: { $problem }.
notice-report-written = Ysgrifennwyd yr adroddiad yn { $path } ({ $count } ffeil): agorwch report.html mewn unrhyw borwr.
notice-no-dialog = Nid oedd modd agor deialog ffeiliau ar y cyfrifiadur hwn.
notice-no-documents = Ni chafodd Jaws hyd i ffolder dogfennau i gadw ynddo chwaith. Gollyngwch ffeiliau ar y ffenestr i'w hagor.
notice-no-folder = Ceisiodd Jaws gadw yn { $path } yn lle hynny, ond nid oedd modd creu'r ffolder honno: { $problem }.
notice-open-workshop-how = I agor ffeil gweithdy, rhowch hi yn { $folder } a'i dewis yn Ffeil ▸ Gweithdai…, neu cychwynnwch Jaws gyda --workshop FILE.
notice-workshops-beside = ffolder gweithdai wrth ymyl Jaws
notice-open-files-how = I agor sesiynau neu ffeiliau senario, gollyngwch nhw ar y ffenestr. Mae Jaws yn cadw yn { $folder }.
notice-no-stages = Nid oes gan y gweithdy hwn gamau i'w cyflwyno. Agorwch un sydd â chamau (Ffeil → Gweithdai…), neu ychwanegwch gamau at ei ffeil.
notice-one-screen = Dim ond un sgrin sydd wedi'i chysylltu, felly does dim i'w gyfnewid: cysylltwch y taflunydd (neu pwyswch N i roi'r nodiadau wrth ymyl y llwyfan).
scenario-copy-name = { $scenario } (copi)
notice-scenario-deleted = Dilëwyd y senario. Mae Dadwneud (Ctrl+Z) yn dod ag ef yn ôl.
notice-eight-compared = Gellir cymharu uchafswm o wyth senario ar y tro: dad-diciwch un yn gyntaf.
scenario-numbered = Senario { $number }
scenario-unnamed = Senario
notice-captured = Cipiwyd "{ $scenario }": mae yn y dewisydd senarios ac ar yr olwg gymharu.
code-from-defaults = gosodiadau diofyn y gweithdy
code-moved = gyda { $levers } wedi symud
code-scenario-name = Cod { $code }
notice-code-added = Ychwanegwyd { $code } ({ $from }) at senarios'r sesiwn hon a'r olwg gymharu.
notice-code-loaded = Llwythwyd { $code }: { $from }. Mae Dadwneud (Ctrl+Z) yn dod â'r hyn oedd gennych yn ôl.
seek-aim = Ticiwch o leiaf un peth i anelu ato, neu ysgrifennwch darged.
seek-stopped-short = Wedi stopio.
seek-failed = Stopiodd y chwilio gyda gwall ({ $problem }); ni newidiwyd dim. Rhowch gynnig ar liferi eraill neu darged arall.
notice-restored-part = Adferwyd yr hyn sy'n dal i weddu i'r gweithdy hwn; cedwir y ffeil fel yr oedd yn { $path }.
notice-restored = Adferwyd y sesiwn fel y'i cadwyd ddiwethaf.
notice-workshop-not-opened = Nid oedd modd agor y gweithdy hwnnw; mae'r un hwn yn aros ar agor. { $problem }
notice-stays-open = Mae "{ $workshop }" yn aros ar agor, am nad oedd modd cadw ei sesiwn. { $problem }
notice-workshop-opened = Agorwyd "{ $workshop }". Pwyswch F5 i'w gyflwyno.
notice-bands-failed = Nid oedd modd cyfrifo'r bandiau ansicrwydd ({ $problem }), felly maent wedi'u diffodd; mae popeth arall fel yr oedd. Trowch nhw ymlaen eto dan Ansicrwydd i roi cynnig arall arni.
autosave-cannot = Ni ellir cadw'r sesiwn hon yn awtomatig: { $problem }. Cadwch hi gyda Ffeil → Cadw'r sesiwn fel… i gadw gwaith yr ystafell.
autosave-second-window = Mae Jaws eisoes ar agor ar "{ $workshop }" mewn ffenestr arall, felly mae'r ffenestr hon yn cadw'n awtomatig i'w ffeil ei hun, { $path }.
autosave-kept-aside = Nid yw'r sesiwn a gadwyd yn awtomatig { $path } yn gweddu i'r gweithdy hwn, felly fe'i cadwyd o'r neilltu, heb ei newid, fel { $aside }:
autosave-not-moved = Nid yw'r sesiwn a gadwyd yn awtomatig { $path } yn gweddu i'r gweithdy hwn ac nid oedd modd ei symud o'r neilltu ({ $problem }), felly bydd awtogadw yn ei gadael fel y mae. Cadwch y sesiwn hon gyda Ffeil → Cadw'r sesiwn fel… i gadw gwaith yr ystafell.
autosave-failed = Nid oedd modd cadw'n awtomatig yn { $path }: { $problem }. { $where }
autosave-held-at = Mae { $path } yn dal y sesiwn fel yr oedd am { $at } (UTC); dim ond yn y ffenestr hon y mae'r newidiadau ers hynny: defnyddiwch Ffeil → Cadw'r sesiwn fel… i'w cadw.
autosave-only-here = Dim ond yn y ffenestr hon y mae'r sesiwn: defnyddiwch Ffeil → Cadw'r sesiwn fel… i'w chadw.
folder-read-only = ni ellir ysgrifennu yn y ffolder { $path } (mae'n ddarllen-yn-unig, neu'n perthyn i rywun arall)
folder-disk-full = mae'r ddisg sy'n dal { $path } yn llawn
folder-gone = nid yw'r ffolder { $path } yno (a dynnwyd cof bach neu yriant rhwydwaith?)
folder-other = { $problem } (yn { $path })

## Llwyfan dwyieithog (src/ui/facilitator_notes.rs)
notes-bilingual = Cymraeg a Saesneg ar y llwyfan
notes-bilingual-tip = Ar gyfer ystafell gymysg: geiriau'r llwyfan ei hun yn Gymraeg yn gyntaf, yna'n Saesneg

## Rhagor o'r ffenestr
chart-dashed = { $scenario } (llinell doredig)
chart-prices = £m ar brisiau { $year }
chart-gap-of-scenario = { $scenario }, bwlch
chart-cant-balance-long = { $year }: ni ellir cydbwyso'r gyllideb mwyach
chart-cant-balance-short = { $year }: methu cydbwyso
linked-compared-line = { $chart } (o'i gymharu â)
map-lever-of = Lifer { $domain }
map-loops-explain = Y cryfaf yn { $year } yn gyntaf. R: atgyfnerthu (cylch dieflig neu rinweddol); B: cydbwyso.
code-badge = Cod: { $code }
code-qr = Cod QR { $code }
assumptions-source = Ffynhonnell: { $source }
assumptions-not-number = Nid yw “{ $text }” yn rhif
seek-cancel = Canslo
seek-note = Beth fyddai ei angen? { $target }. { $answer }
# Enw senario a gipiwyd o'r chwilio am nod.
seek-scenario-name = Yr hyn fyddai ei angen
dialog-esc = Esc

## Terfynau'r chwilio am nod
seek-allow-off-limits = Caniatáu'r hyn y mae'r gweithdy'n ei nodi fel rhywbeth sydd angen refferendwm neu'n afrealistig
seek-kept-out = Fel arall mae'r ateb yn cadw draw o: { $limits }.

## Ymylon cyllell a'r SATC
threshold-these-levers = Y liferi hyn
threshold-heading = Lle mae'r bwlch yn newid arwydd
# SATC: Strategaeth Ariannol Tymor Canolig (MTFS).
chart-mtfs-to = ← SATC hyd at { $year }

## Cynghorau ochr yn ochr (src/ui/compare_view.rs, src/app/apply/)
compare-councils = Cynghorau ochr yn ochr
compare-councils-explain = Gosodwch gynghorau eraill wrth ymyl hwn, i weld safnau eich gilydd ar un siart: mae pob un yn dechrau o'i ffigurau ei hun, gyda'r liferi fel y maent, a dangosir ei fwlch fel cyfran o'i gyllideb ei hun.
compare-councils-add = Ychwanegu ffigurau cyngor…
compare-councils-add-tip = Templed wedi'i lenwi (.xlsx, .ods, .csv) neu broffil cyngor
compare-councils-ours = Ffigurau'r gweithdy hwn
compare-councils-chart = Y bwlch fel cyfran o gyllideb pob cyngor
compare-councils-percent = Bwlch, % o gyllideb y flwyddyn sylfaen
compare-councils-gap-of = { $council }: bwlch
compare-councils-budget = Cyllideb y flwyddyn sylfaen { $budget }
compare-councils-in-use = { $council } (yn cael ei ddefnyddio)
dialog-compare-council = Gosod ffigurau cyngor wrth ymyl hwn (.xlsx, .ods, .csv neu broffil cyngor)
notice-compare-council-how = Ni all deialog ffeiliau agor yma. Dewiswch un o'r cynghorau a restrir, neu gollyngwch broffil cyngor (.jaws-council) ar y ffenestr i ddechrau o'i ffigurau.
notice-council-compared = Mae { $council } ar y wedd gymharu wrth ymyl y cyngor hwn.
notice-council-not-used =
    Ni newidiwyd dim: nid oedd modd defnyddio { $path }.
    { $problems }
notice-councils-most = Gellir gosod { $count } cyngor arall ar y mwyaf wrth ymyl hwn: tynnwch un i ffwrdd yn gyntaf.
compare-councils-levers = Pob cyngor gyda'r liferi fel y maent.
compare-councils-levers-of = Pob cyngor gyda'r liferi fel y maent: { $scenario }.
compare-councils-hint = Neu ticiwch gynghorau o dan y senarios i weld bwlch pob cyngor fel cyfran o'i gyllideb ei hun, ochr yn ochr.
notice-council-started = Wedi dechrau o { $council }: mae'r model yn atgynhyrchu bylchau ei SATC, yna'n parhau â thybiaethau'r gweithdy.
notice-council-miss = Yn { $year } mae'r model yn cyrraedd { $model }, nid y { $published } a gyhoeddwyd.

## File dialogs' titles (src/app/files.rs)
dialog-save-session = Cadw'r sesiwn
dialog-save-scenario = Cadw'r senario
dialog-open-files = Agor ffeiliau Jaws
dialog-export-chart = Allforio'r siart
dialog-report-folder = Ffolder ar gyfer yr adroddiad
dialog-import-council = Mewnforio ffigurau cyngor (.xlsx, .ods, .csv) neu broffil cyngor
dialog-open-workshop = Agor ffeil gweithdy
notice-import-council-how = I ddefnyddio ffigurau cyngor, dechreuwch Jaws gyda --council FFEIL (templed wedi'i lenwi a fewnforiwyd gyda `jaws import`).
dialog-jaws-files = Ffeiliau Jaws
