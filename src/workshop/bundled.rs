//! The workshops built into the binary, so Jaws runs with no files beside it.

use super::types::Workshop;
use super::workshop_file::parse_workshop;

/// The default workshop.
pub const BUNDLED_NEW_MODEL: &str = include_str!("../../workshops/new-model.ron");
pub const BUNDLED_NEW_MODEL_NAME: &str = "workshops/new-model.ron";

/// Every workshop shipped in `workshops/`, built into the binary: (file name, text). The
/// default comes first. Their validity is checked by tests.
pub const BUNDLED: &[(&str, &str)] = &[
    ("new-model.ron", BUNDLED_NEW_MODEL),
    (
        "cabinet-60.ron",
        include_str!("../../workshops/cabinet-60.ron"),
    ),
    (
        "adult-social-care.ron",
        include_str!("../../workshops/adult-social-care.ron"),
    ),
    (
        "the-2010s.ron",
        include_str!("../../workshops/the-2010s.ron"),
    ),
    (
        "wigan-deal.ron",
        include_str!("../../workshops/wigan-deal.ron"),
    ),
    (
        "graph-of-doom.ron",
        include_str!("../../workshops/graph-of-doom.ron"),
    ),
];

impl Workshop {
    /// The bundled default workshop. Its validity is checked by tests, so this cannot fail.
    pub fn bundled() -> Workshop {
        parse_workshop(BUNDLED_NEW_MODEL_NAME, BUNDLED_NEW_MODEL)
            .expect("the bundled workshop is valid (checked by tests)")
    }

    /// A bundled workshop by file name (`"cabinet-60.ron"`), with or without `.ron` or a
    /// leading `workshops/`; `None` if there is no such bundled workshop.
    pub fn bundled_named(name: &str) -> Option<Workshop> {
        let name = name.strip_prefix("workshops/").unwrap_or(name);
        let name = name.strip_suffix(".ron").unwrap_or(name);
        BUNDLED
            .iter()
            .find(|(file, _)| file.strip_suffix(".ron") == Some(name))
            .map(|(file, text)| {
                parse_workshop(&format!("workshops/{file}"), text)
                    .expect("the bundled workshops are valid (checked by tests)")
            })
    }

    /// A scenario of a bundled workshop, by workshop id and scenario id, as the model takes
    /// it: the workshop's assumptions and the scenario's levers. The validation table's
    /// reference scenarios are found this way.
    pub fn bundled_scenario(
        workshop: &str,
        scenario: &str,
    ) -> Option<(crate::model::Assumptions, crate::model::LeverValues)> {
        let w = Workshop::bundled_all()
            .into_iter()
            .find(|w| w.id == workshop)?;
        let s = w.scenario(scenario)?;
        Some((w.assumptions.clone(), w.values_for(s)))
    }

    /// Every bundled workshop, the default first: for a workshop picker.
    pub fn bundled_all() -> Vec<Workshop> {
        BUNDLED
            .iter()
            .filter_map(|(file, _)| Workshop::bundled_named(file))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LEVER_SPECS;

    #[test]
    fn bundled_workshop_is_valid_with_the_required_scenarios() {
        let w = parse_workshop(BUNDLED_NEW_MODEL_NAME, BUNDLED_NEW_MODEL).unwrap();
        assert!(w.scenario("old-deal").is_some());
        assert!(w.scenario("new-deal").is_some());
        assert_eq!(w.levers.len(), LEVER_SPECS.len());
    }
}
