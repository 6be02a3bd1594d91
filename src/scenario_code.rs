//! Scenario codes: a scenario as a short code a person can read out, type on another laptop,
//! or scan (`JAWS-1AB3-7K3F-QX2M-9D`), with no network. docs/files.md describes the format.
//!
//! A code says which workshop it belongs to and the levers, each kept to its slider's step
//! ([`Lever::step`]), as changes from the workshop's defaults or from one of its scenarios,
//! whichever needs fewer, so a workshop's own scenario is a short code and a scenario with two
//! levers moved is not much longer. Its first character is the code's version, so codes made
//! today still read when levers are added. The characters are Crockford's base 32 (digits and
//! capitals without I, L, O and U, so nothing is mistaken for 1, 0 or V; typing I, L or O is
//! read as 1, 1 and 0). Every 29 characters carry two check characters (a Reed–Solomon code
//! over the 32 symbols), so any one mistyped character is caught and named, with the
//! character it should be.

use std::fmt;

use crate::model::{LEVER_COUNT, Lever, LeverValues};
use crate::workshop::Workshop;

/// What every code starts with.
pub const PREFIX: &str = "JAWS";

/// The version this Jaws writes: version 2 holds the 17 levers of today's catalogue, money
/// levers as a share of the budget. Version 1 held the same levers with the first model's
/// money (£m a year) and ranges: it still reads where it moves no lever that has changed
/// since ([`CHANGED_SINCE_VERSION_1`]), and is refused, saying so, where it does. A future
/// catalogue with more levers writes version 3 and still reads version 2 (the new levers at
/// their defaults).
pub const VERSION: u8 = 2;

/// Levers whose unit or range has changed since version 1 codes: the money levers (then £m a
/// year, now a share of the budget), the national settlement (then from −8%) and fees (then
/// up to 6%). A version 1 code's slider position for these means something else now.
pub const CHANGED_SINCE_VERSION_1: [&str; 5] = [
    "relationship_building",
    "behaviour_change",
    "grant_change",
    "transformation_investment",
    "fees_income",
];

/// Crockford's base 32.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Data characters covered by each pair of check characters (a block is at most 31).
const BLOCK_DATA: usize = 29;

const VERSION_BITS: u32 = 5;
const WORKSHOP_BITS: u32 = 15;
const BASE_BITS: u32 = 5;
/// A count of levers moved, and a lever's index, in the list form.
const COUNT_BITS: u32 = 5;
const INDEX_BITS: u32 = 5;

/// A scenario code: its characters after the prefix, data and check characters together.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ScenarioCode {
    symbols: Vec<u8>,
}

impl fmt::Display for ScenarioCode {
    /// `JAWS-` and the characters in groups of four.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(PREFIX)?;
        for group in self.symbols.chunks(4) {
            f.write_str("-")?;
            for &s in group {
                write!(f, "{}", ALPHABET[s as usize] as char)?;
            }
        }
        Ok(())
    }
}

impl ScenarioCode {
    /// The same code marked as another version (its first character, with the checks made
    /// again): how tests make the codes an earlier Jaws wrote.
    #[doc(hidden)]
    pub fn with_version(&self, version: u8) -> ScenarioCode {
        let mut data = check(&self.symbols).unwrap_or_default();
        if let Some(first) = data.first_mut() {
            *first = version & 0x1f;
        }
        ScenarioCode {
            symbols: with_checks(&data),
        }
    }
}

/// Why a code cannot be read, in words a person can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing was typed.
    Empty,
    /// The code does not start `JAWS-`.
    Prefix(String),
    /// A character that codes never use, at this place.
    NotACodeCharacter { place: Place, found: char },
    /// One character is wrong; it should probably be `expected`.
    Mistyped {
        place: Place,
        found: char,
        expected: char,
    },
    /// More than one mistake, or a character missing or extra.
    Garbled,
    /// Made by a newer Jaws.
    NewerVersion(u8),
    /// Made by an earlier Jaws, and it moves levers (named by label) whose meaning has
    /// changed since.
    Outdated(Vec<String>),
    /// For a workshop not open here.
    OtherWorkshop { title: Option<String> },
    /// It reads, but does not fit this workshop's levers (another version of its file?).
    DoesNotFit { title: String },
}

