//! Type objects: creation of builtin and heap types, the C3 MRO, and attribute lookup
//! along the MRO with a per-type cache keyed by the global type version.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use super::core::PyRef;
use super::hashtable::{HashTable, Step};
use super::method_cache;
use super::payload::{Layout, Payload, TypeData};

/// Bumped whenever any class namespace or MRO changes; every type-keyed cache (the
/// method cache, the eval loop's inline caches) compares against it. Global, not
/// per thread, so a class changed by one thread invalidates what the others cached.
static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.load(Relaxed)
}

/// Invalidates all method caches (a class attribute or `__bases__` changed).
pub fn invalidate_type_caches() {
    TYPE_EPOCH.fetch_add(1, Relaxed);
}

impl PyRef {
    /// The type data of a type object. Panics if `self` is not a type: callers check
    /// with `is_type()` or know it from context (an object's `class()` is always a type).
    #[inline]
    pub fn type_data(&self) -> &TypeData {
        match &self.payload {
            Payload::Type(t) => t,
            _ => panic!("type_data on a non-type object"),
        }
    }

    #[inline]
    pub fn is_type(&self) -> bool {
        matches!(self.payload, Payload::Type(_))
    }

    /// The name error messages use: CPython's `tp_name`, which for a type of a native
    /// module carries the module (`_io.FileIO`, `_thread.lock`).
    pub fn type_name(&self) -> String {
        let td = self.class().type_data();
        let name = td.name.borrow().clone();
        if td.heap {
            return name;
        }
        match &*td.module.borrow() {
            Some(m) => match &m.payload {
                Payload::Str(s) if s.bytes() != b"builtins" => {
                    format!("{}.{}", String::from_utf8_lossy(s.bytes()), name)
                }
                _ => name,
            },
            None => name,
        }
    }
}

/// Equality for keys of type namespaces: these are always `str`.
pub fn str_key_eq(a: &PyRef, b: &PyRef) -> Option<bool> {
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.bytes() == y.bytes()),
        _ => Some(false),
    }
}

pub fn str_hash_of(key: &PyRef) -> i64 {
    match &key.payload {
        Payload::Str(s) => crate::objects::str::str_hash(s),
        _ => key.id() as i64,
    }
}

/// Looks `name` up in one type's own namespace.
pub fn dict_get_str(table: &HashTable<PyRef>, name: &PyRef) -> Option<PyRef> {
    let h = str_hash_of(name);
    match table.lookup(h, name, None, str_key_eq) {
        Step::Found(i) => table.entry(i).map(|e| e.value.clone()),
        _ => None,
    }
}

/// Finds `name` along the MRO of `ty` (CPython: `_PyType_Lookup`), with caching.
#[inline]
pub fn type_lookup(ty: &PyRef, name: &PyRef) -> Option<PyRef> {
    let epoch = type_epoch();
    if let Some(hit) = method_cache::get(ty, name, epoch) {
        return hit;
    }
    let result = type_lookup_uncached(ty, name);
    method_cache::put(ty, name, epoch, result.clone());
    result
}

pub fn type_lookup_uncached(ty: &PyRef, name: &PyRef) -> Option<PyRef> {
    let td = ty.type_data();
    let mro = td.mro.borrow();
    for t in mro.iter() {
        if let Payload::Type(d) = &t.payload {
            if let Some(v) = dict_get_str(&d.dict.dict_table().borrow(), name) {
                return Some(v);
            }
        }
    }
    None
}

/// Whether `sub` has `sup` in its MRO.
pub fn is_subtype(sub: &PyRef, sup: &PyRef) -> bool {
    if sub.is(sup) {
        return true;
    }
    match &sub.payload {
        Payload::Type(td) => td.mro.borrow().iter().any(|t| t.is(sup)),
        _ => false,
    }
}

/// C3 linearization (CPython: Objects/typeobject.c `mro_implementation`). Returns the
/// error message CPython gives when no consistent order exists.
pub fn c3_mro(cls: &PyRef, bases: &[PyRef]) -> Result<Vec<PyRef>, String> {
    let mut seqs: Vec<Vec<PyRef>> = bases
        .iter()
        .map(|b| b.type_data().mro.borrow().clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut result = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        match found {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                result.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = s[0].type_data().name.borrow().clone();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        }
    }
}

/// Builds the `TypeData` of a builtin type with single inheritance.
pub fn builtin_type_data(
    name: &str,
    base: Option<&PyRef>,
    layout: Layout,
    dict: PyRef,
    base_ok: bool,
) -> TypeData {
    TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        module: RefCell::new(None),
        bases: RefCell::new(base.into_iter().cloned().collect()),
        mro: RefCell::new(Vec::new()),
        dict,
        layout,
        instance_dict: false,
        slot_names: RefCell::new(Vec::new()),
        heap: false,
        base_ok,
        version: Cell::new(0),
        weakref_subclasses: RefCell::new(Vec::new()),
        finalizer_cache: Cell::new(0),
        native_flags: Cell::new(0),
    }
}
