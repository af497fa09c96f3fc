//! Dict and set operations that may run Python code (`__hash__`, `__eq__`).
//!
//! Lookups drive `HashTable::lookup` step by step: keys that compare without Python code
//! (identical objects, two `str`s, two machine ints) are decided inside the table; for
//! others the borrow is released, `__eq__` runs, and the probe resumes — restarting if
//! the table was mutated meanwhile (CPython: Objects/dictobject.c, "dict mutated during
//! lookup" restarts).

use std::cell::RefCell;

use crate::compile::bytecode::CompareKind;
use crate::object::hashtable::{HashTable, Step};
use crate::object::payload::*;
use crate::object::PyRef;

use super::Vm;

/// Equality decidable without Python code.
#[inline]
pub fn fast_key_eq(a: &PyRef, b: &PyRef) -> Option<bool> {
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) => {
            if exact_builtin_str(a) && exact_builtin_str(b) {
                Some(x.bytes() == y.bytes())
            } else {
                None
            }
        }
        (Payload::Int(x), Payload::Int(y)) => Some(x == y),
        (Payload::Str(_), Payload::Int(_)) | (Payload::Int(_), Payload::Str(_)) => Some(false),
        _ => None,
    }
}

#[inline]
fn exact_builtin_str(o: &PyRef) -> bool {
    !o.class().type_data().heap
}

pub enum Found {
    At(usize),
    Missing(usize),
}

