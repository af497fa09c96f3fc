//! Operators: binary, in-place, unary, rich comparison, truth and membership.
//!
//! CPython: Objects/abstract.c `binary_op1` — the right operand's reflected method runs
//! first when its type is a proper subclass of the left operand's type and overrides
//! it; `NotImplemented` passes the turn; comparisons fall back to identity for ==/!=.

use crate::compile::bytecode::{BinOp, CompareKind, UnaryOpKind};
use crate::object::payload::*;
use crate::object::typeobj::{is_subtype, type_lookup};
use crate::object::PyRef;
use crate::objects::{float as pyfloat, int as pyint};

use super::Vm;

impl Vm {
    #[inline]
    fn exact_int(&self, o: &PyRef) -> Option<i64> {
        match o.payload {
            Payload::Int(i) if o.class().is(&self.types.int) => Some(i),
            _ => None,
        }
    }

    /// The value of an exact `float` (not a subclass, which may override operators).
    #[inline]
    fn exact_float(&self, o: &PyRef) -> Option<f64> {
        match o.payload {
            Payload::Float(f) if o.class().is(&self.types.float) => Some(f),
            _ => None,
        }
    }

    /// Both operands as floats when one is an exact float and the other an exact float
    /// or machine int: float arithmetic converts the int with correct rounding, as
    /// CPython's float slots do.
    #[inline]
    fn float_operands(&self, a: &PyRef, b: &PyRef) -> Option<(f64, f64)> {
        match (self.exact_float(a), self.exact_float(b)) {
            (Some(x), Some(y)) => Some((x, y)),
            (Some(x), None) => self.exact_int(b).map(|y| (x, y as f64)),
            (None, Some(y)) => self.exact_int(a).map(|x| (x as f64, y)),
            (None, None) => None,
        }
    }

