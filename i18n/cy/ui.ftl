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
present-predict = Rhagfynegwch: { $prompt }
present-met = ✔ Wedi'i chyflawni
present-not-met = ✘ Heb ei chyflawni eto
present-not-judged = ? Ni ellir ei barnu dros y blynyddoedd hyn
present-challenge = Her:

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
