//! Runs every `tests/python/*.py` program under ferropy and compares it with the output
//! CPython 3.11 produced (`NAME.out`, and `NAME.status` = exit code + last stderr line
//! for programs that fail). Programs listed in `tests/python/xfail.txt` are known not to
//! match yet; one of them starting to match is reported too, so the list stays honest.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);

struct Outcome {
    name: String,
    ok: bool,
    detail: String,
}

fn run_one(bin: &Path, dir: &Path, py: &Path) -> Outcome {
    let name = py.file_stem().unwrap().to_string_lossy().to_string();
    let expected_out =
        std::fs::read_to_string(dir.join(format!("{}.out", name))).unwrap_or_default();
    let status_file = dir.join(format!("{}.status", name));
    let (expected_code, expected_last) = match std::fs::read_to_string(&status_file) {
        Ok(s) => {
            let mut lines = s.lines();
            let code: i32 = lines
                .next()
                .and_then(|l| l.trim().parse().ok())
                .unwrap_or(1);
            (code, lines.next().map(|l| l.to_string()))
        }
        Err(_) => (0, None),
    };
    let mut child = match Command::new(bin)
        .arg("-S")
        .arg(py.file_name().unwrap())
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONPATH")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                name,
                ok: false,
                detail: format!("cannot start: {}", e),
            }
        }
    };
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = so.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = se.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).to_string();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).to_string();
    let status = match status {
        Some(s) => s,
        None => {
            return Outcome {
                name,
                ok: false,
                detail: format!("timed out after {:?}", TIMEOUT),
            }
        }
    };
    let code = status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if stdout != expected_out {
        problems.push(format!("stdout differs:\n{}", diff(&expected_out, &stdout)));
    }
    if code != expected_code {
        let tail: Vec<&str> = stderr.lines().rev().take(6).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        problems.push(format!(
            "exit code {} (expected {})\nstderr tail:\n{}",
            code,
            expected_code,
            tail.join("\n")
        ));
    }
    if let Some(last) = expected_last {
        let got = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .to_string();
        if got != last {
            problems.push(format!(
                "last stderr line:\n  expected: {}\n  got:      {}",
                last, got
            ));
        }
    }
    Outcome {
        name,
        ok: problems.is_empty(),
        detail: problems.join("\n"),
    }
}

/// A small line diff: the first differing lines with context.
fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    let first = (0..e.len().max(g.len()))
        .find(|&i| e.get(i) != g.get(i))
        .unwrap_or(0);
    let from = first.saturating_sub(2);
    for i in from..(first + 6).min(e.len().max(g.len())) {
        match (e.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => out.push_str(&format!("   {}\n", a)),
            (a, b) => {
                if let Some(a) = a {
                    out.push_str(&format!(" - {}\n", a));
                }
                if let Some(b) = b {
                    out.push_str(&format!(" + {}\n", b));
                }
            }
        }
    }
    out.push_str(&format!("   (expected {} lines, got {})", e.len(), g.len()));
    out
}

#[test]
fn python_programs_match_cpython() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/python");
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_ferropy"));
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/python exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
        .collect();
    programs.sort();
    assert!(!programs.is_empty(), "no programs in tests/python");
    let xfail: BTreeSet<String> = std::fs::read_to_string(dir.join("xfail.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let only = std::env::var("FERROPY_TEST_ONLY").ok();
    if let Some(o) = &only {
        programs.retain(|p| {
            p.file_stem()
                .unwrap()
                .to_string_lossy()
                .contains(o.as_str())
        });
    }
    let queue = Arc::new(Mutex::new(programs.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2);
    let mut handles = Vec::new();
    for _ in 0..workers {
        let q = queue.clone();
        let r = results.clone();
        let bin = bin.clone();
        let dir = dir.clone();
        handles.push(std::thread::spawn(move || loop {
            let next = q.lock().unwrap().pop();
            match next {
                Some(p) => {
                    let o = run_one(&bin, &dir, &p);
                    r.lock().unwrap().push(o);
                }
                None => break,
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let mut results = std::mem::take(&mut *results.lock().unwrap());
    results.sort_by(|a, b| a.name.cmp(&b.name));
    let mut failed = Vec::new();
    let mut newly_passing = Vec::new();
    let (mut passed, mut xfailed) = (0, 0);
    for r in &results {
        let expected_fail = xfail.contains(&r.name);
        match (r.ok, expected_fail) {
            (true, false) => passed += 1,
            (true, true) => newly_passing.push(r.name.clone()),
            (false, true) => xfailed += 1,
            (false, false) => failed.push(r),
        }
    }
    for r in &failed {
        eprintln!("---- {} ----\n{}\n", r.name, r.detail);
    }
    if std::env::var("FERROPY_TEST_VERBOSE").is_ok() {
        for r in results.iter().filter(|r| !r.ok && xfail.contains(&r.name)) {
            eprintln!("---- {} (xfail) ----\n{}\n", r.name, r.detail);
        }
    }
    println!(
        "tests/python: {} programs, {} match CPython, {} known failures (xfail.txt), {} unexpected failures, {} xfail now passing",
        results.len(),
        passed + newly_passing.len(),
        xfailed,
        failed.len(),
        newly_passing.len()
    );
    if !newly_passing.is_empty() {
        eprintln!(
            "now passing, remove from tests/python/xfail.txt: {}",
            newly_passing.join(" ")
        );
    }
    assert!(
        failed.is_empty() && newly_passing.is_empty(),
        "{} program(s) differ from CPython: {}",
        failed.len() + newly_passing.len(),
        failed
            .iter()
            .map(|r| r.name.as_str())
            .chain(newly_passing.iter().map(|s| s.as_str()))
            .collect::<Vec<_>>()
            .join(" ")
    );
}
