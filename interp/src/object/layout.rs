//! Shared key layouts ("maps", "hidden classes") of instance attributes.
//!
//! An instance starts at the empty layout; each new exact-`str` attribute name moves it
//! along a transition `(layout, key) -> layout'`, so two instances whose attributes were
//! added in the same order carry the same layout id. A layout id therefore stands for an
//! exact key sequence: the key at position `i` is the same object for every holder of
//! that id. Instances keep their attribute values in an array in that order
//! (`object/instance_values.rs`), and inline caches key on the id (with the receiver
//! type): "attribute at position 3", "attribute absent", "adding this key leads to
//! layout L" are then one integer compare, no hashing (`vm/attr_cache.rs`).
//!
//! The registry also records each layout's parent and last key, so a key's position
//! ([`position`]) and the whole key sequence ([`keys`]) can be recovered from the id,
//! plus a per-first-key capacity hint for values arrays. A transition that cannot be
//! tracked (a non-`str` key, too many keys, too many layouts) yields [`NO_LAYOUT`]: the
//! instance then moves its attributes to a real dict. Transitions hold their key alive, so a key's address can never be reused by a
//! different string while a layout refers to it.

use std::cell::UnsafeCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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
    transitions: HashMap<(LayoutId, usize), LayoutId, BuildHasherDefault<TransitionHasher>>,
    /// Per layout: number of keys (index = id; filled on first use).
    lengths: Vec<u32>,
    /// Per layout: the layout it extends (index = id).
    parents: Vec<LayoutId>,
    /// Per one-key layout (index = id): how many values instances starting with that
    /// key have needed so far, so their values array is allocated once at that size.
    hints: Vec<u8>,
    /// The key each layout appends, at index `id - 2`; also keeps every transition key
    /// alive (see the module doc).
    keys: Vec<PyRef>,
}

/// A multiplicative hash for `(layout id, key address)` pairs: the inputs are already
/// well spread integers, so SipHash's strength would only cost time here.
#[derive(Default)]
struct TransitionHasher(u64);

impl Hasher for TransitionHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    fn write_u32(&mut self, v: u32) {
        self.write_u64(v as u64);
    }
    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// One registry for the whole process: inline caches live in code objects, which every
/// thread shares, so a layout id must mean the same key sequence on every thread.
struct GlobalRegistry(UnsafeCell<Registry>);

// SAFETY: objects (and so layouts, which hold keys) are only touched by the thread holding
// the interpreter (the invariant of `object/core.rs`), so accesses never overlap.
unsafe impl Sync for GlobalRegistry {}

static REGISTRY: GlobalRegistry = GlobalRegistry(UnsafeCell::new(Registry {
    transitions: HashMap::with_hasher(BuildHasherDefault::new()),
    lengths: Vec::new(),
    parents: Vec::new(),
    hints: Vec::new(),
    keys: Vec::new(),
}));

/// Index into `Registry::keys` of the key appended by layout `id` (ids 0 and 1 append
/// nothing).
const FIRST_KEYED: LayoutId = 2;

/// Whether `key` can be part of a layout: an exact builtin `str`, whose equality is
/// identity-stable and never runs Python code.
#[inline]
pub fn is_layout_key(key: &PyRef) -> bool {
    matches!(key.payload, Payload::Str(_)) && !key.class().type_data().heap
}

/// The layout reached from `from` by appending `key` ([`NO_LAYOUT`] if untracked).
pub fn transition(from: LayoutId, key: &PyRef) -> LayoutId {
    if from == NO_LAYOUT || !is_layout_key(key) {
        return NO_LAYOUT;
    }
    // SAFETY: single-threaded access (see `GlobalRegistry`); the borrow ends before this
    // function returns and nothing called here re-enters the registry (cloning a key
    // only increments its count).
    let r = unsafe { &mut *REGISTRY.0.get() };
    if r.lengths.is_empty() {
        r.lengths.extend([0, 0]); // NO_LAYOUT and EMPTY_LAYOUT
        r.parents.extend([NO_LAYOUT, NO_LAYOUT]);
        r.hints.extend([0, 0]);
    }
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
    r.parents.push(from);
    r.hints.push(0);
    r.keys.push(key.clone());
    r.transitions.insert((from, addr), to);
    to
}

/// Runs `f` on the registry.
fn with_registry<R>(f: impl FnOnce(&Registry) -> R) -> R {
    // SAFETY: single-threaded access (see `GlobalRegistry`); `f` only reads the registry
    // and compares or clones keys, which never re-enters it.
    f(unsafe { &*REGISTRY.0.get() })
}

/// Number of keys of a tracked layout (0 for [`NO_LAYOUT`] and [`EMPTY_LAYOUT`]).
pub fn len(layout: LayoutId) -> usize {
    with_registry(|r| r.lengths.get(layout as usize).map_or(0, |&n| n as usize))
}

/// The layout `layout` extends and the key it appends (`None` for the empty layout).
pub fn parent(layout: LayoutId) -> Option<(LayoutId, PyRef)> {
    if layout < FIRST_KEYED {
        return None;
    }
    with_registry(|r| {
        let i = layout as usize;
        Some((
            *r.parents.get(i)?,
            r.keys.get(i - FIRST_KEYED as usize)?.clone(),
        ))
    })
}

/// The dense position of `name` (an exact `str`) among the keys of `layout`: the key
/// that is the same object or has the same text. The keys of a layout are distinct by
/// equality, so at most one matches.
pub fn position(layout: LayoutId, name: &PyRef) -> Option<usize> {
    let Payload::Str(n) = &name.payload else {
        return None;
    };
    with_registry(|r| {
        let mut l = layout;
        while l >= FIRST_KEYED {
            let i = l as usize;
            let k = r.keys.get(i - FIRST_KEYED as usize)?;
            let same = k.is(name)
                || matches!(&k.payload, Payload::Str(ks) if ks.text.as_bytes() == n.text.as_bytes());
            if same {
                return Some(*r.lengths.get(i)? as usize - 1);
            }
            l = *r.parents.get(i)?;
        }
        None
    })
}

/// The keys of `layout` in insertion order.
pub fn keys(layout: LayoutId) -> Vec<PyRef> {
    with_registry(|r| {
        let mut out = Vec::new();
        let mut l = layout;
        while l >= FIRST_KEYED {
            let i = l as usize;
            match (r.keys.get(i - FIRST_KEYED as usize), r.parents.get(i)) {
                (Some(k), Some(&p)) => {
                    out.push(k.clone());
                    l = p;
                }
                _ => break,
            }
        }
        out.reverse();
        out
    })
}

/// How many values to allocate for an instance whose first key leads to layout `first`
/// (at least 1): the most that instances starting the same way have needed.
pub fn capacity_hint(first: LayoutId) -> usize {
    with_registry(|r| {
        r.hints
            .get(first as usize)
            .map_or(1, |&h| h.max(1) as usize)
    })
}

/// Records that an instance at layout `layout` needs room for `needed` values, in the
/// hint of the one-key layout its key sequence starts with.
pub fn note_capacity(layout: LayoutId, needed: usize) {
    // SAFETY: single-threaded access (see `GlobalRegistry`); nothing here re-enters
    // the registry or touches an object.
    let r = unsafe { &mut *REGISTRY.0.get() };
    let mut l = layout;
    while l >= FIRST_KEYED {
        match r.parents.get(l as usize) {
            Some(&p) if p >= FIRST_KEYED => l = p,
            _ => break,
        }
    }
    if let Some(h) = r.hints.get_mut(l as usize) {
        *h = (*h).max(needed.min(MAX_KEYS as usize) as u8);
    }
}
