//! Inline caches for `LoadAttr` and `LoadMethod`: each instruction remembers, for the
//! last receiver type it saw (and the type epoch), where the attribute was found, so a
//! repeated access skips the MRO walk and descriptor checks. Any change to a class
//! namespace bumps the epoch and so invalidates every entry; a new class can only reuse
//! a dead class's address after such a bump (class creation bumps it too).

use std::rc::Rc;

use crate::compile::code::CodeObject;
use crate::object::payload::*;
use crate::object::typeobj::{type_epoch, type_lookup};
use crate::object::PyRef;

use super::Vm;

const WAYS: usize = 4;

#[derive(Clone, Default)]
pub enum AttrCache {
    #[default]
    Empty,
    /// Found in the instance `__dict__`; the type has no data descriptor of that name.
    InstanceDict { type_id: usize, epoch: u64 },
    /// A `__slots__` member at this index.
    Slot {
        type_id: usize,
        epoch: u64,
        index: usize,
    },
    /// StoreAttr: the type has the default `__setattr__` and no data descriptor of that
    /// name, so the value goes straight into the instance dict.
    StoreDict { type_id: usize, epoch: u64 },
    /// A plain function on the type, called with the instance (LoadMethod), when the
    /// instance dict does not shadow it.
    Method {
        type_id: usize,
        epoch: u64,
        func: PyRef,
    },
}

impl Vm {
    /// Whether the type resolves attributes with `object.__getattribute__`.
    fn generic_getattribute(&self, ty: &PyRef) -> bool {
        match type_lookup(ty, &self.names.__getattribute__) {
            Some(g) => matches!(&g.payload, Payload::NativeFunction(nf)
                if nf.func as *const () == crate::objects::object::object_getattribute as *const ()),
            None => true,
        }
    }

    /// The entry for the receiver type `type_id` at instruction `pc` (up to `WAYS` types
    /// are remembered per instruction, so polymorphic sites do not thrash).
    fn cache_entry(&self, code: &Rc<CodeObject>, pc: usize, type_id: usize) -> AttrCache {
        let c = code.attr_cache.borrow();
        for way in 0..WAYS {
            if let Some(e) = c.get(pc * WAYS + way) {
                let matches = match e {
                    AttrCache::InstanceDict { type_id: t, .. }
                    | AttrCache::Slot { type_id: t, .. }
                    | AttrCache::Method { type_id: t, .. }
                    | AttrCache::StoreDict { type_id: t, .. } => *t == type_id,
                    AttrCache::Empty => false,
                };
                if matches {
                    return e.clone();
                }
            }
        }
        AttrCache::Empty
    }

    fn set_cache_entry(&self, code: &Rc<CodeObject>, pc: usize, e: AttrCache) {
        let mut c = code.attr_cache.borrow_mut();
        if c.len() < code.instrs.len() * WAYS {
            c.resize(code.instrs.len() * WAYS, AttrCache::Empty);
        }
        // Fill the first free way, else rotate the ways (oldest out).
        let base = pc * WAYS;
        let slot = (0..WAYS).find(|w| matches!(c[base + w], AttrCache::Empty));
        match slot {
            Some(w) => c[base + w] = e,
            None => {
                c[base..base + WAYS].rotate_right(1);
                c[base] = e;
            }
        }
    }

    pub fn load_attr_cached(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        obj: &PyRef,
        name: &PyRef,
    ) -> PyResult {
        let ty = obj.class();
        let epoch = type_epoch();
        match self.cache_entry(code, pc, ty.id()) {
            AttrCache::InstanceDict { type_id, epoch: e } if type_id == ty.id() && e == epoch => {
                if let Some(ext) = obj.ext() {
                    if let Some(d) = &*ext.dict.borrow() {
                        if let Some(v) = self.dict_get_str_key(d, name)? {
                            return Ok(v);
                        }
                    }
                }
            }
            AttrCache::Slot {
                type_id,
                epoch: e,
                index,
            } if type_id == ty.id() && e == epoch => {
                if let Some(ext) = obj.ext() {
                    if let Some(Some(v)) = ext.slots.borrow().get(index) {
                        return Ok(v.clone());
                    }
                }
            }
            _ => {}
        }
        let v = self.get_attr(obj, name)?;
        // Learn where it came from, for plain instances of ordinary classes.
        if !obj.is_type() && self.generic_getattribute(ty) {
            match type_lookup(ty, name) {
                None => {
                    if obj
                        .ext()
                        .map(|e| e.dict.borrow().is_some())
                        .unwrap_or(false)
                    {
                        self.set_cache_entry(
                            code,
                            pc,
                            AttrCache::InstanceDict {
                                type_id: ty.id(),
                                epoch,
                            },
                        );
                    }
                }
                Some(d) => match &d.payload {
                    Payload::Member(m) => self.set_cache_entry(
                        code,
                        pc,
                        AttrCache::Slot {
                            type_id: ty.id(),
                            epoch,
                            index: m.index,
                        },
                    ),
                    _ if !self.is_data_descr(&d)
                        && obj
                            .ext()
                            .map(|e| e.dict.borrow().is_some())
                            .unwrap_or(false) =>
                    {
                        // A class attribute shadowed by the instance: still dict-first.
                        if let Some(dict) = obj.ext().and_then(|e| e.dict.borrow().clone()) {
                            if self.dict_get_str_key(&dict, name)?.is_some() {
                                self.set_cache_entry(
                                    code,
                                    pc,
                                    AttrCache::InstanceDict {
                                        type_id: ty.id(),
                                        epoch,
                                    },
                                );
                            }
                        }
                    }
                    _ => {}
                },
            }
        }
        Ok(v)
    }