impl Vm {
    /// Finds `key` in `table` (a dict's or set's), running `__eq__` when needed.
    pub fn table_find<V>(
        &self,
        table: &RefCell<HashTable<V>>,
        key: &PyRef,
        hash: i64,
    ) -> PyResult<Found> {
        'restart: loop {
            let mut resume = None;
            loop {
                let (step, mutations) = {
                    let t = table.borrow();
                    (t.lookup(hash, key, resume, fast_key_eq), t.mutations())
                };
                match step {
                    Step::Found(i) => return Ok(Found::At(i)),
                    Step::Missing(slot) => return Ok(Found::Missing(slot)),
                    Step::Ask(i, probe) => {
                        let other = match table.borrow().entry(i) {
                            Some(e) => e.key.clone(),
                            None => continue 'restart,
                        };
                        let eq = self.eq_bool(&other, key)?;
                        let t = table.borrow();
                        if t.mutations() != mutations {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Found::At(i));
                        }
                        resume = Some(probe);
                    }
                }
            }
        }
    }

    /// `a == b` as a bool (identity implies equality, as in containers).
    pub fn eq_bool(&self, a: &PyRef, b: &PyRef) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        let r = self.rich_compare(a, b, CompareKind::Eq)?;
        self.is_true(&r)
    }

    /// Lookup of an exact `str` key (attribute and global names): hashes without dispatch
    /// and needs Python code only if a non-str key with the same hash is met.
    #[inline]
    pub fn dict_get_str_key(&self, d: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
        if let Payload::Str(s) = &key.payload {
            let table = d.dict_table();
            let h = crate::objects::str::str_hash(s);
            let step = table.borrow().lookup(h, key, None, fast_key_eq);
            return match step {
                Step::Found(i) => Ok(table.borrow().entry(i).map(|e| e.value.clone())),
                Step::Missing(_) => Ok(None),
                Step::Ask(..) => self.dict_get_item(d, key),
            };
        }
        self.dict_get_item(d, key)
    }

    /// Store under an exact `str` key (attribute names), without hashing dispatch.
    #[inline]
    pub fn dict_set_str_key(&self, d: &PyRef, key: &PyRef, value: PyRef) -> PyResult<()> {
        if let Payload::Str(s) = &key.payload {
            let table = d.dict_table();
            let h = crate::objects::str::str_hash(s);
            let step = table.borrow().lookup(h, key, None, fast_key_eq);
            match step {
                Step::Found(i) => {
                    let old = table
                        .borrow_mut()
                        .entry_mut(i)
                        .map(|e| std::mem::replace(&mut e.value, value));
                    drop(old);
                    return Ok(());
                }
                Step::Missing(slot) => {
                    table.borrow_mut().insert_at(slot, h, key.clone(), value);
                    return Ok(());
                }
                Step::Ask(..) => {}
            }
        }
        self.dict_set_item(d, key.clone(), value)
    }

    pub fn dict_get_item(&self, d: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
        let table = d.dict_table();
        let h = self.hash(key)?;
        match self.table_find(table, key, h)? {
            Found::At(i) => Ok(table.borrow().entry(i).map(|e| e.value.clone())),
            Found::Missing(_) => Ok(None),
        }
    }

    pub fn dict_set_item(&self, d: &PyRef, key: PyRef, value: PyRef) -> PyResult<()> {
        let table = d.dict_table();
        let h = self.hash(&key)?;
        loop {
            let found = self.table_find(table, &key, h)?;
            let mut t = table.borrow_mut();
            match found {
                Found::At(i) => {
                    if let Some(e) = t.entry_mut(i) {
                        let old = std::mem::replace(&mut e.value, value);
                        drop(t);
                        drop(old);
                        return Ok(());
                    }
                }
                Found::Missing(slot) => {
                    t.insert_at(slot, h, key, value);
                    return Ok(());
                }
            }
        }
    }

    /// Removes `key`; returns whether it was present.
    pub fn dict_del_item(&self, d: &PyRef, key: &PyRef) -> PyResult<bool> {
        let table = d.dict_table();
        let h = self.hash(key)?;
        match self.table_find(table, key, h)? {
            Found::At(i) => {
                let old = table.borrow_mut().remove_at(i);
                drop(old);
                Ok(true)
            }
            Found::Missing(_) => Ok(false),
        }
    }

    /// Removes and returns the value of `key`.
    pub fn dict_pop_item(&self, d: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
        let table = d.dict_table();
        let h = self.hash(key)?;
        match self.table_find(table, key, h)? {
            Found::At(i) => Ok(table.borrow_mut().remove_at(i).map(|e| e.value)),
            Found::Missing(_) => Ok(None),
        }
    }

    pub fn dict_get_str(&self, d: &PyRef, key: &str) -> PyResult<Option<PyRef>> {
        let k = self.intern(key);
        self.dict_get_item(d, &k)
    }

    pub fn dict_set_str(&self, d: &PyRef, key: &str, v: PyRef) -> PyResult<()> {
        let k = self.intern(key);
        self.dict_set_item(d, k, v)
    }

    pub fn dict_len(&self, d: &PyRef) -> usize {
        d.dict_table().borrow().len()
    }

    /// Snapshot of a dict's items.
    pub fn dict_items(&self, d: &PyRef) -> Vec<(PyRef, PyRef)> {
        d.dict_table()
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// `{**m}` in a display: any mapping.
    pub fn dict_update_for_display(&self, d: &PyRef, src: &PyRef) -> PyResult<()> {
        if let Payload::Dict(_) = &src.payload {
            for (k, v) in self.dict_items(src) {
                self.dict_set_item(d, k, v)?;
            }
            return Ok(());
        }
        let keys = match self.get_attr_opt(src, &self.names.keys)? {
            Some(k) => k,
            None => {
                return Err(
                    self.type_error(format!("'{}' object is not a mapping", src.type_name()))
                );
            }
        };
        let ks = self.call0(&keys)?;
        for k in self.iterate(&ks)? {
            let v = self.get_item(src, &k)?;
            self.dict_set_item(d, k, v)?;
        }
        Ok(())
    }

    /// `f(**m)`: like update, but repeated keys are an error.
    pub fn dict_merge_kwargs(&self, d: &PyRef, src: &PyRef, func: &PyRef) -> PyResult<()> {
        let pairs: Vec<(PyRef, PyRef)> = if let Payload::Dict(_) = &src.payload {
            self.dict_items(src)
        } else {
            let keys = match self.get_attr_opt(src, &self.names.keys)? {
                Some(k) => k,
                None => {
                    return Err(self.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        self.callable_desc(func),
                        src.type_name()
                    )));
                }
            };
            let ks = self.call0(&keys)?;
            let mut v = Vec::new();
            for k in self.iterate(&ks)? {
                let val = self.get_item(src, &k)?;
                v.push((k, val));
            }
            v
        };
        for (k, v) in pairs {
            if !matches!(k.payload, Payload::Str(_)) {
                return Err(self.type_error("keywords must be strings"));
            }
            if self.dict_get_item(d, &k)?.is_some() {
                return Err(self.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.callable_desc(func),
                    self.str_of(&k).unwrap_or("")
                )));
            }
            self.dict_set_item(d, k, v)?;
        }
        Ok(())
    }

    /// "f()" / "C.m()" as CPython names a callable in argument errors.
    pub fn callable_desc(&self, func: &PyRef) -> String {
        match &func.payload {
            Payload::Function(f) => {
                let q = self.str_of(&f.qualname.borrow()).unwrap_or("?").to_string();
                match self.str_of(&f.module.borrow()) {
                    Some(m) if m != "builtins" => format!("{}.{}()", m, q),
                    _ => format!("{}()", q),
                }
            }
            Payload::NativeFunction(nf) => format!("{}()", self.native_qualname(nf)),
            Payload::Method(m) => self.callable_desc(&m.0),
            Payload::Type(t) => format!("{}()", t.name.borrow()),
            _ => format!("{} object", func.type_name()),
        }
    }
}
