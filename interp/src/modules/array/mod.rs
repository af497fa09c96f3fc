//! The `array` module (CPython's Modules/arraymodule.c): `array.array`, compact
//! sequences of one C item kind, with `typecodes`, `ArrayType` and the pickling helper
//! `_array_reconstructor`. An array's payload is an [`objects::buffer::NativeBuffer`],
//! so memoryview, `bytes()`, `struct.pack_into`, `readinto` and `recv_into` see its
//! bytes, and live exports forbid resizing.
//!
//! `item.rs` holds the typecodes and item conversions, `sequence.rs` the sequence
//! protocol (indexing, slices, concatenation, comparison), `methods.rs` the named
//! methods, `pickle.rs` `__reduce_ex__`, the reconstructor and the iterator type.
//!
//! [`objects::buffer::NativeBuffer`]: crate::objects::buffer::NativeBuffer

mod item;
mod methods;
mod pickle;
mod sequence;

use std::cell::RefCell;
use std::rc::Rc;

use item::Code;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::buffer::{self, NativeBuffer};
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// Module functions.
const FUNCTIONS: &[(&str, NativeFn)] = &[("_array_reconstructor", pickle::reconstructor)];

/// `array.array` methods (the sequence protocol's are in `sequence::METHODS`).
const METHODS: &[(&str, NativeFn)] = &[
    ("append", methods::append),
    ("extend", methods::extend),
    ("insert", methods::insert),
    ("pop", methods::pop),
    ("remove", methods::remove),
    ("index", methods::index),
    ("count", methods::count),
    ("reverse", methods::reverse),
    ("byteswap", methods::byteswap),
    ("buffer_info", methods::buffer_info),
    ("frombytes", methods::frombytes),
    ("tobytes", methods::tobytes),
    ("fromlist", methods::fromlist),
    ("tolist", methods::tolist),
    ("fromunicode", methods::fromunicode),
    ("tounicode", methods::tounicode),
    ("fromfile", methods::fromfile),
    ("tofile", methods::tofile),
    ("__copy__", methods::copy),
    ("__deepcopy__", methods::deepcopy),
    ("__sizeof__", methods::sizeof),
    ("__reduce_ex__", pickle::reduce_ex),
];

/// Types the module's functions share.
struct ArrayState {
    array_type: PyRef,
    iter_type: PyRef,
}

static STATE: GilCell<RefCell<Option<Rc<ArrayState>>>> = GilCell::new(|| RefCell::new(None));

fn state(vm: &Vm) -> PyResult<Rc<ArrayState>> {
    STATE
        .with(|s| s.borrow().clone())
        .ok_or_else(|| vm.runtime_error("array is not initialized"))
}

/// The buffer and typecode of an array object.
fn arr<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<(&'a NativeBuffer, Code)> {
    buffer::native(o)
        .and_then(|nb| item::lookup(nb.code).map(|c| (nb, c)))
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor requires a 'array.array' object but received a '{}'",
                o.type_name()
            ))
        })
}

/// The number of items of an array buffer.
fn len_of(nb: &NativeBuffer) -> usize {
    nb.data.borrow().len() / nb.itemsize
}

/// CPython's BufferError when an array with live exports would change size.
fn check_resize(vm: &Vm, nb: &NativeBuffer) -> PyResult<()> {
    if nb.exports.get() > 0 {
        return Err(vm.new_error(
            &vm.exc.buffer_error,
            "cannot resize an array that is exporting buffers",
        ));
    }
    Ok(())
}

/// A new array of class `cls` holding `data`.
fn new_array(vm: &Vm, cls: &PyRef, code: Code, data: Vec<u8>) -> PyRef {
    vm.new_object_of(
        cls,
        Payload::Native(Box::new(NativeBuffer::new(
            data,
            code.format,
            code.ch,
            code.size,
        ))),
    )
}

/// A new exact `array.array` (results of slicing, concatenation, repetition, copy).
fn new_plain(vm: &Vm, code: Code, data: Vec<u8>) -> PyResult {
    Ok(new_array(vm, &state(vm)?.array_type, code, data))
}

fn bad_typecode(vm: &Vm) -> PyErr {
    vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
}

/// The typecode character of a `C` argument (a str of one character).
fn typecode_arg(vm: &Vm, o: &PyRef, what: &str) -> PyResult<u32> {
    match &o.payload {
        Payload::Str(s) if s.char_len == 1 => Ok(s.code_point_at(0).unwrap_or(0)),
        _ => Err(vm.type_error(format!(
            "{} must be a unicode character, not {}",
            what,
            o.type_name()
        ))),
    }
}

