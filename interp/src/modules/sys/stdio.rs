//! `sys.stdin`/`sys.stdout`/`sys.stderr`. While the interpreter starts, they are
//! bootstrap text streams over file descriptors 0, 1, 2 with CPython's buffering
//! (line-buffered on a terminal, block-buffered otherwise, unbuffered with `-u`; stderr
//! line-buffered); `install_io_streams` then replaces them with `_io` objects built as
//! CPython's `create_stdio` builds them (`TextIOWrapper` over a buffered `FileIO`).

use std::cell::RefCell;
use std::io::{Read, Write};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

pub struct StdStream {
    pub fd: i32,
    buffer: RefCell<Vec<u8>>,
    line_buffered: bool,
    unbuffered: bool,
    /// Bytes read from stdin but not consumed yet.
    pending: RefCell<Vec<u8>>,
    eof: std::cell::Cell<bool>,
}

fn is_tty(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}

impl StdStream {
    fn write_str(&self, s: &str) -> std::io::Result<()> {
        let mut b = self.buffer.borrow_mut();
        b.extend_from_slice(s.as_bytes());
        if self.unbuffered || b.len() > 8192 || (self.line_buffered && s.contains('\n')) {
            let data = std::mem::take(&mut *b);
            drop(b);
            self.raw_write(&data)?;
        }
        Ok(())
    }

    fn raw_write(&self, data: &[u8]) -> std::io::Result<()> {
        match self.fd {
            1 => {
                let mut o = std::io::stdout().lock();
                o.write_all(data)?;
                o.flush()
            }
            _ => {
                let mut o = std::io::stderr().lock();
                o.write_all(data)?;
                o.flush()
            }
        }
    }

    pub fn flush(&self) -> std::io::Result<()> {
        let data = std::mem::take(&mut *self.buffer.borrow_mut());
        if !data.is_empty() {
            self.raw_write(&data)?;
        }
        Ok(())
    }

    fn fill(&self) -> bool {
        if self.eof.get() {
            return false;
        }
        let mut buf = [0u8; 4096];
        match std::io::stdin().lock().read(&mut buf) {
            Ok(0) | Err(_) => {
                self.eof.set(true);
                false
            }
            Ok(n) => {
                self.pending.borrow_mut().extend_from_slice(&buf[..n]);
                true
            }
        }
    }

    pub fn readline(&self) -> Vec<u8> {
        loop {
            {
                let mut p = self.pending.borrow_mut();
                if let Some(i) = p.iter().position(|&b| b == b'\n') {
                    let line: Vec<u8> = p.drain(..=i).collect();
                    return line;
                }
            }
            if !self.fill() {
                return std::mem::take(&mut *self.pending.borrow_mut());
            }
        }
    }

    fn read_all(&self) -> Vec<u8> {
        while self.fill() {}
        std::mem::take(&mut *self.pending.borrow_mut())
    }
}

pub fn new_stream(vm: &Vm, ty: &PyRef, fd: i32) -> PyRef {
    let unbuffered = vm.config.borrow().unbuffered;
    PyRef::new(
        ty.clone(),
        Payload::Native(Box::new(StdStream {
            fd,
            buffer: RefCell::new(Vec::new()),
            line_buffered: fd == 2 || is_tty(fd),
            unbuffered: unbuffered && fd != 0,
            pending: RefCell::new(Vec::new()),
            eof: std::cell::Cell::new(false),
        })),
    )
}

fn stream<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a StdStream> {
    match &o.payload {
        Payload::Native(n) => n
            .downcast_ref::<StdStream>()
            .ok_or_else(|| vm.type_error("stream expected")),
        _ => Err(vm.type_error("stream expected")),
    }
}

fn io_error(vm: &Vm, e: std::io::Error) -> PyErr {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return vm.new_error(&vm.exc.broken_pipe_error, "[Errno 32] Broken pipe");
    }
    vm.new_error(&vm.exc.os_error, e.to_string())
}

