//! `set` and `frozenset`.

use std::cell::RefCell;

use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::settable::SetTable;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::list::{method_args, Arity};
use crate::vm::Vm;

fn is_set(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_))
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a PyRef> {
    let t = args::this(vm, args)?;
    if is_set(t) {
        Ok(t)
    } else {
        Err(vm.type_error("descriptor requires a 'set' object"))
    }
}

/// A new set/frozenset of the same kind as `like` (exact builtin types for results).
fn new_like(vm: &Vm, like: &PyRef, t: SetTable) -> PyRef {
    match &like.payload {
        Payload::FrozenSet(_) => vm.new_frozenset_from(t),
        _ => PyRef::new(
            vm.types.set.clone(),
            Payload::Set(Box::new(RefCell::new(t))),
        ),
    }
}

fn table_clone(vm: &Vm, s: &PyRef) -> SetTable {
    vm.set_table(s)
        .map(|t| t.borrow().clone())
        .unwrap_or_default()
}

/// Any iterable as a set (sets pass through).
fn as_set(vm: &Vm, o: &PyRef) -> PyResult<PyRef> {
    if is_set(o) {
        return Ok(o.clone());
    }
    let s = vm.new_set();
    vm.set_update(&s, o)?;
    Ok(s)
}

fn set_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_usize(vm.set_table(this(vm, &args)?).unwrap().borrow().len()))
}

fn set_repr(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let items = vm.set_items(s);
    let name = s.type_name();
    let frozen = matches!(s.payload, Payload::FrozenSet(_));
    if items.is_empty() {
        return Ok(vm.new_string(format!("{}()", name)));
    }
    if !crate::builtins::repr_enter(vm, s) {
        return Ok(vm.new_string(format!("{}(...)", name)));
    }
    let r = (|| -> PyResult<String> {
        let mut parts = Vec::new();
        for it in &items {
            parts.push(vm.repr_str(it)?);
        }
        Ok(parts.join(", "))
    })();
    crate::builtins::repr_leave(vm, s);
    let inner = r?;
    if !frozen && name == "set" {
        Ok(vm.new_string(format!("{{{}}}", inner)))
    } else {
        Ok(vm.new_string(format!("{}({{{}}})", name, inner)))
    }
}

fn set_contains(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__contains__", args, 2, 2)?;
    Ok(vm.new_bool(vm.set_contains(this(vm, &args)?, &a[1])?))
}

fn set_iter(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let len = vm.set_table(s).unwrap().borrow().len();
    Ok(vm.new_iterator(
        &vm.types.set_iterator,
        IterState::Set {
            set: s.clone(),
            pos: 0,
            len,
        },
    ))
}

fn set_add(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "set", "add", args, Arity::One)?;
    vm.set_add(this(vm, &args)?, a[1].clone())?;
    Ok(vm.none())
}

fn set_discard(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "set", "discard", args, Arity::One)?;
    vm.set_discard(this(vm, &args)?, &a[1])?;
    Ok(vm.none())
}

fn set_remove(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "set", "remove", args, Arity::One)?;
    if !vm.set_discard(this(vm, &args)?, &a[1])? {
        return Err(vm.key_error(a[1].clone()));
    }
    Ok(vm.none())
}

fn set_pop(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let t = vm.set_table(s).unwrap();
    let popped = t.borrow_mut().pop();
    match popped {
        Some(k) => Ok(k),
        None => Err(vm.new_error(&vm.exc.key_error, "pop from an empty set")),
    }
}

fn set_clear(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let old = vm.set_table(s).unwrap().borrow_mut().clear();
    drop(old);
    Ok(vm.none())
}

fn set_copy(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    if matches!(s.payload, Payload::FrozenSet(_)) && s.class().is(&vm.types.frozenset) {
        return Ok(s.clone());
    }
    copy_of(vm, s, s)
}