/// Where a character is, as a person finds it in the code as written: its group of four
/// after `JAWS-` and its place in the group, both from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Index among the code's characters after the prefix, from 0.
    pub index: usize,
    pub group: usize,
    pub in_group: usize,
    /// The group as typed (normalised to capitals).
    pub group_text: String,
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the {} character of the {} group (\"{}\")",
            ordinal(self.in_group),
            ordinal(self.group),
            self.group_text
        )
    }
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => f.write_str("Type a scenario code, like JAWS-1AB3-7K3F-QX."),
            CodeError::Prefix(found) => write!(
                f,
                "A scenario code starts {PREFIX}-, not {found}-: check the start of the code."
            ),
            CodeError::NotACodeCharacter { place, found } => write!(
                f,
                "\"{found}\", {place}, is not used in scenario codes: check that character."
            ),
            CodeError::Mistyped {
                place,
                found,
                expected,
            } => write!(
                f,
                "{} looks mistyped: \"{found}\" should probably be \"{expected}\". Check it against the code you were given.",
                crate::present::format::capitalise(&place.to_string())
            ),
            CodeError::Garbled => f.write_str(
                "This code has more than one mistake, or a character missing or extra: check it against the code you were given.",
            ),
            CodeError::NewerVersion(v) => write!(
                f,
                "This code was made by a newer Jaws (code version {v}; this Jaws reads up to {VERSION}): update Jaws to read it."
            ),
            CodeError::Outdated(levers) => write!(
                f,
                "This code was made by an earlier Jaws, which measured {} differently: it cannot be read here. Make the code again with this Jaws.",
                crate::model::target::join_words(levers)
            ),
            CodeError::OtherWorkshop { title: Some(t) } => write!(
                f,
                "This code is for the workshop \"{t}\": open it (File ▸ Workshops…), then enter the code again."
            ),
            CodeError::OtherWorkshop { title: None } => f.write_str(
                "This code is for a workshop this computer does not have: open the workshop it was made with (File ▸ Workshops…), then enter the code again.",
            ),
            CodeError::DoesNotFit { title } => write!(
                f,
                "This code does not fit the levers of \"{title}\" here: it may have been made with another version of the workshop's file."
            ),
        }
    }
}

impl std::error::Error for CodeError {}

/// A code read and checked, not yet matched with a workshop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadCode {
    pub version: u8,
    /// The workshop's tag ([`workshop_tag`]).
    pub workshop: u16,
    code: ScenarioCode,
    /// The data bits after the header.
    bits: BitReader,
}

impl ReadCode {
    /// The code as Jaws writes it.
    pub fn code(&self) -> &ScenarioCode {
        &self.code
    }
}

/// What a code says about a workshop's levers.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub levers: LeverValues,
    /// The workshop scenario the levers start from (by id), or `None` for the defaults.
    pub base: Option<String>,
    /// The levers the code moves from there, by index in catalogue order.
    pub changed: Vec<usize>,
}

/// The workshop's tag in a code: 15 bits of a hash of its id.
pub fn workshop_tag(id: &str) -> u16 {
    // FNV-1a: small, fixed, the same on every machine and in every version.
    let mut h: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    ((h ^ (h >> 15) ^ (h >> 30)) & 0x7fff) as u16
}

/// How many values a lever's slider can take: its range in steps, the top of the range
/// included even where it is not a whole number of steps from the bottom.
fn positions(lever: &Lever) -> u32 {
    let steps = ((lever.max - lever.min) / lever.step() - 1e-9)
        .ceil()
        .max(0.0);
    steps as u32 + 1
}

/// The slider position nearest `v`.
fn position(lever: &Lever, v: f64) -> u32 {
    let k = ((v - lever.min) / lever.step()).round();
    (k.max(0.0) as u32).min(positions(lever) - 1)
}

/// The value at a slider position, written as a person would ("0.03", not
/// "0.030000000000000002").
fn value_at(lever: &Lever, k: u32) -> f64 {
    let v = (lever.min + f64::from(k) * lever.step()).min(lever.max);
    (v * 1e6).round() / 1e6
}

/// A lever's value kept to its slider's step: what a code carries for a lever it changes.
pub fn quantise(lever: &Lever, v: f64) -> f64 {
    value_at(lever, position(lever, v))
}

fn bits_for(n: u32) -> u32 {
    32 - (n.max(2) - 1).leading_zeros()
}