fn s_write(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "write", args, 2, 2)?;
    let st = stream(vm, &a[0])?;
    let s = match &a[1].payload {
        Payload::Str(s) => s,
        _ => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                a[1].type_name()
            )))
        }
    };
    if st.fd == 0 {
        return Err(vm.new_error(&vm.exc.os_error, "not writable"));
    }
    // CPython: stdout is strict, stderr uses errors='backslashreplace'.
    let text = if st.fd == 2 {
        crate::objects::str::backslash_text(s)
    } else {
        std::borrow::Cow::Borrowed(crate::objects::str::as_utf8(vm, s)?)
    };
    st.write_str(&text).map_err(|e| io_error(vm, e))?;
    Ok(vm.new_usize(s.char_len))
}

fn s_flush(vm: &Vm, args: Args) -> PyResult {
    let st = stream(vm, args::this(vm, &args)?)?;
    st.flush().map_err(|e| io_error(vm, e))?;
    Ok(vm.none())
}

fn s_readline(vm: &Vm, args: Args) -> PyResult {
    let st = stream(vm, args::this(vm, &args)?)?;
    let line = st.readline();
    Ok(vm.new_string(String::from_utf8_lossy(&line).into_owned()))
}

fn s_read(vm: &Vm, args: Args) -> PyResult {
    let st = stream(vm, args::this(vm, &args)?)?;
    let data = st.read_all();
    Ok(vm.new_string(String::from_utf8_lossy(&data).into_owned()))
}

fn s_readlines(vm: &Vm, args: Args) -> PyResult {
    let st = stream(vm, args::this(vm, &args)?)?;
    let mut lines = Vec::new();
    loop {
        let l = st.readline();
        if l.is_empty() {
            break;
        }
        lines.push(vm.new_string(String::from_utf8_lossy(&l).into_owned()));
    }
    Ok(vm.new_list(lines))
}

fn s_iter(vm: &Vm, args: Args) -> PyResult {
    Ok(args::this(vm, &args)?.clone())
}

fn s_next(vm: &Vm, args: Args) -> PyResult {
    let st = stream(vm, args::this(vm, &args)?)?;
    let l = st.readline();
    if l.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(vm.new_string(String::from_utf8_lossy(&l).into_owned()))
}

fn s_fileno(vm: &Vm, args: Args) -> PyResult {
    let st = stream(vm, args::this(vm, &args)?)?;
    Ok(vm.new_int(st.fd as i64))
}

fn s_isatty(vm: &Vm, args: Args) -> PyResult {
    let st = stream(vm, args::this(vm, &args)?)?;
    Ok(vm.new_bool(is_tty(st.fd)))
}

fn s_true(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_bool(true))
}

fn s_writable(vm: &Vm, args: Args) -> PyResult {
    let st = stream(vm, args::this(vm, &args)?)?;
    Ok(vm.new_bool(st.fd != 0))
}

fn s_readable(vm: &Vm, args: Args) -> PyResult {
    let st = stream(vm, args::this(vm, &args)?)?;
    Ok(vm.new_bool(st.fd == 0))
}

fn s_repr(vm: &Vm, args: Args) -> PyResult {
    let st = stream(vm, args::this(vm, &args)?)?;
    let name = ["<stdin>", "<stdout>", "<stderr>"][st.fd.clamp(0, 2) as usize];
    let mode = if st.fd == 0 { "r" } else { "w" };
    Ok(vm.new_string(format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
        name, mode
    )))
}

fn get_encoding(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_str("utf-8"))
}
fn get_errors(vm: &Vm, o: &PyRef) -> PyResult {
    let st = stream(vm, o)?;
    Ok(vm.new_str(if st.fd == 2 {
        "backslashreplace"
    } else {
        "strict"
    }))
}
fn get_name(vm: &Vm, o: &PyRef) -> PyResult {
    let st = stream(vm, o)?;
    Ok(vm.new_str(["<stdin>", "<stdout>", "<stderr>"][st.fd.clamp(0, 2) as usize]))
}
fn get_closed(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_bool(false))
}

