//! Formatting: `format()` specs for int, float and str (through
//! `ferropy_primitives::format_spec`), and `str.format`/`format_map` templates
//! (through `format_string::TemplateParser` and `split_field_name`), with primitive
//! errors mapped to the exceptions CPython raises.

use ferropy_primitives::format_spec::{self as fs, FormatError};
use ferropy_primitives::format_string::{
    check_conversion, split_field_name, FieldAccess, FieldArgument, FieldNumbering, TemplateParser,
    MAX_FORMAT_RECURSION, RECURSION_ERROR,
};
use ferropy_primitives::wtf8::Wtf8Buf;

use super::shield::Shield;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// The Python exception for a format-spec error.
pub fn format_error(vm: &Vm, e: FormatError) -> PyErr {
    match e {
        FormatError::Value(m) => vm.value_error(m),
        FormatError::Overflow(m) => vm.overflow_error(m),
        FormatError::Memory => vm.memory_error(),
        other @ FormatError::InvalidSpecifier(_) => vm.value_error(other.message()),
    }
}

/// The type name CPython shows in format errors (`bool` formats as an int).
fn type_name_of(vm: &Vm, v: &PyRef) -> String {
    if v.class().is(&vm.types.bool_) {
        "bool".to_string()
    } else {
        v.type_name()
    }
}

pub fn format_int_spec(vm: &Vm, v: &PyRef, spec: &str) -> PyResult {
    if spec.is_empty() {
        // CPython: an empty spec means str(obj) (so 'True' for bools, and a subclass's
        // own __str__).
        if v.class().is(&vm.types.int) {
            return Ok(vm.new_string(crate::objects::int::int_repr_string(vm, v)?));
        }
        return vm.str(v);
    }
    let tname = type_name_of(vm, v);
    let parsed = fs::parse_format_spec_for(spec, &tname).map_err(|e| format_error(vm, e))?;
    let big = crate::objects::int::to_bigint(v).unwrap_or_default();
    let s = fs::format_int(&big, &parsed, &tname).map_err(|e| format_error(vm, e))?;
    Ok(vm.new_string(s))
}

pub fn format_float_spec(vm: &Vm, f: f64, spec: &str) -> PyResult {
    if spec.is_empty() {
        return Ok(vm.new_string(crate::objects::float::float_repr_string(f)));
    }
    let parsed = fs::parse_format_spec_for(spec, "float").map_err(|e| format_error(vm, e))?;
    let s = fs::format_float(f, &parsed, "float").map_err(|e| format_error(vm, e))?;
    Ok(vm.new_string(s))
}

/// `str.__format__(obj, spec)` where `s` is the text of `obj`.
pub fn format_str_spec(vm: &Vm, obj: &PyRef, s: &str, spec: &str) -> PyResult {
    if spec.is_empty() {
        if obj.class().is(&vm.types.str) {
            return Ok(obj.clone());
        }
        // A subclass formats as its str(), which may be overridden.
        return vm.str(obj);
    }
    let tname = obj.type_name();
    let parsed = fs::parse_format_spec_for(spec, &tname).map_err(|e| format_error(vm, e))?;
    let r = fs::format_str_as(s, &parsed, &tname).map_err(|e| format_error(vm, e))?;
    Ok(vm.new_string(r))
}

// ----- str.format ----------------------------------------------------------------------

/// The arguments of one `str.format` / `format_map` call.
struct FormatArgs<'a> {
    /// Positional arguments; `None` for `format_map`, which has none.
    positional: Option<&'a [PyRef]>,
    /// Keyword arguments as (name, value).
    keywords: Args<'a>,
    /// The `format_map` mapping.
    mapping: Option<&'a PyRef>,
}

