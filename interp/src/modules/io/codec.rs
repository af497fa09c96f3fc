//! The encodings TextIOWrapper handles natively (UTF-8, UTF-8 with signature, Latin-1,
//! ASCII) on top of the core's codecs (`objects::bytes::{decode_bytes, encode_str}`),
//! with their error handlers. Other encodings raise LookupError: they need the
//! `codecs` module's incremental coders, which need `_codecs`.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Codec {
    Utf8,
    Utf8Sig,
    Latin1,
    Ascii,
}

impl Codec {
    /// The name the core codecs know it by.
    fn core_name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }
}

/// The codec for an encoding name (case, `_`/`-` and spaces ignored as CPython's
/// `encodings.normalize_encoding` does), or LookupError.
pub(crate) fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
    let n: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Codec::Utf8,
        "utf-8-sig" | "utf8-sig" => Codec::Utf8Sig,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" | "csisolatin1" | "iso-8859-1:1987" => Codec::Latin1,
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "ansi-x3.4-1986" | "cp367"
        | "csascii" | "ibm367" | "iso646-us" | "iso-ir-6" => Codec::Ascii,
        _ => return Err(vm.new_error(&vm.exc.lookup_error, format!("unknown encoding: {}", name))),
    })
}

/// How many bytes at the end of `data` start a UTF-8 sequence that is not complete.
pub(crate) fn utf8_incomplete_tail(data: &[u8]) -> usize {
    let n = data.len();
    for back in 1..=3.min(n) {
        let b = data[n - back];
        if b & 0xC0 == 0x80 {
            continue;
        }
        let need = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 1,
        };
        return if need > back { back } else { 0 };
    }
    0
}

/// Decodes complete input to generalized UTF-8 text.
pub(crate) fn decode(vm: &Vm, codec: Codec, errors: &str, data: &[u8]) -> PyResult<Vec<u8>> {
    let fast = match codec {
        Codec::Utf8 | Codec::Utf8Sig => std::str::from_utf8(data).is_ok(),
        Codec::Ascii => data.is_ascii(),
        Codec::Latin1 => false,
    };
    if fast {
        return Ok(data.to_vec());
    }
    let s = crate::objects::bytes::decode_bytes(vm, data, codec.core_name(), errors)?;
    match &s.payload {
        Payload::Str(p) => Ok(p.bytes().to_vec()),
        _ => Ok(Vec::new()),
    }
}

/// Decodes complete input it owns: valid UTF-8 (or ASCII) is kept without a copy.
pub(crate) fn decode_owned(
    vm: &Vm,
    codec: Codec,
    errors: &str,
    data: Vec<u8>,
) -> PyResult<Vec<u8>> {
    let fast = match codec {
        Codec::Utf8 | Codec::Utf8Sig => std::str::from_utf8(&data).is_ok(),
        Codec::Ascii => data.is_ascii(),
        Codec::Latin1 => false,
    };
    if fast {
        return Ok(data);
    }
    decode(vm, codec, errors, &data)
}

/// Encodes a str object.
pub(crate) fn encode(vm: &Vm, codec: Codec, errors: &str, text: &PyRef) -> PyResult<Vec<u8>> {
    if let Payload::Str(s) = &text.payload {
        if let Some(t) = s.as_str() {
            match codec {
                Codec::Utf8 | Codec::Utf8Sig => return Ok(t.as_bytes().to_vec()),
                Codec::Ascii | Codec::Latin1 if t.is_ascii() => return Ok(t.as_bytes().to_vec()),
                _ => {}
            }
        }
        let b = crate::objects::bytes::encode_str(vm, s, text, codec.core_name(), errors)?;
        return crate::objects::bytes::bytes_from_object(vm, &b);
    }
    Err(vm.type_error("expected str"))
}
