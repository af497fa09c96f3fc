//! CPython 3.11's own test suite under ferropy: each module of `tests/conformance/
//! baseline.txt` runs as `ferropy -m unittest test.<module>` in a fresh process, in an
//! empty temporary folder, with a timeout; unittest's summary gives ran / passed / failed
//! / errors / skipped. The test fails when a module passes fewer tests than its baseline
//! minimum, crashes (signal, Rust panic, no summary) or times out.
//!
//! Environment:
//! - `FERROPY_CONFORMANCE=MOD,MOD...` runs those modules instead and only reports them
//!   (no baseline check): the table to quote when raising a baseline.
//! - `FERROPY_CONFORMANCE_TIMEOUT=S` per-module timeout in seconds (default 300).
//!
//! The test files are CPython's (`Lib/test` of the standard library ferropy found); none
//! is copied or edited here.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What one module's run gave.
#[derive(Debug, Default, Clone)]
struct Outcome {
    module: String,
    status: &'static str,
    ran: u32,
    failed: u32,
    errors: u32,
    skipped: u32,
    expected_failures: u32,
    unexpected_successes: u32,
    seconds: f64,
    note: String,
}

impl Outcome {
    /// Tests that passed (expected failures count as passed, as unittest's OK does).
    fn passed(&self) -> u32 {
        self.ran
            .saturating_sub(self.failed + self.errors + self.skipped + self.unexpected_successes)
    }
}

/// `key=value` counts from unittest's last line (`FAILED (failures=2, errors=1)`).
fn count(summary: &str, key: &str) -> u32 {
    summary
        .split(['(', ')', ','])
        .filter_map(|part| part.trim().strip_prefix(key)?.strip_prefix('='))
        .filter_map(|v| v.parse().ok())
        .next()
        .unwrap_or(0)
}

fn last_error_line(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let wanted = |l: &str| {
        l.starts_with("Fatal Python error")
            || l.contains("panicked at")
            || l.contains("Error:")
            || l.contains("Error") && l.split(':').next().is_some_and(|h| !h.contains(' '))
    };
    lines
        .iter()
        .rev()
        .find(|l| wanted(l))
        .or(lines.last())
        .map(|l| l.chars().take(160).collect())
        .unwrap_or_default()
}

/// Reads unittest's output into an outcome.
fn parse(module: &str, stderr: &str, exit: Option<i32>, seconds: f64) -> Outcome {
    let mut o = Outcome {
        module: module.to_string(),
        seconds,
        ..Outcome::default()
    };
    let ran = stderr.lines().rev().find_map(|l| {
        l.strip_prefix("Ran ")?
            .split_whitespace()
            .next()?
            .parse::<u32>()
            .ok()
    });
    let summary = stderr
        .lines()
        .rev()
        .find(|l| l.starts_with("OK") || l.starts_with("FAILED"));
    let crashed =
        exit.is_none() || stderr.contains("panicked at") || stderr.contains("Fatal Python error");
    match (ran, summary) {
        (Some(ran), Some(summary)) if !crashed => {
            o.ran = ran;
            o.failed = count(summary, "failures");
            o.errors = count(summary, "errors");
            o.skipped = count(summary, "skipped");
            o.expected_failures = count(summary, "expected failures");
            o.unexpected_successes = count(summary, "unexpected successes");
            o.status = if stderr.contains("Failed to import test module") && o.passed() == 0 {
                "import-fail"
            } else if summary.starts_with("OK") {
                "ok"
            } else {
                "failures"
            };
            if o.status != "ok" {
                o.note = last_error_line(stderr);
            }
        }
        _ => {
            o.status = "crash";
            o.note = last_error_line(stderr);
        }
    }
    o
}

/// The folder holding CPython's `test` package: the standard library ferropy uses.
fn stdlib_dir(bin: &Path) -> Option<PathBuf> {
    let out = Command::new(bin)
        .args(["-c", "import sys; print(sys._stdlib_dir or '')"])
        .output()
        .ok()?;
    let dir = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (!dir.is_empty() && Path::new(&dir).join("test").is_dir()).then(|| PathBuf::from(dir))
}

fn run_module(bin: &Path, module: &str, timeout: Duration) -> Outcome {
    let work = std::env::temp_dir().join(format!(
        "ferropy-conformance-{}-{}",
        std::process::id(),
        module
    ));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("temporary folder");
    let start = Instant::now();
    let dotted = if module.contains('.') {
        module.to_string()
    } else {
        format!("test.{}", module)
    };
    let mut child = Command::new(bin)
        .args(["-m", "unittest", &dotted])
        .current_dir(&work)
        .env_remove("PYTHONPATH")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ferropy starts");
    // Read stderr on a thread so a chatty module cannot block on a full pipe.
    let mut pipe = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    });
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break Some(s);
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stderr = reader.join().unwrap_or_default();
    let _ = std::fs::remove_dir_all(&work);
    let seconds = start.elapsed().as_secs_f64();
    match status {
        None => Outcome {
            module: module.to_string(),
            status: "timeout",
            seconds,
            note: format!("killed after {} s", timeout.as_secs()),
            ..Outcome::default()
        },
        Some(s) => parse(module, &stderr, s.code(), seconds),
    }
}

