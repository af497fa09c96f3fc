//! The methods of `str`: argument checking and conversion to Python objects around the
//! algorithms of `ferropy_primitives::strops` (search, split, strip, layout, case,
//! predicates, replace/translate). Protocol methods (`__add__`, `__getitem__`, ...) and
//! construction live in `protocol.rs`; formatting in `format.rs`.

use std::borrow::Cow;

use ferropy_primitives::strops::{self, StrError, Translation};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::shield::Shield;

pub fn this_str<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a PyStr> {
    match &args::this(vm, args)?.payload {
        Payload::Str(s) => Ok(s),
        _ => Err(vm.type_error("descriptor requires a 'str' object")),
    }
}

/// How a method checks its positional argument count, which decides CPython's message.
#[derive(Clone, Copy)]
pub enum Arity {
    /// METH_O: "str.join() takes exactly one argument (0 given)".
    One,
    /// Argument Clinic: "strip expected at most 1 argument, got 2".
    Clinic(usize, usize),
    /// PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
    Varargs(usize, usize),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks `given` positional arguments (no keywords allowed) of `tname.name()`.
pub fn check_arity(
    vm: &Vm,
    tname: &str,
    name: &str,
    given: usize,
    has_kw: bool,
    arity: Arity,
) -> PyResult<()> {
    if has_kw {
        return Err(vm.type_error(format!("{}.{}() takes no keyword arguments", tname, name)));
    }
    let msg = match arity {
        Arity::One if given != 1 => format!(
            "{}.{}() takes exactly one argument ({} given)",
            tname, name, given
        ),
        Arity::Clinic(min, max) if min == max && given != min => {
            format!(
                "{} expected {} argument{}, got {}",
                name,
                min,
                plural(min),
                given
            )
        }
        Arity::Clinic(min, _) if given < min => format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            plural(min),
            given
        ),
        Arity::Clinic(_, max) if given > max => format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            plural(max),
            given
        ),
        Arity::Varargs(min, _) if given < min => format!(
            "{}() takes at least {} argument{} ({} given)",
            name,
            min,
            plural(min),
            given
        ),
        Arity::Varargs(_, max) if given > max => format!(
            "{}() takes at most {} argument{} ({} given)",
            name,
            max,
            plural(max),
            given
        ),
        _ => return Ok(()),
    };
    Err(vm.type_error(msg))
}

/// The arguments of a method (receiver first) after [`check_arity`].
pub fn method_args<'a>(
    vm: &Vm,
    tname: &str,
    name: &str,
    args: Args<'a>,
    arity: Arity,
) -> PyResult<&'a [PyRef]> {
    let given = args.args.len().saturating_sub(1);
    check_arity(vm, tname, name, given, args.has_kw(), arity)?;
    Ok(args.args)
}

/// `args::bind` for an Argument Clinic function: an unknown keyword gets CPython's
/// "'x' is an invalid keyword argument for f()" message.
pub fn clinic_bind(
    vm: &Vm,
    fname: &str,
    args: Args,
    names: &[&str],
    required: usize,
    posonly: usize,
) -> PyResult<Vec<Option<PyRef>>> {
    for k in args.kwnames {
        let k = vm.str_of(k).unwrap_or("");
        if !names.contains(&k) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                k, fname
            )));
        }
    }
    args::bind(vm, fname, args, names, required, posonly)
}

/// A str argument as UTF-8 (surrogates raise `UnicodeEncodeError`); `what` prefixes
/// CPython's "must be str, not X" message.
pub(super) fn arg_str<'a>(vm: &Vm, o: &'a PyRef, what: &str) -> PyResult<&'a str> {
    arg_pystr(vm, o, what).and_then(|s| super::as_utf8(vm, s))
}

/// A str argument; `what` prefixes CPython's "must be str, not X" message.
pub(super) fn arg_pystr<'a>(vm: &Vm, o: &'a PyRef, what: &str) -> PyResult<&'a PyStr> {
    match &o.payload {
        Payload::Str(s) => Ok(s),
        _ => Err(vm.type_error(format!("{}must be str, not {}", what, o.type_name()))),
    }
}

/// The Python exception for a failed string algorithm.
pub fn str_error(vm: &Vm, e: StrError) -> PyErr {
    match e {
        StrError::Value(m) => vm.value_error(m),
        StrError::Type(m) => vm.type_error(m),
        StrError::Overflow(m) => vm.overflow_error(m),
        StrError::Memory => vm.memory_error(),
    }
}

