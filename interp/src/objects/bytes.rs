//! `bytes` and `bytearray`, plus the str ↔ bytes codecs the core needs (UTF-8,
//! Latin-1, ASCII with the common error handlers).

use std::cell::RefCell;

use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// The bytes of any bytes-like object (copy).
pub fn bytes_from_object(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        Payload::MemoryView(m) => {
            let data = bytes_from_object(vm, &m.obj)?;
            Ok(data[m.start..m.start + m.len].to_vec())
        }
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            o.type_name()
        ))),
    }
}

fn with_bytes<R>(o: &PyRef, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match &o.payload {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(f(&b.borrow())),
        _ => None,
    }
}

fn norm_encoding(enc: &str) -> String {
    enc.to_ascii_lowercase().replace('_', "-")
}

pub fn encode_str(vm: &Vm, s: &str, enc: &str, errors: &str) -> PyResult {
    let enc = norm_encoding(enc);
    match enc.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => Ok(vm.new_bytes(s.as_bytes().to_vec())),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "ascii" | "us-ascii" => {
            let limit = if enc.contains("ascii") { 128 } else { 256 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                let cp = c as u32;
                if cp < limit {
                    out.push(cp as u8);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push(b'?'),
                    "backslashreplace" => {
                        let esc = if cp < 0x100 {
                            format!("\\x{:02x}", cp)
                        } else if cp < 0x10000 {
                            format!("\\u{:04x}", cp)
                        } else {
                            format!("\\U{:08x}", cp)
                        };
                        out.extend_from_slice(esc.as_bytes());
                    }
                    "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", cp).as_bytes()),
                    _ => {
                        let codec = if limit == 128 { "ascii" } else { "latin-1" };
                        let range = if limit == 128 {
                            "range(128)"
                        } else {
                            "range(256)"
                        };
                        return Err(unicode_error(
                            vm,
                            &vm.exc.unicode_encode_error,
                            codec,
                            vm.new_str(s),
                            i,
                            i + 1,
                            &format!("ordinal not in {}", range),
                        ));
                    }
                }
            }
            Ok(vm.new_bytes(out))
        }
        _ => Err(vm.new_error(&vm.exc.lookup_error, format!("unknown encoding: {}", enc))),
    }
}

fn unicode_error(
    vm: &Vm,
    ty: &PyRef,
    codec: &str,
    obj: PyRef,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let e = vm.new_exception(
        ty,
        vec![
            vm.new_str(codec),
            obj.clone(),
            vm.new_usize(start),
            vm.new_usize(end),
            vm.new_str(reason),
        ],
    );
    PyErr(e)
}

pub fn decode_bytes(vm: &Vm, data: &[u8], enc: &str, errors: &str) -> PyResult {
    let enc = norm_encoding(enc);
    match enc.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "utf-8-sig" => {
            let data = if enc == "utf-8-sig" {
                data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data)
            } else {
                data
            };
            match std::str::from_utf8(data) {
                Ok(s) => Ok(vm.new_str(s)),
                Err(e) => match errors {
                    "replace" => Ok(vm.new_string(String::from_utf8_lossy(data).into_owned())),
                    "ignore" => {
                        let mut out = String::new();
                        let mut rest = data;
                        loop {
                            match std::str::from_utf8(rest) {
                                Ok(s) => {
                                    out.push_str(s);
                                    break;
                                }
                                Err(e) => {
                                    let (good, bad) = rest.split_at(e.valid_up_to());
                                    out.push_str(std::str::from_utf8(good).unwrap_or(""));
                                    let skip = e.error_len().unwrap_or(bad.len()).max(1);
                                    rest = &bad[skip.min(bad.len())..];
                                }
                            }
                        }
                        Ok(vm.new_string(out))
                    }
                    _ => {
                        let pos = e.valid_up_to();
                        let reason = match e.error_len() {
                            None => "unexpected end of data".to_string(),
                            Some(_) => {
                                let b = data[pos];
                                if (0x80..0xc0).contains(&b) || b >= 0xf8 {
                                    "invalid start byte".to_string()
                                } else {
                                    "invalid continuation byte".to_string()
                                }
                            }
                        };
                        let end = pos + e.error_len().unwrap_or(data.len() - pos);
                        Err(unicode_error(
                            vm,
                            &vm.exc.unicode_decode_error,
                            "utf-8",
                            vm.new_bytes(data.to_vec()),
                            pos,
                            end,
                            &reason,
                        ))
                    }
                },
            }
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => {
            Ok(vm.new_string(data.iter().map(|&b| b as char).collect()))
        }
        "ascii" | "us-ascii" => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            return Err(unicode_error(
                                vm,
                                &vm.exc.unicode_decode_error,
                                "ascii",
                                vm.new_bytes(data.to_vec()),
                                i,
                                i + 1,
                                "ordinal not in range(128)",
                            ))
                        }
                    }
                }
            }
            Ok(vm.new_string(out))
        }
        _ => Err(vm.new_error(&vm.exc.lookup_error, format!("unknown encoding: {}", enc))),
    }
}

