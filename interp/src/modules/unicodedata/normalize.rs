//! Unicode normalization forms (UAX #15) over code points: full decomposition
//! (canonical or compatibility), canonical ordering, and canonical composition.
//! CPython: Modules/unicodedata.c `nfd_nfkd` / `nfc_nfkc`; for the 3.2.0 database,
//! characters unassigned in 3.2.0 are left alone and the corrected decompositions of
//! 3.2.0 are used.

use super::data::{self, hangul, Version};

/// A normalization form.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Form {
    Nfc,
    Nfkc,
    Nfd,
    Nfkd,
}

impl Form {
    pub fn parse(s: &str) -> Option<Form> {
        Some(match s {
            "NFC" => Form::Nfc,
            "NFKC" => Form::Nfkc,
            "NFD" => Form::Nfd,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }

    fn compat(self) -> bool {
        matches!(self, Form::Nfkc | Form::Nfkd)
    }

    fn composed(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }
}

pub fn normalize(input: &[u32], form: Form, v: Version) -> Vec<u32> {
    let d = decompose(input, form.compat(), v);
    if form.composed() {
        compose(d)
    } else {
        d
    }
}

fn decompose_one(cp: u32, compat: bool, v: Version, out: &mut Vec<u32>) {
    if v == Version::V3_2_0 {
        if data::record(cp, v).unassigned() {
            out.push(cp);
            return;
        }
        if let Some(old) = data::normalization_3_2_0(cp) {
            decompose_one(old, compat, v, out);
            return;
        }
    }
    if hangul::decompose(cp, out) {
        return;
    }
    match data::decomposition(cp) {
        Some((tag, cps)) if tag == 0 || compat => {
            for c in cps {
                decompose_one(c, compat, v, out);
            }
        }
        _ => out.push(cp),
    }
}

fn decompose(input: &[u32], compat: bool, v: Version) -> Vec<u32> {
    let mut out = Vec::with_capacity(input.len());
    for &cp in input {
        decompose_one(cp, compat, v, &mut out);
    }
    // Canonical ordering: a stable sort of each run of non-starters by combining class.
    let mut i = 0;
    while i < out.len() {
        if data::combining(out[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && data::combining(out[i]) != 0 {
            i += 1;
        }
        if i - start > 1 {
            out[start..i].sort_by_key(|&c| data::combining(c));
        }
    }
    out
}

/// Canonical composition of a decomposed, canonically ordered sequence.
fn compose(d: Vec<u32>) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(d.len());
    // The last starter's index in `out`, and the class of the last character kept
    // after it (`None` when nothing follows the starter yet).
    let mut starter: Option<usize> = None;
    let mut last_class: Option<u8> = None;
    for cp in d {
        let class = data::combining(cp);
        if let Some(s) = starter {
            let blocked = matches!(last_class, Some(lc) if lc == 0 || lc >= class);
            if !blocked {
                if let Some(c) = data::compose(out[s], cp) {
                    out[s] = c;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        out.push(cp);
    }
    out
}
