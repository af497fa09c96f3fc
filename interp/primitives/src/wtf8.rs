//! Generalized UTF-8 ("WTF-8"-style) text: the storage of Python `str`, which may hold
//! lone surrogate code points (U+D800..U+DFFF) that a Rust `str` cannot.
//!
//! Every code point, surrogates included, is encoded as UTF-8 would encode its number:
//! a surrogate takes the three bytes `ED A0..BF 80..BF`. Unlike WTF-8 proper, a lead
//! surrogate followed by a trail surrogate is *not* merged into one supplementary code
//! point: Python keeps `'\ud83d\ude00'` as two code points, so the encoding of a
//! sequence of code points is simply the concatenation of their encodings. Consequences
//! that the interpreter relies on:
//! - concatenation is byte concatenation; equality of code point sequences is equality
//!   of bytes; byte order is code point order (as for UTF-8);
//! - text without surrogates is exactly its UTF-8, so it is kept as a Rust `str`
//!   ([`WtfBox::Str`], [`Wtf8Str::Str`]) and reached with no copy and no check.
//!
//! No function here creates a `str` from bytes without checking them: text that may
//! hold surrogates stays `[u8]` and is cut into checked `str` pieces by [`segments`].

use std::fmt::Write;

/// Whether `cp` is a surrogate code point.
pub const fn is_surrogate(cp: u32) -> bool {
    cp >= 0xD800 && cp <= 0xDFFF
}

/// Appends the generalized UTF-8 encoding of `cp` (at most U+10FFFF; larger values are
/// encoded as U+FFFD, callers check the range first).
pub fn encode(cp: u32, out: &mut Vec<u8>) {
    match cp {
        0..=0x7F => out.push(cp as u8),
        0x80..=0x7FF => out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        0x10000..=0x10FFFF => out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        _ => encode(0xFFFD, out),
    }
}

/// The number of bytes of the sequence that starts with byte `b` (1 for a stray
/// continuation byte, which well-formed text never starts with).
const fn seq_len(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// The code point encoded at `bytes[i..]` and its length in bytes. Well-formed text is
/// decoded exactly; malformed input never panics (it yields U+FFFD for one byte).
pub fn decode_at(bytes: &[u8], i: usize) -> (u32, usize) {
    let Some(&b0) = bytes.get(i) else {
        return (0xFFFD, 1);
    };
    let n = seq_len(b0);
    if n == 1 || i + n > bytes.len() {
        return (if b0 < 0x80 { u32::from(b0) } else { 0xFFFD }, 1);
    }
    let lead = match n {
        2 => u32::from(b0 & 0x1F),
        3 => u32::from(b0 & 0x0F),
        _ => u32::from(b0 & 0x07),
    };
    let cp = bytes[i + 1..i + n]
        .iter()
        .fold(lead, |acc, &b| (acc << 6) | u32::from(b & 0x3F));
    (cp, n)
}

/// The code point that ends just before `bytes[end]` and its length in bytes.
pub fn decode_before(bytes: &[u8], end: usize) -> (u32, usize) {
    let mut start = end.saturating_sub(1);
    while start > 0 && end - start < 4 && (bytes[start] & 0xC0) == 0x80 {
        start -= 1;
    }
    let (cp, n) = decode_at(bytes, start);
    if start + n == end {
        (cp, n)
    } else {
        (0xFFFD, 1)
    }
}

/// Whether generalized UTF-8 `bytes` hold a surrogate (`ED` followed by `A0..BF`).
pub fn has_surrogates(bytes: &[u8]) -> bool {
    bytes
        .windows(2)
        .any(|w| w[0] == 0xED && w[1] >= 0xA0 && w[1] <= 0xBF)
}

/// The number of code points in generalized UTF-8 `bytes`.
pub fn count_code_points(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// The byte offset of the first occurrence of `needle` in `hay` at or after `from`.
/// Both being generalized UTF-8, a byte match always starts and ends at code point
/// boundaries (lead bytes never equal continuation bytes).
pub fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if from >= hay.len() || needle.len() > hay.len() - from {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// The code points of generalized UTF-8 text, in both directions.
#[derive(Clone)]
pub struct CodePoints<'a> {
    bytes: &'a [u8],
    front: usize,
    back: usize,
}

/// The code points of `bytes`.
pub fn code_points(bytes: &[u8]) -> CodePoints<'_> {
    CodePoints {
        bytes,
        front: 0,
        back: bytes.len(),
    }
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.front >= self.back {
            return None;
        }
        let (cp, n) = decode_at(self.bytes, self.front);
        self.front += n;
        Some(cp)
    }
}

