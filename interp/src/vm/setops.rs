//! Set operations that may run Python code (`__hash__`, `__eq__`), over the
//! CPython-shaped `SetTable`, following CPython's algorithms so results iterate in the
//! same order.

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::settable::{SetStep, SetTable};
use crate::object::PyRef;

use super::dictops::fast_key_eq;
use super::Vm;

pub enum SetFound {
    At(usize),
    Missing(usize),
}

impl Vm {
    pub fn set_table<'o>(&self, s: &'o PyRef) -> Option<&'o RefCell<SetTable>> {
        match &s.payload {
            Payload::Set(t) | Payload::FrozenSet(t) => Some(t),
            _ => None,
        }
    }

    /// Finds `key` in `table`, running `__eq__` when needed (restarting if the table
    /// changed meanwhile).
    pub fn set_find(
        &self,
        table: &RefCell<SetTable>,
        key: &PyRef,
        hash: i64,
    ) -> PyResult<SetFound> {
        'restart: loop {
            let mut resume = None;
            loop {
                let (step, mutations) = {
                    let t = table.borrow();
                    (t.lookup(hash, key, resume, fast_key_eq), t.mutations())
                };
                match step {
                    SetStep::Found(i) => return Ok(SetFound::At(i)),
                    SetStep::Missing(i) => return Ok(SetFound::Missing(i)),
                    SetStep::Ask(i, probe) => {
                        let other = match table.borrow().key_at(i) {
                            Some(k) => k.clone(),
                            None => continue 'restart,
                        };
                        let eq = self.eq_bool(&other, key)?;
                        if table.borrow().mutations() != mutations {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(SetFound::At(i));
                        }
                        resume = Some(probe);
                    }
                }
            }
        }
    }

    /// Adds a key whose hash is known. When no stored key needs Python's `__eq__` to be
    /// told apart (exact ints and strs), the probe and the insertion share one borrow.
    pub fn set_add_hashed(&self, table: &RefCell<SetTable>, key: PyRef, hash: i64) -> PyResult<()> {
        if let Ok(mut t) = table.try_borrow_mut() {
            match t.lookup(hash, &key, None, fast_key_eq) {
                SetStep::Found(_) => return Ok(()),
                SetStep::Missing(slot) => {
                    t.insert_at(slot, hash, key);
                    return Ok(());
                }
                SetStep::Ask(..) => {}
            }
        }
        if let SetFound::Missing(slot) = self.set_find(table, &key, hash)? {
            table.borrow_mut().insert_at(slot, hash, key);
        }
        Ok(())
    }

    pub fn set_add(&self, s: &PyRef, key: PyRef) -> PyResult<()> {
        let table = self
            .set_table(s)
            .ok_or_else(|| self.type_error("set_add on a non-set"))?;
        self.set_add_to(table, key)
    }

    /// Hashes `key` and adds it to `table`.
    pub(crate) fn set_add_to(&self, table: &RefCell<SetTable>, key: PyRef) -> PyResult<()> {
        let h = self.hash(&key)?;
        self.set_add_hashed(table, key, h)
    }

    /// The hash for a membership test; an unhashable `set` key is looked up as frozenset.
    fn member_hash(&self, key: &PyRef) -> PyResult<(i64, Option<PyRef>)> {
        match self.hash(key) {
            Ok(h) => Ok((h, None)),
            Err(e) => {
                if let Payload::Set(inner) = &key.payload {
                    let fs = self.new_frozenset_from(inner.borrow().clone());
                    let h = self.hash(&fs)?;
                    return Ok((h, Some(fs)));
                }
                Err(e)
            }
        }
    }

    pub fn set_contains(&self, s: &PyRef, key: &PyRef) -> PyResult<bool> {
        let table = match self.set_table(s) {
            Some(t) => t,
            None => return Ok(false),
        };
        let (h, alt) = self.member_hash(key)?;
        let k = alt.as_ref().unwrap_or(key);
        Ok(matches!(self.set_find(table, k, h)?, SetFound::At(_)))
    }

    pub fn set_discard(&self, s: &PyRef, key: &PyRef) -> PyResult<bool> {
        let table = match self.set_table(s) {
            Some(t) => t,
            None => return Ok(false),
        };
        let (h, alt) = self.member_hash(key)?;
        let k = alt.as_ref().unwrap_or(key);
        match self.set_find(table, k, h)? {
            SetFound::At(i) => {
                let old = table.borrow_mut().remove_at(i);
                drop(old);
                Ok(true)
            }
            SetFound::Missing(_) => Ok(false),
        }
    }

    pub fn set_items(&self, s: &PyRef) -> Vec<PyRef> {
        match self.set_table(s) {
            Some(t) => t.borrow().iter().map(|(_, k)| k.clone()).collect(),
            None => Vec::new(),
        }
    }

    /// CPython's `set_update_internal`: sets merge (keeping layout when possible), dicts
    /// add their keys with stored hashes, other iterables add one by one.
    pub fn set_update(&self, s: &PyRef, iterable: &PyRef) -> PyResult<()> {
        let table = self
            .set_table(s)
            .ok_or_else(|| self.type_error("set expected"))?;
        if s.is(iterable) {
            return Ok(());
        }
        self.set_table_update(table, iterable)
    }

    /// `set_update` into a table that is not `iterable`'s own (a set being built).
    pub fn set_table_update(&self, table: &RefCell<SetTable>, iterable: &PyRef) -> PyResult<()> {
        if let Some(other) = self.set_table(iterable) {
            let other_copy = other.borrow().clone();
            if table.borrow_mut().merge_into_empty(&other_copy) {
                return Ok(());
            }
            for (h, k) in other_copy.iter() {
                self.set_add_hashed(table, k.clone(), h)?;
            }
            return Ok(());
        }
        // Exact dicts only (CPython's PyDict_CheckExact): a subclass may override __iter__.
        if let (Payload::Dict(_), false) = (&iterable.payload, iterable.class().type_data().heap) {
            let entries: Vec<(i64, PyRef)> = iterable
                .dict_table()
                .borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone()))
                .collect();
            table.borrow_mut().presize_for(entries.len());
            for (h, k) in entries {
                self.set_add_hashed(table, k, h)?;
            }
            return Ok(());
        }
        if !iterable.class().type_data().heap {
            match &iterable.payload {
                // Read live by position, as their iterators do (a `__hash__` or `__eq__`
                // may change the list meanwhile).
                Payload::List(l) => {
                    let mut i = 0;
                    loop {
                        let item = l.borrow().get(i).cloned();
                        match item {
                            Some(v) => self.set_add_to(table, v)?,
                            None => return Ok(()),
                        }
                        i += 1;
                    }
                }
                Payload::Tuple(items) => {
                    for v in items.iter() {
                        self.set_add_to(table, v.clone())?;
                    }
                    return Ok(());
                }
                _ => {}
            }
        }
        let it = self.get_iter(iterable)?;
        if table.borrow().is_empty() && crate::objects::gen_drain::is_drainable(&it) {
            return crate::objects::gen_drain::fill_new_set(self, table, &it);
        }
        while let Some(v) = self.iter_next(&it)? {
            self.set_add_to(table, v)?;
        }
        Ok(())
    }
}
