//! Scenario codes: encode then decode gives the same levers (each kept to its slider's step)
//! for any lever values in any shipped workshop; any one mistyped character is caught and
//! named with what it should be; codes are short for the scenarios a room uses; and the
//! command line reads and writes them.

use jaws::model::{LEVER_COUNT, LeverValues};
use jaws::scenario_code::{self, CodeError, decode, encode, quantise, read};
use jaws::workshop::{BUNDLED, Workshop};
use proptest::prelude::*;
use serde_json::Value;

use crate::common::jaws;

fn workshops() -> Vec<Workshop> {
    BUNDLED
        .iter()
        .map(|(name, _)| Workshop::bundled_named(name).expect(name))
        .collect()
}

/// Lever values anywhere in each lever's range (the workshop's own), as fractions of it.
fn fractions() -> impl Strategy<Value = [f64; LEVER_COUNT]> {
    proptest::array::uniform17(prop_oneof![
        3 => 0.0f64..=1.0,
        1 => Just(0.0),
        1 => Just(1.0),
    ])
}

fn values(w: &Workshop, f: &[f64; LEVER_COUNT]) -> LeverValues {
    let mut v = w.default_values();
    for (i, l) in w.levers.iter().enumerate() {
        // Half the levers stay where the workshop starts, as in a room.
        if f[i] < 0.5 || f[i] == 1.0 {
            v.0[i] = l.min + (l.max - l.min) * f[i];
        }
    }
    v
}

/// What a code keeps: each lever to its slider's step, and a lever within half a step of
/// where the code starts (the defaults or a workshop scenario) at exactly that value.
fn kept(w: &Workshop, v: &LeverValues, start: &LeverValues) -> LeverValues {
    let mut out = *v;
    for (i, l) in w.levers.iter().enumerate() {
        out.0[i] = if quantise(l, v.0[i]) == quantise(l, start.0[i]) {
            start.0[i]
        } else {
            quantise(l, v.0[i])
        };
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn encode_then_decode_gives_the_same_levers(f in fractions(), which in 0usize..3) {
        let w = &workshops()[which];
        let v = values(w, &f);
        let code = encode(w, &v);
        let back = decode(&code.to_string(), w).expect("a code Jaws wrote reads back");
        let start = match &back.base {
            Some(id) => w.values_for(w.scenario(id).unwrap()),
            None => w.default_values(),
        };
        prop_assert_eq!(back.levers, kept(w, &v, &start));
        for (i, l) in w.levers.iter().enumerate() {
            prop_assert!((back.levers.0[i] - v.0[i]).abs() <= l.step() / 2.0 + 1e-9, "{}", l.id);
            prop_assert!(back.levers.0[i] >= l.min && back.levers.0[i] <= l.max, "{}", l.id);
        }
        // What it decodes to is a fixed point: the same code again.
        prop_assert_eq!(encode(w, &back.levers), code.clone());
        // Typed in lower case, without dashes, or with spaces: the same.
        let typed = code.to_string().to_lowercase().replace('-', " ");
        prop_assert_eq!(decode(&typed, w).unwrap().levers, back.levers);
    }

    #[test]
    fn any_single_mistyped_character_is_caught_and_named(
        f in fractions(),
        which in 0usize..3,
        place in any::<prop::sample::Index>(),
        with in 0usize..31,
    ) {
        let w = &workshops()[which];
        let code = encode(w, &values(w, &f)).to_string();
        let body: Vec<char> = code["JAWS-".len()..].chars().filter(|&c| c != '-').collect();
        let i = place.index(body.len());
        let others: Vec<char> = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
            .chars()
            .filter(|&c| c != body[i])
            .collect();
        let mut typo = body.clone();
        typo[i] = others[with];
        let typed: String = typo.iter().collect();
        match read(&format!("JAWS-{typed}")) {
            Err(CodeError::Mistyped { place, found, expected }) => {
                prop_assert_eq!(place.index, i);
                prop_assert_eq!((place.group, place.in_group), (i / 4 + 1, i % 4 + 1));
                prop_assert_eq!(found, typo[i]);
                prop_assert_eq!(expected, body[i]);
                let said = CodeError::Mistyped { place, found, expected }.to_string();
                prop_assert!(said.contains(&format!("\"{found}\" should probably be \"{expected}\"")), "{}", said);
            }
            other => prop_assert!(false, "{code} with {typed}: {other:?}"),
        }
    }
}

#[test]
fn a_workshop_scenario_is_a_short_code_and_names_itself() {
    for w in workshops() {
        for s in &w.scenarios {
            let code = encode(&w, &w.values_for(s));
            let text = code.to_string();
            assert!(
                text.len() <= "JAWS-0000-0000-00".len(),
                "{}/{}: {text}",
                w.id,
                s.id
            );
            let back = decode(&text, &w).unwrap();
            assert_eq!(back.base.as_deref(), Some(s.id.as_str()), "{text}");
            assert!(back.changed.is_empty());
            assert_eq!(back.levers, w.values_for(s));
        }
        // Two levers moved from a scenario: still short enough to read out.
        let mut v = w.values_for(&w.scenarios[0]);
        v.0[0] = w.levers[0].max;
        v.0[12] = w.levers[12].min;
        let text = encode(&w, &v).to_string();
        assert!(text.len() <= "JAWS-0000-0000-0000-000".len(), "{text}");
    }
}

#[test]
fn codes_handed_out_today_read_the_same_tomorrow() {
    // Pinned: a change to the format must keep reading these (a new version digit).
    let w = Workshop::bundled();
    let new_deal = w.values_for(w.scenario("new-deal").unwrap());
    assert_eq!(encode(&w, &new_deal).to_string(), "JAWS-2C1J-200H-E");
    // A version 1 code (money levers in £m a year) still reads where it moves only levers
    // that mean what they did: the new deal, with co-production at 33.5%.
    let back = decode("JAWS-1C1J-20GR-CY6", &w).unwrap();
    assert_eq!(back.base.as_deref(), Some("new-deal"));
    assert_eq!(
        back.changed,
        [jaws::model::lever_index("co_production").unwrap()]
    );
    assert_eq!(back.levers.0[back.changed[0]], 33.5);
}

#[test]
fn a_version_1_code_moving_a_lever_that_has_changed_is_refused_saying_why() {
    use jaws::scenario_code::{CHANGED_SINCE_VERSION_1, ScenarioCode};
    let w = Workshop::bundled();
    // A version 1 code moving transformation investment from the defaults: made as Jaws
    // made them then (the same bits, with the version digit 1).
    let mut v = w.default_values();
    let i = jaws::model::lever_index("transformation_investment").unwrap();
    v.0[i] = 3.0;
    let today = encode(&w, &v);
    let old: ScenarioCode = today.with_version(1);
    let e = decode(&old.to_string(), &w).unwrap_err();
    assert!(matches!(e, CodeError::Outdated(_)), "{e:?}");
    assert_eq!(
        e.to_string(),
        "This code was made by an earlier Jaws, which measured transformation and prevention investment differently: it cannot be read here. Make the code again with this Jaws."
    );
    // Today's code for the same levers reads.
    assert_eq!(decode(&today.to_string(), &w).unwrap().levers.0[i], 3.0);
    for id in CHANGED_SINCE_VERSION_1 {
        assert!(jaws::model::lever_index(id).is_some(), "{id}");
    }
}

#[test]
fn codes_refuse_what_they_cannot_read_and_say_why() {
    let w = Workshop::bundled();
    let code = encode(&w, &w.default_values()).to_string();
    assert!(matches!(read(""), Err(CodeError::Empty)));
    assert!(matches!(read(" - "), Err(CodeError::Empty)));
    let bad = code.replacen("JAWS", "JAWZ", 1);
    let e = read(&bad).unwrap_err();
    assert_eq!(
        e.to_string(),
        "A scenario code starts JAWS-, not JAWZ-: check the start of the code."
    );
    // U is never used, so that it is not mistaken for V.
    let mut chars: Vec<char> = code.chars().collect();
    chars[6] = 'U';
    let e = read(&chars.iter().collect::<String>()).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("\"U\", the 2nd character of the 1st group"),
        "{e}"
    );
    // I, L and O are read as 1, 1 and 0.
    let lookalike = code.replace('1', "l").replace('0', "O");
    assert_eq!(decode(&lookalike, &w).unwrap().levers, w.default_values());
    // A character missing, or two mistakes: refused, never read as something else.
    let short: String = code[..code.len() - 1].to_owned();
    assert!(matches!(
        read(&short),
        Err(CodeError::Garbled) | Err(CodeError::Mistyped { .. })
    ));
    // Another workshop's code.
    let cabinet = Workshop::bundled_named("cabinet-60").unwrap();
    let theirs = encode(&cabinet, &cabinet.default_values()).to_string();
    assert!(matches!(
        decode(&theirs, &w),
        Err(CodeError::OtherWorkshop { .. })
    ));
    // A code from a newer Jaws.
    let e = CodeError::NewerVersion(2).to_string();
    assert!(e.contains("update Jaws"), "{e}");
    assert_eq!(scenario_code::VERSION, 2);
}