impl FormatArgs<'_> {
    fn positional(&self, vm: &Vm, index: usize) -> PyResult {
        let Some(pos) = self.positional else {
            return Err(vm.value_error("Format string contains positional fields"));
        };
        pos.get(index).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                index
            ))
        })
    }

    fn keyword(&self, vm: &Vm, name: &str) -> PyResult {
        if let Some(m) = self.mapping {
            return vm.get_item(m, &vm.new_str(name));
        }
        let found = self
            .keywords
            .kwnames
            .iter()
            .zip(self.keywords.kwvalues())
            .find(|(k, _)| vm.str_of(k) == Some(name));
        match found {
            Some((_, v)) => Ok(v.clone()),
            None => Err(vm.key_error(vm.new_str(name))),
        }
    }
}

/// The object a field name refers to, after its attribute and item accesses.
fn resolve_field(
    vm: &Vm,
    name: &str,
    args: &FormatArgs,
    numbering: &mut FieldNumbering,
) -> PyResult {
    let split = split_field_name(name).map_err(|m| vm.value_error(m))?;
    let mut obj = match &split.argument {
        FieldArgument::Auto => {
            let i = numbering.next_auto().map_err(|m| vm.value_error(m))?;
            args.positional(vm, i)?
        }
        FieldArgument::Index(i) => {
            numbering.manual().map_err(|m| vm.value_error(m))?;
            args.positional(vm, *i)?
        }
        FieldArgument::Keyword(k) => args.keyword(vm, k)?,
    };
    for access in &split.accesses {
        obj = match access {
            FieldAccess::Attribute(a) => vm.get_attr(&obj, &vm.intern(a))?,
            FieldAccess::Index(i) => vm.get_item(&obj, &vm.new_usize(*i))?,
            FieldAccess::Key(k) => vm.get_item(&obj, &vm.new_str(k))?,
        };
    }
    if let Some(m) = split.trailing_error {
        return Err(vm.value_error(m));
    }
    Ok(obj)
}

fn format_template(
    vm: &Vm,
    template: &str,
    args: &FormatArgs,
    numbering: &mut FieldNumbering,
    depth: usize,
    sh: Shield,
) -> PyResult<Wtf8Buf> {
    if depth >= MAX_FORMAT_RECURSION {
        return Err(vm.value_error(RECURSION_ERROR));
    }
    let mut out = Wtf8Buf::new();
    for chunk in TemplateParser::new(template) {
        let chunk = chunk.map_err(|m| vm.value_error(m))?;
        out.push_str(&chunk.literal);
        let Some(field) = chunk.field else { continue };
        let obj = resolve_field(vm, &field.field_name, args, numbering)?;
        let obj = match field.conversion {
            None => obj,
            Some(c) => {
                check_conversion(c).map_err(|m| vm.value_error(m))?;
                match c {
                    's' => vm.str(&obj)?,
                    'r' => vm.repr(&obj)?,
                    _ => vm.new_string(vm.ascii(&obj)?),
                }
            }
        };
        let spec = if field.spec_needs_expanding() {
            let spec = format_template(vm, &field.format_spec, args, numbering, depth + 1, sh)?;
            match spec.view().as_str() {
                Some(t) => t.to_string(),
                None => return Err(vm.value_error("format spec with surrogates is not supported")),
            }
        } else {
            field.format_spec
        };
        if let Payload::Str(t) = &obj.payload {
            sh.check_late(vm, t)?;
        }
        let r = vm.format(&obj, &vm.new_string(spec))?;
        if let Payload::Str(t) = &r.payload {
            out.push_view(t.view());
        }
    }
    Ok(out)
}

/// `template.format(*args, **kwargs)` (`mapping` is `None`) or
/// `template.format_map(mapping)`.
/// Surrogates in the template are stood in for (see `shield.rs`).
pub fn str_format(vm: &Vm, template: &PyStr, args: Args, mapping: Option<&PyRef>) -> PyResult {
    let sh = Shield::new(vm, &[template])?;
    let fargs = FormatArgs {
        positional: if mapping.is_some() {
            None
        } else {
            Some(args.pos())
        },
        keywords: args,
        mapping,
    };
    let mut numbering = FieldNumbering::new();
    let out = format_template(vm, &sh.text(template), &fargs, &mut numbering, 0, sh)?;
    Ok(sh.restore(vm, out))
}
