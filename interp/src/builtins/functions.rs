//! Builtin functions on single objects: printing, conversion, introspection, numbers.

use crate::object::payload::*;
use crate::object::typeobj::{is_subtype, type_lookup};
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// RecursionError message suffixes of `isinstance` / `issubclass`.
const INSTANCECHECK: &str = " in __instancecheck__";
const SUBCLASSCHECK: &str = " in __subclasscheck__";

/// Builtin functions registered with `bound_self = builtins`: drop that first argument.
pub fn strip_self<'a>(args: Args<'a>) -> Args<'a> {
    Args::with_kw(&args.args[1..], args.kwnames)
}

pub fn print(vm: &Vm, args: Args) -> PyResult {
    let args = strip_self(args);
    let mut sep: Option<PyRef> = None;
    let mut end: Option<PyRef> = None;
    let mut file: Option<PyRef> = None;
    let mut flush = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
        match vm.str_of(k) {
            Some("sep") => sep = Some(v.clone()),
            Some("end") => end = Some(v.clone()),
            Some("file") => file = Some(v.clone()),
            Some("flush") => flush = vm.is_true(v)?,
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for print()",
                    other
                )))
            }
            None => {}
        }
    }
    let text_arg = |o: Option<PyRef>, default: &str, what: &str| -> PyResult<String> {
        match o {
            None => Ok(default.to_string()),
            Some(x) if vm.is_none(&x) => Ok(default.to_string()),
            Some(x) => match crate::objects::str::obj_utf8(vm, &x) {
                Some(s) => Ok(s?.to_string()),
                None => Err(vm.type_error(format!(
                    "{} must be None or a string, not {}",
                    what,
                    x.type_name()
                ))),
            },
        }
    };
    let sep = text_arg(sep, " ", "sep")?;
    let end = text_arg(end, "\n", "end")?;
    let file = match file.filter(|f| !vm.is_none(f)) {
        Some(f) => f,
        None => vm.sys_stdout()?,
    };
    let std_fd = match &file.payload {
        Payload::Native(n) => n
            .downcast_ref::<crate::modules::sys::stdio::StdStream>()
            .map(|st| st.fd),
        _ => None,
    };
    if std_fd.is_none() && crate::modules::io::is_exact_text_wrapper(vm, &file) {
        return print_to_text_wrapper(vm, &file, args.pos(), &sep, &end, flush);
    }
    if let Some(fd) = std_fd {
        // One write for the whole line on the standard streams.
        let mut out = String::new();
        for (i, a) in args.pos().iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match &a.payload {
                // CPython: stdout is strict, stderr uses errors='backslashreplace'.
                Payload::Str(s) if a.class().is(&vm.types.str) && fd == 2 => {
                    out.push_str(&crate::objects::str::backslash_text(s))
                }
                Payload::Str(s) if a.class().is(&vm.types.str) => {
                    match crate::objects::str::as_utf8(vm, s) {
                        Ok(t) => out.push_str(t),
                        Err(e) => {
                            // What was written before the failing piece stays written.
                            vm.write_to(&file, &out)?;
                            return Err(e);
                        }
                    }
                }
                _ => out.push_str(&vm.str_string(a)?),
            }
        }
        out.push_str(&end);
        vm.write_to(&file, &out)?;
    } else {
        // CPython writes each piece separately to other file objects.
        for (i, a) in args.pos().iter().enumerate() {
            if i > 0 {
                vm.write_to(&file, &sep)?;
            }
            // The str object itself is written (it may hold surrogates).
            let s = vm.str(a)?;
            vm.call_method(&file, "write", &[s])?;
        }
        vm.write_to(&file, &end)?;
    }
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(vm.none())
}

