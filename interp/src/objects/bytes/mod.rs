//! `bytes` and `bytearray`: the payload helpers, protocol methods (comparison,
//! concatenation, repetition, indexing, iteration, hashing, repr) and construction.
//! Text-like methods live in `methods.rs`, bytearray mutation in `bytearray.rs`, the
//! str <-> bytes codecs in `codecs.rs`.

mod bytearray;
mod codecs;
mod methods;

pub use bytearray::{export_released, exported};
pub use codecs::{decode_bytes, encode_str, unicode_error};

use std::cell::RefCell;

use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// The bytes of any bytes-like object (copy).
pub fn bytes_from_object(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        Payload::MemoryView(m) => {
            let data = bytes_from_object(vm, &m.obj)?;
            Ok(data[m.start..m.start + m.len].to_vec())
        }
        _ => crate::objects::buffer::native_bytes(o).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                o.type_name()
            ))
        }),
    }
}

fn with_bytes<R>(o: &PyRef, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match &o.payload {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(f(&b.borrow())),
        _ => None,
    }
}

pub(super) fn this_bytes(vm: &Vm, args: &Args) -> PyResult<Vec<u8>> {
    bytes_from_object(vm, args::this(vm, args)?)
}

pub(super) fn is_bytearray(o: &PyRef) -> bool {
    matches!(o.payload, Payload::ByteArray(_))
}

pub(super) fn make_like(vm: &Vm, like: &PyRef, data: Vec<u8>) -> PyRef {
    if is_bytearray(like) {
        vm.new_bytearray(data)
    } else {
        vm.new_bytes(data)
    }
}

pub fn bytes_repr_string(data: &[u8]) -> String {
    ferropy_primitives::strops::bytes_repr(data)
}

fn b_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let data = this_bytes(vm, &args)?;
    let r = bytes_repr_string(&data);
    if is_bytearray(this) {
        return Ok(vm.new_string(format!("{}({})", this.type_name(), r)));
    }
    Ok(vm.new_string(r))
}

fn b_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_usize(this_bytes(vm, &args)?.len()))
}

fn b_hash(vm: &Vm, args: Args) -> PyResult {
    let data = this_bytes(vm, &args)?;
    Ok(vm.new_int(crate::objects::str::siphash::bytes_hash_value(&data)))
}

fn b_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getitem__", args, 2, 2)?;
    let data = this_bytes(vm, &args)?;
    if let Payload::Slice(sl) = &a[1].payload {
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, data.len())?;
        let v: Vec<u8> = crate::objects::range::slice_positions(start, stop, step)
            .into_iter()
            .map(|i| data[i])
            .collect();
        return Ok(make_like(vm, &a[0], v));
    }
    let i = match vm.index_opt(&a[1])? {
        Some(i) => i,
        None => {
            return Err(vm.type_error(format!(
                "byte indices must be integers or slices, not {}",
                a[1].type_name()
            )))
        }
    };
    let n = data.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error(if is_bytearray(&a[0]) {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(vm.new_int(data[idx as usize] as i64))
}

fn b_iter(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_iterator(
        &vm.types.bytes_iterator,
        IterState::Bytes {
            bytes: this.clone(),
            index: 0,
        },
    ))
}

