//! The methods of `str`.

use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::make_pystr;

pub fn this_str<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a PyStr> {
    match &args::this(vm, args)?.payload {
        Payload::Str(s) => Ok(s),
        _ => Err(vm.type_error("descriptor requires a 'str' object")),
    }
}

fn arg_str<'a>(vm: &Vm, o: &'a PyRef, what: &str) -> PyResult<&'a str> {
    match &o.payload {
        Payload::Str(s) => Ok(&s.s),
        _ => Err(vm.type_error(format!("{}must be str, not {}", what, o.type_name()))),
    }
}

/// Python's whitespace for str.split()/strip().
pub fn is_py_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\x1f' | '\u{85}'
    ) || (c as u32 > 127 && c.is_whitespace())
}

/// Resolves slice-style start/end arguments to character indices within 0..=len.
pub fn adjust_indices(
    vm: &Vm,
    start: Option<&PyRef>,
    end: Option<&PyRef>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let conv = |o: Option<&PyRef>, default: i64| -> PyResult<i64> {
        match o {
            None => Ok(default),
            Some(x) if vm.is_none(x) => Ok(default),
            Some(x) => match vm.index_opt(x) {
                Ok(Some(i)) => Ok(i),
                Ok(None) => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
                Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
                    let neg = matches!(&x.payload, Payload::BigInt(b) if b.sign() == num_bigint::Sign::Minus);
                    Ok(if neg { i64::MIN / 2 } else { i64::MAX / 2 })
                }
                Err(e) => Err(e),
            },
        }
    };
    let n = len as i64;
    let mut s = conv(start, 0)?;
    let mut e = conv(end, n)?;
    if s < 0 {
        s = (s + n).max(0);
    }
    if e < 0 {
        e = (e + n).max(0);
    }
    Ok((s.min(n) as usize, e.min(n) as usize))
}

fn str_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_usize(this_str(vm, &args)?.char_len))
}

fn str_repr(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_string(super::repr_str(&this_str(vm, &args)?.s)))
}

fn str_str(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if this.class().is(&vm.types.str) {
        return Ok(this.clone());
    }
    Ok(vm.new_str(&this_str(vm, &args)?.s))
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
                    Payload::Str(y) => Ok(vm.new_bool($kind.eval_ordering(x.s.cmp(&y.s)))),
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
            let mut s = String::with_capacity(x.s.len() + y.s.len());
            s.push_str(&x.s);
            s.push_str(&y.s);
            Ok(vm.new_string(s))
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
    if n <= 0 || x.s.is_empty() {
        return Ok(vm.new_str(""));
    }
    let total =
        x.s.len()
            .checked_mul(n as usize)
            .ok_or_else(|| vm.overflow_error("repeated string is too long"))?;
    let mut out: Vec<u8> = vm.alloc_vec(total)?;
    for _ in 0..n {
        out.extend_from_slice(x.s.as_bytes());
    }
    Ok(vm.new_string(String::from_utf8(out).unwrap_or_default()))
}

fn str_contains(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__contains__", args, 2, 2)?;
    let x = this_str(vm, &args)?;
    match &a[1].payload {
        Payload::Str(y) => Ok(vm.new_bool(x.s.contains(&*y.s))),
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
            return Ok(vm.new_str(x.substr(start as usize, stop as usize)));
        }
        let mut out = String::new();
        let chars: Vec<char> = x.s.chars().collect();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(chars[i as usize]);
            i += step;
        }
        return Ok(vm.new_string(out));
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
    Ok(vm.new_char(x.char_at(idx as usize).unwrap_or('\0')))
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

fn str_join(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "join", args, 2, 2)?;
    let sep = this_str(vm, &args)?;
    let items = vm.iterate(&a[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.s);
        }
        match &it.payload {
            Payload::Str(s) => out.push_str(&s.s),
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    it.type_name()
                )))
            }
        }
    }
    Ok(vm.new_string(out))
}

fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_py_space);
    let mut splits = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(rest);
            return out;
        }
        match rest.find(is_py_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_py_space);
                splits += 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_py_space);
    let mut splits = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(is_py_space) {
            Some(i) => {
                let c = rest[i..].chars().next().unwrap();
                out.push(&rest[i + c.len_utf8()..]);
                rest = rest[..i].trim_end_matches(is_py_space);
                splits += 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn split_args(vm: &Vm, args: Args, name: &str) -> PyResult<(Option<String>, i64)> {
    let b = args::bind(
        vm,
        name,
        Args::with_kw(&args.args[1..], args.kwnames),
        &["sep", "maxsplit"],
        0,
        0,
    )?;
    let sep = match &b[0] {
        Some(s) if !vm.is_none(s) => {
            let s = arg_str(vm, s, "")?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s.to_string())
        }
        _ => None,
    };
    let maxsplit = match &b[1] {
        Some(m) => args::to_i64(vm, m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn str_split(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let (sep, maxsplit) = split_args(vm, args, "split")?;
    let parts: Vec<PyRef> = match sep {
        None => split_whitespace(&s.s, maxsplit)
            .into_iter()
            .map(|p| vm.new_str(p))
            .collect(),
        Some(sep) => {
            if maxsplit < 0 {
                s.s.split(sep.as_str()).map(|p| vm.new_str(p)).collect()
            } else {
                s.s.splitn(maxsplit as usize + 1, sep.as_str())
                    .map(|p| vm.new_str(p))
                    .collect()
            }
        }
    };
    Ok(vm.new_list(parts))
}

fn str_rsplit(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let (sep, maxsplit) = split_args(vm, args, "rsplit")?;
    let parts: Vec<PyRef> = match sep {
        None => rsplit_whitespace(&s.s, maxsplit)
            .into_iter()
            .map(|p| vm.new_str(p))
            .collect(),
        Some(sep) => {
            let mut v: Vec<&str> = if maxsplit < 0 {
                s.s.rsplit(sep.as_str()).collect()
            } else {
                s.s.rsplitn(maxsplit as usize + 1, sep.as_str()).collect()
            };
            v.reverse();
            v.into_iter().map(|p| vm.new_str(p)).collect()
        }
    };
    Ok(vm.new_list(parts))
}

fn strip_impl(vm: &Vm, args: Args, left: bool, right: bool) -> PyResult {
    let a = args::pos(vm, "strip", args, 1, 2)?;
    let s = this_str(vm, &args)?;
    let chars: Option<Vec<char>> = match a.get(1) {
        Some(c) if !vm.is_none(c) => Some(arg_str(vm, c, "strip arg ")?.chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => is_py_space(c),
    };
    let mut r: &str = &s.s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.s.len() && args.args[0].class().is(&vm.types.str) {
        return Ok(args.args[0].clone());
    }
    Ok(vm.new_str(r))
}

fn str_strip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, true, true)
}
fn str_lstrip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, true, false)
}
fn str_rstrip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, false, true)
}

fn str_replace(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "replace", args, 3, 4)?;
    let s = this_str(vm, &args)?;
    let old = arg_str(vm, &a[1], "replace() argument 1 ")?;
    let new = arg_str(vm, &a[2], "replace() argument 2 ")?;
    let count = match a.get(3) {
        Some(c) => args::to_i64(vm, c)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::new();
            out.push_str(new);
            for c in s.s.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(vm.new_string(out));
        }
        return Ok(vm.new_string(s.s.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        if n < count {
            out.push_str(new);
            n += 1;
        }
        for c in s.s.chars() {
            out.push(c);
            if n < count {
                out.push_str(new);
                n += 1;
            }
        }
        return Ok(vm.new_string(out));
    }
    Ok(vm.new_string(s.s.replacen(old, new, count as usize)))
}

fn find_impl(vm: &Vm, args: Args, name: &str, reverse: bool) -> PyResult<i64> {
    let a = args::pos(vm, name, args, 2, 4)?;
    let s = this_str(vm, &args)?;
    let sub = arg_str(vm, &a[1], &format!("{}() argument 1 ", name))?;
    let sub = match &a[1].payload {
        Payload::Str(_) => sub,
        _ => return Err(vm.type_error(format!("must be str, not {}", a[1].type_name()))),
    };
    let (start, end) = adjust_indices(vm, a.get(2), a.get(3), s.char_len)?;
    if start > end {
        return Ok(-1);
    }
    let bs = s.byte_offset(start);
    let be = s.byte_offset(end);
    let hay = &s.s[bs..be];
    let found = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(match found {
        Some(off) => {
            let char_off = if s.is_ascii() {
                off
            } else {
                hay[..off].chars().count()
            };
            (start + char_off) as i64
        }
        None => -1,
    })
}