/// print() to an exact `_io.TextIOWrapper`: one write for the whole line. Output matches
/// CPython's piece-by-piece writes: when a `__str__` fails, what precedes it is written
/// first, and a line holding lone surrogates is written piece by piece so that the
/// pieces before an encoding error reach the file.
fn print_to_text_wrapper(
    vm: &Vm,
    file: &PyRef,
    pieces: &[PyRef],
    sep: &str,
    end: &str,
    flush: bool,
) -> PyResult {
    let mut strs = Vec::with_capacity(pieces.len());
    let mut all_utf8 = true;
    for a in pieces {
        match vm.str(a) {
            Ok(s) => {
                all_utf8 = all_utf8 && matches!(crate::objects::str::obj_utf8(vm, &s), Some(Ok(_)));
                strs.push(s);
            }
            Err(e) => {
                // CPython has written the pieces before the failing one.
                if all_utf8 && !strs.is_empty() {
                    let text = join_utf8(vm, &strs, sep);
                    vm.write_to(file, &text)?;
                } else {
                    write_pieces(vm, file, strs, sep)?;
                }
                return Err(e);
            }
        }
    }
    if all_utf8 {
        let mut text = join_utf8(vm, &strs, sep);
        text.push_str(end);
        vm.write_to(file, &text)?;
    } else {
        write_pieces(vm, file, strs, sep)?;
        vm.write_to(file, end)?;
    }
    if flush {
        vm.call_method(file, "flush", &[])?;
    }
    Ok(vm.none())
}

/// The UTF-8 text of str objects known to be valid UTF-8, joined by `sep`.
fn join_utf8(vm: &Vm, strs: &[PyRef], sep: &str) -> String {
    let mut out = String::new();
    for (i, s) in strs.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Some(Ok(t)) = crate::objects::str::obj_utf8(vm, s) {
            out.push_str(t);
        }
    }
    out
}

/// Writes each str object with its own `write` call, `sep` between them.
fn write_pieces(vm: &Vm, file: &PyRef, strs: Vec<PyRef>, sep: &str) -> PyResult<()> {
    for (i, s) in strs.into_iter().enumerate() {
        if i > 0 {
            vm.write_to(file, sep)?;
        }
        vm.call_method(file, "write", &[s])?;
    }
    Ok(())
}

pub fn input(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "input", strip_self(args), 0, 1)?;
    let stdout = vm.sys_stdout()?;
    if let Some(p) = a.first() {
        let s = vm.str_string(p)?;
        vm.write_to(&stdout, &s)?;
    }
    vm.call_method(&stdout, "flush", &[])?;
    let stdin = vm.sys_stdin()?;
    let line = vm.call_method(&stdin, "readline", &[])?;
    let s = vm.str_string(&line)?;
    if s.is_empty() {
        return Err(vm.new_error(&vm.exc.eof_error, "EOF when reading a line"));
    }
    Ok(vm.new_str(s.strip_suffix('\n').unwrap_or(&s)))
}

pub fn len(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "len", strip_self(args), 1, 1)?;
    Ok(vm.new_usize(vm.len(&a[0])?))
}

pub fn repr(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "repr", strip_self(args), 1, 1)?;
    vm.repr(&a[0])
}

pub fn ascii(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "ascii", strip_self(args), 1, 1)?;
    // An all-ASCII repr is returned as is, str subclass included (PyObject_ASCII).
    let r = vm.repr(&a[0])?;
    if let Payload::Str(s) = &r.payload {
        if s.bytes().is_ascii() {
            return Ok(r);
        }
        return Ok(vm.new_string(crate::objects::str::ascii_escape_view(s.view())));
    }
    Ok(vm.new_string(vm.ascii(&a[0])?))
}

pub fn format(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "format", strip_self(args), 1, 2)?;
    let spec = match a.get(1) {
        Some(s) => {
            if !matches!(s.payload, Payload::Str(_)) {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    s.type_name()
                )));
            }
            s.clone()
        }
        None => vm.new_str(""),
    };
    vm.format(&a[0], &spec)
}