macro_rules! bytes_cmp {
    ($($fname:ident, $kind:expr);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($fname), args, 2, 2)?;
                let x = this_bytes(vm, &args)?;
                match with_bytes(&a[1], |y| x.as_slice().cmp(y)) {
                    Some(o) => Ok(vm.new_bool($kind.eval_ordering(o))),
                    None => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

bytes_cmp! {
    b_lt, CompareKind::Lt;
    b_le, CompareKind::Le;
    b_eq, CompareKind::Eq;
    b_ne, CompareKind::Ne;
    b_gt, CompareKind::Gt;
    b_ge, CompareKind::Ge;
}

fn b_add(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__add__", args, 2, 2)?;
    let mut x = this_bytes(vm, &args)?;
    match bytes_from_object(vm, &a[1]) {
        Ok(y) => {
            x.extend(y);
            Ok(make_like(vm, &a[0], x))
        }
        Err(_) => Err(vm.type_error(format!(
            "can't concat {} to {}",
            a[1].type_name(),
            a[0].type_name()
        ))),
    }
}

fn b_mul(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__mul__", args, 2, 2)?;
    let x = this_bytes(vm, &args)?;
    let n = match vm.index_opt(&a[1])? {
        Some(n) => n,
        None => return Ok(vm.not_implemented()),
    };
    if n <= 0 {
        return Ok(make_like(vm, &a[0], vec![]));
    }
    let total = x
        .len()
        .checked_mul(n as usize)
        .ok_or_else(|| vm.memory_error())?;
    let mut out: Vec<u8> = vm.alloc_vec(total)?;
    for _ in 0..n {
        out.extend_from_slice(&x);
    }
    Ok(make_like(vm, &a[0], out))
}

fn b_contains(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__contains__", args, 2, 2)?;
    let x = this_bytes(vm, &args)?;
    if let Payload::Int(i) = a[1].payload {
        if !(0..256).contains(&i) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(vm.new_bool(x.contains(&(i as u8))));
    }
    let y = bytes_from_object(vm, &a[1])?;
    Ok(vm.new_bool(ferropy_primitives::strops::bytes::find_subslice(&x, &y).is_some()))
}

fn b_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let d = this_bytes(vm, &args)?;
    Ok(vm.new_tuple(vec![vm.new_bytes(d)]))
}

/// bytes(x) / bytearray(x) initial contents.
fn initial_bytes(vm: &Vm, b: &[Option<PyRef>], name: &str) -> PyResult<Vec<u8>> {
    match (&b[0], &b[1]) {
        (None, None) => Ok(Vec::new()),
        (Some(s), Some(enc)) => {
            let text = match &s.payload {
                Payload::Str(t) => t,
                _ => return Err(vm.type_error("encoding without a string argument")),
            };
            let enc = args::to_str(vm, enc, &format!("{}() argument 'encoding'", name))?;
            let errors = match &b[2] {
                Some(e) => args::to_str(vm, e, "errors")?.to_string(),
                None => "strict".into(),
            };
            bytes_from_object(vm, &encode_str(vm, text, s, enc, &errors)?)
        }
        (None, Some(_)) => Err(vm.type_error("encoding without a string argument")),
        (Some(x), None) => {
            if vm.str_of(x).is_some() {
                return Err(vm.type_error("string argument without an encoding"));
            }
            // bytes() asks `__bytes__` before the buffer and integer forms (CPython).
            if name == "bytes" && !x.class().is(&vm.types.bytes) {
                if let Some(r) = vm.call_special(x, &vm.names.__bytes__, &[])? {
                    return bytes_from_object(vm, &r);
                }
            }
            if let Ok(d) = bytes_from_object(vm, x) {
                return Ok(d);
            }
            if let Some(n) = match &x.payload {
                Payload::Int(_) | Payload::BigInt(_) => Some(args::to_i64(vm, x)?),
                _ => vm.index_opt(x).ok().flatten(),
            } {
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                let mut v: Vec<u8> = vm.alloc_vec(n as usize)?;
                v.resize(n as usize, 0);
                return Ok(v);
            }
            if let Some(r) = vm.call_special(x, &vm.names.__bytes__, &[])? {
                return bytes_from_object(vm, &r);
            }
            let items = vm.iterate(x).map_err(|_| {
                vm.type_error(format!(
                    "cannot convert '{}' object to {}",
                    x.type_name(),
                    name
                ))
            })?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                let v = args::to_i64(vm, &it)?;
                if !(0..256).contains(&v) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(v as u8);
            }
            Ok(out)
        }
    }
}

fn bytes_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let b = crate::objects::str::clinic_bind(
        vm,
        "bytes",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["source", "encoding", "errors"],
        0,
        0,
    )?;
    let data = initial_bytes(vm, &b, "bytes")?;
    if cls.is(&vm.types.bytes) {
        return Ok(vm.new_bytes(data));
    }
    Ok(vm.new_object_of(&cls, Payload::Bytes(data.into_boxed_slice())))
}

fn bytearray_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    Ok(vm.new_object_of(&cls, Payload::ByteArray(RefCell::new(Vec::new()))))
}

fn bytearray_init(vm: &Vm, args: Args) -> PyResult {
    let b = crate::objects::str::clinic_bind(
        vm,
        "bytearray",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["source", "encoding", "errors"],
        0,
        0,
    )?;
    let data = initial_bytes(vm, &b, "bytearray")?;
    if let Payload::ByteArray(v) = &args.args[0].payload {
        *v.borrow_mut() = data;
    }
    Ok(vm.none())
}

pub fn init(vm: &Vm) {
    let common: &[(&'static str, NativeFn)] = &[
        ("__repr__", b_repr),
        ("__len__", b_len),
        ("__getitem__", b_getitem),
        ("__iter__", b_iter),
        ("__lt__", b_lt),
        ("__le__", b_le),
        ("__eq__", b_eq),
        ("__ne__", b_ne),
        ("__gt__", b_gt),
        ("__ge__", b_ge),
        ("__add__", b_add),
        ("__mul__", b_mul),
        ("__rmul__", b_mul),
        ("__contains__", b_contains),
        ("decode", codecs::b_decode),
    ];
    for t in [&vm.types.bytes, &vm.types.bytearray] {
        crate::objects::add_methods(vm, t, common);
    }
    methods::init(vm);
    bytearray::init(vm);
    let b = &vm.types.bytes;
    crate::objects::add_methods(
        vm,
        b,
        &[("__hash__", b_hash), ("__getnewargs__", b_getnewargs)],
    );
    crate::objects::add_native(vm, b, "__new__", bytes_new, NativeKind::StaticMethod);
    let bat = &vm.types.bytearray;
    crate::objects::add_methods(vm, bat, &[("__init__", bytearray_init)]);
    crate::objects::add_native(vm, bat, "__new__", bytearray_new, NativeKind::StaticMethod);
    crate::objects::add_attr(vm, bat, "__hash__", vm.none());
}
