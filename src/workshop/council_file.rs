//! Council profiles on disk (`jaws-council`, version 1): a council's own figures, each with its
//! source, read through the same located-problem layer as every Jaws file; and a workshop
//! started from a council.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::kind::{self, COUNCIL_FORMAT, FileKind};
use super::read::{self, Doc, Problems, Report, Seg, read_text};
use super::save::{Overwrite, SaveError, save_text};
use super::types::Workshop;
use crate::council::{Council, CouncilType, Money, MtfsYear, Place, Sourced};

/// The newest council profile format version this build reads and writes.
pub const COUNCIL_VERSION: u32 = 1;

/// A council profile as written: a file of its own, or the `council` a session keeps.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CouncilFile {
    format: String,
    version: u32,
    name: String,
    council_type: String,
    first_year: i32,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    illustrative: bool,
    source: String,
    net_budget: Sourced,
    adult_social_care: Sourced,
    children_social_care: Sourced,
    other_services: Sourced,
    council_tax_requirement: Sourced,
    settlement_funding: Sourced,
    fees_and_charges: Sourced,
    earmarked_reserves: Sourced,
    unallocated_reserves: Sourced,
    prudent_minimum: Sourced,
    mtfs: Vec<MtfsYear>,
}

impl CouncilFile {
    fn money(&self) -> [&Sourced; 10] {
        [
            &self.net_budget,
            &self.adult_social_care,
            &self.children_social_care,
            &self.other_services,
            &self.council_tax_requirement,
            &self.settlement_funding,
            &self.fees_and_charges,
            &self.earmarked_reserves,
            &self.unallocated_reserves,
            &self.prudent_minimum,
        ]
    }

    pub(super) fn from_council(c: &Council) -> CouncilFile {
        let m = |money: Money| c.figure(money).clone();
        CouncilFile {
            format: COUNCIL_FORMAT.into(),
            version: COUNCIL_VERSION,
            name: c.name.clone(),
            council_type: c.council_type.label().into(),
            first_year: c.first_year,
            illustrative: c.illustrative,
            source: c.source.clone(),
            net_budget: m(Money::NetBudget),
            adult_social_care: m(Money::AdultSocialCare),
            children_social_care: m(Money::ChildrenSocialCare),
            other_services: m(Money::OtherServices),
            council_tax_requirement: m(Money::CouncilTaxRequirement),
            settlement_funding: m(Money::SettlementFunding),
            fees_and_charges: m(Money::FeesAndCharges),
            earmarked_reserves: m(Money::EarmarkedReserves),
            unallocated_reserves: m(Money::UnallocatedReserves),
            prudent_minimum: m(Money::PrudentMinimum),
            mtfs: c.mtfs.clone(),
        }
    }

    /// The profile as the program holds it, unchecked ([`check_council`] says what is
    /// wrong): a type this Jaws does not know reads as a unitary council.
    pub(super) fn to_council(&self) -> Council {
        Council {
            name: self.name.clone(),
            council_type: CouncilType::from_label(&self.council_type)
                .unwrap_or(CouncilType::Unitary),
            first_year: self.first_year,
            illustrative: self.illustrative,
            source: self.source.clone(),
            money: self.money().map(Clone::clone),
            mtfs: self.mtfs.clone(),
        }
    }
}

/// Check a profile whose fields lie under `at` in the report's file (nothing for a profile
/// file, `council` in a session), each problem at its place.
pub(super) fn check_council(raw: &CouncilFile, report: &mut Report, at: &[Seg<'static>]) {
    let under =
        |rest: Vec<Seg<'static>>| -> Vec<Seg<'static>> { at.iter().copied().chain(rest).collect() };
    kind::check_format_at(
        report,
        at,
        FileKind::Council,
        &raw.format,
        raw.version,
        COUNCIL_VERSION,
    );
    if CouncilType::from_label(&raw.council_type).is_none() {
        report.value(
            &under(vec![Seg::Field("council_type")]),
            CouncilType::unknown(&raw.council_type),
        );
    }
    for (place, message) in raw.to_council().problems() {
        report.value(&under(path(place)), message);
    }
}

/// Where a profile's place lies in the file.
fn path(place: Place) -> Vec<Seg<'static>> {
    let mtfs =
        |i: usize, field: &'static str| vec![Seg::Field("mtfs"), Seg::Index(i), Seg::Field(field)];
    let mtfs_source = |i: usize, field: &'static str| {
        vec![
            Seg::Field("mtfs"),
            Seg::Index(i),
            Seg::Field(field),
            Seg::Field("source"),
        ]
    };
    match place {
        Place::Name => vec![Seg::Field("name")],
        Place::Type => vec![Seg::Field("council_type")],
        Place::FirstYear => vec![Seg::Field("first_year")],
        Place::Source => vec![Seg::Field("source")],
        Place::Money(m) => vec![Seg::Field(m.id()), Seg::Field("value")],
        Place::MoneySource(m) => vec![Seg::Field(m.id()), Seg::Field("source")],
        Place::Mtfs => vec![Seg::Field("mtfs")],
        Place::MtfsYear(i) => mtfs(i, "year"),
        Place::MtfsGap(i) => vec![
            Seg::Field("mtfs"),
            Seg::Index(i),
            Seg::Field("gap"),
            Seg::Field("value"),
        ],
        Place::MtfsGapSource(i) => mtfs_source(i, "gap"),
        Place::MtfsSavings(i) => vec![
            Seg::Field("mtfs"),
            Seg::Index(i),
            Seg::Field("planned_savings"),
            Seg::Field("value"),
        ],
        Place::MtfsSavingsSource(i) => mtfs_source(i, "planned_savings"),
    }
}

