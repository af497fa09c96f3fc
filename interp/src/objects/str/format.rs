//! Formatting: `format()` specs for int/float (via the primitives crate),
//! `str.format`/`format_map` templates and printf-style `%` formatting.

use ferropy_primitives::format_spec::{self as fs, FormatError};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

pub fn format_error(vm: &Vm, e: FormatError) -> PyErr {
    match e {
        FormatError::Value(m) => vm.value_error(m),
        #[allow(unreachable_patterns)]
        other => vm.value_error(format!("{}", other)),
    }
}

pub fn format_int_spec(vm: &Vm, v: &PyRef, spec: &str) -> PyResult {
    if spec.is_empty() {
        return Ok(vm.new_string(crate::objects::int::int_repr_string(
            vm,
            &crate::objects::int::as_exact_int(vm, v),
        )?));
    }
    let parsed = fs::parse_format_spec(spec).map_err(|e| format_error(vm, e))?;
    let big = crate::objects::int::to_bigint(v).unwrap_or_default();
    let tname = if v.class().is(&vm.types.bool_) {
        "bool".to_string()
    } else {
        v.type_name()
    };
    let s = fs::format_int(&big, &parsed, &tname).map_err(|e| format_error(vm, e))?;
    Ok(vm.new_string(s))
}

pub fn format_float_spec(vm: &Vm, f: f64, spec: &str) -> PyResult {
    if spec.is_empty() {
        return Ok(vm.new_string(crate::objects::float::float_repr_string(f)));
    }
    let parsed = fs::parse_format_spec(spec).map_err(|e| format_error(vm, e))?;
    let s = fs::format_float(f, &parsed, "float").map_err(|e| format_error(vm, e))?;
    Ok(vm.new_string(s))
}

// ----- str.format ----------------------------------------------------------------------

struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
}

/// Splits a template into literal text and replacement fields.
fn parse_template<'a>(vm: &Vm, s: &'a str) -> PyResult<Vec<Result<String, Field<'a>>>> {
    let mut out: Vec<Result<String, Field<'a>>> = Vec::new();
    let mut lit = String::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'{' {
            if b.get(i + 1) == Some(&b'{') {
                lit.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested {} in the spec.
            let start = i + 1;
            let mut depth = 1;
            let mut j = start;
            while j < b.len() {
                match b[j] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= b.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let inner = &s[start..j];
            // name [!conv] [:spec] — the name ends at the first '!' or ':' outside [].
            let mut k = 0;
            let ib = inner.as_bytes();
            let mut in_bracket = false;
            while k < ib.len() {
                match ib[k] {
                    b'[' => in_bracket = true,
                    b']' => in_bracket = false,
                    b'!' | b':' if !in_bracket => break,
                    b'{' if !in_bracket => {
                        return Err(vm.value_error("unexpected '{' in field name"))
                    }
                    _ => {}
                }
                k += 1;
            }
            let name = &inner[..k];
            let mut rest = &inner[k..];
            let mut conversion = None;
            if let Some(r) = rest.strip_prefix('!') {
                let mut ch = r.chars();
                match ch.next() {
                    Some(c) => conversion = Some(c),
                    None => {
                        return Err(
                            vm.value_error("end of string while looking for conversion specifier")
                        )
                    }
                }
                rest = ch.as_str();
                if !rest.is_empty() && !rest.starts_with(':') {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
            let spec = rest.strip_prefix(':').unwrap_or(rest);
            if !lit.is_empty() {
                out.push(Ok(std::mem::take(&mut lit)));
            }
            out.push(Err(Field {
                name,
                conversion,
                spec,
            }));
            i = j + 1;
        } else if c == b'}' {
            if b.get(i + 1) == Some(&b'}') {
                lit.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            let ch = s[i..].chars().next().unwrap();
            lit.push(ch);
            i += ch.len_utf8();
        }
    }
    if !lit.is_empty() {
        out.push(Ok(lit));
    }
    Ok(out)
}

struct AutoNumber {
    next: usize,
    mode: u8, // 0 unknown, 1 auto, 2 manual
}

fn resolve_field(
    vm: &Vm,
    name: &str,
    args: Args,
    mapping: Option<&PyRef>,
    auto: &mut AutoNumber,
) -> PyResult {
    // first part: up to '.' or '['
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..end];
    let mut obj = if first.is_empty() {
        if auto.mode == 2 {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        auto.mode = 1;
        let i = auto.next;
        auto.next += 1;
        args.pos().get(i).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                i
            ))
        })?
    } else if let Ok(i) = first.parse::<usize>() {
        if auto.mode == 1 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        auto.mode = 2;
        args.pos().get(i).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                i
            ))
        })?
    } else {
        match mapping {
            Some(m) => vm.get_item(m, &vm.new_str(first))?,
            None => {
                let found = args
                    .kwnames
                    .iter()
                    .zip(args.kwvalues())
                    .find(|(k, _)| vm.str_of(k) == Some(first));
                match found {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(vm.new_str(first))),
                }
            }
        }
    };
    let mut rest = &name[end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..e];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            obj = vm.get_attr(&obj, &vm.intern(attr))?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let e = r
                .find(']')
                .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..e];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let k = match key.parse::<i64>() {
                Ok(i) if !key.starts_with(['-', '+']) => vm.new_int(i),
                _ => vm.new_str(key),
            };
            obj = vm.get_item(&obj, &k)?;
            rest = &r[e + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj)
}