/// A slice-style `start`/`end` argument: `None` when omitted or `None`, else its
/// `__index__` (out-of-range ints clamp, as CPython's `_PyEval_SliceIndex`).
pub fn slice_index(vm: &Vm, o: Option<&PyRef>) -> PyResult<Option<i64>> {
    let Some(x) = o else { return Ok(None) };
    if vm.is_none(x) {
        return Ok(None);
    }
    match vm.index_opt(x) {
        Ok(Some(i)) => Ok(Some(i)),
        Ok(None) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
            let neg = match &x.payload {
                Payload::BigInt(b) => b.sign() == num_bigint::Sign::Minus,
                _ => vm
                    .index(x)
                    .ok()
                    .and_then(|v| crate::objects::int::to_bigint(&v))
                    .is_some_and(|b| b.sign() == num_bigint::Sign::Minus),
            };
            Ok(Some(if neg { i64::MIN } else { i64::MAX }))
        }
        Err(e) => Err(e),
    }
}

/// Resolves slice-style start/end arguments to indices within 0..=len (start may
/// exceed end), for sequences other than str.
pub fn adjust_indices(
    vm: &Vm,
    start: Option<&PyRef>,
    end: Option<&PyRef>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let s = slice_index(vm, start)?;
    let e = slice_index(vm, end)?;
    let (s, e) = strops::adjust_indices(s, e, len);
    Ok((s.min(len), e))
}

/// The receiver itself when a method's result equals it and it is an exact str, as
/// CPython returns the same object; otherwise a new str. `this_text` is the receiver's
/// text as the algorithm saw it (stand-ins included).
fn same_or_new(vm: &Vm, this: &PyRef, this_text: &str, sh: Shield, result: Cow<'_, str>) -> PyRef {
    match result {
        Cow::Borrowed(r) => {
            if r.len() == this_text.len() && this.class().is(&vm.types.str) {
                this.clone()
            } else {
                sh.out(vm, r)
            }
        }
        Cow::Owned(r) => sh.out_string(vm, r),
    }
}

fn this_and_str(vm: &Vm, args: &Args) -> PyResult<PyRef> {
    this_str(vm, args)?;
    Ok(args.args[0].clone())
}

fn no_args<'a>(vm: &Vm, name: &str, args: Args<'a>) -> PyResult<&'a PyStr> {
    if args.args.len() != 1 || args.has_kw() {
        if args.has_kw() {
            return Err(vm.type_error(format!("str.{}() takes no keyword arguments", name)));
        }
        return Err(vm.type_error(format!(
            "str.{}() takes no arguments ({} given)",
            name,
            args.args.len().saturating_sub(1)
        )));
    }
    this_str(vm, &args)
}

fn one_arg<'a>(vm: &Vm, name: &str, args: Args<'a>) -> PyResult<(&'a PyStr, &'a PyRef)> {
    if args.has_kw() {
        return Err(vm.type_error(format!("str.{}() takes no keyword arguments", name)));
    }
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "str.{}() takes exactly one argument ({} given)",
            name,
            args.args.len().saturating_sub(1)
        )));
    }
    Ok((this_str(vm, &args)?, &args.args[1]))
}

// ----- searching ----------------------------------------------------------------------

/// The receiver's and `sub`'s text (surrogates stood in for), `start` and `end`.
type SearchArgs<'a> = (Cow<'a, str>, Cow<'a, str>, Option<i64>, Option<i64>);

/// The `(sub, start, end)` arguments of find/index/count.
fn search_args<'a>(vm: &Vm, name: &str, args: Args<'a>) -> PyResult<SearchArgs<'a>> {
    let a = method_args(vm, "str", name, args, Arity::Varargs(1, 3))?;
    let s = this_str(vm, &args)?;
    let sub = arg_pystr(vm, &a[1], "")?;
    let start = slice_index(vm, a.get(2))?;
    let end = slice_index(vm, a.get(3))?;
    let sh = Shield::new(vm, &[s, sub])?;
    Ok((sh.text(s), sh.text(sub), start, end))
}