/// A new plain set/frozenset (like `like`) holding a copy of `src` (CPython's
/// `make_new_set`, which merges and so keeps the layout).
fn copy_of(vm: &Vm, like: &PyRef, src: &PyRef) -> PyResult {
    let r = new_like(vm, like, SetTable::new());
    vm.set_update(&r, src)?;
    Ok(r)
}

fn union_of(vm: &Vm, s: &PyRef, others: &[PyRef]) -> PyResult {
    let r = copy_of(vm, s, s)?;
    for o in others {
        vm.set_update(&r, o)?;
    }
    Ok(r)
}

/// CPython's `set_intersection`: iterate the smaller set, add what the other holds.
fn intersect_two(vm: &Vm, like: &PyRef, so: &PyRef, other: &PyRef) -> PyResult {
    let result = new_like(vm, like, SetTable::new());
    let rt = vm.set_table(&result).unwrap();
    if let Some(ot) = vm.set_table(other) {
        let (small, big) = if ot.borrow().len() > vm.set_table(so).unwrap().borrow().len() {
            (so, other)
        } else {
            (other, so)
        };
        let entries: Vec<(i64, PyRef)> = vm
            .set_table(small)
            .unwrap()
            .borrow()
            .iter()
            .map(|(h, k)| (h, k.clone()))
            .collect();
        let bt = vm.set_table(big).unwrap();
        for (h, k) in entries {
            if let crate::vm::setops::SetFound::At(_) = vm.set_find(bt, &k, h)? {
                vm.set_add_hashed(rt, k, h)?;
            }
        }
        return Ok(result);
    }
    let st = vm.set_table(so).unwrap();
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.iter_next(&it)? {
        let h = vm.hash(&k)?;
        if let crate::vm::setops::SetFound::At(_) = vm.set_find(st, &k, h)? {
            vm.set_add_hashed(rt, k, h)?;
        }
    }
    Ok(result)
}

fn intersection_of(vm: &Vm, s: &PyRef, others: &[PyRef]) -> PyResult {
    if others.is_empty() {
        return copy_of(vm, s, s);
    }
    let mut cur = s.clone();
    for o in others {
        cur = intersect_two(vm, s, &cur, o)?;
    }
    Ok(cur)
}

/// CPython's `set_difference`: a copy-and-discard when `so` is much bigger, else
/// collect the entries of `so` not in `other`.
fn difference_two(vm: &Vm, like: &PyRef, so: &PyRef, other: &PyRef) -> PyResult {
    let st_len = vm.set_table(so).unwrap().borrow().len();
    let other_size = match (vm.set_table(other), &other.payload) {
        (Some(t), _) => Some(t.borrow().len()),
        (None, Payload::Dict(_)) => Some(vm.dict_len(other)),
        _ => None,
    };
    match other_size {
        Some(n) if (st_len >> 2) <= n => {
            let result = new_like(vm, like, SetTable::new());
            let rt = vm.set_table(&result).unwrap();
            let entries: Vec<(i64, PyRef)> = vm
                .set_table(so)
                .unwrap()
                .borrow()
                .iter()
                .map(|(h, k)| (h, k.clone()))
                .collect();
            for (h, k) in entries {
                let present = match vm.set_table(other) {
                    Some(ot) => {
                        matches!(vm.set_find(ot, &k, h)?, crate::vm::setops::SetFound::At(_))
                    }
                    None => vm.dict_get_item(other, &k)?.is_some(),
                };
                if !present {
                    vm.set_add_hashed(rt, k, h)?;
                }
            }
            Ok(result)
        }
        _ => {
            let result = copy_of(vm, like, so)?;
            for k in vm.iterate(other)? {
                vm.set_discard(&result, &k)?;
            }
            Ok(result)
        }
    }
}

fn difference_of(vm: &Vm, s: &PyRef, others: &[PyRef]) -> PyResult {
    let mut cur = copy_of(vm, s, s)?;
    for o in others {
        cur = difference_two(vm, s, &cur, o)?;
    }
    Ok(cur)
}

