//! The method cache (CPython's type attribute cache): `type_lookup` results, direct-mapped
//! by type and name address, valid while they carry the current type epoch.
//!
//! It sits on every attribute, operator and constructor path, so it is a plain static
//! read without thread-local or `RefCell` bookkeeping. Invariant (the same as the object
//! free list's in `core.rs`): objects, and so this cache, are only touched by the thread
//! holding the interpreter, and no reference into the table outlives one function here —
//! old entries are dropped only after the table access ended, so destructors they run may
//! use the cache again.

use std::cell::UnsafeCell;

use super::core::PyRef;

const CACHE_SIZE: usize = 4096;

/// Entries hold the type and name alive, so their addresses cannot be reused while an
/// entry names them.
struct CacheEntry {
    epoch: u64,
    ty: PyRef,
    name: PyRef,
    value: Option<PyRef>,
}

struct MethodCache {
    entries: UnsafeCell<Vec<Option<CacheEntry>>>,
}

// SAFETY: only the thread holding the interpreter touches the cache (module invariant).
unsafe impl Sync for MethodCache {}

static CACHE: MethodCache = MethodCache {
    entries: UnsafeCell::new(Vec::new()),
};

#[inline(always)]
fn slot(ty: &PyRef, name: &PyRef) -> usize {
    let h = (ty.id() >> 4) ^ (name.id() >> 3).wrapping_mul(0x9e37_79b9);
    h & (CACHE_SIZE - 1)
}

/// The cached result for (`ty`, `name`) at `epoch`: `Some(found)` on a hit.
#[inline(always)]
pub fn get(ty: &PyRef, name: &PyRef, epoch: u64) -> Option<Option<PyRef>> {
    // SAFETY: single-threaded access, and the shared borrow ends before this returns
    // (module invariant); cloning a PyRef runs no Python code.
    let entries = unsafe { &*CACHE.entries.get() };
    match entries.get(slot(ty, name)) {
        Some(Some(e)) if e.epoch == epoch && e.ty.is(ty) && e.name.is(name) => {
            Some(e.value.clone())
        }
        _ => None,
    }
}

/// Records the lookup result for (`ty`, `name`) computed at `epoch`.
pub fn put(ty: &PyRef, name: &PyRef, epoch: u64, value: Option<PyRef>) {
    let entry = CacheEntry {
        epoch,
        ty: ty.clone(),
        name: name.clone(),
        value,
    };
    let i = slot(ty, name);
    let old = {
        // SAFETY: single-threaded access; the exclusive borrow ends at the end of this
        // block, before the replaced entry is dropped (module invariant).
        let entries = unsafe { &mut *CACHE.entries.get() };
        if entries.is_empty() {
            entries.resize_with(CACHE_SIZE, || None);
        }
        entries[i].replace(entry)
    };
    drop(old);
}

/// Drops the cached entries for `name` (the one of (`ty`, `name`), and with `all_types`
/// those of every type): a class attribute was replaced or deleted, and a stale entry
/// must not keep the old value alive (`weakref.WeakMethod` of a deleted method dies).
pub fn forget(ty: &PyRef, name: &PyRef, all_types: bool) {
    let old: Vec<CacheEntry> = {
        // SAFETY: single-threaded access; the exclusive borrow ends at the end of this
        // block, before the removed entries are dropped (module invariant).
        let entries = unsafe { &mut *CACHE.entries.get() };
        if entries.is_empty() {
            return;
        }
        if all_types {
            entries
                .iter_mut()
                .filter(|e| e.as_ref().is_some_and(|e| e.name.is(name)))
                .filter_map(Option::take)
                .collect()
        } else {
            let i = slot(ty, name);
            match &entries[i] {
                Some(e) if e.ty.is(ty) && e.name.is(name) => {
                    entries[i].take().into_iter().collect()
                }
                _ => Vec::new(),
            }
        }
    };
    drop(old);
}
