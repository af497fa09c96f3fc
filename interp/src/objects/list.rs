//! `list`: mutable sequences, slicing assignment, and a stable merge sort whose
//! comparisons may raise (Python's `list.sort` uses only `<`).

use std::cell::RefCell;

use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// How a builtin method checks its argument count: CPython words the error after the
/// method's calling convention.
#[derive(Clone, Copy)]
pub(crate) enum Arity {
    /// Exactly one argument (METH_O): errors use the qualified name.
    One,
    /// A positional range, not counting self (Argument Clinic): errors use the bare name.
    Range(usize, usize),
}

/// Checks the arguments of a method call (`args` starts with self) and returns them all.
pub(crate) fn method_args<'a>(
    vm: &Vm,
    owner: &str,
    name: &str,
    args: Args<'a>,
    arity: Arity,
) -> PyResult<&'a [PyRef]> {
    let (min, max) = match arity {
        Arity::One => (1, 1),
        Arity::Range(lo, hi) => (lo, hi),
    };
    let n = args.args.len();
    if !args.has_kw() && n > min && n <= max + 1 {
        return Ok(args.args);
    }
    if args.has_kw() {
        return Err(vm.type_error(format!("{}.{}() takes no keyword arguments", owner, name)));
    }
    let got = n.saturating_sub(1);
    Err(vm.type_error(match arity {
        Arity::One => format!(
            "{}.{}() takes exactly one argument ({} given)",
            owner, name, got
        ),
        Arity::Range(..) => {
            let (bound, k) = if got < min {
                ("at least ", min)
            } else {
                ("at most ", max)
            };
            let bound = if min == max { "" } else { bound };
            format!(
                "{} expected {}{} argument{}, got {}",
                name,
                bound,
                k,
                if k == 1 { "" } else { "s" },
                got
            )
        }
    }))
}

fn list_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a std::cell::RefCell<Vec<PyRef>>> {
    match &o.payload {
        Payload::List(l) => Ok(l),
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn this_list<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a std::cell::RefCell<Vec<PyRef>>> {
    list_of(vm, args::this(vm, args)?)
}

fn list_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_usize(this_list(vm, &args)?.borrow().len()))
}

fn list_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let items = this_list(vm, &args)?.borrow().clone();
    crate::objects::tuple::seq_repr(vm, this, &items, "[", "]", false)
}

fn list_append(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "list", "append", args, Arity::One)?;
    this_list(vm, &args)?.borrow_mut().push(a[1].clone());
    Ok(vm.none())
}

fn list_extend(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "list", "extend", args, Arity::One)?;
    let items = vm.iterate(&a[1])?;
    this_list(vm, &args)?.borrow_mut().extend(items);
    Ok(vm.none())
}

fn list_insert(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "list", "insert", args, Arity::Range(2, 2))?;
    let i = args::to_i64(vm, &a[1])?;
    let mut l = this_list(vm, &args)?.borrow_mut();
    let n = l.len() as i64;
    let idx = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(idx as usize, a[2].clone());
    Ok(vm.none())
}

fn list_pop(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "list", "pop", args, Arity::Range(0, 1))?;
    let i = match a.get(1) {
        Some(i) => args::to_i64(vm, i)?,
        None => -1,
    };
    let mut l = this_list(vm, &args)?.borrow_mut();
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.remove(idx as usize))
}

fn list_remove(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "list", "remove", args, Arity::One)?;
    let l = this_list(vm, &args)?;
    let mut i = 0;
    loop {
        let v = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Err(vm.value_error("list.remove(x): x not in list")),
        };
        if vm.eq_bool(&v, &a[1])? {
            let mut lb = l.borrow_mut();
            if i < lb.len() {
                let old = lb.remove(i);
                drop(lb);
                drop(old);
            }
            return Ok(vm.none());
        }
        i += 1;
    }
}

