//! Inline caches for `LoadAttr`, `StoreAttr` and `LoadMethod`: each instruction
//! remembers, for up to `WAYS` receiver types (and the type epoch), where the attribute
//! was found, so a repeated access skips the MRO walk and descriptor checks. Any change to
//! a class namespace bumps the epoch and so invalidates every entry; a new class can only
//! reuse a dead class's address after such a bump (class creation bumps it too).
//!
//! Instances keep their attributes as a values array in the order of a shared key layout
//! (`object/layout.rs`, `object/instance_values.rs`): an entry keyed by (type, layout)
//! knows the attribute's position, or that the attribute is absent, or which layout
//! adding it leads to, so the common cases read or write `values[i]` after one layout-id
//! compare, without hashing. Instances in dict mode use a hashed lookup in their dict.

use std::rc::Rc;

use crate::compile::bytecode::Instr;
use crate::compile::code::CodeObject;
use crate::object::layout::{LayoutId, EMPTY_LAYOUT, NO_LAYOUT};
use crate::object::payload::*;
use crate::object::typeobj::{type_epoch, type_lookup};
use crate::object::PyRef;

use super::Vm;

/// The cache ways of one code object's attribute instructions (`LoadAttr`, `LoadMethod`,
/// `StoreAttr`), `WAYS` per instruction that has them: `site_of` numbers those
/// instructions, so the entries of the attribute sites lie next to each other (other
/// instructions take no room) and a function's hot sites share few cache lines.
#[derive(Default)]
pub struct AttrCacheTable {
    /// For each instruction, its site number, or `NO_SITE`; empty until first use.
    site_of: Box<[u32]>,
    ways: Vec<AttrCache>,
}

const NO_SITE: u32 = u32::MAX;

impl AttrCacheTable {
    /// The ways of instruction `pc` (`None` before the table is built or for an
    /// instruction that is not an attribute site).
    #[inline(always)]
    pub fn ways(&self, pc: usize) -> Option<&[AttrCache]> {
        let site = *self.site_of.get(pc)? as usize;
        self.ways.get(site * WAYS..site * WAYS + WAYS)
    }

    fn ways_mut(&mut self, pc: usize) -> Option<&mut [AttrCache]> {
        let site = *self.site_of.get(pc)? as usize;
        self.ways.get_mut(site * WAYS..site * WAYS + WAYS)
    }

    /// Numbers the attribute instructions of `code` (once).
    fn build(&mut self, code: &CodeObject) {
        if !self.site_of.is_empty() {
            return;
        }
        let mut sites = 0u32;
        self.site_of = code
            .instrs
            .iter()
            .map(|i| match i.get() {
                Instr::LoadAttr(_) | Instr::LoadMethod(_) | Instr::StoreAttr(_) => {
                    sites += 1;
                    sites - 1
                }
                _ => NO_SITE,
            })
            .collect();
        self.ways = vec![AttrCache::Empty; sites as usize * WAYS];
    }
}

const WAYS: usize = 4;