fn format_template(
    vm: &Vm,
    template: &str,
    args: Args,
    mapping: Option<&PyRef>,
    auto: &mut AutoNumber,
    depth: u32,
) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    for piece in parse_template(vm, template)? {
        match piece {
            Ok(l) => out.push_str(&l),
            Err(field) => {
                let obj = resolve_field(vm, field.name, args, mapping, auto)?;
                let obj = match field.conversion {
                    None => obj,
                    Some('s') => vm.str(&obj)?,
                    Some('r') => vm.repr(&obj)?,
                    Some('a') => vm.new_string(vm.ascii(&obj)?),
                    Some(c) => {
                        return Err(vm.value_error(format!("Unknown conversion specifier {}", c)))
                    }
                };
                let spec = if field.spec.contains('{') {
                    format_template(vm, field.spec, args, mapping, auto, depth + 1)?
                } else {
                    field.spec.to_string()
                };
                let r = vm.format(&obj, &vm.new_string(spec))?;
                out.push_str(vm.str_of(&r).unwrap_or(""));
            }
        }
    }
    Ok(out)
}

/// `template.format(*args, **kwargs)` / `template.format_map(mapping)`.
pub fn str_format(vm: &Vm, template: &str, args: Args, mapping: Option<&PyRef>) -> PyResult {
    let mut auto = AutoNumber { next: 0, mode: 0 };
    Ok(vm.new_string(format_template(vm, template, args, mapping, &mut auto, 0)?))
}

// ----- printf-style -------------------------------------------------------------------