impl DoubleEndedIterator for CodePoints<'_> {
    fn next_back(&mut self) -> Option<u32> {
        if self.front >= self.back {
            return None;
        }
        let (cp, n) = decode_before(self.bytes, self.back);
        self.back -= n.min(self.back - self.front);
        Some(cp)
    }
}

/// A piece of generalized UTF-8 text: a run of ordinary text, or one surrogate.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Segment<'a> {
    Text(&'a str),
    Surrogate(u32),
}

/// The text of `bytes` cut at its surrogates.
pub fn segments(bytes: &[u8]) -> Segments<'_> {
    Segments { rest: bytes }
}

/// Iterator of [`Segment`]s; see [`segments`].
pub struct Segments<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for Segments<'a> {
    type Item = Segment<'a>;
    fn next(&mut self) -> Option<Segment<'a>> {
        let rest = self.rest;
        if rest.is_empty() {
            return None;
        }
        let at = (0..rest.len())
            .find(|&i| {
                rest[i] == 0xED && rest.get(i + 1).is_some_and(|b| (0xA0..=0xBF).contains(b))
            })
            .unwrap_or(rest.len());
        if at == 0 {
            let (cp, n) = decode_at(rest, 0);
            self.rest = &rest[n..];
            return Some(Segment::Surrogate(cp));
        }
        self.rest = &rest[at..];
        // Checked: well-formed text between surrogates is UTF-8; anything else is cut
        // to its valid prefix (never reached for the interpreter's strings).
        let text = match std::str::from_utf8(&rest[..at]) {
            Ok(t) => t,
            Err(e) => {
                let good = e.valid_up_to();
                self.rest = &rest[good.max(1)..];
                std::str::from_utf8(&rest[..good]).unwrap_or("")
            }
        };
        Some(Segment::Text(text))
    }
}

/// Borrowed text of a Python str: a Rust `str` when it has no surrogates.
#[derive(Clone, Copy, Debug)]
pub enum Wtf8Str<'a> {
    Str(&'a str),
    /// Generalized UTF-8 that holds at least one surrogate (or, for slices of such text,
    /// may hold one).
    Wtf8(&'a [u8]),
}

impl<'a> Wtf8Str<'a> {
    pub fn as_bytes(self) -> &'a [u8] {
        match self {
            Wtf8Str::Str(s) => s.as_bytes(),
            Wtf8Str::Wtf8(b) => b,
        }
    }

    /// The text as a `str`, if it has no surrogates (no copy for `Str`).
    pub fn as_str(self) -> Option<&'a str> {
        match self {
            Wtf8Str::Str(s) => Some(s),
            Wtf8Str::Wtf8(b) if !has_surrogates(b) => std::str::from_utf8(b).ok(),
            Wtf8Str::Wtf8(_) => None,
        }
    }

    pub fn code_points(self) -> CodePoints<'a> {
        code_points(self.as_bytes())
    }

    pub fn segments(self) -> Segments<'a> {
        segments(self.as_bytes())
    }

    /// The bytes `a..b` (boundaries of code points).
    pub fn slice(self, a: usize, b: usize) -> Wtf8Str<'a> {
        match self {
            Wtf8Str::Str(s) => Wtf8Str::Str(s.get(a..b).unwrap_or("")),
            Wtf8Str::Wtf8(x) => Wtf8Str::Wtf8(x.get(a..b).unwrap_or(&[])),
        }
    }

    /// The text with each surrogate replaced by U+FFFD (for messages and debugging).
    pub fn to_string_lossy(self) -> String {
        let mut out = String::with_capacity(self.as_bytes().len());
        for seg in self.segments() {
            match seg {
                Segment::Text(t) => out.push_str(t),
                Segment::Surrogate(_) => out.push('\u{FFFD}'),
            }
        }
        out
    }
}

