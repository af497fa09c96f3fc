//! SipHash-1-3 with a zero key: the function CPython 3.11 hashes `str` and `bytes` with
//! when hash randomization is off (`PYTHONHASHSEED=0`), so hashes and set iteration
//! order match CPython run that way.

#[inline]
fn rotl(x: u64, b: u32) -> u64 {
    x.rotate_left(b)
}

#[inline]
fn round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[1] = rotl(v[1], 13);
    v[1] ^= v[0];
    v[0] = rotl(v[0], 32);
    v[2] = v[2].wrapping_add(v[3]);
    v[3] = rotl(v[3], 16);
    v[3] ^= v[2];
    v[0] = v[0].wrapping_add(v[3]);
    v[3] = rotl(v[3], 21);
    v[3] ^= v[0];
    v[2] = v[2].wrapping_add(v[1]);
    v[1] = rotl(v[1], 17);
    v[1] ^= v[2];
    v[2] = rotl(v[2], 32);
}

/// SipHash-1-3 of `data` with key (0, 0).
pub fn siphash13(data: &[u8]) -> u64 {
    siphash13_keyed(0, 0, data)
}

/// SipHash-1-3 of `data` with key (`k0`, `k1`) (`_imp.source_hash` uses k0 only).
pub fn siphash13_keyed(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f6d6570736575,
        k1 ^ 0x646f72616e646f6d,
        k0 ^ 0x6c7967656e657261,
        k1 ^ 0x7465646279746573,
    ];
    let len = data.len();
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let rest = chunks.remainder();
    let mut b: u64 = (len as u64) << 56;
    for (i, &byte) in rest.iter().enumerate() {
        b |= (byte as u64) << (8 * i);
    }
    v[3] ^= b;
    round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    round(&mut v);
    round(&mut v);
    round(&mut v);
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

/// CPython's hash of a str: SipHash over its PEP 393 representation (1, 2 or 4 bytes
/// per character, little-endian, chosen by the widest character).
pub fn str_hash_value(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let h = if max < 0x100 {
        if s.is_ascii() {
            siphash13(s.as_bytes())
        } else {
            let v: Vec<u8> = s.chars().map(|c| c as u8).collect();
            siphash13(&v)
        }
    } else if max < 0x10000 {
        let v: Vec<u8> = s.chars().flat_map(|c| (c as u16).to_le_bytes()).collect();
        siphash13(&v)
    } else {
        let v: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        siphash13(&v)
    };
    fix(h)
}

/// [`str_hash_value`] of text given as code points (text that holds surrogates).
pub fn code_points_hash<I: Iterator<Item = u32> + Clone>(cps: I) -> i64 {
    let max = cps.clone().max().unwrap_or(0);
    if max == 0 && cps.clone().next().is_none() {
        return 0;
    }
    let v: Vec<u8> = if max < 0x100 {
        cps.map(|c| c as u8).collect()
    } else if max < 0x10000 {
        cps.flat_map(|c| (c as u16).to_le_bytes()).collect()
    } else {
        cps.flat_map(|c| c.to_le_bytes()).collect()
    };
    fix(siphash13(&v))
}

pub fn bytes_hash_value(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix(siphash13(b))
}

fn fix(h: u64) -> i64 {
    let r = h as i64;
    if r == -1 {
        -2
    } else {
        r
    }
}
