//! The `_string` module: the template parsing behind `string.Formatter`
//! (`formatter_parser`, `formatter_field_name_split`), on the same parser as `str.format`
//! (`ferropy_primitives::format_string`). Errors are raised when the function is
//! called rather than when its iterator reaches them.

use ferropy_primitives::format_string::{
    split_field_name, FieldAccess, FieldArgument, TemplateParser,
};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use crate::modules::user_args as user;

fn text_arg<'a>(vm: &Vm, v: &'a PyRef) -> PyResult<&'a str> {
    match (&v.payload, vm.str_of(v)) {
        (Payload::Str(_), Some(s)) => Ok(s),
        _ => Err(vm.type_error(format!("expected str, got {}", v.type_name()))),
    }
}

/// `formatter_parser(s)`: `(literal, field_name, format_spec, conversion)` per chunk;
/// the last three are None for a chunk without a field.
fn formatter_parser(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "formatter_parser", user(a), 1, 1)?;
    let text = text_arg(vm, &a[0])?;
    let mut chunks = Vec::new();
    for chunk in TemplateParser::new(text) {
        let chunk = chunk.map_err(|msg| vm.value_error(msg))?;
        let literal = vm.new_str(&chunk.literal);
        let row = match chunk.field {
            None => vec![literal, vm.none(), vm.none(), vm.none()],
            Some(f) => vec![
                literal,
                vm.new_str(&f.field_name),
                vm.new_str(&f.format_spec),
                match f.conversion {
                    Some(c) => vm.new_str(c.encode_utf8(&mut [0; 4])),
                    None => vm.none(),
                },
            ],
        };
        chunks.push(vm.new_tuple(row));
    }
    vm.get_iter(&vm.new_list(chunks))
}

/// `formatter_field_name_split(name)`: `(first, rest)`, where `first` is an int for a
/// positional index and `rest` yields `(is_attribute, key)` for each access.
fn formatter_field_name_split(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "formatter_field_name_split", user(a), 1, 1)?;
    let name = text_arg(vm, &a[0])?;
    let split = split_field_name(name).map_err(|msg| vm.value_error(msg))?;
    if let Some(msg) = split.trailing_error {
        return Err(vm.value_error(msg));
    }
    let first = match split.argument {
        FieldArgument::Auto => vm.new_str(""),
        FieldArgument::Index(i) => vm.new_usize(i),
        FieldArgument::Keyword(k) => vm.new_str(&k),
    };
    let rest: Vec<PyRef> = split
        .accesses
        .into_iter()
        .map(|acc| {
            let (is_attr, key) = match acc {
                FieldAccess::Attribute(s) => (true, vm.new_str(&s)),
                FieldAccess::Index(i) => (false, vm.new_usize(i)),
                FieldAccess::Key(s) => (false, vm.new_str(&s)),
            };
            vm.new_tuple(vec![vm.new_bool(is_attr), key])
        })
        .collect();
    let rest = vm.get_iter(&vm.new_list(rest))?;
    Ok(vm.new_tuple(vec![first, rest]))
}

pub fn init(vm: &Vm) -> PyResult {
    Ok(crate::modules::new_native_module(
        vm,
        "_string",
        &[
            ("formatter_parser", formatter_parser),
            ("formatter_field_name_split", formatter_field_name_split),
        ],
    ))
}
