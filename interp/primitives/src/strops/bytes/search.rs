//! Searching bytes: a substring search (memchr-style scan for one byte, first-byte
//! candidates for short needles, Horspool skips for long ones) and the methods built on
//! it, with slice-style `start`/`end` in bytes.

use crate::strops::error::StrError;
use crate::strops::indices::byte_window;

const LOW_BITS: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Whether some byte of `word` is zero.
#[inline]
fn has_zero_byte(word: u64) -> bool {
    word.wrapping_sub(LOW_BITS) & !word & HIGH_BITS != 0
}

/// Index of the first `needle` byte in `hay`, eight bytes at a time.
fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    let pattern = u64::from(needle) * LOW_BITS;
    let mut chunks = hay.chunks_exact(8);
    let mut offset = 0;
    for chunk in chunks.by_ref() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if has_zero_byte(u64::from_le_bytes(word) ^ pattern) {
            break;
        }
        offset += 8;
    }
    hay[offset..]
        .iter()
        .position(|&b| b == needle)
        .map(|i| offset + i)
}

/// Index of the last `needle` byte in `hay`, eight bytes at a time.
fn memrchr(needle: u8, hay: &[u8]) -> Option<usize> {
    let pattern = u64::from(needle) * LOW_BITS;
    let mut end = hay.len();
    while end >= 8 {
        let mut word = [0u8; 8];
        word.copy_from_slice(&hay[end - 8..end]);
        if has_zero_byte(u64::from_le_bytes(word) ^ pattern) {
            break;
        }
        end -= 8;
    }
    hay[..end].iter().rposition(|&b| b == needle)
}

/// Needles at least this long in haystacks at least `HORSPOOL_MIN_HAY` long use skips.
const HORSPOOL_MIN_NEEDLE: usize = 8;
const HORSPOOL_MIN_HAY: usize = 256;

/// Byte offset of the first occurrence of `needle` in `hay` (0 for an empty needle).
pub fn find_subslice(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => return Some(0),
        1 => return memchr(needle[0], hay),
        n if n > hay.len() => return None,
        n if n >= HORSPOOL_MIN_NEEDLE && hay.len() >= HORSPOOL_MIN_HAY => {
            return horspool(hay, needle)
        }
        _ => {}
    }
    let last_start = hay.len() - needle.len();
    let mut from = 0;
    while from <= last_start {
        let at = from + memchr(needle[0], &hay[from..=last_start])?;
        if &hay[at..at + needle.len()] == needle {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

fn horspool(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    let mut skip = [n; 256];
    for (i, &b) in needle[..n - 1].iter().enumerate() {
        skip[b as usize] = n - 1 - i;
    }
    let mut at = 0;
    while at + n <= hay.len() {
        let last = hay[at + n - 1];
        if last == needle[n - 1] && hay[at..at + n - 1] == needle[..n - 1] {
            return Some(at);
        }
        at += skip[last as usize];
    }
    None
}

/// Byte offset of the last occurrence of `needle` in `hay` (`hay.len()` for an empty one).
pub fn rfind_subslice(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => return Some(hay.len()),
        1 => return memrchr(needle[0], hay),
        n if n > hay.len() => return None,
        _ => {}
    }
    let mut end = hay.len() - needle.len() + 1;
    while end > 0 {
        let at = memrchr(needle[0], &hay[..end])?;
        if &hay[at..at + needle.len()] == needle {
            return Some(at);
        }
        end = at;
    }
    None
}

/// `b.find(sub, start, end)`: the index of the first occurrence, or -1.
pub fn find(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    match byte_window(b.len(), start, end) {
        Some((lo, hi)) => find_subslice(&b[lo..hi], sub).map_or(-1, |i| (lo + i) as i64),
        None => -1,
    }
}

/// `b.rfind(sub, start, end)`: the index of the last occurrence, or -1.
pub fn rfind(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    match byte_window(b.len(), start, end) {
        Some((lo, hi)) => rfind_subslice(&b[lo..hi], sub).map_or(-1, |i| (lo + i) as i64),
        None => -1,
    }
}

/// `b.index(sub, start, end)`: like [`find`], failing with "subsection not found".
pub fn index(
    b: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, StrError> {
    usize::try_from(find(b, sub, start, end)).map_err(|_| StrError::value("subsection not found"))
}

/// `b.rindex(sub, start, end)`: like [`rfind`], failing with "subsection not found".
pub fn rindex(
    b: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, StrError> {
    usize::try_from(rfind(b, sub, start, end)).map_err(|_| StrError::value("subsection not found"))
}

/// `b.count(sub, start, end)`: non-overlapping occurrences; an empty `sub` counts every
/// position of the window.
pub fn count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let Some((lo, hi)) = byte_window(b.len(), start, end) else {
        return 0;
    };
    let hay = &b[lo..hi];
    match sub {
        [] => hay.len() + 1,
        [one] => hay.iter().filter(|&c| c == one).count(),
        _ => {
            let mut found = 0;
            let mut from = 0;
            while let Some(i) = find_subslice(&hay[from..], sub) {
                found += 1;
                from += i + sub.len();
            }
            found
        }
    }
}

/// `b.startswith(prefix, start, end)` for one prefix.
pub fn startswith(b: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    byte_window(b.len(), start, end).is_some_and(|(lo, hi)| b[lo..hi].starts_with(prefix))
}

/// `b.endswith(suffix, start, end)` for one suffix.
pub fn endswith(b: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    byte_window(b.len(), start, end).is_some_and(|(lo, hi)| b[lo..hi].ends_with(suffix))
}