/// The starting points a code may name: the workshop's first 31 scenarios (1 to 31), then
/// the defaults (0), so that a scenario that is the defaults is named as itself.
fn bases(w: &Workshop) -> impl Iterator<Item = (u32, LeverValues)> + '_ {
    w.scenarios
        .iter()
        .take((1 << BASE_BITS) - 1)
        .enumerate()
        .map(|(i, s)| (i as u32 + 1, w.values_for(s)))
        .chain(std::iter::once((0, w.default_values())))
}

/// The code for these levers in this workshop.
pub fn encode(w: &Workshop, levers: &LeverValues) -> ScenarioCode {
    let differs = |base: &LeverValues| -> Vec<bool> {
        w.levers
            .iter()
            .enumerate()
            .map(|(i, l)| position(l, levers.0[i]) != position(l, base.0[i]))
            .collect()
    };
    // The start that leaves fewest levers to write; the first on a tie.
    let (base, mask) = bases(w)
        .map(|(b, values)| (b, differs(&values)))
        .min_by_key(|(_, mask)| mask.iter().filter(|&&d| d).count())
        .expect("the defaults are always a start");
    let mut bits = BitWriter::default();
    bits.push(u32::from(VERSION), VERSION_BITS);
    bits.push(u32::from(workshop_tag(&w.id)), WORKSHOP_BITS);
    bits.push(base, BASE_BITS);
    // Which levers follow: a list of their indices when few move, else one bit a lever.
    let moved: Vec<usize> = (0..LEVER_COUNT).filter(|&i| mask[i]).collect();
    if moved.len() * INDEX_BITS as usize + COUNT_BITS as usize <= LEVER_COUNT {
        bits.push(0, 1);
        bits.push(moved.len() as u32, COUNT_BITS);
        for &i in &moved {
            bits.push(i as u32, INDEX_BITS);
        }
    } else {
        bits.push(1, 1);
        for &d in &mask {
            bits.push(u32::from(d), 1);
        }
    }
    for &i in &moved {
        let l = &w.levers[i];
        bits.push(position(l, levers.0[i]), bits_for(positions(l)));
    }
    ScenarioCode {
        symbols: with_checks(&bits.symbols()),
    }
}

/// Read a code as typed: case, spaces and dashes do not matter, and `I`, `L`, `O` are read as
/// 1, 1 and 0. A mistyped character is named; the workshop is not needed yet.
pub fn read(text: &str) -> Result<ReadCode, CodeError> {
    let mut groups: Vec<String> = text
        .split(|c: char| c == '-' || c.is_whitespace())
        .filter(|g| !g.is_empty())
        .map(str::to_uppercase)
        .collect();
    if groups.is_empty() {
        return Err(CodeError::Empty);
    }
    if groups[0] == PREFIX {
        groups.remove(0);
    } else if groups[0].starts_with(PREFIX) {
        groups[0] = groups[0][PREFIX.len()..].to_owned();
    } else if groups[0].len() == PREFIX.len()
        && groups[0].chars().all(|c| c.is_ascii_alphabetic())
        && groups.len() > 1
    {
        return Err(CodeError::Prefix(groups.remove(0)));
    }
    // Places are named by the groups of four Jaws writes, whatever the typing.
    let typed: String = groups.concat();
    let chars: Vec<char> = typed.chars().collect();
    let place = |index: usize| {
        let group = index / 4;
        Place {
            index,
            group: group + 1,
            in_group: index % 4 + 1,
            group_text: chars[group * 4..(group * 4 + 4).min(chars.len())]
                .iter()
                .collect(),
        }
    };
    let mut symbols = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let c = match c {
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        };
        match ALPHABET.iter().position(|&a| a as char == c) {
            Some(s) => symbols.push(s as u8),
            None => {
                return Err(CodeError::NotACodeCharacter {
                    place: place(i),
                    found: chars[i],
                });
            }
        }
    }
    if symbols.is_empty() {
        return Err(CodeError::Empty);
    }
    let data = check(&symbols).map_err(|e| match e {
        Check::Mistyped { index, expected } => CodeError::Mistyped {
            place: place(index),
            found: chars[index],
            expected: ALPHABET[expected as usize] as char,
        },
        Check::Garbled => CodeError::Garbled,
    })?;
    let mut bits = BitReader::new(&data);
    let version = bits.take(VERSION_BITS).ok_or(CodeError::Garbled)? as u8;
    if version == 0 {
        return Err(CodeError::Garbled);
    }
    if version > VERSION {
        return Err(CodeError::NewerVersion(version));
    }
    let workshop = bits.take(WORKSHOP_BITS).ok_or(CodeError::Garbled)? as u16;
    Ok(ReadCode {
        version,
        workshop,
        code: ScenarioCode { symbols },
        bits,
    })
}

