//! `_json.make_encoder` (CPython's `PyEncoderObject`, type `_json.Encoder`): the
//! one-shot encoder `JSONEncoder.iterencode` uses without indentation. Called as
//! `encoder(obj, _current_indent_level)`, it writes the whole document into one buffer
//! and returns it as a one-item list: str through the encoder function (escaped here
//! directly when it is one of this module's), int and float by their base type's repr
//! (int subclasses and enums included), lists, tuples and dicts recursively with
//! circular-reference detection, anything else through the `default` hook.

use std::cell::RefCell;
use std::collections::HashSet;

use ferropy_primitives::wtf8::Wtf8Buf;

use super::strings;
use crate::modules::user_args as user;
use crate::object::payload::*;
use crate::object::typeobj::is_subtype;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// How str values are turned into literals.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fast {
    /// `encode_basestring_ascii` of this module: escaped natively.
    Ascii,
    /// `encode_basestring` of this module.
    Unicode,
    /// Any other function: called, and must return a str.
    Call,
}

struct Encoder {
    /// A dict or None (the `markers` attribute); not None turns on circular-reference
    /// detection, which tracks the containers being encoded in `active`.
    markers: PyRef,
    default: PyRef,
    encoder: PyRef,
    indent: PyRef,
    key_separator: PyRef,
    item_separator: PyRef,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    fast: Fast,
    /// Identities of the objects being encoded (CPython keeps them in `markers`).
    active: RefCell<HashSet<usize>>,
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Encoder> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Encoder>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_json.Encoder' object but received a '{}'",
            o.type_name()
        ))
    })
}

const NESTING: &str = " while encoding a JSON object";

fn push_str_obj(out: &mut Wtf8Buf, o: &PyRef) {
    if let Payload::Str(s) = &o.payload {
        out.push_view(s.view());
    }
}

impl Encoder {
    fn checks_circular(&self, vm: &Vm) -> bool {
        !vm.is_none(&self.markers)
    }

    /// Marks `o` as being encoded; the error if it already is.
    fn mark(&self, vm: &Vm, o: &PyRef) -> PyResult<bool> {
        if !self.checks_circular(vm) {
            return Ok(false);
        }
        if !self.active.borrow_mut().insert(o.id()) {
            return Err(vm.value_error("Circular reference detected"));
        }
        Ok(true)
    }

    fn unmark(&self, o: &PyRef, marked: bool) {
        if marked {
            self.active.borrow_mut().remove(&o.id());
        }
    }

