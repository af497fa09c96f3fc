//! The `sys` module.

mod settings;
pub mod stdio;
pub mod unraisable;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// Shaped as CPython's (`version (build, date) [compiler]`) so `platform` can parse it.
pub const VERSION: &str = "3.11.7 (ferropy 0.1.0, main) [Rust]";

fn exit(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "exit",
        Args::with_kw(&args.args[1..], args.kwnames),
        0,
        1,
    )?;
    let exc = vm.new_exception(&vm.exc.system_exit, a.to_vec());
    Err(PyErr(exc))
}

fn getrecursionlimit(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_usize(vm.recursion_limit.get()))
}

fn setrecursionlimit(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "setrecursionlimit",
        Args::with_kw(&args.args[1..], args.kwnames),
        1,
        1,
    )?;
    if let Payload::Float(_) = a[0].payload {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = args::to_i64(vm, &a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.recursion_depth.get();
    if (n as usize) <= depth {
        return Err(vm.new_error(
            &vm.exc.recursion_error,
            format!("cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, depth),
        ));
    }
    vm.recursion_limit.set(n as usize);
    Ok(vm.none())
}

fn exc_info(vm: &Vm, _args: Args) -> PyResult {
    match vm.topmost_handled_exc() {
        Some(e) => {
            let tb = crate::objects::exception::traceback_of(vm, &e);
            Ok(vm.new_tuple(vec![e.class().clone(), e, tb]))
        }
        None => Ok(vm.new_tuple(vec![vm.none(), vm.none(), vm.none()])),
    }
}

fn exception(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.topmost_handled_exc().unwrap_or_else(|| vm.none()))
}

fn getsizeof(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "getsizeof",
        Args::with_kw(&args.args[1..], args.kwnames),
        1,
        2,
    )?;
    match vm.call_special(&a[0], &vm.names.__sizeof__, &[]) {
        Ok(Some(r)) => Ok(r),
        Err(e) if !vm.exc_matches(&e, &vm.exc.type_error) || a.len() < 2 => Err(e),
        Ok(None) | Err(_) => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.type_error("Type does not define __sizeof__")),
        },
    }
}

fn getrefcount(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "getrefcount",
        Args::with_kw(&args.args[1..], args.kwnames),
        1,
        1,
    )?;
    Ok(vm.new_usize(a[0].refcount()))
}

fn intern(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "intern",
        Args::with_kw(&args.args[1..], args.kwnames),
        1,
        1,
    )?;
    match &a[0].payload {
        Payload::Str(s) if a[0].class().is(&vm.types.str) => match s.as_str() {
            Some(t) => Ok(vm.intern(t)),
            // Text with surrogates is not interned; the object stands for itself.
            None => Ok(a[0].clone()),
        },
        _ => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            a[0].type_name()
        ))),
    }
}

fn getframe(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "_getframe",
        Args::with_kw(&args.args[1..], args.kwnames),
        0,
        1,
    )?;
    let depth = match a.first() {
        Some(d) => args::to_i64(vm, d)?,
        None => 0,
    };
    let fs = vm.frame_stack.borrow();
    let n = fs.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let idx = (n - 1 - depth) as usize;
    Ok(crate::objects::exception::frame_object_at(
        vm, &fs, idx, true,
    ))
}

fn displayhook(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "displayhook",
        Args::with_kw(&args.args[1..], args.kwnames),
        1,
        1,
    )?;
    if vm.is_none(&a[0]) {
        return Ok(vm.none());
    }
    let _ = vm.dict_set_str(&vm.builtins_dict, "_", vm.none());
    let r = vm.repr_str(&a[0])?;
    vm.write_stdout(&format!("{}\n", r))?;
    vm.dict_set_str(&vm.builtins_dict, "_", a[0].clone())?;
    Ok(vm.none())
}

fn excepthook(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "excepthook",
        Args::with_kw(&args.args[1..], args.kwnames),
        3,
        3,
    )?;
    let text = vm.format_exception(&a[1]);
    vm.write_stderr(&text)?;
    Ok(vm.none())
}