/// The levers a code read with [`read`] gives in this workshop.
pub fn levers(code: &ReadCode, w: &Workshop) -> Result<Decoded, CodeError> {
    if code.workshop != workshop_tag(&w.id) {
        return Err(CodeError::OtherWorkshop { title: None });
    }
    let fits = || CodeError::DoesNotFit {
        title: w.title.clone(),
    };
    let mut bits = code.bits.clone();
    let base = bits.take(BASE_BITS).ok_or_else(fits)?;
    let (base_id, start) = match base {
        0 => (None, w.default_values()),
        b => {
            let s = w.scenarios.get(b as usize - 1).ok_or_else(fits)?;
            (Some(s.id.clone()), w.values_for(s))
        }
    };
    // Versions 1 and 2 hold the 17 levers of today's catalogue, in its order: a list of the
    // indices moved, or one bit a lever.
    let mut mask = [false; LEVER_COUNT];
    if bits.take(1).ok_or_else(fits)? == 0 {
        let n = bits.take(COUNT_BITS).ok_or_else(fits)?;
        let mut last = None;
        for _ in 0..n {
            let i = bits.take(INDEX_BITS).ok_or_else(fits)? as usize;
            // In catalogue order, each once, as Jaws writes them.
            if i >= LEVER_COUNT || last.is_some_and(|l| l >= i) {
                return Err(fits());
            }
            mask[i] = true;
            last = Some(i);
        }
    } else {
        for m in &mut mask {
            *m = bits.take(1).ok_or_else(fits)? == 1;
        }
    }
    if code.version == 1 {
        let changed: Vec<String> = w
            .levers
            .iter()
            .enumerate()
            .filter(|(i, l)| mask[*i] && CHANGED_SINCE_VERSION_1.contains(&l.id.as_str()))
            .map(|(_, l)| crate::present::format::lower_first(&l.label))
            .collect();
        if !changed.is_empty() {
            return Err(CodeError::Outdated(changed));
        }
    }
    let mut levers = start;
    for (i, l) in w.levers.iter().enumerate() {
        if mask[i] {
            let k = bits.take(bits_for(positions(l))).ok_or_else(fits)?;
            if k >= positions(l) {
                return Err(fits());
            }
            levers.0[i] = value_at(l, k);
        }
    }
    // What is left is the padding to a whole character: fewer than five bits, all zero.
    if !bits.rest_is_padding() {
        return Err(fits());
    }
    Ok(Decoded {
        levers,
        base: base_id,
        changed: (0..LEVER_COUNT).filter(|&i| mask[i]).collect(),
    })
}

/// Read a code for this workshop: [`read`] then [`levers`].
pub fn decode(text: &str, w: &Workshop) -> Result<Decoded, CodeError> {
    levers(&read(text)?, w)
}

// ---------------------------------------------------------------------------------------
// Bits to characters and back.

#[derive(Default)]
struct BitWriter {
    bits: Vec<bool>,
}

impl BitWriter {
    fn push(&mut self, v: u32, n: u32) {
        for i in (0..n).rev() {
            self.bits.push((v >> i) & 1 == 1);
        }
    }