fn this_bytes(vm: &Vm, args: &Args) -> PyResult<Vec<u8>> {
    bytes_from_object(vm, args::this(vm, args)?)
}

fn is_bytearray(o: &PyRef) -> bool {
    matches!(o.payload, Payload::ByteArray(_))
}

fn make_like(vm: &Vm, like: &PyRef, data: Vec<u8>) -> PyRef {
    if is_bytearray(like) {
        vm.new_bytearray(data)
    } else {
        vm.new_bytes(data)
    }
}

pub fn bytes_repr_string(data: &[u8]) -> String {
    ferropy_primitives::strops::bytes_repr(data)
}

fn b_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let data = this_bytes(vm, &args)?;
    let r = bytes_repr_string(&data);
    if is_bytearray(this) {
        return Ok(vm.new_string(format!("{}({})", this.type_name(), r)));
    }
    Ok(vm.new_string(r))
}

fn b_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_usize(this_bytes(vm, &args)?.len()))
}

fn b_hash(vm: &Vm, args: Args) -> PyResult {
    let data = this_bytes(vm, &args)?;
    Ok(vm.new_int(crate::objects::str::siphash::bytes_hash_value(&data)))
}

fn b_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getitem__", args, 2, 2)?;
    let data = this_bytes(vm, &args)?;
    if let Payload::Slice(sl) = &a[1].payload {
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, data.len())?;
        let v: Vec<u8> = crate::objects::range::slice_positions(start, stop, step)
            .into_iter()
            .map(|i| data[i])
            .collect();
        return Ok(make_like(vm, &a[0], v));
    }
    let i = match vm.index_opt(&a[1])? {
        Some(i) => i,
        None => {
            return Err(vm.type_error(format!(
                "byte indices must be integers or slices, not {}",
                a[1].type_name()
            )))
        }
    };
    let n = data.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error(if is_bytearray(&a[0]) {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(vm.new_int(data[idx as usize] as i64))
}

fn b_iter(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_iterator(
        &vm.types.bytes_iterator,
        IterState::Bytes {
            bytes: this.clone(),
            index: 0,
        },
    ))
}

