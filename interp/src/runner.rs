//! Running programs: a script file, a `-c` string, stdin, or the interactive prompt,
//! and turning the outcome (`SystemExit`, uncaught exceptions) into an exit code.

use std::io::{BufRead, IsTerminal, Write};

use crate::compile::Mode;
use crate::object::payload::*;
use crate::object::typeobj::is_subtype;
use crate::object::PyRef;
use crate::vm::{Config, Vm};

pub enum Program {
    File(String),
    Command(String),
    Stdin,
    Module(String),
    Interactive,
}

/// Set when the program ended with an uncaught KeyboardInterrupt.
static UNHANDLED_KEYBOARD_INTERRUPT: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Runs `program` in a fresh interpreter on a thread with a large stack; returns the
/// process exit code.
pub fn run(config: Config, program: Program) -> i32 {
    const STACK: usize = 1 << 30;
    let handle = std::thread::Builder::new()
        .name("ferropy-main".into())
        .stack_size(STACK)
        .spawn(move || {
            crate::vm::gil::set_main_thread();
            crate::modules::signal::install_default_handlers();
            let vm = Vm::new(config);
            // Objects whose count drops to zero run their `__del__` in this interpreter.
            let _running = crate::object::finalize::RunningVm::enter(&vm);
            vm.set_stack_limit_from_here(STACK);
            let code = run_in(&vm, program);
            wait_for_thread_shutdown(&vm);
            crate::modules::atexit::run_at_exit(&vm);
            crate::vm::gil::begin_finalizing();
            clear_main_module(&vm);
            let _ = vm.flush_stdout();
            if UNHANDLED_KEYBOARD_INTERRUPT.load(std::sync::atomic::Ordering::Relaxed) {
                // CPython: the parent shell sees the program die of SIGINT.
                crate::modules::signal::exit_by_sigint();
            }
            // Leave without tearing the heap down object by object, as CPython's fast exit
            // path does for objects still alive at shutdown.
            std::process::exit(code)
        });
    crate::modules::signal::keep_signals_off_this_thread();
    match handle {
        Ok(h) => match h.join() {
            Ok(code) => code,
            Err(_) => {
                eprintln!("Fatal Python error: internal error (Rust panic) in ferropy");
                70
            }
        },
        Err(e) => {
            eprintln!("ferropy: cannot start the interpreter thread: {}", e);
            1
        }
    }
}

/// CPython's `wait_for_thread_shutdown`: when `threading` was imported, its `_shutdown()`
/// joins the non-daemon threads before the interpreter is torn down.
fn wait_for_thread_shutdown(vm: &Vm) {
    let Some(threading) = vm.dict_get_str(&vm.sys_modules, "threading").ok().flatten() else {
        return;
    };
    let shutdown = match vm.get_attr_opt(&threading, &vm.intern("_shutdown")) {
        Ok(Some(f)) => f,
        _ => return,
    };
    if let Err(e) = vm.call0(&shutdown) {
        crate::object::finalize::report_unraisable(vm, &threading, &e);
    }
}

/// The part of CPython's shutdown (`finalize_modules`) that simple programs see:
/// `__main__`'s globals are released in insertion order (CPython frees the module's
/// dict, or collects it when functions make it cyclic), so objects that only they hold
/// run their `__del__`, and a last collection finalizes cyclic garbage. Other modules
/// keep their globals; the rest of the heap is left to process exit.
fn clear_main_module(vm: &Vm) {
    let Some(main) = vm.dict_get_str(&vm.sys_modules, "__main__").ok().flatten() else {
        return;
    };
    let Some(globals) = vm.module_dict(&main) else {
        return;
    };
    for (key, value) in vm.dict_items(&globals) {
        if vm.is_none(&value) || vm.str_of(&key) == Some("__builtins__") {
            continue;
        }
        drop(value);
        let _ = vm.dict_set_item(&globals, key, vm.none());
    }
    crate::object::gc::collect_at_shutdown(vm);
    let _ = vm.flush_stdout();
}

fn main_module(vm: &Vm) -> PyResult<PyRef> {
    let m = vm.new_module("__main__");
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "__builtins__", vm.builtins.clone())?;
    vm.dict_set_str(&vm.sys_modules, "__main__", m.clone())?;
    Ok(d)
}