    /// Five bits a character, the last padded with zeros.
    fn symbols(&self) -> Vec<u8> {
        self.bits
            .chunks(5)
            .map(|c| {
                (0..5).fold(0u8, |acc, i| {
                    (acc << 1) | u8::from(c.get(i).copied().unwrap_or(false))
                })
            })
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct BitReader {
    bits: Vec<bool>,
    at: usize,
}

impl BitReader {
    fn new(symbols: &[u8]) -> BitReader {
        let bits = symbols
            .iter()
            .flat_map(|&s| (0..5).rev().map(move |i| (s >> i) & 1 == 1))
            .collect();
        BitReader { bits, at: 0 }
    }

    fn take(&mut self, n: u32) -> Option<u32> {
        let end = self.at + n as usize;
        let slice = self.bits.get(self.at..end)?;
        self.at = end;
        Some(slice.iter().fold(0, |acc, &b| (acc << 1) | u32::from(b)))
    }

    fn rest_is_padding(&self) -> bool {
        let rest = &self.bits[self.at..];
        rest.len() < 5 && rest.iter().all(|&b| !b)
    }
}

// ---------------------------------------------------------------------------------------
// The check characters: a Reed–Solomon code over GF(32) with two checks a block, which any
// two characters of a block differ in at least three places, so one mistyped character is
// found and put right.

/// GF(32) from the primitive polynomial x⁵ + x² + 1: (exp, log) tables.
const fn tables() -> ([u8; 62], [u8; 32]) {
    let mut exp = [0u8; 62];
    let mut log = [0u8; 32];
    let mut x: u8 = 1;
    let mut i = 0;
    while i < 31 {
        exp[i] = x;
        exp[i + 31] = x;
        log[x as usize] = i as u8;
        x <<= 1;
        if x & 0x20 != 0 {
            x ^= 0x25;
        }
        i += 1;
    }
    (exp, log)
}

const GF: ([u8; 62], [u8; 32]) = tables();

fn mul(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        return 0;
    }
    GF.0[GF.1[a as usize] as usize + GF.1[b as usize] as usize]
}

fn div(a: u8, b: u8) -> u8 {
    if a == 0 {
        return 0;
    }
    GF.0[(GF.1[a as usize] as usize + 31 - GF.1[b as usize] as usize) % 31]
}

fn alpha(i: usize) -> u8 {
    GF.0[i % 31]
}

/// The data in blocks of up to 29 characters, each followed by its two check characters.
fn with_checks(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 2 * data.len().div_ceil(BLOCK_DATA));
    for block in data.chunks(BLOCK_DATA) {
        let m = block.len();
        let (mut a, mut b) = (0u8, 0u8);
        for (i, &d) in block.iter().enumerate() {
            a ^= d;
            b ^= mul(d, alpha(i));
        }
        // c_m + c_{m+1} = a and c_m·αᵐ + c_{m+1}·αᵐ⁺¹ = b.
        let last = div(b ^ mul(a, alpha(m)), mul(alpha(m), 1 ^ alpha(1)));
        out.extend_from_slice(block);
        out.push(a ^ last);
        out.push(last);
    }
    out
}

enum Check {
    /// One character, at this index among all, should be `expected`.
    Mistyped {
        index: usize,
        expected: u8,
    },
    Garbled,
}

/// The data characters of a code with its checks, if every block checks out.
fn check(symbols: &[u8]) -> Result<Vec<u8>, Check> {
    let mut data = Vec::with_capacity(symbols.len());
    for (b, block) in symbols.chunks(BLOCK_DATA + 2).enumerate() {
        if block.len() < 3 {
            return Err(Check::Garbled);
        }
        let (mut s0, mut s1) = (0u8, 0u8);
        for (i, &r) in block.iter().enumerate() {
            s0 ^= r;
            s1 ^= mul(r, alpha(i));
        }
        match (s0, s1) {
            (0, 0) => data.extend_from_slice(&block[..block.len() - 2]),
            (0, _) | (_, 0) => return Err(Check::Garbled),
            (s0, s1) => {
                // One error e at place j gives s0 = e and s1 = e·αʲ.
                let j = GF.1[div(s1, s0) as usize] as usize;
                if j >= block.len() {
                    return Err(Check::Garbled);
                }
                return Err(Check::Mistyped {
                    index: b * (BLOCK_DATA + 2) + j,
                    expected: block[j] ^ s0,
                });
            }
        }
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_is_a_field() {
        for a in 1..32u8 {
            assert_eq!(mul(a, div(1, a)), 1, "{a} has an inverse");
        }
        let powers: std::collections::HashSet<u8> = (0..31).map(alpha).collect();
        assert_eq!(powers.len(), 31, "α generates every non-zero element");
    }

    #[test]
    fn ordinals_read_naturally() {
        let o: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinal).into();
        assert_eq!(
            o,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd"
            ]
        );
    }

    #[test]
    fn tags_are_fixed_forever() {
        // Codes already handed out depend on these: never change the hash.
        assert_eq!(workshop_tag("new-model"), workshop_tag("new-model"));
        assert_ne!(workshop_tag("new-model"), workshop_tag("cabinet-60"));
        assert!(workshop_tag("anything") < 1 << WORKSHOP_BITS);
    }
}