/// `sys.breakpointhook(*args, **kws)`: calls the callable `$PYTHONBREAKPOINT` names
/// (`pdb.set_trace` by default; "0" disables it), warning when it cannot be imported.
fn breakpointhook(vm: &Vm, args: Args) -> PyResult {
    let rest = Args::with_kw(args.args.get(1..).unwrap_or(&[]), args.kwnames);
    let env = if vm.config.borrow().ignore_environment {
        None
    } else {
        std::env::var("PYTHONBREAKPOINT").ok()
    };
    let target = match env.as_deref() {
        None | Some("") => "pdb.set_trace".to_string(),
        Some("0") => return Ok(vm.none()),
        Some(s) => s.to_string(),
    };
    let (module, attr) = match target.rfind('.') {
        None => ("builtins", target.as_str()),
        Some(0) => ("", ""),
        Some(i) => (&target[..i], &target[i + 1..]),
    };
    let hook = if module.is_empty() {
        None
    } else {
        let fromlist = vm.new_list(vec![vm.new_str("__doc__")]);
        let found = vm
            .import_module_level(module, None, &fromlist, 0)
            .and_then(|m| vm.get_attr_str(&m, attr));
        match found {
            Ok(h) => Some(h),
            Err(e)
                if vm.exc_matches(&e, &vm.exc.import_error)
                    || vm.exc_matches(&e, &vm.exc.attribute_error)
                    || vm.exc_matches(&e, &vm.exc.value_error) =>
            {
                None
            }
            Err(e) => return Err(e),
        }
    };
    match hook {
        Some(h) => vm.call(&h, rest),
        None => {
            let msg = format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{target}\"");
            vm.warn(&vm.exc.runtime_warning, &msg, 1)?;
            Ok(vm.none())
        }
    }
}

fn get_int_max_str_digits(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_usize(vm.int_max_str_digits.get()))
}

fn set_int_max_str_digits(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(
        vm,
        "set_int_max_str_digits",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["maxdigits"],
        1,
        0,
    )?;
    let n = args::to_i64(vm, b[0].as_ref().unwrap())?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits.set(n as usize);
    Ok(vm.none())
}

fn getdefaultencoding(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_str("utf-8"))
}

/// The error handler of the filesystem encoding (posix file names round-trip through
/// str with it).
fn getfilesystemencodeerrors(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_str("surrogateescape"))
}

