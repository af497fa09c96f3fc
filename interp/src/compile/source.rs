//! Source text handling: PEP 263 encoding declarations and offset → line mapping.

/// Maps byte offsets of a source text to 1-based line numbers and columns.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset of the start of 1-based `line`.
    pub fn line_start(&self, line: u32) -> u32 {
        self.starts
            .get(line.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(0)
    }
}

/// The text of 1-based `line` of `src`, without its newline.
pub fn source_line(src: &str, line: u32) -> Option<&str> {
    src.split('\n')
        .nth(line.checked_sub(1)? as usize)
        .map(|l| l.trim_end_matches('\r'))
}

/// Finds a PEP 263 coding declaration in the first two lines.
pub fn declared_encoding(bytes: &[u8]) -> Option<String> {
    for (n, line) in bytes.split(|&b| b == b'\n').take(2).enumerate() {
        let text = String::from_utf8_lossy(line);
        let t = text.trim_start();
        if !t.starts_with('#') {
            if n == 0 && t.is_empty() {
                continue;
            }
            if !t.is_empty() {
                return None;
            }
            continue;
        }
        if let Some(pos) = t.find("coding") {
            let rest = &t[pos + 6..];
            let rest = rest.strip_prefix(':').or_else(|| rest.strip_prefix('='));
            if let Some(rest) = rest {
                let name: String = rest
                    .trim_start()
                    .chars()
                    .take_while(|c| {
                        c.is_ascii_alphanumeric() || *c == '-' || *c == '_' || *c == '.'
                    })
                    .collect();
                if !name.is_empty() {
                    return Some(name.to_ascii_lowercase());
                }
            }
        }
    }
    None
}

/// Decodes source bytes to text following PEP 263 (UTF-8 by default; a BOM forces it).
pub fn decode_source(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let enc = declared_encoding(bytes).unwrap_or_else(|| "utf-8".into());
    let norm = enc.replace('_', "-");
    match norm.as_str() {
        "utf-8" | "utf8" | "utf-8-sig" => String::from_utf8(bytes.to_vec()).map_err(|e| {
            format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                bytes[e.utf8_error().valid_up_to()],
                e.utf8_error().valid_up_to()
            )
        }),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "iso-latin-1" => {
            Ok(bytes.iter().map(|&b| b as char).collect())
        }
        "ascii" | "us-ascii" => {
            if let Some(p) = bytes.iter().position(|&b| b >= 0x80) {
                Err(format!(
                    "(unicode error) 'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                    bytes[p], p
                ))
            } else {
                Ok(String::from_utf8_lossy(bytes).into_owned())
            }
        }
        other => Err(format!("unknown encoding: {}", other)),
    }
}
