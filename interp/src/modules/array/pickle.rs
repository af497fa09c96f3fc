//! Pickling of arrays and their iterators: `__reduce_ex__` (a list of items for
//! protocols 0–2; for 3 and later the raw bytes with a machine format code, read back by
//! `_array_reconstructor`), and the `arrayiterator` type with `__reduce__` and
//! `__setstate__` (CPython's `array_array___reduce_ex__`, `array__array_reconstructor`,
//! `arrayiterobject`).

use std::cell::{Cell, RefCell};

use super::item::{self, Code, Kind};
use super::{arr, len_of, make, typecode_arg};
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// A machine format code: item size, signedness, byte order (CPython's
/// `mformat_descriptors`, `enum machine_format_code` order), for the integer and
/// float codes 0..=17.
const MFORMATS: [(usize, bool, bool); 18] = [
    (1, false, false),
    (1, true, false),
    (2, false, false),
    (2, false, true),
    (2, true, false),
    (2, true, true),
    (4, false, false),
    (4, false, true),
    (4, true, false),
    (4, true, true),
    (8, false, false),
    (8, false, true),
    (8, true, false),
    (8, true, true),
    (4, false, false),
    (4, false, true),
    (8, false, false),
    (8, false, true),
];
const IEEE_754_FLOAT_LE: i64 = 14;
const IEEE_754_DOUBLE_BE: i64 = 17;
const UTF16_LE: i64 = 18;
const MFORMAT_MAX: i64 = 21;

/// The machine format code of a typecode on this machine.
fn native_mformat(code: Code) -> i64 {
    let be = i64::from(cfg!(target_endian = "big"));
    match code.kind {
        Kind::Unicode => 20 + be,
        Kind::Float if code.size == 4 => 14 + be,
        Kind::Float => 16 + be,
        Kind::Signed | Kind::Unsigned => {
            let signed = code.kind == Kind::Signed;
            let base = match code.size {
                1 => return i64::from(signed),
                2 => 2,
                4 => 6,
                _ => 10,
            };
            base + if signed { 2 } else { 0 } + be
        }
    }
}

fn reconstructor_fn(vm: &Vm) -> PyResult {
    let m = vm.import_full("array")?;
    vm.get_attr_str(&m, "_array_reconstructor")
}

/// `array.__reduce_ex__(protocol)`.
pub(super) fn reduce_ex(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__reduce_ex__", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    let protocol = args::to_i64(vm, &a[1])?;
    let cls = a[0].class().clone();
    let dict = match vm.get_attr_str(&a[0], "__dict__") {
        Ok(d) => d,
        Err(e) if vm.exc_matches(&e, &vm.exc.attribute_error) => vm.none(),
        Err(e) => return Err(e),
    };
    let tc = vm.new_char(code.ch as char);
    if protocol < 3 {
        let items = super::methods::to_list(vm, nb, code)?;
        let ctor_args = vm.new_tuple(vec![tc, items]);
        return Ok(vm.new_tuple(vec![cls, ctor_args, dict]));
    }
    let bytes = vm.new_bytes(nb.data.borrow().clone());
    let rargs = vm.new_tuple(vec![cls, tc, vm.new_int(native_mformat(code)), bytes]);
    Ok(vm.new_tuple(vec![reconstructor_fn(vm)?, rargs, dict]))
}

/// Decodes integer items of machine format `mf` (0..=13) into int objects.
fn decode_ints(vm: &Vm, b: &[u8], mf: usize) -> Vec<PyRef> {
    let (size, signed, big) = MFORMATS[mf];
    b.chunks(size)
        .map(|c| {
            let mut v: u64 = 0;
            for k in 0..size {
                let byte = if big { c[k] } else { c[size - 1 - k] };
                v = (v << 8) | byte as u64;
            }
            if signed {
                let shift = 64 - 8 * size as u32;
                vm.new_int(((v << shift) as i64) >> shift)
            } else {
                vm.new_int_from_i128(v as i128)
            }
        })
        .collect()
}

/// Decodes float items of machine format `mf` (14..=17).
fn decode_floats(vm: &Vm, b: &[u8], mf: usize) -> Vec<PyRef> {
    let (size, _, big) = MFORMATS[mf];
    b.chunks(size)
        .map(|c| {
            let mut w = c.to_vec();
            if big {
                w.reverse();
            }
            let x = if size == 4 {
                f32::from_le_bytes([w[0], w[1], w[2], w[3]]) as f64
            } else {
                f64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]])
            };
            vm.new_float(x)
        })
        .collect()
}