pub fn hash(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "hash", strip_self(args), 1, 1)?;
    Ok(vm.new_int(vm.hash(&a[0])?))
}

pub fn id(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "id", strip_self(args), 1, 1)?;
    Ok(vm.new_usize(a[0].id()))
}

impl Vm {
    /// isinstance without `__instancecheck__` hooks (but honouring `__class__`).
    pub fn object_isinstance_plain(&self, obj: &PyRef, cls: &PyRef) -> PyResult<bool> {
        if is_subtype(obj.class(), cls) {
            return Ok(true);
        }
        if let Some(c) = self.get_attr_opt(obj, &self.names.__class__)? {
            if c.is_type() && !c.is(obj.class()) {
                return Ok(is_subtype(&c, cls));
            }
        }
        Ok(false)
    }

    pub fn isinstance(&self, obj: &PyRef, cls: &PyRef) -> PyResult<bool> {
        if obj.class().is(cls) {
            return Ok(true);
        }
        if let Payload::Tuple(items) = &cls.payload {
            return self.recursive_call(INSTANCECHECK, || {
                for c in items.iter() {
                    if self.isinstance(obj, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            });
        }
        if let Payload::Native(n) = &cls.payload {
            if let Some(u) = n.downcast_ref::<crate::objects::typeobj::UnionData>() {
                for c in &u.0 {
                    if self.isinstance(obj, c)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        if cls.is_type() && cls.class().is(&self.types.type_) {
            return self.object_isinstance_plain(obj, cls);
        }
        if let Some(check) = type_lookup(cls.class(), &self.names.__instancecheck__) {
            let r = self.recursive_call(INSTANCECHECK, || {
                self.call_slot_method(&check, cls, std::slice::from_ref(obj))
            })?;
            return self.is_true(&r);
        }
        if !cls.is_type() {
            return Err(
                self.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
            );
        }
        self.object_isinstance_plain(obj, cls)
    }

    pub fn issubclass(&self, sub: &PyRef, cls: &PyRef) -> PyResult<bool> {
        if let Payload::Tuple(items) = &cls.payload {
            return self.recursive_call(SUBCLASSCHECK, || {
                for c in items.iter() {
                    if self.issubclass(sub, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            });
        }
        if let Payload::Native(n) = &cls.payload {
            if let Some(u) = n.downcast_ref::<crate::objects::typeobj::UnionData>() {
                for c in &u.0 {
                    if self.issubclass(sub, c)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        if cls.is_type() && cls.class().is(&self.types.type_) {
            if !sub.is_type() {
                return Err(self.type_error("issubclass() arg 1 must be a class"));
            }
            return Ok(is_subtype(sub, cls));
        }
        if let Some(check) = type_lookup(cls.class(), &self.names.__subclasscheck__) {
            let r = self.recursive_call(SUBCLASSCHECK, || {
                self.call_slot_method(&check, cls, std::slice::from_ref(sub))
            })?;
            return self.is_true(&r);
        }
        if !cls.is_type() {
            return Err(self
                .type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        if !sub.is_type() {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        }
        Ok(is_subtype(sub, cls))
    }
}

pub fn isinstance(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "isinstance", strip_self(args), 2, 2)?;
    Ok(vm.new_bool(vm.isinstance(&a[0], &a[1])?))
}

pub fn issubclass(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "issubclass", strip_self(args), 2, 2)?;
    Ok(vm.new_bool(vm.issubclass(&a[0], &a[1])?))
}

fn attr_name<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyRef> {
    match &o.payload {
        Payload::Str(_) => Ok(o),
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            o.type_name()
        ))),
    }
}

/// The interned str for an attribute name (a name holding surrogates cannot be
/// interned and is used as it is).
fn interned_name(vm: &Vm, name: &PyRef) -> PyRef {
    match vm.str_of(name) {
        Some(t) => vm.intern(t),
        None => name.clone(),
    }
}

pub fn getattr(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "getattr", strip_self(args), 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    let name = interned_name(vm, name);
    match a.get(2) {
        None => vm.get_attr(&a[0], &name),
        Some(d) => Ok(vm.get_attr_opt(&a[0], &name)?.unwrap_or_else(|| d.clone())),
    }
}

pub fn setattr(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "setattr", strip_self(args), 3, 3)?;
    let name = attr_name(vm, &a[1])?;
    let name = interned_name(vm, name);
    vm.set_attr(&a[0], &name, a[2].clone())?;
    Ok(vm.none())
}

pub fn delattr(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "delattr", strip_self(args), 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    let name = interned_name(vm, name);
    vm.del_attr(&a[0], &name)?;
    Ok(vm.none())
}

pub fn hasattr(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "hasattr", strip_self(args), 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    let name = interned_name(vm, name);
    Ok(vm.new_bool(vm.get_attr_opt(&a[0], &name)?.is_some()))
}

pub fn abs(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "abs", strip_self(args), 1, 1)?;
    match vm.call_special(&a[0], &vm.names.__abs__, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "bad operand type for abs(): '{}'",
            a[0].type_name()
        ))),
    }
}

pub fn round(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(vm, "round", strip_self(args), &["number", "ndigits"], 1, 0)?;
    let x = b[0].as_ref().unwrap();
    let nd: Vec<PyRef> = match &b[1] {
        Some(n) if !vm.is_none(n) => vec![n.clone()],
        _ => vec![],
    };
    match vm.call_special(x, &vm.names.__round__, &nd)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            x.type_name()
        ))),
    }
}