fn str_find(vm: &Vm, args: Args) -> PyResult {
    let (s, sub, start, end) = search_args(vm, "find", args)?;
    Ok(vm.new_int(strops::find(&s, &sub, start, end)))
}
fn str_rfind(vm: &Vm, args: Args) -> PyResult {
    let (s, sub, start, end) = search_args(vm, "rfind", args)?;
    Ok(vm.new_int(strops::rfind(&s, &sub, start, end)))
}
fn str_index(vm: &Vm, args: Args) -> PyResult {
    let (s, sub, start, end) = search_args(vm, "index", args)?;
    let i = strops::index(&s, &sub, start, end).map_err(|e| str_error(vm, e))?;
    Ok(vm.new_usize(i))
}
fn str_rindex(vm: &Vm, args: Args) -> PyResult {
    let (s, sub, start, end) = search_args(vm, "rindex", args)?;
    let i = strops::rindex(&s, &sub, start, end).map_err(|e| str_error(vm, e))?;
    Ok(vm.new_usize(i))
}
fn str_count(vm: &Vm, args: Args) -> PyResult {
    let (s, sub, start, end) = search_args(vm, "count", args)?;
    Ok(vm.new_usize(strops::count(&s, &sub, start, end)))
}

fn prefix_impl(vm: &Vm, args: Args, name: &str, suffix: bool) -> PyResult {
    let a = method_args(vm, "str", name, args, Arity::Varargs(1, 3))?;
    let this = this_str(vm, &args)?;
    let start = slice_index(vm, a.get(2))?;
    let end = slice_index(vm, a.get(3))?;
    let check = |p: &PyStr| -> PyResult<bool> {
        let sh = Shield::new(vm, &[this, p])?;
        let (s, p) = (sh.text(this), sh.text(p));
        Ok(if suffix {
            strops::endswith(&s, &p, start, end)
        } else {
            strops::startswith(&s, &p, start, end)
        })
    };
    match &a[1].payload {
        Payload::Str(p) => Ok(vm.new_bool(check(p)?)),
        Payload::Tuple(items) => {
            for it in items.iter() {
                match &it.payload {
                    Payload::Str(p) => {
                        if check(p)? {
                            return Ok(vm.new_bool(true));
                        }
                    }
                    _ => {
                        return Err(vm.type_error(format!(
                            "tuple for {} must only contain str, not {}",
                            name,
                            it.type_name()
                        )))
                    }
                }
            }
            Ok(vm.new_bool(false))
        }
        _ => Err(vm.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            a[1].type_name()
        ))),
    }
}

fn str_startswith(vm: &Vm, args: Args) -> PyResult {
    prefix_impl(vm, args, "startswith", false)
}
fn str_endswith(vm: &Vm, args: Args) -> PyResult {
    prefix_impl(vm, args, "endswith", true)
}

fn str_replace(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "str", "replace", args, Arity::Clinic(2, 3))?;
    let this = this_and_str(vm, &args)?;
    let ps = this_str(vm, &args)?;
    let old = arg_pystr(vm, &a[1], "replace() argument 1 ")?;
    let new = arg_pystr(vm, &a[2], "replace() argument 2 ")?;
    let count = match a.get(3) {
        Some(c) => args::to_i64(vm, c)?,
        None => -1,
    };
    let sh = Shield::new(vm, &[ps, old, new])?;
    let s = sh.text(ps);
    let r =
        strops::replace(&s, &sh.text(old), &sh.text(new), count).map_err(|e| str_error(vm, e))?;
    Ok(same_or_new(vm, &this, &s, sh, r))
}

// ----- splitting and joining -----------------------------------------------------------

fn str_join(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "str", "join", args, Arity::One)?;
    let sep = this_str(vm, &args)?;
    let items = match &a[1].payload {
        Payload::List(l) => l.borrow().clone(),
        Payload::Tuple(t) => t.to_vec(),
        _ => vm.iterate(&a[1]).map_err(|e| {
            if vm.exc_matches(&e, &vm.exc.type_error) && vm.get_iter(&a[1]).is_err() {
                vm.type_error("can only join an iterable")
            } else {
                e
            }
        })?,
    };
    if items.len() == 1 {
        if let Payload::Str(_) = &items[0].payload {
            if items[0].class().is(&vm.types.str) {
                return Ok(items[0].clone());
            }
        }
    }
    let mut strs: Vec<&PyStr> = Vec::with_capacity(items.len() + 1);
    strs.push(sep);
    for (i, it) in items.iter().enumerate() {
        match &it.payload {
            Payload::Str(s) => strs.push(s),
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    it.type_name()
                )))
            }
        }
    }
    let sh = Shield::new(vm, &strs)?;
    let texts: Vec<Cow<str>> = strs.iter().map(|s| sh.text(s)).collect();
    let parts: Vec<&str> = texts[1..].iter().map(|t| &**t).collect();
    let r = strops::join(&texts[0], &parts).map_err(|e| str_error(vm, e))?;
    Ok(sh.out_string(vm, r))
}

