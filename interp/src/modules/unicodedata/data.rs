//! Reading the generated tables (`tables.rs`, `data/ucd.bin`): per code point property
//! records for Unicode 14.0.0 and 3.2.0, decompositions, canonical compositions, and
//! character names — word-compressed names from the table, Hangul syllables and the
//! `PREFIX-HEX` ideograph names computed (CPython: Modules/unicodedata.c `_getucname`,
//! `_getcode`).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::tables as t;

/// Which database: the current one or the `ucd_3_2_0` object's.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Version {
    Current,
    V3_2_0,
}

fn section(s: (usize, usize)) -> &'static [u8] {
    &t::DATA[s.0..s.0 + s.1]
}

fn u16_at(s: (usize, usize), i: usize) -> u16 {
    let b = section(s);
    u16::from_le_bytes([b[2 * i], b[2 * i + 1]])
}

fn u32_at(s: (usize, usize), i: usize) -> u32 {
    let b = section(s);
    u32::from_le_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]])
}

/// The value of code point `cp` in a two-level table.
fn lookup2(idx1: (usize, usize), idx2: (usize, usize), cp: u32) -> u16 {
    if cp > 0x10FFFF {
        return 0;
    }
    let block = u16_at(idx1, (cp >> t::SHIFT) as usize) as usize;
    u16_at(
        idx2,
        (block << t::SHIFT) | (cp & ((1 << t::SHIFT) - 1)) as usize,
    )
}

/// The properties of one code point in one database version.
#[derive(Clone, Copy, Debug)]
pub struct Record {
    pub category: u8,
    pub bidirectional: u8,
    pub combining: u8,
    pub east_asian_width: u8,
    pub mirrored: bool,
    pub decimal: Option<u8>,
    pub digit: Option<u8>,
    pub numeric: Option<u16>,
    /// The code point has a name in this version.
    pub named: bool,
}

impl Record {
    pub fn category_name(&self) -> &'static str {
        t::CATEGORIES[self.category as usize]
    }
    pub fn bidi_name(&self) -> &'static str {
        t::BIDI[self.bidirectional as usize]
    }
    pub fn eaw_name(&self) -> &'static str {
        t::EAW[self.east_asian_width as usize]
    }
    /// Unassigned (`Cn`) in this version.
    pub fn unassigned(&self) -> bool {
        self.category == 0
    }
    pub fn numeric_value(&self) -> Option<f64> {
        self.numeric
            .map(|i| t::NUMERICS[i as usize].parse().unwrap_or(f64::NAN))
    }
}

pub fn record(cp: u32, v: Version) -> Record {
    let (recs, i1, i2) = match v {
        Version::Current => (t::REC_14, t::IDX1_14, t::IDX2_14),
        Version::V3_2_0 => (t::REC_32, t::IDX1_32, t::IDX2_32),
    };
    let id = lookup2(i1, i2, cp) as usize;
    let r = &section(recs)[id * t::REC_SIZE..(id + 1) * t::REC_SIZE];
    let opt = |b: u8| (b != 0xFF).then_some(b);
    let num = u16::from_le_bytes([r[7], r[8]]);
    Record {
        category: r[0],
        bidirectional: r[1],
        combining: r[2],
        east_asian_width: r[3],
        mirrored: r[4] != 0,
        decimal: opt(r[5]),
        digit: opt(r[6]),
        numeric: (num != 0xFFFF).then_some(num),
        named: r[9] & 1 != 0,
    }
}

/// The canonical combining class used by normalization (current data, as CPython).
pub fn combining(cp: u32) -> u8 {
    record(cp, Version::Current).combining
}

/// The decomposition mapping of `cp`: its tag index (0 for canonical) and code points.
pub fn decomposition(cp: u32) -> Option<(u8, Vec<u32>)> {
    let off = lookup2(t::DECOMP_IDX1, t::DECOMP_IDX2, cp) as usize;
    if off == 0 {
        return None;
    }
    let head = u32_at(t::DECOMP_DATA, off);
    let len = (head & 0xFF) as usize;
    let cps = (0..len)
        .map(|i| u32_at(t::DECOMP_DATA, off + 1 + i))
        .collect();
    Some(((head >> 8) as u8, cps))
}

/// `decomposition()`'s text: `"<tag> XXXX YYYY"`.
pub fn decomposition_text(cp: u32) -> String {
    let Some((tag, cps)) = decomposition(cp) else {
        return String::new();
    };
    let mut parts: Vec<String> = Vec::with_capacity(cps.len() + 1);
    if tag != 0 {
        parts.push(t::TAGS[tag as usize].to_string());
    }
    parts.extend(cps.iter().map(|c| format!("{:04X}", c)));
    parts.join(" ")
}