    pub fn binary_op(&self, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
        if let (Some(x), Some(y)) = (self.exact_int(a), self.exact_int(b)) {
            if let Some(r) = pyint::small_binop(self, x, y, op) {
                return r;
            }
        }
        if let Some((x, y)) = self.float_operands(a, b) {
            if let Some(r) = pyfloat::float_binop(self, x, y, op) {
                return r;
            }
        }
        let r = self.binary_op1(a, b, op)?;
        if !self.is_not_implemented(&r) {
            return Ok(r);
        }
        if op == BinOp::Mul {
            let is_seq = |o: &PyRef| {
                matches!(
                    o.payload,
                    Payload::Str(_)
                        | Payload::List(_)
                        | Payload::Tuple(_)
                        | Payload::Bytes(_)
                        | Payload::ByteArray(_)
                )
            };
            if is_seq(a) && self.index_opt(b).ok().flatten().is_none() {
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    b.type_name()
                )));
            }
            if is_seq(b) && self.index_opt(a).ok().flatten().is_none() {
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    a.type_name()
                )));
            }
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        )))
    }

    /// Tries a.__op__(b) and b.__rop__(a) in CPython's order; NotImplemented if both decline.
    pub fn binary_op1(&self, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
        let ta = a.class();
        let tb = b.class();
        let fwd_name = &self.op_names.fwd[op as usize];
        let rev_name = &self.op_names.rev[op as usize];
        let fwd = type_lookup(ta, fwd_name);
        let rev = if ta.is(tb) {
            None
        } else {
            type_lookup(tb, rev_name)
        };
        if let (Some(r), Some(f)) = (&rev, &fwd) {
            if self.is_sequence_concat(a, f, op) {
                // Builtin sequences implement + and * as sequence concat/repeat, which
                // CPython tries only after the other operand's reflected method.
                let v = self.call_binary_slot(r, b, a)?;
                if !self.is_not_implemented(&v) {
                    return Ok(v);
                }
                return self.call_binary_slot(f, a, b);
            }
        }
        if let Some(r) = &rev {
            if is_subtype(tb, ta) {
                let ta_rev = type_lookup(ta, rev_name);
                let overrides = match &ta_rev {
                    Some(x) => !x.is(r),
                    None => true,
                };
                if overrides {
                    let v = self.call_binary_slot(r, b, a)?;
                    if !self.is_not_implemented(&v) {
                        return Ok(v);
                    }
                    return match &fwd {
                        Some(f) => self.call_binary_slot(f, a, b),
                        None => Ok(self.not_implemented()),
                    };
                }
            }
        }
        if let Some(f) = &fwd {
            let v = self.call_binary_slot(f, a, b)?;
            if !self.is_not_implemented(&v) {
                return Ok(v);
            }
        }
        if let Some(r) = &rev {
            return self.call_binary_slot(r, b, a);
        }
        Ok(self.not_implemented())
    }

    /// Whether `a op b` is a builtin sequence's concat/repeat (`fwd` is the native
    /// `__add__`/`__mul__` of str, bytes, bytearray, list or tuple).
    fn is_sequence_concat(&self, a: &PyRef, fwd: &PyRef, op: BinOp) -> bool {
        matches!(op, BinOp::Add | BinOp::Mul)
            && matches!(
                a.payload,
                Payload::Str(_)
                    | Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
            )
            && matches!(fwd.payload, Payload::NativeFunction(_))
    }

    /// Whether instances of `ty` get `==` and `!=` from `object` itself (identity).
    fn identity_equality(&self, ty: &PyRef) -> bool {
        let is_native = |name: &PyRef, f: crate::object::payload::NativeFn| {
            matches!(type_lookup(ty, name).as_ref().map(|m| &m.payload),
                Some(Payload::NativeFunction(nf)) if nf.func as *const () == f as *const ())
        };
        is_native(&self.names.__eq__, crate::objects::object::object_eq)
            && is_native(&self.names.__ne__, crate::objects::object::object_ne)
    }

    /// A comparison method: like CPython's `slot_tp_richcompare`, a method that cannot
    /// be fetched (a descriptor whose `__get__` raises) counts as NotImplemented.
    fn call_compare_slot(&self, m: &PyRef, a: &PyRef, b: &PyRef) -> PyResult {
        if let Payload::Function(_) | Payload::NativeFunction(_) = &m.payload {
            return self.call_binary_slot(m, a, b);
        }
        match self.descr_get(m, Some(a), a.class()) {
            Ok(bound) => self.call(&bound, Args::new(std::slice::from_ref(b))),
            Err(_) => Ok(self.not_implemented()),
        }
    }

    pub(crate) fn call_binary_slot(&self, m: &PyRef, a: &PyRef, b: &PyRef) -> PyResult {
        match &m.payload {
            Payload::NativeFunction(nf) if nf.bound_self.is_none() => {
                (nf.func)(self, Args::new(&[a.clone(), b.clone()]))
            }
            Payload::Function(_) => {
                self.check_stack()?;
                self.call(m, Args::new(&[a.clone(), b.clone()]))
            }
            _ => {
                let bound = self.descr_get(m, Some(a), a.class())?;
                self.call(&bound, Args::new(std::slice::from_ref(b)))
            }
        }
    }

    pub fn inplace_op(&self, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
        if let (Some(x), Some(y)) = (self.exact_int(a), self.exact_int(b)) {
            if let Some(r) = pyint::small_binop(self, x, y, op) {
                return r;
            }
        }
        if let Some((x, y)) = self.float_operands(a, b) {
            if let Some(r) = pyfloat::float_binop(self, x, y, op) {
                return r;
            }
        }
        let iname = &self.op_names.inplace[op as usize];
        if let Some(m) = type_lookup(a.class(), iname) {
            let v = self.call_binary_slot(&m, a, b)?;
            if !self.is_not_implemented(&v) {
                return Ok(v);
            }
        }
        let r = self.binary_op1(a, b, op)?;
        if !self.is_not_implemented(&r) {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.isymbol(),
            a.type_name(),
            b.type_name()
        )))
    }

    /// Three-argument `pow(base, exp, mod)`.
    pub fn ternary_pow(&self, a: &PyRef, b: &PyRef, m: &PyRef) -> PyResult {
        let name = self.intern("__pow__");
        if let Some(f) = type_lookup(a.class(), &name) {
            let v = self.call(&f, Args::new(&[a.clone(), b.clone(), m.clone()]))?;
            if !self.is_not_implemented(&v) {
                return Ok(v);
            }
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            a.type_name(),
            b.type_name(),
            m.type_name()
        )))
    }

    pub fn unary_op(&self, a: &PyRef, k: u32) -> PyResult {
        let kind = match k {
            0 => UnaryOpKind::Neg,
            1 => UnaryOpKind::Pos,
            2 => UnaryOpKind::Invert,
            _ => UnaryOpKind::Not,
        };
        if kind == UnaryOpKind::Not {
            return Ok(self.new_bool(!self.is_true(a)?));
        }
        if let Some(x) = self.exact_int(a) {
            match kind {
                UnaryOpKind::Neg => {
                    if let Some(v) = x.checked_neg() {
                        return Ok(self.new_int(v));
                    }
                }
                UnaryOpKind::Pos => return Ok(a.clone()),
                UnaryOpKind::Invert => return Ok(self.new_int(!x)),
                _ => {}
            }
        }
        if let Payload::Float(x) = a.payload {
            if a.class().is(&self.types.float) {
                match kind {
                    UnaryOpKind::Neg => return Ok(self.new_float(-x)),
                    UnaryOpKind::Pos => return Ok(a.clone()),
                    _ => {}
                }
            }
        }
        let (name, sym) = match kind {
            UnaryOpKind::Neg => (&self.names.__neg__, "unary -"),
            UnaryOpKind::Pos => (&self.names.__pos__, "unary +"),
            _ => (&self.names.__invert__, "unary ~"),
        };
        match self.call_special(a, name, &[])? {
            Some(v) => Ok(v),
            None => {
                Err(self.type_error(format!("bad operand type for {}: '{}'", sym, a.type_name())))
            }
        }
    }

    pub fn rich_compare(&self, a: &PyRef, b: &PyRef, op: CompareKind) -> PyResult {
        if let (Some(x), Some(y)) = (self.exact_int(a), self.exact_int(b)) {
            return Ok(self.new_bool(op.eval_ordering(x.cmp(&y))));
        }
        if let (Some(x), Some(y)) = (self.exact_float(a), self.exact_float(b)) {
            return Ok(self.new_bool(pyfloat::compare_f64(x, y, op)));
        }
        // float against a machine int: exact when the int converts exactly.
        const EXACT: u64 = 1 << 53;
        match (self.exact_float(a), self.exact_float(b)) {
            (Some(x), None) => {
                if let Some(y) = self.exact_int(b).filter(|y| y.unsigned_abs() <= EXACT) {
                    return Ok(self.new_bool(pyfloat::compare_f64(x, y as f64, op)));
                }
            }
            (None, Some(y)) => {
                if let Some(x) = self.exact_int(a).filter(|x| x.unsigned_abs() <= EXACT) {
                    return Ok(self.new_bool(pyfloat::compare_f64(x as f64, y, op)));
                }
            }
            _ => {}
        }
        if let Some(r) = pyfloat::exact_int_float_compare(self, a, b, op) {
            return Ok(self.new_bool(r));
        }
        if let (Payload::Str(x), Payload::Str(y)) = (&a.payload, &b.payload) {
            if !a.class().type_data().heap && !b.class().type_data().heap {
                return Ok(self.new_bool(op.eval_ordering(x.bytes().cmp(y.bytes()))));
            }
        }
        let ta = a.class();
        let tb = b.class();
        if matches!(op, CompareKind::Eq | CompareKind::Ne)
            && self.identity_equality(ta)
            && self.identity_equality(tb)
        {
            // Both sides compare with object's own `__eq__`/`__ne__`: NotImplemented
            // unless identical in both directions, then the identity fallback.
            return Ok(self.new_bool(a.is(b) == matches!(op, CompareKind::Eq)));
        }
        self.recursive_call(" in comparison", || self.compare_by_slots(a, b, op))
    }

    /// `a op b` through the operands' comparison methods, reflected first when `b`'s
    /// type is a proper subtype; identity for `==`/`!=` as the fallback.
    fn compare_by_slots(&self, a: &PyRef, b: &PyRef, op: CompareKind) -> PyResult {
        let (ta, tb) = (a.class(), b.class());
        let name = &self.op_names.cmp[op as usize];
        let swapped_name = &self.op_names.cmp[op.swapped() as usize];
        let mut checked_reflected = false;
        // CPython: do_richcompare tries a proper subtype's reflected method first even
        // when it is inherited unchanged (unlike binary operators): `date != datetime`
        // runs datetime's `__ne__`, whose `__eq__` is datetime's.
        if !ta.is(tb) && is_subtype(tb, ta) {
            if let Some(r) = type_lookup(tb, swapped_name) {
                checked_reflected = true;
                let v = self.call_compare_slot(&r, b, a)?;
                if !self.is_not_implemented(&v) {
                    return Ok(v);
                }
            }
        }
        if let Some(f) = type_lookup(ta, name) {
            let v = self.call_compare_slot(&f, a, b)?;
            if !self.is_not_implemented(&v) {
                return Ok(v);
            }
        }
        if !checked_reflected {
            if let Some(r) = type_lookup(tb, swapped_name) {
                let v = self.call_compare_slot(&r, b, a)?;
                if !self.is_not_implemented(&v) {
                    return Ok(v);
                }
            }
        }
        match op {
            CompareKind::Eq => Ok(self.new_bool(a.is(b))),
            CompareKind::Ne => Ok(self.new_bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ))),
        }
    }

    /// `a < b` etc. as a Rust bool.
    pub fn compare_bool(&self, a: &PyRef, b: &PyRef, op: CompareKind) -> PyResult<bool> {
        let r = self.rich_compare(a, b, op)?;
        self.is_true(&r)
    }

    pub fn is_true(&self, o: &PyRef) -> PyResult<bool> {
        if o.is(&self.s.true_) {
            return Ok(true);
        }
        if o.is(&self.s.false_) || o.is(&self.s.none) {
            return Ok(false);
        }
        let ty = o.class();
        if !ty.type_data().heap {
            match &o.payload {
                Payload::Int(i) => return Ok(*i != 0),
                Payload::BigInt(_) => return Ok(true),
                Payload::Float(f) => return Ok(*f != 0.0),
                Payload::Complex(r, i) => return Ok(*r != 0.0 || *i != 0.0),
                Payload::Str(s) => return Ok(s.char_len != 0),
                Payload::List(l) => return Ok(!l.borrow().is_empty()),
                Payload::Tuple(t) => return Ok(!t.is_empty()),
                Payload::Dict(d) => return Ok(!d.borrow().is_empty()),
                Payload::Set(s) | Payload::FrozenSet(s) => return Ok(!s.borrow().is_empty()),
                Payload::Bytes(b) => return Ok(!b.is_empty()),
                Payload::ByteArray(b) => return Ok(!b.borrow().is_empty()),
                _ => {}
            }
        }
        if let Some(r) = self.call_special(o, &self.names.__bool__, &[])? {
            return match &r.payload {
                Payload::Int(i) if r.class().is(&self.types.bool_) => Ok(*i != 0),
                _ => Err(self.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    r.type_name()
                ))),
            };
        }
        if type_lookup(ty, &self.names.__len__).is_some() {
            return Ok(self.len(o)? != 0);
        }
        Ok(true)
    }

    pub fn contains(&self, container: &PyRef, item: &PyRef) -> PyResult<bool> {
        let ty = container.class();
        if !ty.type_data().heap {
            match &container.payload {
                Payload::Dict(_) => return Ok(self.dict_get_item(container, item)?.is_some()),
                Payload::Set(_) | Payload::FrozenSet(_) => {
                    return self.set_contains(container, item)
                }
                Payload::Str(s) => {
                    return match &item.payload {
                        Payload::Str(sub) => Ok(crate::objects::str::contains(s, sub)),
                        _ => Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            item.type_name()
                        ))),
                    };
                }
                Payload::List(l) => {
                    let mut i = 0;
                    loop {
                        let v = match l.borrow().get(i) {
                            Some(v) => v.clone(),
                            None => return Ok(false),
                        };
                        if self.eq_bool(&v, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                }
                Payload::Tuple(t) => {
                    for v in t.iter() {
                        if self.eq_bool(v, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                _ => {}
            }
        }
        if let Some(r) = self.call_special(
            container,
            &self.names.__contains__,
            std::slice::from_ref(item),
        )? {
            return self.is_true(&r);
        }
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) if self.exc_matches(&e, &self.exc.type_error) => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    container.type_name()
                )));
            }
            Err(e) => return Err(e),
        };
        while let Some(v) = self.iter_next(&it)? {
            if self.eq_bool(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
