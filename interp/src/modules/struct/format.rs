//! `_struct` format strings: the byte-order prefix, repeat counts and format characters
//! compiled into a list of codes with their offsets, sizes and alignment as CPython's
//! `prepare_s` computes them (native mode aligns like the C compiler on this machine).

/// Byte order and size/alignment mode of a format (its first character).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// `@` (or no prefix): native sizes, alignment and byte order.
    Native,
    /// `=` or `<` on a little-endian machine: standard sizes, little-endian.
    Little,
    /// `>` or `!`: standard sizes, big-endian.
    Big,
}

/// One packed item (or one `s`/`p` string): its format character, offset and size.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    pub ch: u8,
    pub offset: usize,
    pub size: usize,
}

/// A compiled format.
pub struct Layout {
    pub mode: Mode,
    pub codes: Vec<Code>,
    pub size: usize,
}

pub enum FormatError {
    BadChar,
    RepeatWithoutChar,
    TooLong,
    /// A NUL byte in the format.
    EmbeddedNull,
    /// More items than memory can hold (CPython's MemoryError).
    NoMemory,
}

impl FormatError {
    pub fn message(&self) -> &'static str {
        match self {
            FormatError::BadChar => "bad char in struct format",
            FormatError::RepeatWithoutChar => "repeat count given without format specifier",
            FormatError::TooLong => "total struct size too long",
            FormatError::EmbeddedNull => "embedded null character",
            FormatError::NoMemory => "out of memory",
        }
    }
}

/// (size, alignment) of a format character in `mode`, or None if it is not one.
fn entry(mode: Mode, c: u8) -> Option<(usize, usize)> {
    if mode == Mode::Native {
        let size = match c {
            b'x' => return Some((1, 0)),
            b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
            b'h' | b'H' | b'e' => 2,
            b'i' | b'I' | b'f' => 4,
            b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
            _ => return None,
        };
        return Some((size, size));
    }
    let size = match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    };
    Some((size, 0))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// More codes than this are refused rather than allocated.
const MAX_CODES: usize = 1 << 26;

/// Compiles the (ASCII) format `fmt`.
pub fn compile(fmt: &[u8]) -> Result<Layout, FormatError> {
    if fmt.contains(&0) {
        return Err(FormatError::EmbeddedNull);
    }
    let (mode, body) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'=') | Some(b'<') => (Mode::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let max = isize::MAX as usize;
    let mut codes = Vec::new();
    let mut size: usize = 0;
    // Too many codes to hold is reported after the whole format was sized, so an
    // oversized total wins ("total struct size too long"), as in CPython.
    let mut out_of_memory = false;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if is_space(c) {
            continue;
        }
        let num = if c.is_ascii_digit() {
            let mut num = (c - b'0') as usize;
            loop {
                let Some(&d) = body.get(i) else {
                    return Err(FormatError::RepeatWithoutChar);
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                if num > (max - (d - b'0') as usize) / 10 {
                    return Err(FormatError::TooLong);
                }
                num = num * 10 + (d - b'0') as usize;
            }
            num
        } else {
            1
        };
        let (itemsize, align) = entry(mode, c).ok_or(FormatError::BadChar)?;
        if align > 0 && size > 0 {
            size = size.checked_add(align - 1).ok_or(FormatError::TooLong)? / align * align;
        }
        if num > (max - size) / itemsize {
            return Err(FormatError::TooLong);
        }
        match c {
            b's' | b'p' => codes.push(Code {
                ch: c,
                offset: size,
                size: num,
            }),
            b'x' => {}
            _ => {
                if out_of_memory || codes.len() + num > MAX_CODES {
                    out_of_memory = true;
                    size += num * itemsize;
                    continue;
                }
                for k in 0..num {
                    codes.push(Code {
                        ch: c,
                        offset: size + k * itemsize,
                        size: itemsize,
                    });
                }
            }
        }
        size += num * itemsize;
    }
    if out_of_memory {
        return Err(FormatError::NoMemory);
    }
    Ok(Layout { mode, codes, size })
}
