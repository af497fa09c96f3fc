//! The protocol methods of `str` (comparison, concatenation, repetition, indexing,
//! iteration, hashing, repr) and its construction (`str.__new__`) and `encode`.

use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use ferropy_primitives::wtf8::Wtf8Buf;

use super::make_pystr_box;
use super::methods::{arg_str, clinic_bind, this_str};

fn str_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_usize(this_str(vm, &args)?.char_len))
}

fn str_repr(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_string(super::repr_pystr(this_str(vm, &args)?)))
}

fn str_str(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if this.class().is(&vm.types.str) {
        return Ok(this.clone());
    }
    Ok(super::new_view(vm, this_str(vm, &args)?.view()))
}

fn str_hash(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(super::str_hash(this_str(vm, &args)?)))
}

macro_rules! str_cmp {
    ($($fname:ident, $kind:expr);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($fname), args, 2, 2)?;
                let x = this_str(vm, &args)?;
                match &a[1].payload {
                    Payload::Str(y) => Ok(vm.new_bool($kind.eval_ordering(x.bytes().cmp(y.bytes())))),
                    _ => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

str_cmp! {
    str_lt, CompareKind::Lt;
    str_le, CompareKind::Le;
    str_eq, CompareKind::Eq;
    str_ne, CompareKind::Ne;
    str_gt, CompareKind::Gt;
    str_ge, CompareKind::Ge;
}

fn str_add(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__add__", args, 2, 2)?;
    let x = this_str(vm, &args)?;
    match &a[1].payload {
        Payload::Str(y) => {
            if let (Some(a), Some(b)) = (x.as_str(), y.as_str()) {
                let mut s = String::with_capacity(a.len() + b.len());
                s.push_str(a);
                s.push_str(b);
                return Ok(vm.new_string(s));
            }
            let mut s = Wtf8Buf::with_capacity(x.bytes().len() + y.bytes().len());
            s.push_view(x.view());
            s.push_view(y.view());
            Ok(super::new_wtf8(vm, s))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            a[1].type_name()
        ))),
    }
}

fn str_mul(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__mul__", args, 2, 2)?;
    let x = this_str(vm, &args)?;
    let n = match vm.index_opt(&a[1]) {
        Ok(Some(n)) => n,
        Ok(None) => return Ok(vm.not_implemented()),
        Err(e) => return Err(e),
    };
    if n <= 0 || x.char_len == 0 {
        return Ok(vm.new_str(""));
    }
    let unit = x.bytes();
    let total = unit
        .len()
        .checked_mul(n as usize)
        .ok_or_else(|| vm.overflow_error("repeated string is too long"))?;
    let mut out: Vec<u8> = vm.alloc_vec(total)?;
    for _ in 0..n {
        out.extend_from_slice(unit);
    }
    match x.as_str() {
        // Repetitions of UTF-8 are UTF-8; the check cannot fail.
        Some(_) => Ok(vm.new_string(String::from_utf8(out).unwrap_or_default())),
        None => Ok(super::new_view(
            vm,
            ferropy_primitives::wtf8::Wtf8Str::Wtf8(&out),
        )),
    }
}

fn str_contains(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__contains__", args, 2, 2)?;
    let x = this_str(vm, &args)?;
    match &a[1].payload {
        Payload::Str(y) => Ok(vm.new_bool(super::contains(x, y))),
        _ => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            a[1].type_name()
        ))),
    }
}

fn str_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getitem__", args, 2, 2)?;
    let x = this_str(vm, &args)?;
    if let Payload::Slice(sl) = &a[1].payload {
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, x.char_len)?;
        if step == 1 {
            if stop <= start {
                return Ok(vm.new_str(""));
            }
            return Ok(super::new_view(vm, x.substr(start as usize, stop as usize)));
        }
        let mut out = Wtf8Buf::new();
        let cps: Vec<u32> = x.view().code_points().collect();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push_code_point(cps[i as usize]);
            i += step;
        }
        return Ok(super::new_wtf8(vm, out));
    }
    let i = match vm.index_opt(&a[1])? {
        Some(i) => i,
        None => {
            return Err(vm.type_error(format!(
                "string indices must be integers, not '{}'",
                a[1].type_name()
            )))
        }
    };
    let n = x.char_len as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("string index out of range"));
    }
    Ok(super::new_code_point(
        vm,
        x.code_point_at(idx as usize).unwrap_or(0),
    ))
}

fn str_iter(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_iterator(
        &vm.types.str_iterator,
        IterState::Str {
            s: this.clone(),
            byte_pos: 0,
        },
    ))
}
fn str_encode(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let b = clinic_bind(
        vm,
        "encode",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["encoding", "errors"],
        0,
        0,
    )?;
    let enc = match &b[0] {
        Some(e) => arg_str(vm, e, "encode() argument 'encoding' ")?.to_string(),
        None => "utf-8".into(),
    };
    let errors = match &b[1] {
        Some(e) => arg_str(vm, e, "encode() argument 'errors' ")?.to_string(),
        None => "strict".into(),
    };
    crate::objects::bytes::encode_str(vm, s, &args.args[0], &enc, &errors)
}

fn str_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let b = clinic_bind(
        vm,
        "str",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["object", "encoding", "errors"],
        0,
        0,
    )?;
    let value: PyRef = match (&b[0], &b[1], &b[2]) {
        (None, None, None) => vm.new_str(""),
        (Some(o), None, None) => vm.str(o)?,
        (o, enc, errs) => {
            let o = o.clone().unwrap_or_else(|| vm.new_bytes(vec![]));
            let data = match &o.payload {
                Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
                    crate::objects::bytes::bytes_from_object(vm, &o)?
                }
                Payload::Str(_) => return Err(vm.type_error("decoding str is not supported")),
                _ => {
                    return Err(vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        o.type_name()
                    )))
                }
            };
            let enc = match enc {
                Some(e) => arg_str(vm, e, "str() argument 'encoding' ")?.to_string(),
                None => "utf-8".into(),
            };
            let errs = match errs {
                Some(e) => arg_str(vm, e, "str() argument 'errors' ")?.to_string(),
                None => "strict".into(),
            };
            crate::objects::bytes::decode_bytes(vm, &data, &enc, &errs)?
        }
    };
    if cls.is(&vm.types.str) {
        return Ok(value);
    }
    let text = match &value.payload {
        Payload::Str(v) => v.text.clone(),
        _ => ferropy_primitives::wtf8::WtfBox::Str("".into()),
    };
    Ok(vm.new_object_of(&cls, Payload::Str(make_pystr_box(text))))
}

fn str_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    Ok(vm.new_tuple(vec![super::new_view(vm, s.view())]))
}

fn str_sizeof(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    Ok(vm.new_usize(49 + s.bytes().len()))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.str;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__len__", str_len),
            ("__repr__", str_repr),
            ("__str__", str_str),
            ("__hash__", str_hash),
            ("__lt__", str_lt),
            ("__le__", str_le),
            ("__eq__", str_eq),
            ("__ne__", str_ne),
            ("__gt__", str_gt),
            ("__ge__", str_ge),
            ("__add__", str_add),
            ("__mul__", str_mul),
            ("__rmul__", str_mul),
            ("__contains__", str_contains),
            ("__getitem__", str_getitem),
            ("__iter__", str_iter),
            ("__getnewargs__", str_getnewargs),
            ("__sizeof__", str_sizeof),
            ("encode", str_encode),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", str_new, NativeKind::StaticMethod);
}