fn split_args(vm: &Vm, args: Args, name: &str) -> PyResult<(Option<PyRef>, i64)> {
    let b = clinic_bind(
        vm,
        name,
        Args::with_kw(&args.args[1..], args.kwnames),
        &["sep", "maxsplit"],
        0,
        0,
    )?;
    let sep = match &b[0] {
        Some(s) if !vm.is_none(s) => match &s.payload {
            Payload::Str(_) => Some(s.clone()),
            _ => return Err(vm.type_error(format!("must be str or None, not {}", s.type_name()))),
        },
        _ => None,
    };
    let maxsplit = match &b[1] {
        Some(m) => args::to_i64(vm, m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split_impl(vm: &Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    let s = this_str(vm, &args)?;
    let (sep, maxsplit) = split_args(vm, args, name)?;
    let sep = match &sep {
        Some(o) => Some(arg_pystr(vm, o, "")?),
        None => None,
    };
    let mut strs = vec![s];
    strs.extend(sep);
    let sh = Shield::new(vm, &strs)?;
    let text = sh.text(s);
    let sep = sep.map(|p| sh.text(p));
    let parts = if reverse {
        strops::rsplit(&text, sep.as_deref(), maxsplit)
    } else {
        strops::split(&text, sep.as_deref(), maxsplit)
    }
    .map_err(|e| str_error(vm, e))?;
    Ok(vm.new_list(parts.into_iter().map(|p| sh.out(vm, p)).collect()))
}

fn str_split(vm: &Vm, args: Args) -> PyResult {
    split_impl(vm, args, "split", false)
}

fn str_rsplit(vm: &Vm, args: Args) -> PyResult {
    split_impl(vm, args, "rsplit", true)
}

fn str_splitlines(vm: &Vm, args: Args) -> PyResult {
    let b = clinic_bind(
        vm,
        "splitlines",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["keepends"],
        0,
        0,
    )?;
    let s = this_str(vm, &args)?;
    let keep = match &b[0] {
        Some(k) => args::to_i64(vm, k)? != 0,
        None => false,
    };
    let sh = Shield::new(vm, &[s])?;
    let text = sh.text(s);
    let lines = strops::splitlines(&text, keep);
    Ok(vm.new_list(lines.into_iter().map(|p| sh.out(vm, p)).collect()))
}

fn partition_impl(vm: &Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    let a = method_args(vm, "str", name, args, Arity::One)?;
    let this = this_and_str(vm, &args)?;
    let ps = this_str(vm, &args)?;
    let psep = arg_pystr(vm, &a[1], "")?;
    let sh = Shield::new(vm, &[ps, psep])?;
    let (s, sep) = (sh.text(ps), sh.text(psep));
    let (before, mid, after) = if reverse {
        strops::rpartition(&s, &sep)
    } else {
        strops::partition(&s, &sep)
    }
    .map_err(|e| str_error(vm, e))?;
    let part = |p: &str| same_or_new(vm, &this, &s, sh, Cow::Borrowed(p));
    let mid = if mid.is_empty() {
        vm.new_str("")
    } else {
        a[1].clone()
    };
    Ok(vm.new_tuple(vec![part(before), mid, part(after)]))
}

fn str_partition(vm: &Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "partition", false)
}
fn str_rpartition(vm: &Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "rpartition", true)
}

// ----- trimming ------------------------------------------------------------------------

type StripFn = for<'a, 'b> fn(&'a str, Option<&'b str>) -> &'a str;
type AffixFn = for<'a, 'b> fn(&'a str, &'b str) -> &'a str;

fn strip_impl(vm: &Vm, args: Args, name: &str, f: StripFn) -> PyResult {
    let a = method_args(vm, "str", name, args, Arity::Clinic(0, 1))?;
    let this = this_and_str(vm, &args)?;
    let ps = this_str(vm, &args)?;
    let chars = match a.get(1) {
        Some(c) if !vm.is_none(c) => match &c.payload {
            Payload::Str(p) => Some(p),
            _ => return Err(vm.type_error(format!("{} arg must be None or str", name))),
        },
        _ => None,
    };
    let mut strs = vec![ps];
    strs.extend(chars);
    let sh = Shield::new(vm, &strs)?;
    let s = sh.text(ps);
    let chars = chars.map(|c| sh.text(c));
    Ok(same_or_new(
        vm,
        &this,
        &s,
        sh,
        Cow::Borrowed(f(&s, chars.as_deref())),
    ))
}

fn str_strip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "strip", strops::strip)
}
fn str_lstrip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "lstrip", strops::lstrip)
}
fn str_rstrip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "rstrip", strops::rstrip)
}

