//! The `_struct` module (CPython's Modules/_struct.c): `pack`, `pack_into`, `unpack`,
//! `unpack_from`, `iter_unpack`, `calcsize`, `_clearcache`, the `Struct` type (its
//! compiled format cached per format string for the module functions) and `error`.
//! `format.rs` compiles formats; `pack.rs` converts single items.

mod format;
mod pack;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use format::{FormatError, Layout, Mode};

use crate::modules::user_args as user;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// Module functions: name → implementation.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("pack", mod_pack),
    ("pack_into", mod_pack_into),
    ("unpack", mod_unpack),
    ("unpack_from", mod_unpack_from),
    ("iter_unpack", mod_iter_unpack),
    ("calcsize", mod_calcsize),
    ("_clearcache", mod_clearcache),
];

/// `Struct` methods.
const STRUCT_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", struct_init),
    ("pack", struct_pack),
    ("pack_into", struct_pack_into),
    ("unpack", struct_unpack),
    ("unpack_from", struct_unpack_from),
    ("iter_unpack", struct_iter_unpack),
    ("__sizeof__", struct_sizeof),
];

/// Formats cached by the module functions before the cache is emptied (CPython's
/// MAXCACHE).
const MAX_CACHE: usize = 100;

static STRUCT_TYPE: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));
static ITER_TYPE: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));
static ERROR: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));
/// Compiled `Struct`s by (format given as bytes, format bytes).
type FormatCache = HashMap<(bool, Vec<u8>), PyRef>;

static CACHE: GilCell<RefCell<FormatCache>> = GilCell::new(|| RefCell::new(HashMap::new()));

fn cached(vm: &Vm, slot: &'static GilCell<RefCell<Option<PyRef>>>) -> PyResult {
    slot.with(|s| s.borrow().clone())
        .ok_or_else(|| vm.runtime_error("_struct is not initialized"))
}

/// State of a `Struct` object; the layout is shared so packing can run Python code
/// (`__index__`...) that re-initializes the object.
struct StructState {
    format: RefCell<String>,
    layout: RefCell<Rc<Layout>>,
}

fn state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a StructState> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<StructState>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_struct.Struct' object but received a '{}'",
            o.type_name()
        ))
    })
}

fn layout_of(vm: &Vm, o: &PyRef) -> PyResult<Rc<Layout>> {
    Ok(state(vm, o)?.layout.borrow().clone())
}

fn struct_error(vm: &Vm, msg: impl AsRef<str>) -> PyErr {
    match cached(vm, &ERROR) {
        Ok(e) => vm.new_error(&e, msg),
        Err(e) => e,
    }
}

/// The ASCII bytes of a format given as str or bytes.
fn format_bytes(vm: &Vm, f: &PyRef) -> PyResult<Vec<u8>> {
    match &f.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::Str(s) => match s.as_str() {
            Some(t) if t.is_ascii() => Ok(t.as_bytes().to_vec()),
            _ => {
                let b = vm.call_method(f, "encode", &[vm.new_str("ascii")])?;
                crate::objects::bytes::bytes_from_object(vm, &b)
            }
        },
        _ => Err(vm.type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            f.type_name()
        ))),
    }
}

fn compile(vm: &Vm, fmt: &[u8]) -> PyResult<Layout> {
    format::compile(fmt).map_err(|e| match e {
        FormatError::NoMemory => vm.memory_error(),
        e => struct_error(vm, e.message()),
    })
}

/// The `Struct` for a format argument of a module function (cached).
fn struct_for(vm: &Vm, f: &PyRef) -> PyResult<Rc<Layout>> {
    if let Payload::Native(_) = &f.payload {
        if let Ok(s) = state(vm, f) {
            return Ok(s.layout.borrow().clone());
        }
    }
    let key = (matches!(f.payload, Payload::Bytes(_)), format_bytes(vm, f)?);
    if let Some(s) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return layout_of(vm, &s);
    }
    let layout = Rc::new(compile(vm, &key.1)?);
    let st = StructState {
        format: RefCell::new(String::from_utf8_lossy(&key.1).into_owned()),
        layout: RefCell::new(layout.clone()),
    };
    let obj = vm.new_object_of(&cached(vm, &STRUCT_TYPE)?, Payload::Native(Box::new(st)));
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAX_CACHE {
            c.clear();
        }
        c.insert(key, obj);
    });
    Ok(layout)
}