/// The owned, immutable text of a Python str. `Wtf8` holds at least one surrogate, so
/// text without surrogates is always `Str`. The bytes of `Wtf8` sit behind a second box
/// so that the enum is two words, as `Box<str>` alone is (the null niche of `Str`'s
/// pointer tells the variants apart): every str object stays as small as before.
#[derive(Clone, Debug)]
pub enum WtfBox {
    Str(Box<str>),
    Wtf8(Box<Box<[u8]>>),
}

impl WtfBox {
    pub fn view(&self) -> Wtf8Str<'_> {
        match self {
            WtfBox::Str(s) => Wtf8Str::Str(s),
            WtfBox::Wtf8(b) => Wtf8Str::Wtf8(&b[..]),
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.view().as_bytes()
    }

    /// The text as a `str` when it has no surrogates: no copy, no check.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            WtfBox::Str(s) => Some(s),
            WtfBox::Wtf8(_) => None,
        }
    }

    pub fn has_surrogates(&self) -> bool {
        matches!(self, WtfBox::Wtf8(_))
    }

    /// Owned text from a borrowed view (checks a `Wtf8` view for surrogates).
    pub fn from_view(v: Wtf8Str<'_>) -> WtfBox {
        let mut b = Wtf8Buf::with_capacity(v.as_bytes().len());
        b.push_view(v);
        b.into_box()
    }
}

impl PartialEq for WtfBox {
    fn eq(&self, other: &WtfBox) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}
impl Eq for WtfBox {}

impl std::hash::Hash for WtfBox {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_bytes().hash(h)
    }
}

/// A growable text buffer that stays a `String` until a surrogate is pushed.
#[derive(Clone, Debug)]
pub struct Wtf8Buf {
    inner: BufInner,
}

#[derive(Clone, Debug)]
enum BufInner {
    Str(String),
    Wtf8(Vec<u8>),
}

impl Default for Wtf8Buf {
    fn default() -> Self {
        Wtf8Buf::new()
    }
}

impl Wtf8Buf {
    pub fn new() -> Wtf8Buf {
        Wtf8Buf {
            inner: BufInner::Str(String::new()),
        }
    }

    pub fn with_capacity(n: usize) -> Wtf8Buf {
        Wtf8Buf {
            inner: BufInner::Str(String::with_capacity(n)),
        }
    }

    pub fn from_string(s: String) -> Wtf8Buf {
        Wtf8Buf {
            inner: BufInner::Str(s),
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        match &self.inner {
            BufInner::Str(s) => s.as_bytes(),
            BufInner::Wtf8(b) => b,
        }
    }

    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn has_surrogates(&self) -> bool {
        matches!(self.inner, BufInner::Wtf8(_))
    }

    pub fn view(&self) -> Wtf8Str<'_> {
        match &self.inner {
            BufInner::Str(s) => Wtf8Str::Str(s),
            BufInner::Wtf8(b) => Wtf8Str::Wtf8(b),
        }
    }

    fn bytes_mut(&mut self) -> &mut Vec<u8> {
        if let BufInner::Str(s) = &mut self.inner {
            self.inner = BufInner::Wtf8(std::mem::take(s).into_bytes());
        }
        match &mut self.inner {
            BufInner::Wtf8(b) => b,
            BufInner::Str(_) => unreachable!("converted above"),
        }
    }

    pub fn push_str(&mut self, s: &str) {
        match &mut self.inner {
            BufInner::Str(x) => x.push_str(s),
            BufInner::Wtf8(b) => b.extend_from_slice(s.as_bytes()),
        }
    }

    pub fn push_char(&mut self, c: char) {
        match &mut self.inner {
            BufInner::Str(x) => x.push(c),
            BufInner::Wtf8(b) => encode(c as u32, b),
        }
    }

    /// Appends any code point up to U+10FFFF, surrogates included.
    pub fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push_char(c),
            None => encode(cp, self.bytes_mut()),
        }
    }

    pub fn push_view(&mut self, v: Wtf8Str<'_>) {
        match v {
            Wtf8Str::Str(s) => self.push_str(s),
            Wtf8Str::Wtf8(b) if has_surrogates(b) => self.bytes_mut().extend_from_slice(b),
            Wtf8Str::Wtf8(b) => {
                for seg in segments(b) {
                    match seg {
                        Segment::Text(t) => self.push_str(t),
                        Segment::Surrogate(cp) => self.push_code_point(cp),
                    }
                }
            }
        }
    }

    pub fn into_box(self) -> WtfBox {
        match self.inner {
            BufInner::Str(s) => WtfBox::Str(s.into_boxed_str()),
            BufInner::Wtf8(b) => WtfBox::Wtf8(Box::new(b.into_boxed_slice())),
        }
    }
}