fn affix_impl(vm: &Vm, args: Args, name: &str, f: AffixFn) -> PyResult {
    let this = this_and_str(vm, &args)?;
    let (s, arg) = one_arg(vm, name, args)?;
    let p = arg_pystr(vm, arg, &format!("{}() argument ", name))?;
    let sh = Shield::new(vm, &[s, p])?;
    let (text, p) = (sh.text(s), sh.text(p));
    Ok(same_or_new(
        vm,
        &this,
        &text,
        sh,
        Cow::Borrowed(f(&text, &p)),
    ))
}

fn str_removeprefix(vm: &Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "removeprefix", strops::removeprefix)
}
fn str_removesuffix(vm: &Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "removesuffix", strops::removesuffix)
}

// ----- layout --------------------------------------------------------------------------

type PadFn = for<'s> fn(&'s str, i64, char) -> Result<Cow<'s, str>, StrError>;

fn pad_impl(vm: &Vm, args: Args, name: &str, f: PadFn) -> PyResult {
    let a = method_args(vm, "str", name, args, Arity::Clinic(1, 2))?;
    let this = this_and_str(vm, &args)?;
    let ps = this_str(vm, &args)?;
    let width = args::to_i64(vm, &a[1])?;
    let fill_str = match a.get(2) {
        Some(f) => match &f.payload {
            Payload::Str(p) => Some(p),
            _ => None,
        },
        None => None,
    };
    let mut strs = vec![ps];
    strs.extend(fill_str);
    let sh = Shield::new(vm, &strs)?;
    let s = sh.text(ps);
    let fill = match a.get(2) {
        Some(f) => match &f.payload {
            Payload::Str(p) => strops::fill_char(&sh.text(p)).map_err(|e| str_error(vm, e))?,
            _ => {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    f.type_name()
                )))
            }
        },
        None => ' ',
    };
    let r = f(&s, width, fill).map_err(|e| str_error(vm, e))?;
    Ok(same_or_new(vm, &this, &s, sh, r))
}

fn str_ljust(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "ljust", strops::ljust)
}
fn str_rjust(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "rjust", strops::rjust)
}
fn str_center(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "center", strops::center)
}

fn str_zfill(vm: &Vm, args: Args) -> PyResult {
    let this = this_and_str(vm, &args)?;
    let (s, arg) = one_arg(vm, "zfill", args)?;
    let width = args::to_i64(vm, arg)?;
    let sh = Shield::new(vm, &[s])?;
    let text = sh.text(s);
    let r = strops::zfill(&text, width).map_err(|e| str_error(vm, e))?;
    Ok(same_or_new(vm, &this, &text, sh, r))
}

fn str_expandtabs(vm: &Vm, args: Args) -> PyResult {
    let b = clinic_bind(
        vm,
        "expandtabs",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["tabsize"],
        0,
        0,
    )?;
    let this = this_and_str(vm, &args)?;
    let ps = this_str(vm, &args)?;
    let sh = Shield::new(vm, &[ps])?;
    let s = sh.text(ps);
    let tab = match &b[0] {
        Some(t) => args::to_i64(vm, t)?,
        None => 8,
    };
    let tab = i32::try_from(tab)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
    let r = strops::expandtabs(&s, tab).map_err(|e| str_error(vm, e))?;
    Ok(same_or_new(vm, &this, &s, sh, r))
}

// ----- case and predicates ---------------------------------------------------------------

macro_rules! case_methods {
    ($($fname:ident, $name:literal, $op:path);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let s = no_args(vm, $name, args)?;
                let sh = Shield::new(vm, &[s])?;
                Ok(sh.out_string(vm, $op(&sh.text(s))))
            }
        )*
    };
}