pub fn make_type(vm: &Vm) -> PyRef {
    let d = vm.new_dict();
    let td = crate::object::typeobj::builtin_type_data(
        "TextIOWrapper",
        Some(&vm.types.object),
        Layout::Special,
        d,
        false,
    );
    let t = PyRef::new(vm.types.type_.clone(), Payload::Type(Box::new(td)));
    *t.type_data().mro.borrow_mut() = vec![t.clone(), vm.types.object.clone()];
    *t.type_data().module.borrow_mut() = Some(vm.intern("_io"));
    crate::objects::add_methods(
        vm,
        &t,
        &[
            ("write", s_write),
            ("flush", s_flush),
            ("readline", s_readline),
            ("read", s_read),
            ("readlines", s_readlines),
            ("__iter__", s_iter),
            ("__next__", s_next),
            ("fileno", s_fileno),
            ("isatty", s_isatty),
            ("writable", s_writable),
            ("readable", s_readable),
            ("seekable", s_true),
            ("__repr__", s_repr),
        ],
    );
    use crate::objects::descr::add_getset;
    add_getset(vm, &t, "encoding", get_encoding, None);
    add_getset(vm, &t, "errors", get_errors, None);
    add_getset(vm, &t, "name", get_name, None);
    add_getset(vm, &t, "closed", get_closed, None);
    t
}

/// One standard stream as CPython's `create_stdio` makes it: `FileIO(fd, closefd=False)`
/// named `<stdout>`, buffered unless `-u` (stdin is always buffered), in a
/// `TextIOWrapper` with newline `"\n"`, line buffering on a terminal (always for
/// stderr), write-through under `-u`, and errors `backslashreplace` on stderr.
/// The encoding and error handler of the standard streams: `PYTHONIOENCODING`
/// (`encoding[:errors]`, unless `-E`) over UTF-8; `surrogateescape` for stdin and stdout
/// under the C/POSIX locale and its UTF-8 coercion targets (CPython's
/// `config_get_stdio_errors`), `strict` otherwise; stderr is always `backslashreplace`.
fn stdio_codec(vm: &Vm) -> (String, String) {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let locale = env("LC_ALL")
        .or_else(|| env("LC_CTYPE"))
        .or_else(|| env("LANG"))
        .unwrap_or_else(|| "C".into());
    let mut errors = match locale.as_str() {
        "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8" => "surrogateescape",
        _ => "strict",
    }
    .to_string();
    let mut encoding = "utf-8".to_string();
    if !vm.config.borrow().ignore_environment {
        if let Some(v) = env("PYTHONIOENCODING") {
            let (enc, err) = match v.split_once(':') {
                Some((e, r)) => (e.to_string(), Some(r.to_string())),
                None => (v.clone(), None),
            };
            if !enc.is_empty() {
                encoding = enc;
                errors = "strict".into();
            }
            if let Some(err) = err.filter(|e| !e.is_empty()) {
                errors = err;
            }
        }
    }
    (encoding, errors)
}

fn open_std_stream(vm: &Vm, io: &PyRef, fd: i32, unbuffered: bool) -> PyResult {
    let write = fd != 0;
    let buffering = if unbuffered && write { 0 } else { -1 };
    let open = vm.get_attr_str(io, "open")?;
    let open_args = [
        vm.new_int(fd as i64),
        vm.new_str(if write { "wb" } else { "rb" }),
        vm.new_int(buffering),
        vm.new_bool(false),
    ];
    let closefd = [vm.intern("closefd")];
    let buffer = vm.call(&open, Args::with_kw(&open_args, &closefd))?;
    let name = vm.new_str(["<stdin>", "<stdout>", "<stderr>"][fd as usize]);
    let raw = if buffering == 0 {
        buffer.clone()
    } else {
        vm.get_attr_str(&buffer, "raw")?
    };
    vm.set_attr_str(&raw, "name", name)?;
    let wrapper = vm.get_attr_str(io, "TextIOWrapper")?;
    let (encoding, errors) = stdio_codec(vm);
    let text_args = [
        buffer,
        vm.new_str(&encoding),
        vm.new_str(if fd == 2 { "backslashreplace" } else { &errors }),
        vm.new_str("\n"),
        vm.new_bool(!unbuffered && (fd == 2 || is_tty(fd))),
        vm.new_bool(unbuffered && write),
    ];
    let text_kw = [
        vm.intern("encoding"),
        vm.intern("errors"),
        vm.intern("newline"),
        vm.intern("line_buffering"),
        vm.intern("write_through"),
    ];
    let text = vm.call(&wrapper, Args::with_kw(&text_args, &text_kw))?;
    vm.set_attr_str(&text, "mode", vm.new_str(if write { "w" } else { "r" }))?;
    Ok(text)
}