macro_rules! bytes_cmp {
    ($($fname:ident, $kind:expr);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($fname), args, 2, 2)?;
                let x = this_bytes(vm, &args)?;
                match with_bytes(&a[1], |y| x.as_slice().cmp(y)) {
                    Some(o) => Ok(vm.new_bool($kind.eval_ordering(o))),
                    None => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

bytes_cmp! {
    b_lt, CompareKind::Lt;
    b_le, CompareKind::Le;
    b_eq, CompareKind::Eq;
    b_ne, CompareKind::Ne;
    b_gt, CompareKind::Gt;
    b_ge, CompareKind::Ge;
}

fn b_add(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__add__", args, 2, 2)?;
    let mut x = this_bytes(vm, &args)?;
    match bytes_from_object(vm, &a[1]) {
        Ok(y) => {
            x.extend(y);
            Ok(make_like(vm, &a[0], x))
        }
        Err(_) => Err(vm.type_error(format!(
            "can't concat {} to {}",
            a[1].type_name(),
            a[0].type_name()
        ))),
    }
}

fn b_mul(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__mul__", args, 2, 2)?;
    let x = this_bytes(vm, &args)?;
    let n = match vm.index_opt(&a[1])? {
        Some(n) => n,
        None => return Ok(vm.not_implemented()),
    };
    if n <= 0 {
        return Ok(make_like(vm, &a[0], vec![]));
    }
    let total = x
        .len()
        .checked_mul(n as usize)
        .ok_or_else(|| vm.memory_error())?;
    let mut out: Vec<u8> = vm.alloc_vec(total)?;
    for _ in 0..n {
        out.extend_from_slice(&x);
    }
    Ok(make_like(vm, &a[0], out))
}

fn b_contains(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__contains__", args, 2, 2)?;
    let x = this_bytes(vm, &args)?;
    if let Payload::Int(i) = a[1].payload {
        if !(0..256).contains(&i) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(vm.new_bool(x.contains(&(i as u8))));
    }
    let y = bytes_from_object(vm, &a[1])?;
    Ok(vm.new_bool(y.is_empty() || x.windows(y.len()).any(|w| w == y.as_slice())))
}

fn b_decode(vm: &Vm, args: Args) -> PyResult {
    let data = this_bytes(vm, &args)?;
    let b = args::bind(
        vm,
        "decode",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["encoding", "errors"],
        0,
        0,
    )?;
    let enc = match &b[0] {
        Some(e) => args::to_str(vm, e, "decode() argument 'encoding'")?.to_string(),
        None => "utf-8".into(),
    };
    let errors = match &b[1] {
        Some(e) => args::to_str(vm, e, "decode() argument 'errors'")?.to_string(),
        None => "strict".into(),
    };
    decode_bytes(vm, &data, &enc, &errors)
}

fn b_hex(vm: &Vm, args: Args) -> PyResult {
    let data = this_bytes(vm, &args)?;
    let mut s = String::with_capacity(data.len() * 2);
    for b in data {
        s.push_str(&format!("{:02x}", b));
    }
    Ok(vm.new_string(s))
}

fn b_fromhex(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "fromhex", args, 2, 2)?;
    let s = args::to_str(vm, &a[1], "fromhex() argument")?;
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    pos
                )));
            }
        }
        i += 2;
    }
    let r = if a[0].is(&vm.types.bytearray) {
        vm.new_bytearray(out)
    } else {
        vm.new_bytes(out)
    };
    Ok(r)
}

fn b_join(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "join", args, 2, 2)?;
    let sep = this_bytes(vm, &args)?;
    let mut out = Vec::new();
    for (i, it) in vm.iterate(&a[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let b = bytes_from_object(vm, it).map_err(|_| {
            vm.type_error(format!(
                "sequence item {}: expected a bytes-like object, {} found",
                i,
                it.type_name()
            ))
        })?;
        out.extend(b);
    }
    Ok(make_like(vm, &a[0], out))
}

