//! The `_operator` module. For now it holds what has no pure-Python fallback in
//! CPython's `operator.py`: `_compare_digest` (used by `hmac` and `secrets`). The rest of
//! `operator` runs from `operator.py`'s Python definitions.

use crate::object::payload::*;
use crate::objects::args;
use crate::vm::Vm;

/// `_compare_digest(a, b)`: equality of two ASCII strs or two bytes-like objects in time
/// that depends only on the length of `b` (CPython's `_tscmp`).
fn compare_digest(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "_compare_digest", crate::modules::user_args(a), 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    let (left, right) = match (vm.str_of(x), vm.str_of(y)) {
        (Some(l), Some(r)) => {
            if !l.is_ascii() || !r.is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            (l.as_bytes().to_vec(), r.as_bytes().to_vec())
        }
        _ => {
            // CPython: neither side a buffer → "unsupported operand types"; otherwise
            // the first side that is not a buffer is named.
            let bl = crate::objects::bytes::bytes_from_object(vm, x);
            let br = crate::objects::bytes::bytes_from_object(vm, y);
            match (bl, br) {
                (Ok(l), Ok(r)) => (l, r),
                (Err(_), Err(_)) => return Err(unsupported(vm, &x.type_name(), &y.type_name())),
                (Err(e), _) | (_, Err(e)) => return Err(e),
            }
        }
    };
    // Compare against `right` in full whatever `left` holds, so the time taken does not
    // reveal where the first difference is.
    let mut diff = (left.len() != right.len()) as u8;
    for (i, b) in right.iter().enumerate() {
        let l = if left.is_empty() {
            0
        } else {
            left[i % left.len()]
        };
        diff |= l ^ b;
    }
    Ok(vm.new_bool(diff == 0))
}

fn unsupported(vm: &Vm, a: &str, b: &str) -> PyErr {
    vm.type_error(format!(
        "unsupported operand types(s) or combination of types: '{}' and '{}'",
        a, b
    ))
}

pub fn init(vm: &Vm) -> PyResult {
    let m =
        crate::modules::new_native_module(vm, "_operator", &[("_compare_digest", compare_digest)]);
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."),
    )?;
    Ok(m)
}
