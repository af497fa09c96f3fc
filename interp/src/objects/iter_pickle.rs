//! Pickling of the builtin iterators: `__reduce__` and `__setstate__` of list, tuple,
//! str, bytes, range, dict, set, sequence and callable iterators and of `reversed`,
//! `enumerate`, `zip`, `map` and `filter`, with CPython's reduce values (an iterator is
//! rebuilt as `iter(seq)` plus its position; a dict or set iterator as `iter(list of
//! what is left)`).

use crate::compile::bytecode::BinOp;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

fn builtin(vm: &Vm, name: &str) -> PyResult {
    vm.dict_get_str(&vm.builtins_dict, name)?
        .ok_or_else(|| vm.runtime_error(format!("lost builtins.{}", name)))
}

fn state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a std::cell::RefCell<IterState>> {
    match &o.payload {
        Payload::Iterator(st) => Ok(st),
        _ => Err(vm.type_error("iterator expected")),
    }
}

/// `(callable, args)` or `(callable, args, state)`.
fn reduce_value(vm: &Vm, func: PyRef, args: Vec<PyRef>, st: Option<PyRef>) -> PyRef {
    let mut items = vec![func, vm.new_tuple(args)];
    items.extend(st);
    vm.new_tuple(items)
}

/// `iter(x)` as an exhausted iterator of the same kind reduces.
fn exhausted(vm: &Vm, empty: PyRef) -> PyResult {
    Ok(reduce_value(vm, builtin(vm, "iter")?, vec![empty], None))
}

/// The remaining items of a dict or set iterator, read from a copy of its state.
fn remaining(vm: &Vm, st: &IterState) -> PyResult<Option<Vec<PyRef>>> {
    let copy = match st {
        IterState::DictKeys {
            dict,
            pos,
            len,
            left,
        } => IterState::DictKeys {
            dict: dict.clone(),
            pos: *pos,
            len: *len,
            left: *left,
        },
        IterState::DictValues {
            dict,
            pos,
            len,
            left,
        } => IterState::DictValues {
            dict: dict.clone(),
            pos: *pos,
            len: *len,
            left: *left,
        },
        IterState::DictItems {
            dict,
            pos,
            len,
            left,
        } => IterState::DictItems {
            dict: dict.clone(),
            pos: *pos,
            len: *len,
            left: *left,
        },
        IterState::DictReverse {
            dict,
            pos,
            len,
            kind,
        } => IterState::DictReverse {
            dict: dict.clone(),
            pos: *pos,
            len: *len,
            kind: *kind,
        },
        IterState::Set { set, pos, len } => IterState::Set {
            set: set.clone(),
            pos: *pos,
            len: *len,
        },
        _ => return Ok(None),
    };
    let it = vm.new_iterator(&vm.types.iterator, copy);
    let st = state(vm, &it)?;
    let mut out = Vec::new();
    while let Some(v) = super::iter::builtin_next(vm, &it, st)? {
        out.push(v);
    }
    Ok(Some(out))
}

fn iter_reduce(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__reduce__", a, 0, 0)?;
    let this = &a[0];
    let st = state(vm, this)?;
    let cur = st.borrow();
    if let Some(items) = remaining(vm, &cur)? {
        drop(cur);
        return Ok(reduce_value(
            vm,
            builtin(vm, "iter")?,
            vec![vm.new_list(items)],
            None,
        ));
    }
    let iter = || builtin(vm, "iter");
    let at = |seq: &PyRef, index: usize| -> PyResult {
        Ok(reduce_value(
            vm,
            iter()?,
            vec![seq.clone()],
            Some(vm.new_usize(index)),
        ))
    };
    match &*cur {
        IterState::List { list, index } => at(list, *index),
        IterState::Tuple { tuple, index } => at(tuple, *index),
        IterState::Bytes { bytes, index } => at(bytes, *index),
        IterState::Seq { seq, index } => at(seq, *index),
        IterState::Str { s, byte_pos } => {
            let index = match &s.payload {
                Payload::Str(p) => String::from_utf8_lossy(&p.bytes()[..*byte_pos])
                    .chars()
                    .count(),
                _ => 0,
            };
            at(s, index)
        }
        IterState::ListReverse { list: seq, index } | IterState::Reversed { seq, index } => {
            Ok(reduce_value(
                vm,
                builtin(vm, "reversed")?,
                vec![seq.clone()],
                Some(vm.new_int(*index as i64)),
            ))
        }
        IterState::Range { next, stop, step } => {
            let r = vm.call(
                &vm.types.range,
                Args::new(&[vm.new_int(*next), vm.new_int(*stop), vm.new_int(*step)]),
            )?;
            at(&r, 0)
        }
        IterState::BigRange { next, stop, step } => {
            let r = vm.call(
                &vm.types.range,
                Args::new(&[next.clone(), stop.clone(), step.clone()]),
            )?;
            at(&r, 0)
        }
        IterState::Callable { func, sentinel } => Ok(reduce_value(
            vm,
            iter()?,
            vec![func.clone(), sentinel.clone()],
            None,
        )),
        IterState::Enumerate { it, count } => Ok(reduce_value(
            vm,
            vm.types.enumerate.clone(),
            vec![it.clone(), count.clone()],
            None,
        )),
        IterState::Zip { its, strict } => Ok(reduce_value(
            vm,
            vm.types.zip.clone(),
            its.clone(),
            strict.then(|| vm.new_bool(true)),
        )),
        IterState::Map { func, its } => {
            let mut args = vec![func.clone()];
            args.extend(its.iter().cloned());
            Ok(reduce_value(vm, vm.types.map.clone(), args, None))
        }
        IterState::Filter { func, it } => Ok(reduce_value(
            vm,
            vm.types.filter.clone(),
            vec![func.clone(), it.clone()],
            None,
        )),
        IterState::Exhausted => {
            if this.class().is(&vm.types.reversed) {
                return Ok(reduce_value(
                    vm,
                    builtin(vm, "reversed")?,
                    vec![vm.new_tuple(vec![])],
                    None,
                ));
            }
            if this.class().is(&vm.types.list_iterator)
                || this.class().is(&vm.types.list_reverseiterator)
            {
                return exhausted(vm, vm.new_list(vec![]));
            }
            if this.class().is(&vm.types.str_iterator) {
                return exhausted(vm, vm.new_str(""));
            }
            exhausted(vm, vm.new_tuple(vec![]))
        }
        _ => exhausted(vm, vm.new_tuple(vec![])),
    }
}

