//! `memoryview` over bytes, bytearray and native buffers (`objects/buffer.rs`: array):
//! C-contiguous views of any shape (from `cast`),
//! formats of the `struct` module's native codes (`bBhHiIlLqQnNP`, `c`, `?`, `f`, `d`),
//! item and slice reads and writes, `tolist`, hashing and release.

use std::cell::{Cell, RefCell};

use num_traits::ToPrimitive;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

fn itemsize_of(fmt: &str) -> Option<usize> {
    Some(match fmt.strip_prefix('@').unwrap_or(fmt) {
        "B" | "b" | "c" | "?" => 1,
        "H" | "h" | "e" => 2,
        "I" | "i" | "f" => 4,
        "L" | "l" | "Q" | "q" | "d" | "N" | "n" | "P" => 8,
        _ => return None,
    })
}

fn is_byte_format(fmt: &str) -> bool {
    matches!(fmt.strip_prefix('@').unwrap_or(fmt), "B" | "b" | "c")
}

fn mv<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a MemoryViewData> {
    match &o.payload {
        Payload::MemoryView(m) => {
            if m.released.get() {
                return Err(vm.value_error("operation forbidden on released memoryview object"));
            }
            Ok(m)
        }
        _ => Err(vm.type_error("memoryview expected")),
    }
}

fn bytes_of(vm: &Vm, m: &MemoryViewData) -> PyResult<Vec<u8>> {
    let all = crate::objects::bytes::bytes_from_object(vm, &m.obj)?;
    let end = (m.start + m.len).min(all.len());
    Ok(all[m.start.min(end)..end].to_vec())
}

fn unpack(vm: &Vm, fmt: &str, b: &[u8]) -> PyResult {
    let f = fmt.trim_start_matches('@');
    let u = |n: usize| -> u64 {
        let mut v = 0u64;
        for (i, x) in b[..n].iter().enumerate() {
            v |= (*x as u64) << (8 * i);
        }
        v
    };
    Ok(match f {
        "B" => vm.new_int(b[0] as i64),
        "b" => vm.new_int(b[0] as i8 as i64),
        "c" => vm.new_bytes(vec![b[0]]),
        "?" => vm.new_bool(b[0] != 0),
        "H" => vm.new_int(u(2) as i64),
        "h" => vm.new_int(u(2) as u16 as i16 as i64),
        "I" => vm.new_int(u(4) as i64),
        "i" => vm.new_int(u(4) as u32 as i32 as i64),
        "L" | "Q" | "N" | "P" => vm.new_int_from_i128(u(8) as i128),
        "l" | "q" | "n" => vm.new_int(u(8) as i64),
        "f" => vm.new_float(f32::from_bits(u(4) as u32) as f64),
        "d" => vm.new_float(f64::from_bits(u(8))),
        _ => {
            return Err(vm.new_error(
                &vm.exc.not_implemented_error,
                format!("memoryview: format {} not supported", fmt),
            ))
        }
    })
}

/// Integer range of an integer format code, or None for non-integer formats.
fn int_range(f: &str) -> Option<(i128, i128)> {
    Some(match f {
        "B" => (0, u8::MAX as i128),
        "b" => (i8::MIN as i128, i8::MAX as i128),
        "H" => (0, u16::MAX as i128),
        "h" => (i16::MIN as i128, i16::MAX as i128),
        "I" => (0, u32::MAX as i128),
        "i" => (i32::MIN as i128, i32::MAX as i128),
        "L" | "Q" | "N" | "P" => (0, u64::MAX as i128),
        "l" | "q" | "n" => (i64::MIN as i128, i64::MAX as i128),
        _ => return None,
    })
}