fn audit(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn addaudithook(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn settrace(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn gettrace(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn is_finalizing(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_bool(false))
}

pub fn module(vm: &Vm) -> PyResult {
    Ok(vm.sys.borrow().clone().expect("sys created at start-up"))
}

fn set(vm: &Vm, d: &PyRef, name: &str, v: PyRef) {
    let _ = vm.dict_set_str(d, name, v);
}

/// Builds `sys` and installs it (called once while the VM starts).
pub fn create(vm: &Vm) {
    let m = crate::modules::new_native_module(
        vm,
        "sys",
        &[
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("exc_info", exc_info),
            ("exception", exception),
            ("getsizeof", getsizeof),
            ("getrefcount", getrefcount),
            ("intern", intern),
            ("_getframe", getframe),
            ("displayhook", displayhook),
            ("excepthook", excepthook),
            ("unraisablehook", unraisable::default_hook),
            ("breakpointhook", breakpointhook),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getdefaultencoding),
            ("getfilesystemencodeerrors", getfilesystemencodeerrors),
            ("audit", audit),
            ("addaudithook", addaudithook),
            ("settrace", settrace),
            ("gettrace", gettrace),
            ("setprofile", settrace),
            ("getprofile", gettrace),
            ("is_finalizing", is_finalizing),
        ],
    );
    let d = vm.module_dict(&m).unwrap();
    // _getframe reads the caller's frame: the eval loop publishes its locals first.
    let getframe_fn = PyRef::new(
        vm.types.builtin_function.clone(),
        Payload::NativeFunction(Box::new(NativeFunctionData {
            name: "_getframe",
            func: getframe,
            kind: NativeKind::Function,
            bound_self: Some(m.clone()),
            owner: None,
            doc: None,
            needs_frame: true,
        })),
    );
    set(vm, &d, "_getframe", getframe_fn);
    *vm.sys.borrow_mut() = Some(m.clone());
    let cfg = vm.config.borrow().clone();
    set(
        vm,
        &d,
        "argv",
        vm.new_list(cfg.argv.iter().map(|a| vm.new_str(a)).collect()),
    );
    set(
        vm,
        &d,
        "orig_argv",
        vm.new_list(cfg.argv.iter().map(|a| vm.new_str(a)).collect()),
    );
    set(
        vm,
        &d,
        "path",
        vm.new_list(cfg.path.iter().map(|p| vm.new_str(p)).collect()),
    );
    set(vm, &d, "modules", vm.sys_modules.clone());
    set(vm, &d, "meta_path", vm.new_list(vec![]));
    set(vm, &d, "path_hooks", vm.new_list(vec![]));
    set(vm, &d, "path_importer_cache", vm.new_dict());
    set(vm, &d, "maxsize", vm.new_int(i64::MAX));
    set(vm, &d, "maxunicode", vm.new_int(0x10ffff));
    set(
        vm,
        &d,
        "byteorder",
        vm.new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set(vm, &d, "version", vm.new_str(VERSION));
    set(vm, &d, "hexversion", vm.new_int(0x030b07f0));
    set(vm, &d, "api_version", vm.new_int(1013));
    set(vm, &d, "platform", vm.new_str(std::env::consts::OS));
    set(vm, &d, "executable", vm.new_str(&cfg.executable));
    set(vm, &d, "_base_executable", vm.new_str(&cfg.executable));
    let _ = settings::install(vm, &m, &d);
    set(
        vm,
        &d,
        "copyright",
        vm.new_str("Copyright (c) ferropy contributors."),
    );
    set(vm, &d, "float_repr_style", vm.new_str("short"));
    set(
        vm,
        &d,
        "dont_write_bytecode",
        vm.new_bool(cfg.dont_write_bytecode),
    );
    set(vm, &d, "warnoptions", vm.new_list(vec![]));
    set(vm, &d, "_xoptions", vm.new_dict());
    set(vm, &d, "abiflags", vm.new_str(""));
    set(vm, &d, "platlibdir", vm.new_str("lib"));
    set(vm, &d, "pycache_prefix", vm.none());
    let names: Vec<PyRef> = crate::modules::native_names()
        .into_iter()
        .map(|n| vm.new_str(n))
        .collect();
    set(vm, &d, "builtin_module_names", vm.new_tuple(names));
    let stream_type = stdio::make_type(vm);
    let stdin = stdio::new_stream(vm, &stream_type, 0);
    let stdout = stdio::new_stream(vm, &stream_type, 1);
    let stderr = stdio::new_stream(vm, &stream_type, 2);
    for (n, s) in [("stdin", &stdin), ("stdout", &stdout), ("stderr", &stderr)] {
        set(vm, &d, n, s.clone());
        set(vm, &d, &format!("__{}__", n), s.clone());
    }
    let _ = vm.dict_set_str(&vm.sys_modules, "sys", m.clone());
    let _ = vm.dict_set_str(&vm.sys_modules, "builtins", vm.builtins.clone());
    if let Some(dh) = vm.dict_get_str(&d, "displayhook").ok().flatten() {
        set(vm, &d, "__displayhook__", dh);
    }
    if let Some(eh) = vm.dict_get_str(&d, "excepthook").ok().flatten() {
        set(vm, &d, "__excepthook__", eh);
    }
    if let Some(uh) = vm.dict_get_str(&d, "unraisablehook").ok().flatten() {
        set(vm, &d, "__unraisablehook__", uh);
    }
    if let Some(bh) = vm.dict_get_str(&d, "breakpointhook").ok().flatten() {
        set(vm, &d, "__breakpointhook__", bh);
    }
    // Struct sequences and namespaces are built from Python source; failures here would
    // be bugs in the runtime, so they are reported rather than ignored.
    if let Err(e) = fill_structs(vm, &d, &cfg) {
        let text = vm.format_exception(&e.0);
        eprintln!("ferropy: sys initialization failed:\n{}", text);
    }
}

fn fill_structs(vm: &Vm, d: &PyRef, cfg: &crate::vm::Config) -> PyResult<()> {
    set(vm, d, "UnraisableHookArgs", unraisable::make_args_type(vm)?);
    let vi = crate::modules::structseq_type(
        vm,
        "sys.version_info",
        "sys",
        &["major", "minor", "micro", "releaselevel", "serial"],
        &[],
    )?;
    let v = vm.call1(
        &vi,
        vm.new_tuple(vec![
            vm.new_int(3),
            vm.new_int(11),
            vm.new_int(7),
            vm.new_str("final"),
            vm.new_int(0),
        ]),
    )?;
    set(vm, d, "version_info", v.clone());
    let fi = crate::modules::structseq_type(
        vm,
        "sys.float_info",
        "sys",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        &[],
    )?;
    let fv = vm.call1(
        &fi,
        vm.new_tuple(vec![
            vm.new_float(f64::MAX),
            vm.new_int(1024),
            vm.new_int(308),
            vm.new_float(f64::MIN_POSITIVE),
            vm.new_int(-1021),
            vm.new_int(-307),
            vm.new_int(15),
            vm.new_int(53),
            vm.new_float(f64::EPSILON),
            vm.new_int(2),
            vm.new_int(1),
        ]),
    )?;
    set(vm, d, "float_info", fv);
    let ii = crate::modules::structseq_type(
        vm,
        "sys.int_info",
        "sys",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        &[],
    )?;
    let iv = vm.call1(
        &ii,
        vm.new_tuple(vec![
            vm.new_int(30),
            vm.new_int(4),
            vm.new_int(4300),
            vm.new_int(640),
        ]),
    )?;
    set(vm, d, "int_info", iv);
    let hi = crate::modules::structseq_type(
        vm,
        "sys.hash_info",
        "sys",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        &[],
    )?;
    let hv = vm.call1(
        &hi,
        vm.new_tuple(vec![
            vm.new_int(64),
            vm.new_int((1i64 << 61) - 1),
            vm.new_int(314159),
            vm.new_int(0),
            vm.new_int(1000003),
            vm.new_str("fnv"),
            vm.new_int(64),
            vm.new_int(0),
            vm.new_int(0),
        ]),
    )?;
    set(vm, d, "hash_info", hv);
    let fl = crate::modules::structseq_type(
        vm,
        "sys.flags",
        "sys",
        &[
            "debug",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "verbose",
            "bytes_warning",
            "quiet",
            "hash_randomization",
            "isolated",
            "dev_mode",
            "utf8_mode",
            "warn_default_encoding",
            "safe_path",
            "int_max_str_digits",
        ],
        &[],
    )?;
    let b = |x: bool| vm.new_int(x as i64);
    let fv = vm.call1(
        &fl,
        vm.new_tuple(vec![
            vm.new_int(0),
            b(cfg.interactive),
            b(cfg.interactive),
            vm.new_int(cfg.optimize as i64),
            b(cfg.dont_write_bytecode),
            b(cfg.isolated),
            b(cfg.no_site),
            b(cfg.ignore_environment),
            vm.new_int(0),
            vm.new_int(0),
            vm.new_int(0),
            vm.new_int(1),
            b(cfg.isolated),
            vm.new_bool(false),
            vm.new_int(0),
            vm.new_int(0),
            vm.new_bool(cfg.isolated),
            vm.new_int(-1),
        ]),
    )?;
    set(vm, d, "flags", fv);
    // sys.implementation: a simple namespace.
    let ns_code = vm.compile_py(
        "class SimpleNamespace:\n    def __init__(self, **kw):\n        self.__dict__.update(kw)\n    def __repr__(self):\n        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())\n        return f'namespace({items})'\n    def __eq__(self, other):\n        return isinstance(other, SimpleNamespace) and self.__dict__ == other.__dict__\nSimpleNamespace.__module__ = 'types'\n",
        "<sys>",
        crate::compile::Mode::Exec,
    )?;
    let g = vm.new_dict();
    vm.dict_set_str(&g, "__name__", vm.new_str("types"))?;
    vm.run_code(&ns_code, &g, None)?;
    let sn = vm.dict_get_str(&g, "SimpleNamespace")?.unwrap();
    let imp = vm.call(
        &sn,
        Args::with_kw(
            &[
                vm.new_str("ferropy"),
                vm.new_str("ferropy-311"),
                v,
                vm.new_int(0x030b07f0),
                // `sysconfig` names its build-data module after it.
                vm.new_string(format!("{}-linux-gnu", std::env::consts::ARCH)),
            ],
            &[
                vm.intern("name"),
                vm.intern("cache_tag"),
                vm.intern("version"),
                vm.intern("hexversion"),
                vm.intern("_multiarch"),
            ],
        ),
    )?;
    set(vm, d, "implementation", imp);
    Ok(())
}