pub fn divmod(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "divmod", strip_self(args), 2, 2)?;
    let r = vm.binary_op_named(&a[0], &a[1], "__divmod__", "__rdivmod__")?;
    if vm.is_not_implemented(&r) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a[0].type_name(),
            a[1].type_name()
        )));
    }
    Ok(r)
}

impl Vm {
    /// A binary protocol by method names (for divmod): forward, then reflected.
    pub fn binary_op_named(&self, a: &PyRef, b: &PyRef, fwd: &str, rev: &str) -> PyResult {
        let fwd = self.intern(fwd);
        let rev = self.intern(rev);
        let ta = a.class();
        let tb = b.class();
        let rf = if ta.is(tb) {
            None
        } else {
            type_lookup(tb, &rev)
        };
        if let Some(r) = &rf {
            if is_subtype(tb, ta) {
                let v = self.call_binary_slot(r, b, a)?;
                if !self.is_not_implemented(&v) {
                    return Ok(v);
                }
            }
        }
        if let Some(f) = type_lookup(ta, &fwd) {
            let v = self.call_binary_slot(&f, a, b)?;
            if !self.is_not_implemented(&v) {
                return Ok(v);
            }
        }
        if let Some(r) = &rf {
            return self.call_binary_slot(r, b, a);
        }
        Ok(self.not_implemented())
    }
}

pub fn pow(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(vm, "pow", strip_self(args), &["base", "exp", "mod"], 2, 0)?;
    let (x, y) = (b[0].as_ref().unwrap(), b[1].as_ref().unwrap());
    match &b[2] {
        Some(m) if !vm.is_none(m) => match builtin_ternary_pow(vm, x, y, m) {
            Some(r) => r,
            None => vm.ternary_pow(x, y, m),
        },
        _ => vm.binary_op(x, y, crate::compile::bytecode::BinOp::Pow),
    }
}

/// The builtin numeric type whose `__pow__` slot serves an operand of `pow()`.
#[derive(Clone, Copy, PartialEq)]
enum PowSlot {
    Int,
    Float,
    Complex,
}