    /// Whether the type stores attributes with `object.__setattr__`.
    fn generic_setattribute(&self, ty: &PyRef) -> bool {
        match type_lookup(ty, &self.names.__setattr__) {
            Some(g) => matches!(&g.payload, Payload::NativeFunction(nf)
                if nf.func as *const () == crate::objects::object::object_setattr as *const ()),
            None => true,
        }
    }

    pub fn store_attr_cached(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        obj: &PyRef,
        name: &PyRef,
        value: PyRef,
    ) -> PyResult<()> {
        let ty = obj.class();
        let epoch = type_epoch();
        if let AttrCache::StoreDict { type_id, epoch: e } = self.cache_entry(code, pc, ty.id()) {
            if type_id == ty.id() && e == epoch {
                if let Some(dict) = self.instance_dict(obj) {
                    return self.dict_set_str_key(&dict, name, value);
                }
            }
        }
        let cacheable = !obj.is_type()
            && obj.ext().is_some()
            && ty.type_data().instance_dict
            && self.generic_setattribute(ty)
            && type_lookup(ty, name)
                .map(|d| !self.is_data_descr(&d))
                .unwrap_or(true);
        self.set_attr(obj, name, value)?;
        if cacheable {
            self.set_cache_entry(
                code,
                pc,
                AttrCache::StoreDict {
                    type_id: ty.id(),
                    epoch,
                },
            );
        }
        Ok(())
    }

    pub fn load_method_cached(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        obj: PyRef,
        name: &PyRef,
    ) -> PyResult<(PyRef, Option<PyRef>)> {
        let ty = obj.class();
        let epoch = type_epoch();
        if let AttrCache::Method {
            type_id,
            epoch: e,
            func,
        } = self.cache_entry(code, pc, ty.id())
        {
            if type_id == ty.id() && e == epoch {
                let shadowed = match obj.ext() {
                    Some(ext) => match &*ext.dict.borrow() {
                        Some(d) if self.dict_len(d) > 0 => self.dict_get_str_key(d, name)?,
                        _ => None,
                    },
                    None => None,
                };
                match shadowed {
                    None => return Ok((func, Some(obj))),
                    Some(v) => return Ok((v, None)),
                }
            }
        }
        let (m, selfv) = self.load_method(obj, name)?;
        if let Some(s) = &selfv {
            if matches!(m.payload, Payload::Function(_)) && self.generic_getattribute(s.class()) {
                let ty = s.class();
                self.set_cache_entry(
                    code,
                    pc,
                    AttrCache::Method {
                        type_id: ty.id(),
                        epoch,
                        func: m.clone(),
                    },
                );
            }
        }
        Ok((m, selfv))
    }
}

/// A `LoadGlobal` result valid while both namespaces keep their versions.
#[derive(Clone, Default)]
pub struct GlobalCache {
    globals_id: usize,
    globals_version: u64,
    builtins_version: u64,
    value: Option<PyRef>,
}

impl Vm {
    /// LoadGlobal through the instruction's cache.
    pub fn load_global_cached(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        globals: &PyRef,
        builtins: &PyRef,
        name: &PyRef,
    ) -> PyResult {
        let gv = globals.dict_table().borrow().version();
        let bv = builtins.dict_table().borrow().version();
        {
            let c = code.global_cache.borrow();
            if let Some(e) = c.get(pc) {
                if e.globals_id == globals.id()
                    && e.globals_version == gv
                    && e.builtins_version == bv
                {
                    if let Some(v) = &e.value {
                        return Ok(v.clone());
                    }
                }
            }
        }
        let v = match self.dict_get_str_key(globals, name)? {
            Some(v) => v,
            None => match self.dict_get_str_key(builtins, name)? {
                Some(v) => v,
                None => return Err(self.name_error(self.str_of(name).unwrap_or(""))),
            },
        };
        // Versions are re-read: a lookup may have run Python code that changed them.
        let gv = globals.dict_table().borrow().version();
        let bv = builtins.dict_table().borrow().version();
        let mut c = code.global_cache.borrow_mut();
        if c.len() < code.instrs.len() {
            c.resize(code.instrs.len(), GlobalCache::default());
        }
        c[pc] = GlobalCache {
            globals_id: globals.id(),
            globals_version: gv,
            builtins_version: bv,
            value: Some(v.clone()),
        };
        Ok(v)
    }
}
