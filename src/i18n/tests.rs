//! The catalogues: both languages have the same messages, every message parses, every id
//! the code asks for exists, and plurals follow each language's rules.

use std::collections::BTreeSet;
use std::path::Path;

use super::*;

/// The message ids (not terms) a catalogue file defines, in order.
fn ids(source: &str) -> Vec<String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_message_parses() {
    for lang in Lang::ALL {
        for (area, source) in AREAS.iter().zip(sources(lang)) {
            if let Err((_, errors)) = fluent_syntax::parser::parse(source) {
                panic!("i18n/{}/{area}.ftl does not parse: {errors:?}", lang.code());
            }
        }
    }
}

#[test]
fn welsh_and_english_have_the_same_messages_in_every_area() {
    for (i, area) in AREAS.iter().enumerate() {
        let en: BTreeSet<String> = ids(sources(Lang::EnGb)[i]).into_iter().collect();
        let cy: BTreeSet<String> = ids(sources(Lang::Cy)[i]).into_iter().collect();
        let only_en: Vec<_> = en.difference(&cy).collect();
        let only_cy: Vec<_> = cy.difference(&en).collect();
        assert!(
            only_en.is_empty() && only_cy.is_empty(),
            "{area}.ftl: only in en-GB: {only_en:?}; only in cy: {only_cy:?}"
        );
    }
}

#[test]
fn no_id_is_defined_twice() {
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for (area, source) in AREAS.iter().zip(sources(lang)) {
            for id in ids(source) {
                assert!(
                    seen.insert(id.clone()),
                    "{} defines `{id}` twice (again in {area}.ftl)",
                    lang.code()
                );
            }
        }
    }
}

/// Every `t!("…")`, `tr("…")`, `tr_args("…", …)`, `tr_in(lang, "…", …)` and
/// `count(n, "…")` in the source, as (file, id).
fn ids_used() -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("i18n/tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read a source file");
            for call in ["t!(", "tr(", "tr_args(", "tr_in(", "count("] {
                let mut rest = text.as_str();
                while let Some(at) = rest.find(call) {
                    let before = rest[..at].chars().last();
                    let line = &rest[rest[..at].rfind('\n').map_or(0, |n| n + 1)..at];
                    rest = &rest[at + call.len()..];
                    // `str(`, `attr(`: another name that ends the same way; or a comment.
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                        || line.trim_start().starts_with("//")
                    {
                        continue;
                    }
                    // The id is the first argument (the second of `tr_in` and `count`), when
                    // it is written as a literal; an id held in a variable is not seen.
                    let which = usize::from(matches!(call, "tr_in(" | "count("));
                    let arg = rest.split(',').nth(which).unwrap_or("").trim_start();
                    if let Some(lit) = arg.strip_prefix('"')
                        && let Some(close) = lit.find('"')
                        // Other functions are called `count` too; ours take `count-…` ids.
                        && (call != "count(" || lit.starts_with("count-"))
                    {
                        found.push((path.display().to_string(), lit[..close].to_owned()));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_id_the_code_asks_for_exists() {
    let en: BTreeSet<String> = sources(Lang::EnGb).iter().flat_map(|s| ids(s)).collect();
    let used = ids_used();
    // The scan finds the calls (there are hundreds), so an empty list is the scan broken.
    assert!(used.len() > 300, "the scan found {} calls", used.len());
    let missing: Vec<_> = used
        .iter()
        .map(|(file, id)| (file.as_str(), id.as_str()))
        // Ids the code builds rather than spells out in a call.
        .chain(crate::present::format::MONTH_IDS.map(|id| ("present/format.rs", id)))
        .filter(|(_, id)| !en.contains(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "ids used but not in the catalogue: {missing:?}"
    );
}

#[test]
fn welsh_counts_take_all_six_plural_forms() {
    // The test message lists every Welsh form, so the rule Fluent picks is seen.
    let forms: Vec<String> = [0, 1, 2, 3, 6, 7, 100]
        .iter()
        .map(|&n| tr_in(Lang::Cy, "test-plural-forms", &[("count", Arg::from(n))]))
        .collect();
    assert_eq!(
        forms,
        ["zero", "one", "two", "few", "many", "other", "other"]
    );
    let en: Vec<String> = [0, 1, 2]
        .iter()
        .map(|&n| tr_in(Lang::EnGb, "test-plural-forms", &[("count", Arg::from(n))]))
        .collect();
    assert_eq!(en, ["other", "one", "other"]);
}

#[test]
fn a_missing_message_falls_back_and_is_recorded_never_a_panic() {
    assert_eq!(
        tr_in(Lang::Cy, "no-such-message-anywhere", &[]),
        "no-such-message-anywhere"
    );
    assert!(
        missing_ids()
            .iter()
            .any(|m| m == "cy:no-such-message-anywhere")
    );
    // Arguments never get Fluent's bidi isolation marks, which egui would draw.
    let text = tr_in(Lang::EnGb, "test-plural-forms", &[("count", Arg::from(1))]);
    assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
}

#[test]
fn the_language_is_the_threads_and_the_pseudo_locale_wraps() {
    set_lang(Lang::Cy);
    assert_eq!(lang(), Lang::Cy);
    let other = std::thread::spawn(lang).join().expect("thread");
    assert_eq!(other, Lang::EnGb, "another thread keeps its own language");
    set_pseudo(true);
    assert_eq!(tr("lang-name"), "[!! Cymraeg !!]");
    set_pseudo(false);
    set_lang(Lang::EnGb);
    assert_eq!(tr("lang-name"), "English");
}

#[test]
fn languages_are_read_from_flags_and_locales() {
    assert_eq!(Lang::parse("cy"), Some(Lang::Cy));
    assert_eq!(Lang::parse("en"), Some(Lang::EnGb));
    assert_eq!(Lang::parse("en-GB"), Some(Lang::EnGb));
    assert_eq!(Lang::parse("fr"), None);
    assert_eq!(Lang::from_locale("cy_GB.UTF-8"), Some(Lang::Cy));
    assert_eq!(Lang::from_locale("cy-GB"), Some(Lang::Cy));
    assert_eq!(Lang::from_locale("en_US.UTF-8"), Some(Lang::EnGb));
    assert_eq!(Lang::from_locale("C"), None);
    assert_eq!(
        Lang::first_spoken(["fr-FR".to_string(), "cy-GB".into(), "en-GB".into()]),
        Some(Lang::Cy)
    );
    assert_eq!(Lang::first_spoken(["de".to_string()]), None);
    for l in Lang::ALL {
        assert_eq!(Lang::parse(l.code()), Some(l));
    }
}
