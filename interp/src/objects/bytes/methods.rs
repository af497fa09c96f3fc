//! The text-like methods shared by `bytes` and `bytearray` (search, split, strip,
//! layout, case, predicates, replace/translate, hex, `%`): argument checking around
//! `ferropy_primitives::strops::bytes`. Results have the receiver's type; an
//! unchanged exact `bytes` is returned as the same object, as CPython does.

use std::borrow::Cow;

use ferropy_primitives::strops::bytes as ops;
use ferropy_primitives::strops::StrError;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::str::{check_arity, method_args, slice_index, str_error, Arity};
use crate::vm::Vm;

use super::{bytes_from_object, is_bytearray, make_like, this_bytes};

fn err(vm: &Vm) -> impl Fn(StrError) -> PyErr + '_ {
    move |e| str_error(vm, e)
}

/// The receiver itself when the result equals it and it is an exact `bytes`.
fn same_or_new(vm: &Vm, this: &PyRef, full_len: usize, result: Cow<'_, [u8]>) -> PyRef {
    match result {
        Cow::Borrowed(r) if r.len() == full_len && this.class().is(&vm.types.bytes) => this.clone(),
        other => make_like(vm, this, other.into_owned()),
    }
}

fn type_prefix(this: &PyRef) -> &'static str {
    if is_bytearray(this) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// [`method_args`] naming the receiver's type ("bytes" or "bytearray").
fn margs<'a>(vm: &Vm, name: &str, args: Args<'a>, arity: Arity) -> PyResult<&'a [PyRef]> {
    let this = args::this(vm, &args)?;
    method_args(vm, type_prefix(this), name, args, arity)
}

fn no_args(vm: &Vm, name: &str, args: &Args) -> PyResult<Vec<u8>> {
    if args.has_kw() || args.args.len() != 1 {
        let this = args::this(vm, args)?;
        return Err(vm.type_error(format!(
            "{}.{}() takes no arguments ({} given)",
            type_prefix(this),
            name,
            args.args.len().saturating_sub(1)
        )));
    }
    this_bytes(vm, args)
}

/// A search argument: a bytes-like object or an int in range(256).
fn needle_of(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
            return bytes_from_object(vm, o)
        }
        _ => {}
    }
    match vm.index_opt(o) {
        Ok(Some(i)) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Ok(Some(_)) => Err(vm.value_error("byte must be in range(0, 256)")),
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
            Err(vm.value_error("byte must be in range(0, 256)"))
        }
        Err(e) => Err(e),
        Ok(None) => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            o.type_name()
        ))),
    }
}

/// The receiver's bytes, the needle, and the slice-style start and end.
type SearchArgs = (Vec<u8>, Vec<u8>, Option<i64>, Option<i64>);

fn search_args(vm: &Vm, name: &str, args: Args) -> PyResult<SearchArgs> {
    let a = margs(vm, name, args, Arity::Varargs(1, 3))?;
    let data = this_bytes(vm, &args)?;
    let sub = needle_of(vm, &a[1])?;
    let start = slice_index(vm, a.get(2))?;
    let end = slice_index(vm, a.get(3))?;
    Ok((data, sub, start, end))
}

fn b_find(vm: &Vm, args: Args) -> PyResult {
    let (d, sub, s, e) = search_args(vm, "find", args)?;
    Ok(vm.new_int(ops::find(&d, &sub, s, e)))
}
fn b_rfind(vm: &Vm, args: Args) -> PyResult {
    let (d, sub, s, e) = search_args(vm, "rfind", args)?;
    Ok(vm.new_int(ops::rfind(&d, &sub, s, e)))
}
fn b_index(vm: &Vm, args: Args) -> PyResult {
    let (d, sub, s, e) = search_args(vm, "index", args)?;
    Ok(vm.new_usize(ops::index(&d, &sub, s, e).map_err(err(vm))?))
}
fn b_rindex(vm: &Vm, args: Args) -> PyResult {
    let (d, sub, s, e) = search_args(vm, "rindex", args)?;
    Ok(vm.new_usize(ops::rindex(&d, &sub, s, e).map_err(err(vm))?))
}
fn b_count(vm: &Vm, args: Args) -> PyResult {
    let (d, sub, s, e) = search_args(vm, "count", args)?;
    Ok(vm.new_usize(ops::count(&d, &sub, s, e)))
}