/// Packs `items` (exactly one per code) with `layout`.
fn pack_values(vm: &Vm, name: &str, layout: &Layout, items: &[PyRef]) -> PyResult<Vec<u8>> {
    if items.len() != layout.codes.len() {
        return Err(struct_error(
            vm,
            format!(
                "{} expected {} items for packing (got {})",
                name,
                layout.codes.len(),
                items.len()
            ),
        ));
    }
    let err = cached(vm, &ERROR)?;
    let mut out = Vec::new();
    out.try_reserve_exact(layout.size)
        .map_err(|_| vm.memory_error())?;
    out.resize(layout.size, 0u8);
    for (code, v) in layout.codes.iter().zip(items) {
        let field = &mut out[code.offset..code.offset + code.size];
        if let Err(e) = pack::pack_item(vm, &err, layout.mode, code, v, field) {
            if pack::is_int(v) && vm.exc_matches(&e, &vm.exc.overflow_error) {
                return Err(vm.new_error(&err, "int too large to convert"));
            }
            return Err(e);
        }
    }
    Ok(out)
}

fn unpack_values(vm: &Vm, layout: &Layout, data: &[u8]) -> PyRef {
    let items = layout
        .codes
        .iter()
        .map(|c| pack::unpack_item(vm, layout.mode, c, &data[c.offset..c.offset + c.size]))
        .collect();
    vm.new_tuple(items)
}

fn unpack_buffer(vm: &Vm, layout: &Layout, buf: &PyRef) -> PyResult {
    let data = crate::objects::bytes::bytes_from_object(vm, buf)?;
    if data.len() != layout.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", layout.size),
        ));
    }
    Ok(unpack_values(vm, layout, &data))
}

fn unpack_from_buffer(vm: &Vm, layout: &Layout, buf: &PyRef, offset: i64) -> PyResult {
    let data = crate::objects::bytes::bytes_from_object(vm, buf)?;
    let len = data.len() as i64;
    let size = layout.size as i64;
    let mut offset = offset;
    if offset < 0 {
        if offset + size > 0 {
            return Err(struct_error(
                vm,
                format!(
                    "not enough data to unpack {} bytes at offset {}",
                    size, offset
                ),
            ));
        }
        if offset + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {} out of range for {}-byte buffer", offset, len),
            ));
        }
        offset += len;
    }
    if len - offset < size {
        return Err(struct_error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                size as i128 + offset as i128,
                size,
                offset,
                len
            ),
        ));
    }
    let o = offset as usize;
    Ok(unpack_values(vm, layout, &data[o..o + layout.size]))
}

/// Runs `f` on the bytes of a writable buffer (a bytearray, a native buffer such as an
/// array, or a writable memoryview of either).
fn with_writable<R>(vm: &Vm, buf: &PyRef, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
    let not_writable = || {
        vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            buf.type_name()
        ))
    };
    match &buf.payload {
        Payload::ByteArray(b) => Ok(f(&mut b.borrow_mut())),
        Payload::MemoryView(m) => {
            if m.released.get() {
                return Err(vm.value_error("operation forbidden on released memoryview object"));
            }
            if m.readonly {
                return Err(not_writable());
            }
            match &m.obj.payload {
                Payload::ByteArray(b) => {
                    let mut b = b.borrow_mut();
                    let end = (m.start + m.len).min(b.len());
                    Ok(f(&mut b[m.start.min(end)..end]))
                }
                _ => crate::objects::buffer::with_native_mut(&m.obj, |b| {
                    let end = (m.start + m.len).min(b.len());
                    f(&mut b[m.start.min(end)..end])
                })
                .ok_or_else(not_writable),
            }
        }
        _ => crate::objects::buffer::with_native_mut(buf, f).ok_or_else(not_writable),
    }
}

/// `pack_into(buffer, offset, *items)` once the layout is known.
fn pack_into_impl(vm: &Vm, layout: &Layout, a: &[PyRef]) -> PyResult {
    if a.len() != layout.codes.len() + 2 {
        return Err(match a.len() {
            0 => struct_error(vm, "pack_into expected buffer argument"),
            1 => struct_error(vm, "pack_into expected offset argument"),
            n => struct_error(
                vm,
                format!(
                    "pack_into expected {} items for packing (got {})",
                    layout.codes.len(),
                    n - 2
                ),
            ),
        });
    }
    let buf = &a[0];
    let len = with_writable(vm, buf, |b| b.len() as i64)?;
    let mut offset = match vm.index_opt(&a[1]) {
        Ok(Some(i)) => i,
        Ok(None) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                a[1].type_name()
            )))
        }
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
            return Err(vm.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                a[1].type_name()
            )))
        }
        Err(e) => return Err(e),
    };
    let size = layout.size as i64;
    if offset < 0 {
        if offset + size > 0 {
            return Err(struct_error(
                vm,
                format!("no space to pack {} bytes at offset {}", size, offset),
            ));
        }
        if offset + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {} out of range for {}-byte buffer", offset, len),
            ));
        }
        offset += len;
    }
    if len - offset < size {
        return Err(struct_error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                size as i128 + offset as i128,
                size,
                offset,
                len
            ),
        ));
    }
    let data = pack_values(vm, "pack_into", layout, &a[2..])?;
    let o = offset as usize;
    with_writable(vm, buf, |b| {
        if o + data.len() <= b.len() {
            b[o..o + data.len()].copy_from_slice(&data);
        }
    })?;
    Ok(vm.none())
}

