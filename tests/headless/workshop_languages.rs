//! A workshop's words in several languages (workshop format version 4): the shipped
//! `new-model` has Welsh for all of them, `jaws check` warns of what is missing at its place,
//! an older file reads as before, and a bad translation is refused where it is written.

use jaws::i18n::Lang;
use jaws::workshop::{
    BUNDLED_NEW_MODEL, Problem, Problems, Words, Workshop, parse_workshop, untranslated,
};

use crate::common::{jaws, position_of, scratch};

/// `text` with `from`, which must occur exactly once, replaced by `to`.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "`{from}` is not unique");
    text.replacen(from, to, 1)
}

/// `text` without its translations (and the language they are from).
fn english_only(text: &str) -> String {
    let text = edit(text, "    language: \"en-GB\",", "");
    let cut = text.find("\n    // The workshop's words in Welsh").unwrap();
    format!("{}\n)\n", &text[..cut])
}

fn problems(text: &str) -> Vec<Problem> {
    match parse_workshop("new-model.ron", text) {
        Ok(_) => panic!("expected problems, but the workshop is valid"),
        Err(Problems(p)) => p,
    }
}

#[test]
fn new_model_has_welsh_for_every_word_it_has_in_english() {
    let w = Workshop::bundled();
    assert_eq!(w.language, Lang::EnGb);
    let cy = w.translation(Lang::Cy).expect("new-model carries Welsh");
    // Every word, one by one: what a Welsh window shows is not the English.
    let mut all = vec![
        Words::Title,
        Words::Organisation,
        Words::Description,
        Words::Audience,
    ];
    for (i, s) in w.stages.iter().enumerate() {
        all.extend([
            Words::StageTitle(i),
            Words::Narrative(i),
            Words::Question(i),
        ]);
        all.extend((0..s.talking_points.len()).map(|k| Words::TalkingPoint(i, k)));
        if s.challenge.is_some() {
            all.push(Words::Challenge(i));
        }
        if s.predict.is_some() {
            all.push(Words::Predict(i));
        }
    }
    // Every lever by its Welsh name and description too, though the file gives none of its own.
    for (i, l) in w.levers.iter().enumerate() {
        all.extend([Words::LeverLabel(i), Words::LeverDescription(i)]);
        all.extend((0..l.bands.len()).map(|k| Words::BandLabel(i, k)));
    }
    for i in 0..w.scenarios.len() {
        all.extend([Words::ScenarioName(i), Words::ScenarioNote(i)]);
    }
    for which in all {
        let (welsh, english) = (w.text(which, Lang::Cy), w.text(which, Lang::EnGb));
        assert!(!english.is_empty(), "{which:?}");
        assert_ne!(welsh, english, "{which:?} has no Welsh");
    }
    assert_eq!(cy.stages.len(), w.stages.len());
    // So `jaws check` has nothing to warn of.
    assert_eq!(untranslated("new-model.ron", BUNDLED_NEW_MODEL), []);
    let run = jaws(&["check", "workshops/new-model.ron"]).ok();
    assert_eq!(run.stdout, "workshops/new-model.ron: ok (workshop)\n");
}

