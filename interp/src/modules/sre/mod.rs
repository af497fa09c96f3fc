//! `_sre`, the regular-expression engine behind CPython 3.11's `re` package:
//! `re._compiler` turns a pattern into SRE code (a list of ints) and hands it to
//! `_sre.compile`, which returns a `re.Pattern`.
//!
//! Exports: `compile`, `getcodesize`, `ascii_iscased`, `unicode_iscased`,
//! `ascii_tolower`, `unicode_tolower`, `MAGIC`, `CODESIZE`, `MAXREPEAT`, `MAXGROUPS`,
//! `copyright`.
//!
//! Files: `constants.rs` (the instruction set), `engine/` (the matcher), `state.rs`
//! (subjects and match state), `pattern.rs` (`re.Pattern`), `sub.rs` (`sub`/`subn`),
//! `match_obj.rs` (`re.Match`), `scanner.rs` (`_sre.SRE_Scanner`), `validate.rs`
//! (checking code handed to `compile`).

mod constants;
mod engine;
mod match_obj;
mod pattern;
mod scanner;
mod state;
mod sub;
mod validate;

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use constants::*;

/// The state of a `re.Pattern` (`PatternObject`).
pub struct PatternData {
    /// The source pattern (str, bytes or None).
    pub pattern: PyRef,
    pub flags: i64,
    pub code: Vec<u32>,
    /// Number of capturing groups.
    pub groups: usize,
    /// name → group number, when the pattern has named groups.
    pub groupindex: Option<PyRef>,
    /// group number → name (a tuple), when the pattern has named groups.
    pub indexgroup: Option<PyRef>,
    /// 1 for bytes, 0 for str, -1 for a pattern compiled without source.
    pub isbytes: i8,
}

type TypeCell = crate::vm::gil::GilCell<RefCell<Option<PyRef>>>;

static PATTERN_TYPE: TypeCell = TypeCell::new(|| RefCell::new(None));
static MATCH_TYPE: TypeCell = TypeCell::new(|| RefCell::new(None));
static SCANNER_TYPE: TypeCell = TypeCell::new(|| RefCell::new(None));

fn cached(vm: &Vm, cell: &'static TypeCell) -> PyResult {
    cell.with(|c| c.borrow().clone())
        .ok_or_else(|| vm.runtime_error("_sre types are not initialized"))
}

/// The payload of a native object of type `T`, or TypeError naming `what`.
pub(crate) fn native<'a, T: 'static>(vm: &Vm, o: &'a PyRef, what: &str) -> PyResult<&'a T> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<T>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '{}' object but received a '{}'",
            what,
            o.type_name()
        ))
    })
}

/// The setter of a read-only member (`PyMemberDef` READONLY): "readonly attribute".
pub(crate) fn readonly(vm: &Vm, _o: &PyRef, _v: Option<PyRef>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

/// Setters of computed attributes without one, with the type's full name
/// (`attribute 'lastindex' of 're.Match' objects is not writable`).
macro_rules! not_writable {
    ($name:ident, $attr:literal, $ty:literal) => {
        pub(crate) fn $name(
            vm: &crate::vm::Vm,
            _o: &crate::object::PyRef,
            _v: Option<crate::object::PyRef>,
        ) -> crate::object::payload::PyResult<()> {
            Err(vm.attribute_error(concat!(
                "attribute '",
                $attr,
                "' of '",
                $ty,
                "' objects is not writable"
            )))
        }
    };
}
pub(crate) use not_writable;

/// `__new__` of types that Python code cannot instantiate.
pub(crate) fn no_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?;
    let name = if cls.is_type() {
        cls.type_data().name.borrow().clone()
    } else {
        String::new()
    };
    let module = if name == "SRE_Scanner" { "_sre" } else { "re" };
    Err(vm.type_error(format!("cannot create '{}.{}' instances", module, name)))
}

pub(crate) fn pattern_data<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PatternData> {
    native::<PatternData>(vm, o, "re.Pattern")
}

/// Argument Clinic binding for a method (receiver stripped): at most `names.len()`
/// arguments, unknown keywords "'x' is an invalid keyword argument for f()".
pub(crate) fn clinic(
    vm: &Vm,
    name: &str,
    a: Args,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<PyRef>>> {
    if a.args.len() > names.len() {
        return Err(vm.type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            name,
            names.len(),
            if a.pos().is_empty() { "keyword " } else { "" },
            if names.len() == 1 { "" } else { "s" },
            a.args.len()
        )));
    }
    for k in a.kwnames {
        let kn = vm.str_of(k).unwrap_or("");
        if !names.contains(&kn) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                kn, name
            )));
        }
    }
    args::bind(vm, name, a, names, required, 0)
}

/// The receiver and the arguments after it.
pub(crate) fn split_self<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<(PyRef, Args<'a>)> {
    let this = args::this(vm, a)?.clone();
    Ok((this, Args::with_kw(&a.args[1..], a.kwnames)))
}

/// A `Py_ssize_t` argument with a default.
pub(crate) fn ssize_arg(vm: &Vm, o: &Option<PyRef>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(v) => args::to_i64(vm, v),
    }
}