/// Encodes one item for `fmt` (native byte order), with CPython's errors.
fn pack(vm: &Vm, fmt: &str, v: &PyRef) -> PyResult<Vec<u8>> {
    let f = fmt.strip_prefix('@').unwrap_or(fmt);
    let invalid_type = || vm.type_error(format!("memoryview: invalid type for format '{}'", fmt));
    let invalid_value =
        || vm.value_error(format!("memoryview: invalid value for format '{}'", fmt));
    let size = itemsize_of(f).unwrap_or(1);
    if let Some((lo, hi)) = int_range(f) {
        let n = match &v.payload {
            Payload::Int(_) | Payload::BigInt(_) => crate::objects::int::to_bigint(v)
                .and_then(|b| b.to_i128())
                .filter(|n| (lo..=hi).contains(n))
                .ok_or_else(invalid_value)?,
            _ => return Err(invalid_type()),
        };
        return Ok(n.to_le_bytes()[..size].to_vec());
    }
    match f {
        "?" => Ok(vec![vm.is_true(v)? as u8]),
        "c" => match &v.payload {
            Payload::Bytes(b) if b.len() == 1 => Ok(vec![b[0]]),
            Payload::Bytes(_) => Err(invalid_value()),
            _ => Err(invalid_type()),
        },
        "f" | "d" => {
            let x = crate::objects::float::to_f64(vm, v)?.ok_or_else(invalid_type)?;
            Ok(if f == "f" {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        _ => Err(vm.new_error(
            &vm.exc.not_implemented_error,
            format!("memoryview: format {} not supported", fmt),
        )),
    }
}

/// C-order strides of a contiguous view.
fn strides_of(shape: &[usize], itemsize: usize) -> Vec<usize> {
    let mut st = vec![itemsize; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        st[i] = st[i + 1] * shape[i + 1];
    }
    st
}

/// A view over the same buffer with a new geometry.
fn derived(
    vm: &Vm,
    obj: PyRef,
    start: usize,
    len: usize,
    format: String,
    shape: Vec<usize>,
    readonly: bool,
) -> PyRef {
    let itemsize = itemsize_of(&format).unwrap_or(1);
    crate::objects::bytes::exported(PyRef::new(
        vm.types.memoryview.clone(),
        Payload::MemoryView(Box::new(MemoryViewData {
            obj,
            start,
            len,
            itemsize,
            format: RefCell::new(format),
            shape: RefCell::new(shape),
            readonly,
            released: Cell::new(false),
        })),
    ))
}

/// Writes `bytes` at byte offset `off` of the view (bytearray-backed views only).
fn write_at(vm: &Vm, m: &MemoryViewData, off: usize, bytes: &[u8]) -> PyResult<()> {
    if let Payload::ByteArray(buf) = &m.obj.payload {
        let mut b = buf.borrow_mut();
        let at = m.start + off;
        if at + bytes.len() > b.len() {
            return Err(vm.index_error("index out of bounds on dimension 1"));
        }
        b[at..at + bytes.len()].copy_from_slice(bytes);
        return Ok(());
    }
    if let Some(r) = crate::objects::buffer::with_native_mut(&m.obj, |b| {
        let at = m.start + off;
        let dst = b.get_mut(at..at + bytes.len())?;
        dst.copy_from_slice(bytes);
        Some(())
    }) {
        return r.ok_or_else(|| vm.index_error("index out of bounds on dimension 1"));
    }
    Err(vm.type_error("cannot modify read-only memory"))
}

/// Resolves an item key (int, or tuple of ints for every dimension) to a byte offset.
fn item_offset(vm: &Vm, m: &MemoryViewData, key: &PyRef) -> PyResult<usize> {
    let shape = m.shape.borrow().clone();
    let idxs: Vec<PyRef> = match &key.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => {
            if shape.len() > 1 {
                return Err(vm.new_error(
                    &vm.exc.not_implemented_error,
                    "multi-dimensional sub-views are not implemented",
                ));
            }
            vec![key.clone()]
        }
    };
    if idxs.len() < shape.len() {
        return Err(vm.new_error(
            &vm.exc.not_implemented_error,
            "sub-views are not implemented",
        ));
    }
    if idxs.len() > shape.len() {
        return Err(vm.type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            shape.len(),
            idxs.len()
        )));
    }
    let strides = strides_of(&shape, m.itemsize);
    let mut off = 0;
    for (dim, k) in idxs.iter().enumerate() {
        let i = match vm.index_opt(k)? {
            Some(i) => i,
            None => return Err(vm.type_error("memoryview: invalid slice key")),
        };
        let n = shape[dim] as i64;
        let idx = if i < 0 { i + n } else { i };
        if idx < 0 || idx >= n {
            return Err(vm.index_error(format!("index out of bounds on dimension {}", dim + 1)));
        }
        off += idx as usize * strides[dim];
    }
    Ok(off)
}