fn list_index(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "list", "index", args, Arity::Range(1, 3))?;
    let l = this_list(vm, &args)?;
    let len = l.borrow().len();
    let (start, end) = crate::objects::str::adjust_indices_pub(vm, a.get(2), a.get(3), len)?;
    let mut i = start;
    while i < end {
        let v = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq_bool(&v, &a[1])? {
            return Ok(vm.new_usize(i));
        }
        i += 1;
    }
    Err(vm.value_error(format!("{} is not in list", vm.repr_str(&a[1])?)))
}

fn list_count(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "list", "count", args, Arity::One)?;
    let items = this_list(vm, &args)?.borrow().clone();
    let mut n = 0;
    for v in &items {
        if vm.eq_bool(v, &a[1])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn list_clear(vm: &Vm, args: Args) -> PyResult {
    args::method(vm, "clear", args, 0, 0)?;
    let old = std::mem::take(&mut *this_list(vm, &args)?.borrow_mut());
    crate::object::core::release_last_to_first(old);
    Ok(vm.none())
}

fn list_copy(vm: &Vm, args: Args) -> PyResult {
    args::method(vm, "copy", args, 0, 0)?;
    Ok(vm.new_list(this_list(vm, &args)?.borrow().clone()))
}

fn list_reverse(vm: &Vm, args: Args) -> PyResult {
    args::method(vm, "reverse", args, 0, 0)?;
    this_list(vm, &args)?.borrow_mut().reverse();
    Ok(vm.none())
}

/// Stable merge sort with a fallible `less` (binary insertion for short runs).
pub fn merge_sort<T: Clone>(
    v: &mut [T],
    less: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    const RUN: usize = 32;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i].clone();
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if less(&x, &v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                // Already ordered runs need no merge.
                if less(&v[mid], &v[mid - 1])? {
                    buf.clear();
                    let (mut i, mut j) = (lo, mid);
                    while i < mid && j < hi {
                        if less(&v[j], &v[i])? {
                            buf.push(v[j].clone());
                            j += 1;
                        } else {
                            buf.push(v[i].clone());
                            i += 1;
                        }
                    }
                    buf.extend_from_slice(&v[i..mid]);
                    buf.extend_from_slice(&v[j..hi]);
                    v[lo..hi].clone_from_slice(&buf);
                }
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

/// list.sort(*, key=None, reverse=False)
pub fn sort_list(vm: &Vm, list: &PyRef, key: Option<&PyRef>, reverse: bool) -> PyResult<()> {
    let l = list_of(vm, list)?;
    // CPython empties the list while sorting so mutation can be detected.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let result = (|| -> PyResult<()> {
        let keys: Vec<PyRef> = match key {
            Some(k) if !vm.is_none(k) => {
                let mut ks = Vec::with_capacity(items.len());
                for it in &items {
                    ks.push(vm.call1(k, it.clone())?);
                }
                ks
            }
            _ => items.clone(),
        };
        let mut pairs: Vec<(PyRef, usize)> = keys.into_iter().zip(0..).collect();
        if reverse {
            pairs.reverse();
        }
        let all_int = pairs
            .iter()
            .all(|(k, _)| matches!(k.payload, Payload::Int(_)) && !k.class().type_data().heap);
        let all_str = !all_int
            && pairs
                .iter()
                .all(|(k, _)| matches!(k.payload, Payload::Str(_)) && !k.class().type_data().heap);
        let all_float = !all_int
            && !all_str
            && pairs.iter().all(|(k, _)| {
                matches!(k.payload, Payload::Float(_)) && !k.class().type_data().heap
            });
        let mut less = |a: &(PyRef, usize), b: &(PyRef, usize)| -> PyResult<bool> {
            let lt = if all_int {
                match (&a.0.payload, &b.0.payload) {
                    (Payload::Int(x), Payload::Int(y)) => x < y,
                    _ => false,
                }
            } else if all_str {
                match (&a.0.payload, &b.0.payload) {
                    (Payload::Str(x), Payload::Str(y)) => x.bytes() < y.bytes(),
                    _ => false,
                }
            } else if all_float {
                match (&a.0.payload, &b.0.payload) {
                    (Payload::Float(x), Payload::Float(y)) => x < y,
                    _ => false,
                }
            } else {
                vm.compare_bool(&a.0, &b.0, CompareKind::Lt)?
            };
            Ok(lt)
        };
        merge_sort(&mut pairs, &mut less)?;
        if reverse {
            pairs.reverse();
        }
        let sorted: Vec<PyRef> = pairs.iter().map(|(_, i)| items[*i].clone()).collect();
        items = sorted;
        Ok(())
    })();
    let mut lb = l.borrow_mut();
    let modified = !lb.is_empty();
    *lb = items;
    drop(lb);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

fn list_sort(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?.clone();
    if args.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
        match vm.str_of(k) {
            Some("key") => key = Some(v.clone()),
            Some("reverse") => reverse = vm.is_true(v)?,
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    other
                )))
            }
            None => {}
        }
    }
    sort_list(vm, &this, key.as_ref(), reverse)?;
    Ok(vm.none())
}

