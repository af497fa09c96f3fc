//! `Pattern.sub` and `Pattern.subn` (`pattern_subx`): the replacement is a callable
//! taking the match, a literal (a str or bytes without backslashes), or a template
//! that CPython 3.11's `re._subx(pattern, template)` turns into one of those.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

use super::state::{State, Subject};
use super::{clinic, match_obj, pattern_data, split_self, ssize_arg};

enum Filter {
    Callable(PyRef),
    Literal(PyRef),
}

/// Whether a str/bytes-like replacement has no backslash (None when it is neither).
fn is_literal(vm: &Vm, repl: &PyRef) -> Option<bool> {
    match &repl.payload {
        Payload::Str(s) => Some(!s.bytes().contains(&b'\\')),
        Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
            crate::objects::bytes::bytes_from_object(vm, repl)
                .ok()
                .map(|b| !b.contains(&b'\\'))
        }
        _ => None,
    }
}

fn make_filter(vm: &Vm, pattern: &PyRef, repl: &PyRef) -> PyResult<Filter> {
    if vm.is_callable(repl) {
        return Ok(Filter::Callable(repl.clone()));
    }
    if is_literal(vm, repl) == Some(true) {
        return Ok(Filter::Literal(repl.clone()));
    }
    let re = vm.import_full("re")?;
    let subx = vm.get_attr_str(&re, "_subx")?;
    let f = vm.call(&subx, Args::new(&[pattern.clone(), repl.clone()]))?;
    Ok(if vm.is_callable(&f) {
        Filter::Callable(f)
    } else {
        Filter::Literal(f)
    })
}

fn subx(vm: &Vm, a: Args, name: &str, with_count: bool) -> PyResult {
    let (this, rest) = split_self(vm, &a)?;
    let pd = pattern_data(vm, &this)?;
    let b = clinic(vm, name, rest, &["repl", "string", "count"], 2)?;
    let repl = b[0].clone().unwrap();
    let subj = Subject::new(vm, b[1].as_ref().unwrap())?;
    let count = ssize_arg(vm, &b[2], 0)?;
    let filter = make_filter(vm, &this, &repl)?;
    let mut st = State::new(vm, pd, &subj, 0, i64::MAX)?;
    let mut items = Vec::new();
    let mut i = 0;
    let mut n = 0i64;
    while count == 0 || n < count {
        st.reset();
        let start = st.start();
        st.set_start(start);
        if !st.do_search(vm)? {
            break;
        }
        let (b, e) = (st.start(), st.ptr());
        if i < b {
            items.push(subj.slice(vm, i, b));
        }
        match &filter {
            Filter::Callable(f) => {
                let m = match_obj::new_match(vm, &this, &subj, &st)?;
                let item = vm.call(f, Args::new(&[m]))?;
                if !vm.is_none(&item) {
                    items.push(item);
                }
            }
            Filter::Literal(l) => items.push(l.clone()),
        }
        i = e;
        n += 1;
        st.set_must_advance(e == b);
        st.set_start(e);
    }
    if i < st.endpos {
        items.push(subj.slice(vm, i, st.endpos));
    }
    let joiner = subj.slice(vm, 0, 0);
    let result = if items.is_empty() {
        joiner
    } else {
        vm.call_method(&joiner, "join", &[vm.new_list(items)])?
    };
    Ok(if with_count {
        vm.new_tuple(vec![result, vm.new_int(n)])
    } else {
        result
    })
}

pub fn pattern_sub(vm: &Vm, a: Args) -> PyResult {
    subx(vm, a, "sub", false)
}

pub fn pattern_subn(vm: &Vm, a: Args) -> PyResult {
    subx(vm, a, "subn", true)
}