/// CPython's `set_symmetric_difference`: a copy of `other`, then toggle each entry of `so`.
fn symdiff_of(vm: &Vm, so: &PyRef, other: &PyRef) -> PyResult {
    let result = new_like(vm, so, SetTable::new());
    vm.set_update(&result, other)?;
    symdiff_update(vm, &result, so)?;
    Ok(result)
}

fn symdiff_update(vm: &Vm, target: &PyRef, other: &PyRef) -> PyResult<()> {
    let tt = vm.set_table(target).unwrap();
    let entries: Vec<(i64, PyRef)> = match vm.set_table(other) {
        Some(ot) => ot.borrow().iter().map(|(h, k)| (h, k.clone())).collect(),
        None => {
            let tmp = vm.new_set();
            vm.set_update(&tmp, other)?;
            let v = vm
                .set_table(&tmp)
                .unwrap()
                .borrow()
                .iter()
                .map(|(h, k)| (h, k.clone()))
                .collect();
            v
        }
    };
    for (h, k) in entries {
        match vm.set_find(tt, &k, h)? {
            crate::vm::setops::SetFound::At(i) => {
                let old = tt.borrow_mut().remove_at(i);
                drop(old);
            }
            crate::vm::setops::SetFound::Missing(slot) => tt.borrow_mut().insert_at(slot, h, k),
        }
    }
    Ok(())
}

fn set_union(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    union_of(vm, s, &args.pos()[1..])
}
fn set_intersection(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    intersection_of(vm, s, &args.pos()[1..])
}
fn set_difference(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    difference_of(vm, s, &args.pos()[1..])
}
/// The class a set method is reported under: frozenset or set.
fn set_owner(args: &Args) -> &'static str {
    match args.args.first().map(|s| &s.payload) {
        Some(Payload::FrozenSet(_)) => "frozenset",
        _ => "set",
    }
}

fn set_symmetric_difference(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(
        vm,
        set_owner(&args),
        "symmetric_difference",
        args,
        Arity::One,
    )?;
    let s = this(vm, &args)?;
    symdiff_of(vm, s, &a[1])
}

fn replace_table(vm: &Vm, s: &PyRef, t: SetTable) {
    let old = std::mem::replace(&mut *vm.set_table(s).unwrap().borrow_mut(), t);
    drop(old);
}

fn set_update(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    for o in &args.pos()[1..] {
        vm.set_update(s, o)?;
    }
    Ok(vm.none())
}
fn set_intersection_update(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    let r = intersection_of(vm, s, &args.pos()[1..])?;
    replace_table(vm, s, table_clone(vm, &r));
    Ok(vm.none())
}
fn set_difference_update(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    for o in &args.pos()[1..] {
        for k in vm.iterate(o)? {
            vm.set_discard(s, &k)?;
        }
    }
    Ok(vm.none())
}
fn set_symmetric_difference_update(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "set", "symmetric_difference_update", args, Arity::One)?;
    let s = this(vm, &args)?;
    symdiff_update(vm, s, &a[1])?;
    Ok(vm.none())
}

fn subset(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    for x in vm.set_items(a) {
        if !vm.set_contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issubset(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, set_owner(&args), "issubset", args, Arity::One)?;
    let other = as_set(vm, &a[1])?;
    Ok(vm.new_bool(subset(vm, this(vm, &args)?, &other)?))
}
fn set_issuperset(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, set_owner(&args), "issuperset", args, Arity::One)?;
    let other = as_set(vm, &a[1])?;
    Ok(vm.new_bool(subset(vm, &other, this(vm, &args)?)?))
}
fn set_isdisjoint(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, set_owner(&args), "isdisjoint", args, Arity::One)?;
    let s = this(vm, &args)?;
    for x in vm.iterate(&a[1])? {
        if vm.set_contains(s, &x)? {
            return Ok(vm.new_bool(false));
        }
    }
    Ok(vm.new_bool(true))
}