fn list_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getitem__", args, 2, 2)?;
    let l = this_list(vm, &args)?;
    if let Payload::Slice(sl) = &a[1].payload {
        return get_slice(vm, l, sl);
    }
    let i = match vm.index_opt(&a[1])? {
        Some(i) => i,
        None => {
            return Err(vm.type_error(format!(
                "list indices must be integers or slices, not {}",
                a[1].type_name()
            )))
        }
    };
    let l = l.borrow();
    let n = l.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("list index out of range"));
    }
    Ok(l[idx as usize].clone())
}

/// `list[slice]`: a new list of the selected items. The slice's bounds are resolved
/// first (they may run `__index__`), then the items are copied under one borrow.
pub fn get_slice(vm: &Vm, l: &RefCell<Vec<PyRef>>, sl: &SliceData) -> PyResult {
    let unpacked = crate::objects::range::slice_unpack(vm, sl)?;
    let items = l.borrow();
    let (start, stop, step) = unpacked.adjust(items.len());
    let v = crate::objects::range::select_resolved(&items, start, stop, step);
    drop(items);
    Ok(vm.new_list(v))
}

/// `list[slice] = value` (`this` is the list object holding `l`).
pub fn set_slice(
    vm: &Vm,
    this: &PyRef,
    l: &RefCell<Vec<PyRef>>,
    sl: &SliceData,
    value: &PyRef,
) -> PyResult<()> {
    let unpacked = crate::objects::range::slice_unpack(vm, sl)?;
    let step = unpacked.adjust(0).2;
    let new_items = if value.is(this) {
        l.borrow().clone()
    } else {
        assigned_items(vm, value, step)?
    };
    let mut lb = l.borrow_mut();
    // Bounds meet the length the list has now (iterating `value` may have changed it).
    let (start, stop, step) = unpacked.adjust(lb.len());
    if step == 1 {
        let old = replace_range(&mut lb, start as usize, stop.max(start) as usize, new_items);
        // The replaced items are released after the borrow ends (their `__del__` may
        // look at the list).
        drop(lb);
        drop(old);
        return Ok(());
    }
    let positions = crate::objects::range::SlicePositions::new(start, stop, step);
    let count = positions.len();
    if count != new_items.len() {
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new_items.len(),
            count
        )));
    }
    // The replaced items are released after the borrow ends (their `__del__` may
    // look at the list).
    let old: Vec<PyRef> = positions
        .zip(new_items)
        .map(|(i, v)| std::mem::replace(&mut lb[i], v))
        .collect();
    drop(lb);
    drop(old);
    Ok(())
}

