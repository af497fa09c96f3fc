//! `_csv.reader` (CPython's `Reader_Type`, `csv_reader` and `parse_process_char`): the
//! reader objects, which pull lines from any iterator of str and run CPython's
//! character-at-a-time state machine over them, one record per `__next__` (quoted
//! fields may span lines), with its errors, field size limit and `line_num` count.

use std::cell::{Cell, RefCell};

use ferropy_primitives::wtf8::Wtf8Buf;

use super::dialect::{self, Dialect, NOT_SET, QUOTE_NONE, QUOTE_NONNUMERIC};
use crate::modules::user_args as user;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// The end of an input line, fed to the state machine after the line's characters
/// (CPython's `EOL`); never a code point nor [`NOT_SET`].
const EOL: u32 = u32::MAX - 1;

/// Where the parser is within a record (CPython's `ParserState`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// The record being parsed.
struct Parser {
    /// Fields of the current record.
    fields: Vec<PyRef>,
    state: State,
    /// The current field, reused from field to field.
    field: String,
    /// The current field once it holds a surrogate (then `field` is empty).
    field_wtf: Option<Wtf8Buf>,
    /// Its length in code points (for the field size limit).
    field_len: usize,
    /// Convert the field to float when saved (an unquoted field under
    /// QUOTE_NONNUMERIC).
    numeric_field: bool,
}

/// A reader object's state (CPython's `ReaderObj`).
struct Reader {
    input_iter: PyRef,
    /// The `Dialect` object (the `dialect` attribute).
    dialect_obj: PyRef,
    /// Its options.
    dialect: Dialect,
    parser: RefCell<Parser>,
    /// Lines read so far.
    line_num: Cell<u64>,
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Reader> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Reader>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_csv.reader' object but received a '{}'",
            o.type_name()
        ))
    })
}

impl Parser {
    fn new() -> Parser {
        Parser {
            fields: Vec::new(),
            state: State::StartRecord,
            field: String::new(),
            field_wtf: None,
            field_len: 0,
            numeric_field: false,
        }
    }

    /// CPython's `parse_reset`.
    fn reset(&mut self) {
        self.fields.clear();
        self.field.clear();
        self.field_wtf = None;
        self.field_len = 0;
        self.state = State::StartRecord;
        self.numeric_field = false;
    }

    /// CPython's `parse_save_field`: the field as a str, or as a float when numeric.
    fn save_field(&mut self, vm: &Vm) -> PyResult<()> {
        let mut field = match self.field_wtf.take() {
            Some(text) => crate::objects::str::new_wtf8(vm, text),
            None => vm.new_str(&self.field),
        };
        self.field.clear();
        self.field_len = 0;
        if self.numeric_field {
            self.numeric_field = false;
            field = vm.call(&vm.types.float, Args::new(&[field]))?;
        }
        self.fields.push(field);
        Ok(())
    }

    /// CPython's `parse_add_char`, with the field size limit.
    fn add_char(&mut self, vm: &Vm, limit: i64, c: u32) -> PyResult<()> {
        if self.field_len as i64 >= limit {
            return Err(super::csv_error(
                vm,
                format!("field larger than field limit ({})", limit),
            ));
        }
        match (&mut self.field_wtf, char::from_u32(c)) {
            (None, Some(ch)) => self.field.push(ch),
            (Some(w), _) => w.push_code_point(c),
            (None, None) => {
                // A lone surrogate: the field continues as generalized UTF-8.
                let mut w = Wtf8Buf::from_string(std::mem::take(&mut self.field));
                w.push_code_point(c);
                self.field_wtf = Some(w);
            }
        }
        self.field_len += 1;
        Ok(())
    }

