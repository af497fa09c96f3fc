//! The insertion-ordered hash table behind `dict`, `set` and `frozenset`.
//!
//! Layout follows CPython's compact dict: a sparse `indices` array of slots pointing into
//! a dense `entries` vector kept in insertion order. The table itself never calls Python
//! code: comparing two keys may run a user `__eq__` that mutates the table, so lookups
//! are driven step by step by the caller (`vm/dictops.rs`), which releases its borrow
//! before asking Python and restarts when [`HashTable::mutations`] changed meanwhile.

use super::core::PyRef;

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;
const MIN_SLOTS: usize = 8;

pub struct Entry<V> {
    pub hash: i64,
    pub key: PyRef,
    pub value: V,
}

pub struct HashTable<V> {
    indices: Vec<u32>,
    entries: Vec<Option<Entry<V>>>,
    used: usize,
    mutations: u64,
    /// Changes on every write (keys or values); unique across all tables, so an inline
    /// cache can key on (table address, version) without holding the table alive.
    version: u64,
}

/// The source of table versions (objects are only touched under the interpreter lock,
/// so a plain load/store pair suffices).
static NEXT_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

#[inline]
fn next_version() -> u64 {
    use std::sync::atomic::Ordering::Relaxed;
    let v = NEXT_VERSION.load(Relaxed) + 1;
    NEXT_VERSION.store(v, Relaxed);
    v
}

/// Where a probe sequence stands, so it can be resumed after a Python-level `__eq__`.
#[derive(Clone, Copy, Debug)]
pub struct Probe {
    slot: usize,
    perturb: u64,
    first_free: Option<usize>,
}

/// One step of a lookup.
pub enum Step {
    /// The key is at this entry index.
    Found(usize),
    /// The key is absent; insert at this slot.
    Missing(usize),
    /// The entry at this index has the same hash but comparing needs Python code; resume
    /// with the probe after asking.
    Ask(usize, Probe),
}

impl<V> Default for HashTable<V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<V> HashTable<V> {
    pub fn new() -> Self {
        HashTable {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            mutations: 0,
            version: next_version(),
        }
    }

    pub fn with_capacity(n: usize) -> Self {
        let mut t = Self::new();
        if n > 0 {
            t.rebuild((n * 3 / 2 + 1).next_power_of_two().max(MIN_SLOTS));
            t.entries.reserve(n);
        }
        t
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Changes whenever keys are added or removed (not on value replacement).
    #[inline]
    pub fn mutations(&self) -> u64 {
        self.mutations
    }

    /// Changes on every write, values included.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Starts (or resumes, given `resume`) a lookup for `key` with `hash`.
    /// `fast_eq` decides equality when no Python code is needed (`None` = must ask).
    pub fn lookup(
        &self,
        hash: i64,
        key: &PyRef,
        resume: Option<Probe>,
        fast_eq: impl Fn(&PyRef, &PyRef) -> Option<bool>,
    ) -> Step {
        if self.indices.is_empty() {
            return Step::Missing(usize::MAX);
        }
        let mask = self.indices.len() - 1;
        let mut probe = match resume {
            Some(mut p) => {
                Self::advance(&mut p, mask);
                p
            }
            None => Probe {
                slot: (hash as u64 as usize) & mask,
                perturb: hash as u64,
                first_free: None,
            },
        };
        loop {
            let ix = self.indices[probe.slot];
            if ix == EMPTY {
                return Step::Missing(probe.first_free.unwrap_or(probe.slot));
            }
            if ix == DELETED {
                if probe.first_free.is_none() {
                    probe.first_free = Some(probe.slot);
                }
            } else if let Some(e) = &self.entries[ix as usize] {
                if e.key.is(key) {
                    return Step::Found(ix as usize);
                }
                if e.hash == hash {
                    match fast_eq(&e.key, key) {
                        Some(true) => return Step::Found(ix as usize),
                        Some(false) => {}
                        None => return Step::Ask(ix as usize, probe),
                    }
                }
            }
            Self::advance(&mut probe, mask);
        }
    }

    #[inline]
    fn advance(p: &mut Probe, mask: usize) {
        p.perturb >>= 5;
        p.slot = (p
            .slot
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(p.perturb as usize))
            & mask;
    }

    pub fn entry(&self, index: usize) -> Option<&Entry<V>> {
        self.entries.get(index).and_then(|e| e.as_ref())
    }

    pub fn entry_mut(&mut self, index: usize) -> Option<&mut Entry<V>> {
        self.version = next_version();
        self.entries.get_mut(index).and_then(|e| e.as_mut())
    }

    /// Inserts a new key at the slot returned by `Step::Missing` of a lookup made
    /// without any mutation since.
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: PyRef, value: V) {
        if slot == usize::MAX || (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.grow();
            self.insert_fresh(hash, key, value);
        } else {
            self.indices[slot] = self.entries.len() as u32;
            self.entries.push(Some(Entry { hash, key, value }));
            self.used += 1;
            self.mutations += 1;
            self.version = next_version();
        }
    }