case_methods! {
    str_upper, "upper", strops::upper;
    str_lower, "lower", strops::lower;
    str_casefold, "casefold", strops::casefold;
    str_title, "title", strops::title;
    str_capitalize, "capitalize", strops::capitalize;
    str_swapcase, "swapcase", strops::swapcase;
}

macro_rules! predicate_methods {
    ($($fname:ident, $name:literal, $op:path);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let s = no_args(vm, $name, args)?;
                let sh = Shield::new(vm, &[s])?;
                Ok(vm.new_bool($op(&sh.text(s))))
            }
        )*
    };
}

predicate_methods! {
    str_isalpha, "isalpha", strops::isalpha;
    str_isalnum, "isalnum", strops::isalnum;
    str_isdecimal, "isdecimal", strops::isdecimal;
    str_isdigit, "isdigit", strops::isdigit;
    str_isnumeric, "isnumeric", strops::isnumeric;
    str_isspace, "isspace", strops::isspace;
    str_isprintable, "isprintable", strops::isprintable;
    str_isascii, "isascii", strops::isascii;
    str_islower, "islower", strops::islower;
    str_isupper, "isupper", strops::isupper;
    str_istitle, "istitle", strops::istitle;
    str_isidentifier, "isidentifier", strops::isidentifier;
}

// ----- translate -------------------------------------------------------------------------

/// What `str.translate`'s table maps a code point to.
enum Mapped {
    Unmapped,
    Delete,
    CodePoint(u32),
    Text(PyRef),
}

fn translate_lookup(vm: &Vm, table: &PyRef, cp: u32) -> PyResult<Mapped> {
    let key = vm.new_int(i64::from(cp));
    let v = match vm.get_item(table, &key) {
        Ok(v) => v,
        Err(e) if vm.exc_matches(&e, &vm.exc.lookup_error) => return Ok(Mapped::Unmapped),
        Err(e) => return Err(e),
    };
    if vm.is_none(&v) {
        return Ok(Mapped::Delete);
    }
    match &v.payload {
        Payload::Str(_) => Ok(Mapped::Text(v.clone())),
        Payload::Int(i) if (0..0x110000).contains(i) => Ok(Mapped::CodePoint(*i as u32)),
        Payload::Int(_) | Payload::BigInt(_) => {
            Err(vm.value_error("character mapping must be in range(0x110000)"))
        }
        _ => Err(vm.type_error("character mapping must return integer, None or str")),
    }
}

/// `str.translate` code point by code point, for text or mappings with surrogates.
fn translate_wtf8(vm: &Vm, s: &PyStr, table: &PyRef) -> PyResult {
    let mut out = ferropy_primitives::wtf8::Wtf8Buf::with_capacity(s.bytes().len());
    for cp in s.view().code_points() {
        match translate_lookup(vm, table, cp)? {
            Mapped::Unmapped => out.push_code_point(cp),
            Mapped::Delete => {}
            Mapped::CodePoint(c) => out.push_code_point(c),
            Mapped::Text(t) => {
                if let Payload::Str(t) = &t.payload {
                    out.push_view(t.view());
                }
            }
        }
    }
    Ok(super::new_wtf8(vm, out))
}

fn str_translate(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "str", "translate", args, Arity::One)?;
    let s = this_str(vm, &args)?;
    let table = &a[1];
    let Some(text) = s.as_str() else {
        return translate_wtf8(vm, s, table);
    };
    // A mapping to a surrogate needs the code point path: start again there.
    let surrogate = std::cell::Cell::new(false);
    let lookup = |c: char| -> PyResult<Translation> {
        Ok(match translate_lookup(vm, table, c as u32)? {
            Mapped::Unmapped => Translation::Unmapped,
            Mapped::Delete => Translation::Delete,
            Mapped::CodePoint(cp) => match char::from_u32(cp) {
                Some(c) => Translation::Char(c),
                None => {
                    surrogate.set(true);
                    Translation::Delete
                }
            },
            Mapped::Text(t) => match vm.str_of(&t) {
                Some(t) => Translation::Text(t.to_string()),
                None => {
                    surrogate.set(true);
                    Translation::Delete
                }
            },
        })
    };
    let r = strops::translate(text, lookup)?;
    if surrogate.get() {
        return translate_wtf8(vm, s, table);
    }
    Ok(vm.new_string(r))
}