pub fn new_memoryview(vm: &Vm, obj: &PyRef) -> PyResult {
    let (len, readonly) = match &obj.payload {
        Payload::Bytes(b) => (b.len(), true),
        Payload::ByteArray(b) => (b.borrow().len(), false),
        Payload::MemoryView(_) => {
            let m = mv(vm, obj)?;
            return Ok(crate::objects::bytes::exported(PyRef::new(
                vm.types.memoryview.clone(),
                Payload::MemoryView(Box::new(MemoryViewData {
                    obj: m.obj.clone(),
                    start: m.start,
                    len: m.len,
                    itemsize: m.itemsize,
                    format: RefCell::new(m.format.borrow().clone()),
                    shape: RefCell::new(m.shape.borrow().clone()),
                    readonly: m.readonly,
                    released: Cell::new(false),
                })),
            )));
        }
        _ if crate::objects::buffer::native(obj).is_some() => {
            let nb = crate::objects::buffer::native(obj).unwrap();
            return Ok(crate::objects::buffer::new_view(vm, obj, nb));
        }
        _ => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                obj.type_name()
            )))
        }
    };
    Ok(crate::objects::bytes::exported(PyRef::new(
        vm.types.memoryview.clone(),
        Payload::MemoryView(Box::new(MemoryViewData {
            obj: obj.clone(),
            start: 0,
            len,
            itemsize: 1,
            format: RefCell::new("B".into()),
            shape: RefCell::new(vec![len]),
            readonly,
            released: Cell::new(false),
        })),
    )))
}

fn mv_new(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "memoryview",
        Args::with_kw(&args.args[1..], args.kwnames),
        1,
        1,
    )?;
    new_memoryview(vm, &a[0])
}

fn mv_len(vm: &Vm, args: Args) -> PyResult {
    let m = mv(vm, args::this(vm, &args)?)?;
    match m.shape.borrow().first() {
        Some(n) => Ok(vm.new_usize(*n)),
        None => Err(vm.type_error("0-dim memory has no length")),
    }
}