/// Parse and check a council profile.
pub fn parse_council(name: &str, text: &str) -> Result<Council, Problems> {
    let doc = Doc::new(name, text);
    kind::expect_kind(&doc, FileKind::Council, COUNCIL_VERSION)?;
    let raw: CouncilFile = read::parse(&doc)?;
    let mut report = Report::new(&doc);
    check_council(&raw, &mut report, &[]);
    report.finish()?;
    Ok(raw.to_council())
}

/// Read and check a council profile from disk.
pub fn load_council(path: &Path) -> Result<Council, Problems> {
    let name = path.display().to_string();
    let text = read_text(path)?;
    parse_council(&name, &text)
}

/// A council profile's text, in the shape [`parse_council`] reads.
pub fn council_to_string(c: &Council) -> String {
    let body =
        ron::ser::to_string_pretty(&CouncilFile::from_council(c), ron::ser::PrettyConfig::new())
            // Strings and numbers always serialise.
            .unwrap_or_default();
    format!(
        "// A Jaws council profile: {}. Money in £m, cash, as published.\n{body}\n",
        c.title()
    )
}

fn reads_as_council(name: &str, text: &str) -> Result<(), Problems> {
    parse_council(name, text).map(|_| ())
}

/// Save a council profile atomically; with [`Overwrite::IfReadable`], an existing file at
/// `path` is replaced only if it is itself a readable council profile.
pub fn save_council(path: &Path, c: &Council, overwrite: Overwrite) -> Result<(), SaveError> {
    save_text(
        path,
        &council_to_string(c),
        FileKind::Council,
        reads_as_council,
        overwrite,
    )
}

impl Workshop {
    /// The workshop started from `council`: its figures as the opening state, the MTFS
    /// reproduced by the baseline (the workshop's defaults), the sources of the assumptions
    /// they set pointing at the council's. Also returns how each MTFS year was reproduced.
    pub fn with_council(&self, council: &Council) -> (Workshop, crate::council::Calibration) {
        let calibration =
            crate::council::calibrate(council, &self.assumptions, &self.default_values());
        let mut w = self.clone();
        w.assumptions = calibration.assumptions.clone();
        let source = |m: Money| council.figure(m).source.clone();
        for (id, text) in [
            ("base_budget", format!("{} (net budget with fees and charges added back): {}; {}", council.title(), source(Money::NetBudget), source(Money::FeesAndCharges))),
            ("grant_share", format!("{}: net budget less council tax requirement ({}), of the budget", council.title(), source(Money::CouncilTaxRequirement))),
            ("fees_share", format!("{}: {}", council.title(), source(Money::FeesAndCharges))),
            ("adults_share", format!("{}: {}", council.title(), source(Money::AdultSocialCare))),
            ("children_share", format!("{}: {}", council.title(), source(Money::ChildrenSocialCare))),
            ("opening_reserves", format!("{}: earmarked ({}) and unallocated ({})", council.title(), source(Money::EarmarkedReserves), source(Money::UnallocatedReserves))),
            ("prudent_minimum", format!("{}: {}", council.title(), source(Money::PrudentMinimum))),
            ("reserves_ceiling", "The workshop's ceiling as a share of the budget, or the council's own reserves if higher.".to_owned()),
        ] {
            w.sources.insert(id.into(), text);
        }
        w.council = Some(Box::new(super::types::OurCouncil {
            profile: council.clone(),
            fits: calibration.fits.clone(),
        }));
        (w, calibration)
    }
}

/// The illustrative council profiles that ship, built in: (name, text).
pub const BUNDLED_COUNCILS: &[(&str, &str)] = &[
    (
        "shire-county",
        include_str!("../../councils/shire-county.ron"),
    ),
    (
        "metropolitan-district",
        include_str!("../../councils/metropolitan-district.ron"),
    ),
    (
        "shire-district",
        include_str!("../../councils/shire-district.ron"),
    ),
];

/// The illustrative council profiles that ship, read (a test reads each without a problem).
pub fn bundled_councils() -> Vec<Council> {
    BUNDLED_COUNCILS
        .iter()
        .filter_map(|(name, text)| parse_council(name, text).ok())
        .collect()
}

/// A built-in council profile by name (`shire-county`), or a profile file by path.
pub fn load_council_named_or_path(name_or_path: &str) -> Result<Council, Problems> {
    match BUNDLED_COUNCILS.iter().find(|(n, _)| *n == name_or_path) {
        Some((n, text)) => parse_council(&format!("built-in council {n}"), text),
        None => load_council(Path::new(name_or_path)),
    }
}