#[test]
fn a_missing_welsh_narrative_is_one_warning_at_the_english_narrative() {
    let welsh = "                    narrative: \"Sut rydym yn gweithio gyda phreswylwyr";
    let start = BUNDLED_NEW_MODEL.find(welsh).unwrap();
    let end = start + BUNDLED_NEW_MODEL[start..].find('\n').unwrap() + 1;
    let text = format!(
        "{}{}",
        &BUNDLED_NEW_MODEL[..start],
        &BUNDLED_NEW_MODEL[end..]
    );
    let w = parse_workshop("new-model.ron", &text).expect("still a valid workshop");
    let cultural = w.stage_index("cultural").unwrap();
    // The Welsh window shows the English narrative, the rest of the stage in Welsh.
    assert_eq!(
        w.text(Words::Narrative(cultural), Lang::Cy),
        w.stages[cultural].narrative
    );
    assert_eq!(
        w.text(Words::StageTitle(cultural), Lang::Cy),
        "Sbardunau diwylliannol"
    );

    let found = untranslated("new-model.ron", &text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let (line, column) = position_of(&text, "\"How we work with residents");
    assert_eq!((found[0].line, found[0].column), (line, column));
    assert_eq!(
        found[0].to_string(),
        format!(
            "new-model.ron:{line}:{column}: warning: stage {}'s narrative has no Welsh (cy) text; English is shown",
            cultural + 1
        )
    );

    // `jaws check` says it under the file's "ok", and the file is still fine (exit status 0).
    let tmp = scratch("untranslated");
    let path = tmp.path().join("new-model.ron");
    std::fs::write(&path, &text).unwrap();
    let run = jaws(&["check", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(
        lines[1].ends_with(&format!(
            ":{line}:{column}: warning: stage 3's narrative has no Welsh (cy) text; English is shown"
        )),
        "{}",
        run.stdout
    );
    let json = jaws(&["check", "--format", "json", path.to_str().unwrap()]).json();
    assert_eq!(json[0]["ok"], true);
    assert_eq!(json[0]["warnings"][0]["line"], line);
}

#[test]
fn a_workshop_in_one_language_gets_no_warnings() {
    for (name, text) in jaws::workshop::BUNDLED.iter().skip(1) {
        let w = parse_workshop(name, text).unwrap();
        assert!(w.translations.is_empty(), "{name}");
        assert_eq!(untranslated(name, text), [], "{name}");
    }
}

#[test]
fn a_version_3_file_reads_as_it_did_and_version_4_words_are_refused_in_it() {
    let v4 = english_only(BUNDLED_NEW_MODEL);
    let v3 = edit(&v4, "version: 4,", "version: 3,");
    let old = parse_workshop("v3.ron", &v3).expect("a version 3 workshop reads");
    let new = parse_workshop("v4.ron", &v4).unwrap();
    assert_eq!(old, new, "nothing changes");
    assert!(old.migration.is_empty(), "{:?}", old.migration);
    // In Welsh it falls back to its own English, word for word.
    assert_eq!(old.text(Words::StageTitle(1), Lang::Cy), "The jaws");

    // The Welsh in a version 3 file: refused at `language` and `translations`, saying to
    // change the version.
    let text = edit(BUNDLED_NEW_MODEL, "version: 4,", "version: 3,");
    let found = problems(&text);
    assert_eq!(found.len(), 2, "{found:#?}");
    for (p, at) in found.iter().zip(["language: ", "translations: "]) {
        assert_eq!((p.line, p.column), position_of(&text, at), "{p:?}");
        assert!(p.message.contains("version 4"), "{p:?}");
    }
}

#[test]
fn a_bad_translation_is_refused_where_it_is_written() {
    // (what to change, into what, where the problem is, what it says)
    let table: &[(&str, &str, &str, &str)] = &[
        (
            "\"cy\": (",
            "\"fr\": (",
            "\"fr\"",
            "unknown language \"fr\"",
        ),
        (
            "language: \"en-GB\",",
            "language: \"english\",",
            "\"english\"",
            "a workshop can be written in \"en-GB\" (English) or \"cy\" (Cymraeg)",
        ),
        (
            "\"cy\": (",
            "\"en-GB\": (",
            "\"en-GB\": (",
            "written in \"en-GB\" already",
        ),
        (
            "\"the-jaws\": (",
            "\"the-jawz\": (",
            "\"the-jawz\"",
            "stage \"the-jawz\", which this workshop does not have (did you mean \"the-jaws\"?)",
        ),
        (
            "\"grant_change\": (\n",
            "\"grant_chnage\": (\n",
            "\"grant_chnage\"",
            "lever \"grant_chnage\", which the model does not have",
        ),
        (
            "\"pilots-only\": (",
            "\"pilots-onyl\": (",
            "\"pilots-onyl\"",
            "scenario \"pilots-onyl\", which this workshop does not have",
        ),
        (
            "title: \"Y safnau\",",
            "title: \" \",",
            "\" \",",
            "is empty",
        ),
        (
            "title: \"Y safnau\",",
            "title: \"Y\u{7}safnau\",",
            "\u{7}",
            "control character",
        ),
        (
            "bands: [\"dim\", \"tocio\", \"toriadau dwfn\"],",
            "bands: [\"dim\", \"tocio\", \"toriadau dwfn\", \"mwy\"],",
            "\"mwy\"",
            "has 3 bands",
        ),
        (
            "question: \"Beth yw'r peth cyntaf",
            "challenge: \"Her\", question: \"Beth yw'r peth cyntaf",
            "challenge: \"Her\"",
            "no challenge to translate",
        ),
    ];
    for &(from, to, at, says) in table {
        let text = edit(BUNDLED_NEW_MODEL, from, to);
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{to}: {found:#?}");
        let p = &found[0];
        assert_eq!((p.line, p.column), position_of(&text, at), "{to}: {p:?}");
        assert!(
            p.message.to_lowercase().contains(&says.to_lowercase()),
            "{to} should say {says:?}: {p:?}"
        );
        for internal in ["TranslationEntry", "StageWords", "LeverWords"] {
            assert!(!p.message.contains(internal), "leaks a type name: {p:?}");
        }
    }
}

#[test]
fn a_shape_mistake_in_a_translation_names_it_in_words() {
    let text = edit(
        BUNDLED_NEW_MODEL,
        "title: \"Y safnau\",",
        "title: \"Y safnau\", heading: \"?\",",
    );
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].line, found[0].column),
        position_of(&text, "heading")
    );
    assert!(
        found[0]
            .message
            .contains("a stage's words in another language"),
        "{found:?}"
    );
}

#[test]
fn the_report_gives_the_workshop_s_words_in_the_language_asked_for() {
    let tmp = scratch("workshop-cy-report");
    let dir = tmp.path();
    let (cy, en) = (dir.join("cy"), dir.join("en"));
    jaws(&["report", "--lang", "cy", "--out", cy.to_str().unwrap()]).ok();
    jaws(&["report", "--lang", "en", "--out", en.to_str().unwrap()]).ok();
    let cy = std::fs::read_to_string(cy.join("report.html")).unwrap();
    let en = std::fs::read_to_string(en.join("report.html")).unwrap();
    // Its title, its scenarios and its levers (HTML escapes the apostrophe).
    for welsh in [
        "Model newydd o wasanaethau cyhoeddus",
        "Yr hen fargen",
        "Torri i fantoli",
        "Meithrin perthnasoedd",
    ] {
        assert!(cy.contains(welsh), "no {welsh:?} in the Welsh report");
        assert!(!en.contains(welsh), "{welsh:?} in the English report");
    }
    assert!(en.contains("A new model of public services"));
    assert!(!cy.contains("A new model of public services"));

    // An exported chart too: its subtitle and its scenarios' names.
    let svg = dir.join("safnau.svg");
    jaws(&[
        "export",
        "--lang",
        "cy",
        "--scenario",
        "cut-to-balance",
        "--svg",
        svg.to_str().unwrap(),
    ])
    .ok();
    let svg = std::fs::read_to_string(svg).unwrap();
    assert!(svg.contains("Model newydd o wasanaethau cyhoeddus"));
    assert!(svg.contains("Torri i fantoli"));
    assert!(!svg.contains("Cut to balance"));
}

#[test]
fn words_only_in_welsh_show_in_every_language_and_are_warned_of_at_the_welsh() {
    let text = edit(
        BUNDLED_NEW_MODEL,
        "            question: \"What is the first thing we will do differently on Monday?\",\n",
        "",
    );
    let w = parse_workshop("new-model.ron", &text).unwrap();
    let ours = w.stage_index("our-deal").unwrap();
    let welsh = "Beth yw'r peth cyntaf y byddwn yn ei wneud yn wahanol ddydd Llun?";
    assert_eq!(w.text(Words::Question(ours), Lang::Cy), welsh);
    assert_eq!(w.text(Words::Question(ours), Lang::EnGb), welsh);
    let found = untranslated("new-model.ron", &text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].line, found[0].column),
        position_of(&text, &format!("\"{welsh}")),
    );
    assert!(
        found[0]
            .message
            .ends_with("stage 11's question has no English (en-GB) text; Welsh is shown"),
        "{found:?}"
    );
}
