//! Every word a person reads comes from here: Fluent message catalogues in Welsh (cy) and
//! English (en-GB), one file an area (`i18n/LANG/{ui,present,model,workshop,export,files}.ftl`),
//! built into the binary. Plurals follow each language's rules (Welsh has six categories), so
//! no sentence says "lever(s)".
//!
//! The language is the calling thread's: the window's thread (where every view, notice,
//! export and report is written) and the command line's. A thread that works for the window
//! is handed the window's language when it starts ([`lang`], then [`set_lang`] there). So
//! tests that run side by side can each speak their own language.
//!
//! This module depends on nothing else in the crate, so every module may use it.

use std::cell::Cell;
use std::collections::BTreeSet;
use std::sync::{LazyLock, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};

/// A value given to a message: text, or a number (which also chooses the plural form).
pub use fluent_bundle::FluentValue as Arg;

/// The languages Jaws speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English as written in the UK.
    EnGb,
    /// Welsh.
    Cy,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::EnGb, Lang::Cy];

    /// The BCP 47 tag: the report's `lang` attribute, and the catalogue's folder.
    pub fn code(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
            Lang::Cy => "cy",
        }
    }

    /// The language's name in itself, as a menu offers it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::EnGb => "English",
            Lang::Cy => "Cymraeg",
        }
    }

    /// `en`, `en-GB` or `cy` (any case, `_` for `-`), as `--lang` takes it.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "en" | "en-gb" => Some(Lang::EnGb),
            "cy" | "cy-gb" => Some(Lang::Cy),
            _ => None,
        }
    }

    /// The language a system locale asks for ("cy_GB.UTF-8", "cy-GB", "en_US"), if Jaws
    /// speaks it: Welsh for any Welsh locale, English for any English one.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "cy" => Some(Lang::Cy),
            "en" => Some(Lang::EnGb),
            _ => None,
        }
    }

    /// The language the system's locales ask for, first one Jaws speaks (LANGUAGE, LC_ALL,
    /// LC_MESSAGES, LANG on Unix; the user's languages on Windows and macOS), else English.
    pub fn from_system() -> Lang {
        Lang::first_spoken(sys_locale::get_locales()).unwrap_or(Lang::EnGb)
    }

    /// The first of `locales` (most wanted first) that Jaws speaks.
    pub fn first_spoken(locales: impl IntoIterator<Item = String>) -> Option<Lang> {
        locales.into_iter().find_map(|l| Lang::from_locale(&l))
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::parse(s).ok_or_else(|| format!("`{s}` is not a language Jaws speaks: give en or cy"))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The areas of the catalogue, one file each.
pub const AREAS: [&str; 6] = ["ui", "present", "model", "workshop", "export", "files"];

/// The catalogue files' text, by language and area (the order of [`AREAS`]).
pub fn sources(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::EnGb => [
            include_str!("../../i18n/en-GB/ui.ftl"),
            include_str!("../../i18n/en-GB/present.ftl"),
            include_str!("../../i18n/en-GB/model.ftl"),
            include_str!("../../i18n/en-GB/workshop.ftl"),
            include_str!("../../i18n/en-GB/export.ftl"),
            include_str!("../../i18n/en-GB/files.ftl"),
        ],
        Lang::Cy => [
            include_str!("../../i18n/cy/ui.ftl"),
            include_str!("../../i18n/cy/present.ftl"),
            include_str!("../../i18n/cy/model.ftl"),
            include_str!("../../i18n/cy/workshop.ftl"),
            include_str!("../../i18n/cy/export.ftl"),
            include_str!("../../i18n/cy/files.ftl"),
        ],
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut b = Bundle::new_concurrent(vec![id]);
    // egui would draw Fluent's bidi isolation marks (U+2068, U+2069) round every argument.
    b.set_use_isolating(false);
    for source in sources(lang) {
        // A broken entry is left out (the catalogue tests fail on it); the rest still work.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(resource);
    }
    b
}

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| [bundle(Lang::EnGb), bundle(Lang::Cy)]);

fn bundle_of(lang: Lang) -> &'static Bundle {
    match lang {
        Lang::EnGb => &BUNDLES[0],
        Lang::Cy => &BUNDLES[1],
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::EnGb) };
    static PSEUDO: Cell<bool> = const { Cell::new(false) };
}

/// This thread's language.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Speak `lang` on this thread from now on.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// Speak `lang` on this thread until the guard is dropped, then what was spoken before (and
/// the pseudo-locale off): for tests, which must not leave a language behind on a thread
/// another test may reuse.
#[must_use = "the language goes back when this is dropped"]
pub fn scoped(lang: Lang) -> Scoped {
    let before = self::lang();
    set_lang(lang);
    Scoped(before)
}

/// See [`scoped`].
pub struct Scoped(Lang);

impl Drop for Scoped {
    fn drop(&mut self) {
        set_lang(self.0);
        set_pseudo(false);
    }
}

/// The pseudo-locale, for tests: every message comes out wrapped as `[!! … !!]`, so a test
/// can see any text on screen that did not come through the catalogue. This thread only.
pub fn set_pseudo(on: bool) {
    PSEUDO.with(|p| p.set(on));
}

/// Ids asked for that the catalogue lacks (recorded in debug builds, for tests).
static MISSING: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

/// The ids asked for so far that a catalogue lacked, as `LANG:id`.
pub fn missing_ids() -> Vec<String> {
    MISSING
        .lock()
        .map(|m| m.iter().cloned().collect())
        .unwrap_or_default()
}

/// The message `id` in this thread's language.
pub fn tr(id: &str) -> String {
    tr_args(id, &[])
}

/// The message `id` with its arguments, in this thread's language.
pub fn tr_args(id: &str, args: &[(&str, Arg)]) -> String {
    let text = tr_in(lang(), id, args);
    if PSEUDO.with(Cell::get) {
        format!("[!! {text} !!]")
    } else {
        text
    }
}

/// The message `id` in `lang`, whatever this thread speaks (the bilingual stage). A
/// message the language lacks falls back to English, then to its id; never a panic.
pub fn tr_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            a.set(*name, value.clone());
        }
        a
    });
    for l in [lang, Lang::EnGb] {
        let b = bundle_of(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = b.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            if cfg!(debug_assertions) && !errors.is_empty() {
                record(l, &format!("{id} ({errors:?})"));
            }
            return text.into_owned();
        }
        if cfg!(debug_assertions) {
            record(l, id);
        }
    }
    id.to_owned()
}

/// For words declared in code tables (the model's node, metric and assumption names): in
/// English the table's own `english`, which is the source of truth; in another language the
/// message `id`, or the English while the catalogue lacks it.
pub fn tr_or(id: &str, english: &str) -> String {
    if lang() != Lang::EnGb && bundle_of(lang()).has_message(id) {
        tr(id)
    } else if PSEUDO.with(Cell::get) {
        format!("[!! {english} !!]")
    } else {
        english.to_owned()
    }
}

/// Whether `lang`'s catalogue has the message `id` (for tests of tables declared in code).
pub fn has(lang: Lang, id: &str) -> bool {
    bundle_of(lang).has_message(id)
}

fn record(lang: Lang, what: &str) {
    if let Ok(mut m) = MISSING.lock() {
        m.insert(format!("{}:{what}", lang.code()));
    }
}

/// A message from the catalogue: `t!("menu-file")`, or with arguments,
/// `t!("levers-moved", count = n, name = label)`.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::tr($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