    /// One step of the state machine (CPython's `parse_process_char`); `c` is a code
    /// point or [`EOL`].
    fn process_char(&mut self, vm: &Vm, d: &Dialect, limit: i64, c: u32) -> PyResult<()> {
        let is_nl = c == '\n' as u32 || c == '\r' as u32;
        match self.state {
            State::StartRecord => {
                if c == EOL {
                    // An empty line: the record is [].
                } else if is_nl {
                    self.state = State::EatCrnl;
                } else {
                    self.state = State::StartField;
                    return self.start_field(vm, d, limit, c);
                }
            }
            State::StartField => return self.start_field(vm, d, limit, c),
            State::EscapedChar => {
                if is_nl {
                    self.add_char(vm, limit, c)?;
                    self.state = State::AfterEscapedCrnl;
                } else {
                    let c = if c == EOL { '\n' as u32 } else { c };
                    self.add_char(vm, limit, c)?;
                    self.state = State::InField;
                }
            }
            State::AfterEscapedCrnl => {
                if c != EOL {
                    return self.in_field(vm, d, limit, c);
                }
            }
            State::InField => return self.in_field(vm, d, limit, c),
            State::InQuotedField => {
                if c == EOL {
                } else if c == d.escapechar {
                    self.state = State::EscapeInQuotedField;
                } else if c == d.quotechar && d.quoting != QUOTE_NONE {
                    self.state = if d.doublequote {
                        // A doubled quote stands for one quote.
                        State::QuoteInQuotedField
                    } else {
                        // The end of the quoted part of the field.
                        State::InField
                    };
                } else {
                    self.add_char(vm, limit, c)?;
                }
            }
            State::EscapeInQuotedField => {
                let c = if c == EOL { '\n' as u32 } else { c };
                self.add_char(vm, limit, c)?;
                self.state = State::InQuotedField;
            }
            State::QuoteInQuotedField => {
                if d.quoting != QUOTE_NONE && c == d.quotechar {
                    // "" within a quoted field.
                    self.add_char(vm, limit, c)?;
                    self.state = State::InQuotedField;
                } else if c == d.delimiter {
                    self.save_field(vm)?;
                    self.state = State::StartField;
                } else if is_nl || c == EOL {
                    self.save_field(vm)?;
                    self.state = if c == EOL {
                        State::StartRecord
                    } else {
                        State::EatCrnl
                    };
                } else if !d.strict {
                    self.add_char(vm, limit, c)?;
                    self.state = State::InField;
                } else {
                    return Err(super::csv_error(
                        vm,
                        format!(
                            "'{}' expected after '{}'",
                            display_char(d.delimiter),
                            display_char(d.quotechar)
                        ),
                    ));
                }
            }
            State::EatCrnl => {
                if is_nl {
                } else if c == EOL {
                    self.state = State::StartRecord;
                } else {
                    return Err(super::csv_error(
                        vm,
                        "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?",
                    ));
                }
            }
        }
        Ok(())
    }

    /// The `START_FIELD` state: what begins a field.
    fn start_field(&mut self, vm: &Vm, d: &Dialect, limit: i64, c: u32) -> PyResult<()> {
        if c == '\n' as u32 || c == '\r' as u32 || c == EOL {
            // An empty last field.
            self.save_field(vm)?;
            self.state = if c == EOL {
                State::StartRecord
            } else {
                State::EatCrnl
            };
        } else if c == d.quotechar && d.quoting != QUOTE_NONE {
            self.state = State::InQuotedField;
        } else if c == d.escapechar {
            self.state = State::EscapedChar;
        } else if c == ' ' as u32 && d.skipinitialspace {
            // Spaces at the start of a field are skipped.
        } else if c == d.delimiter {
            // An empty field.
            self.save_field(vm)?;
        } else {
            // An unquoted field.
            if d.quoting == QUOTE_NONNUMERIC {
                self.numeric_field = true;
            }
            self.add_char(vm, limit, c)?;
            self.state = State::InField;
        }
        Ok(())
    }

    /// The `IN_FIELD` state: within an unquoted field.
    fn in_field(&mut self, vm: &Vm, d: &Dialect, limit: i64, c: u32) -> PyResult<()> {
        if c == '\n' as u32 || c == '\r' as u32 || c == EOL {
            self.save_field(vm)?;
            self.state = if c == EOL {
                State::StartRecord
            } else {
                State::EatCrnl
            };
        } else if c == d.escapechar {
            self.state = State::EscapedChar;
        } else if c == d.delimiter {
            self.save_field(vm)?;
            self.state = State::StartField;
        } else {
            self.add_char(vm, limit, c)?;
        }
        Ok(())
    }
}

/// A dialect character for a message (`%c`).
fn display_char(c: u32) -> String {
    if c == NOT_SET {
        return String::new();
    }
    char::from_u32(c).map_or_else(|| format!("\\u{:04x}", c), String::from)
}