#[derive(Clone, Default)]
pub enum AttrCache {
    #[default]
    Empty,
    /// LoadAttr: in the instance values of layout `layout`, at position `index`; the
    /// type has no data descriptor of that name.
    InstanceValue {
        type_id: usize,
        epoch: u64,
        layout: LayoutId,
        index: u32,
    },
    /// LoadAttr: in the dict of an instance in dict mode (hashed lookup).
    InstanceDict { type_id: usize, epoch: u64 },
    /// LoadAttr on the class object `type_id` itself (metatype `type`): a plain class
    /// attribute, returned as is.
    ClassAttr {
        type_id: usize,
        epoch: u64,
        value: PyRef,
    },
    /// LoadAttr on an instance whose values (layout `layout`) lack the name: a plain
    /// (non-descriptor) class attribute.
    ClassValue {
        type_id: usize,
        epoch: u64,
        layout: LayoutId,
        value: PyRef,
    },
    /// LoadAttr: a `__slots__` member at this index.
    Slot {
        type_id: usize,
        epoch: u64,
        index: usize,
    },
    /// StoreAttr, default `__setattr__`, no data descriptor of that name: the key exists
    /// in values of layout `layout` at `index`; the value is replaced in place.
    StoreValue {
        type_id: usize,
        epoch: u64,
        layout: LayoutId,
        index: u32,
    },
    /// StoreAttr as above, the key is absent from values of layout `layout`; appending
    /// it leads to layout `to`.
    StoreAdd {
        type_id: usize,
        epoch: u64,
        layout: LayoutId,
        to: LayoutId,
    },
    /// StoreAttr as above into the dict of an instance in dict mode (hashed store).
    StoreDict { type_id: usize, epoch: u64 },
    /// StoreAttr, default `__setattr__`: a `__slots__` member at this index.
    StoreSlot {
        type_id: usize,
        epoch: u64,
        index: usize,
    },
    /// LoadMethod: a plain function on the type, called with the instance, when the
    /// instance attributes do not shadow it: known absent from values of layout `layout`
    /// (`NO_LAYOUT`: check with a hashed lookup).
    Method {
        type_id: usize,
        epoch: u64,
        layout: LayoutId,
        func: PyRef,
    },
    /// LoadMethod on the class object `type_id` itself (metatype `type`): a
    /// `classmethod` of a plain function, called with the class.
    ClassMethod {
        type_id: usize,
        epoch: u64,
        func: PyRef,
    },
    /// LoadMethod on an exact `super` object of an instance whose type is `type_id`,
    /// searching past `start_id`: a plain function, called with the instance.
    SuperMethod {
        start_id: usize,
        type_id: usize,
        epoch: u64,
        func: PyRef,
    },
}

/// What a StoreAttr cache probe decided, taken out of the cache so the cache's borrow is
/// released before anything that could run Python code.
enum Hit {
    HashedDict,
    Replace(LayoutId, u32),
    Append(LayoutId, LayoutId),
    Slot(usize),
    Miss,
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

    fn set_cache_entry(&self, code: &Rc<CodeObject>, pc: usize, e: AttrCache) {
        let mut c = code.attr_cache.borrow_mut();
        c.build(code);
        let Some(ways) = c.ways_mut(pc) else {
            return;
        };
        // Fill the first free way, else rotate the ways (oldest out).
        match ways.iter().position(|w| matches!(w, AttrCache::Empty)) {
            Some(w) => ways[w] = e,
            None => {
                ways.rotate_right(1);
                ways[0] = e;
            }
        }
    }

    /// The layout of `obj`'s instance values and the position of `name` in them, when
    /// the instance is in values mode and has the name.
    fn value_position(obj: &PyRef, name: &PyRef) -> Option<(LayoutId, u32)> {
        let l = obj.ext()?.attrs.layout();
        if l == NO_LAYOUT || !crate::object::layout::is_layout_key(name) {
            return None;
        }
        crate::object::layout::position(l, name).map(|i| (l, i as u32))
    }

    /// The eval loop's inline LoadAttr: on an instance, a value at a known position of a
    /// known layout, or a plain class attribute the instance's layout cannot shadow; on
    /// a class, a cached class attribute; in any way of the site. `None` sends it to
    /// `load_attr_cached`.
    #[inline(always)]
    pub fn load_attr_fast(&self, code: &CodeObject, pc: usize, obj: &PyRef) -> Option<PyRef> {
        // SAFETY: the table is only read here, and nothing this function calls (type and
        // layout compares, one reference count) can reach `set_cache_entry`.
        let c = unsafe { code.attr_cache.try_borrow_unguarded() }.ok()?;
        let ways = c.ways(pc)?;
        let Some(ext) = obj.ext() else {
            return Self::class_attr_fast(ways, obj);
        };
        let (tid, epoch) = (obj.class().id(), type_epoch());
        let here = ext.attrs.layout();
        for e in ways {
            match e {
                AttrCache::InstanceValue {
                    type_id,
                    epoch: ep,
                    layout,
                    index,
                } if *type_id == tid && *ep == epoch && *layout == here => {
                    return ext.attrs.value_at(here, *index);
                }
                AttrCache::ClassValue {
                    type_id,
                    epoch: ep,
                    layout,
                    value,
                } if *type_id == tid && *ep == epoch && *layout == here => {
                    return Some(value.clone());
                }
                AttrCache::Slot {
                    type_id,
                    epoch: ep,
                    index,
                } if *type_id == tid && *ep == epoch => {
                    return ext.slots.try_borrow().ok()?.get(*index)?.clone();
                }
                AttrCache::Empty => return None,
                _ => {}
            }
        }
        None
    }

