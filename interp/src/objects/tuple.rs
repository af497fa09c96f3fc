//! `tuple`: immutable sequences, hashing (CPython's xxHash-based combination),
//! lexicographic comparison.

use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::list::{method_args, Arity};
use crate::vm::Vm;

pub fn tuple_hash(vm: &Vm, items: &[PyRef]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for it in items {
        let lane = vm.hash(it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    let r = acc as i64;
    Ok(if r == -1 { 1546275796 } else { r })
}

fn items_of(o: &PyRef) -> Option<&[PyRef]> {
    match &o.payload {
        Payload::Tuple(t) => Some(t),
        _ => None,
    }
}

fn this_items<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a [PyRef]> {
    items_of(args::this(vm, args)?)
        .ok_or_else(|| vm.type_error("descriptor requires a 'tuple' object"))
}

/// Lexicographic comparison of two sequences (CPython's list/tuple richcompare).
pub fn seq_compare(vm: &Vm, a: &[PyRef], b: &[PyRef], op: CompareKind) -> PyResult<bool> {
    let n = a.len().min(b.len());
    for i in 0..n {
        if !vm.eq_bool(&a[i], &b[i])? {
            return match op {
                CompareKind::Eq => Ok(false),
                CompareKind::Ne => Ok(true),
                _ => vm.compare_bool(&a[i], &b[i], op),
            };
        }
    }
    Ok(op.eval_ordering(a.len().cmp(&b.len())))
}

macro_rules! tuple_cmp {
    ($($fname:ident, $kind:expr);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($fname), args, 2, 2)?;
                let x = this_items(vm, &args)?;
                match items_of(&a[1]) {
                    Some(y) => Ok(vm.new_bool(seq_compare(vm, x, y, $kind)?)),
                    None => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

tuple_cmp! {
    tuple_lt, CompareKind::Lt;
    tuple_le, CompareKind::Le;
    tuple_eq, CompareKind::Eq;
    tuple_ne, CompareKind::Ne;
    tuple_gt, CompareKind::Gt;
    tuple_ge, CompareKind::Ge;
}

fn tuple_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_usize(this_items(vm, &args)?.len()))
}

fn tuple_hash_m(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(tuple_hash(vm, this_items(vm, &args)?)?))
}

/// repr of a sequence of items with the given brackets (shared with list).
pub fn seq_repr(
    vm: &Vm,
    this: &PyRef,
    items: &[PyRef],
    open: &str,
    close: &str,
    trailing_comma: bool,
) -> PyResult {
    if !crate::builtins::repr_enter(vm, this) {
        return Ok(vm.new_string(format!("{}...{}", open, close)));
    }
    let mut out = String::from(open);
    let r = (|| -> PyResult<()> {
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&vm.repr_str(it)?);
        }
        Ok(())
    })();
    crate::builtins::repr_leave(vm, this);
    r?;
    if trailing_comma && items.len() == 1 {
        out.push(',');
    }
    out.push_str(close);
    Ok(vm.new_string(out))
}

fn tuple_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let items = this_items(vm, &args)?;
    seq_repr(vm, this, items, "(", ")", true)
}

fn tuple_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getitem__", args, 2, 2)?;
    let items = this_items(vm, &args)?;
    if let Payload::Slice(sl) = &a[1].payload {
        return get_slice(vm, &a[0], items, sl);
    }
    let i = match vm.index_opt(&a[1])? {
        Some(i) => i,
        None => {
            return Err(vm.type_error(format!(
                "tuple indices must be integers or slices, not {}",
                a[1].type_name()
            )))
        }
    };
    let n = items.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("tuple index out of range"));
    }
    Ok(items[idx as usize].clone())
}

/// `t[sl]` for a tuple `this` holding `items`: an exact tuple sliced whole is returned
/// itself, as in CPython.
pub fn get_slice(vm: &Vm, this: &PyRef, items: &[PyRef], sl: &SliceData) -> PyResult {
    let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, items.len())?;
    if step == 1 && start == 0 && stop == items.len() as i64 && this.class().is(&vm.types.tuple) {
        return Ok(this.clone());
    }
    let v = crate::objects::range::select_resolved(items, start, stop, step);
    Ok(vm.new_tuple(v))
}

