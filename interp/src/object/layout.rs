//! Shared key layouts ("maps", "hidden classes") of instance dictionaries.
//!
//! An instance dict created by attribute assignment starts at the empty layout; each new
//! exact-`str` key moves it along a transition `(layout, key) -> layout'`, so two dicts
//! whose keys were inserted in the same order carry the same layout id. A layout id
//! therefore stands for an exact key sequence: the key at dense position `i` is the same
//! object in every dict with that id. Inline caches key on it (with the receiver type):
//! "attribute at position 3", "attribute absent", "adding this key leads to layout L"
//! are then one integer compare, no hashing (`vm/attr_cache.rs`).
//!
//! Any other change (a removal, a non-`str` key, too many keys, too many layouts) drops
//! the dict to [`NO_LAYOUT`] for good; it then works as an ordinary dict and the caches
//! take their slow path. Transitions hold their key alive, so a key's address can never
//! be reused by a different string while a layout refers to it.

use std::cell::RefCell;
use std::collections::HashMap;

use super::core::PyRef;
use super::payload::Payload;

/// A layout id; `NO_LAYOUT` = not tracked.
pub type LayoutId = u32;

/// The dict is not tracked (any key sequence, holes possible).
pub const NO_LAYOUT: LayoutId = 0;
/// A tracked dict with no keys.
pub const EMPTY_LAYOUT: LayoutId = 1;

/// Dicts with more keys than this stop being tracked (big dicts are not instance-like).
const MAX_KEYS: u32 = 64;
/// The registry stops creating layouts at this size; further dicts go untracked.
const MAX_LAYOUTS: usize = 1 << 16;

struct Registry {
    /// `(layout, key address) -> next layout`.
    transitions: HashMap<(LayoutId, usize), LayoutId>,
    /// Per layout: number of keys (index = id).
    lengths: Vec<u32>,
    /// Keeps every transition key alive (see the module doc).
    keys: Vec<PyRef>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry {
        transitions: HashMap::new(),
        lengths: vec![0, 0],
        keys: Vec::new(),
    });
}

/// Whether `key` can be part of a layout: an exact builtin `str`, whose equality is
/// identity-stable and never runs Python code.
#[inline]
fn layout_key(key: &PyRef) -> bool {
    matches!(key.payload, Payload::Str(_)) && !key.class().type_data().heap
}

/// The layout reached from `from` by appending `key` ([`NO_LAYOUT`] if untracked).
pub fn transition(from: LayoutId, key: &PyRef) -> LayoutId {
    if from == NO_LAYOUT || !layout_key(key) {
        return NO_LAYOUT;
    }
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let addr = key.as_ptr() as usize;
        if let Some(&to) = r.transitions.get(&(from, addr)) {
            return to;
        }
        let len = r.lengths[from as usize] + 1;
        if len > MAX_KEYS || r.lengths.len() >= MAX_LAYOUTS {
            return NO_LAYOUT;
        }
        let to = r.lengths.len() as LayoutId;
        r.lengths.push(len);
        r.keys.push(key.clone());
        r.transitions.insert((from, addr), to);
        to
    })
}
