//! The single-byte codecs of `_codecs`: `latin_1_*`, `ascii_*`, and the charmap codec
//! the `encodings.cp*`/`iso8859_*`/`koi8_*`... modules are built on (`charmap_decode`
//! with a decoding-table str or a mapping, `charmap_encode` with the table
//! `charmap_build` makes or a mapping).
//!
//! `charmap_build` returns a dict (code point → byte), which CPython also returns for
//! tables it cannot pack into its `EncodingMap` type.

use ferropy_primitives::wtf8::Wtf8Buf;

use super::errors;
use super::*;

/// latin_1_encode / ascii_encode: code points below `limit` are one byte.
fn encode_narrow(vm: &Vm, a: Args, fname: &str, codec: &str, limit: u32) -> PyResult {
    let p = codec_args(vm, fname, &a, 1, 2)?;
    let cps = str_arg(vm, fname, &p[0], 1)?;
    let errors = errors_arg(vm, fname, &p, 1)?;
    let reason = if limit == 128 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let mut out = Vec::with_capacity(cps.len());
    encode_with(
        vm,
        &p[0],
        &cps,
        &errors,
        codec,
        reason,
        true,
        1,
        false,
        &mut out,
        &mut |cp, o| {
            if cp < limit {
                o.push(cp as u8);
                Ok(true)
            } else {
                Ok(false)
            }
        },
    )?;
    pair(vm, vm.new_bytes(out), cps.len())
}

pub(super) fn latin_1_encode(vm: &Vm, a: Args) -> PyResult {
    encode_narrow(vm, a, "latin_1_encode", "latin-1", 256)
}

pub(super) fn ascii_encode(vm: &Vm, a: Args) -> PyResult {
    encode_narrow(vm, a, "ascii_encode", "ascii", 128)
}

pub(super) fn latin_1_decode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "latin_1_decode", &a, 1, 2)?;
    let data = buf_arg(vm, &p[0])?;
    errors_arg(vm, "latin_1_decode", &p, 1)?;
    let s: String = data.iter().map(|&b| b as char).collect();
    pair(vm, vm.new_string(s), data.len())
}

pub(super) fn ascii_decode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "ascii_decode", &a, 1, 2)?;
    let mut data = buf_arg(vm, &p[0])?;
    let errors = errors_arg(vm, "ascii_decode", &p, 1)?;
    if data.is_ascii() {
        let s: String = data.iter().map(|&b| b as char).collect();
        return pair(vm, vm.new_string(s), data.len());
    }
    let mut out = Wtf8Buf::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] < 128 {
            out.push_char(data[i] as char);
            i += 1;
            continue;
        }
        let reason = "ordinal not in range(128)";
        let (r, np, new) =
            errors::on_decode_error_ex(vm, &errors, "ascii", &data, i, i + 1, reason)?;
        if let Some(new) = new {
            data = new;
        }
        errors::push_cps(&mut out, &r);
        i = np;
    }
    pair(vm, crate::objects::str::new_wtf8(vm, out), data.len())
}

/// `mapping[key]`, with a missing key (LookupError) as None.
fn map_get(vm: &Vm, mapping: &PyRef, key: u32) -> PyResult<Option<PyRef>> {
    match vm.get_item(mapping, &vm.new_int(i64::from(key))) {
        Ok(v) if vm.is_none(&v) => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.exc_matches(&e, &vm.exc.lookup_error) => Ok(None),
        Err(e) => Err(e),
    }
}

const UNDEFINED: &str = "character maps to <undefined>";