/// The items assigned to a list slice (CPython's `PySequence_Fast`): only a failure to
/// get an iterator is reported as "can only assign an iterable"; errors raised while
/// iterating propagate unchanged.
fn assigned_items(vm: &Vm, value: &PyRef, step: i64) -> PyResult<Vec<PyRef>> {
    if !value.class().type_data().heap {
        match &value.payload {
            Payload::List(l) => return Ok(l.borrow().clone()),
            Payload::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
    }
    let it = vm.get_iter(value).map_err(|e| {
        if vm.exc_matches(&e, &vm.exc.type_error) {
            vm.type_error(if step == 1 {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            })
        } else {
            e
        }
    })?;
    vm.collect_iterator(&it)
}

/// Replaces `items[start..stop]` with `incoming`, returning the replaced items (for the
/// caller to release once the list is no longer borrowed). Slots common to both are
/// swapped in place, so a same-size replacement moves no other item and allocates
/// nothing.
fn replace_range(
    items: &mut Vec<PyRef>,
    start: usize,
    stop: usize,
    mut incoming: Vec<PyRef>,
) -> Vec<PyRef> {
    let common = (stop - start).min(incoming.len());
    items[start..start + common].swap_with_slice(&mut incoming[..common]);
    if incoming.len() > common {
        items.splice(start + common..start + common, incoming.drain(common..));
    } else if stop - start > common {
        incoming.extend(items.drain(start + common..stop));
    }
    incoming
}

fn list_setitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__setitem__", args, 3, 3)?;
    let l = this_list(vm, &args)?;
    if let Payload::Slice(sl) = &a[1].payload {
        set_slice(vm, &args.args[0], l, sl, &a[2])?;
        return Ok(vm.none());
    }
    // An index beyond the machine word is an IndexError here, as CPython reports it.
    let i = match vm.index_opt(&a[1]) {
        Ok(Some(i)) => i,
        Ok(None) => {
            return Err(vm.type_error(format!(
                "list indices must be integers or slices, not {}",
                a[1].type_name()
            )))
        }
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
            return Err(vm.index_error(vm.str_string(&e.0)?));
        }
        Err(e) => return Err(e),
    };
    let mut lb = l.borrow_mut();
    let n = lb.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("list assignment index out of range"));
    }
    let old = std::mem::replace(&mut lb[idx as usize], a[2].clone());
    drop(lb);
    drop(old);
    Ok(vm.none())
}

fn list_delitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__delitem__", args, 2, 2)?;
    let l = this_list(vm, &args)?;
    if let Payload::Slice(sl) = &a[1].payload {
        let len = l.borrow().len();
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, len)?;
        let mut idxs = crate::objects::range::slice_positions(start, stop, step);
        idxs.sort_unstable();
        let mut lb = l.borrow_mut();
        let mut removed = Vec::new();
        for i in idxs.into_iter().rev() {
            removed.push(lb.remove(i));
        }
        drop(lb);
        drop(removed);
        return Ok(vm.none());
    }
    let i = args::to_i64(vm, &a[1])?;
    let mut lb = l.borrow_mut();
    let n = lb.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("list assignment index out of range"));
    }
    let old = lb.remove(idx as usize);
    drop(lb);
    drop(old);
    Ok(vm.none())
}

fn list_contains(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__contains__", args, 2, 2)?;
    Ok(vm.new_bool(vm.contains(&args.args[0], &a[1])?))
}

fn list_iter(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_iterator(
        &vm.types.list_iterator,
        IterState::List {
            list: this.clone(),
            index: 0,
        },
    ))
}

fn list_reversed(vm: &Vm, args: Args) -> PyResult {
    this_list(vm, &args)?;
    Ok(reverse_iterator(vm, args::this(vm, &args)?))
}

/// `reversed(list)`: a list_reverseiterator starting at the last item of `list`.
pub fn reverse_iterator(vm: &Vm, list: &PyRef) -> PyRef {
    let n = match &list.payload {
        Payload::List(l) => l.borrow().len() as isize,
        _ => 0,
    };
    vm.new_iterator(
        &vm.types.list_reverseiterator,
        IterState::ListReverse {
            list: list.clone(),
            index: n - 1,
        },
    )
}

fn list_add(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__add__", args, 2, 2)?;
    let x = this_list(vm, &args)?;
    match &a[1].payload {
        Payload::List(y) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(vm.new_list(v))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            a[1].type_name()
        ))),
    }
}

fn list_iadd(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__iadd__", args, 2, 2)?;
    let items = vm.iterate(&a[1])?;
    this_list(vm, &args)?.borrow_mut().extend(items);
    Ok(args.args[0].clone())
}