/// A character-code argument (`int` converted as a C int, as clinic does).
fn code_arg(vm: &Vm, a: Args, name: &str) -> PyResult<i64> {
    let a = crate::modules::user_args(a);
    let p = args::pos(vm, name, a, 1, 1)?;
    let v = &p[0];
    if matches!(v.payload, Payload::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let too_big = || vm.overflow_error("Python int too large to convert to C int");
    match vm.index_opt(v) {
        Ok(Some(i)) if i32::try_from(i).is_ok() => Ok(i),
        Ok(Some(_)) => Err(too_big()),
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => Err(too_big()),
        Err(e) => Err(e),
        Ok(None) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

fn getcodesize(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "getcodesize", crate::modules::user_args(a), 0, 0)?;
    Ok(vm.new_int(CODESIZE))
}

fn ascii_iscased(vm: &Vm, a: Args) -> PyResult {
    let ch = code_arg(vm, a, "ascii_iscased")?;
    Ok(vm.new_bool((0..128).contains(&ch) && (ch as u8).is_ascii_alphabetic()))
}

fn unicode_iscased(vm: &Vm, a: Args) -> PyResult {
    let ch = code_arg(vm, a, "unicode_iscased")? as u32;
    Ok(vm.new_bool(ch != engine::lower_unicode(ch) || ch != engine::upper_unicode(ch)))
}

fn ascii_tolower(vm: &Vm, a: Args) -> PyResult {
    let ch = code_arg(vm, a, "ascii_tolower")?;
    Ok(vm.new_int(engine::lower_ascii(ch as u32) as i32 as i64))
}

fn unicode_tolower(vm: &Vm, a: Args) -> PyResult {
    let ch = code_arg(vm, a, "unicode_tolower")?;
    Ok(vm.new_int(engine::lower_unicode(ch as u32) as i32 as i64))
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
fn compile(vm: &Vm, a: Args) -> PyResult {
    let a = crate::modules::user_args(a);
    let b = clinic(
        vm,
        "compile",
        a,
        &[
            "pattern",
            "flags",
            "code",
            "groups",
            "groupindex",
            "indexgroup",
        ],
        6,
    )?;
    let arg = |i: usize| b[i].clone().unwrap_or_else(|| vm.none());
    let pattern = arg(0);
    let flags = match vm.index_opt(&arg(1))? {
        Some(f) if i32::try_from(f).is_ok() => f,
        Some(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                arg(1).type_name()
            )))
        }
    };
    let code_obj = arg(2);
    let Payload::List(items) = &code_obj.payload else {
        return Err(vm.type_error(format!(
            "compile() argument 'code' must be list, not {}",
            code_obj.type_name()
        )));
    };
    let groups = args::to_i64(vm, &arg(3))?;
    let groupindex = arg(4);
    if !matches!(groupindex.payload, Payload::Dict(_)) {
        return Err(vm.type_error(format!(
            "compile() argument 'groupindex' must be dict, not {}",
            groupindex.type_name()
        )));
    }
    let indexgroup = arg(5);
    let Payload::Tuple(ig) = &indexgroup.payload else {
        return Err(vm.type_error(format!(
            "compile() argument 'indexgroup' must be tuple, not {}",
            indexgroup.type_name()
        )));
    };
    let items: Vec<PyRef> = items.borrow().clone();
    let mut code = Vec::with_capacity(items.len());
    for o in &items {
        // CPython: PyLong_AsUnsignedLong, then the check that the value fits a code word.
        let v = match &o.payload {
            Payload::Int(i) if *i < 0 => {
                return Err(vm.overflow_error("can't convert negative value to unsigned int"))
            }
            Payload::Int(i) => *i as u64,
            Payload::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
                return Err(vm.overflow_error("can't convert negative value to unsigned int"))
            }
            Payload::BigInt(_) => {
                return Err(vm.overflow_error("Python int too large to convert to C unsigned long"))
            }
            _ => return Err(vm.type_error("an integer is required")),
        };
        let w = u32::try_from(v)
            .map_err(|_| vm.overflow_error("regular expression code size limit exceeded"))?;
        code.push(w);
    }
    let isbytes = if vm.is_none(&pattern) {
        -1
    } else {
        state::Subject::new(vm, &pattern)?.isbytes as i8
    };
    let has_names = vm.dict_len(&groupindex) > 0;
    let data = PatternData {
        pattern,
        flags,
        code,
        groups: groups.clamp(0, MAXGROUPS) as usize,
        groupindex: has_names.then(|| groupindex.clone()),
        indexgroup: (has_names && !ig.is_empty()).then(|| indexgroup.clone()),
        isbytes,
    };
    if !(0..=MAXGROUPS).contains(&groups) || !validate::validate(&data.code, data.groups) {
        return Err(vm.runtime_error("invalid SRE code"));
    }
    let t = cached(vm, &PATTERN_TYPE)?;
    Ok(vm.new_object_of(&t, Payload::Native(Box::new(data))))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(
        vm,
        "_sre",
        &[
            ("compile", compile),
            ("getcodesize", getcodesize),
            ("ascii_iscased", ascii_iscased),
            ("unicode_iscased", unicode_iscased),
            ("ascii_tolower", ascii_tolower),
            ("unicode_tolower", unicode_tolower),
        ],
    );
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "MAGIC", vm.new_int(MAGIC))?;
    vm.dict_set_str(&d, "CODESIZE", vm.new_int(CODESIZE))?;
    vm.dict_set_str(&d, "MAXREPEAT", vm.new_int(MAXREPEAT as i64))?;
    vm.dict_set_str(&d, "MAXGROUPS", vm.new_int(MAXGROUPS))?;
    vm.dict_set_str(
        &d,
        "copyright",
        vm.new_str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
    )?;
    let p = pattern::make_type(vm);
    PATTERN_TYPE.with(|c| *c.borrow_mut() = Some(p));
    let mt = match_obj::make_type(vm);
    MATCH_TYPE.with(|c| *c.borrow_mut() = Some(mt));
    let s = scanner::make_type(vm);
    SCANNER_TYPE.with(|c| *c.borrow_mut() = Some(s));
    Ok(m)
}