/// The length of the sequence an iterator walks, for clamping a restored position.
fn seq_len(vm: &Vm, seq: &PyRef) -> PyResult<i64> {
    Ok(vm.len(seq)? as i64)
}

fn iter_setstate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__setstate__", a, 1, 1)?;
    let st = state(vm, &a[0])?;
    let want = args::to_i64(vm, &a[1])?;
    let mut cur = st.borrow_mut();
    match &mut *cur {
        IterState::List { list: seq, index }
        | IterState::Tuple { tuple: seq, index }
        | IterState::Bytes { bytes: seq, index }
        | IterState::Seq { seq, index } => {
            let seq = seq.clone();
            let n = if matches!(seq.payload, Payload::List(_)) {
                // CPython lets a list iterator's index run past the end (it ends there).
                i64::MAX
            } else {
                seq_len(vm, &seq).unwrap_or(i64::MAX)
            };
            *index = want.clamp(0, n) as usize;
        }
        IterState::Str { s, byte_pos } => {
            if let Payload::Str(p) = &s.payload {
                let text = String::from_utf8_lossy(p.bytes()).into_owned();
                let k = want.max(0) as usize;
                *byte_pos = text
                    .char_indices()
                    .nth(k)
                    .map(|(i, _)| i)
                    .unwrap_or(p.bytes().len());
            }
        }
        IterState::ListReverse { list: seq, index } | IterState::Reversed { seq, index } => {
            let seq = seq.clone();
            let n = seq_len(vm, &seq)?;
            *index = want.clamp(-1, n - 1) as isize;
        }
        // The reduce value restarts the range at the current item with index 0, so the
        // index counts from there: CPython's round trip, and a skip of `want` items.
        IterState::Range { next, stop, step } => {
            let left = range_len(
                vm,
                &vm.new_int(*next),
                &vm.new_int(*stop),
                &vm.new_int(*step),
            )?;
            *next += want.clamp(0, left) * *step;
        }
        IterState::BigRange { next, stop, step } => {
            let left = range_len(vm, next, stop, step)?;
            let skip = vm.new_int(want.clamp(0, left));
            *next = vm.binary_op(next, &vm.binary_op(&skip, step, BinOp::Mul)?, BinOp::Add)?;
        }
        IterState::Exhausted => {}
        _ => {
            return Err(vm.type_error(format!("'{}' object has no __setstate__", a[0].type_name())))
        }
    }
    Ok(vm.none())
}

/// The number of items of `range(start, stop, step)`, saturated to i64.
fn range_len(vm: &Vm, start: &PyRef, stop: &PyRef, step: &PyRef) -> PyResult<i64> {
    let r = vm.call(
        &vm.types.range,
        Args::new(&[start.clone(), stop.clone(), step.clone()]),
    )?;
    let n = vm.call_method(&r, "__len__", &[]);
    match n {
        Ok(n) => Ok(args::to_i64(vm, &n).unwrap_or(i64::MAX)),
        Err(_) => Ok(i64::MAX),
    }
}

/// `zip.__setstate__(strict)`.
fn zip_setstate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__setstate__", a, 1, 1)?;
    let strict = vm.is_true(&a[1])?;
    if let IterState::Zip { strict: s, .. } = &mut *state(vm, &a[0])?.borrow_mut() {
        *s = strict;
    }
    Ok(vm.none())
}

pub fn init(vm: &Vm) {
    let all = super::iter::builtin_iterator_types(vm);
    for t in all {
        crate::objects::add_methods(vm, t, &[("__reduce__", iter_reduce)]);
    }
    for t in [
        &vm.types.list_iterator,
        &vm.types.list_reverseiterator,
        &vm.types.tuple_iterator,
        &vm.types.str_iterator,
        &vm.types.bytes_iterator,
        &vm.types.iterator,
        &vm.types.reversed,
        &vm.types.range_iterator,
    ] {
        crate::objects::add_methods(vm, t, &[("__setstate__", iter_setstate)]);
    }
    crate::objects::add_methods(vm, &vm.types.zip, &[("__setstate__", zip_setstate)]);
}