fn prefix_impl(vm: &Vm, args: Args, name: &str, suffix: bool) -> PyResult {
    let a = margs(vm, name, args, Arity::Varargs(1, 3))?;
    let data = this_bytes(vm, &args)?;
    let start = slice_index(vm, a.get(2))?;
    let end = slice_index(vm, a.get(3))?;
    let check = |p: &[u8]| {
        if suffix {
            ops::endswith(&data, p, start, end)
        } else {
            ops::startswith(&data, p, start, end)
        }
    };
    match &a[1].payload {
        Payload::Tuple(items) => {
            for it in items.iter() {
                if check(&bytes_from_object(vm, it)?) {
                    return Ok(vm.new_bool(true));
                }
            }
            Ok(vm.new_bool(false))
        }
        Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
            Ok(vm.new_bool(check(&bytes_from_object(vm, &a[1])?)))
        }
        _ => Err(vm.type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            a[1].type_name()
        ))),
    }
}
fn b_startswith(vm: &Vm, args: Args) -> PyResult {
    prefix_impl(vm, args, "startswith", false)
}
fn b_endswith(vm: &Vm, args: Args) -> PyResult {
    prefix_impl(vm, args, "endswith", true)
}

fn b_replace(vm: &Vm, args: Args) -> PyResult {
    let a = margs(vm, "replace", args, Arity::Clinic(2, 3))?;
    let data = this_bytes(vm, &args)?;
    let old = bytes_from_object(vm, &a[1])?;
    let new = bytes_from_object(vm, &a[2])?;
    let count = match a.get(3) {
        Some(c) => args::to_i64(vm, c)?,
        None => -1,
    };
    let r = ops::replace(&data, &old, &new, count).map_err(err(vm))?;
    Ok(same_or_new(vm, &a[0], data.len(), r))
}

fn b_join(vm: &Vm, args: Args) -> PyResult {
    let a = margs(vm, "join", args, Arity::One)?;
    let sep = this_bytes(vm, &args)?;
    let items = vm.iterate(&a[1]).map_err(|e| {
        if vm.exc_matches(&e, &vm.exc.type_error) && vm.get_iter(&a[1]).is_err() {
            vm.type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        match &it.payload {
            Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
                parts.push(bytes_from_object(vm, it)?)
            }
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    it.type_name()
                )))
            }
        }
    }
    let r = ops::join(&sep, &parts).map_err(err(vm))?;
    Ok(make_like(vm, &a[0], r))
}

fn split_args(vm: &Vm, args: Args, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let b = crate::objects::str::clinic_bind(
        vm,
        name,
        Args::with_kw(&args.args[1..], args.kwnames),
        &["sep", "maxsplit"],
        0,
        0,
    )?;
    let sep = match &b[0] {
        Some(s) if !vm.is_none(s) => Some(bytes_from_object(vm, s)?),
        _ => None,
    };
    let maxsplit = match &b[1] {
        Some(m) => args::to_i64(vm, m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split_impl(vm: &Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    let data = this_bytes(vm, &args)?;
    let this = args.args[0].clone();
    let (sep, maxsplit) = split_args(vm, args, name)?;
    let parts = if reverse {
        ops::rsplit(&data, sep.as_deref(), maxsplit)
    } else {
        ops::split(&data, sep.as_deref(), maxsplit)
    }
    .map_err(err(vm))?;
    Ok(vm.new_list(
        parts
            .into_iter()
            .map(|p| make_like(vm, &this, p.to_vec()))
            .collect(),
    ))
}
fn b_split(vm: &Vm, args: Args) -> PyResult {
    split_impl(vm, args, "split", false)
}
fn b_rsplit(vm: &Vm, args: Args) -> PyResult {
    split_impl(vm, args, "rsplit", true)
}

fn b_splitlines(vm: &Vm, args: Args) -> PyResult {
    let b = crate::objects::str::clinic_bind(
        vm,
        "splitlines",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["keepends"],
        0,
        0,
    )?;
    let data = this_bytes(vm, &args)?;
    let keep = match &b[0] {
        Some(k) => args::to_i64(vm, k)? != 0,
        None => false,
    };
    let this = &args.args[0];
    Ok(vm.new_list(
        ops::splitlines(&data, keep)
            .into_iter()
            .map(|p| make_like(vm, this, p.to_vec()))
            .collect(),
    ))
}

fn partition_impl(vm: &Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    let a = margs(vm, name, args, Arity::One)?;
    let data = this_bytes(vm, &args)?;
    let sep = bytes_from_object(vm, &a[1])?;
    let (before, mid, after) = if reverse {
        ops::rpartition(&data, &sep)
    } else {
        ops::partition(&data, &sep)
    }
    .map_err(err(vm))?;
    let this = &a[0];
    Ok(vm.new_tuple(vec![
        make_like(vm, this, before.to_vec()),
        make_like(vm, this, mid.to_vec()),
        make_like(vm, this, after.to_vec()),
    ]))
}
fn b_partition(vm: &Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "partition", false)
}
fn b_rpartition(vm: &Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "rpartition", true)
}

type StripFn = for<'a, 'b> fn(&'a [u8], Option<&'b [u8]>) -> &'a [u8];

fn strip_impl(vm: &Vm, args: Args, name: &str, f: StripFn) -> PyResult {
    let a = margs(vm, name, args, Arity::Clinic(0, 1))?;
    let data = this_bytes(vm, &args)?;
    let chars = match a.get(1) {
        Some(c) if !vm.is_none(c) => Some(bytes_from_object(vm, c)?),
        _ => None,
    };
    let r = f(&data, chars.as_deref());
    Ok(same_or_new(vm, &a[0], data.len(), Cow::Borrowed(r)))
}
fn b_strip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "strip", ops::strip)
}
fn b_lstrip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "lstrip", ops::lstrip)
}
fn b_rstrip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "rstrip", ops::rstrip)
}