pub(super) fn charmap_decode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "charmap_decode", &a, 1, 3)?;
    let mut data = buf_arg(vm, &p[0])?;
    let errors = errors_arg(vm, "charmap_decode", &p, 1)?;
    let mapping = p.get(2).filter(|m| !vm.is_none(m));
    let Some(mapping) = mapping else {
        let s: String = data.iter().map(|&b| b as char).collect();
        return pair(vm, vm.new_string(s), data.len());
    };
    let table: Option<Vec<u32>> = match &mapping.payload {
        Payload::Str(s) => Some(s.view().code_points().collect()),
        _ => None,
    };
    let mut out = Wtf8Buf::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        let ok = match &table {
            Some(t) => match t.get(usize::from(b)) {
                Some(&cp) if cp != 0xFFFE => {
                    out.push_code_point(cp);
                    true
                }
                _ => false,
            },
            None => match map_get(vm, mapping, u32::from(b))? {
                None => false,
                Some(v) => match &v.payload {
                    Payload::Int(_) | Payload::BigInt(_) => {
                        let n = vm.index_opt(&v)?.unwrap_or(-1);
                        if !(0..=0x10FFFF).contains(&n) {
                            return Err(
                                vm.type_error("character mapping must be in range(0x110000)")
                            );
                        }
                        if n == 0xFFFE {
                            false
                        } else {
                            out.push_code_point(n as u32);
                            true
                        }
                    }
                    Payload::Str(s) => {
                        let cps: Vec<u32> = s.view().code_points().collect();
                        if cps == [0xFFFE] {
                            false
                        } else {
                            errors::push_cps(&mut out, &cps);
                            true
                        }
                    }
                    _ => {
                        return Err(
                            vm.type_error("character mapping must return integer, None or str")
                        )
                    }
                },
            },
        };
        if ok {
            i += 1;
            continue;
        }
        let (r, np, new) =
            errors::on_decode_error_ex(vm, &errors, "charmap", &data, i, i + 1, UNDEFINED)?;
        if let Some(new) = new {
            data = new;
        }
        errors::push_cps(&mut out, &r);
        i = np;
    }
    pair(vm, crate::objects::str::new_wtf8(vm, out), data.len())
}

pub(super) fn charmap_encode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "charmap_encode", &a, 1, 3)?;
    let cps = str_arg(vm, "charmap_encode", &p[0], 1)?;
    let errors = errors_arg(vm, "charmap_encode", &p, 1)?;
    let mapping = p.get(2).filter(|m| !vm.is_none(m)).cloned();
    let mut out = Vec::with_capacity(cps.len());
    encode_with(
        vm,
        &p[0],
        &cps,
        &errors,
        if mapping.is_some() {
            "charmap"
        } else {
            "latin-1"
        },
        if mapping.is_some() {
            UNDEFINED
        } else {
            "ordinal not in range(256)"
        },
        true,
        1,
        false,
        &mut out,
        &mut |cp, o| {
            let Some(m) = &mapping else {
                if cp < 256 {
                    o.push(cp as u8);
                    return Ok(true);
                }
                return Ok(false);
            };
            match map_get(vm, m, cp)? {
                None => Ok(false),
                Some(v) => match &v.payload {
                    Payload::Int(_) | Payload::BigInt(_) => {
                        let n = vm.index_opt(&v)?.unwrap_or(-1);
                        if !(0..256).contains(&n) {
                            return Err(vm.type_error("character mapping must be in range(256)"));
                        }
                        o.push(n as u8);
                        Ok(true)
                    }
                    Payload::Bytes(b) => {
                        o.extend_from_slice(b);
                        Ok(true)
                    }
                    _ => Err(vm.type_error(format!(
                        "character mapping must return integer, bytes or None, not {}",
                        v.type_name()
                    ))),
                },
            }
        },
    )?;
    pair(vm, vm.new_bytes(out), cps.len())
}

pub(super) fn charmap_build(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "_codecs.charmap_build", user_args(&a), 1, 1)?;
    let cps = str_arg(vm, "charmap_build", &p[0], 1)?;
    let d = vm.new_dict();
    for (i, &cp) in cps.iter().enumerate() {
        vm.dict_set_item(&d, vm.new_int(i64::from(cp)), vm.new_usize(i))?;
    }
    Ok(d)
}