    /// The JSON text of a float (CPython's `encoder_encode_float`).
    fn float_text(&self, vm: &Vm, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(crate::objects::float::float_repr_string(f));
        }
        if !self.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if f > 0.0 {
            "Infinity"
        } else if f < 0.0 {
            "-Infinity"
        } else {
            "NaN"
        }
        .to_string())
    }

    /// Appends the literal of the str `o` (CPython's `encoder_encode_string`).
    fn string(&self, vm: &Vm, out: &mut Wtf8Buf, o: &PyRef, s: &PyStr) -> PyResult<()> {
        match self.fast {
            Fast::Ascii => strings::escape_ascii(out, s.view()),
            Fast::Unicode => strings::escape_unicode(out, s.view()),
            Fast::Call => {
                let r = vm.call1(&self.encoder, o.clone())?;
                match &r.payload {
                    Payload::Str(e) => out.push_view(e.view()),
                    _ => {
                        return Err(vm.type_error(format!(
                            "encoder() must return a string, not {:.80}",
                            r.type_name()
                        )))
                    }
                }
            }
        }
        Ok(())
    }

    /// Appends the JSON of any object (CPython's `encoder_listencode_obj`).
    fn obj(&self, vm: &Vm, out: &mut Wtf8Buf, o: &PyRef, level: i64) -> PyResult<()> {
        if vm.is_none(o) {
            out.push_str("null");
            return Ok(());
        }
        if o.is(&vm.s.true_) {
            out.push_str("true");
            return Ok(());
        }
        if o.is(&vm.s.false_) {
            out.push_str("false");
            return Ok(());
        }
        match &o.payload {
            Payload::Str(s) => self.string(vm, out, o, s),
            Payload::Int(i) => {
                out.push_str(&i.to_string());
                Ok(())
            }
            Payload::BigInt(_) => {
                out.push_str(&crate::objects::int::int_repr_string(vm, o)?);
                Ok(())
            }
            Payload::Float(f) => {
                out.push_str(&self.float_text(vm, *f)?);
                Ok(())
            }
            Payload::List(_) | Payload::Tuple(_) => {
                super::enter_recursion(vm, NESTING)?;
                let r = self.list(vm, out, o, level);
                super::leave_recursion(vm);
                r
            }
            Payload::Dict(_) if is_subtype(o.class(), &vm.types.dict) => {
                super::enter_recursion(vm, NESTING)?;
                let r = self.dict(vm, out, o, level);
                super::leave_recursion(vm);
                r
            }
            _ => {
                let marked = self.mark(vm, o)?;
                let r = vm.call1(&self.default, o.clone()).and_then(|new| {
                    super::enter_recursion(vm, NESTING)?;
                    let r = self.obj(vm, out, &new, level);
                    super::leave_recursion(vm);
                    r
                });
                self.unmark(o, marked);
                r
            }
        }
    }

    /// A list or tuple (CPython's `encoder_listencode_list`).
    fn list(&self, vm: &Vm, out: &mut Wtf8Buf, o: &PyRef, level: i64) -> PyResult<()> {
        // A list is read live, as its length may change while its items are encoded.
        let item = |i: usize| -> Option<PyRef> {
            match &o.payload {
                Payload::List(l) => l.borrow().get(i).cloned(),
                Payload::Tuple(t) => t.get(i).cloned(),
                _ => None,
            }
        };
        if item(0).is_none() {
            out.push_str("[]");
            return Ok(());
        }
        let marked = self.mark(vm, o)?;
        out.push_str("[");
        let r = (|| {
            let mut i = 0;
            while let Some(x) = item(i) {
                if i > 0 {
                    push_str_obj(out, &self.item_separator);
                }
                self.obj(vm, out, &x, level)?;
                i += 1;
            }
            Ok(())
        })();
        self.unmark(o, marked);
        r?;
        out.push_str("]");
        Ok(())
    }

    /// The items of a dict in encoding order: the dict's own order, or `items()`
    /// sorted for `sort_keys` and for subclasses.
    fn dict_items(&self, vm: &Vm, o: &PyRef) -> PyResult<Vec<(PyRef, PyRef)>> {
        if !self.sort_keys && o.class().is(&vm.types.dict) {
            return Ok(vm.dict_items(o));
        }
        let items = if o.class().is(&vm.types.dict) {
            let pairs = vm
                .dict_items(o)
                .into_iter()
                .map(|(k, v)| vm.new_tuple(vec![k, v]))
                .collect();
            vm.new_list(pairs)
        } else {
            let it = vm.call_method(o, "items", &[])?;
            vm.new_list(vm.iterate(&it)?)
        };
        if self.sort_keys {
            vm.call_method(&items, "sort", &[])?;
        }
        let Payload::List(l) = &items.payload else {
            return Ok(Vec::new());
        };
        let l = l.borrow().clone();
        let mut out = Vec::with_capacity(l.len());
        for item in l {
            match &item.payload {
                Payload::Tuple(t) if t.len() == 2 => out.push((t[0].clone(), t[1].clone())),
                _ => return Err(vm.value_error("items must return 2-tuples")),
            }
        }
        Ok(out)
    }

    /// A dict (CPython's `encoder_listencode_dict`).
    fn dict(&self, vm: &Vm, out: &mut Wtf8Buf, o: &PyRef, level: i64) -> PyResult<()> {
        if vm.dict_len(o) == 0 {
            out.push_str("{}");
            return Ok(());
        }
        let marked = self.mark(vm, o)?;
        out.push_str("{");
        let r = self
            .dict_items(vm, o)
            .and_then(|items| self.members(vm, out, items, level));
        self.unmark(o, marked);
        r?;
        out.push_str("}");
        Ok(())
    }

    fn members(
        &self,
        vm: &Vm,
        out: &mut Wtf8Buf,
        items: Vec<(PyRef, PyRef)>,
        level: i64,
    ) -> PyResult<()> {
        let mut first = true;
        for (k, v) in items {
            // The key as text: a str object, or the text of a number or constant.
            let text: Option<String> = if let Payload::Str(_) = &k.payload {
                None
            } else if let Payload::Float(f) = &k.payload {
                Some(self.float_text(vm, *f)?)
            } else if k.is(&vm.s.true_) {
                Some("true".into())
            } else if k.is(&vm.s.false_) {
                Some("false".into())
            } else if vm.is_none(&k) {
                Some("null".into())
            } else if let Payload::Int(_) | Payload::BigInt(_) = &k.payload {
                Some(crate::objects::int::int_repr_string(vm, &k)?)
            } else if self.skipkeys {
                continue;
            } else {
                return Err(vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {:.100}",
                    k.type_name()
                )));
            };
            if first {
                first = false;
            } else {
                push_str_obj(out, &self.item_separator);
            }
            match (&text, &k.payload) {
                (None, Payload::Str(s)) => self.string(vm, out, &k, s)?,
                (Some(t), _) if self.fast == Fast::Ascii => {
                    strings::escape_ascii(out, ferropy_primitives::wtf8::Wtf8Str::Str(t))
                }
                (Some(t), _) if self.fast == Fast::Unicode => {
                    strings::escape_unicode(out, ferropy_primitives::wtf8::Wtf8Str::Str(t))
                }
                (Some(t), _) => {
                    let ks = vm.new_str(t);
                    if let Payload::Str(s) = &ks.payload {
                        self.string(vm, out, &ks, s)?;
                    }
                }
                _ => {}
            }
            push_str_obj(out, &self.key_separator);
            self.obj(vm, out, &v, level)?;
        }
        Ok(())
    }
}

