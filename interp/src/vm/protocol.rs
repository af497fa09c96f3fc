//! The abstract object protocols: iteration, subscription, length, hashing, repr/str,
//! formatting and unpacking.

use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::objects;

use super::Vm;

impl Vm {
    pub fn get_iter(&self, o: &PyRef) -> PyResult {
        let ty = o.class();
        if !ty.type_data().heap {
            match &o.payload {
                Payload::List(_) => {
                    return Ok(self.new_iterator(
                        &self.types.list_iterator,
                        IterState::List {
                            list: o.clone(),
                            index: 0,
                        },
                    ))
                }
                Payload::Tuple(_) => {
                    return Ok(self.new_iterator(
                        &self.types.tuple_iterator,
                        IterState::Tuple {
                            tuple: o.clone(),
                            index: 0,
                        },
                    ))
                }
                Payload::Range(r) => {
                    if let Some((start, stop, step)) = r.small {
                        return Ok(self.new_iterator(
                            &self.types.range_iterator,
                            IterState::Range {
                                next: start,
                                stop,
                                step,
                            },
                        ));
                    }
                }
                Payload::Iterator(_) => return Ok(o.clone()),
                // Coroutines and async generators are not iterable.
                Payload::Generator(g) if g.kind == GenKind::Generator => return Ok(o.clone()),
                _ => {}
            }
        }
        if type_lookup(ty, &self.names.__iter__).is_some_and(|f| self.is_none(&f)) {
            // `__iter__ = None` opts out of iteration (even through `__getitem__`).
            return Err(self.type_error(format!("'{}' object is not iterable", o.type_name())));
        }
        if let Some(it) = self.call_special(o, &self.names.__iter__, &[])? {
            if type_lookup(it.class(), &self.names.__next__).is_none() {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it.type_name()
                )));
            }
            return Ok(it);
        }
        if type_lookup(ty, &self.names.__getitem__).is_some()
            && !matches!(o.payload, Payload::Dict(_))
        {
            return Ok(self.new_iterator(
                &self.types.iterator,
                IterState::Seq {
                    seq: o.clone(),
                    index: 0,
                },
            ));
        }
        Err(self.type_error(format!("'{}' object is not iterable", o.type_name())))
    }

    /// Advances an iterator: `Ok(None)` when exhausted (StopIteration is absorbed).
    pub fn iter_next(&self, it: &PyRef) -> PyResult<Option<PyRef>> {
        // Iterators over iterators (`map(f, map(f, ...))`) recurse natively.
        self.check_stack()?;
        match &it.payload {
            Payload::Iterator(st) if !it.class().type_data().heap => {
                objects::iter::builtin_next(self, it, st)
            }
            Payload::Generator(_) if !it.class().type_data().heap => {
                objects::generator::gen_next_opt(self, it)
            }
            _ => {
                let next = match type_lookup(it.class(), &self.names.__next__) {
                    Some(n) => n,
                    None => {
                        return Err(self
                            .type_error(format!("'{}' object is not an iterator", it.type_name())))
                    }
                };
                let r = match &next.payload {
                    Payload::Function(_) | Payload::NativeFunction(_) => {
                        self.call(&next, Args::new(std::slice::from_ref(it)))
                    }
                    // Other descriptors bind through `__get__` (mock's MagicProxy).
                    _ => self
                        .descr_get(&next, Some(it), it.class())
                        .and_then(|bound| self.call0(&bound)),
                };
                match r {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(&e, &self.exc.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Collects an iterable into a Vec. Exact lists, tuples, ranges, sets and dicts are
    /// read directly (no iterator object); other iterables are stepped.
    pub fn iterate(&self, o: &PyRef) -> PyResult<Vec<PyRef>> {
        if !o.class().type_data().heap {
            match &o.payload {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                Payload::Range(r) => {
                    if let Some(items) = objects::range::small_items(self, r) {
                        return items;
                    }
                }
                Payload::Set(t) | Payload::FrozenSet(t) => {
                    return Ok(t.borrow().iter().map(|(_, k)| k.clone()).collect())
                }
                Payload::Dict(_) => {
                    return Ok(o
                        .dict_table()
                        .borrow()
                        .iter()
                        .map(|e| e.key.clone())
                        .collect())
                }
                _ => {}
            }
        } else {
            // Like CPython's list()/tuple() preallocation, a class's `__length_hint__`
            // is consulted (its errors other than TypeError propagate).
            self.heap_length_hint(o)?;
        }
        self.collect_iterator(&self.get_iter(o)?)
    }

    /// `operator.length_hint(o)`'s `__length_hint__` step for an instance of a class
    /// without `__len__`: validates the hint the way CPython does.
    fn heap_length_hint(&self, o: &PyRef) -> PyResult<()> {
        let ty = o.class();
        if type_lookup(ty, &self.names.__len__).is_some() {
            return Ok(());
        }
        let Some(h) = type_lookup(ty, &self.names.__length_hint__) else {
            return Ok(());
        };
        let r = match self.call_slot_method(&h, o, &[]) {
            Ok(r) => r,
            Err(e) if self.exc_matches(&e, &self.exc.type_error) => return Ok(()),
            Err(e) => return Err(e),
        };
        if self.is_not_implemented(&r) {
            return Ok(());
        }
        if !matches!(r.payload, Payload::Int(_) | Payload::BigInt(_)) {
            return Err(self.type_error(format!(
                "__length_hint__ must be an integer, not {}",
                r.type_name()
            )));
        }
        if self.compare_bool(
            &r,
            &self.new_int(0),
            crate::compile::bytecode::CompareKind::Lt,
        )? {
            return Err(self.value_error("__length_hint__() should return >= 0"));
        }
        Ok(())
    }

    /// Steps the iterator `it` to its end, collecting the items.
    pub fn collect_iterator(&self, it: &PyRef) -> PyResult<Vec<PyRef>> {
        if objects::gen_drain::is_drainable(it) {
            return objects::gen_drain::collect(self, it);
        }
        // Most collected iterables are short: room for a few items before growing.
        let mut out = Vec::with_capacity(8);
        while let Some(v) = self.iter_next(it)? {
            out.push(v);
        }
        Ok(out)
    }

    pub fn get_item(&self, c: &PyRef, k: &PyRef) -> PyResult {
        if let Some(v) = super::fast_subscr::get_item(self, c, k) {
            return Ok(v);
        }
        if !c.class().type_data().heap {
            match (&c.payload, &k.payload) {
                (Payload::List(l), Payload::Slice(sl)) => {
                    return crate::objects::list::get_slice(self, l, sl);
                }
                (Payload::Tuple(t), Payload::Slice(sl)) => {
                    return objects::tuple::get_slice(self, c, t, sl);
                }
                (Payload::Range(r), Payload::Int(i)) => {
                    if let Some(item) = objects::range::small_item(self, r, *i) {
                        return item;
                    }
                }
                (Payload::Dict(_), _) => {
                    if let Some(v) = self.dict_get_item(c, k)? {
                        return Ok(v);
                    }
                    return Err(self.key_error(k.clone()));
                }
                _ => {}
            }
        }
        match self.call_special(c, &self.names.__getitem__, std::slice::from_ref(k)) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            // Builtin sequences report an index too large for ssize_t as IndexError.
            Err(e)
                if matches!(
                    c.payload,
                    Payload::List(_)
                        | Payload::Tuple(_)
                        | Payload::Str(_)
                        | Payload::Bytes(_)
                        | Payload::ByteArray(_)
                ) && !c.class().type_data().heap
                    && self.exc_matches(&e, &self.exc.overflow_error)
                    && !matches!(k.payload, Payload::Slice(_)) =>
            {
                let msg = self.str_string(&e.0)?;
                return Err(self.index_error(msg));
            }
            Err(e) => return Err(e),
        }
        if c.is_type() {
            if c.is(&self.types.type_) {
                return objects::generic_alias(self, c, k);
            }
            if let Some(cg) = type_lookup(c, &self.names.__class_getitem__) {
                let f = self.descr_get(&cg, None, c)?;
                let f = match &f.payload {
                    Payload::Function(_) => self.new_method(f, c.clone()),
                    _ => f,
                };
                return self.call1(&f, k.clone());
            }
            return Err(self.type_error(format!(
                "type '{}' is not subscriptable",
                c.type_data().name.borrow()
            )));
        }
        Err(self.type_error(format!("'{}' object is not subscriptable", c.type_name())))
    }

    pub fn set_item(&self, c: &PyRef, k: PyRef, v: PyRef) -> PyResult<()> {
        let v = match super::fast_subscr::set_item(self, c, &k, v) {
            Ok(()) => return Ok(()),
            Err(v) => v,
        };
        if !c.class().type_data().heap {
            match (&c.payload, &k.payload) {
                (Payload::List(l), Payload::Slice(sl)) => {
                    return crate::objects::list::set_slice(self, c, l, sl, &v);
                }
                (Payload::Dict(_), _) => return self.dict_set_item(c, k, v),
                _ => {}
            }
        }
        match self.call_special(c, &self.names.__setitem__, &[k, v])? {
            Some(_) => Ok(()),
            None => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                c.type_name()
            ))),
        }
    }

    pub fn del_item(&self, c: &PyRef, k: &PyRef) -> PyResult<()> {
        if let (Payload::Dict(_), false) = (&c.payload, c.class().type_data().heap) {
            if self.dict_del_item(c, k)? {
                return Ok(());
            }
            return Err(self.key_error(k.clone()));
        }
        match self.call_special(c, &self.names.__delitem__, std::slice::from_ref(k))? {
            Some(_) => Ok(()),
            None => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                c.type_name()
            ))),
        }
    }

    pub fn len(&self, o: &PyRef) -> PyResult<usize> {
        if !o.class().type_data().heap {
            match &o.payload {
                Payload::Str(s) => return Ok(s.char_len),
                Payload::List(l) => return Ok(l.borrow().len()),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::Dict(d) => return Ok(d.borrow().len()),
                Payload::Set(s) | Payload::FrozenSet(s) => return Ok(s.borrow().len()),
                Payload::Bytes(b) => return Ok(b.len()),
                Payload::ByteArray(b) => return Ok(b.borrow().len()),
                _ => {}
            }
        }
        match self.call_special(o, &self.names.__len__, &[])? {
            Some(r) => {
                let n = match &r.payload {
                    Payload::Int(i) => *i,
                    Payload::BigInt(_) => {
                        return Err(
                            self.overflow_error("cannot fit 'int' into an index-sized integer")
                        );
                    }
                    _ => {
                        let idx = self.index_opt(&r)?;
                        match idx {
                            Some(i) => i,
                            None => {
                                return Err(self.type_error(format!(
                                    "'{}' object cannot be interpreted as an integer",
                                    r.type_name()
                                )))
                            }
                        }
                    }
                };
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                Ok(n as usize)
            }
            None => {
                Err(self.type_error(format!("object of type '{}' has no len()", o.type_name())))
            }
        }
    }

    /// `operator.index(o)` as i64, or None if `o` has no `__index__`.
    pub fn index_opt(&self, o: &PyRef) -> PyResult<Option<i64>> {
        match &o.payload {
            Payload::Int(i) => return Ok(Some(*i)),
            Payload::BigInt(_) => return Err(self.index_size_error(o)),
            _ => {}
        }
        match self.call_special(o, &self.names.__index__, &[])? {
            Some(r) => match &r.payload {
                Payload::Int(i) => Ok(Some(*i)),
                Payload::BigInt(_) => Err(self.index_size_error(o)),
                _ => Err(self.type_error(format!(
                    "__index__ returned non-int (type {})",
                    r.type_name()
                ))),
            },
            None => Ok(None),
        }
    }

    /// CPython's `PyNumber_AsSsize_t` overflow: OverflowError naming the original type.
    fn index_size_error(&self, o: &PyRef) -> PyErr {
        self.overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            o.type_name()
        ))
    }

    /// `operator.index(o)` as a Python int object.
    pub fn index(&self, o: &PyRef) -> PyResult {
        match &o.payload {
            Payload::Int(_) | Payload::BigInt(_) => {
                if o.class().is(&self.types.int) {
                    return Ok(o.clone());
                }
                return Ok(objects::int::as_exact_int(self, o));
            }
            _ => {}
        }
        match self.call_special(o, &self.names.__index__, &[])? {
            Some(r) => match &r.payload {
                Payload::Int(_) | Payload::BigInt(_) => Ok(r),
                _ => Err(self.type_error(format!(
                    "__index__ returned non-int (type {})",
                    r.type_name()
                ))),
            },
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                o.type_name()
            ))),
        }
    }

    /// `hash(o)`. Exact ints and strs are hashed inline; everything else goes through
    /// `hash_general`.
    #[inline]
    pub fn hash(&self, o: &PyRef) -> PyResult<i64> {
        match &o.payload {
            Payload::Int(i) if o.class().is(&self.types.int) => Ok(objects::int::hash_i64(*i)),
            Payload::Str(s) if o.class().is(&self.types.str) => Ok(objects::str::str_hash(s)),
            _ => self.hash_general(o),
        }
    }

    fn hash_general(&self, o: &PyRef) -> PyResult<i64> {
        let ty = o.class();
        if !ty.type_data().heap {
            match &o.payload {
                Payload::Str(s) => return Ok(objects::str::str_hash(s)),
                Payload::Int(i) => return Ok(objects::int::hash_i64(*i)),
                Payload::Float(f) => return Ok(objects::float::hash_float(*f, o)),
                Payload::Tuple(t) => return objects::tuple::tuple_hash(self, t),
                Payload::Type(_)
                | Payload::Function(_)
                | Payload::NativeFunction(_)
                | Payload::Object
                | Payload::Code(_)
                | Payload::Module(_) => return Ok(id_hash(o)),
                _ => {}
            }
        }
        match type_lookup(ty, &self.names.__hash__) {
            Some(h) if !self.is_none(&h) => {
                let r = match &h.payload {
                    Payload::Function(_) | Payload::NativeFunction(_) => {
                        self.call(&h, Args::new(std::slice::from_ref(o)))?
                    }
                    // Other descriptors bind through `__get__` (mock's MagicProxy).
                    _ => {
                        let bound = self.descr_get(&h, Some(o), ty)?;
                        self.call0(&bound)?
                    }
                };
                match &r.payload {
                    Payload::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
                    Payload::BigInt(b) => Ok(objects::int::hash_bigint(b)),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => Err(self.type_error(format!("unhashable type: '{}'", o.type_name()))),
        }
    }

    pub fn repr(&self, o: &PyRef) -> PyResult {
        if !o.class().type_data().heap {
            match &o.payload {
                Payload::Str(s) => return Ok(self.new_string(objects::str::repr_pystr(s))),
                Payload::Int(i) if o.class().is(&self.types.int) => {
                    return Ok(self.new_string(i.to_string()))
                }
                _ => {}
            }
        }
        // Like CPython, a repr counts against the recursion limit (nested containers).
        let r = self.recursive_call(" while getting the repr of an object", || {
            self.call_special(o, &self.names.__repr__, &[])
        });
        match r? {
            Some(r) => match &r.payload {
                Payload::Str(_) => Ok(r),
                _ => Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    r.type_name()
                ))),
            },
            None => Ok(self.new_string(format!("<{} object at {:#x}>", o.type_name(), o.id()))),
        }
    }

    pub fn repr_str(&self, o: &PyRef) -> PyResult<String> {
        let r = self.repr(o)?;
        objects::str::obj_utf8(self, &r)
            .unwrap_or(Ok(""))
            .map(str::to_string)
    }

    pub fn str(&self, o: &PyRef) -> PyResult {
        if let Payload::Str(_) = &o.payload {
            if o.class().is(&self.types.str) {
                return Ok(o.clone());
            }
        }
        if let Some(i) = self.exact_int_value(o) {
            return Ok(self.new_string(i.to_string()));
        }
        let r = self.recursive_call(" while getting the str of an object", || {
            self.call_special(o, &self.names.__str__, &[])
        });
        match r? {
            Some(r) => match &r.payload {
                Payload::Str(_) => Ok(r),
                _ => Err(self.type_error(format!(
                    "__str__ returned non-string (type {})",
                    r.type_name()
                ))),
            },
            None => self.repr(o),
        }
    }

    fn exact_int_value(&self, o: &PyRef) -> Option<i64> {
        match o.payload {
            Payload::Int(i) if o.class().is(&self.types.int) => Some(i),
            _ => None,
        }
    }

    pub fn str_string(&self, o: &PyRef) -> PyResult<String> {
        let r = self.str(o)?;
        objects::str::obj_utf8(self, &r)
            .unwrap_or(Ok(""))
            .map(str::to_string)
    }

    pub fn ascii(&self, o: &PyRef) -> PyResult<String> {
        let r = self.repr(o)?;
        match &r.payload {
            Payload::Str(s) => Ok(objects::str::ascii_escape_view(s.view())),
            _ => Ok(String::new()),
        }
    }

    /// `format(value, spec)`.
    pub fn format(&self, v: &PyRef, spec: &PyRef) -> PyResult {
        if let (Payload::Str(_), Some("")) = (&v.payload, self.str_of(spec)) {
            if v.class().is(&self.types.str) {
                return Ok(v.clone());
            }
        }
        let r = match self.call_special(v, &self.names.__format__, std::slice::from_ref(spec))? {
            Some(r) => r,
            None => return Err(self.type_error("object has no __format__")),
        };
        match &r.payload {
            Payload::Str(_) => Ok(r),
            _ => Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                r.type_name()
            ))),
        }
    }

    /// The FormatValue instruction: conversion then format.
    pub fn format_value(&self, v: PyRef, conv: u32, spec: Option<PyRef>) -> PyResult {
        let v = match conv {
            1 => self.str(&v)?,
            2 => self.repr(&v)?,
            3 => self.new_string(self.ascii(&v)?),
            _ => v,
        };
        match spec {
            None => {
                if let Payload::Str(_) = &v.payload {
                    if v.class().is(&self.types.str) {
                        return Ok(v);
                    }
                }
                if let Some(i) = self.exact_int_value(&v) {
                    return Ok(self.new_string(i.to_string()));
                }
                let empty = self.s.empty_str.clone();
                self.format(&v, &empty)
            }
            Some(s) => self.format(&v, &s),
        }
    }

    pub fn unpack_sequence(&self, seq: &PyRef, n: usize, stack: &mut Vec<PyRef>) -> PyResult<()> {
        // Exact tuples and lists of the right length: items pushed straight from storage.
        match &seq.payload {
            Payload::Tuple(t) if t.len() == n && !seq.class().type_data().heap => {
                stack.extend(t.iter().rev().cloned());
                return Ok(());
            }
            Payload::List(l) if !seq.class().type_data().heap => {
                let l = l.borrow();
                if l.len() == n {
                    stack.extend(l.iter().rev().cloned());
                    return Ok(());
                }
            }
            _ => {}
        }
        let items: Vec<PyRef> = match &seq.payload {
            Payload::Tuple(t) if !seq.class().type_data().heap => t.to_vec(),
            Payload::List(l) if !seq.class().type_data().heap => l.borrow().clone(),
            _ => {
                let it = self.get_iter(seq).map_err(|e| {
                    if self.exc_matches(&e, &self.exc.type_error) {
                        self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            seq.type_name()
                        ))
                    } else {
                        e
                    }
                })?;
                let mut v = Vec::with_capacity(n);
                while let Some(x) = self.iter_next(&it)? {
                    if v.len() == n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {})", n))
                        );
                    }
                    v.push(x);
                }
                v
            }
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {})", n)));
        }
        stack.extend(items.into_iter().rev());
        Ok(())
    }

    pub fn unpack_ex(
        &self,
        seq: &PyRef,
        before: usize,
        after: usize,
        stack: &mut Vec<PyRef>,
    ) -> PyResult<()> {
        let items = self.iterate(seq).map_err(|e| {
            if self.exc_matches(&e, &self.exc.type_error) && self.get_iter(seq).is_err() {
                self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    seq.type_name()
                ))
            } else {
                e
            }
        })?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mid_end = items.len() - after;
        let mut out: Vec<PyRef> = Vec::with_capacity(before + after + 1);
        out.extend_from_slice(&items[..before]);
        out.push(self.new_list(items[before..mid_end].to_vec()));
        out.extend_from_slice(&items[mid_end..]);
        stack.extend(out.into_iter().rev());
        Ok(())
    }

    pub fn list_extend_for_unpack(&self, l: &PyRef, it: &PyRef) -> PyResult<()> {
        let items = match self.iterate(it) {
            Ok(v) => v,
            Err(e) => {
                if self.exc_matches(&e, &self.exc.type_error) && self.get_iter(it).is_err() {
                    return Err(self.type_error(format!(
                        "Value after * must be an iterable, not {}",
                        it.type_name()
                    )));
                }
                return Err(e);
            }
        };
        if let Payload::List(v) = &l.payload {
            v.borrow_mut().extend(items);
        }
        Ok(())
    }

    pub fn new_slice(&self, start: PyRef, stop: PyRef, step: PyRef) -> PyRef {
        PyRef::new(
            self.types.slice.clone(),
            Payload::Slice(Box::new(SliceData { start, stop, step })),
        )
    }

    /// `with mgr:` — returns (bound __exit__, result of __enter__).
    pub fn before_with(&self, mgr: &PyRef, is_async: bool) -> PyResult<(PyRef, PyRef)> {
        let (enter_name, exit_name) = if is_async {
            (&self.names.__aenter__, &self.names.__aexit__)
        } else {
            (&self.names.__enter__, &self.names.__exit__)
        };
        let enter = type_lookup(mgr.class(), enter_name);
        let exit = type_lookup(mgr.class(), exit_name);
        let (enter, exit) = match (enter, exit) {
            (Some(e), Some(x)) => (e, x),
            (None, _) => {
                let what = if is_async {
                    "asynchronous context manager protocol"
                } else {
                    "context manager protocol"
                };
                let hint = if is_async { "__aenter__" } else { "__enter__" };
                let _ = hint;
                return Err(self.type_error(format!(
                    "'{}' object does not support the {}",
                    mgr.type_name(),
                    what
                )));
            }
            (Some(_), None) => {
                let what = if is_async {
                    "asynchronous context manager protocol (missed __aexit__ method)"
                } else {
                    "context manager protocol (missed __exit__ method)"
                };
                return Err(self.type_error(format!(
                    "'{}' object does not support the {}",
                    mgr.type_name(),
                    what
                )));
            }
        };
        let exit_bound = self.descr_get(&exit, Some(mgr), mgr.class())?;
        let enter_bound = self.descr_get(&enter, Some(mgr), mgr.class())?;
        let res = self.call0(&enter_bound)?;
        Ok((exit_bound, res))
    }

    /// Interactive echo: `sys.displayhook(value)`.
    pub fn display_hook(&self, v: PyRef) -> PyResult<()> {
        if let Some(sys) = self.sys.borrow().clone() {
            if let Ok(Some(hook)) = self.get_attr_opt(&sys, &self.intern("displayhook")) {
                self.call1(&hook, v)?;
                return Ok(());
            }
        }
        if !self.is_none(&v) {
            let r = self.repr_str(&v)?;
            self.write_stdout(&format!("{}\n", r))?;
        }
        Ok(())
    }
}

/// Identity-based hash as CPython's `_Py_HashPointer`.
pub fn id_hash(o: &PyRef) -> i64 {
    let p = o.id() as u64;
    let h = p.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