// ---- iter_unpack ----

struct UnpackIter {
    layout: Rc<Layout>,
    data: Vec<u8>,
    pos: Cell<usize>,
}

fn iter_state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a UnpackIter> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<UnpackIter>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("expected a '_struct.unpack_iterator' object"))
}

fn iter_unpack_impl(vm: &Vm, layout: Rc<Layout>, buf: &PyRef) -> PyResult {
    if layout.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = crate::objects::bytes::bytes_from_object(vm, buf)?;
    if data.len() % layout.size != 0 {
        return Err(struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            ),
        ));
    }
    let st = UnpackIter {
        layout,
        data,
        pos: Cell::new(0),
    };
    Ok(vm.new_object_of(&cached(vm, &ITER_TYPE)?, Payload::Native(Box::new(st))))
}

fn iter_next(vm: &Vm, a: Args) -> PyResult {
    let it = iter_state(vm, args::this(vm, &a)?)?;
    let p = it.pos.get();
    let size = it.layout.size;
    if p + size > it.data.len() {
        return Err(vm.stop_iteration(None));
    }
    it.pos.set(p + size);
    Ok(unpack_values(vm, &it.layout, &it.data[p..p + size]))
}

fn iter_self(vm: &Vm, a: Args) -> PyResult {
    Ok(args::this(vm, &a)?.clone())
}

fn iter_length_hint(vm: &Vm, a: Args) -> PyResult {
    let it = iter_state(vm, args::this(vm, &a)?)?;
    let left = (it.data.len() - it.pos.get().min(it.data.len())) / it.layout.size;
    Ok(vm.new_int(left as i64))
}

// ---- Struct ----

fn struct_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    let st = StructState {
        format: RefCell::new(String::new()),
        layout: RefCell::new(Rc::new(Layout {
            mode: Mode::Native,
            codes: Vec::new(),
            size: 0,
        })),
    };
    Ok(vm.new_object_of(&cls, Payload::Native(Box::new(st))))
}

fn struct_init(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let b = args::bind(vm, "Struct", user(a), &["format"], 1, 0)?;
    let f = b[0].clone().unwrap_or_else(|| vm.none());
    let fmt = format_bytes(vm, &f)?;
    let layout = compile(vm, &fmt)?;
    let st = state(vm, this)?;
    *st.format.borrow_mut() = String::from_utf8_lossy(&fmt).into_owned();
    *st.layout.borrow_mut() = Rc::new(layout);
    Ok(vm.none())
}

fn struct_pack(vm: &Vm, a: Args) -> PyResult {
    let layout = layout_of(vm, args::this(vm, &a)?)?;
    let u = user(a);
    if u.has_kw() {
        return Err(vm.type_error("pack() takes no keyword arguments"));
    }
    Ok(vm.new_bytes(pack_values(vm, "pack", &layout, u.args)?))
}

fn struct_pack_into(vm: &Vm, a: Args) -> PyResult {
    let layout = layout_of(vm, args::this(vm, &a)?)?;
    let u = user(a);
    if u.has_kw() {
        return Err(vm.type_error("pack_into() takes no keyword arguments"));
    }
    pack_into_impl(vm, &layout, u.args)
}

fn struct_unpack(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "unpack", a, 1, 1)?;
    let layout = layout_of(vm, &p[0])?;
    unpack_buffer(vm, &layout, &p[1])
}

/// `(buffer, offset=0)` of `unpack_from`, keywords allowed.
fn buffer_offset(vm: &Vm, a: Args) -> PyResult<(PyRef, i64)> {
    for k in a.kwnames {
        let kn = vm.str_of(k).unwrap_or("");
        if kn != "buffer" && kn != "offset" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for unpack_from()",
                kn
            )));
        }
    }
    let b = args::bind(vm, "unpack_from", a, &["buffer", "offset"], 1, 0)?;
    let offset = match &b[1] {
        Some(o) => args::to_i64(vm, o)?,
        None => 0,
    };
    Ok((b[0].clone().unwrap_or_else(|| vm.none()), offset))
}

fn struct_unpack_from(vm: &Vm, a: Args) -> PyResult {
    let layout = layout_of(vm, args::this(vm, &a)?)?;
    let (buf, offset) = buffer_offset(vm, user(a))?;
    unpack_from_buffer(vm, &layout, &buf, offset)
}

fn struct_iter_unpack(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "iter_unpack", a, 1, 1)?;
    let layout = layout_of(vm, &p[0])?;
    iter_unpack_impl(vm, layout, &p[1])
}