/// `encoder(obj, _current_indent_level)`: the JSON text of `obj` as a one-item list.
fn encoder_call(vm: &Vm, a: Args) -> PyResult {
    let me = args::this(vm, &a)?;
    let enc = this(vm, me)?;
    let b = args::bind(
        vm,
        "_iterencode",
        user(a),
        &["obj", "_current_indent_level"],
        2,
        0,
    )?;
    let (Some(obj), Some(level)) = (&b[0], &b[1]) else {
        return Err(vm.type_error("_iterencode() missing required argument"));
    };
    let level = args::to_i64(vm, level)?;
    let mut out = Wtf8Buf::new();
    enc.obj(vm, &mut out, obj, level)?;
    Ok(vm.new_list(vec![crate::objects::str::new_wtf8(vm, out)]))
}

/// Whether `f` is this module's function `func`.
fn is_native(f: &PyRef, func: NativeFn) -> bool {
    matches!(&f.payload, Payload::NativeFunction(nf) if nf.func as *const () == func as *const ())
}

/// `make_encoder(markers, default, encoder, indent, key_separator, item_separator,
/// sort_keys, skipkeys, allow_nan)`.
fn encoder_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    const NAMES: [&str; 9] = [
        "markers",
        "default",
        "encoder",
        "indent",
        "key_separator",
        "item_separator",
        "sort_keys",
        "skipkeys",
        "allow_nan",
    ];
    let b = args::bind(vm, "make_encoder", user(a), &NAMES, 9, 0)?;
    let b: Vec<PyRef> = b
        .into_iter()
        .map(|x| x.unwrap_or_else(|| vm.none()))
        .collect();
    for i in [4, 5] {
        if !matches!(b[i].payload, Payload::Str(_)) {
            return Err(vm.type_error(format!(
                "make_encoder() argument {} must be str, not {}",
                i + 1,
                b[i].type_name()
            )));
        }
    }
    let sort_keys = vm.is_true(&b[6])?;
    let skipkeys = vm.is_true(&b[7])?;
    let allow_nan = vm.is_true(&b[8])?;
    let markers = &b[0];
    if !vm.is_none(markers) && !matches!(markers.payload, Payload::Dict(_)) {
        return Err(vm.type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {:.200}",
            markers.type_name()
        )));
    }
    let fast = if is_native(&b[2], super::encode_basestring_ascii) {
        Fast::Ascii
    } else if is_native(&b[2], super::encode_basestring) {
        Fast::Unicode
    } else {
        Fast::Call
    };
    let enc = Encoder {
        markers: b[0].clone(),
        default: b[1].clone(),
        encoder: b[2].clone(),
        indent: b[3].clone(),
        key_separator: b[4].clone(),
        item_separator: b[5].clone(),
        sort_keys,
        skipkeys,
        allow_nan,
        fast,
        active: RefCell::new(HashSet::new()),
    };
    Ok(vm.new_object_of(&cls, Payload::Native(Box::new(enc))))
}

fn get_markers(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.markers.clone())
}
fn get_default(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.default.clone())
}
fn get_encoder(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.encoder.clone())
}
fn get_indent(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.indent.clone())
}
fn get_key_separator(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.key_separator.clone())
}
fn get_item_separator(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.item_separator.clone())
}
fn get_sort_keys(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(this(vm, o)?.sort_keys))
}
fn get_skipkeys(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(this(vm, o)?.skipkeys))
}

/// The encoder type (`_json.Encoder`, the module's `make_encoder`).
pub fn make_type(vm: &Vm) -> PyRef {
    let t = crate::objects::typeobj::new_native_type(vm, "Encoder", "_json", false);
    crate::objects::add_native(vm, &t, "__new__", encoder_new, NativeKind::StaticMethod);
    crate::objects::add_methods(vm, &t, &[("__call__", encoder_call)]);
    crate::objects::add_attr(
        vm,
        &t,
        "__doc__",
        vm.new_str("_iterencode(obj, _current_indent_level) -> iterable"),
    );
    let members: [(&'static str, crate::objects::descr::Getter); 8] = [
        ("markers", get_markers),
        ("default", get_default),
        ("encoder", get_encoder),
        ("indent", get_indent),
        ("key_separator", get_key_separator),
        ("item_separator", get_item_separator),
        ("sort_keys", get_sort_keys),
        ("skipkeys", get_skipkeys),
    ];
    for (name, get) in members {
        crate::objects::descr::add_getset(vm, &t, name, get, Some(super::readonly));
    }
    t
}
