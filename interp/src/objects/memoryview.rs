//! `memoryview` over bytes and bytearray (one-dimensional; formats of the `struct`
//! module's native integer codes, `c`, `?`, `f`, `d`).

use std::cell::{Cell, RefCell};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

fn itemsize_of(fmt: &str) -> Option<usize> {
    Some(match fmt.trim_start_matches('@') {
        "B" | "b" | "c" | "?" => 1,
        "H" | "h" | "e" => 2,
        "I" | "i" | "f" => 4,
        "L" | "l" | "Q" | "q" | "d" | "N" | "n" | "P" => 8,
        _ => return None,
    })
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
    Ok(vm.new_usize(m.len / m.itemsize))
}

fn mv_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getitem__", args, 2, 2)?;
    let m = mv(vm, &a[0])?;
    let n = m.len / m.itemsize;
    if let Payload::Slice(sl) = &a[1].payload {
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, n)?;
        if step != 1 {
            let data = bytes_of(vm, m)?;
            let sel: Vec<u8> = crate::objects::range::slice_positions(start, stop, step)
                .into_iter()
                .flat_map(|i| data[i * m.itemsize..(i + 1) * m.itemsize].to_vec())
                .collect();
            let b = vm.new_bytes(sel);
            return new_memoryview(vm, &b);
        }
        let count = (stop - start).max(0) as usize;
        return Ok(crate::objects::bytes::exported(PyRef::new(
            vm.types.memoryview.clone(),
            Payload::MemoryView(Box::new(MemoryViewData {
                obj: m.obj.clone(),
                start: m.start + start as usize * m.itemsize,
                len: count * m.itemsize,
                itemsize: m.itemsize,
                format: RefCell::new(m.format.borrow().clone()),
                shape: RefCell::new(vec![count]),
                readonly: m.readonly,
                released: Cell::new(false),
            })),
        )));
    }
    let i = args::to_i64(vm, &a[1])?;
    let idx = if i < 0 { i + n as i64 } else { i };
    if idx < 0 || idx >= n as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    let data = bytes_of(vm, m)?;
    let off = idx as usize * m.itemsize;
    unpack(vm, &m.format.borrow(), &data[off..off + m.itemsize])
}

fn mv_setitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__setitem__", args, 3, 3)?;
    let m = mv(vm, &a[0])?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    if m.itemsize != 1 {
        return Err(vm.new_error(
            &vm.exc.not_implemented_error,
            "memoryview item assignment for this format",
        ));
    }
    if let Payload::ByteArray(buf) = &m.obj.payload {
        if let Payload::Slice(sl) = &a[1].payload {
            let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, m.len)?;
            let data = crate::objects::bytes::bytes_from_object(vm, &a[2])?;
            let pos = crate::objects::range::slice_positions(start, stop, step);
            if pos.len() != data.len() {
                return Err(vm.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            let mut b = buf.borrow_mut();
            for (p, v) in pos.into_iter().zip(data) {
                b[m.start + p] = v;
            }
            return Ok(vm.none());
        }
        let i = args::to_i64(vm, &a[1])?;
        let idx = if i < 0 { i + m.len as i64 } else { i };
        if idx < 0 || idx >= m.len as i64 {
            return Err(vm.index_error("index out of bounds on dimension 1"));
        }
        let v = args::to_i64(vm, &a[2])?;
        if !(0..256).contains(&v) {
            return Err(vm.value_error("memoryview: invalid value for format 'B'"));
        }
        buf.borrow_mut()[m.start + idx as usize] = v as u8;
    }
    Ok(vm.none())
}

fn mv_tobytes(vm: &Vm, args: Args) -> PyResult {
    let m = mv(vm, args::this(vm, &args)?)?;
    Ok(vm.new_bytes(bytes_of(vm, m)?))
}

fn mv_tolist(vm: &Vm, args: Args) -> PyResult {
    let m = mv(vm, args::this(vm, &args)?)?;
    let data = bytes_of(vm, m)?;
    let fmt = m.format.borrow().clone();
    let mut out = Vec::new();
    for chunk in data.chunks(m.itemsize) {
        if chunk.len() == m.itemsize {
            out.push(unpack(vm, &fmt, chunk)?);
        }
    }
    Ok(vm.new_list(out))
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

fn mv_cast(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "cast", args, 2, 3)?;
    let m = mv(vm, &a[0])?;
    let fmt = args::to_str(vm, &a[1], "cast() argument 'format'")?.to_string();
    let size = itemsize_of(&fmt).ok_or_else(|| {
        vm.value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'")
    })?;
    if m.len % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    Ok(crate::objects::bytes::exported(PyRef::new(
        vm.types.memoryview.clone(),
        Payload::MemoryView(Box::new(MemoryViewData {
            obj: m.obj.clone(),
            start: m.start,
            len: m.len,
            itemsize: size,
            format: RefCell::new(fmt),
            shape: RefCell::new(vec![m.len / size]),
            readonly: m.readonly,
            released: Cell::new(false),
        })),
    )))
}

fn mv_eq(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__eq__", args, 2, 2)?;
    let m = mv(vm, &a[0])?;
    let mine = mv_tolist(vm, Args::new(&a[..1]))?;
    let other = match &a[1].payload {
        Payload::MemoryView(_) => mv_tolist(vm, Args::new(&a[1..2]))?,
        Payload::Bytes(_) | Payload::ByteArray(_) if m.itemsize == 1 => {
            let d = crate::objects::bytes::bytes_from_object(vm, &a[1])?;
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
    mv(vm, o)?;
    Ok(vm.new_int(1))
}
fn g_shape(vm: &Vm, o: &PyRef) -> PyResult {
    let m = mv(vm, o)?;
    Ok(vm.new_tuple(m.shape.borrow().iter().map(|&s| vm.new_usize(s)).collect()))
}
fn g_strides(vm: &Vm, o: &PyRef) -> PyResult {
    let m = mv(vm, o)?;
    Ok(vm.new_tuple(vec![vm.new_usize(m.itemsize)]))
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
        ],
    );
    crate::objects::add_native(vm, t, "__new__", mv_new, NativeKind::StaticMethod);
    crate::objects::add_attr(vm, t, "__hash__", vm.none());
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
