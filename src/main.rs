//! The `ferropy` command line: parses CPython-compatible options and runs a program.

use ferropy_interp::runner::{self, Program};

mod allocator;
mod stdlib;

/// Python allocates many small objects; mimalloc serves them much faster than glibc.
#[global_allocator]
static GLOBAL: allocator::Mimalloc = allocator::Mimalloc;
use ferropy_interp::Config;

const USAGE: &str = "usage: ferropy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let executable = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| args.first().cloned().unwrap_or_else(|| "ferropy".into()));
    let mut config = Config {
        executable,
        ..Default::default()
    };
    let mut program: Option<Program> = None;
    let mut rest: Vec<String> = Vec::new();
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if !a.starts_with('-') || a == "-" {
            if a == "-" {
                program = Some(Program::Stdin);
                rest.push("-".into());
            } else {
                program = Some(Program::File(a.clone()));
                rest.push(a.clone());
            }
            rest.extend(args[i + 1..].iter().cloned());
            break;
        }
        match a.as_str() {
            "--version" | "-V" => {
                println!("Python 3.11.7");
                return;
            }
            "--help" | "-h" | "-?" => {
                println!("{}", USAGE);
                return;
            }
            "-c" => {
                let cmd = match args.get(i + 1) {
                    Some(c) => c.clone(),
                    None => usage_error("Argument expected for the -c option"),
                };
                program = Some(Program::Command(cmd));
                rest.push("-c".into());
                rest.extend(args[i + 2..].iter().cloned());
                break;
            }
            "-m" => {
                let m = match args.get(i + 1) {
                    Some(c) => c.clone(),
                    None => usage_error("Argument expected for the -m option"),
                };
                program = Some(Program::Module(m.clone()));
                rest.push("-m".to_string());
                rest.extend(args[i + 2..].iter().cloned());
                break;
            }
            "-u" => config.unbuffered = true,
            "-B" => config.dont_write_bytecode = true,
            "-E" => config.ignore_environment = true,
            "-S" => config.no_site = true,
            "-s" | "-q" | "-b" | "-bb" | "-d" | "-v" | "-R" => {}
            "-I" => {
                config.isolated = true;
                config.ignore_environment = true;
            }
            "-i" => config.interactive = true,
            "-O" => config.optimize = config.optimize.max(1),
            "-OO" => config.optimize = 2,
            "-X" | "-W" => {
                if let Some(v) = args.get(i + 1) {
                    if a == "-X" {
                        config.xoptions.push(v.clone());
                    }
                    i += 1;
                } else {
                    usage_error(&format!("Argument expected for the {} option", a));
                }
            }
            other => {
                if let Some(v) = other.strip_prefix("-X") {
                    config.xoptions.push(v.to_string());
                } else if other.starts_with("-W") {
                } else if let Some(cmd) = other.strip_prefix("-c") {
                    program = Some(Program::Command(cmd.to_string()));
                    rest.push("-c".into());
                    rest.extend(args[i + 1..].iter().cloned());
                    break;
                } else if other.len() > 2 && other.starts_with('-') && !other.starts_with("--") {
                    // Combined single-letter flags such as -uB.
                    for c in other[1..].chars() {
                        match c {
                            'u' => config.unbuffered = true,
                            'B' => config.dont_write_bytecode = true,
                            'E' => config.ignore_environment = true,
                            'S' => config.no_site = true,
                            'I' => {
                                config.isolated = true;
                                config.ignore_environment = true;
                            }
                            'O' => config.optimize += 1,
                            's' | 'q' | 'b' | 'd' | 'v' | 'R' | 'i' => {}
                            _ => usage_error(&format!("Unknown option: -{}", c)),
                        }
                    }
                } else {
                    usage_error(&format!("Unknown option: {}", other));
                }
            }
        }
        i += 1;
    }
    let env_flag = |name: &str| {
        !config.ignore_environment && std::env::var_os(name).is_some_and(|v| !v.is_empty())
    };
    if env_flag("PYTHONUNBUFFERED") {
        config.unbuffered = true;
    }
    if env_flag("PYTHONDONTWRITEBYTECODE") {
        config.dont_write_bytecode = true;
    }
    let program = match program {
        Some(p) => p,
        None => {
            use std::io::IsTerminal;
            rest.push(String::new());
            if std::io::stdin().is_terminal() {
                Program::Interactive
            } else {
                Program::Stdin
            }
        }
    };
    config.argv = rest;
    config.path = build_path(&config, &program);
    add_stdlib(&mut config);
    let code = runner::run(config, program);
    std::process::exit(code);
}

fn usage_error(msg: &str) -> ! {
    eprintln!("{}", msg);
    eprintln!("{}", USAGE);
    eprintln!("Try `ferropy -h' for more information.");
    std::process::exit(2);
}

/// sys.path: the script's directory (or '' for -c/-m/stdin), PYTHONPATH, then lib_pypy
/// (CPython's standard library follows, see `add_stdlib`).
fn build_path(config: &Config, program: &Program) -> Vec<String> {
    let mut path = Vec::new();
    if !config.isolated {
        match program {
            Program::File(f) => {
                let p = std::path::Path::new(f);
                let dir = std::fs::canonicalize(p)
                    .ok()
                    .and_then(|c| c.parent().map(|d| d.display().to_string()))
                    .unwrap_or_else(|| {
                        p.parent()
                            .map(|d| d.display().to_string())
                            .unwrap_or_default()
                    });
                path.push(dir);
            }
            Program::Module(_) => path.push(
                std::env::current_dir()
                    .map(|d| d.display().to_string())
                    .unwrap_or_default(),
            ),
            _ => path.push(String::new()),
        }
    }
    if !config.ignore_environment {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            for p in pp.split(':').filter(|p| !p.is_empty()) {
                path.push(p.to_string());
            }
        }
    }
    let home = std::env::var("FERROPY_HOME")
        .ok()
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::current_exe().ok().and_then(|e| {
                e.ancestors()
                    .find(|a| a.join("lib_pypy").is_dir())
                    .map(|a| a.to_path_buf())
            })
        });
    if let Some(h) = home {
        let lp = h.join("lib_pypy");
        if lp.is_dir() {
            path.push(lp.display().to_string());
        }
    }
    path
}

/// CPython's standard library on `sys.path` (after `build_path`'s entries), or the hint
/// that "No module named" errors carry when it is missing.
fn add_stdlib(config: &mut Config) {
    match stdlib::locate(config.ignore_environment) {
        Some(lib) => {
            config.path.push(lib.display().to_string());
            config.stdlib_dir = Some(lib.display().to_string());
        }
        None => config.stdlib_missing_hint = Some(stdlib::MISSING_HINT.to_string()),
    }
}