fn b_split(vm: &Vm, args: Args) -> PyResult {
    let data = this_bytes(vm, &args)?;
    let b = args::bind(
        vm,
        "split",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["sep", "maxsplit"],
        0,
        0,
    )?;
    let maxsplit = match &b[1] {
        Some(m) => args::to_i64(vm, m)?,
        None => -1,
    };
    let this = &args.args[0];
    let mut parts: Vec<PyRef> = Vec::new();
    match &b[0] {
        Some(s) if !vm.is_none(s) => {
            let sep = bytes_from_object(vm, s)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut start = 0;
            let mut i = 0;
            let mut n = 0;
            while i + sep.len() <= data.len() {
                if (maxsplit < 0 || n < maxsplit) && data[i..i + sep.len()] == sep[..] {
                    parts.push(make_like(vm, this, data[start..i].to_vec()));
                    i += sep.len();
                    start = i;
                    n += 1;
                } else {
                    i += 1;
                }
            }
            parts.push(make_like(vm, this, data[start..].to_vec()));
        }
        _ => {
            let mut n = 0;
            let mut i = 0;
            while i < data.len() {
                while i < data.len() && data[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i >= data.len() {
                    break;
                }
                if maxsplit >= 0 && n >= maxsplit {
                    let mut end = data.len();
                    while end > i && data[end - 1].is_ascii_whitespace() {
                        end -= 1;
                    }
                    parts.push(make_like(vm, this, data[i..end].to_vec()));
                    break;
                }
                let st = i;
                while i < data.len() && !data[i].is_ascii_whitespace() {
                    i += 1;
                }
                parts.push(make_like(vm, this, data[st..i].to_vec()));
                n += 1;
            }
        }
    }
    Ok(vm.new_list(parts))
}

fn strip_bytes(vm: &Vm, args: Args, left: bool, right: bool) -> PyResult {
    let a = args::pos(vm, "strip", args, 1, 2)?;
    let data = this_bytes(vm, &args)?;
    let chars: Option<Vec<u8>> = match a.get(1) {
        Some(c) if !vm.is_none(c) => Some(bytes_from_object(vm, c)?),
        _ => None,
    };
    let pred = |b: &u8| match &chars {
        Some(cs) => cs.contains(b),
        None => b.is_ascii_whitespace() || *b == 0x0b,
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && pred(&data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && pred(&data[e - 1]) {
            e -= 1;
        }
    }
    Ok(make_like(vm, &a[0], data[s..e].to_vec()))
}

fn b_strip(vm: &Vm, args: Args) -> PyResult {
    strip_bytes(vm, args, true, true)
}
fn b_lstrip(vm: &Vm, args: Args) -> PyResult {
    strip_bytes(vm, args, true, false)
}
fn b_rstrip(vm: &Vm, args: Args) -> PyResult {
    strip_bytes(vm, args, false, true)
}

fn find_sub(hay: &[u8], needle: &[u8], reverse: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if reverse { hay.len() } else { 0 });
    }
    if needle.len() > hay.len() {
        return None;
    }
    let mut positions = 0..=hay.len() - needle.len();
    if reverse {
        positions
            .rev()
            .find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        positions.find(|&i| &hay[i..i + needle.len()] == needle)
    }
}

fn needle_of(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    if let Payload::Int(i) = o.payload {
        if !(0..256).contains(&i) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![i as u8]);
    }
    bytes_from_object(vm, o)
}

fn find_impl(vm: &Vm, args: Args, reverse: bool) -> PyResult<i64> {
    let a = args::pos(vm, "find", args, 2, 4)?;
    let data = this_bytes(vm, &args)?;
    let needle = needle_of(vm, &a[1])?;
    let (s, e) = crate::objects::str::adjust_indices_pub(vm, a.get(2), a.get(3), data.len())?;
    if s > e {
        return Ok(-1);
    }
    Ok(find_sub(&data[s..e], &needle, reverse)
        .map(|i| (i + s) as i64)
        .unwrap_or(-1))
}