    /// LoadAttr on a class object (without an instance extension, i.e. of metatype
    /// `type` or a builtin metatype): its `ClassAttr` entry, if current.
    #[inline(always)]
    fn class_attr_fast(ways: &[AttrCache], cls: &PyRef) -> Option<PyRef> {
        if !cls.is_type() {
            return None;
        }
        let (id, epoch) = (cls.id(), type_epoch());
        for e in ways {
            match e {
                AttrCache::ClassAttr {
                    type_id,
                    epoch: ep,
                    value,
                } if *type_id == id && *ep == epoch => return Some(value.clone()),
                AttrCache::Empty => return None,
                _ => {}
            }
        }
        None
    }

    /// The eval loop's inline LoadMethod: a plain function of the type that the
    /// instance dict (of the cached layout, or empty, or absent) cannot shadow, in any
    /// way of the site. `None` sends it to `load_method_cached`.
    #[inline(always)]
    pub fn load_method_fast(&self, code: &CodeObject, pc: usize, obj: &PyRef) -> Option<PyRef> {
        // SAFETY: the table is only read here, and nothing this function calls (type and
        // layout compares, one reference count) can reach `set_cache_entry`.
        let c = unsafe { code.attr_cache.try_borrow_unguarded() }.ok()?;
        let ways = c.ways(pc)?;
        let (tid, epoch) = (obj.class().id(), type_epoch());
        let here = obj.ext().map_or(EMPTY_LAYOUT, |e| e.attrs.layout());
        for e in ways {
            match e {
                AttrCache::Method {
                    type_id,
                    epoch: ep,
                    layout,
                    func,
                } if *type_id == tid
                    && *ep == epoch
                    && (here == EMPTY_LAYOUT || (here != NO_LAYOUT && here == *layout)) =>
                {
                    return Some(func.clone());
                }
                AttrCache::Empty => return None,
                _ => {}
            }
        }
        None
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
        if obj.is_type() {
            if let Some(v) = self.class_attr_hit(code, pc, obj, epoch) {
                return Ok(v);
            }
        } else if let Some(ext) = obj.ext() {
            // Instance values, class values and slots were tried inline by the eval loop
            // (`load_attr_fast`); what is left to probe here is the hashed dict lookup.
            let tid = ty.id();
            let hashed = code.attr_cache.borrow().ways(pc).is_some_and(|ways| {
                ways.iter().any(|e| {
                    matches!(e, AttrCache::InstanceDict { type_id, epoch: ep }
                            if *type_id == tid && *ep == epoch)
                })
            });
            if hashed {
                if let Some(d) = ext.attrs.dict() {
                    if let Some(v) = self.dict_get_str_key(&d, name)? {
                        return Ok(v);
                    }
                }
            }
        }
        // Slow path: getters may read the running frame's position (`f_lineno`).
        if let Some(top) = self.frame_stack.borrow().last() {
            top.lasti.set(pc);
        }
        let v = self.get_attr(obj, name)?;
        if obj.is_type() {
            self.learn_class_attr(code, pc, obj, epoch, name, &v);
            return Ok(v);
        }
        // Learn where it came from, for plain instances of ordinary classes.
        if self.generic_getattribute(ty) {
            let has_attrs = self.instance_attrs(obj).is_some();
            match type_lookup(ty, name) {
                None => {
                    if has_attrs {
                        self.learn_dict_load(code, pc, obj, epoch, name)?;
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
                    _ if !self.is_data_descr(&d) => {
                        // A class attribute shadowed by the instance: still dict-first.
                        if has_attrs {
                            self.learn_dict_load(code, pc, obj, epoch, name)?;
                        }
                        // Not shadowed, and a plain value: the class attribute itself.
                        if v.is(&d) && self.plain_class_value(&d) {
                            let layout = Self::instance_layout(obj);
                            let shadowed = self.instance_attr(obj, name)?.is_some();
                            if layout != NO_LAYOUT && !shadowed {
                                self.set_cache_entry(
                                    code,
                                    pc,
                                    AttrCache::ClassValue {
                                        type_id: ty.id(),
                                        epoch,
                                        layout,
                                        value: d,
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

    /// The first of instruction `pc`'s cache ways that `pick` accepts.
    fn find_way<T>(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        pick: impl FnMut(&AttrCache) -> Option<T>,
    ) -> Option<T> {
        let c = code.attr_cache.borrow();
        c.ways(pc)?.iter().find_map(pick)
    }

    /// The `ClassAttr` entry of instruction `pc` for the class object `cls`, if current.
    fn class_attr_hit(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        cls: &PyRef,
        epoch: u64,
    ) -> Option<PyRef> {
        self.find_way(code, pc, |e| match e {
            AttrCache::ClassAttr {
                type_id,
                epoch: ep,
                value,
            } if *type_id == cls.id() && *ep == epoch => Some(value.clone()),
            _ => None,
        })
    }

    /// The `ClassMethod` entry of instruction `pc` for the class object `cls`.
    fn class_method_hit(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        cls: &PyRef,
        epoch: u64,
    ) -> Option<PyRef> {
        self.find_way(code, pc, |e| match e {
            AttrCache::ClassMethod {
                type_id,
                epoch: ep,
                func,
            } if *type_id == cls.id() && *ep == epoch => Some(func.clone()),
            _ => None,
        })
    }

    /// The `SuperMethod` entry of instruction `pc` for `super(start, instance)`.
    fn super_method_hit(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        sup: &(PyRef, PyRef, PyRef),
        epoch: u64,
    ) -> Option<PyRef> {
        if sup.1.is(&sup.2) {
            return None;
        }
        self.find_way(code, pc, |e| match e {
            AttrCache::SuperMethod {
                start_id,
                type_id,
                epoch: ep,
                func,
            } if *start_id == sup.0.id() && *type_id == sup.2.id() && *ep == epoch => {
                Some(func.clone())
            }
            _ => None,
        })
    }

    /// Caches a LoadMethod on a class object (metatype `type`) that found a
    /// `classmethod` of the plain function `func` in the class's MRO.
    fn learn_class_method(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        cls: &PyRef,
        epoch: u64,
        name: &PyRef,
        func: &PyRef,
    ) {
        if !cls.class().is(&self.types.type_) || type_lookup(&self.types.type_, name).is_some() {
            return;
        }
        let wraps_func = |d: &PyRef| match &d.payload {
            Payload::ClassMethod(f) => {
                let f = f.borrow();
                f.is(func) && matches!(f.payload, Payload::Function(_))
            }
            _ => false,
        };
        if type_lookup(cls, name).is_some_and(|d| wraps_func(&d)) {
            let e = AttrCache::ClassMethod {
                type_id: cls.id(),
                epoch,
                func: func.clone(),
            };
            self.set_cache_entry(code, pc, e);
        }
    }

    /// Whether a class attribute is returned unchanged by every access: no `__get__`
    /// on its type, or a plain function (unbound access returns the function itself).
    fn plain_class_value(&self, d: &PyRef) -> bool {
        matches!(d.payload, Payload::Function(_))
            || type_lookup(d.class(), &self.names.__get__).is_none()
    }

    /// Caches a LoadAttr on a class object whose metatype is `type` and whose result
    /// is the class attribute itself.
    fn learn_class_attr(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        cls: &PyRef,
        epoch: u64,
        name: &PyRef,
        v: &PyRef,
    ) {
        if !cls.class().is(&self.types.type_) || type_lookup(&self.types.type_, name).is_some() {
            return;
        }
        // A staticmethod read from its class is always its function.
        let static_fn = |d: &PyRef| match &d.payload {
            Payload::StaticMethod(f) => f.borrow().is(v),
            _ => false,
        };
        match type_lookup(cls, name) {
            Some(d) if (d.is(v) && self.plain_class_value(&d)) || static_fn(&d) => self
                .set_cache_entry(
                    code,
                    pc,
                    AttrCache::ClassAttr {
                        type_id: cls.id(),
                        epoch,
                        value: v.clone(),
                    },
                ),
            _ => {}
        }
    }

    /// Caches a LoadAttr answered by the instance's own attributes (when it has the
    /// name).
    fn learn_dict_load(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        obj: &PyRef,
        epoch: u64,
        name: &PyRef,
    ) -> PyResult<()> {
        let ty = obj.class();
        let entry = match Self::value_position(obj, name) {
            Some((layout, index)) => AttrCache::InstanceValue {
                type_id: ty.id(),
                epoch,
                layout,
                index,
            },
            None => {
                let Some(dict) = obj.ext().and_then(|e| e.attrs.dict()) else {
                    return Ok(());
                };
                if self.dict_get_str_key(&dict, name)?.is_none() {
                    return Ok(());
                }
                AttrCache::InstanceDict {
                    type_id: ty.id(),
                    epoch,
                }
            }
        };
        self.set_cache_entry(code, pc, entry);
        Ok(())
    }

    /// Whether the type stores attributes with `object.__setattr__`.
    fn generic_setattribute(&self, ty: &PyRef) -> bool {
        match type_lookup(ty, &self.names.__setattr__) {
            Some(g) => matches!(&g.payload, Payload::NativeFunction(nf)
                if nf.func as *const () == crate::objects::object::object_setattr as *const ()),
            None => true,
        }
    }

    /// The layout of the instance values (`NO_LAYOUT` in dict mode or without an
    /// instance extension).
    fn instance_layout(obj: &PyRef) -> LayoutId {
        match obj.ext() {
            Some(ext) => ext.attrs.layout(),
            None => NO_LAYOUT,
        }
    }

    /// The eval loop's inline StoreAttr: replaces an instance value in place, appends
    /// a new one along a known layout transition, or sets a `__slots__` member, in any
    /// way of the site. Gives `value` back (`Err`) when the site needs
    /// `store_attr_cached`. The old value is released after every borrow ended.
    #[inline(always)]
    pub fn store_attr_fast(
        &self,
        code: &CodeObject,
        pc: usize,
        obj: &PyRef,
        value: PyRef,
    ) -> Result<(), PyRef> {
        let old = {
            let Some(ext) = obj.ext() else {
                return Err(value);
            };
            let Ok(c) = code.attr_cache.try_borrow() else {
                return Err(value);
            };
            let Some(ways) = c.ways(pc) else {
                return Err(value);
            };
            let (tid, epoch) = (obj.class().id(), type_epoch());
            let here = ext.attrs.layout();
            let mut hit = None;
            for e in ways {
                match e {
                    AttrCache::StoreValue {
                        type_id,
                        epoch: ep,
                        layout,
                        ..
                    }
                    | AttrCache::StoreAdd {
                        type_id,
                        epoch: ep,
                        layout,
                        ..
                    } if *type_id == tid && *ep == epoch && *layout == here => {
                        hit = Some(e);
                        break;
                    }
                    AttrCache::StoreSlot {
                        type_id, epoch: ep, ..
                    } if *type_id == tid && *ep == epoch => {
                        hit = Some(e);
                        break;
                    }
                    AttrCache::Empty => break,
                    _ => {}
                }
            }
            match hit {
                Some(AttrCache::StoreValue { layout, index, .. }) => {
                    ext.attrs.replace_value(*layout, *index, value)?
                }
                Some(AttrCache::StoreAdd { layout, to, .. }) => {
                    return ext.attrs.push_value(*layout, *to, value);
                }
                Some(AttrCache::StoreSlot { index, .. }) => {
                    let Ok(mut slots) = ext.slots.try_borrow_mut() else {
                        return Err(value);
                    };
                    match slots.get_mut(*index) {
                        Some(slot) => match slot.replace(value) {
                            Some(old) => old,
                            None => return Ok(()),
                        },
                        None => return Err(value),
                    }
                }
                _ => return Err(value),
            }
        };
        drop(old);
        Ok(())
    }

    pub fn store_attr_cached(
        &self,
        code: &Rc<CodeObject>,
        pc: usize,
        obj: &PyRef,
        name: &PyRef,
        mut value: PyRef,
    ) -> PyResult<()> {
        let ty = obj.class();
        let epoch = type_epoch();
        let tid = ty.id();
        let mut hit = Hit::Miss;
        if obj.ext().is_some() {
            let layout = Self::instance_layout(obj);
            let c = code.attr_cache.borrow();
            if let Some(ways) = c.ways(pc) {
                for e in ways {
                    match e {
                        AttrCache::StoreValue {
                            type_id,
                            epoch: ep,
                            layout: l,
                            index,
                        } if *type_id == tid && *ep == epoch && *l == layout => {
                            hit = Hit::Replace(*l, *index);
                            break;
                        }
                        AttrCache::StoreAdd {
                            type_id,
                            epoch: ep,
                            layout: l,
                            to,
                        } if *type_id == tid && *ep == epoch && *l == layout => {
                            hit = Hit::Append(*l, *to);
                            break;
                        }
                        AttrCache::StoreDict { type_id, epoch: ep }
                            if *type_id == tid && *ep == epoch =>
                        {
                            hit = Hit::HashedDict;
                            break;
                        }
                        AttrCache::StoreSlot {
                            type_id,
                            epoch: ep,
                            index,
                        } if *type_id == tid && *ep == epoch => {
                            hit = Hit::Slot(*index);
                            break;
                        }
                        _ => {}
                    }
                }
            }
        }
        match hit {
            Hit::Replace(layout, index) => {
                if let Some(ext) = obj.ext() {
                    match ext.attrs.replace_value(layout, index, value) {
                        Ok(old) => {
                            drop(old);
                            return Ok(());
                        }
                        Err(v) => value = v,
                    }
                }
            }
            Hit::Append(layout, to) => {
                if let Some(ext) = obj.ext() {
                    match ext.attrs.push_value(layout, to, value) {
                        Ok(()) => return Ok(()),
                        Err(v) => value = v,
                    }
                }
            }
            Hit::HashedDict => {
                if let Some(dict) = obj.ext().and_then(|e| e.attrs.dict()) {
                    return self.dict_set_str_key(&dict, name, value);
                }
            }
            Hit::Slot(index) => {
                if let Some(ext) = obj.ext() {
                    let old = {
                        let mut slots = ext.slots.borrow_mut();
                        slots.get_mut(index).map(|slot| slot.replace(value.clone()))
                    };
                    if old.is_some() {
                        return Ok(());
                    }
                }
            }
            _ => {}
        }
        if !obj.is_type() && obj.ext().is_some() && self.generic_setattribute(ty) {
            if let Some(d) = type_lookup(ty, name) {
                if let Payload::Member(m) = &d.payload {
                    let index = m.index;
                    self.set_attr(obj, name, value)?;
                    self.set_cache_entry(
                        code,
                        pc,
                        AttrCache::StoreSlot {
                            type_id: tid,
                            epoch,
                            index,
                        },
                    );
                    return Ok(());
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
        let before = Self::instance_layout(obj);
        self.set_attr(obj, name, value)?;
        if cacheable {
            let after = Self::instance_layout(obj);
            let entry = if before == NO_LAYOUT || after == NO_LAYOUT {
                AttrCache::StoreDict {
                    type_id: tid,
                    epoch,
                }
            } else if before == after {
                match Self::value_position(obj, name) {
                    Some((layout, index)) => AttrCache::StoreValue {
                        type_id: tid,
                        epoch,
                        layout,
                        index,
                    },
                    None => AttrCache::StoreDict {
                        type_id: tid,
                        epoch,
                    },
                }
            } else {
                AttrCache::StoreAdd {
                    type_id: tid,
                    epoch,
                    layout: before,
                    to: after,
                }
            };
            self.set_cache_entry(code, pc, entry);
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
        if obj.is_type() {
            // `Class.attr(...)`: the class-attribute cache of LoadAttr, no self.
            if let Some(v) = self.class_attr_hit(code, pc, &obj, epoch) {
                return Ok((v, None));
            }
            if let Some(func) = self.class_method_hit(code, pc, &obj, epoch) {
                return Ok((func, Some(obj)));
            }
            let (m, selfv) = self.load_method(obj.clone(), name)?;
            match (&selfv, &m.payload) {
                // A classmethod read from its class: a method bound to the class.
                (None, Payload::Method(bound)) if bound.1.is(&obj) => {
                    self.learn_class_method(code, pc, &obj, epoch, name, &bound.0)
                }
                (None, _) => self.learn_class_attr(code, pc, &obj, epoch, name, &m),
                _ => {}
            }
            return Ok((m, selfv));
        }
        if let (Payload::Super(sup), true) = (&obj.payload, ty.is(&self.types.super_)) {
            // `super().m(...)`: the MRO walk past the class, once per (class, type).
            if let Some(func) = self.super_method_hit(code, pc, sup, epoch) {
                return Ok((func, Some(sup.1.clone())));
            }
            let (m, selfv) = self.load_method(obj.clone(), name)?;
            if let (Some(s), Payload::Function(_)) = (&selfv, &m.payload) {
                // `load_method` answers a super object with `(function, instance)` only
                // from the MRO walk, which depends on nothing but the two types.
                if s.is(&sup.1) && !sup.1.is(&sup.2) {
                    let e = AttrCache::SuperMethod {
                        start_id: sup.0.id(),
                        type_id: sup.2.id(),
                        epoch,
                        func: m.clone(),
                    };
                    self.set_cache_entry(code, pc, e);
                }
            }
            return Ok((m, selfv));
        }
        let tid = ty.id();
        let mut found: Option<(PyRef, bool)> = None;
        {
            let c = code.attr_cache.borrow();
            if let Some(ways) = c.ways(pc) {
                for e in ways {
                    if let AttrCache::Method {
                        type_id,
                        epoch: ep,
                        layout,
                        func,
                    } = e
                    {
                        if *type_id != tid || *ep != epoch {
                            continue;
                        }
                        // Is the name provably absent from the instance attributes?
                        let here = obj.ext().map_or(EMPTY_LAYOUT, |e| e.attrs.layout());
                        let absent = here == EMPTY_LAYOUT || (here != NO_LAYOUT && here == *layout);
                        found = Some((func.clone(), absent));
                        if absent {
                            break;
                        }
                    }
                }
            }
        }
        if let Some((func, absent)) = found {
            if absent {
                return Ok((func, Some(obj)));
            }
            return match self.instance_attr(&obj, name)? {
                None => Ok((func, Some(obj))),
                Some(v) => Ok((v, None)),
            };
        }
        let (m, selfv) = self.load_method(obj, name)?;
        if let Some(s) = &selfv {
            let plain = match &m.payload {
                Payload::Function(_) => true,
                Payload::NativeFunction(nf) => nf.bound_self.is_none(),
                _ => false,
            };
            if plain && self.generic_getattribute(s.class()) {
                let ty = s.class();
                self.set_cache_entry(
                    code,
                    pc,
                    AttrCache::Method {
                        type_id: ty.id(),
                        epoch,
                        layout: Self::instance_layout(s),
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
    /// The eval loop's inline check of a LoadGlobal site's cache; `None` sends it to
    /// `load_global_cached`.
    #[inline(always)]
    pub fn load_global_fast(
        &self,
        code: &CodeObject,
        pc: usize,
        globals: &PyRef,
        builtins: &PyRef,
    ) -> Option<PyRef> {
        let c = code.global_cache.try_borrow().ok()?;
        let e = c.get(pc)?;
        let v = e.value.as_ref()?;
        if e.globals_id != globals.id() {
            return None;
        }
        let version = |d: &PyRef| match &d.payload {
            Payload::Dict(t) => t.try_borrow().ok().map(|t| t.version()),
            _ => None,
        };
        if version(globals)? != e.globals_version || version(builtins)? != e.builtins_version {
            return None;
        }
        Some(v.clone())
    }

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