fn binop(vm: &Vm, args: Args, f: fn(&Vm, &PyRef, &PyRef) -> PyResult) -> PyResult {
    let a = args::pos(vm, "set op", args, 2, 2)?;
    if !is_set(&a[1]) {
        return Ok(vm.not_implemented());
    }
    f(vm, &a[0], &a[1])
}

fn op_or(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    union_of(vm, a, std::slice::from_ref(b))
}
fn op_and(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    intersect_two(vm, a, a, b)
}
fn op_sub(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    difference_two(vm, a, a, b)
}
fn op_xor(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    symdiff_of(vm, a, b)
}
fn set_or(vm: &Vm, args: Args) -> PyResult {
    binop(vm, args, op_or)
}
fn set_and(vm: &Vm, args: Args) -> PyResult {
    binop(vm, args, op_and)
}
fn set_sub(vm: &Vm, args: Args) -> PyResult {
    binop(vm, args, op_sub)
}
fn set_xor(vm: &Vm, args: Args) -> PyResult {
    binop(vm, args, op_xor)
}
fn set_ror(vm: &Vm, args: Args) -> PyResult {
    binop(vm, args, |vm, a, b| op_or(vm, b, a))
}
fn set_rand(vm: &Vm, args: Args) -> PyResult {
    binop(vm, args, |vm, a, b| op_and(vm, b, a))
}
fn set_rsub(vm: &Vm, args: Args) -> PyResult {
    binop(vm, args, |vm, a, b| op_sub(vm, b, a))
}
fn set_rxor(vm: &Vm, args: Args) -> PyResult {
    binop(vm, args, |vm, a, b| op_xor(vm, b, a))
}

fn inplace(vm: &Vm, args: Args, f: fn(&Vm, &PyRef, &PyRef) -> PyResult) -> PyResult {
    let a = args::pos(vm, "set iop", args, 2, 2)?;
    if !is_set(&a[1]) {
        return Ok(vm.not_implemented());
    }
    let r = f(vm, &a[0], &a[1])?;
    let t = table_clone(vm, &r);
    replace_table(vm, &a[0], t);
    Ok(a[0].clone())
}
fn set_ior(vm: &Vm, args: Args) -> PyResult {
    inplace(vm, args, op_or)
}
fn set_iand(vm: &Vm, args: Args) -> PyResult {
    inplace(vm, args, op_and)
}
fn set_isub(vm: &Vm, args: Args) -> PyResult {
    inplace(vm, args, op_sub)
}
fn set_ixor(vm: &Vm, args: Args) -> PyResult {
    inplace(vm, args, op_xor)
}

fn compare(vm: &Vm, args: Args, op: CompareKind) -> PyResult {
    let a = args::pos(vm, "set cmp", args, 2, 2)?;
    if !is_set(&a[1]) {
        return Ok(vm.not_implemented());
    }
    let la = vm.set_table(&a[0]).unwrap().borrow().len();
    let lb = vm.set_table(&a[1]).unwrap().borrow().len();
    let r = match op {
        CompareKind::Eq => la == lb && subset(vm, &a[0], &a[1])?,
        CompareKind::Ne => !(la == lb && subset(vm, &a[0], &a[1])?),
        CompareKind::Le => subset(vm, &a[0], &a[1])?,
        CompareKind::Lt => la < lb && subset(vm, &a[0], &a[1])?,
        CompareKind::Ge => subset(vm, &a[1], &a[0])?,
        CompareKind::Gt => la > lb && subset(vm, &a[1], &a[0])?,
    };
    Ok(vm.new_bool(r))
}
fn set_eq(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Eq)
}
fn set_ne(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Ne)
}
fn set_le(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Le)
}
fn set_lt(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Lt)
}
fn set_ge(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Ge)
}
fn set_gt(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Gt)
}

