//! The builtin iterators (list/tuple/str/range/dict/set iterators, `enumerate`, `zip`,
//! `map`, `filter`, `reversed`, `iter(callable, sentinel)`) and their `__next__`.

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// The eval loop's inline step for the iterators of most `for` loops (range in either
/// direction, list, enumerate over those): `Some(step)` when `st` is one of them, `None`
/// to take the general path.
#[inline(always)]
pub fn fast_next(vm: &Vm, st: &RefCell<IterState>) -> Option<Option<PyRef>> {
    let mut s = st.try_borrow_mut().ok()?;
    match &mut *s {
        IterState::Range { next, stop, step } => {
            Some(range_step(next, *stop, *step).map(|v| vm.new_int(v)))
        }
        IterState::List { list, index } => {
            if let Payload::List(l) = &list.payload {
                if let Some(v) = l.try_borrow().ok()?.get(*index) {
                    *index += 1;
                    return Some(Some(v.clone()));
                }
            }
            None
        }
        IterState::Enumerate { it, count } => {
            // Only with a machine-word count and a list/range source whose step cannot
            // fail; decided before the source moves, so declining never loses an item.
            let Payload::Int(c) = count.payload else {
                return None;
            };
            if c == i64::MAX {
                return None;
            }
            let Payload::Iterator(source) = &it.payload else {
                return None;
            };
            if it.class().type_data().heap {
                return None;
            }
            let item = fast_next(vm, source)??;
            let index = std::mem::replace(count, vm.new_int(c + 1));
            Some(Some(vm.new_tuple(vec![index, item])))
        }
        _ => None,
    }
}

/// One step of a machine-word range iterator (either direction; `step` is never 0):
/// the current value, or `None` past the end. A step past i64 ends the iteration.
#[inline(always)]
fn range_step(next: &mut i64, stop: i64, step: i64) -> Option<i64> {
    let v = *next;
    let more = if step > 0 { v < stop } else { v > stop };
    if !more {
        return None;
    }
    *next = v.checked_add(step).unwrap_or(stop);
    Some(v)
}

/// Marks an iterator exhausted. The sequence it held is dropped after the borrow ends:
/// its `__del__` may call `next()` on this very iterator.
fn finish(mut s: std::cell::RefMut<IterState>) -> PyResult<Option<PyRef>> {
    let old = std::mem::replace(&mut *s, IterState::Exhausted);
    drop(s);
    drop(old);
    Ok(None)
}

