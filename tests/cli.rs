//! The command line behaves as CPython's: `-c`, `-` and piped stdin, `-m`, `--version`,
//! exit codes of SystemExit and uncaught exceptions. Expected values are CPython 3.11's.

use std::io::Write;
use std::process::{Command, Stdio};

fn ferropy() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ferropy"));
    c.env_remove("PYTHONPATH");
    c
}

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = ferropy()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ferropy starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn dash_c_runs_code_with_argv() {
    let (code, out, _) = run(&["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"], "");
    assert_eq!(code, 0);
    assert_eq!(out, "['-c', 'a', 'b'] 42\n");
}

#[test]
fn program_from_stdin() {
    let (code, out, _) = run(&["-"], "x = 2\nprint(x ** 10)\n");
    assert_eq!((code, out.as_str()), (0, "1024\n"));
    let (code, out, _) = run(&[], "print('piped')\n");
    assert_eq!((code, out.as_str()), (0, "piped\n"));
}

#[test]
fn version_flag() {
    let (code, out, _) = run(&["--version"], "");
    assert_eq!(code, 0);
    assert_eq!(out, "Python 3.11.7\n");
}

#[test]
fn exit_codes_follow_system_exit() {
    assert_eq!(run(&["-c", "raise SystemExit(5)"], "").0, 5);
    assert_eq!(run(&["-c", "import sys; sys.exit(None)"], "").0, 0);
    let (code, _, err) = run(&["-c", "raise SystemExit('bye')"], "");
    assert_eq!((code, err.as_str()), (1, "bye\n"));
    let (code, _, err) = run(&["-c", "1/0"], "");
    assert_eq!(code, 1);
    assert!(err.starts_with(
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
    ));
    assert!(err.ends_with("ZeroDivisionError: division by zero\n"));
}

#[test]
fn syntax_error_reports_location() {
    let (code, _, err) = run(&["-c", "x = (1,"], "");
    assert_eq!(code, 1);
    assert!(err.contains("File \"<string>\", line 1"), "{}", err);
    assert!(
        err.ends_with("SyntaxError: '(' was never closed\n"),
        "{}",
        err
    );
}

#[test]
fn accepted_flags_and_unknown_option() {
    let (code, out, _) = run(
        &["-u", "-B", "-E", "-S", "-X", "dev", "-c", "print('ok')"],
        "",
    );
    assert_eq!((code, out.as_str()), (0, "ok\n"));
    let (code, out, _) = run(&["-I", "-c", "import sys; print(sys.flags.isolated)"], "");
    assert_eq!((code, out.as_str()), (0, "1\n"));
    let (code, _, err) = run(&["--bogus-option"], "");
    assert_eq!(code, 2);
    assert!(err.contains("usage:"));
}

#[test]
fn missing_script_file() {
    let (code, _, err) = run(&["/nonexistent/script.py"], "");
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "can't open file '/nonexistent/script.py': [Errno 2] No such file or directory"
        ),
        "{}",
        err
    );
}

#[test]
fn dash_m_runs_module_as_main() {
    let dir = std::env::temp_dir().join(format!("ferropy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("mymod.py"), "print(__name__, 'from module')\n").unwrap();
    let out = ferropy()
        .args(["-m", "mymod"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "__main__ from module\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn standard_library_location() {
    // Found without help on a machine with CPython 3.11 (build-time record or a
    // well-known place): a pure-Python module of it imports.
    let (code, out, err) = run(
        &["-c", "import keyword; print(keyword.iskeyword('while'))"],
        "",
    );
    assert_eq!((code, out.as_str()), (0, "True\n"), "stderr: {err}");
    // FERROPY_STDLIB is taken as given, last on sys.path; -I ignores it.
    let (_, out, _) = {
        let o = ferropy()
            .env("FERROPY_STDLIB", "/nonexistent/Lib")
            .args(["-c", "import sys; print(sys.path[-1])"])
            .output()
            .unwrap();
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            (),
        )
    };
    assert_eq!(out, "/nonexistent/Lib\n");
    let o = ferropy()
        .env("FERROPY_STDLIB", "/nonexistent/Lib")
        .args([
            "-I",
            "-c",
            "import sys; print('/nonexistent/Lib' in sys.path)",
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "False\n");
    // Without it, a failed import says how to get it.
    let o = ferropy()
        .env("FERROPY_STDLIB", "")
        .args(["-c", "import keyword"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err.contains("No module named 'keyword' (CPython 3.11's standard library was not found"),
        "stderr: {err}"
    );
}

/// Ctrl-C: SIGINT raises KeyboardInterrupt in the running loop (finally blocks run), and
/// the process then dies of SIGINT as CPython's does. `env --default-signal` undoes an
/// inherited SIG_IGN (CI may run the tests in the background).
#[test]
fn sigint_raises_keyboard_interrupt() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::ExitStatusExt;
    let code = "try:\n    print('ready', flush=True)\n    while True: pass\nfinally:\n    print('finally ran', flush=True)\n";
    let mut child = Command::new("env")
        .args([
            "--default-signal=INT",
            env!("CARGO_BIN_EXE_ferropy"),
            "-c",
            code,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ferropy starts");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert_eq!(line, "ready\n");
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(rest, "finally ran\n");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"));
    assert_eq!(status.signal(), Some(2));
}
