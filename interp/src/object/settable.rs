//! The hash table behind `set` and `frozenset`, laid out exactly as CPython's
//! (Objects/setobject.c): open addressing over one slot array, a run of up to nine
//! linear probes before each perturbation step, dummies left by deletions, and the same
//! growth rule. Iteration walks the slots in order, so sets print in the same order as
//! on CPython (e.g. `{100, 2, 3}` shows as `{2, 3, 100}`).
//!
//! Like `HashTable`, the table never runs Python code: lookups that need `__eq__` stop
//! with `Step::Ask` and the caller resumes them.

use super::core::PyRef;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
pub struct SetEntry {
    /// 0 with no key: never used; -1 with no key: deleted (dummy).
    pub hash: i64,
    pub key: Option<PyRef>,
}

#[derive(Clone)]
pub struct SetTable {
    table: Vec<SetEntry>,
    fill: usize,
    used: usize,
    mutations: u64,
    finger: usize,
}

/// Position in a probe sequence, to resume after a Python-level comparison.
#[derive(Clone, Copy, Debug)]
pub struct SetProbe {
    i: usize,
    j: usize,
    perturb: u64,
    freeslot: Option<usize>,
}

impl Default for SetTable {
    fn default() -> Self {
        Self::new()
    }
}

impl SetTable {
    pub fn new() -> Self {
        SetTable {
            table: vec![SetEntry::default(); MINSIZE],
            fill: 0,
            used: 0,
            mutations: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn mutations(&self) -> u64 {
        self.mutations
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The slot after `p` in CPython's probe order.
    fn advance(&self, p: &mut SetProbe) {
        let mask = self.mask();
        let probes = if p.i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if p.j < probes {
            p.j += 1;
            return;
        }
        p.j = 0;
        p.perturb >>= PERTURB_SHIFT;
        p.i =
            (p.i.wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(p.perturb as usize))
                & mask;
    }

    /// Looks `key` up; `Missing` carries the slot to insert into (a dummy seen on the
    /// way, else the unused slot that ended the search).
    pub fn lookup(
        &self,
        hash: i64,
        key: &PyRef,
        resume: Option<SetProbe>,
        fast_eq: impl Fn(&PyRef, &PyRef) -> Option<bool>,
    ) -> SetStep {
        let mask = self.mask();
        let mut p = match resume {
            Some(mut p) => {
                self.advance(&mut p);
                p
            }
            None => SetProbe {
                i: (hash as u64 as usize) & mask,
                j: 0,
                perturb: hash as u64,
                freeslot: None,
            },
        };
        loop {
            let slot = p.i + p.j;
            let e = &self.table[slot];
            match &e.key {
                None if e.hash == 0 => return SetStep::Missing(p.freeslot.unwrap_or(slot)),
                None => {
                    if p.freeslot.is_none() {
                        p.freeslot = Some(slot);
                    }
                }
                Some(k) => {
                    if e.hash == hash {
                        if k.is(key) {
                            return SetStep::Found(slot);
                        }
                        match fast_eq(k, key) {
                            Some(true) => return SetStep::Found(slot),
                            Some(false) => {}
                            None => return SetStep::Ask(slot, p),
                        }
                    }
                }
            }
            self.advance(&mut p);
        }
    }

    pub fn key_at(&self, slot: usize) -> Option<&PyRef> {
        self.table.get(slot).and_then(|e| e.key.as_ref())
    }

    /// Inserts at the slot a lookup returned as `Missing` (no mutation since).
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: PyRef) {
        let e = &mut self.table[slot];
        let was_unused = e.hash == 0 && e.key.is_none();
        e.hash = hash;
        e.key = Some(key);
        self.used += 1;
        self.mutations += 1;
        if was_unused {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let minused = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(minused);
            }
        }
    }

    /// Removes the key at `slot`, leaving a dummy.
    pub fn remove_at(&mut self, slot: usize) -> Option<PyRef> {
        let e = &mut self.table[slot];
        let k = e.key.take()?;
        e.hash = -1;
        self.used -= 1;
        self.mutations += 1;
        Some(k)
    }

    /// set.pop(): the first key at or after the finger.
    pub fn pop(&mut self) -> Option<PyRef> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.table[i].key.is_none() {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    pub fn clear(&mut self) -> Vec<PyRef> {
        let old = std::mem::replace(&mut self.table, vec![SetEntry::default(); MINSIZE]);
        self.fill = 0;
        self.used = 0;
        self.mutations += 1;
        self.finger = 0;
        old.into_iter().filter_map(|e| e.key).collect()
    }

    fn insert_clean(table: &mut [SetEntry], hash: i64, key: PyRef) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_none() {
                table[i] = SetEntry {
                    hash,
                    key: Some(key),
                };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].key.is_none() {
                        table[i + j] = SetEntry {
                            hash,
                            key: Some(key),
                        };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![SetEntry::default(); newsize]);
        for e in old {
            if let Some(k) = e.key {
                Self::insert_clean(&mut self.table, e.hash, k);
            }
        }
        self.fill = self.used;
        self.mutations += 1;
    }

    /// Active entries in slot order: (hash, key).
    pub fn iter(&self) -> impl Iterator<Item = (i64, &PyRef)> {
        self.table
            .iter()
            .filter_map(|e| e.key.as_ref().map(|k| (e.hash, k)))
    }

    /// The active entry at slot `pos` or later: (next position, hash, key).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, i64, &PyRef)> {
        while pos < self.table.len() {
            if let Some(k) = &self.table[pos].key {
                return Some((pos + 1, self.table[pos].hash, k));
            }
            pos += 1;
        }
        None
    }

    /// CPython's `set_merge` into an empty table: the fast copies that keep the layout.
    /// Returns false when the caller must add the entries one by one instead.
    pub fn merge_into_empty(&mut self, other: &SetTable) -> bool {
        if other.used == 0 {
            return true;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return false;
        }
        if self.table.len() == other.table.len() && other.fill == other.used {
            self.table = other.table.clone();
        } else {
            for (h, k) in other.iter() {
                Self::insert_clean(&mut self.table, h, k.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.mutations += 1;
        true
    }

    /// Grows ahead of adding `extra` keys (CPython presizes merges this way).
    pub fn presize_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }
}

pub enum SetStep {
    Found(usize),
    Missing(usize),
    Ask(usize, SetProbe),
}