/// `_array_reconstructor(arraytype, typecode, mformat_code, items)`.
pub(super) fn reconstructor(vm: &Vm, a: Args) -> PyResult {
    let a = crate::modules::user_args(a);
    if a.has_kw() {
        return Err(vm.type_error("_array_reconstructor() takes no keyword arguments"));
    }
    let p = a.args;
    if p.len() != 4 {
        return Err(vm.type_error(format!(
            "_array_reconstructor expected 4 arguments, got {}",
            p.len()
        )));
    }
    let tc = typecode_arg(vm, &p[1], "_array_reconstructor() argument 2")?;
    let mf = super::super::io::int_arg(vm, &p[2])?;
    let array_type = super::state(vm)?.array_type.clone();
    if !matches!(p[0].payload, Payload::Type(_)) {
        return Err(vm.type_error(format!(
            "first argument must be a type object, not {}",
            p[0].type_name()
        )));
    }
    if !crate::object::typeobj::is_subtype(&p[0], &array_type) {
        return Err(vm.type_error(format!(
            "{} is not a subtype of array.array",
            p[0].type_data().name.borrow()
        )));
    }
    let code = u8::try_from(tc)
        .ok()
        .and_then(item::lookup)
        .ok_or_else(|| vm.value_error("second argument must be a valid type code"))?;
    if !(0..=MFORMAT_MAX).contains(&mf) {
        return Err(vm.value_error("third argument must be a valid machine format code."));
    }
    let b = match &p[3].payload {
        Payload::Bytes(b) => b.to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "fourth argument should be bytes, not {}",
                p[3].type_name()
            )))
        }
    };
    if mf == native_mformat(code) {
        return make(vm, &p[0], code, Some(&p[3]));
    }
    if mf >= UTF16_LE {
        let enc = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"][(mf - UTF16_LE) as usize];
        let s = vm.call_method(&p[3], "decode", &[vm.new_str(enc)])?;
        return make(vm, &p[0], code, Some(&s));
    }
    let (size, signed, _) = MFORMATS[mf as usize];
    if !b.len().is_multiple_of(size) {
        return Err(vm.value_error("string length not a multiple of item size"));
    }
    let (code, items) = if (IEEE_754_FLOAT_LE..=IEEE_754_DOUBLE_BE).contains(&mf) {
        (code, decode_floats(vm, &b, mf as usize))
    } else {
        // CPython repacks into the last integer typecode of that size and signedness.
        let better = item::CODES
            .iter()
            .rev()
            .copied()
            .find(|c| c.is_int() && c.size == size && (c.kind == Kind::Signed) == signed)
            .unwrap_or(code);
        (better, decode_ints(vm, &b, mf as usize))
    };
    let list = vm.new_list(items);
    make(vm, &p[0], code, Some(&list))
}

/// The state of an `arrayiterator`: the array (dropped once exhausted) and the index.
struct ArrayIter {
    array: RefCell<Option<PyRef>>,
    index: Cell<usize>,
}

fn iter_state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a ArrayIter> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<ArrayIter>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("arrayiterator expected"))
}

pub(super) fn new_iter(vm: &Vm, ty: &PyRef, array: &PyRef, index: usize) -> PyRef {
    vm.new_object_of(
        ty,
        Payload::Native(Box::new(ArrayIter {
            array: RefCell::new(Some(array.clone())),
            index: Cell::new(index),
        })),
    )
}

fn it_iter(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__iter__", a, 0, 0)?;
    Ok(a[0].clone())
}

fn it_next(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__next__", a, 0, 0)?;
    let st = iter_state(vm, &a[0])?;
    let Some(array) = st.array.borrow().clone() else {
        return Err(vm.stop_iteration(None));
    };
    let (nb, code) = arr(vm, &array)?;
    let i = st.index.get();
    if i < len_of(nb) {
        st.index.set(i + 1);
        return super::sequence::item_at(vm, nb, code, i);
    }
    *st.array.borrow_mut() = None;
    Err(vm.stop_iteration(None))
}

fn it_reduce(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__reduce__", a, 0, 0)?;
    let st = iter_state(vm, &a[0])?;
    let builtins = vm.import_full("builtins")?;
    let iter_fn = vm.get_attr_str(&builtins, "iter")?;
    Ok(match st.array.borrow().clone() {
        Some(array) => vm.new_tuple(vec![
            iter_fn,
            vm.new_tuple(vec![array]),
            vm.new_usize(st.index.get()),
        ]),
        None => vm.new_tuple(vec![iter_fn, vm.new_tuple(vec![vm.new_tuple(vec![])])]),
    })
}

fn it_setstate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__setstate__", a, 1, 1)?;
    let st = iter_state(vm, &a[0])?;
    let mut i = args::to_i64(vm, &a[1])?.max(0) as usize;
    if let Some(array) = st.array.borrow().as_ref() {
        i = i.min(len_of(arr(vm, array)?.0));
    }
    st.index.set(i);
    Ok(vm.none())
}

/// `arrayiterator` objects come only from `iter(array)` (CPython's
/// Py_TPFLAGS_DISALLOW_INSTANTIATION).
fn it_new(vm: &Vm, _a: Args) -> PyResult {
    Err(vm.type_error("cannot create 'array.arrayiterator' instances"))
}

pub(super) fn make_iter_type(vm: &Vm) -> PyRef {
    let t = crate::objects::typeobj::new_native_type(vm, "arrayiterator", "array", false);
    crate::objects::add_native(vm, &t, "__new__", it_new, NativeKind::StaticMethod);
    crate::objects::add_methods(
        vm,
        &t,
        &[
            ("__iter__", it_iter),
            ("__next__", it_next),
            ("__reduce__", it_reduce),
            ("__setstate__", it_setstate),
        ],
    );
    t
}