/// Appends `cp` as Python escapes it: `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, the shortest
/// that fits.
pub fn push_hex_escape(out: &mut String, cp: u32) {
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{:02x}", cp)
    } else if cp <= 0xffff {
        write!(out, "\\u{:04x}", cp)
    } else {
        write!(out, "\\U{:08x}", cp)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buf_of(cps: &[u32]) -> Wtf8Buf {
        let mut b = Wtf8Buf::new();
        for &c in cps {
            b.push_code_point(c);
        }
        b
    }

    #[test]
    fn surrogates_encode_as_three_bytes() {
        let b = buf_of(&[0xD800]);
        assert_eq!(b.as_bytes(), &[0xED, 0xA0, 0x80]);
        let b = buf_of(&[0xDFFF]);
        assert_eq!(b.as_bytes(), &[0xED, 0xBF, 0xBF]);
        assert!(b.has_surrogates());
    }

    #[test]
    fn pairs_stay_two_code_points() {
        let b = buf_of(&[0x61, 0xD83D, 0xDE00, 0x62]);
        assert_eq!(b.len(), 8);
        assert_eq!(count_code_points(b.as_bytes()), 4);
        let cps: Vec<u32> = code_points(b.as_bytes()).collect();
        assert_eq!(cps, vec![0x61, 0xD83D, 0xDE00, 0x62]);
        let rev: Vec<u32> = code_points(b.as_bytes()).rev().collect();
        assert_eq!(rev, vec![0x62, 0xDE00, 0xD83D, 0x61]);
    }

    #[test]
    fn text_without_surrogates_stays_a_str() {
        let b = buf_of(&[0x61, 0xE9, 0x1F600]);
        assert!(!b.has_surrogates());
        match b.into_box() {
            WtfBox::Str(s) => assert_eq!(&*s, "a\u{e9}\u{1f600}"),
            WtfBox::Wtf8(_) => panic!("expected Str"),
        }
    }

    #[test]
    fn segments_cut_at_surrogates() {
        let b = buf_of(&[0x61, 0xDC80, 0xDC81, 0x3BB, 0xD800]);
        let segs: Vec<Segment> = segments(b.as_bytes()).collect();
        assert_eq!(
            segs,
            vec![
                Segment::Text("a"),
                Segment::Surrogate(0xDC80),
                Segment::Surrogate(0xDC81),
                Segment::Text("\u{3bb}"),
                Segment::Surrogate(0xD800),
            ]
        );
        assert_eq!(
            b.view().to_string_lossy(),
            "a\u{fffd}\u{fffd}\u{3bb}\u{fffd}"
        );
    }

    #[test]
    fn byte_order_is_code_point_order() {
        let cps = [
            0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000,
        ];
        for w in cps.windows(2) {
            assert!(buf_of(&[w[0]]).as_bytes() < buf_of(&[w[1]]).as_bytes());
        }
    }

    #[test]
    fn equality_ignores_representation() {
        let a = WtfBox::Str("abc".into());
        let b = WtfBox::from_view(Wtf8Str::Wtf8(b"abc"));
        assert!(matches!(b, WtfBox::Str(_)));
        assert_eq!(a, b);
    }

    #[test]
    fn malformed_input_does_not_panic() {
        let bad = [0xFF, 0xED, 0xA0];
        let _: Vec<u32> = code_points(&bad).collect();
        let _: Vec<u32> = code_points(&bad).rev().collect();
        let _: Vec<Segment> = segments(&bad).collect();
    }

    #[test]
    fn text_is_two_words() {
        assert_eq!(
            std::mem::size_of::<WtfBox>(),
            std::mem::size_of::<Box<str>>()
        );
    }

    #[test]
    fn escapes() {
        let mut s = String::new();
        push_hex_escape(&mut s, 0xD800);
        push_hex_escape(&mut s, 0xE9);
        push_hex_escape(&mut s, 0x1F600);
        assert_eq!(s, "\\ud800\\xe9\\U0001f600");
    }
}