/// One step of a builtin iterator; `Ok(None)` when exhausted.
pub fn builtin_next(vm: &Vm, _it: &PyRef, st: &RefCell<IterState>) -> PyResult<Option<PyRef>> {
    let Ok(mut s) = st.try_borrow_mut() else {
        return Err(vm.runtime_error("iterator is already running"));
    };
    match &mut *s {
        IterState::List { list, index } => {
            if let Payload::List(l) = &list.payload {
                if let Some(v) = l.borrow().get(*index) {
                    *index += 1;
                    return Ok(Some(v.clone()));
                }
            }
            finish(s)
        }
        IterState::ListReverse { list, index } => {
            if let Payload::List(l) = &list.payload {
                if *index >= 0 {
                    if let Some(v) = l.borrow().get(*index as usize) {
                        *index -= 1;
                        return Ok(Some(v.clone()));
                    }
                }
            }
            finish(s)
        }
        IterState::Tuple { tuple, index } => {
            if let Payload::Tuple(t) = &tuple.payload {
                if let Some(v) = t.get(*index) {
                    *index += 1;
                    return Ok(Some(v.clone()));
                }
            }
            finish(s)
        }
        IterState::Range { next, stop, step } => {
            Ok(range_step(next, *stop, *step).map(|v| vm.new_int(v)))
        }
        IterState::BigRange { next, stop, step } => {
            let (n, st_, sp) = (next.clone(), stop.clone(), step.clone());
            drop(s);
            let positive = vm.compare_bool(
                &sp,
                &vm.new_int(0),
                crate::compile::bytecode::CompareKind::Gt,
            )?;
            let more = if positive {
                vm.compare_bool(&n, &st_, crate::compile::bytecode::CompareKind::Lt)?
            } else {
                vm.compare_bool(&n, &st_, crate::compile::bytecode::CompareKind::Gt)?
            };
            if !more {
                return Ok(None);
            }
            let nn = vm.binary_op(&n, &sp, crate::compile::bytecode::BinOp::Add)?;
            if let IterState::BigRange { next, .. } = &mut *st.borrow_mut() {
                *next = nn;
            }
            Ok(Some(n))
        }
        IterState::Str {
            s: strobj,
            byte_pos,
        } => {
            if let Payload::Str(ps) = &strobj.payload {
                if let Some((cp, n)) = crate::objects::str::code_point_from(ps, *byte_pos) {
                    *byte_pos += n;
                    return Ok(Some(crate::objects::str::new_code_point(vm, cp)));
                }
            }
            finish(s)
        }
        IterState::Bytes { bytes, index } => {
            let data: Option<u8> = match &bytes.payload {
                Payload::Bytes(b) => b.get(*index).copied(),
                Payload::ByteArray(b) => b.borrow().get(*index).copied(),
                _ => None,
            };
            match data {
                Some(b) => {
                    *index += 1;
                    Ok(Some(vm.new_int(b as i64)))
                }
                None => finish(s),
            }
        }
        IterState::DictKeys {
            dict,
            pos,
            len,
            left,
        }
        | IterState::DictValues {
            dict,
            pos,
            len,
            left,
        }
        | IterState::DictItems {
            dict,
            pos,
            len,
            left,
        } => {
            let t = dict.dict_table().borrow();
            if t.len() != *len {
                *len = usize::MAX;
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            match t.next_from(*pos) {
                Some((np, e)) => {
                    // Same size but an item beyond those expected: a key was deleted
                    // and another inserted.
                    if *left == 0 {
                        *len = usize::MAX;
                        return Err(vm.runtime_error("dictionary keys changed during iteration"));
                    }
                    *left -= 1;
                    *pos = np;
                    let (k, v) = (e.key.clone(), e.value.clone());
                    drop(t);
                    Ok(Some(match &*s {
                        IterState::DictKeys { .. } => k,
                        IterState::DictValues { .. } => v,
                        _ => vm.new_tuple(vec![k, v]),
                    }))
                }
                None => Ok(None),
            }
        }
        IterState::DictReverse {
            dict,
            pos,
            len,
            kind,
        } => {
            let t = dict.dict_table().borrow();
            if t.len() != *len {
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            while *pos > 0 {
                *pos -= 1;
                if let Some(e) = t.entry(*pos) {
                    let (k, v) = (e.key.clone(), e.value.clone());
                    return Ok(Some(match kind {
                        0 => k,
                        1 => v,
                        _ => vm.new_tuple(vec![k, v]),
                    }));
                }
            }
            Ok(None)
        }
        IterState::Set { set, pos, len } => {
            let t = match vm.set_table(set) {
                Some(t) => t.borrow(),
                None => return Ok(None),
            };
            if t.len() != *len {
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            match t.next_from(*pos) {
                Some((np, _, k)) => {
                    *pos = np;
                    Ok(Some(k.clone()))
                }
                None => Ok(None),
            }
        }
        IterState::Seq { seq, index } => {
            let (seq, i) = (seq.clone(), *index);
            drop(s);
            match vm.get_item(&seq, &vm.new_usize(i)) {
                Ok(v) => {
                    if let IterState::Seq { index, .. } = &mut *st.borrow_mut() {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if vm.exc_matches(&e, &vm.exc.index_error)
                        || vm.exc_matches(&e, &vm.exc.stop_iteration) =>
                {
                    drop(st.replace(IterState::Exhausted));
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Enumerate { it, count } => {
            let (it, c) = (it.clone(), count.clone());
            drop(s);
            match vm.iter_next(&it)? {
                Some(v) => {
                    let next = match c.payload {
                        Payload::Int(i) if i < i64::MAX => vm.new_int(i + 1),
                        _ => {
                            vm.binary_op(&c, &vm.new_int(1), crate::compile::bytecode::BinOp::Add)?
                        }
                    };
                    if let IterState::Enumerate { count, .. } = &mut *st.borrow_mut() {
                        *count = next;
                    }
                    Ok(Some(vm.new_tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict } => {
            let (its, strict) = (its.clone(), *strict);
            drop(s);
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.iter_next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        drop(st.replace(IterState::Exhausted));
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{}{}",
                                    i + 1,
                                    plural,
                                    i
                                )));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.iter_next(other)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{}{}",
                                        j + 1,
                                        plural,
                                        j
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(out)))
        }
        IterState::Map { func, its } => {
            let (func, its) = (func.clone(), its.clone());
            drop(s);
            let mut argv = Vec::with_capacity(its.len());
            for it in &its {
                match vm.iter_next(it)? {
                    Some(v) => argv.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.call(&func, Args::new(&argv))?))
        }
        IterState::Filter { func, it } => {
            let (func, it) = (func.clone(), it.clone());
            drop(s);
            loop {
                match vm.iter_next(&it)? {
                    Some(v) => {
                        let keep = if vm.is_none(&func) {
                            vm.is_true(&v)?
                        } else {
                            let r = vm.call1(&func, v.clone())?;
                            vm.is_true(&r)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                    None => return Ok(None),
                }
            }
        }
        IterState::Reversed { seq, index } => {
            if *index < 0 {
                // CPython's reversed_next: the sequence is released once exhausted.
                drop(s);
                // Dropped outside the borrow: its finalizer may call next() on us.
                let old = std::mem::replace(&mut *st.borrow_mut(), IterState::Exhausted);
                drop(old);
                return Ok(None);
            }
            let (seq, i) = (seq.clone(), *index);
            drop(s);
            match vm.get_item(&seq, &vm.new_int(i as i64)) {
                Ok(v) => {
                    if let IterState::Reversed { index, .. } = &mut *st.borrow_mut() {
                        *index -= 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if vm.exc_matches(&e, &vm.exc.index_error)
                        || vm.exc_matches(&e, &vm.exc.stop_iteration) =>
                {
                    drop(st.replace(IterState::Exhausted));
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(s);
            let v = match vm.call0(&func) {
                Ok(v) => v,
                Err(e) if vm.exc_matches(&e, &vm.exc.stop_iteration) => {
                    drop(st.replace(IterState::Exhausted));
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if vm.eq_bool(&v, &sentinel)? {
                drop(st.replace(IterState::Exhausted));
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Exhausted => Ok(None),
    }
}

fn iter_self(vm: &Vm, args: Args) -> PyResult {
    Ok(args::this(vm, &args)?.clone())
}

fn iter_next(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    match &this.payload {
        Payload::Iterator(st) => match builtin_next(vm, this, st)? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        },
        _ => Err(vm.type_error("iterator expected")),
    }
}

fn iter_length_hint(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let n: i64 = match &this.payload {
        Payload::Iterator(st) => match &*st.borrow() {
            IterState::List { list, index } => match &list.payload {
                Payload::List(l) => (l.borrow().len() as i64 - *index as i64).max(0),
                _ => 0,
            },
            IterState::Tuple { tuple, index } => match &tuple.payload {
                Payload::Tuple(t) => (t.len() as i64 - *index as i64).max(0),
                _ => 0,
            },
            IterState::Range { next, stop, step } => {
                if *step > 0 && next < stop {
                    (stop - next + step - 1) / step
                } else if *step < 0 && next > stop {
                    (next - stop - step - 1) / (-step)
                } else {
                    0
                }
            }
            IterState::ListReverse { index, .. } | IterState::Reversed { index, .. } => {
                (*index + 1) as i64
            }
            IterState::DictKeys { dict, pos, .. }
            | IterState::DictValues { dict, pos, .. }
            | IterState::DictItems { dict, pos, .. } => {
                let t = dict.dict_table().borrow();
                let mut n = 0;
                let mut p = *pos;
                while let Some((np, _)) = t.next_from(p) {
                    n += 1;
                    p = np;
                }
                n
            }
            _ => 0,
        },
        _ => 0,
    };
    Ok(vm.new_int(n))
}

fn enumerate_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    if args.args.len() == 1 {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let b = args::bind(
        vm,
        "enumerate",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["iterable", "start"],
        1,
        0,
    )?;
    let it = vm.get_iter(b[0].as_ref().unwrap())?;
    let start = match &b[1] {
        Some(s) => {
            if !crate::objects::int::is_int(s) {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    s.type_name()
                )));
            }
            s.clone()
        }
        None => vm.new_int(0),
    };
    Ok(new_enumerate(vm, &cls, it, start))
}

/// An enumerate object of class `cls` over the iterator `it`, counting from `start`.
pub fn new_enumerate(vm: &Vm, cls: &PyRef, it: PyRef, start: PyRef) -> PyRef {
    vm.new_object_of(
        cls,
        Payload::Iterator(Box::new(RefCell::new(IterState::Enumerate {
            it,
            count: start,
        }))),
    )
}

fn zip_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let mut strict = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
        match vm.str_of(k) {
            Some("strict") => strict = vm.is_true(v)?,
            _ => return Err(vm.type_error("zip() takes no keyword arguments other than 'strict'")),
        }
    }
    let mut its = Vec::new();
    for a in args.pos()[1..].iter() {
        its.push(vm.get_iter(a)?);
    }
    Ok(vm.new_object_of(
        &cls,
        Payload::Iterator(Box::new(RefCell::new(IterState::Zip { its, strict }))),
    ))
}

/// CPython's map/filter refuse keywords unless a subclass has its own `__init__`; those
/// keywords are then left to that `__init__` (`type->tp_init == PyMap_Type.tp_init`).
fn refuses_keywords(vm: &Vm, cls: &PyRef) -> bool {
    cls.is(&vm.types.map)
        || cls.is(&vm.types.filter)
        || args::uses_builtin_slot(cls, &vm.names.__init__, crate::objects::object::object_init)
}

fn map_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let args = if args.has_kw() && !refuses_keywords(vm, &cls) {
        Args::new(args.pos())
    } else {
        args
    };
    if args.has_kw() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    let p = &args.args[1..];
    if p.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = p[0].clone();
    let mut its = Vec::new();
    for a in &p[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(vm.new_object_of(
        &cls,
        Payload::Iterator(Box::new(RefCell::new(IterState::Map { func, its }))),
    ))
}

fn filter_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let args = if args.has_kw() && !refuses_keywords(vm, &cls) {
        Args::new(args.pos())
    } else {
        args
    };
    let a = args::pos(
        vm,
        "filter",
        Args::with_kw(&args.args[1..], args.kwnames),
        2,
        2,
    )?;
    let it = vm.get_iter(&a[1])?;
    Ok(vm.new_object_of(
        &cls,
        Payload::Iterator(Box::new(RefCell::new(IterState::Filter {
            func: a[0].clone(),
            it,
        }))),
    ))
}

fn reversed_new(vm: &Vm, args: Args) -> PyResult {
    if args.has_kw() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    match args.args {
        [_cls, seq] => reversed_of(vm, seq),
        _ => Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.args.len().saturating_sub(1)
        ))),
    }
}

/// `reversed(seq)`: `seq.__reversed__()`, or a `reversed` object over a sequence.
pub fn reversed_of(vm: &Vm, seq: &PyRef) -> PyResult {
    if !seq.class().type_data().heap {
        // Exact ranges and lists: their own `__reversed__`, without looking it up.
        match &seq.payload {
            Payload::Range(r) => return crate::objects::range::reversed_iter(vm, r),
            Payload::List(_) => return Ok(crate::objects::list::reverse_iterator(vm, seq)),
            _ => {}
        }
    }
    if let Some(r) = vm.call_special(seq, &vm.names.__reversed__, &[])? {
        return Ok(r);
    }
    // CPython's PySequence_Check, then PySequence_Size (whose error names a missing len).
    let has_getitem =
        crate::object::typeobj::type_lookup(seq.class(), &vm.names.__getitem__).is_some();
    if !has_getitem || matches!(seq.payload, Payload::Dict(_)) {
        return Err(vm.type_error(format!("'{}' object is not reversible", seq.type_name())));
    }
    let n = vm.len(seq)? as isize;
    Ok(vm.new_iterator(
        &vm.types.reversed,
        IterState::Reversed {
            seq: seq.clone(),
            index: n - 1,
        },
    ))
}

/// The builtin iterator types (their `__iter__`/`__next__` and pickling support).
pub(crate) fn builtin_iterator_types(vm: &Vm) -> [&PyRef; 18] {
    [
        &vm.types.range_iterator,
        &vm.types.list_iterator,
        &vm.types.list_reverseiterator,
        &vm.types.tuple_iterator,
        &vm.types.str_iterator,
        &vm.types.bytes_iterator,
        &vm.types.dict_keyiterator,
        &vm.types.dict_valueiterator,
        &vm.types.dict_itemiterator,
        &vm.types.dict_reversekeyiterator,
        &vm.types.set_iterator,
        &vm.types.iterator,
        &vm.types.callable_iterator,
        &vm.types.enumerate,
        &vm.types.zip,
        &vm.types.map,
        &vm.types.filter,
        &vm.types.reversed,
    ]
}

pub fn init(vm: &Vm) {
    let iter_types = builtin_iterator_types(vm);
    for t in iter_types {
        crate::objects::add_methods(
            vm,
            t,
            &[
                ("__iter__", iter_self),
                ("__next__", iter_next),
                ("__length_hint__", iter_length_hint),
            ],
        );
    }
    use crate::objects::add_native;
    add_native(
        vm,
        &vm.types.enumerate,
        "__new__",
        enumerate_new,
        NativeKind::StaticMethod,
    );
    add_native(
        vm,
        &vm.types.zip,
        "__new__",
        zip_new,
        NativeKind::StaticMethod,
    );
    add_native(
        vm,
        &vm.types.map,
        "__new__",
        map_new,
        NativeKind::StaticMethod,
    );
    add_native(
        vm,
        &vm.types.filter,
        "__new__",
        filter_new,
        NativeKind::StaticMethod,
    );
    add_native(
        vm,
        &vm.types.reversed,
        "__new__",
        reversed_new,
        NativeKind::StaticMethod,
    );
}
