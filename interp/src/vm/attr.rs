//! Attribute access: `getattr`/`setattr`/`delattr`, the descriptor protocol and the
//! method-call fast path (`LoadMethod`).
//!
//! CPython: Objects/object.c `PyObject_GenericGetAttr` and Objects/typeobject.c
//! `type_getattro` — data descriptors on the type win over the instance dict, which wins
//! over non-data descriptors and plain class attributes.

use crate::object::instance_values::{Deleted, InstanceAttrs};
use crate::object::payload::*;
use crate::object::typeobj::{invalidate_type_caches, type_lookup};
use crate::object::PyRef;

use super::Vm;

impl Vm {
    pub fn get_attr(&self, obj: &PyRef, name: &PyRef) -> PyResult {
        let ty = obj.class();
        let ga = type_lookup(ty, &self.names.__getattribute__);
        let is_generic = match &ga {
            Some(g) => match &g.payload {
                Payload::NativeFunction(nf) => {
                    nf.func as *const () == crate::objects::object::object_getattribute as *const ()
                        || nf.func as *const ()
                            == crate::objects::typeobj::type_getattribute as *const ()
                }
                _ => false,
            },
            None => true,
        };
        let r = if is_generic {
            if obj.is_type() {
                self.type_getattr(obj, name)
            } else {
                self.generic_getattr(obj, name)
            }
        } else {
            self.call_slot_method(ga.as_ref().unwrap(), obj, std::slice::from_ref(name))
        };
        match r {
            Err(e) if self.exc_matches(&e, &self.exc.attribute_error) => {
                match type_lookup(ty, &self.names.__getattr__) {
                    Some(g) => {
                        self.check_stack()?;
                        let bound = self.descr_get(&g, Some(obj), ty)?;
                        self.call(&bound, Args::new(std::slice::from_ref(name)))
                    }
                    None => Err(e),
                }
            }
            other => other,
        }
    }

    pub fn get_attr_str(&self, obj: &PyRef, name: &str) -> PyResult {
        let n = self.intern(name);
        self.get_attr(obj, &n)
    }