/// `fmt % values`.
pub fn percent_format(vm: &Vm, fmt: &str, values: &PyRef) -> PyResult {
    let is_mapping = !matches!(values.payload, Payload::Tuple(_) | Payload::Str(_))
        && crate::object::typeobj::type_lookup(values.class(), &vm.names.__getitem__).is_some();
    let items: Vec<PyRef> = match &values.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => vec![values.clone()],
    };
    let mut idx = 0usize;
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut used_mapping = false;
    let next_arg = |idx: &mut usize| -> PyResult<PyRef> {
        let v = items
            .get(*idx)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        *idx += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let spec_start = i;
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key: Option<String> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let st = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            key = Some(chars[st..i - 1].iter().collect());
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width: Option<usize> = None;
        if i < chars.len() && chars[i] == '*' {
            let w = next_arg(&mut idx)?;
            let wv =
                crate::objects::args::to_i64(vm, &w).map_err(|_| vm.type_error("* wants int"))?;
            if wv < 0 {
                flags.push('-');
            }
            width = Some(wv.unsigned_abs() as usize);
            i += 1;
        } else {
            let st = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > st {
                width = Some(chars[st..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        let mut prec: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = next_arg(&mut idx)?;
                prec = Some(
                    crate::objects::args::to_i64(vm, &p)
                        .map_err(|_| vm.type_error("* wants int"))?
                        .max(0) as usize,
                );
                i += 1;
            } else {
                let st = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                prec = Some(chars[st..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < chars.len() && "hlL".contains(chars[i]) {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' && key.is_none() {
            out.push('%');
            continue;
        }
        let arg = match &key {
            Some(k) => {
                if !is_mapping {
                    return Err(vm.type_error("format requires a mapping"));
                }
                used_mapping = true;
                vm.get_item(values, &vm.new_str(k))?
            }
            None => {
                if is_mapping && !matches!(values.payload, Payload::Tuple(_)) {
                    // A single mapping used positionally is fine (e.g. '%s' % {}).
                    next_arg(&mut idx)?
                } else {
                    next_arg(&mut idx)?
                }
            }
        };
        let left = flags.contains('-');
        let zero = flags.contains('0') && !left;
        let body: String = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.str_string(&arg)?,
                    'r' => vm.repr_str(&arg)?,
                    _ => vm.ascii(&arg)?,
                };
                match prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let iv = match &arg.payload {
                    Payload::Int(_) | Payload::BigInt(_) => arg.clone(),
                    Payload::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                        crate::objects::int::float_to_int(vm, *f)?
                    }
                    _ => {
                        if matches!(conv, 'd' | 'i' | 'u') {
                            match vm.call_special(&arg, &vm.names.__int__, &[])? {
                                Some(r) => r,
                                None => match vm.index_opt(&arg)? {
                                    Some(v) => vm.new_int(v),
                                    None => {
                                        return Err(vm.type_error(format!(
                                            "%{} format: a real number is required, not {}",
                                            conv,
                                            arg.type_name()
                                        )))
                                    }
                                },
                            }
                        } else {
                            match vm.index_opt(&arg)? {
                                Some(v) => vm.new_int(v),
                                None => {
                                    return Err(vm.type_error(format!(
                                        "%{} format: an integer is required, not {}",
                                        conv,
                                        arg.type_name()
                                    )))
                                }
                            }
                        }
                    }
                };
                let b = crate::objects::int::to_bigint(&iv).unwrap_or_default();
                let neg = b.sign() == num_bigint::Sign::Minus;
                let mag = b.magnitude();
                let mut digits = match conv {
                    'x' => mag.to_str_radix(16),
                    'X' => mag.to_str_radix(16).to_uppercase(),
                    'o' => mag.to_str_radix(8),
                    _ => crate::objects::int::bigint_decimal_string(vm, &b)?
                        .trim_start_matches('-')
                        .to_string(),
                };
                if let Some(p) = prec {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let prefix = if flags.contains('#') {
                    match conv {
                        'x' => "0x",
                        'X' => "0X",
                        'o' => "0o",
                        _ => "",
                    }
                } else {
                    ""
                };
                let sign = if neg {
                    "-"
                } else if flags.contains('+') {
                    "+"
                } else if flags.contains(' ') {
                    " "
                } else {
                    ""
                };
                if zero {
                    let w = width.unwrap_or(0);
                    let used = sign.len() + prefix.len() + digits.len();
                    if used < w {
                        digits = format!("{}{}", "0".repeat(w - used), digits);
                    }
                }
                format!("{}{}{}", sign, prefix, digits)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match &arg.payload {
                    Payload::Float(f) => *f,
                    _ => crate::objects::float::float_from_object(vm, &arg).map_err(|_| {
                        vm.type_error(format!("must be real number, not {}", arg.type_name()))
                    })?,
                };
                let mut spec = String::new();
                if zero {
                    spec.push('0');
                }
                if flags.contains('+') {
                    spec.insert(0, '+');
                } else if flags.contains(' ') {
                    spec.insert(0, ' ');
                }
                if flags.contains('#') {
                    spec.push('#');
                }
                if let (Some(w), true) = (width, zero) {
                    spec.push_str(&w.to_string());
                }
                spec.push('.');
                spec.push_str(&prec.unwrap_or(6).to_string());
                spec.push(conv);
                let r = format_float_spec(vm, f, &spec)?;
                vm.str_of(&r).unwrap_or("").to_string()
            }
            'c' => match &arg.payload {
                Payload::Str(s) if s.char_len == 1 => s.s.to_string(),
                Payload::Int(v) => {
                    match char::from_u32(*v as u32).filter(|_| (0..0x110000).contains(v)) {
                        Some(c) => c.to_string(),
                        None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    }
                }
                _ => return Err(vm.type_error("%c requires int or char")),
            },
            other => {
                let index = fmt[..]
                    .char_indices()
                    .nth(i - 1)
                    .map(|(b, _)| b)
                    .unwrap_or(0);
                let _ = spec_start;
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    fmt[..index].chars().count()
                )));
            }
        };
        let w = width.unwrap_or(0);
        let len = body.chars().count();
        if len < w {
            let pad = " ".repeat(w - len);
            if left {
                out.push_str(&body);
                out.push_str(&pad);
            } else {
                out.push_str(&pad);
                out.push_str(&body);
            }
        } else {
            out.push_str(&body);
        }
    }
    if idx < items.len() && !used_mapping && !(is_mapping && items.len() == 1) {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_string(out))
}