type AffixFn = for<'a, 'b> fn(&'a [u8], &'b [u8]) -> &'a [u8];

fn affix_impl(vm: &Vm, args: Args, name: &str, f: AffixFn) -> PyResult {
    let a = margs(vm, name, args, Arity::One)?;
    let data = this_bytes(vm, &args)?;
    let p = bytes_from_object(vm, &a[1])?;
    let r = f(&data, &p);
    Ok(same_or_new(vm, &a[0], data.len(), Cow::Borrowed(r)))
}
fn b_removeprefix(vm: &Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "removeprefix", ops::removeprefix)
}
fn b_removesuffix(vm: &Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "removesuffix", ops::removesuffix)
}

type PadFn = for<'s> fn(&'s [u8], i64, u8) -> Result<Cow<'s, [u8]>, StrError>;

fn pad_impl(vm: &Vm, args: Args, name: &str, f: PadFn) -> PyResult {
    let a = margs(vm, name, args, Arity::Clinic(1, 2))?;
    let data = this_bytes(vm, &args)?;
    let width = args::to_i64(vm, &a[1])?;
    let fill = match a.get(2) {
        Some(f) => {
            let one = match &f.payload {
                Payload::Bytes(b) if b.len() == 1 => Some(b[0]),
                Payload::ByteArray(b) if b.borrow().len() == 1 => Some(b.borrow()[0]),
                _ => None,
            };
            one.ok_or_else(|| {
                vm.type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    f.type_name()
                ))
            })?
        }
        None => b' ',
    };
    let r = f(&data, width, fill).map_err(err(vm))?;
    Ok(same_or_new(vm, &a[0], data.len(), r))
}
fn b_center(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "center", ops::center)
}
fn b_ljust(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "ljust", ops::ljust)
}
fn b_rjust(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "rjust", ops::rjust)
}

fn b_zfill(vm: &Vm, args: Args) -> PyResult {
    let a = margs(vm, "zfill", args, Arity::One)?;
    let data = this_bytes(vm, &args)?;
    let width = args::to_i64(vm, &a[1])?;
    let r = ops::zfill(&data, width).map_err(err(vm))?;
    Ok(same_or_new(vm, &a[0], data.len(), r))
}

fn b_expandtabs(vm: &Vm, args: Args) -> PyResult {
    let b = crate::objects::str::clinic_bind(
        vm,
        "expandtabs",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["tabsize"],
        0,
        0,
    )?;
    let data = this_bytes(vm, &args)?;
    let tab = match &b[0] {
        Some(t) => args::to_i64(vm, t)?,
        None => 8,
    };
    let tab = i32::try_from(tab)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
    let r = ops::expandtabs(&data, tab).map_err(err(vm))?;
    Ok(same_or_new(vm, &args.args[0], data.len(), r))
}

macro_rules! case_methods {
    ($($fname:ident, $name:literal, $op:path);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let d = no_args(vm, $name, &args)?;
                Ok(make_like(vm, &args.args[0], $op(&d)))
            }
        )*
    };
}

case_methods! {
    b_upper, "upper", ops::upper;
    b_lower, "lower", ops::lower;
    b_title, "title", ops::title;
    b_capitalize, "capitalize", ops::capitalize;
    b_swapcase, "swapcase", ops::swapcase;
}

macro_rules! predicate_methods {
    ($($fname:ident, $name:literal, $op:path);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let d = no_args(vm, $name, &args)?;
                Ok(vm.new_bool($op(&d)))
            }
        )*
    };
}

predicate_methods! {
    b_isalpha, "isalpha", ops::isalpha;
    b_isalnum, "isalnum", ops::isalnum;
    b_isdigit, "isdigit", ops::isdigit;
    b_isspace, "isspace", ops::isspace;
    b_isascii, "isascii", ops::isascii;
    b_islower, "islower", ops::islower;
    b_isupper, "isupper", ops::isupper;
    b_istitle, "istitle", ops::istitle;
}