/// `array.__new__(cls, typecode[, initializer])`.
fn array_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    let st = state(vm)?;
    if a.has_kw() && (cls.is(&st.array_type) || !overrides_init(vm, &cls, &st.array_type)) {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let pos = &a.pos()[1..];
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(if pos.is_empty() {
            "array() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("array() takes at most 2 arguments ({} given)", pos.len())
        }));
    }
    let tc = typecode_arg(vm, &pos[0], "array() argument 1")?;
    let code = u8::try_from(tc)
        .ok()
        .and_then(item::lookup)
        .ok_or_else(|| bad_typecode(vm))?;
    make(vm, &cls, code, pos.get(1))
}

/// Whether `cls` (a subclass) defines its own `__init__` (CPython then lets keyword
/// arguments through to it).
fn overrides_init(vm: &Vm, cls: &PyRef, base: &PyRef) -> bool {
    let mine = crate::object::typeobj::type_lookup(cls, &vm.intern("__init__"));
    let theirs = crate::object::typeobj::type_lookup(base, &vm.intern("__init__"));
    match (mine, theirs) {
        (Some(m), Some(t)) => !m.is(&t),
        _ => false,
    }
}

/// Builds an array of `cls` from an optional initializer, as `array_new` does.
fn make(vm: &Vm, cls: &PyRef, code: Code, init: Option<&PyRef>) -> PyResult {
    let mut data = Vec::new();
    if let Some(init) = init {
        let is_u = code.ch == b'u';
        if !is_u && matches!(init.payload, Payload::Str(_)) {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code.ch as char
            )));
        }
        let other = buffer::native(init).and_then(|nb| item::lookup(nb.code));
        if let Some(oc) = other {
            if oc.ch == b'u' && !is_u {
                return Err(vm.type_error(format!(
                    "cannot use a unicode array to initialize an array with typecode '{}'",
                    code.ch as char
                )));
            }
        }
        match &init.payload {
            Payload::List(l) => {
                let items = l.borrow().clone();
                for x in &items {
                    code.put(vm, x, &mut data)?;
                }
            }
            Payload::Tuple(t) => {
                for x in t.iter() {
                    code.put(vm, x, &mut data)?;
                }
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let b = crate::objects::bytes::bytes_from_object(vm, init)?;
                if !b.len().is_multiple_of(code.size) {
                    return Err(vm.value_error("bytes length not a multiple of item size"));
                }
                data = b;
            }
            Payload::Str(s) if is_u => methods::push_str(s, code, &mut data),
            _ if other.is_some_and(|oc| oc.ch == code.ch) => {
                data = buffer::native_bytes(init).unwrap_or_default();
            }
            _ => {
                let it = vm.get_iter(init)?;
                while let Some(x) = vm.iter_next(&it)? {
                    code.put(vm, &x, &mut data)?;
                }
            }
        }
    }
    Ok(new_array(vm, cls, code, data))
}

fn g_typecode(vm: &Vm, o: &PyRef) -> PyResult {
    let (_, c) = arr(vm, o)?;
    Ok(vm.new_char(c.ch as char))
}

fn g_itemsize(vm: &Vm, o: &PyRef) -> PyResult {
    let (_, c) = arr(vm, o)?;
    Ok(vm.new_usize(c.size))
}

fn make_type(vm: &Vm) -> PyRef {
    let t = crate::objects::typeobj::new_native_type(vm, "array", "array", true);
    crate::objects::add_native(vm, &t, "__new__", array_new, NativeKind::StaticMethod);
    crate::objects::add_methods(vm, &t, sequence::METHODS);
    crate::objects::add_methods(vm, &t, METHODS);
    use crate::objects::descr::add_getset;
    add_getset(vm, &t, "typecode", g_typecode, None);
    add_getset(vm, &t, "itemsize", g_itemsize, None);
    crate::objects::add_attr(vm, &t, "__hash__", vm.none());
    crate::objects::add_attr(vm, &t, "__doc__", vm.new_str(include_str!("doc.txt")));
    t
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "array", FUNCTIONS);
    let d = vm.module_dict(&m).unwrap();
    let array_type = make_type(vm);
    let iter_type = pickle::make_iter_type(vm);
    vm.dict_set_str(&d, "array", array_type.clone())?;
    vm.dict_set_str(&d, "ArrayType", array_type.clone())?;
    let codes: String = item::CODES.iter().map(|c| c.ch as char).collect();
    vm.dict_set_str(&d, "typecodes", vm.new_string(codes))?;
    STATE.with(|s| {
        *s.borrow_mut() = Some(Rc::new(ArrayState {
            array_type: array_type.clone(),
            iter_type,
        }))
    });
    // array.array is a MutableSequence, as Lib/array.py's registration does in CPython.
    if let Ok(abc) = vm.import_full("collections.abc") {
        if let Ok(ms) = vm.get_attr_str(&abc, "MutableSequence") {
            let _ = vm.call_method(&ms, "register", &[array_type]);
        }
    }
    Ok(m)
}
