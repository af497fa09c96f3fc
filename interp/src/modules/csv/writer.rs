//! `_csv.writer` (CPython's `Writer_Type`, `csv_writer` and `join_append_data`): the
//! writer objects, which turn an iterable of fields into one record (quoting and
//! escaping each field by the dialect's rules) and pass it to the file's `write`.

use ferropy_primitives::wtf8::Wtf8Buf;

use super::dialect::{self, Dialect, NOT_SET, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC};
use crate::modules::user_args as user;
use crate::object::payload::*;
use crate::object::typeobj::{is_subtype, type_lookup};
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

const WRITEROW_DOC: &str = "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields.  Non-string\nelements will be converted to string.";
const WRITEROWS_DOC: &str = "writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a csv file.  Non-string\nelements will be converted to string.";

/// A writer object's state (CPython's `WriterObj`).
struct Writer {
    /// The file's bound `write`.
    write: PyRef,
    /// The `Dialect` object (the `dialect` attribute).
    dialect_obj: PyRef,
    /// Its options.
    dialect: Dialect,
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Writer> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Writer>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_csv.writer' object but received a '{}'",
            o.type_name()
        ))
    })
}

/// The record being built (CPython's `rec`, `rec_len` and `num_fields`).
struct Record {
    text: Wtf8Buf,
    num_fields: usize,
}

/// CPython's `PyNumber_Check`: the type converts to a number, or it is a complex.
fn is_number(vm: &Vm, o: &PyRef) -> bool {
    match &o.payload {
        Payload::Str(_) => false,
        Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..) => true,
        _ => {
            let ty = o.class();
            ["__index__", "__int__", "__float__"]
                .iter()
                .any(|n| type_lookup(ty, &vm.intern(n)).is_some())
                || is_subtype(ty, &vm.types.complex)
        }
    }
}

/// Appends one field to the record (CPython's `join_append` and `join_append_data`):
/// the delimiter before it, then its characters with quotes doubled or escaped as the
/// dialect says; a field holding special characters is quoted unless quoting is off,
/// where they are escaped. `field` is `None` for an empty (None) field.
fn append_field(
    vm: &Vm,
    d: &Dialect,
    rec: &mut Record,
    field: Option<&PyStr>,
    mut quoted: bool,
) -> PyResult<()> {
    let mut body = Wtf8Buf::new();
    if let Some(s) = field {
        for c in s.view().code_points() {
            let special = c == d.delimiter
                || c == d.escapechar
                || c == d.quotechar
                || d.terminator.contains(&c);
            if special {
                let mut want_escape = false;
                if d.quoting == QUOTE_NONE {
                    want_escape = true;
                } else {
                    if c == d.quotechar {
                        if d.doublequote {
                            body.push_code_point(d.quotechar);
                        } else {
                            want_escape = true;
                        }
                    } else if c == d.escapechar {
                        want_escape = true;
                    }
                    if !want_escape {
                        quoted = true;
                    }
                }
                if want_escape {
                    if d.escapechar == NOT_SET {
                        return Err(super::csv_error(
                            vm,
                            "need to escape, but no escapechar set",
                        ));
                    }
                    body.push_code_point(d.escapechar);
                }
            }
            body.push_code_point(c);
        }
    }
    if rec.num_fields > 0 {
        rec.text.push_code_point(d.delimiter);
    }
    let quote = quoted && d.quotechar != NOT_SET;
    if quote {
        rec.text.push_code_point(d.quotechar);
    }
    rec.text.push_view(body.view());
    if quote {
        rec.text.push_code_point(d.quotechar);
    }
    rec.num_fields += 1;
    Ok(())
}