    /// `getattr(obj, name, None)`-style lookup: AttributeError becomes `None`.
    pub fn get_attr_opt(&self, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        match self.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, &self.exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn no_attribute(&self, obj: &PyRef, name: &PyRef) -> PyErr {
        let n = self.str_of(name).unwrap_or("?");
        let msg = if obj.is_type() {
            format!(
                "type object '{}' has no attribute '{}'",
                obj.type_data().name.borrow(),
                n
            )
        } else if let Payload::Module(m) = &obj.payload {
            let mname = self.dict_get_str(&m.dict, "__name__").ok().flatten();
            match mname
                .as_ref()
                .and_then(|x| self.str_of(x).map(|s| s.to_string()))
            {
                Some(mn) => format!("module '{}' has no attribute '{}'", mn, n),
                None => format!("module has no attribute '{}'", n),
            }
        } else {
            format!("'{}' object has no attribute '{}'", obj.type_name(), n)
        };
        let e = self.attribute_error(msg);
        if let Some(ext) = e.0.ext() {
            for (k, v) in [("name", name.clone()), ("obj", obj.clone())] {
                if let Err(v) = ext.attrs.set(&self.intern(k), v) {
                    let d = self.materialize_dict(&ext.attrs);
                    let _ = self.dict_set_str(&d, k, v);
                }
            }
        }
        e
    }

    /// The AttributeError of deleting a missing instance attribute: as CPython 3.11,
    /// without the `name`/`obj` that a failed lookup records.
    fn no_attribute_to_delete(&self, obj: &PyRef, name: &PyRef) -> PyErr {
        self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.type_name(),
            self.str_of(name).unwrap_or("?")
        ))
    }

    /// Whether `d` (found on a type) is a data descriptor.
    pub fn is_data_descr(&self, d: &PyRef) -> bool {
        match &d.payload {
            Payload::Property(_) => true,
            Payload::GetSet(_) | Payload::Member(_) => true,
            // Rust-defined descriptors (`_collections._tuplegetter`) define `__set__`.
            Payload::Native(_) => type_lookup(d.class(), &self.names.__set__).is_some(),
            Payload::Function(_)
            | Payload::NativeFunction(_)
            | Payload::Str(_)
            | Payload::Int(_) => false,
            Payload::ClassMethod(_) | Payload::StaticMethod(_) => false,
            _ => {
                let t = d.class();
                if !t.type_data().heap && t.type_data().layout != Layout::Object {
                    return false;
                }
                type_lookup(t, &self.names.__set__).is_some()
                    || type_lookup(t, &self.names.__delete__).is_some()
            }
        }
    }

    /// Applies the descriptor protocol: `d.__get__(obj, ty)` (obj None for class access).
    pub fn descr_get(&self, d: &PyRef, obj: Option<&PyRef>, ty: &PyRef) -> PyResult {
        match &d.payload {
            Payload::Function(_) => match obj {
                Some(o) => Ok(self.new_method(d.clone(), o.clone())),
                None => Ok(d.clone()),
            },
            Payload::NativeFunction(nf) => match (nf.kind, obj) {
                (NativeKind::Method, Some(o)) => {
                    if let Some(owner) = &nf.owner {
                        if !crate::object::typeobj::is_subtype(o.class(), owner) {
                            return Err(self.type_error(format!(
                                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                nf.name,
                                owner.type_data().name.borrow(),
                                o.type_name()
                            )));
                        }
                    }
                    // The bound method keeps the descriptor's class (`__objclass__`,
                    // `__qualname__`) and docstring.
                    let ty = if d.class().is(&self.types.wrapper_descriptor) {
                        &self.types.method_wrapper
                    } else {
                        &self.types.builtin_function
                    };
                    Ok(PyRef::new(
                        ty.clone(),
                        Payload::NativeFunction(Box::new(NativeFunctionData {
                            name: nf.name,
                            func: nf.func,
                            kind: NativeKind::Function,
                            bound_self: Some(o.clone()),
                            owner: nf.owner.clone(),
                            doc: nf.doc,
                            needs_frame: nf.needs_frame,
                        })),
                    ))
                }
                (NativeKind::ClassMethod, _) => {
                    Ok(self.new_bound_native(nf.name, nf.func, ty.clone()))
                }
                _ => Ok(d.clone()),
            },
            Payload::ClassMethod(f) => {
                let f = f.borrow().clone();
                // A classmethod wrapping a descriptor chains through its __get__ (3.9+).
                if !matches!(f.payload, Payload::Function(_) | Payload::NativeFunction(_))
                    && type_lookup(f.class(), &self.names.__get__).is_some()
                {
                    return self.call_get(&f, Some(ty), ty);
                }
                Ok(self.new_method(f, ty.clone()))
            }
            Payload::StaticMethod(f) => Ok(f.borrow().clone()),
            Payload::Property(p) => match obj {
                None => Ok(d.clone()),
                Some(o) => match &p.fget {
                    Some(g) => self.call1(g, o.clone()),
                    None => {
                        let pname = match &*p.name.borrow() {
                            Some(n) => format!(" '{}'", self.str_of(n).unwrap_or("")),
                            None => String::new(),
                        };
                        Err(self.attribute_error(format!(
                            "property{} of '{}' object has no getter",
                            pname,
                            o.type_name()
                        )))
                    }
                },
            },
            Payload::GetSet(gs) => match obj {
                None => Ok(d.clone()),
                Some(o) => (gs.get)(self, o),
            },
            Payload::Member(m) => match obj {
                None => Ok(d.clone()),
                Some(o) => crate::objects::descr::member_get(self, m, o),
            },
            Payload::Native(_) => self.call_get(d, obj, ty),
            Payload::Str(_)
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Tuple(_)
            | Payload::Dict(_) => Ok(d.clone()),
            _ => self.call_get(d, obj, ty),
        }
    }

    fn call_get(&self, d: &PyRef, obj: Option<&PyRef>, ty: &PyRef) -> PyResult {
        match type_lookup(d.class(), &self.names.__get__) {
            Some(g) => {
                let o = obj.cloned().unwrap_or_else(|| self.none());
                self.call(&g, Args::new(&[d.clone(), o, ty.clone()]))
            }
            None => Ok(d.clone()),
        }
    }

    fn has_get(&self, d: &PyRef) -> bool {
        match &d.payload {
            Payload::Function(_)
            | Payload::NativeFunction(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
            | Payload::Property(_) => true,
            Payload::Native(_) => true,
            Payload::Str(_)
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::List(_) => false,
            _ => type_lookup(d.class(), &self.names.__get__).is_some(),
        }
    }

    /// The attribute storage of `obj` when it is an instance with a `__dict__` (of a
    /// class that has one, or an exception); modules and functions keep a plain dict.
    pub fn instance_attrs<'a>(&self, obj: &'a PyRef) -> Option<&'a InstanceAttrs> {
        if matches!(obj.payload, Payload::Module(_) | Payload::Function(_)) {
            return None;
        }
        let ext = obj.ext()?;
        if !obj.class().type_data().instance_dict && !matches!(obj.payload, Payload::Exception(_)) {
            return None;
        }
        Some(&ext.attrs)
    }

    /// The instance dict of `obj`, if it has one. An instance keeping its attributes
    /// as inline values gets its dict built now and stays in dict mode for good
    /// (`object/instance_values.rs`).
    pub fn instance_dict(&self, obj: &PyRef) -> Option<PyRef> {
        match &obj.payload {
            Payload::Module(m) => Some(m.dict.clone()),
            Payload::Function(f) => {
                let mut d = f.dict.borrow_mut();
                if d.is_none() {
                    *d = Some(self.new_dict());
                }
                d.clone()
            }
            _ => Some(self.materialize_dict(self.instance_attrs(obj)?)),
        }
    }

    /// The dict of `attrs`, built from its values on first need.
    fn materialize_dict(&self, attrs: &InstanceAttrs) -> PyRef {
        if let Some(d) = attrs.dict() {
            return d;
        }
        let d = self.new_dict();
        for (k, v) in attrs.items() {
            // Layout keys are exact strs: hashing and comparing them runs no Python code
            // and cannot fail.
            let _ = self.dict_set_item(&d, k, v);
        }
        let old = attrs.install_dict(Some(d.clone()));
        drop(old);
        d
    }

    /// `name` in the instance's own attributes (`__dict__` contents), without building
    /// a dict for an exact-`str` name.
    pub fn instance_attr(&self, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        if let Some(attrs) = self.instance_attrs(obj) {
            if let Some(v) = attrs.get(name) {
                return Ok(v);
            }
        }
        match self.instance_dict(obj) {
            Some(dict) => self.dict_get_str_key(&dict, name),
            None => Ok(None),
        }
    }

    /// Stores or deletes `name` in the instance's own attributes (no descriptors, no
    /// `__setattr__`); `None` when `obj` has no `__dict__`.
    pub fn store_instance_attr(
        &self,
        obj: &PyRef,
        name: &PyRef,
        value: Option<PyRef>,
    ) -> Option<PyResult<()>> {
        let value = match (self.instance_attrs(obj), value) {
            (Some(attrs), Some(v)) => match attrs.set(name, v) {
                Ok(old) => {
                    drop(old);
                    return Some(Ok(()));
                }
                Err(v) => Some(v),
            },
            (Some(attrs), None) => match attrs.delete(name) {
                Deleted::Removed(old) => {
                    drop(old);
                    return Some(Ok(()));
                }
                Deleted::Missing => return Some(Err(self.no_attribute_to_delete(obj, name))),
                Deleted::NeedsDict => None,
            },
            (None, v) => v,
        };
        let dict = self.instance_dict(obj)?;
        Some(match value {
            Some(v) => self.dict_set_item(&dict, name.clone(), v),
            None => match self.dict_del_item(&dict, name) {
                Ok(true) => Ok(()),
                Ok(false) => Err(self.no_attribute_to_delete(obj, name)),
                Err(e) => Err(e),
            },
        })
    }

    /// object.__getattribute__
    pub fn generic_getattr(&self, obj: &PyRef, name: &PyRef) -> PyResult {
        let ty = obj.class();
        let descr = type_lookup(ty, name);
        if let Some(d) = &descr {
            // A data descriptor without `__get__` lets the instance dict answer.
            if self.is_data_descr(d) && self.has_get(d) {
                return self.descr_get(d, Some(obj), ty);
            }
        }
        if let Some(v) = self.instance_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(d) = descr {
            if self.has_get(&d) {
                return self.descr_get(&d, Some(obj), ty);
            }
            return Ok(d);
        }
        if let Payload::Module(_) = &obj.payload {
            // PEP 562: module __getattr__
            if let Some(dict) = self.instance_dict(obj) {
                if let Some(g) = self.dict_get_str(&dict, "__getattr__")? {
                    return self.call1(&g, name.clone());
                }
            }
        }
        Err(self.no_attribute(obj, name))
    }

    /// type.__getattribute__: the metatype's data descriptors, then the class's MRO,
    /// then the metatype's other attributes.
    pub fn type_getattr(&self, cls: &PyRef, name: &PyRef) -> PyResult {
        let meta = cls.class();
        let meta_attr = type_lookup(meta, name);
        if let Some(d) = &meta_attr {
            if self.is_data_descr(d) && self.has_get(d) {
                return self.descr_get(d, Some(cls), meta);
            }
        }
        if let Some(v) = type_lookup(cls, name) {
            return match &v.payload {
                Payload::Function(_) => Ok(v),
                _ if self.has_get(&v) => self.descr_get(&v, None, cls),
                _ => Ok(v),
            };
        }
        if let Some(d) = meta_attr {
            if self.has_get(&d) {
                return self.descr_get(&d, Some(cls), meta);
            }
            return Ok(d);
        }
        Err(self.no_attribute(cls, name))
    }

    /// For `obj.name(...)`: returns (function, Some(obj)) when the call can pass `obj`
    /// directly, avoiding a bound-method allocation; else (value, None).
    pub fn load_method(&self, obj: PyRef, name: &PyRef) -> PyResult<(PyRef, Option<PyRef>)> {
        let ty = obj.class();
        // `super().m(...)`: a plain function found past the class is called with the
        // instance, without a bound method (CPython's LOAD_SUPER_ATTR method form).
        if let (Payload::Super(s), true) = (&obj.payload, ty.is(&self.types.super_)) {
            let (start, inst, inst_type) = (&s.0, &s.1, &s.2);
            if !inst.is(inst_type) {
                if let Some(f) =
                    crate::objects::property::super_lookup(self, start, inst_type, name)
                {
                    if let Payload::Function(_) = &f.payload {
                        return Ok((f, Some(inst.clone())));
                    }
                }
            }
        }
        let generic = match type_lookup(ty, &self.names.__getattribute__) {
            Some(g) => matches!(&g.payload, Payload::NativeFunction(nf)
                if nf.func as *const () == crate::objects::object::object_getattribute as *const ()),
            None => true,
        };
        if generic && !obj.is_type() {
            if let Some(d) = type_lookup(ty, name) {
                let is_method = match &d.payload {
                    Payload::Function(_) => true,
                    Payload::NativeFunction(nf) => {
                        nf.kind == NativeKind::Method && nf.bound_self.is_none()
                    }
                    _ => false,
                };
                if is_method {
                    let shadowed = self.instance_attr(&obj, name)?;
                    return match shadowed {
                        Some(v) => Ok((v, None)),
                        None => {
                            if let Payload::NativeFunction(nf) = &d.payload {
                                if let Some(owner) = &nf.owner {
                                    if !crate::object::typeobj::is_subtype(ty, owner) {
                                        return Ok((self.descr_get(&d, Some(&obj), ty)?, None));
                                    }
                                }
                            }
                            Ok((d, Some(obj)))
                        }
                    };
                }
            }
        }
        Ok((self.get_attr(&obj, name)?, None))
    }

    pub fn set_attr(&self, obj: &PyRef, name: &PyRef, value: PyRef) -> PyResult<()> {
        self.set_or_del_attr(obj, name, Some(value))
    }

    pub fn set_attr_str(&self, obj: &PyRef, name: &str, value: PyRef) -> PyResult<()> {
        let n = self.intern(name);
        self.set_attr(obj, &n, value)
    }

    pub fn del_attr(&self, obj: &PyRef, name: &PyRef) -> PyResult<()> {
        self.set_or_del_attr(obj, name, None)
    }

    fn set_or_del_attr(&self, obj: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        let ty = obj.class();
        let hook_name = if value.is_some() {
            &self.names.__setattr__
        } else {
            &self.names.__delattr__
        };
        if let Some(h) = type_lookup(ty, hook_name) {
            let native_generic = matches!(&h.payload, Payload::NativeFunction(nf)
                if nf.func as *const () == crate::objects::object::object_setattr as *const ()
                || nf.func as *const () == crate::objects::object::object_delattr as *const ()
                || nf.func as *const () == crate::objects::typeobj::type_setattr as *const ()
                || nf.func as *const () == crate::objects::typeobj::type_delattr as *const ());
            if !native_generic {
                let mut args = vec![obj.clone(), name.clone()];
                if let Some(v) = value {
                    args.push(v);
                }
                self.call(&h, Args::new(&args))?;
                return Ok(());
            }
        }
        if obj.is_type() {
            return self.type_set_attr(obj, name, value);
        }
        self.generic_setattr(obj, name, value)
    }

    /// object.__setattr__ / object.__delattr__
    pub fn generic_setattr(&self, obj: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        let ty = obj.class();
        if let Some(d) = type_lookup(ty, name) {
            if self.is_data_descr(&d) {
                return self.descr_set(&d, obj, value);
            }
        }
        match self.store_instance_attr(obj, name, value) {
            Some(r) => r,
            None => {
                if type_lookup(ty, name).is_some() {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        obj.type_name(),
                        self.str_of(name).unwrap_or("")
                    )))
                } else {
                    Err(self.attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        obj.type_name(),
                        self.str_of(name).unwrap_or("")
                    )))
                }
            }
        }
    }

    fn descr_set(&self, d: &PyRef, obj: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        match &d.payload {
            Payload::Property(p) => {
                let pname = match &*p.name.borrow() {
                    Some(n) => format!(" '{}'", self.str_of(n).unwrap_or("")),
                    None => String::new(),
                };
                match value {
                    Some(v) => match &p.fset {
                        Some(s) => self.call2(s, obj.clone(), v).map(|_| ()),
                        None => Err(self.attribute_error(format!(
                            "property{} of '{}' object has no setter",
                            pname,
                            obj.type_name()
                        ))),
                    },
                    None => match &p.fdel {
                        Some(s) => self.call1(s, obj.clone()).map(|_| ()),
                        None => Err(self.attribute_error(format!(
                            "property{} of '{}' object has no deleter",
                            pname,
                            obj.type_name()
                        ))),
                    },
                }
            }
            Payload::GetSet(gs) => match gs.set {
                Some(s) => s(self, obj, value),
                None => Err(self.attribute_error(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    gs.name, gs.owner_name
                ))),
            },
            Payload::Member(m) => crate::objects::descr::member_set(self, m, obj, value),
            _ => {
                let hook = if value.is_some() {
                    &self.names.__set__
                } else {
                    &self.names.__delete__
                };
                match type_lookup(d.class(), hook) {
                    Some(h) => {
                        let mut args = vec![d.clone(), obj.clone()];
                        if let Some(v) = value {
                            args.push(v);
                        }
                        self.call(&h, Args::new(&args)).map(|_| ())
                    }
                    None => Err(self.attribute_error(if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    })),
                }
            }
        }
    }

    /// type.__setattr__: class attributes (only on heap types).
    pub fn type_set_attr(&self, cls: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        let meta = cls.class();
        if let Some(d) = type_lookup(meta, name) {
            if self.is_data_descr(&d) {
                return self.descr_set(&d, cls, value);
            }
        }
        let td = cls.type_data();
        if !td.heap {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                self.str_of(name).unwrap_or(""),
                td.name.borrow()
            )));
        }
        invalidate_type_caches();
        crate::object::method_cache::forget(cls, name, value.is_none());
        match value {
            Some(v) => self.dict_set_item(&td.dict, name.clone(), v),
            None => {
                if self.dict_del_item(&td.dict, name)? {
                    Ok(())
                } else {
                    Err(self.attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        td.name.borrow(),
                        self.str_of(name).unwrap_or("")
                    )))
                }
            }
        }
    }
}