fn str_find(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(find_impl(vm, args, "find", false)?))
}
fn str_rfind(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(find_impl(vm, args, "rfind", true)?))
}
fn str_index(vm: &Vm, args: Args) -> PyResult {
    let r = find_impl(vm, args, "index", false)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(vm.new_int(r))
}
fn str_rindex(vm: &Vm, args: Args) -> PyResult {
    let r = find_impl(vm, args, "rindex", true)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(vm.new_int(r))
}

fn str_count(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "count", args, 2, 4)?;
    let s = this_str(vm, &args)?;
    let sub = arg_str(vm, &a[1], "")?;
    let (start, end) = adjust_indices(vm, a.get(2), a.get(3), s.char_len)?;
    if start > end {
        return Ok(vm.new_int(0));
    }
    let hay = s.substr(start, end);
    if sub.is_empty() {
        return Ok(vm.new_usize(hay.chars().count() + 1));
    }
    Ok(vm.new_usize(hay.matches(sub).count()))
}

fn prefix_impl(vm: &Vm, args: Args, name: &str, suffix: bool) -> PyResult {
    let a = args::pos(vm, name, args, 2, 4)?;
    let s = this_str(vm, &args)?;
    let (start, end) = adjust_indices(vm, a.get(2), a.get(3), s.char_len)?;
    let check = |p: &str| -> bool {
        if start > end {
            return false;
        }
        let hay = s.substr(start, end);
        if suffix {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match &a[1].payload {
        Payload::Str(p) => Ok(vm.new_bool(check(&p.s))),
        Payload::Tuple(items) => {
            for it in items.iter() {
                match &it.payload {
                    Payload::Str(p) => {
                        if check(&p.s) {
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

fn str_upper(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_string(this_str(vm, &args)?.s.to_uppercase()))
}
fn str_lower(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_string(this_str(vm, &args)?.s.to_lowercase()))
}

fn str_format_method(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let rest = Args::with_kw(&args.args[1..], args.kwnames);
    super::str_format(vm, &s.s, rest, None)
}

fn str_format_map(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "format_map", args, 2, 2)?;
    let s = this_str(vm, &args)?;
    super::str_format(vm, &s.s, Args::new(&[]), Some(&a[1]))
}

fn str_mod(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__mod__", args, 2, 2)?;
    let s = this_str(vm, &args)?;
    super::percent_format(vm, &s.s, &a[1])
}

fn str_rmod(vm: &Vm, args: Args) -> PyResult {
    let _ = args;
    Ok(vm.not_implemented())
}

fn str_format_dunder(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__format__", args, 2, 2)?;
    let s = this_str(vm, &args)?;
    let spec = arg_str(vm, &a[1], "format_spec ")?;
    if spec.is_empty() {
        return Ok(vm.new_str(&s.s));
    }
    let fs = ferropy_primitives::format_spec::parse_format_spec(spec)
        .map_err(|e| super::format_error(vm, e))?;
    let r = ferropy_primitives::format_spec::format_str(&s.s, &fs)
        .map_err(|e| super::format_error(vm, e))?;
    Ok(vm.new_string(r))
}

fn str_encode(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let b = args::bind(
        vm,
        "encode",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["encoding", "errors"],
        0,
        0,
    )?;
    let enc = match &b[0] {
        Some(e) => arg_str(vm, e, "encode() argument 'encoding' ")?
            .to_ascii_lowercase()
            .replace('_', "-"),
        None => "utf-8".into(),
    };
    let errors = match &b[1] {
        Some(e) => arg_str(vm, e, "encode() argument 'errors' ")?.to_string(),
        None => "strict".into(),
    };
    crate::objects::bytes::encode_str(vm, &s.s, &enc, &errors)
}

fn str_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let b = args::bind(
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
    let text = vm.str_of(&value).unwrap_or("").to_string();
    Ok(vm.new_object_of(&cls, Payload::Str(make_pystr(text))))
}

fn str_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    Ok(vm.new_tuple(vec![vm.new_str(&s.s)]))
}

fn str_sizeof(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    Ok(vm.new_usize(49 + s.s.len()))
}

fn str_isdigit_ascii(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    Ok(vm.new_bool(
        !s.s.is_empty()
            && s.s
                .chars()
                .all(|c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())),
    ))
}

fn str_isspace(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    Ok(vm.new_bool(!s.s.is_empty() && s.s.chars().all(is_py_space)))
}

fn str_isalpha(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    Ok(vm.new_bool(!s.s.is_empty() && s.s.chars().all(char::is_alphabetic)))
}

fn str_isalnum(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    Ok(vm.new_bool(!s.s.is_empty() && s.s.chars().all(char::is_alphanumeric)))
}

fn str_isupper(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let cased = s.s.chars().any(|c| c.is_uppercase() || c.is_lowercase());
    Ok(vm.new_bool(cased && !s.s.chars().any(char::is_lowercase)))
}

fn str_islower(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let cased = s.s.chars().any(|c| c.is_uppercase() || c.is_lowercase());
    Ok(vm.new_bool(cased && !s.s.chars().any(char::is_uppercase)))
}

fn str_isascii(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bool(this_str(vm, &args)?.s.is_ascii()))
}

fn str_isidentifier(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let mut it = s.s.chars();
    let ok = match it.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && it.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    Ok(vm.new_bool(ok))
}

fn str_partition(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "partition", args, 2, 2)?;
    let s = this_str(vm, &args)?;
    let sep = arg_str(vm, &a[1], "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    Ok(match s.s.find(sep) {
        Some(i) => vm.new_tuple(vec![
            vm.new_str(&s.s[..i]),
            a[1].clone(),
            vm.new_str(&s.s[i + sep.len()..]),
        ]),
        None => vm.new_tuple(vec![vm.new_str(&s.s), vm.new_str(""), vm.new_str("")]),
    })
}

fn str_rpartition(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "rpartition", args, 2, 2)?;
    let s = this_str(vm, &args)?;
    let sep = arg_str(vm, &a[1], "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    Ok(match s.s.rfind(sep) {
        Some(i) => vm.new_tuple(vec![
            vm.new_str(&s.s[..i]),
            a[1].clone(),
            vm.new_str(&s.s[i + sep.len()..]),
        ]),
        None => vm.new_tuple(vec![vm.new_str(""), vm.new_str(""), vm.new_str(&s.s)]),
    })
}