/// Writes one record from the iterable `seq` (CPython's `csv_writerow`); returns what
/// `write` returned.
fn write_row(vm: &Vm, w: &Writer, seq: &PyRef) -> PyResult {
    let d = &w.dialect;
    let it = match vm.get_iter(seq) {
        Ok(it) => it,
        Err(e) if vm.exc_matches(&e, &vm.exc.type_error) => {
            return Err(super::csv_error(
                vm,
                format!("iterable expected, not {}", seq.type_name()),
            ));
        }
        Err(e) => return Err(e),
    };
    let mut rec = Record {
        text: Wtf8Buf::new(),
        num_fields: 0,
    };
    while let Some(field) = vm.iter_next(&it)? {
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !is_number(vm, &field),
            QUOTE_ALL => true,
            _ => false,
        };
        if let Payload::Str(s) = &field.payload {
            append_field(vm, d, &mut rec, Some(s), quoted)?;
        } else if vm.is_none(&field) {
            append_field(vm, d, &mut rec, None, quoted)?;
        } else {
            let s = vm.str(&field)?;
            let Payload::Str(text) = &s.payload else {
                return Err(vm.type_error("__str__ returned non-string"));
            };
            append_field(vm, d, &mut rec, Some(text), quoted)?;
        }
    }
    if rec.num_fields > 0 && rec.text.is_empty() {
        // A record of one empty field would read back as no field at all.
        if d.quoting == QUOTE_NONE {
            return Err(super::csv_error(
                vm,
                "single empty field record must be quoted",
            ));
        }
        rec.num_fields -= 1;
        append_field(vm, d, &mut rec, None, true)?;
    }
    if let Payload::Str(t) = &d.lineterminator.payload {
        rec.text.push_view(t.view());
    }
    let line = crate::objects::str::new_wtf8(vm, rec.text);
    vm.call(&w.write, Args::new(&[line]))
}

/// `writerow(row)`.
fn writer_writerow(vm: &Vm, a: Args) -> PyResult {
    if a.has_kw() {
        return Err(vm.type_error("writer.writerow() takes no keyword arguments"));
    }
    let p = args::method(vm, "writerow", a, 1, 1)?;
    let w = this(vm, &p[0])?;
    write_row(vm, w, &p[1])
}

/// `writerows(rows)`.
fn writer_writerows(vm: &Vm, a: Args) -> PyResult {
    if a.has_kw() {
        return Err(vm.type_error("writer.writerows() takes no keyword arguments"));
    }
    let p = args::method(vm, "writerows", a, 1, 1)?;
    let w = this(vm, &p[0])?;
    let rows = vm.get_iter(&p[1])?;
    while let Some(row) = vm.iter_next(&rows)? {
        write_row(vm, w, &row)?;
    }
    Ok(vm.none())
}

fn get_dialect(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.dialect_obj.clone())
}

/// `writer(fileobj[, dialect='excel'][, **fmtparams])`.
pub fn csv_writer(vm: &Vm, a: Args) -> PyResult {
    let u = user(a);
    let pos = super::unpack_tuple(vm, u.pos(), 1, 2)?;
    let write = vm.get_attr_opt(&pos[0], &vm.intern("write"))?;
    let write = match write {
        Some(w) if vm.is_callable(&w) => w,
        _ => return Err(vm.type_error("argument 1 must have a \"write\" method")),
    };
    let dialect_obj = dialect::call_dialect(vm, pos.get(1), u.kwnames, u.kwvalues())?;
    let dialect = dialect::data(&dialect_obj)
        .cloned()
        .ok_or_else(|| vm.type_error("a _csv.Dialect is required"))?;
    let w = Writer {
        write,
        dialect_obj,
        dialect,
    };
    let ty = super::state(vm)?.writer_type.clone();
    Ok(vm.new_object_of(&ty, Payload::Native(Box::new(w))))
}

/// The writer type (`_csv.writer`, also `_csv.Writer`).
pub fn make_type(vm: &Vm) -> PyRef {
    let t = crate::objects::typeobj::new_native_type(vm, "writer", "_csv", true);
    crate::objects::add_native(vm, &t, "__new__", super::no_new, NativeKind::StaticMethod);
    super::add_method_doc(vm, &t, "writerow", writer_writerow, WRITEROW_DOC);
    super::add_method_doc(vm, &t, "writerows", writer_writerows, WRITEROWS_DOC);
    crate::objects::add_attr(
        vm,
        &t,
        "__doc__",
        vm.new_str(
            "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n",
        ),
    );
    crate::objects::descr::add_getset(vm, &t, "dialect", get_dialect, Some(dialect::readonly));
    t
}