/// `module minimum` lines of the baseline file (`#` starts a comment).
fn baseline() -> Vec<(String, u32)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance/baseline.txt");
    let text = std::fs::read_to_string(&path).expect("tests/conformance/baseline.txt");
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut parts = l.split_whitespace();
            let module = parts.next().unwrap().to_string();
            let min = parts
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("baseline line without a minimum: {l}"));
            (module, min)
        })
        .collect()
}

fn table(outcomes: &[Outcome]) -> String {
    let mut s = format!(
        "{:<24} {:>11} {:>5} {:>6} {:>6} {:>6} {:>7} {:>6}  note\n",
        "module", "status", "ran", "passed", "failed", "errors", "skipped", "secs"
    );
    for o in outcomes {
        s.push_str(&format!(
            "{:<24} {:>11} {:>5} {:>6} {:>6} {:>6} {:>7} {:>6.1}  {}\n",
            o.module,
            o.status,
            o.ran,
            o.passed(),
            o.failed,
            o.errors,
            o.skipped,
            o.seconds,
            o.note
        ));
    }
    s
}

#[test]
fn cpython_test_suite_meets_baseline() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_ferropy"));
    let Some(stdlib) = stdlib_dir(&bin) else {
        // Without CPython's Lib/test there is nothing to measure; the stdlib tests in
        // tests/cli.rs already fail loudly when the standard library itself is missing.
        eprintln!("conformance: CPython's Lib/test not found; skipped");
        return;
    };
    let timeout = Duration::from_secs(
        std::env::var("FERROPY_CONFORMANCE_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(300),
    );
    let chosen = std::env::var("FERROPY_CONFORMANCE").ok();
    let expected: Vec<(String, u32)> = match &chosen {
        Some(list) => list
            .split(',')
            .filter(|m| !m.is_empty())
            .map(|m| (m.trim().to_string(), 0))
            .collect(),
        None => baseline(),
    };
    let queue = Arc::new(Mutex::new(
        expected
            .iter()
            .map(|e| e.0.clone())
            .rev()
            .collect::<Vec<_>>(),
    ));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let (queue, results, bin) = (queue.clone(), results.clone(), bin.clone());
            std::thread::spawn(move || loop {
                let Some(m) = queue.lock().unwrap().pop() else {
                    break;
                };
                let o = run_module(&bin, &m, timeout);
                results.lock().unwrap().push(o);
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let mut outcomes = results.lock().unwrap().clone();
    outcomes.sort_by(|a, b| a.module.cmp(&b.module));
    eprintln!(
        "CPython tests from {}\n{}",
        stdlib.display(),
        table(&outcomes)
    );
    if chosen.is_some() {
        return;
    }
    let mut problems = Vec::new();
    for (module, min) in &expected {
        let o = outcomes.iter().find(|o| &o.module == module).unwrap();
        if matches!(o.status, "crash" | "timeout") {
            problems.push(format!("{module}: {} ({})", o.status, o.note));
        } else if o.passed() < *min {
            problems.push(format!(
                "{module}: {} passed, baseline {} ({})",
                o.passed(),
                min,
                o.note
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "below the baseline:\n{}",
        problems.join("\n")
    );
}

#[test]
fn summary_lines_are_parsed() {
    let o = parse(
        "test_x",
        "....\n----------------------------------------------------------------------\nRan 12 tests in 0.5s\n\nFAILED (failures=2, errors=1, skipped=3, expected failures=1)\n",
        Some(1),
        0.5,
    );
    assert_eq!(
        (o.status, o.ran, o.failed, o.errors, o.skipped, o.passed()),
        ("failures", 12, 2, 1, 3, 6)
    );
    let ok = parse(
        "test_y",
        "Ran 4 tests in 0.1s\n\nOK (skipped=1)\n",
        Some(0),
        0.1,
    );
    assert_eq!((ok.status, ok.passed()), ("ok", 3));
    let crash = parse(
        "test_z",
        "thread 'x' panicked at src/lib.rs:1:1\n",
        Some(101),
        0.1,
    );
    assert_eq!(crash.status, "crash");
    let killed = parse("test_w", "Ran 4 tests in 0.1s\n\nOK\n", None, 0.1);
    assert_eq!(killed.status, "crash");
}