fn b_find(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(find_impl(vm, args, false)?))
}
fn b_rfind(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(find_impl(vm, args, true)?))
}
fn b_index(vm: &Vm, args: Args) -> PyResult {
    let r = find_impl(vm, args, false)?;
    if r < 0 {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(vm.new_int(r))
}

fn b_count(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "count", args, 2, 4)?;
    let data = this_bytes(vm, &args)?;
    let needle = needle_of(vm, &a[1])?;
    let (s, e) = crate::objects::str::adjust_indices_pub(vm, a.get(2), a.get(3), data.len())?;
    if s > e {
        return Ok(vm.new_int(0));
    }
    let hay = &data[s..e];
    if needle.is_empty() {
        return Ok(vm.new_usize(hay.len() + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if hay[i..i + needle.len()] == needle[..] {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn b_replace(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "replace", args, 3, 4)?;
    let data = this_bytes(vm, &args)?;
    let old = bytes_from_object(vm, &a[1])?;
    let new = bytes_from_object(vm, &a[2])?;
    let count = match a.get(3) {
        Some(c) => args::to_i64(vm, c)?,
        None => -1,
    };
    let mut out = Vec::new();
    let mut i = 0;
    let mut n = 0;
    if old.is_empty() {
        for (k, b) in data.iter().enumerate() {
            if count < 0 || (k as i64) < count {
                out.extend_from_slice(&new);
            }
            out.push(*b);
        }
        if count < 0 || (data.len() as i64) < count {
            out.extend_from_slice(&new);
        }
        return Ok(make_like(vm, &a[0], out));
    }
    while i < data.len() {
        if (count < 0 || n < count) && data[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            n += 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    Ok(make_like(vm, &a[0], out))
}

fn prefix(vm: &Vm, args: Args, suffix: bool) -> PyResult {
    let a = args::pos(vm, "startswith", args, 2, 4)?;
    let data = this_bytes(vm, &args)?;
    let (s, e) = crate::objects::str::adjust_indices_pub(vm, a.get(2), a.get(3), data.len())?;
    let hay: &[u8] = if s <= e { &data[s..e] } else { &[] };
    let test = |p: &[u8]| if suffix { hay.ends_with(p) } else { hay.starts_with(p) } && s <= e;
    if let Payload::Tuple(items) = &a[1].payload {
        for it in items.iter() {
            if test(&bytes_from_object(vm, it)?) {
                return Ok(vm.new_bool(true));
            }
        }
        return Ok(vm.new_bool(false));
    }
    Ok(vm.new_bool(test(&bytes_from_object(vm, &a[1])?)))
}
fn b_startswith(vm: &Vm, args: Args) -> PyResult {
    prefix(vm, args, false)
}
fn b_endswith(vm: &Vm, args: Args) -> PyResult {
    prefix(vm, args, true)
}
fn b_upper(vm: &Vm, args: Args) -> PyResult {
    let d = this_bytes(vm, &args)?;
    Ok(make_like(vm, &args.args[0], d.to_ascii_uppercase()))
}
fn b_lower(vm: &Vm, args: Args) -> PyResult {
    let d = this_bytes(vm, &args)?;
    Ok(make_like(vm, &args.args[0], d.to_ascii_lowercase()))
}
fn b_isdigit(vm: &Vm, args: Args) -> PyResult {
    let d = this_bytes(vm, &args)?;
    Ok(vm.new_bool(!d.is_empty() && d.iter().all(|b| b.is_ascii_digit())))
}
fn b_isalpha(vm: &Vm, args: Args) -> PyResult {
    let d = this_bytes(vm, &args)?;
    Ok(vm.new_bool(!d.is_empty() && d.iter().all(|b| b.is_ascii_alphabetic())))
}
fn b_isspace(vm: &Vm, args: Args) -> PyResult {
    let d = this_bytes(vm, &args)?;
    Ok(vm.new_bool(!d.is_empty() && d.iter().all(|b| b.is_ascii_whitespace() || *b == 0x0b)))
}

fn b_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let d = this_bytes(vm, &args)?;
    Ok(vm.new_tuple(vec![vm.new_bytes(d)]))
}

/// bytes(x) / bytearray(x) initial contents.
fn initial_bytes(vm: &Vm, b: &[Option<PyRef>], name: &str) -> PyResult<Vec<u8>> {
    match (&b[0], &b[1]) {
        (None, None) => Ok(Vec::new()),
        (Some(s), Some(enc)) => {
            let text = vm
                .str_of(s)
                .ok_or_else(|| vm.type_error("encoding without a string argument"))?;
            let enc = args::to_str(vm, enc, &format!("{}() argument 'encoding'", name))?;
            let errors = match &b[2] {
                Some(e) => args::to_str(vm, e, "errors")?.to_string(),
                None => "strict".into(),
            };
            bytes_from_object(vm, &encode_str(vm, text, enc, &errors)?)
        }
        (None, Some(_)) => Err(vm.type_error("encoding without a string argument")),
        (Some(x), None) => {
            if vm.str_of(x).is_some() {
                return Err(vm.type_error("string argument without an encoding"));
            }
            if let Ok(d) = bytes_from_object(vm, x) {
                return Ok(d);
            }
            if let Some(n) = match &x.payload {
                Payload::Int(_) | Payload::BigInt(_) => Some(args::to_i64(vm, x)?),
                _ => vm.index_opt(x).ok().flatten(),
            } {
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                let mut v: Vec<u8> = vm.alloc_vec(n as usize)?;
                v.resize(n as usize, 0);
                return Ok(v);
            }
            if let Some(r) = vm.call_special(x, &vm.names.__bytes__, &[])? {
                return bytes_from_object(vm, &r);
            }
            let items = vm.iterate(x).map_err(|_| {
                vm.type_error(format!(
                    "cannot convert '{}' object to {}",
                    x.type_name(),
                    name
                ))
            })?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                let v = args::to_i64(vm, &it)?;
                if !(0..256).contains(&v) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(v as u8);
            }
            Ok(out)
        }
    }
}

fn bytes_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let b = args::bind(
        vm,
        "bytes",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["source", "encoding", "errors"],
        0,
        0,
    )?;
    let data = initial_bytes(vm, &b, "bytes")?;
    if cls.is(&vm.types.bytes) {
        return Ok(vm.new_bytes(data));
    }
    Ok(vm.new_object_of(&cls, Payload::Bytes(data.into_boxed_slice())))
}

fn bytearray_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    Ok(vm.new_object_of(&cls, Payload::ByteArray(RefCell::new(Vec::new()))))
}

fn bytearray_init(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(
        vm,
        "bytearray",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["source", "encoding", "errors"],
        0,
        0,
    )?;
    let data = initial_bytes(vm, &b, "bytearray")?;
    if let Payload::ByteArray(v) = &args.args[0].payload {
        *v.borrow_mut() = data;
    }
    Ok(vm.none())
}

fn ba<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a RefCell<Vec<u8>>> {
    match &args::this(vm, args)?.payload {
        Payload::ByteArray(v) => Ok(v),
        _ => Err(vm.type_error("bytearray expected")),
    }
}

fn byte_value(vm: &Vm, o: &PyRef) -> PyResult<u8> {
    let v = args::to_i64(vm, o)?;
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(v as u8)
}

fn ba_append(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "append", args, 2, 2)?;
    let b = byte_value(vm, &a[1])?;
    ba(vm, &args)?.borrow_mut().push(b);
    Ok(vm.none())
}
fn ba_extend(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "extend", args, 2, 2)?;
    let data = match bytes_from_object(vm, &a[1]) {
        Ok(d) => d,
        Err(_) => {
            let mut v = Vec::new();
            for it in vm.iterate(&a[1])? {
                v.push(byte_value(vm, &it)?);
            }
            v
        }
    };
    ba(vm, &args)?.borrow_mut().extend(data);
    Ok(vm.none())
}
fn ba_pop(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "pop", args, 1, 2)?;
    let v = ba(vm, &args)?;
    let mut v = v.borrow_mut();
    if v.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match a.get(1) {
        Some(i) => args::to_i64(vm, i)?,
        None => -1,
    };
    let n = v.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(vm.new_int(v.remove(idx as usize) as i64))
}
fn ba_setitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__setitem__", args, 3, 3)?;
    let v = ba(vm, &args)?;
    if let Payload::Slice(sl) = &a[1].payload {
        let data = match bytes_from_object(vm, &a[2]) {
            Ok(d) => d,
            Err(_) => {
                let mut d = Vec::new();
                for it in vm.iterate(&a[2])? {
                    d.push(byte_value(vm, &it)?);
                }
                d
            }
        };
        let len = v.borrow().len();
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, len)?;
        let mut vb = v.borrow_mut();
        if step == 1 {
            let stop = stop.max(start);
            vb.splice(start as usize..stop as usize, data);
        } else {
            let idxs = crate::objects::range::slice_positions(start, stop, step);
            if idxs.len() != data.len() {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    data.len(),
                    idxs.len()
                )));
            }
            for (i, b) in idxs.into_iter().zip(data) {
                vb[i] = b;
            }
        }
        return Ok(vm.none());
    }
    let i = args::to_i64(vm, &a[1])?;
    let b = byte_value(vm, &a[2])?;
    let mut vb = v.borrow_mut();
    let n = vb.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    vb[idx as usize] = b;
    Ok(vm.none())
}
fn ba_delitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__delitem__", args, 2, 2)?;
    let v = ba(vm, &args)?;
    if let Payload::Slice(sl) = &a[1].payload {
        let len = v.borrow().len();
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, len)?;
        let mut idxs = crate::objects::range::slice_positions(start, stop, step);
        idxs.sort_unstable();
        let mut vb = v.borrow_mut();
        for i in idxs.into_iter().rev() {
            vb.remove(i);
        }
        return Ok(vm.none());
    }
    let i = args::to_i64(vm, &a[1])?;
    let mut vb = v.borrow_mut();
    let n = vb.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    vb.remove(idx as usize);
    Ok(vm.none())
}
fn ba_iadd(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__iadd__", args, 2, 2)?;
    let d = bytes_from_object(vm, &a[1])?;
    ba(vm, &args)?.borrow_mut().extend(d);
    Ok(a[0].clone())
}
/// `ba *= n` repeats the buffer in place and returns the same bytearray.
fn ba_imul(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__imul__", args, 2, 2)?;
    let n = match vm.index_opt(&a[1])? {
        Some(n) => n,
        None => return Ok(vm.not_implemented()),
    };
    let buf = ba(vm, &args)?;
    let current = buf.borrow().clone();
    let repeated = if n <= 0 {
        Vec::new()
    } else {
        let total = current
            .len()
            .checked_mul(n as usize)
            .ok_or_else(|| vm.memory_error())?;
        let mut out: Vec<u8> = vm.alloc_vec(total)?;
        for _ in 0..n {
            out.extend_from_slice(&current);
        }
        out
    };
    *buf.borrow_mut() = repeated;
    Ok(a[0].clone())
}
fn ba_clear(vm: &Vm, args: Args) -> PyResult {
    ba(vm, &args)?.borrow_mut().clear();
    Ok(vm.none())
}
fn ba_copy(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bytearray(ba(vm, &args)?.borrow().clone()))
}
fn ba_reverse(vm: &Vm, args: Args) -> PyResult {
    ba(vm, &args)?.borrow_mut().reverse();
    Ok(vm.none())
}
fn ba_insert(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "insert", args, 3, 3)?;
    let i = args::to_i64(vm, &a[1])?;
    let b = byte_value(vm, &a[2])?;
    let mut v = ba(vm, &args)?.borrow_mut();
    let n = v.len() as i64;
    let idx = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(idx as usize, b);
    Ok(vm.none())
}