fn str_maketrans(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "maketrans", args, 1, 3)?;
    let d = vm.new_dict();
    if a.len() == 1 {
        if !matches!(a[0].payload, Payload::Dict(_)) {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for (k, v) in vm.dict_items(&a[0]) {
            let key = match &k.payload {
                Payload::Str(s) => {
                    let sh = Shield::new(vm, &[s])?;
                    let c = strops::maketrans_key(&sh.text(s)).map_err(|e| str_error(vm, e))?;
                    vm.new_int(i64::from(sh.code_point(c)))
                }
                Payload::Int(_) | Payload::BigInt(_) => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            vm.dict_set_item(&d, key, v)?;
        }
        return Ok(d);
    }
    let x = arg_pystr(vm, &a[0], "maketrans() argument 1 ")?;
    let y = arg_pystr(vm, &a[1], "maketrans() argument 2 ")?;
    let z = match a.get(2) {
        Some(z) => Some(arg_pystr(vm, z, "maketrans() argument 3 ")?),
        None => None,
    };
    let mut strs = vec![x, y];
    strs.extend(z);
    let sh = Shield::new(vm, &strs)?;
    let (x, y, z) = (sh.text(x), sh.text(y), z.map(|z| sh.text(z)));
    for (key, value) in strops::maketrans(&x, &y, z.as_deref()).map_err(|e| str_error(vm, e))? {
        let value = match value {
            Some(c) => vm.new_int(i64::from(sh.code_point(c))),
            None => vm.none(),
        };
        vm.dict_set_item(&d, vm.new_int(i64::from(sh.code_point(key))), value)?;
    }
    Ok(d)
}

// ----- formatting entry points -------------------------------------------------------------

fn str_format_method(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let rest = Args::with_kw(&args.args[1..], args.kwnames);
    super::str_format(vm, s, rest, None)
}

fn str_format_map(vm: &Vm, args: Args) -> PyResult {
    let (s, mapping) = one_arg(vm, "format_map", args)?;
    super::str_format(vm, s, Args::new(&[]), Some(mapping))
}

fn str_mod(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__mod__", args, 2, 2)?;
    let s = this_str(vm, &args)?;
    super::percent_format(vm, s, &a[1])
}

fn str_rmod(vm: &Vm, args: Args) -> PyResult {
    let _ = args;
    Ok(vm.not_implemented())
}

fn str_format_dunder(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "str", "__format__", args, Arity::One)?;
    let s = this_str(vm, &args)?;
    let spec = arg_pystr(vm, &a[1], "__format__() argument ")?;
    let sh = Shield::new(vm, &[s, spec])?;
    let r = super::format_str_spec(vm, &a[0], &sh.text(s), &sh.text(spec))?;
    if !sh.active() || r.is(&a[0]) {
        return Ok(r);
    }
    Ok(sh.out(vm, vm.str_of(&r).unwrap_or("")))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.str;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__mod__", str_mod),
            ("__rmod__", str_rmod),
            ("__format__", str_format_dunder),
            ("join", str_join),
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("replace", str_replace),
            ("find", str_find),
            ("rfind", str_rfind),
            ("index", str_index),
            ("rindex", str_rindex),
            ("count", str_count),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("format", str_format_method),
            ("format_map", str_format_map),
            ("isdigit", str_isdigit),
            ("isdecimal", str_isdecimal),
            ("isnumeric", str_isnumeric),
            ("isspace", str_isspace),
            ("isalpha", str_isalpha),
            ("isalnum", str_isalnum),
            ("isupper", str_isupper),
            ("islower", str_islower),
            ("isascii", str_isascii),
            ("isidentifier", str_isidentifier),
            ("istitle", str_istitle),
            ("isprintable", str_isprintable),
            ("partition", str_partition),
            ("rpartition", str_rpartition),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("center", str_center),
            ("zfill", str_zfill),
            ("splitlines", str_splitlines),
            ("title", str_title),
            ("capitalize", str_capitalize),
            ("swapcase", str_swapcase),
            ("casefold", str_casefold),
            ("removeprefix", str_removeprefix),
            ("removesuffix", str_removesuffix),
            ("expandtabs", str_expandtabs),
            ("translate", str_translate),
        ],
    );
    crate::objects::add_native(vm, t, "maketrans", str_maketrans, NativeKind::StaticMethod);
}