fn frozenset_hash(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args)?;
    // CPython's frozenset_hash: shuffle each entry hash and xor them.
    let t = vm.set_table(s).unwrap().borrow();
    let mut hash: u64 = 0;
    for (eh, _) in t.iter() {
        let h = eh as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    hash ^= (t.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let r = hash as i64;
    Ok(vm.new_int(if r == -1 { 590923713 } else { r }))
}

fn set_init(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "set", args, 0, 1)?;
    let s = &a[0];
    replace_table(vm, s, SetTable::new());
    if let Some(it) = a.get(1) {
        vm.set_update(s, it)?;
    }
    Ok(vm.none())
}

fn set_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    if cls.is(&vm.types.set) && args.has_kw() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    Ok(vm.new_object_of(&cls, Payload::Set(Box::new(RefCell::new(SetTable::new())))))
}

fn frozenset_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let a = args::pos(
        vm,
        "frozenset",
        Args::with_kw(&args.args[1..], args.kwnames),
        0,
        1,
    )?;
    if cls.is(&vm.types.frozenset) {
        return match a.first() {
            Some(x) => frozenset_from_iterable(vm, x),
            None => Ok(vm.new_frozenset_from(SetTable::new())),
        };
    }
    let table = RefCell::new(SetTable::new());
    if let Some(it) = a.first() {
        vm.set_table_update(&table, it)?;
    }
    Ok(vm.new_object_of(&cls, Payload::FrozenSet(Box::new(table))))
}

/// `set(x)`: a new set filled from any iterable.
pub fn set_from_iterable(vm: &Vm, x: &PyRef) -> PyResult {
    let s = vm.new_set();
    vm.set_update(&s, x)?;
    Ok(s)
}

/// `frozenset(x)`: an exact frozenset is returned itself, anything else is collected.
pub fn frozenset_from_iterable(vm: &Vm, x: &PyRef) -> PyResult {
    if x.class().is(&vm.types.frozenset) {
        return Ok(x.clone());
    }
    let table = RefCell::new(SetTable::new());
    vm.set_table_update(&table, x)?;
    Ok(vm.new_frozenset_from(table.into_inner()))
}

fn set_class_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__class_getitem__", args, 2, 2)?;
    crate::objects::generic_alias(vm, &a[0], &a[1])
}

pub fn init(vm: &Vm) {
    let common: &[(&'static str, NativeFn)] = &[
        ("__len__", set_len),
        ("__repr__", set_repr),
        ("__contains__", set_contains),
        ("__iter__", set_iter),
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__or__", set_or),
        ("__and__", set_and),
        ("__sub__", set_sub),
        ("__xor__", set_xor),
        ("__ror__", set_ror),
        ("__rand__", set_rand),
        ("__rsub__", set_rsub),
        ("__rxor__", set_rxor),
        ("__eq__", set_eq),
        ("__ne__", set_ne),
        ("__le__", set_le),
        ("__lt__", set_lt),
        ("__ge__", set_ge),
        ("__gt__", set_gt),
    ];
    for t in [&vm.types.set, &vm.types.frozenset] {
        crate::objects::add_methods(vm, t, common);
        crate::objects::add_native(
            vm,
            t,
            "__class_getitem__",
            set_class_getitem,
            NativeKind::ClassMethod,
        );
    }
    let s = &vm.types.set;
    crate::objects::add_methods(
        vm,
        s,
        &[
            ("add", set_add),
            ("discard", set_discard),
            ("remove", set_remove),
            ("pop", set_pop),
            ("clear", set_clear),
            ("update", set_update),
            ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update),
            (
                "symmetric_difference_update",
                set_symmetric_difference_update,
            ),
            ("__ior__", set_ior),
            ("__iand__", set_iand),
            ("__isub__", set_isub),
            ("__ixor__", set_ixor),
            ("__init__", set_init),
        ],
    );
    crate::objects::add_native(vm, s, "__new__", set_new, NativeKind::StaticMethod);
    crate::objects::add_attr(vm, s, "__hash__", vm.none());
    let f = &vm.types.frozenset;
    crate::objects::add_methods(vm, f, &[("__hash__", frozenset_hash)]);
    crate::objects::add_native(vm, f, "__new__", frozenset_new, NativeKind::StaticMethod);
}
