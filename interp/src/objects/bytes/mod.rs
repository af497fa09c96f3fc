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
                "{} indices must be integers or slices, not {}",
                if is_bytearray(&a[0]) {
                    "bytearray"
                } else {
                    "byte"
                },
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
    if n == 1 && a[0].class().is(&vm.types.bytes) {
        return Ok(a[0].clone());
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
    // An index (clipped like PyNumber_AsSsize_t) is a byte value; anything else a buffer.
    if let Ok(Some(i)) = index_clipped(vm, &a[1]) {
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

/// `PyNumber_AsSsize_t(o, NULL)`: `o.__index__()` clipped to the i64 range; None when
/// `o` has no `__index__`.
pub(super) fn index_clipped(vm: &Vm, o: &PyRef) -> PyResult<Option<i64>> {
    let r = match &o.payload {
        Payload::Int(i) => return Ok(Some(*i)),
        Payload::BigInt(_) => o.clone(),
        _ => match vm.call_special(o, &vm.names.__index__, &[])? {
            Some(r) => r,
            None => return Ok(None),
        },
    };
    match &r.payload {
        Payload::Int(i) => Ok(Some(*i)),
        Payload::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        _ => Err(vm.type_error(format!(
            "__index__ returned non-int (type {})",
            r.type_name()
        ))),
    }
}

/// One item of an iterable of byte values.
fn byte_item(vm: &Vm, item: &PyRef, range_msg: &str) -> PyResult<u8> {
    match index_clipped(vm, item)? {
        Some(v) if (0..256).contains(&v) => Ok(v as u8),
        Some(_) => Err(vm.value_error(range_msg)),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            item.type_name()
        ))),
    }
}

/// Feeds the byte values of an iterable to `sink`. A list is read by index with its
/// length re-checked each step (an item's `__index__` may mutate it).
fn byte_values(
    vm: &Vm,
    x: &PyRef,
    name: &str,
    range_msg: &str,
    sink: &mut dyn FnMut(u8),
) -> PyResult<()> {
    if let Payload::List(l) = &x.payload {
        let mut i = 0;
        loop {
            let item = match l.borrow().get(i) {
                Some(it) => it.clone(),
                None => break,
            };
            sink(byte_item(vm, &item, range_msg)?);
            i += 1;
        }
        return Ok(());
    }
    if let Payload::Tuple(t) = &x.payload {
        for item in t.iter() {
            sink(byte_item(vm, item, range_msg)?);
        }
        return Ok(());
    }
    let it = vm.get_iter(x).map_err(|e| {
        if vm.exc_matches(&e, &vm.exc.type_error) {
            vm.type_error(format!(
                "cannot convert '{}' object to {}",
                x.type_name(),
                name
            ))
        } else {
            e
        }
    })?;
    while let Some(item) = vm.iter_next(&it)? {
        sink(byte_item(vm, &item, range_msg)?);
    }
    Ok(())
}