fn pad(vm: &Vm, args: Args, name: &str, align: char) -> PyResult {
    let a = args::pos(vm, name, args, 2, 3)?;
    let s = this_str(vm, &args)?;
    let width = args::to_i64(vm, &a[1])?;
    let fill = match a.get(2) {
        Some(f) => {
            let fs = arg_str(vm, f, &format!("{}() argument 2 ", name))?;
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    let n = s.char_len as i64;
    if width <= n {
        return Ok(vm.new_str(&s.s));
    }
    let total = (width - n) as usize;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            let left = total / 2 + (total & (width as usize) & 1);
            (left, total - left)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&s.s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(vm.new_string(out))
}

fn str_ljust(vm: &Vm, args: Args) -> PyResult {
    pad(vm, args, "ljust", '<')
}
fn str_rjust(vm: &Vm, args: Args) -> PyResult {
    pad(vm, args, "rjust", '>')
}
fn str_center(vm: &Vm, args: Args) -> PyResult {
    pad(vm, args, "center", '^')
}

fn str_zfill(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "zfill", args, 2, 2)?;
    let s = this_str(vm, &args)?;
    let width = args::to_i64(vm, &a[1])?;
    let n = s.char_len as i64;
    if width <= n {
        return Ok(vm.new_str(&s.s));
    }
    let fill = "0".repeat((width - n) as usize);
    let (sign, rest) = match s.s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s.s[1..]),
        _ => (String::new(), &s.s[..]),
    };
    Ok(vm.new_string(format!("{}{}{}", sign, fill, rest)))
}

fn str_splitlines(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(
        vm,
        "splitlines",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["keepends"],
        0,
        0,
    )?;
    let s = this_str(vm, &args)?;
    let keep = match &b[0] {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let mut out = Vec::new();
    let text: &str = &s.s;
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = iter.peek() {
                    iter.next();
                    end += 1;
                }
            }
            let line = if keep {
                &text[start..end]
            } else {
                &text[start..i]
            };
            out.push(vm.new_str(line));
            start = end;
        }
    }
    if start < text.len() {
        out.push(vm.new_str(&text[start..]));
    }
    Ok(vm.new_list(out))
}

fn str_title(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(vm.new_string(out))
}

fn str_capitalize(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let mut it = s.s.chars();
    let mut out = String::new();
    if let Some(c) = it.next() {
        out.extend(c.to_uppercase());
        for c in it {
            out.extend(c.to_lowercase());
        }
    }
    Ok(vm.new_string(out))
}