/// The primary composite of `first` + `second` (canonical pairs and Hangul).
pub fn compose(first: u32, second: u32) -> Option<u32> {
    if let Some(c) = hangul::compose(first, second) {
        return Some(c);
    }
    let n = t::COMPOSITIONS.1 / 12;
    let key = (first, second);
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let k = (
            u32_at(t::COMPOSITIONS, 3 * mid),
            u32_at(t::COMPOSITIONS, 3 * mid + 1),
        );
        match k.cmp(&key) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(u32_at(t::COMPOSITIONS, 3 * mid + 2)),
        }
    }
    None
}

/// The 3.2.0 decomposition that later versions corrected, if `cp` has one.
pub fn normalization_3_2_0(cp: u32) -> Option<u32> {
    t::NORMALIZATION_3_2_0
        .iter()
        .find(|(c, _)| *c == cp)
        .map(|(_, old)| *old)
}

/// Hangul syllables: algorithmic names, decomposition and composition (Unicode §3.12).
pub mod hangul {
    pub const S_BASE: u32 = 0xAC00;
    pub const L_BASE: u32 = 0x1100;
    pub const V_BASE: u32 = 0x1161;
    pub const T_BASE: u32 = 0x11A7;
    pub const L_COUNT: u32 = 19;
    pub const V_COUNT: u32 = 21;
    pub const T_COUNT: u32 = 28;
    pub const N_COUNT: u32 = V_COUNT * T_COUNT;
    pub const S_COUNT: u32 = L_COUNT * N_COUNT;

    /// Jamo short names (Jamo.txt).
    const L: [&str; 19] = [
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T",
        "P", "H",
    ];
    const V: [&str; 21] = [
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
        "WE", "WI", "YU", "EU", "YI", "I",
    ];
    const T: [&str; 28] = [
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
        "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
    ];
    const PREFIX: &str = "HANGUL SYLLABLE ";

    pub fn is_syllable(cp: u32) -> bool {
        (S_BASE..S_BASE + S_COUNT).contains(&cp)
    }

    pub fn name(cp: u32) -> Option<String> {
        if !is_syllable(cp) {
            return None;
        }
        let s = cp - S_BASE;
        let (l, v, t) = (s / N_COUNT, (s % N_COUNT) / T_COUNT, s % T_COUNT);
        Some(format!(
            "{}{}{}{}",
            PREFIX, L[l as usize], V[v as usize], T[t as usize]
        ))
    }

    /// The longest jamo name of `names` that starts `s`: its index and length.
    fn longest(s: &str, names: &[&str]) -> Option<(usize, usize)> {
        names
            .iter()
            .enumerate()
            .filter(|(_, n)| s.starts_with(*n))
            .max_by_key(|(i, n)| (n.len(), usize::MAX - i))
            .map(|(i, n)| (i, n.len()))
    }

    /// CPython's `find_syllable`: greedy longest matches, case-sensitive.
    pub fn lookup(name: &str) -> Option<u32> {
        let rest = name.strip_prefix(PREFIX)?;
        let (l, n) = longest(rest, &L)?;
        let rest = &rest[n..];
        let (v, n) = longest(rest, &V)?;
        let rest = &rest[n..];
        let (t, n) = longest(rest, &T)?;
        if n != rest.len() {
            return None;
        }
        Some(S_BASE + (l as u32 * V_COUNT + v as u32) * T_COUNT + t as u32)
    }

    pub fn decompose(cp: u32, out: &mut Vec<u32>) -> bool {
        if !is_syllable(cp) {
            return false;
        }
        let s = cp - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            out.push(T_BASE + s % T_COUNT);
        }
        true
    }

    pub fn compose(a: u32, b: u32) -> Option<u32> {
        if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
            return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
        }
        if is_syllable(a)
            && (a - S_BASE).is_multiple_of(T_COUNT)
            && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
        {
            return Some(a + (b - T_BASE));
        }
        None
    }
}

/// The name of `cp` from the compressed table (not Hangul nor `PREFIX-HEX` names).
fn table_name(cp: u32) -> Option<String> {
    let ord = lookup2(t::NAME_IDX1, t::NAME_IDX2, cp) as usize;
    if ord == 0 {
        return None;
    }
    Some(decode_name(ord))
}