#[test]
fn the_command_line_encodes_and_decodes_codes() {
    let run = jaws(&["code", "encode", "--scenario", "new-deal"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let code = run.stdout.trim().to_owned();
    assert!(code.starts_with("JAWS-"), "{code}");
    let w = Workshop::bundled();
    let new_deal = w.values_for(w.scenario("new-deal").unwrap());
    assert_eq!(decode(&code, &w).unwrap().levers, new_deal);

    let run = jaws(&[
        "code",
        "encode",
        "--scenario",
        "new-deal",
        "--set",
        "council_tax_rise=2.994",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let moved = run.stdout.trim().to_owned();
    let run = jaws(&["code", "decode", &moved, "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["workshop"], "new-model");
    assert_eq!(json["code"], Value::String(moved.clone()));
    assert_eq!(json["base"], "new-deal");
    assert_eq!(json["levers"]["council_tax_rise"], 2.99);
    assert_eq!(json["changed"].as_array().unwrap().len(), 1);

    let run = jaws(&["code", "decode", &moved]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("council_tax_rise"), "{}", run.stdout);
    assert!(
        run.stdout.contains("A new model of public services"),
        "{}",
        run.stdout
    );

    // Another shipped workshop's code is found without --workshop.
    let cabinet = Workshop::bundled_named("cabinet-60").unwrap();
    let theirs = encode(&cabinet, &cabinet.default_values()).to_string();
    let run = jaws(&["code", "decode", &theirs, "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["workshop"], "cabinet-60");

    // A typo is refused, naming the character; exit 1 like any invalid input.
    let mut chars: Vec<char> = moved.chars().collect();
    let i = 7;
    chars[i] = if chars[i] == 'X' { 'Y' } else { 'X' };
    let typo: String = chars.iter().collect();
    let run = jaws(&["code", "decode", &typo]);
    assert_eq!(run.code, Some(1), "{}", run.stdout);
    assert!(
        run.stderr.contains("3rd character of the 1st group")
            && run.stderr.contains("should probably be"),
        "{}",
        run.stderr
    );
    // A lever out of range is a usage error, as for `jaws project`.
    let run = jaws(&["code", "encode", "--set", "council_tax_rise=11"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
}