/// The `count` of `bytes(count)` / `bytearray(count)`: None when `x` is no index (or
/// its `__index__` raised TypeError), else the non-negative count.
fn initial_count(vm: &Vm, x: &PyRef) -> PyResult<Option<usize>> {
    let has_index = matches!(x.payload, Payload::Int(_) | Payload::BigInt(_))
        || crate::object::typeobj::type_lookup(x.class(), &vm.names.__index__).is_some();
    if !has_index {
        return Ok(None);
    }
    match vm.index_opt(x) {
        Ok(Some(n)) if n < 0 => Err(vm.value_error("negative count")),
        Ok(Some(n)) => Ok(Some(n as usize)),
        Ok(None) => Ok(None),
        Err(e) if vm.exc_matches(&e, &vm.exc.type_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The text of `encoding`/`errors` arguments of bytes() and bytearray().
fn codec_names(
    vm: &Vm,
    b: &[Option<PyRef>],
    name: &str,
) -> PyResult<(Option<String>, Option<String>)> {
    let enc = match &b[1] {
        Some(e) => {
            Some(args::to_str(vm, e, &format!("{}() argument 'encoding'", name))?.to_string())
        }
        None => None,
    };
    let errors = match &b[2] {
        Some(e) => Some(args::to_str(vm, e, &format!("{}() argument 'errors'", name))?.to_string()),
        None => None,
    };
    Ok((enc, errors))
}

fn no_string_error(vm: &Vm, enc: &Option<String>) -> PyErr {
    vm.type_error(if enc.is_some() {
        "encoding without a string argument"
    } else {
        "errors without a string argument"
    })
}

fn encode_arg(vm: &Vm, x: &PyRef, enc: &str, errors: Option<String>) -> PyResult<Vec<u8>> {
    let Payload::Str(text) = &x.payload else {
        return Err(vm.type_error("encoding without a string argument"));
    };
    let errors = errors.unwrap_or_else(|| "strict".into());
    bytes_from_object(vm, &encode_str(vm, text, x, enc, &errors)?)
}

/// bytes(x, encoding, errors) as CPython's bytes_new: encoding, `__bytes__`, str,
/// count, buffer, iterable; `Err(r)` carries a ready bytes object from `__bytes__`.
fn bytes_source(vm: &Vm, b: &[Option<PyRef>]) -> PyResult<Result<Vec<u8>, PyRef>> {
    let (enc, errors) = codec_names(vm, b, "bytes")?;
    let Some(x) = &b[0] else {
        if enc.is_some() || errors.is_some() {
            return Err(no_string_error(vm, &enc));
        }
        return Ok(Ok(Vec::new()));
    };
    if let Some(enc) = &enc {
        return encode_arg(vm, x, enc, errors).map(Ok);
    }
    if errors.is_some() {
        return Err(vm.type_error(if matches!(x.payload, Payload::Str(_)) {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    if let Some(r) = vm.call_special(x, &vm.names.__bytes__, &[])? {
        if !matches!(r.payload, Payload::Bytes(_)) {
            return Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.type_name()
            )));
        }
        return Ok(Err(r));
    }
    if matches!(x.payload, Payload::Str(_)) {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if let Some(n) = initial_count(vm, x)? {
        let mut v: Vec<u8> = vm.alloc_vec(n)?;
        v.resize(n, 0);
        return Ok(Ok(v));
    }
    if let Ok(d) = bytes_from_object(vm, x) {
        return Ok(Ok(d));
    }
    let mut out = Vec::new();
    byte_values(vm, x, "bytes", "bytes must be in range(0, 256)", &mut |v| {
        out.push(v)
    })?;
    Ok(Ok(out))
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
    let data = match bytes_source(vm, &b)? {
        Ok(d) => d,
        Err(r) if cls.is(&vm.types.bytes) => return Ok(r),
        Err(r) => bytes_from_object(vm, &r)?,
    };
    if cls.is(&vm.types.bytes) {
        return Ok(vm.new_bytes(data));
    }
    Ok(vm.new_object_of(&cls, Payload::Bytes(data.into_boxed_slice())))
}

/// `bytes.__bytes__()`: the object itself when exactly bytes, else a bytes copy.
fn b_bytes(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if this.class().is(&vm.types.bytes) {
        return Ok(this.clone());
    }
    Ok(vm.new_bytes(this_bytes(vm, &args)?))
}

fn bytearray_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    Ok(vm.new_object_of(&cls, Payload::ByteArray(RefCell::new(Vec::new()))))
}

/// bytearray.__init__ as CPython's: the old contents go first, then str with an
/// encoding, count, buffer, or an iterable appended item by item.
fn bytearray_init(vm: &Vm, args: Args) -> PyResult {
    let b = crate::objects::str::clinic_bind(
        vm,
        "bytearray",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["source", "encoding", "errors"],
        0,
        0,
    )?;
    let this = &args.args[0];
    let Payload::ByteArray(v) = &this.payload else {
        return Err(vm.type_error("bytearray expected"));
    };
    if !v.borrow().is_empty() {
        bytearray::check_resizable(vm, this)?;
        v.borrow_mut().clear();
    }
    let (enc, errors) = codec_names(vm, &b, "bytearray")?;
    let Some(x) = &b[0] else {
        if enc.is_some() || errors.is_some() {
            return Err(no_string_error(vm, &enc));
        }
        return Ok(vm.none());
    };
    if matches!(x.payload, Payload::Str(_)) {
        let Some(enc) = &enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        *v.borrow_mut() = encode_arg(vm, x, enc, errors)?;
        return Ok(vm.none());
    }
    if enc.is_some() || errors.is_some() {
        return Err(no_string_error(vm, &enc));
    }
    if let Some(n) = initial_count(vm, x)? {
        let mut d: Vec<u8> = vm.alloc_vec(n)?;
        d.resize(n, 0);
        *v.borrow_mut() = d;
        return Ok(vm.none());
    }
    if let Ok(d) = bytes_from_object(vm, x) {
        *v.borrow_mut() = d;
        return Ok(vm.none());
    }
    byte_values(
        vm,
        x,
        "bytearray",
        "byte must be in range(0, 256)",
        &mut |c| v.borrow_mut().push(c),
    )?;
    Ok(vm.none())
}

const BYTES_DOC: &str = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer";
const BYTEARRAY_DOC: &str = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer";

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
        &[
            ("__hash__", b_hash),
            ("__getnewargs__", b_getnewargs),
            ("__bytes__", b_bytes),
        ],
    );
    crate::objects::add_native(vm, b, "__new__", bytes_new, NativeKind::StaticMethod);
    crate::objects::add_attr(vm, b, "__doc__", vm.new_str(BYTES_DOC));
    crate::objects::add_attr(
        vm,
        &vm.types.bytearray,
        "__doc__",
        vm.new_str(BYTEARRAY_DOC),
    );
    let bat = &vm.types.bytearray;
    crate::objects::add_methods(vm, bat, &[("__init__", bytearray_init)]);
    crate::objects::add_native(vm, bat, "__new__", bytearray_new, NativeKind::StaticMethod);
    crate::objects::add_attr(vm, bat, "__hash__", vm.none());
}