/// What CPython does before running the program: importlib's finders are installed
/// (`vm/importlib.rs`). A failure is reported and leaves the native import system alone.
fn start_up(vm: &Vm) {
    if let Err(e) = crate::modules::sys::stdio::install_io_streams(vm) {
        let _ = vm.write_stderr("ferropy: the standard streams could not be set up:\n");
        vm.print_exception(&e.0);
    }
    let stdlib = vm.config.borrow().stdlib_dir.clone();
    if let Some(lib) = stdlib {
        if let Err(e) = crate::vm::importlib::install(vm, std::path::Path::new(&lib)) {
            let _ = vm.write_stderr("ferropy: importlib could not be installed:\n");
            vm.print_exception(&e.0);
        }
    }
}

fn run_in(vm: &Vm, program: Program) -> i32 {
    start_up(vm);
    let result = (|| -> PyResult<()> {
        match program {
            Program::File(path) => {
                let path = absolute(&path);
                let d = main_module(vm)?;
                vm.dict_set_str(&d, "__file__", vm.new_str(&path))?;
                let bytes = match std::fs::read(&path) {
                    Ok(b) => b,
                    Err(e) => {
                        let exe = vm.config.borrow().executable.clone();
                        let errno = e.raw_os_error().unwrap_or(2);
                        eprintln!(
                            "{}: can't open file '{}': [Errno {}] {}",
                            exe,
                            std::path::Path::new(&path)
                                .canonicalize()
                                .map(|p| p.display().to_string())
                                .unwrap_or_else(|_| absolute(&path)),
                            errno,
                            describe_errno(errno)
                        );
                        return Err(PyErr(
                            vm.new_exception(&vm.exc.system_exit, vec![vm.new_int(2)]),
                        ));
                    }
                };
                let src = crate::compile::source::decode_source(&bytes).map_err(|m| {
                    let err = crate::compile::CompileError {
                        kind: "SyntaxError",
                        msg: m,
                        lineno: 1,
                        col: 1,
                        end_lineno: 1,
                        end_col: 1,
                    };
                    vm.syntax_error(&err, &path, "")
                })?;
                let code = vm.compile_py(&src, &path, Mode::Exec)?;
                vm.run_code(&code, &d, None)?;
                Ok(())
            }
            Program::Command(cmd) => {
                let d = main_module(vm)?;
                let code = vm.compile_py(&cmd, "<string>", Mode::Exec)?;
                vm.run_code(&code, &d, None)?;
                Ok(())
            }
            Program::Stdin => {
                let d = main_module(vm)?;
                let mut src = String::new();
                let mut bytes = Vec::new();
                let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes);
                src.push_str(&String::from_utf8_lossy(&bytes));
                let code = vm.compile_py(&src, "<stdin>", Mode::Exec)?;
                vm.run_code(&code, &d, None)?;
                Ok(())
            }
            Program::Module(name) => {
                let d = main_module(vm)?;
                run_module(vm, &name, &d)
            }
            Program::Interactive => {
                let d = main_module(vm)?;
                repl(vm, &d);
                Ok(())
            }
        }
    })();
    match result {
        Ok(()) => 0,
        Err(e) => exit_code_for(vm, &e.0),
    }
}

fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => cwd.join(p).display().to_string(),
        Err(_) => path.to_string(),
    }
}

fn describe_errno(errno: i32) -> &'static str {
    match errno {
        2 => "No such file or directory",
        13 => "Permission denied",
        21 => "Is a directory",
        _ => "Error",
    }
}