/// Feeds one input line and its end to the parser.
fn parse_line(vm: &Vm, r: &Reader, p: &mut Parser, line: &PyStr) -> PyResult<()> {
    let limit = super::field_limit();
    let d = &r.dialect;
    if let Some(t) = line.as_str() {
        if t.is_ascii() {
            for &b in t.as_bytes() {
                p.process_char(vm, d, limit, b as u32)?;
            }
        } else {
            for ch in t.chars() {
                p.process_char(vm, d, limit, ch as u32)?;
            }
        }
    } else {
        for c in line.view().code_points() {
            p.process_char(vm, d, limit, c)?;
        }
    }
    p.process_char(vm, d, limit, EOL)
}

/// `__next__`: the next record, reading as many lines as it spans (CPython's
/// `Reader_iternext`).
fn reader_next(vm: &Vm, a: Args) -> PyResult {
    let me = args::this(vm, &a)?;
    let r = this(vm, me)?;
    let busy = || vm.runtime_error("reader is already running");
    r.parser.try_borrow_mut().map_err(|_| busy())?.reset();
    loop {
        // No borrow is held while the iterator runs Python code.
        let line = match vm.iter_next(&r.input_iter)? {
            Some(l) => l,
            None => {
                let mut p = r.parser.try_borrow_mut().map_err(|_| busy())?;
                if p.field_len != 0 || p.state == State::InQuotedField {
                    if r.dialect.strict {
                        return Err(super::csv_error(vm, "unexpected end of data"));
                    }
                    p.save_field(vm)?;
                    return Ok(vm.new_list(std::mem::take(&mut p.fields)));
                }
                return Err(vm.stop_iteration(None));
            }
        };
        let Payload::Str(s) = &line.payload else {
            return Err(super::csv_error(
                vm,
                format!(
                    "iterator should return strings, not {} (the file should be opened in text mode)",
                    line.type_name()
                ),
            ));
        };
        r.line_num.set(r.line_num.get() + 1);
        let mut p = r.parser.try_borrow_mut().map_err(|_| busy())?;
        parse_line(vm, r, &mut p, s)?;
        if p.state == State::StartRecord {
            return Ok(vm.new_list(std::mem::take(&mut p.fields)));
        }
    }
}

fn reader_iter(vm: &Vm, a: Args) -> PyResult {
    let me = args::this(vm, &a)?;
    this(vm, me)?;
    Ok(me.clone())
}

fn get_dialect(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.dialect_obj.clone())
}

fn get_line_num(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_int(this(vm, o)?.line_num.get() as i64))
}

/// `reader(iterable[, dialect='excel'][, **fmtparams])`.
pub fn csv_reader(vm: &Vm, a: Args) -> PyResult {
    let u = user(a);
    let pos = super::unpack_tuple(vm, u.pos(), 1, 2)?;
    let input_iter = vm.get_iter(&pos[0])?;
    let dialect_obj = dialect::call_dialect(vm, pos.get(1), u.kwnames, u.kwvalues())?;
    let dialect = dialect::data(&dialect_obj)
        .cloned()
        .ok_or_else(|| vm.type_error("a _csv.Dialect is required"))?;
    let r = Reader {
        input_iter,
        dialect_obj,
        dialect,
        parser: RefCell::new(Parser::new()),
        line_num: Cell::new(0),
    };
    let ty = super::state(vm)?.reader_type.clone();
    Ok(vm.new_object_of(&ty, Payload::Native(Box::new(r))))
}

/// The reader type (`_csv.reader`, also `_csv.Reader`).
pub fn make_type(vm: &Vm) -> PyRef {
    let t = crate::objects::typeobj::new_native_type(vm, "reader", "_csv", true);
    crate::objects::add_native(vm, &t, "__new__", super::no_new, NativeKind::StaticMethod);
    crate::objects::add_methods(
        vm,
        &t,
        &[("__iter__", reader_iter), ("__next__", reader_next)],
    );
    crate::objects::add_attr(
        vm,
        &t,
        "__doc__",
        vm.new_str(
            "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n",
        ),
    );
    crate::objects::descr::add_getset(vm, &t, "dialect", get_dialect, Some(dialect::readonly));
    crate::objects::descr::add_getset(vm, &t, "line_num", get_line_num, Some(dialect::readonly));
    t
}