fn struct_sizeof(vm: &Vm, a: Args) -> PyResult {
    let layout = layout_of(vm, args::this(vm, &a)?)?;
    Ok(vm.new_int(64 + 24 * (layout.codes.len() as i64 + 1)))
}

fn struct_format(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_str(&state(vm, o)?.format.borrow()))
}

fn struct_size(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_int(layout_of(vm, o)?.size as i64))
}

// ---- module functions ----

/// The format (first argument) of a module function and the rest.
fn split_format<'a>(vm: &Vm, a: &'a [PyRef]) -> PyResult<(Rc<Layout>, &'a [PyRef])> {
    let f = a
        .first()
        .ok_or_else(|| vm.type_error("missing format argument"))?;
    Ok((struct_for(vm, f)?, &a[1..]))
}

fn mod_pack(vm: &Vm, a: Args) -> PyResult {
    let u = user(a);
    if u.has_kw() {
        return Err(vm.type_error("pack() takes no keyword arguments"));
    }
    let (layout, rest) = split_format(vm, u.args)?;
    Ok(vm.new_bytes(pack_values(vm, "pack", &layout, rest)?))
}

fn mod_pack_into(vm: &Vm, a: Args) -> PyResult {
    let u = user(a);
    if u.has_kw() {
        return Err(vm.type_error("pack_into() takes no keyword arguments"));
    }
    let (layout, rest) = split_format(vm, u.args)?;
    pack_into_impl(vm, &layout, rest)
}

fn mod_unpack(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "unpack", user(a), 2, 2)?;
    let layout = struct_for(vm, &p[0])?;
    unpack_buffer(vm, &layout, &p[1])
}

fn mod_unpack_from(vm: &Vm, a: Args) -> PyResult {
    let u = user(a);
    if u.pos().is_empty() {
        return Err(vm.type_error("unpack_from() missing required argument 'format' (pos 1)"));
    }
    let layout = struct_for(vm, &u.args[0])?;
    let (buf, offset) = buffer_offset(vm, Args::with_kw(&u.args[1..], u.kwnames))?;
    unpack_from_buffer(vm, &layout, &buf, offset)
}

fn mod_iter_unpack(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "iter_unpack", user(a), 2, 2)?;
    let layout = struct_for(vm, &p[0])?;
    iter_unpack_impl(vm, layout, &p[1])
}

fn mod_calcsize(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "calcsize", user(a), 1, 1)?;
    Ok(vm.new_int(struct_for(vm, &p[0])?.size as i64))
}

fn mod_clearcache(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_clearcache", user(a), 0, 0)?;
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(vm.none())
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "_struct", FUNCTIONS);
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "__doc__", vm.new_str(include_str!("doc.txt")))?;
    // A module made again (`import_fresh_module('_struct')`) shares the types and the
    // error class of the first, as a re-imported single-phase C module does: the
    // functions of every copy raise the `error` all copies export.
    if let (Ok(st), Ok(err)) = (cached(vm, &STRUCT_TYPE), cached(vm, &ERROR)) {
        vm.dict_set_str(&d, "Struct", st)?;
        vm.dict_set_str(&d, "error", err)?;
        return Ok(m);
    }

    let st = crate::objects::typeobj::new_native_type(vm, "Struct", "_struct", true);
    crate::objects::add_native(vm, &st, "__new__", struct_new, NativeKind::StaticMethod);
    crate::objects::add_methods(vm, &st, STRUCT_METHODS);
    crate::objects::add_attr(
        vm,
        &st,
        "__doc__",
        vm.new_str("Struct(fmt) --> compiled struct object\n\n"),
    );
    crate::objects::descr::add_getset(vm, &st, "format", struct_format, None);
    crate::objects::descr::add_getset(vm, &st, "size", struct_size, None);
    vm.dict_set_str(&d, "Struct", st.clone())?;

    let it = crate::objects::typeobj::new_native_type(vm, "unpack_iterator", "_struct", false);
    crate::objects::add_methods(
        vm,
        &it,
        &[
            ("__iter__", iter_self),
            ("__next__", iter_next),
            ("__length_hint__", iter_length_hint),
        ],
    );

    let ns = vm.new_dict();
    vm.dict_set_str(&ns, "__module__", vm.new_str("struct"))?;
    let err = crate::objects::typeobj::create_class(
        vm,
        &vm.types.type_,
        "error",
        vec![vm.exc.exception.clone()],
        &ns,
    )?;
    vm.dict_set_str(&d, "error", err.clone())?;

    STRUCT_TYPE.with(|s| *s.borrow_mut() = Some(st));
    ITER_TYPE.with(|s| *s.borrow_mut() = Some(it));
    ERROR.with(|s| *s.borrow_mut() = Some(err));
    Ok(m)
}