/// `-m module`: runpy's `_run_module_as_main`, as CPython does (packages run their
/// `__main__`; `__spec__`, `__package__` and `sys.argv[0]` are set). Without the standard
/// library, the module's file is looked up on sys.path and run as `__main__`.
fn run_module(vm: &Vm, name: &str, d: &PyRef) -> PyResult<()> {
    if crate::vm::importlib::installed().is_some() {
        let runpy = vm.import_full("runpy")?;
        let run = vm.get_attr_str(&runpy, "_run_module_as_main")?;
        vm.call(&run, Args::new(&[vm.new_str(name), vm.new_bool(true)]))?;
        return Ok(());
    }
    let path = vm.sys_path()?;
    let rel = name.replace('.', "/");
    for dir in path {
        let dir = if dir.as_os_str().is_empty() {
            std::path::PathBuf::from(".")
        } else {
            dir
        };
        for cand in [
            dir.join(format!("{}.py", rel)),
            dir.join(&rel).join("__main__.py"),
        ] {
            if cand.is_file() {
                let p = cand.to_string_lossy().to_string();
                vm.dict_set_str(d, "__file__", vm.new_str(&p))?;
                if let Some(argv) = vm
                    .sys
                    .borrow()
                    .clone()
                    .and_then(|s| vm.get_attr_str(&s, "argv").ok())
                {
                    let _ = vm.set_item(&argv, vm.new_int(0), vm.new_str(&p));
                }
                return vm.exec_file_in(&cand, d);
            }
        }
    }
    let exe = vm.config.borrow().executable.clone();
    eprintln!("{}: No module named {}", exe, name);
    Err(PyErr(
        vm.new_exception(&vm.exc.system_exit, vec![vm.new_int(1)]),
    ))
}

/// The exit code for an exception that reached the top (printing it when needed).
pub fn exit_code_for(vm: &Vm, exc: &PyRef) -> i32 {
    if is_subtype(exc.class(), &vm.exc.system_exit) {
        let code = vm.get_attr_str(exc, "code").unwrap_or_else(|_| vm.none());
        if vm.is_none(&code) {
            return 0;
        }
        if let Payload::Int(i) = code.payload {
            return i as i32;
        }
        if let Payload::BigInt(_) = code.payload {
            return -1;
        }
        let _ = vm.flush_stdout();
        let text = vm.str_string(&code).unwrap_or_default();
        let _ = vm.write_stderr(&format!("{}\n", text));
        return 1;
    }
    vm.print_exception(exc);
    let _ = vm.flush_stdout();
    if is_subtype(exc.class(), &vm.exc.keyboard_interrupt) {
        UNHANDLED_KEYBOARD_INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
        return 130;
    }
    1
}

/// The interactive prompt: `>>>`/`...`, echo of expression values, tracebacks printed
/// without leaving, Ctrl-D to exit.
fn repl(vm: &Vm, globals: &PyRef) {
    let stdin = std::io::stdin();
    let tty = stdin.is_terminal();
    if tty {
        eprintln!(
            "Python 3.11.7 (ferropy {}) [Rust]",
            env!("CARGO_PKG_VERSION")
        );
        eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    }
    let mut lines = stdin.lock();
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        let _ = vm.flush_stdout();
        eprint!("{}", prompt);
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        match lines.read_line(&mut line) {
            Ok(0) | Err(_) => {
                eprintln!();
                return;
            }
            Ok(_) => {}
        }
        let is_blank = line.trim().is_empty();
        buffer.push_str(&line);
        // Decide whether the input is complete: compile; an "unexpected EOF" means more.
        let complete = if is_blank {
            true
        } else if buffer.trim_end().ends_with(':') || buffer.lines().count() > 1 && !is_blank {
            false
        } else {
            !needs_more(vm, &buffer)
        };
        if !complete {
            continue;
        }
        let src = std::mem::take(&mut buffer);
        if src.trim().is_empty() {
            continue;
        }
        match vm.compile_py(&src, "<stdin>", Mode::Single) {
            Ok(code) => {
                if let Err(e) = vm.run_code(&code, globals, None) {
                    if is_subtype(e.0.class(), &vm.exc.system_exit) {
                        let c = exit_code_for(vm, &e.0);
                        let _ = vm.flush_stdout();
                        std::process::exit(c);
                    }
                    vm.print_exception(&e.0);
                }
            }
            Err(e) => vm.print_exception(&e.0),
        }
    }
}

fn needs_more(vm: &Vm, src: &str) -> bool {
    match crate::compile::compile_source(vm, src, "<stdin>", Mode::Single, 0) {
        Ok(_) => false,
        Err(e) => {
            let m = e.msg.to_lowercase();
            m.contains("never closed")
                || m.contains("unexpected eof")
                || m.contains("expected an indented block")
        }
    }
}
