//! "Did you mean" hints for uncaught NameError and AttributeError: CPython 3.11 looks
//! for the closest candidate name (a weighted edit distance where a case-only change
//! costs half of any other edit) when it prints the traceback.

use crate::object::payload::*;
use crate::object::typeobj::is_subtype;
use crate::object::PyRef;

use super::Vm;

/// More candidates than this and no suggestion is attempted.
const MAX_CANDIDATES: usize = 750;
/// Names longer than this (after trimming a shared prefix/suffix) are never close.
const MAX_NAME_LEN: usize = 40;
/// Cost of inserting, deleting or replacing one byte.
const EDIT_COST: usize = 2;
/// Cost of replacing a byte by the same letter in the other case.
const CASE_COST: usize = 1;

fn replace_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        EDIT_COST
    }
}

/// The weighted edit distance between `a` and `b` (UTF-8 bytes); any value above
/// `limit` means "too far" and may be returned as `limit + 1`.
fn edit_distance(a: &[u8], b: &[u8], limit: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * EDIT_COST;
    }
    if a.len() > MAX_NAME_LEN || b.len() > MAX_NAME_LEN {
        return limit + 1;
    }
    // One row of the dynamic-programming table: row[j] = cost of a[..j+1] vs b[..i].
    let mut row: Vec<usize> = (1..=a.len()).map(|j| j * EDIT_COST).collect();
    let mut last = 0;
    for (i, &cb) in b.iter().enumerate() {
        let mut diag = i * EDIT_COST;
        let mut left = (i + 1) * EDIT_COST;
        let mut best_in_row = usize::MAX;
        for (j, &ca) in a.iter().enumerate() {
            let up = row[j];
            let v = (diag + replace_cost(ca, cb)).min(up.min(left) + EDIT_COST);
            diag = up;
            left = v;
            row[j] = v;
            best_in_row = best_in_row.min(v);
        }
        if best_in_row > limit {
            return limit + 1;
        }
        last = left;
    }
    last
}

/// The closest candidate to `name`, with CPython's limits: at most about a third of
/// the characters may change, and earlier candidates win ties.
pub fn closest_name(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut limit = (name.len() + c.len() + 3) * EDIT_COST / 6;
        if let Some((_, d)) = best {
            limit = limit.min(d.saturating_sub(1));
        }
        let d = edit_distance(name.as_bytes(), c.as_bytes(), limit);
        if d > limit {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

impl Vm {
    fn str_keys(&self, mapping: &PyRef) -> Option<Vec<String>> {
        let keys = self.iterate(mapping).ok()?;
        Some(
            keys.iter()
                .filter_map(|k| self.str_of(k).map(|s| s.to_string()))
                .collect(),
        )
    }

    /// The "Did you mean" candidate for an uncaught NameError/AttributeError, if any.
    pub fn suggestion_for(&self, exc: &PyRef) -> Option<String> {
        let ty = exc.class();
        let is_attr = is_subtype(ty, &self.exc.attribute_error);
        if !is_attr && !is_subtype(ty, &self.exc.name_error) {
            return None;
        }
        let name = self.get_attr_opt(exc, &self.intern("name")).ok()??;
        if !name.class().is(&self.types.str) {
            return None;
        }
        let name = self.str_of(&name)?.to_string();
        if is_attr {
            let obj = self.get_attr_opt(exc, &self.intern("obj")).ok()??;
            let dir = self.dict_get_str(&self.builtins_dict, "dir").ok()??;
            let listing = self.call(&dir, Args::new(&[obj])).ok()?;
            let names = self.str_keys(&listing)?;
            return closest_name(&name, &names);
        }
        // NameError: the innermost frame's local variables, then its globals, then builtins.
        let mut tb = match &exc.payload {
            Payload::Exception(d) => d.traceback.borrow().clone()?,
            _ => return None,
        };
        loop {
            let next = match &tb.payload {
                Payload::Traceback(t) => t.next.borrow().clone(),
                _ => return None,
            };
            match next {
                Some(n) => tb = n,
                None => break,
            }
        }
        let frame = match &tb.payload {
            Payload::Traceback(t) => t.frame.clone(),
            _ => return None,
        };
        let (code, globals) = match &frame.payload {
            Payload::Frame(f) => (f.code.clone(), f.globals.clone()),
            _ => return None,
        };
        if let Payload::Code(c) = &code.payload {
            let locals: Vec<String> = c
                .varnames
                .iter()
                .filter_map(|v| self.str_of(v).map(|s| s.to_string()))
                .collect();
            if let Some(s) = closest_name(&name, &locals) {
                return Some(s);
            }
        }
        if let Some(s) = closest_name(&name, &self.str_keys(&globals)?) {
            return Some(s);
        }
        let builtins = self.builtins_for(&globals);
        closest_name(&name, &self.str_keys(&builtins)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_follow_the_weights() {
        assert_eq!(edit_distance(b"abc", b"abc", 10), 0);
        assert_eq!(edit_distance(b"abc", b"aBc", 10), CASE_COST);
        assert_eq!(edit_distance(b"abc", b"axc", 10), EDIT_COST);
        assert_eq!(edit_distance(b"abc", b"ac", 10), EDIT_COST);
        assert_eq!(edit_distance(b"balanse", b"balance", 10), EDIT_COST);
    }

    #[test]
    fn picks_the_closest_and_respects_the_limit() {
        let c = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            closest_name("countr", &c(&["show", "counter"])),
            Some("counter".into())
        );
        assert_eq!(closest_name("xyz", &c(&["abc"])), None);
        assert_eq!(closest_name("same", &c(&["same"])), None);
    }
}
