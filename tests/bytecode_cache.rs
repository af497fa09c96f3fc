//! The bytecode cache (`interp/src/compile/cache.rs`): an import writes
//! `__pycache__/<stem>.ferropy-311.pyc`, a later import uses it, an edited source or a
//! corrupt cache file is recompiled and the file rewritten, and `-B` /
//! `PYTHONDONTWRITEBYTECODE` write nothing.
//!
//! A cache file that is used is left alone, and one that is rewritten is replaced by a
//! rename, so the file's inode tells which happened.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh directory for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!(
            "ferropy-bytecode-cache-{}-{}",
            name,
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const IMPORT: &str = "import modx; print(modx.f(), modx.__file__.endswith('modx.py'))";

fn run(dir: &Path, flags: &[&str], env: &[(&str, &str)]) -> String {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ferropy"));
    c.env_remove("PYTHONPATH")
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .current_dir(dir)
        .args(flags)
        .args(["-c", IMPORT]);
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().expect("ferropy starts");
    assert!(
        out.status.success(),
        "ferropy failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn write_module(dir: &Path, value: i32) {
    let src = format!(
        "X = {}\n\ndef f():\n    total = 0\n    for i in range(3):\n        total += X\n    return [total, {{'k': (1.5, 'text', b'bytes')}}]\n",
        value
    );
    std::fs::write(dir.join("modx.py"), src).unwrap();
}

fn cache_file(dir: &Path) -> PathBuf {
    dir.join("__pycache__").join("modx.ferropy-311.pyc")
}

fn inode(p: &Path) -> u64 {
    std::fs::metadata(p).expect("cache file exists").ino()
}

const EXPECTED_1: &str = "[3, {'k': (1.5, 'text', b'bytes')}] True\n";
const EXPECTED_2: &str = "[6, {'k': (1.5, 'text', b'bytes')}] True\n";

#[test]
fn first_import_writes_the_cache_and_the_second_uses_it() {
    let d = TempDir::new("reuse");
    write_module(&d.0, 1);
    assert_eq!(run(&d.0, &[], &[]), EXPECTED_1);
    let cache = cache_file(&d.0);
    let first = inode(&cache);
    assert_eq!(run(&d.0, &[], &[]), EXPECTED_1);
    assert_eq!(
        inode(&cache),
        first,
        "a valid cache file is used, not rewritten"
    );
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(d.0.join("__pycache__"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{:?}", names);
}

#[test]
fn an_edited_source_is_recompiled() {
    let d = TempDir::new("edit");
    write_module(&d.0, 1);
    assert_eq!(run(&d.0, &[], &[]), EXPECTED_1);
    let first = inode(&cache_file(&d.0));
    // Same length, different text: only the source hash tells them apart.
    write_module(&d.0, 2);
    assert_eq!(run(&d.0, &[], &[]), EXPECTED_2);
    let second = inode(&cache_file(&d.0));
    assert_ne!(first, second, "the cache file is rewritten");
    assert_eq!(run(&d.0, &[], &[]), EXPECTED_2);
    assert_eq!(inode(&cache_file(&d.0)), second);
}

#[test]
fn a_corrupt_cache_file_is_ignored_and_rewritten() {
    let d = TempDir::new("corrupt");
    write_module(&d.0, 1);
    assert_eq!(run(&d.0, &[], &[]), EXPECTED_1);
    let cache = cache_file(&d.0);
    let good = std::fs::read(&cache).unwrap();
    let mut corruptions: Vec<Vec<u8>> = vec![
        Vec::new(),
        good[..10].to_vec(),
        good[..good.len() - 1].to_vec(),
        b"garbage".repeat(40),
    ];
    for at in [0, 20, 70, good.len() / 2, good.len() - 1] {
        let mut c = good.clone();
        c[at] ^= 0x5a;
        corruptions.push(c);
    }
    for bad in corruptions {
        std::fs::write(&cache, &bad).unwrap();
        assert_eq!(run(&d.0, &[], &[]), EXPECTED_1);
        assert_eq!(
            std::fs::read(&cache).unwrap(),
            good,
            "the cache file is rewritten"
        );
    }
}

#[test]
fn dont_write_bytecode_writes_nothing() {
    let d = TempDir::new("dontwrite");
    write_module(&d.0, 1);
    assert_eq!(run(&d.0, &["-B"], &[]), EXPECTED_1);
    assert_eq!(
        run(&d.0, &[], &[("PYTHONDONTWRITEBYTECODE", "1")]),
        EXPECTED_1
    );
    assert!(!d.0.join("__pycache__").exists());
    // With a cache present, -B still reads it.
    assert_eq!(run(&d.0, &[], &[]), EXPECTED_1);
    let first = inode(&cache_file(&d.0));
    assert_eq!(run(&d.0, &["-B"], &[]), EXPECTED_1);
    assert_eq!(inode(&cache_file(&d.0)), first);
}