fn decode_name(ord: usize) -> String {
    let (start, end) = (
        u32_at(t::NAME_OFFS, ord) as usize,
        u32_at(t::NAME_OFFS, ord + 1) as usize,
    );
    let data = &section(t::NAME_DATA)[start..end];
    let words = section(t::WORD_DATA);
    let mut out = String::with_capacity(32);
    let mut i = 0;
    while i < data.len() {
        let mut w = data[i] as usize;
        i += 1;
        if w >= 0x80 {
            w = 0x80 + (((w & 0x7F) << 8) | data[i] as usize);
            i += 1;
        }
        let (a, b) = (
            u32_at(t::WORD_OFFS, w) as usize,
            u32_at(t::WORD_OFFS, w + 1) as usize,
        );
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(std::str::from_utf8(&words[a..b]).unwrap_or(""));
    }
    out
}

/// The name of `cp` (never an alias), in database version `v`.
pub fn name(cp: u32, v: Version) -> Option<String> {
    if v == Version::V3_2_0 && !record(cp, v).named {
        return None;
    }
    if let Some(n) = hangul::name(cp) {
        return Some(n);
    }
    if let Some(&(_, _, p)) = t::ALGO_RANGES
        .iter()
        .find(|(a, b, _)| (*a..=*b).contains(&cp))
    {
        return Some(format!("{}{:04X}", t::ALGO_PREFIXES[p as usize], cp));
    }
    table_name(cp)
}

/// Every table name (uppercase) → code point, built on first use.
fn name_map() -> &'static HashMap<&'static str, u32> {
    static MAP: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    MAP.get_or_init(|| {
        let n = t::NAME_OFFS.1 / 4;
        let mut names: Vec<(String, u32)> = Vec::with_capacity(n);
        for cp in 0..=0x10FFFFu32 {
            if let Some(name) = table_name(cp) {
                names.push((name, cp));
            }
        }
        // The map lives for the whole run: leak the names once instead of owning them.
        let mut map = HashMap::with_capacity(names.len() + t::ALIASES.len());
        for (name, cp) in names {
            map.insert(&*Box::leak(name.into_boxed_str()), cp);
        }
        map
    })
}

/// A `PREFIX-HEX` name: CJK unified ideographs match case-sensitively with 4 or 5
/// uppercase hex digits (CPython's `_getcode`); the other prefixes were stored names
/// in CPython and match case-insensitively.
fn algorithmic_lookup(name: &str) -> Option<u32> {
    let in_range = |cp: u32, p: usize| {
        t::ALGO_RANGES
            .iter()
            .any(|&(a, b, q)| q as usize == p && (a..=b).contains(&cp))
    };
    if let Some(hex) = name.strip_prefix(t::ALGO_PREFIXES[0]) {
        let upper_hex = hex
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b));
        if upper_hex && (4..=5).contains(&hex.len()) {
            let cp = u32::from_str_radix(hex, 16).ok()?;
            return in_range(cp, 0).then_some(cp);
        }
        return None;
    }
    for (p, prefix) in t::ALGO_PREFIXES.iter().enumerate().skip(1) {
        let n = prefix.len();
        if name.len() <= n || !name.is_char_boundary(n) || !name[..n].eq_ignore_ascii_case(prefix) {
            continue;
        }
        let hex = &name[n..];
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) || hex.len() > 6 {
            continue;
        }
        let cp = u32::from_str_radix(hex, 16).ok()?;
        if in_range(cp, p) && format!("{:04X}", cp).eq_ignore_ascii_case(hex) {
            return Some(cp);
        }
    }
    None
}

/// What a name stands for.
pub enum Found {
    Char(u32),
    Sequence(&'static [u32]),
}

/// CPython's `_getcode`: a character name, alias (current version only) or named
/// sequence (when `sequences`; current version only) → what it names.
pub fn lookup(name: &str, v: Version, sequences: bool) -> Option<Found> {
    let cp = hangul::lookup(name)
        .or_else(|| algorithmic_lookup(name))
        .or_else(|| {
            let upper = name.to_ascii_uppercase();
            name_map().get(upper.as_str()).copied()
        });
    if let Some(cp) = cp {
        if v == Version::V3_2_0 && !record(cp, v).named {
            return None;
        }
        return Some(Found::Char(cp));
    }
    if v != Version::Current {
        return None;
    }
    let upper = name.to_ascii_uppercase();
    if let Some(&(_, cp)) = t::ALIASES.iter().find(|(n, _)| *n == upper) {
        return Some(Found::Char(cp));
    }
    if sequences {
        if let Some(&(_, seq)) = t::NAMED_SEQUENCES.iter().find(|(n, _)| *n == upper) {
            return Some(Found::Sequence(seq));
        }
    }
    None
}

/// The code point named `name` (aliases accepted, named sequences not), as `\N{...}`
/// escapes resolve it.
pub fn lookup_char(name: &str) -> Option<u32> {
    match lookup(name, Version::Current, false) {
        Some(Found::Char(c)) => Some(c),
        _ => None,
    }
}