/// Three-argument `pow()` when every operand is a builtin number (int, bool, float,
/// complex, not subclassed), trying the operands' slots in order as CPython's
/// `ternary_op`: int's needs three ints, float's refuses any modulus, complex's raises
/// "complex modulo". None when some operand is another type.
fn builtin_ternary_pow(vm: &Vm, x: &PyRef, y: &PyRef, m: &PyRef) -> Option<PyResult> {
    let slot = |o: &PyRef| {
        if o.class().type_data().heap {
            return None;
        }
        match o.payload {
            Payload::Int(_) | Payload::BigInt(_) => Some(PowSlot::Int),
            Payload::Float(_) => Some(PowSlot::Float),
            Payload::Complex(..) => Some(PowSlot::Complex),
            _ => None,
        }
    };
    let kinds = [slot(x)?, slot(y)?, slot(m)?];
    let mut tried: Vec<PowSlot> = Vec::with_capacity(3);
    for kind in kinds {
        if tried.contains(&kind) {
            continue;
        }
        tried.push(kind);
        match kind {
            PowSlot::Int if kinds.iter().all(|k| *k == PowSlot::Int) => {
                return Some(crate::objects::int::int_modpow(vm, x, y, m));
            }
            PowSlot::Int => {}
            PowSlot::Float => {
                return Some(Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                )));
            }
            PowSlot::Complex => return Some(Err(vm.value_error("complex modulo"))),
        }
    }
    None
}

pub fn chr(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "chr", strip_self(args), 1, 1)?;
    let i = match &a[0].payload {
        Payload::Int(i) => *i,
        Payload::BigInt(_) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        _ => match vm.index_opt(&a[0])? {
            Some(i) => i,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    a[0].type_name()
                )))
            }
        },
    };
    if !(0..=0x10ffff).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    Ok(crate::objects::str::new_code_point(vm, i as u32))
}

pub fn ord(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "ord", strip_self(args), 1, 1)?;
    match &a[0].payload {
        Payload::Str(s) => {
            if s.char_len != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len
                )));
            }
            Ok(vm.new_int(i64::from(s.code_point_at(0).unwrap_or(0))))
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let d = crate::objects::bytes::bytes_from_object(vm, &a[0])?;
            if d.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    d.len()
                )));
            }
            Ok(vm.new_int(d[0] as i64))
        }
        _ => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            a[0].type_name()
        ))),
    }
}

fn int_in_base(vm: &Vm, o: &PyRef, radix: u32) -> PyResult {
    let v = vm.index(o)?;
    Ok(vm.new_string(match &v.payload {
        Payload::Int(i) => ferropy_primitives::numeric::i64_to_string(*i, radix, true),
        _ => {
            let b = crate::objects::int::to_bigint(&v).unwrap_or_default();
            ferropy_primitives::numeric::bigint_to_string(&b, radix, true)
        }
    }))
}

pub fn bin(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "bin", strip_self(args), 1, 1)?;
    int_in_base(vm, &a[0], 2)
}
pub fn hex(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "hex", strip_self(args), 1, 1)?;
    int_in_base(vm, &a[0], 16)
}
pub fn oct(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "oct", strip_self(args), 1, 1)?;
    int_in_base(vm, &a[0], 8)
}

impl Vm {
    pub fn is_callable(&self, o: &PyRef) -> bool {
        match &o.payload {
            Payload::Function(_)
            | Payload::NativeFunction(_)
            | Payload::Method(_)
            | Payload::Type(_) => true,
            _ => type_lookup(o.class(), &self.names.__call__).is_some(),
        }
    }
}

pub fn callable(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "callable", strip_self(args), 1, 1)?;
    Ok(vm.new_bool(vm.is_callable(&a[0])))
}

pub fn breakpoint(vm: &Vm, args: Args) -> PyResult {
    let args = strip_self(args);
    if let Some(sys) = vm.sys.borrow().clone() {
        if let Some(hook) = vm.get_attr_opt(&sys, &vm.intern("breakpointhook"))? {
            return vm.call(&hook, args);
        }
    }
    Err(vm.runtime_error("lost sys.breakpointhook"))
}