fn repeat(vm: &Vm, items: &[PyRef], n: i64) -> PyResult<Vec<PyRef>> {
    if n <= 0 {
        return Ok(Vec::new());
    }
    let total = items
        .len()
        .checked_mul(n as usize)
        .ok_or_else(|| vm.memory_error())?;
    let mut v = vm.alloc_vec(total)?;
    for _ in 0..n {
        v.extend_from_slice(items);
    }
    Ok(v)
}

fn list_mul(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__mul__", args, 2, 2)?;
    let n = match vm.index_opt(&a[1])? {
        Some(n) => n,
        None => return Ok(vm.not_implemented()),
    };
    let items = this_list(vm, &args)?.borrow().clone();
    Ok(vm.new_list(repeat(vm, &items, n)?))
}

fn list_imul(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__imul__", args, 2, 2)?;
    let n = match vm.index_opt(&a[1])? {
        Some(n) => n,
        None => return Ok(vm.not_implemented()),
    };
    let l = this_list(vm, &args)?;
    let items = l.borrow().clone();
    l.replace(repeat(vm, &items, n)?);
    Ok(args.args[0].clone())
}

macro_rules! list_cmp {
    ($($fname:ident, $kind:expr);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($fname), args, 2, 2)?;
                let x = this_list(vm, &args)?.borrow().clone();
                match &a[1].payload {
                    Payload::List(y) => {
                        let y = y.borrow().clone();
                        Ok(vm.new_bool(crate::objects::tuple::seq_compare(vm, &x, &y, $kind)?))
                    }
                    _ => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

list_cmp! {
    list_lt, CompareKind::Lt;
    list_le, CompareKind::Le;
    list_eq, CompareKind::Eq;
    list_ne, CompareKind::Ne;
    list_gt, CompareKind::Gt;
    list_ge, CompareKind::Ge;
}

fn list_init(vm: &Vm, args: Args) -> PyResult {
    // Keywords are refused unless a subclass has its own `__new__` (which may take them).
    let args = if args.has_kw()
        && !args::uses_builtin_slot(args::this(vm, &args)?.class(), &vm.names.__new__, list_new)
    {
        Args::new(args.pos())
    } else {
        args
    };
    let a = args::method(vm, "list", args, 0, 1)?;
    let items = match a.get(1) {
        Some(x) => vm.iterate(x)?,
        None => Vec::new(),
    };
    *this_list(vm, &args)?.borrow_mut() = items;
    Ok(vm.none())
}

fn list_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    Ok(vm.new_object_of(&cls, Payload::List(std::cell::RefCell::new(Vec::new()))))
}

fn list_class_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__class_getitem__", args, 2, 2)?;
    crate::objects::generic_alias(vm, &a[0], &a[1])
}

fn list_sizeof(vm: &Vm, args: Args) -> PyResult {
    let l = this_list(vm, &args)?;
    Ok(vm.new_usize(40 + 8 * l.borrow().capacity()))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.list;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__len__", list_len),
            ("__repr__", list_repr),
            ("__getitem__", list_getitem),
            ("__setitem__", list_setitem),
            ("__delitem__", list_delitem),
            ("__contains__", list_contains),
            ("__iter__", list_iter),
            ("__reversed__", list_reversed),
            ("__add__", list_add),
            ("__iadd__", list_iadd),
            ("__mul__", list_mul),
            ("__rmul__", list_mul),
            ("__imul__", list_imul),
            ("__lt__", list_lt),
            ("__le__", list_le),
            ("__eq__", list_eq),
            ("__ne__", list_ne),
            ("__gt__", list_gt),
            ("__ge__", list_ge),
            ("__init__", list_init),
            ("__sizeof__", list_sizeof),
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("pop", list_pop),
            ("remove", list_remove),
            ("index", list_index),
            ("count", list_count),
            ("clear", list_clear),
            ("copy", list_copy),
            ("reverse", list_reverse),
            ("sort", list_sort),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", list_new, NativeKind::StaticMethod);
    crate::objects::add_native(
        vm,
        t,
        "__class_getitem__",
        list_class_getitem,
        NativeKind::ClassMethod,
    );
    crate::objects::add_attr(vm, t, "__hash__", vm.none());
}