pub fn init(vm: &Vm) {
    let common: &[(&'static str, NativeFn)] = &[
        ("__repr__", b_repr),
        ("__len__", b_len),
        ("__getitem__", b_getitem),
        ("__iter__", b_iter),
        ("__lt__", b_lt),
        ("__le__", b_le),
        ("__eq__", b_eq),
        ("__ne__", b_ne),
        ("__gt__", b_gt),
        ("__ge__", b_ge),
        ("__add__", b_add),
        ("__mul__", b_mul),
        ("__rmul__", b_mul),
        ("__contains__", b_contains),
        ("decode", b_decode),
        ("hex", b_hex),
        ("join", b_join),
        ("split", b_split),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("count", b_count),
        ("replace", b_replace),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("upper", b_upper),
        ("lower", b_lower),
        ("isdigit", b_isdigit),
        ("isalpha", b_isalpha),
        ("isspace", b_isspace),
    ];
    for t in [&vm.types.bytes, &vm.types.bytearray] {
        crate::objects::add_methods(vm, t, common);
        crate::objects::add_native(vm, t, "fromhex", b_fromhex, NativeKind::ClassMethod);
    }
    let b = &vm.types.bytes;
    crate::objects::add_methods(
        vm,
        b,
        &[("__hash__", b_hash), ("__getnewargs__", b_getnewargs)],
    );
    crate::objects::add_native(vm, b, "__new__", bytes_new, NativeKind::StaticMethod);
    let bat = &vm.types.bytearray;
    crate::objects::add_methods(
        vm,
        bat,
        &[
            ("__init__", bytearray_init),
            ("append", ba_append),
            ("extend", ba_extend),
            ("pop", ba_pop),
            ("__setitem__", ba_setitem),
            ("__delitem__", ba_delitem),
            ("__iadd__", ba_iadd),
            ("__imul__", ba_imul),
            ("clear", ba_clear),
            ("copy", ba_copy),
            ("reverse", ba_reverse),
            ("insert", ba_insert),
        ],
    );
    crate::objects::add_native(vm, bat, "__new__", bytearray_new, NativeKind::StaticMethod);
    crate::objects::add_attr(vm, bat, "__hash__", vm.none());
}
