//! `_sre.SRE_Scanner` (from `Pattern.scanner`, behind `finditer` and `re.Scanner`):
//! `match()` and `search()` continue where the previous match ended, refusing an
//! empty match at the same place twice.

use std::cell::Cell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::state::{check_kind, State, Subject};
use super::{cached, match_obj, native, pattern_data, SCANNER_TYPE};

struct ScannerData {
    pattern: PyRef,
    subject: Subject,
    pos: i64,
    endpos: i64,
    /// Where the next attempt starts; `None` once exhausted.
    start: Cell<Option<usize>>,
    must_advance: Cell<bool>,
    /// Set while a match runs (a re-entrant call is an error, as in CPython 3.11+).
    executing: Cell<bool>,
}

pub fn new_scanner(vm: &Vm, pattern: &PyRef, subject: Subject, pos: i64, endpos: i64) -> PyResult {
    let pd = pattern_data(vm, pattern)?;
    check_kind(vm, pd, &subject)?;
    let start = {
        let st = State::new(vm, pd, &subject, pos, endpos)?;
        st.start()
    };
    let t = cached(vm, &SCANNER_TYPE)?;
    Ok(vm.new_object_of(
        &t,
        Payload::Native(Box::new(ScannerData {
            pattern: pattern.clone(),
            subject,
            pos,
            endpos,
            start: Cell::new(Some(start)),
            must_advance: Cell::new(false),
            executing: Cell::new(false),
        })),
    ))
}

fn step(vm: &Vm, a: Args, name: &str, search: bool) -> PyResult {
    let p = args::method(vm, name, a, 0, 0)?;
    let sd = native::<ScannerData>(vm, &p[0], "_sre.SRE_Scanner")?;
    let Some(start) = sd.start.get() else {
        return Ok(vm.none());
    };
    if sd.executing.get() {
        return Err(vm.value_error("regular expression scanner already executing"));
    }
    let pd = pattern_data(vm, &sd.pattern)?;
    let mut st = State::new(vm, pd, &sd.subject, sd.pos, sd.endpos)?;
    st.set_start(start);
    st.set_must_advance(sd.must_advance.get());
    sd.executing.set(true);
    let r = if search {
        st.do_search(vm)
    } else {
        st.do_match(vm)
    };
    sd.executing.set(false);
    if !r? {
        sd.start.set(None);
        return Ok(vm.none());
    }
    let m = match_obj::new_match(vm, &sd.pattern, &sd.subject, &st)?;
    let (s, e) = (st.start(), st.ptr());
    sd.must_advance.set(e == s);
    sd.start.set(Some(e));
    Ok(m)
}

fn scanner_match(vm: &Vm, a: Args) -> PyResult {
    step(vm, a, "match", false)
}

fn scanner_search(vm: &Vm, a: Args) -> PyResult {
    step(vm, a, "search", true)
}

fn get_pattern(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(native::<ScannerData>(vm, o, "_sre.SRE_Scanner")?
        .pattern
        .clone())
}

pub fn make_type(vm: &Vm) -> PyRef {
    let t = crate::objects::typeobj::new_native_type(vm, "SRE_Scanner", "_sre", false);
    crate::objects::add_native(vm, &t, "__new__", super::no_new, NativeKind::StaticMethod);
    crate::objects::add_methods(
        vm,
        &t,
        &[("match", scanner_match), ("search", scanner_search)],
    );
    crate::objects::descr::add_getset(vm, &t, "pattern", get_pattern, Some(super::readonly));
    t
}