/// Replaces the bootstrap streams with `_io` ones (`sys.stdin` ... and `sys.__stdin__`
/// ...), flushing what the bootstrap streams still hold first.
pub fn install_io_streams(vm: &Vm) -> PyResult<()> {
    let sys = vm
        .sys
        .borrow()
        .clone()
        .ok_or_else(|| vm.runtime_error("lost sys"))?;
    let io = vm.import_full("_io")?;
    let unbuffered = vm.config.borrow().unbuffered;
    let mut streams = Vec::new();
    for fd in 0..3 {
        streams.push(open_std_stream(vm, &io, fd, unbuffered)?);
    }
    vm.flush_stdout()?;
    for (name, stream) in ["stdin", "stdout", "stderr"].into_iter().zip(streams) {
        vm.set_attr_str(&sys, name, stream.clone())?;
        vm.set_attr_str(&sys, &format!("__{}__", name), stream)?;
    }
    Ok(())
}

impl Vm {
    pub fn sys_stdout(&self) -> PyResult {
        self.sys_stream("stdout")
    }
    pub fn sys_stderr(&self) -> PyResult {
        self.sys_stream("stderr")
    }
    pub fn sys_stdin(&self) -> PyResult {
        self.sys_stream("stdin")
    }

    fn sys_stream(&self, name: &str) -> PyResult {
        let sys = self
            .sys
            .borrow()
            .clone()
            .ok_or_else(|| self.runtime_error(format!("lost sys.{}", name)))?;
        match self.get_attr_opt(&sys, &self.intern(name))? {
            Some(s) if !self.is_none(&s) => Ok(s),
            _ => Err(self.runtime_error(format!("lost sys.{}", name))),
        }
    }

    /// `file.write(s)`, with a direct path for the standard streams.
    pub fn write_to(&self, file: &PyRef, s: &str) -> PyResult<()> {
        if let Payload::Native(n) = &file.payload {
            if let Some(st) = n.downcast_ref::<StdStream>() {
                if st.fd != 0 {
                    return st.write_str(s).map_err(|e| io_error(self, e));
                }
            }
        }
        if let Some(r) = crate::modules::io::text_write_fast(self, file, self.new_str(s)) {
            return r;
        }
        self.call_method(file, "write", &[self.new_str(s)])?;
        Ok(())
    }

    pub fn write_stdout(&self, s: &str) -> PyResult<()> {
        let f = self.sys_stdout()?;
        self.write_to(&f, s)
    }

    pub fn write_stderr(&self, s: &str) -> PyResult<()> {
        match self.sys_stderr() {
            Ok(f) => self.write_to(&f, s),
            Err(_) => {
                let _ = std::io::stderr().write_all(s.as_bytes());
                Ok(())
            }
        }
    }

    /// Flushes sys.stdout and sys.stderr (at exit and before errors are printed).
    pub fn flush_stdout(&self) -> PyResult<()> {
        for name in ["stdout", "stderr"] {
            if let Ok(f) = self.sys_stream(name) {
                if let Payload::Native(n) = &f.payload {
                    if let Some(st) = n.downcast_ref::<StdStream>() {
                        st.flush().map_err(|e| io_error(self, e))?;
                        continue;
                    }
                }
                self.call_method(&f, "flush", &[])?;
            }
        }
        Ok(())
    }
}
