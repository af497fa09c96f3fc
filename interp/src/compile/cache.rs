//! The bytecode cache: `__pycache__/<stem>.ferropy-311.pyc` beside a module's source
//! holds its code object (marshal's ferropy layout, `modules/marshal/code.rs`), so a
//! second import does not parse and compile the source again.
//!
//! A cache file is used only when its whole header matches; anything else (missing,
//! truncated, from another build, for other source, corrupt) is ignored and the file
//! rewritten. Header, all little-endian:
//!
//! ```text
//! [u8; 8] MAGIC, u32 FORMAT, u32 optimize level,
//! u64 size and u64 mtime (ns) of the ferropy executable (a rebuild invalidates),
//! u64 source length, u64 source hash, u64 data length, u64 data hash
//! ```
//!
//! Writing goes to a temporary file renamed over the cache file (readers never see a
//! partial file); write errors are ignored. Nothing is written when
//! `sys.dont_write_bytecode` is true (`-B`, `PYTHONDONTWRITEBYTECODE`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::OnceLock;

use crate::compile::Mode;
use crate::object::payload::*;
use crate::vm::Vm;

const MAGIC: &[u8; 8] = b"ferropyc";
/// Bumped whenever the code-object layout or the compiler's output changes shape.
const FORMAT: u32 = 1;
const HEADER_LEN: usize = 8 + 4 + 4 + 8 * 6;
/// `sys.implementation.cache_tag`.
const CACHE_TAG: &str = "ferropy-311";

/// A fast 64-bit hash of `bytes`, eight bytes at a time (it detects edits and
/// corruption; nothing here needs resistance to chosen collisions).
fn hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mix = |h: u64, w: u64| {
        let h = (h ^ w).wrapping_mul(K);
        h ^ (h >> 29)
    };
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(w));
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    mix(mix(h, u64::from_le_bytes(tail)), K)
}

/// Size and modification time of the running executable (zeros when unknown).
fn executable_stamp() -> (u64, u64) {
    static STAMP: OnceLock<(u64, u64)> = OnceLock::new();
    *STAMP.get_or_init(|| {
        let meta = std::env::current_exe().and_then(std::fs::metadata);
        match meta {
            Ok(m) => {
                let mtime = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos() as u64);
                (m.len(), mtime)
            }
            Err(_) => (0, 0),
        }
    })
}

/// Where the cache file of the source at `path` lives.
pub fn cache_path(path: &Path) -> Option<PathBuf> {
    let stem = path.file_stem()?.to_str()?;
    let dir = path.parent()?;
    Some(
        dir.join("__pycache__")
            .join(format!("{}.{}.pyc", stem, CACHE_TAG)),
    )
}

fn header(opt: u32, source: &[u8], data: &[u8]) -> Vec<u8> {
    let (exe_len, exe_mtime) = executable_stamp();
    let mut h = Vec::with_capacity(HEADER_LEN + data.len());
    h.extend_from_slice(MAGIC);
    h.extend_from_slice(&FORMAT.to_le_bytes());
    h.extend_from_slice(&opt.to_le_bytes());
    for x in [
        exe_len,
        exe_mtime,
        source.len() as u64,
        hash(source),
        data.len() as u64,
        hash(data),
    ] {
        h.extend_from_slice(&x.to_le_bytes());
    }
    h
}

/// The marshal data of `file` when its header matches `source` and this build.
fn valid_data<'f>(file: &'f [u8], opt: u32, source: &[u8]) -> Option<&'f [u8]> {
    if file.len() < HEADER_LEN {
        return None;
    }
    let (head, data) = file.split_at(HEADER_LEN);
    (head == header(opt, source, data).as_slice()).then_some(data)
}

fn dont_write_bytecode(vm: &Vm) -> bool {
    let sys = vm.sys.borrow().clone();
    match sys.and_then(|s| vm.get_attr_str(&s, "dont_write_bytecode").ok()) {
        Some(v) => vm.is_true(&v).unwrap_or(true),
        None => vm.config.borrow().dont_write_bytecode,
    }
}

/// Writes `bytes` to `target` atomically (temporary file, then rename); errors ignored.
fn write_atomically(target: &Path, bytes: &[u8]) {
    let Some(dir) = target.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = target.with_extension(format!("pyc.{}.tmp", std::process::id()));
    let ok = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes))
        .is_ok();
    if !ok || std::fs::rename(&tmp, target).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// The code object of the module source `src` (decoded from `bytes`) read from `path`:
/// from the cache when it is valid, else compiled (and cached).
pub fn compile_file(vm: &Vm, path: &Path, bytes: &[u8], src: &str, fname: &str) -> PyResult {
    let opt = vm.config.borrow().optimize;
    let cpath = cache_path(path);
    if let Some(cp) = &cpath {
        if let Ok(file) = std::fs::read(cp) {
            if let Some(data) = valid_data(&file, opt, bytes) {
                let text: Rc<str> = Rc::from(src);
                if let Ok(code) = crate::modules::marshal::load_code(vm, data, Some(text)) {
                    // A tree copied elsewhere keeps its cache: the names must agree.
                    let same_name = match &code.payload {
                        Payload::Code(c) => vm.str_of(&c.filename) == Some(fname),
                        _ => false,
                    };
                    if same_name {
                        return Ok(code);
                    }
                }
            }
        }
    }
    let code = vm.compile_py(src, fname, Mode::Exec)?;
    if let Some(cp) = cpath {
        if !dont_write_bytecode(vm) {
            if let Ok(data) = crate::modules::marshal::dump_code(vm, &code) {
                let mut out = header(opt, bytes, &data);
                out.extend_from_slice(&data);
                write_atomically(&cp, &out);
            }
        }
    }
    Ok(code)
}