fn tuple_contains(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__contains__", args, 2, 2)?;
    for it in this_items(vm, &args)? {
        if vm.eq_bool(it, &a[1])? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn tuple_iter(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_iterator(
        &vm.types.tuple_iterator,
        IterState::Tuple {
            tuple: this.clone(),
            index: 0,
        },
    ))
}

fn tuple_add(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__add__", args, 2, 2)?;
    let x = this_items(vm, &args)?;
    match items_of(&a[1]) {
        Some(y) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Ok(vm.new_tuple(v))
        }
        None => Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            a[1].type_name()
        ))),
    }
}

fn tuple_mul(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__mul__", args, 2, 2)?;
    let x = this_items(vm, &args)?;
    let n = match vm.index_opt(&a[1])? {
        Some(n) => n,
        None => return Ok(vm.not_implemented()),
    };
    if n <= 0 {
        return Ok(vm.new_tuple(vec![]));
    }
    let total = x
        .len()
        .checked_mul(n as usize)
        .ok_or_else(|| vm.memory_error())?;
    let mut v = vm.alloc_vec(total)?;
    for _ in 0..n {
        v.extend_from_slice(x);
    }
    Ok(vm.new_tuple(v))
}

fn tuple_index(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "tuple", "index", args, Arity::Range(1, 3))?;
    let items = this_items(vm, &args)?;
    let (start, end) =
        crate::objects::str::adjust_indices_pub(vm, a.get(2), a.get(3), items.len())?;
    for (i, it) in items.iter().enumerate().take(end).skip(start) {
        if vm.eq_bool(it, &a[1])? {
            return Ok(vm.new_usize(i));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "tuple", "count", args, Arity::One)?;
    let mut n = 0;
    for it in this_items(vm, &args)? {
        if vm.eq_bool(it, &a[1])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn tuple_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let items = this_items(vm, &args)?;
    Ok(vm.new_tuple(vec![vm.new_tuple(items.to_vec())]))
}

fn tuple_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    // Keywords are refused unless a subclass has its own `__init__` (which may take them).
    let user = if args.has_kw()
        && !cls.is(&vm.types.tuple)
        && !args::uses_builtin_slot(
            &cls,
            &vm.names.__init__,
            crate::objects::object::object_init,
        ) {
        Args::new(&args.pos()[1..])
    } else {
        Args::with_kw(&args.args[1..], args.kwnames)
    };
    let a = args::pos(vm, "tuple", user, 0, 1)?;
    if cls.is(&vm.types.tuple) {
        return match a.first() {
            Some(x) => from_iterable(vm, x),
            None => Ok(vm.new_tuple(Vec::new())),
        };
    }
    let items = match a.first() {
        Some(x) => vm.iterate(x)?,
        None => Vec::new(),
    };
    Ok(vm.new_object_of(&cls, Payload::Tuple(items.into_boxed_slice())))
}

/// `tuple(x)`: an exact tuple is returned itself, anything else is collected.
pub fn from_iterable(vm: &Vm, x: &PyRef) -> PyResult {
    if x.class().is(&vm.types.tuple) {
        return Ok(x.clone());
    }
    Ok(vm.new_tuple(vm.iterate(x)?))
}

fn tuple_class_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__class_getitem__", args, 2, 2)?;
    crate::objects::generic_alias(vm, &a[0], &a[1])
}

pub fn init(vm: &Vm) {
    let t = &vm.types.tuple;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__len__", tuple_len),
            ("__hash__", tuple_hash_m),
            ("__repr__", tuple_repr),
            ("__getitem__", tuple_getitem),
            ("__contains__", tuple_contains),
            ("__iter__", tuple_iter),
            ("__add__", tuple_add),
            ("__mul__", tuple_mul),
            ("__rmul__", tuple_mul),
            ("__lt__", tuple_lt),
            ("__le__", tuple_le),
            ("__eq__", tuple_eq),
            ("__ne__", tuple_ne),
            ("__gt__", tuple_gt),
            ("__ge__", tuple_ge),
            ("__getnewargs__", tuple_getnewargs),
            ("index", tuple_index),
            ("count", tuple_count),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", tuple_new, NativeKind::StaticMethod);
    crate::objects::add_native(
        vm,
        t,
        "__class_getitem__",
        tuple_class_getitem,
        NativeKind::ClassMethod,
    );
}
