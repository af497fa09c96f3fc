//! Calls of the exact builtin types `tuple`, `list`, `set`, `frozenset`, `enumerate` and
//! `reversed` with one positional argument, and of `range` with one to three, built
//! directly instead of through `type.__call__` (its `__new__`/`__init__` lookups,
//! argument vectors and calls).
//!
//! Builtin types cannot be modified from Python, so `__new__` and `__init__` of these
//! classes are always the natives below wrap: the result, and every exception, is the
//! one the general path gives. Subclasses (heap types) never come here.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::{iter, range, set, tuple};
use crate::vm::Vm;

/// `cls(x)` for one of the exact builtin types above; `None` for any other call, which
/// then takes the general path.
#[inline]
pub fn call_exact(vm: &Vm, cls: &PyRef, args: &Args) -> Option<PyResult> {
    if args.has_kw() || cls.type_data().heap {
        return None;
    }
    let t = &vm.types;
    if cls.is(&t.range) && (1..=3).contains(&args.args.len()) {
        return Some(range::from_bounds(vm, args.args));
    }
    let [x] = args.args else {
        return None;
    };
    Some(if cls.is(&t.tuple) {
        tuple::from_iterable(vm, x)
    } else if cls.is(&t.list) {
        vm.iterate(x).map(|items| vm.new_list(items))
    } else if cls.is(&t.set) {
        set::set_from_iterable(vm, x)
    } else if cls.is(&t.frozenset) {
        set::frozenset_from_iterable(vm, x)
    } else if cls.is(&t.enumerate) {
        vm.get_iter(x)
            .map(|it| iter::new_enumerate(vm, cls, it, vm.new_int(0)))
    } else if cls.is(&t.reversed) {
        iter::reversed_of(vm, x)
    } else {
        return None;
    })
}