    /// Appends a key known to be absent (used while rebuilding and copying).
    pub fn insert_fresh(&mut self, hash: i64, key: PyRef, value: V) {
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.grow();
        }
        let mask = self.indices.len() - 1;
        let mut p = Probe {
            slot: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            first_free: None,
        };
        while self.indices[p.slot] != EMPTY && self.indices[p.slot] != DELETED {
            Self::advance(&mut p, mask);
        }
        self.indices[p.slot] = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.mutations += 1;
        self.version = next_version();
    }

    /// Removes the entry at `index` (found by a lookup), returning it.
    pub fn remove_at(&mut self, index: usize) -> Option<Entry<V>> {
        let e = self.entries.get_mut(index)?.take()?;
        let mask = self.indices.len() - 1;
        let mut p = Probe {
            slot: (e.hash as u64 as usize) & mask,
            perturb: e.hash as u64,
            first_free: None,
        };
        while self.indices[p.slot] != index as u32 {
            Self::advance(&mut p, mask);
        }
        self.indices[p.slot] = DELETED;
        self.used -= 1;
        self.mutations += 1;
        self.version = next_version();
        // Entries are not compacted here even when the table empties: a live iterator's
        // position must keep meaning the same entry (CPython: "dictionary keys changed
        // during iteration" after `del d[k]; d[k] = v`). Growth compacts them.
        Some(e)
    }

    pub fn clear(&mut self) -> Vec<Entry<V>> {
        let old: Vec<Entry<V>> = self.entries.drain(..).flatten().collect();
        self.indices = Vec::new();
        self.used = 0;
        self.mutations += 1;
        self.version = next_version();
        old
    }

    fn grow(&mut self) {
        let want = ((self.used + 1) * 3).next_power_of_two().max(MIN_SLOTS);
        self.rebuild(want);
    }

    fn rebuild(&mut self, nslots: usize) {
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; nslots];
        self.entries = Vec::with_capacity(nslots * 2 / 3);
        self.used = 0;
        let mask = nslots - 1;
        for e in old.into_iter().flatten() {
            let mut p = Probe {
                slot: (e.hash as u64 as usize) & mask,
                perturb: e.hash as u64,
                first_free: None,
            };
            while self.indices[p.slot] != EMPTY {
                Self::advance(&mut p, mask);
            }
            self.indices[p.slot] = self.entries.len() as u32;
            self.entries.push(Some(e));
            self.used += 1;
        }
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Entry<V>> {
        self.entries.iter().flatten()
    }

    /// The entry at dense position `pos` or later: (next position, entry). Iterators use
    /// this to walk the table without holding a borrow between steps.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry<V>)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    /// Dense positions run from 0 to `capacity_end()`.
    pub fn capacity_end(&self) -> usize {
        self.entries.len()
    }

    /// The last entry in insertion order, with its index (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    pub fn first_index(&self) -> Option<usize> {
        self.entries.iter().position(|e| e.is_some())
    }
}

impl<V: Clone> Clone for HashTable<V> {
    fn clone(&self) -> Self {
        let mut t = HashTable::with_capacity(self.used);
        for e in self.iter() {
            t.insert_fresh(e.hash, e.key.clone(), e.value.clone());
        }
        t
    }
}