fn b_translate(vm: &Vm, args: Args) -> PyResult {
    if args.pos().len() < 2 {
        return Err(vm.type_error(format!(
            "translate() takes at least 1 positional argument ({} given)",
            args.pos().len().saturating_sub(1)
        )));
    }
    let b = crate::objects::str::clinic_bind(
        vm,
        "translate",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["table", "delete"],
        1,
        1,
    )?;
    let data = this_bytes(vm, &args)?;
    let table = match &b[0] {
        Some(t) if !vm.is_none(t) => Some(bytes_from_object(vm, t)?),
        _ => None,
    };
    let delete = match &b[1] {
        Some(d) => bytes_from_object(vm, d)?,
        None => Vec::new(),
    };
    let r = ops::translate(&data, table.as_deref(), &delete).map_err(err(vm))?;
    Ok(same_or_new(vm, &args.args[0], data.len(), r))
}

fn b_maketrans(vm: &Vm, args: Args) -> PyResult {
    check_arity(
        vm,
        "bytes",
        "maketrans",
        args.args.len(),
        args.has_kw(),
        Arity::Clinic(2, 2),
    )?;
    let a = args.args;
    let from = bytes_from_object(vm, &a[0])?;
    let to = bytes_from_object(vm, &a[1])?;
    let table = ops::maketrans(&from, &to).map_err(err(vm))?;
    Ok(vm.new_bytes(table.to_vec()))
}

fn b_hex(vm: &Vm, args: Args) -> PyResult {
    let b = crate::objects::str::clinic_bind(
        vm,
        "hex",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["sep", "bytes_per_sep"],
        0,
        0,
    )?;
    let data = this_bytes(vm, &args)?;
    let sep: Option<String> = match &b[0] {
        None => None,
        Some(s) => match &s.payload {
            Payload::Str(t) => Some(crate::objects::str::as_utf8(vm, t)?.to_string()),
            Payload::Bytes(_) | Payload::ByteArray(_) => Some(
                bytes_from_object(vm, s)?
                    .iter()
                    .map(|&c| c as char)
                    .collect(),
            ),
            _ => {
                vm.len(s)?;
                return Err(vm.value_error("sep must be str or bytes."));
            }
        },
    };
    let per = match &b[1] {
        Some(n) => args::to_i64(vm, n)?,
        None => 1,
    };
    let per = i32::try_from(per)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
    let r = ops::hex(&data, sep.as_deref(), per).map_err(err(vm))?;
    Ok(vm.new_string(r))
}

fn b_fromhex(vm: &Vm, args: Args) -> PyResult {
    let cls_name = if args.args.first().is_some_and(|c| c.is(&vm.types.bytearray)) {
        "bytearray"
    } else {
        "bytes"
    };
    let a = method_args(vm, cls_name, "fromhex", args, Arity::One)?;
    let s = match &a[1].payload {
        Payload::Str(s) => crate::objects::str::as_utf8(vm, s)?,
        _ => {
            return Err(vm.type_error(format!(
                "fromhex() argument must be str, not {}",
                a[1].type_name()
            )))
        }
    };
    let out = ops::fromhex(s).map_err(err(vm))?;
    let cls = &a[0];
    if cls.is(&vm.types.bytearray) {
        return Ok(vm.new_bytearray(out));
    }
    if cls.is(&vm.types.bytes) {
        return Ok(vm.new_bytes(out));
    }
    vm.call(cls, Args::new(&[vm.new_bytes(out)]))
}

fn b_mod(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__mod__", args, 2, 2)?;
    let data = this_bytes(vm, &args)?;
    let out = crate::objects::str::bytes_percent_format(vm, &data, &a[1])?;
    Ok(make_like(vm, &a[0], out))
}

fn b_rmod(vm: &Vm, args: Args) -> PyResult {
    let _ = args;
    Ok(vm.not_implemented())
}

pub fn init(vm: &Vm) {
    let common: &[(&'static str, NativeFn)] = &[
        ("__mod__", b_mod),
        ("__rmod__", b_rmod),
        ("hex", b_hex),
        ("join", b_join),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("splitlines", b_splitlines),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("replace", b_replace),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("upper", b_upper),
        ("lower", b_lower),
        ("title", b_title),
        ("capitalize", b_capitalize),
        ("swapcase", b_swapcase),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isdigit", b_isdigit),
        ("isspace", b_isspace),
        ("isascii", b_isascii),
        ("islower", b_islower),
        ("isupper", b_isupper),
        ("istitle", b_istitle),
        ("translate", b_translate),
    ];
    for t in [&vm.types.bytes, &vm.types.bytearray] {
        crate::objects::add_methods(vm, t, common);
        crate::objects::add_native(vm, t, "fromhex", b_fromhex, NativeKind::ClassMethod);
        crate::objects::add_native(vm, t, "maketrans", b_maketrans, NativeKind::StaticMethod);
    }
}