fn mv_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getitem__", args, 2, 2)?;
    let m = mv(vm, &a[0])?;
    let fmt = m.format.borrow().clone();
    if let Payload::Slice(sl) = &a[1].payload {
        if m.shape.borrow().len() != 1 {
            return Err(vm.new_error(
                &vm.exc.not_implemented_error,
                "multi-dimensional slicing is not implemented",
            ));
        }
        let n = m.len / m.itemsize;
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, n)?;
        if step != 1 {
            // Strided views are materialised as a copy of the selected items.
            let data = bytes_of(vm, m)?;
            let pos = crate::objects::range::slice_positions(start, stop, step);
            let count = pos.len();
            let sel: Vec<u8> = pos
                .into_iter()
                .flat_map(|i| {
                    data.get(i * m.itemsize..(i + 1) * m.itemsize)
                        .unwrap_or(&[])
                        .to_vec()
                })
                .collect();
            let len = sel.len();
            let b = vm.new_bytes(sel);
            return Ok(derived(vm, b, 0, len, fmt, vec![count], true));
        }
        let count = (stop - start).max(0) as usize;
        return Ok(derived(
            vm,
            m.obj.clone(),
            m.start + start as usize * m.itemsize,
            count * m.itemsize,
            fmt,
            vec![count],
            m.readonly,
        ));
    }
    let off = item_offset(vm, m, &a[1])?;
    let data = bytes_of(vm, m)?;
    match data.get(off..off + m.itemsize) {
        Some(item) => unpack(vm, &fmt, item),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn mv_setitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__setitem__", args, 3, 3)?;
    let m = mv(vm, &a[0])?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let fmt = m.format.borrow().clone();
    if let Payload::Slice(sl) = &a[1].payload {
        if m.shape.borrow().len() != 1 {
            return Err(vm.new_error(
                &vm.exc.not_implemented_error,
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        let n = m.len / m.itemsize;
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, n)?;
        let data = crate::objects::bytes::bytes_from_object(vm, &a[2])?;
        let pos = crate::objects::range::slice_positions(start, stop, step);
        if pos.len() * m.itemsize != data.len() {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        for (p, chunk) in pos.into_iter().zip(data.chunks(m.itemsize)) {
            write_at(vm, m, p * m.itemsize, chunk)?;
        }
        return Ok(vm.none());
    }
    let off = item_offset(vm, m, &a[1])?;
    let bytes = pack(vm, &fmt, &a[2])?;
    write_at(vm, m, off, &bytes)?;
    Ok(vm.none())
}

fn mv_tobytes(vm: &Vm, args: Args) -> PyResult {
    let m = mv(vm, args::this(vm, &args)?)?;
    Ok(vm.new_bytes(bytes_of(vm, m)?))
}

/// Nested lists of the items along `shape`.
fn to_nested(vm: &Vm, fmt: &str, data: &[u8], shape: &[usize], itemsize: usize) -> PyResult {
    let mut out = Vec::new();
    match shape {
        [] => return unpack(vm, fmt, data),
        [n] => {
            for chunk in data.chunks(itemsize).take(*n) {
                if chunk.len() == itemsize {
                    out.push(unpack(vm, fmt, chunk)?);
                }
            }
        }
        [n, rest @ ..] => {
            let step = rest.iter().product::<usize>() * itemsize;
            for i in 0..*n {
                let part = data.get(i * step..(i + 1) * step).unwrap_or(&[]);
                out.push(to_nested(vm, fmt, part, rest, itemsize)?);
            }
        }
    }
    Ok(vm.new_list(out))
}

fn mv_tolist(vm: &Vm, args: Args) -> PyResult {
    let m = mv(vm, args::this(vm, &args)?)?;
    let data = bytes_of(vm, m)?;
    let fmt = m.format.borrow().clone();
    let shape = m.shape.borrow().clone();
    to_nested(vm, &fmt, &data, &shape, m.itemsize)
}

fn mv_hex(vm: &Vm, args: Args) -> PyResult {
    let m = mv(vm, args::this(vm, &args)?)?;
    Ok(vm.new_string(
        bytes_of(vm, m)?
            .iter()
            .map(|b| format!("{:02x}", b))
            .collect(),
    ))
}

fn mv_release(vm: &Vm, args: Args) -> PyResult {
    if let Payload::MemoryView(m) = &args::this(vm, &args)?.payload {
        if !m.released.replace(true) {
            crate::objects::bytes::export_released(&m.obj);
        }
    }
    Ok(vm.none())
}

fn mv_enter(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    mv(vm, this)?;
    Ok(this.clone())
}

fn mv_exit(vm: &Vm, args: Args) -> PyResult {
    mv_release(vm, Args::new(&args.args[..1]))
}

fn mv_toreadonly(vm: &Vm, args: Args) -> PyResult {
    let m = mv(vm, args::this(vm, &args)?)?;
    let fmt = m.format.borrow().clone();
    let shape = m.shape.borrow().clone();
    Ok(derived(vm, m.obj.clone(), m.start, m.len, fmt, shape, true))
}

fn mv_hash(vm: &Vm, args: Args) -> PyResult {
    let m = mv(vm, args::this(vm, &args)?)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(&m.format.borrow()) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let b = vm.new_bytes(bytes_of(vm, m)?);
    Ok(vm.new_int(vm.hash(&b)?))
}

/// The `shape` argument of `cast`: positive ints in a list or tuple.
fn cast_shape(vm: &Vm, shape: &PyRef) -> PyResult<Vec<usize>> {
    let items = match &shape.payload {
        Payload::Tuple(t) => t.to_vec(),
        Payload::List(l) => l.borrow().clone(),
        _ => return Err(vm.type_error("shape must be a list or a tuple")),
    };
    if items.len() > 64 {
        return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
    }
    let bad = || vm.value_error("memoryview.cast(): elements of shape must be integers > 0");
    items
        .iter()
        .map(|x| match &x.payload {
            Payload::Int(i) if *i > 0 => Ok(*i as usize),
            _ => Err(bad()),
        })
        .collect()
}

fn mv_cast(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?.clone();
    let b = args::bind(
        vm,
        "cast",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["format", "shape"],
        1,
        0,
    )?;
    let m = mv(vm, &this)?;
    let fmt = args::to_str(vm, b[0].as_ref().unwrap(), "cast() argument 'format'")?.to_string();
    let src_ndim = m.shape.borrow().len();
    let shape_arg = b[1].as_ref().filter(|s| !vm.is_none(s));
    let shape = match shape_arg {
        Some(s) => {
            let shape = cast_shape(vm, s);
            let ndim = match &s.payload {
                Payload::Tuple(t) => t.len(),
                Payload::List(l) => l.borrow().len(),
                _ => 0,
            };
            if shape.is_ok() && src_ndim != 1 && ndim != 1 {
                return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            Some(shape?)
        }
        None => None,
    };
    let size = itemsize_of(&fmt).ok_or_else(|| {
        vm.value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'")
    })?;
    if !is_byte_format(&m.format.borrow()) && !is_byte_format(&fmt) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    if m.len % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let shape = match shape {
        Some(sh) => {
            if sh.iter().product::<usize>() * size != m.len {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            sh
        }
        None => vec![m.len / size],
    };
    Ok(derived(
        vm,
        m.obj.clone(),
        m.start,
        m.len,
        fmt,
        shape,
        m.readonly,
    ))
}

fn mv_eq(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__eq__", args, 2, 2)?;
    let m = mv(vm, &a[0])?;
    let mine = mv_tolist(vm, Args::new(&a[..1]))?;
    let other = match &a[1].payload {
        Payload::MemoryView(o) => {
            if o.released.get() {
                return Ok(vm.new_bool(false));
            }
            if *o.shape.borrow() != *m.shape.borrow() {
                return Ok(vm.new_bool(false));
            }
            mv_tolist(vm, Args::new(&a[1..2]))?
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let d = crate::objects::bytes::bytes_from_object(vm, &a[1])?;
            if m.shape.borrow().len() != 1 || m.shape.borrow()[0] != d.len() {
                return Ok(vm.new_bool(false));
            }
            vm.new_list(d.into_iter().map(|b| vm.new_int(b as i64)).collect())
        }
        _ => return Ok(vm.not_implemented()),
    };
    vm.rich_compare(&mine, &other, crate::compile::bytecode::CompareKind::Eq)
}

fn mv_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let released = matches!(&this.payload, Payload::MemoryView(m) if m.released.get());
    Ok(vm.new_string(if released {
        format!("<released memory at {:#x}>", this.id())
    } else {
        format!("<memory at {:#x}>", this.id())
    }))
}

fn g_obj(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(mv(vm, o)?.obj.clone())
}
fn g_nbytes(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_usize(mv(vm, o)?.len))
}
fn g_readonly(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(mv(vm, o)?.readonly))
}
fn g_itemsize(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_usize(mv(vm, o)?.itemsize))
}
fn g_format(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_string(mv(vm, o)?.format.borrow().clone()))
}
fn g_ndim(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_usize(mv(vm, o)?.shape.borrow().len()))
}
fn g_shape(vm: &Vm, o: &PyRef) -> PyResult {
    let m = mv(vm, o)?;
    Ok(vm.new_tuple(m.shape.borrow().iter().map(|&s| vm.new_usize(s)).collect()))
}
fn g_strides(vm: &Vm, o: &PyRef) -> PyResult {
    let m = mv(vm, o)?;
    let st = strides_of(&m.shape.borrow(), m.itemsize);
    Ok(vm.new_tuple(st.into_iter().map(|s| vm.new_usize(s)).collect()))
}
fn g_released(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::MemoryView(m) => Ok(vm.new_bool(m.released.get())),
        _ => Ok(vm.new_bool(false)),
    }
}
fn g_contiguous(vm: &Vm, o: &PyRef) -> PyResult {
    mv(vm, o)?;
    Ok(vm.new_bool(true))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.memoryview;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__len__", mv_len),
            ("__getitem__", mv_getitem),
            ("__setitem__", mv_setitem),
            ("__eq__", mv_eq),
            ("__repr__", mv_repr),
            ("__enter__", mv_enter),
            ("__exit__", mv_exit),
            ("tobytes", mv_tobytes),
            ("tolist", mv_tolist),
            ("hex", mv_hex),
            ("release", mv_release),
            ("cast", mv_cast),
            ("toreadonly", mv_toreadonly),
            ("__hash__", mv_hash),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", mv_new, NativeKind::StaticMethod);
    use crate::objects::descr::add_getset;
    add_getset(vm, t, "obj", g_obj, None);
    add_getset(vm, t, "nbytes", g_nbytes, None);
    add_getset(vm, t, "readonly", g_readonly, None);
    add_getset(vm, t, "itemsize", g_itemsize, None);
    add_getset(vm, t, "format", g_format, None);
    add_getset(vm, t, "ndim", g_ndim, None);
    add_getset(vm, t, "shape", g_shape, None);
    add_getset(vm, t, "strides", g_strides, None);
    add_getset(vm, t, "released", g_released, None);
    add_getset(vm, t, "c_contiguous", g_contiguous, None);
    add_getset(vm, t, "contiguous", g_contiguous, None);
}