fn str_swapcase(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let mut out = String::new();
    for c in s.s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(vm.new_string(out))
}

fn str_removeprefix(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "removeprefix", args, 2, 2)?;
    let s = this_str(vm, &args)?;
    let p = arg_str(vm, &a[1], "removeprefix() argument ")?;
    Ok(vm.new_str(s.s.strip_prefix(p).unwrap_or(&s.s)))
}

fn str_removesuffix(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "removesuffix", args, 2, 2)?;
    let s = this_str(vm, &args)?;
    let p = arg_str(vm, &a[1], "removesuffix() argument ")?;
    if p.is_empty() {
        return Ok(vm.new_str(&s.s));
    }
    Ok(vm.new_str(s.s.strip_suffix(p).unwrap_or(&s.s)))
}

fn str_expandtabs(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(
        vm,
        "expandtabs",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["tabsize"],
        0,
        0,
    )?;
    let s = this_str(vm, &args)?;
    let tab = match &b[0] {
        Some(t) => args::to_i64(vm, t)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - (col % tab);
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_string(out))
}

fn str_casefold(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    Ok(vm.new_string(s.s.to_lowercase().replace('ß', "ss")))
}

fn str_istitle(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    let mut prev_cased = false;
    let mut cased = false;
    for c in s.s.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(vm.new_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(vm.new_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(vm.new_bool(cased))
}

fn str_isprintable(vm: &Vm, args: Args) -> PyResult {
    let s = this_str(vm, &args)?;
    Ok(vm.new_bool(s.s.chars().all(|c| !c.is_control() || c == ' ')))
}

fn str_translate(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "translate", args, 2, 2)?;
    let s = this_str(vm, &args)?;
    let mut out = String::new();
    for c in s.s.chars() {
        let key = vm.new_int(c as i64);
        match vm.get_item(&a[1], &key) {
            Ok(v) => {
                if vm.is_none(&v) {
                    continue;
                }
                match &v.payload {
                    Payload::Str(r) => out.push_str(&r.s),
                    Payload::Int(i) => out.push(char::from_u32(*i as u32).ok_or_else(|| {
                        vm.value_error("character mapping must be in range(0x110000)")
                    })?),
                    _ => {
                        return Err(
                            vm.type_error("character mapping must return integer, None or str")
                        )
                    }
                }
            }
            Err(e) if vm.exc_matches(&e, &vm.exc.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_string(out))
}

fn str_maketrans(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "maketrans", args, 1, 3)?;
    let d = vm.new_dict();
    if a.len() == 1 {
        for (k, v) in vm.dict_items(&a[0]) {
            let key = match &k.payload {
                Payload::Str(s) if s.char_len == 1 => {
                    vm.new_int(s.s.chars().next().unwrap() as i64)
                }
                Payload::Int(_) => k.clone(),
                _ => {
                    return Err(vm.value_error("string keys in translate table must be of length 1"))
                }
            };
            vm.dict_set_item(&d, key, v)?;
        }
        return Ok(d);
    }
    let x: Vec<char> = arg_str(vm, &a[0], "")?.chars().collect();
    let y: Vec<char> = arg_str(vm, &a[1], "")?.chars().collect();
    if x.len() != y.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (c1, c2) in x.iter().zip(y.iter()) {
        vm.dict_set_item(&d, vm.new_int(*c1 as i64), vm.new_int(*c2 as i64))?;
    }
    if let Some(z) = a.get(2) {
        for c in arg_str(vm, z, "")?.chars() {
            vm.dict_set_item(&d, vm.new_int(c as i64), vm.none())?;
        }
    }
    Ok(d)
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
            ("__mod__", str_mod),
            ("__rmod__", str_rmod),
            ("__contains__", str_contains),
            ("__getitem__", str_getitem),
            ("__iter__", str_iter),
            ("__format__", str_format_dunder),
            ("__getnewargs__", str_getnewargs),
            ("__sizeof__", str_sizeof),
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
            ("encode", str_encode),
            ("isdigit", str_isdigit_ascii),
            ("isdecimal", str_isdigit_ascii),
            ("isnumeric", str_isdigit_ascii),
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
    crate::objects::add_native(vm, t, "__new__", str_new, NativeKind::StaticMethod);
    crate::objects::add_native(vm, t, "maketrans", str_maketrans, NativeKind::StaticMethod);
}
