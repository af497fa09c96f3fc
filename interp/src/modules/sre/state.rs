//! The subject of a match (`getstring`): a str as bytes (ASCII) or code points, or the
//! bytes of a bytes-like object; slices of it as Python objects (`getslice`); and
//! [`State`] (`state_init`), the engine over a subject with `pos`/`endpos` clamped.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

use super::engine::{Engine, SreError, SreResult};
use super::PatternData;

enum Store {
    /// An ASCII str: its UTF-8 bytes are its code points.
    AsciiStr,
    /// Any other str, decoded.
    Wide(Rc<Vec<u32>>),
    /// A `bytes` payload, read in place.
    Bytes,
    /// The bytes of a bytearray or memoryview, copied.
    Copied(Vec<u8>),
}

/// The last non-ASCII str decoded, so that repeated matches on one text (a tokenizer
/// calling `match(text, pos)`) decode it once.
type WideCache = Option<(PyRef, Rc<Vec<u32>>)>;

static LAST_WIDE: crate::vm::gil::GilCell<RefCell<WideCache>> =
    crate::vm::gil::GilCell::new(|| RefCell::new(None));

/// The code points of a non-ASCII str, from the one-entry cache when it is the same
/// object (strs are immutable).
fn decoded(obj: &PyRef, s: &PyStr) -> Rc<Vec<u32>> {
    if let Some(v) = LAST_WIDE.with(|c| {
        c.borrow()
            .as_ref()
            .and_then(|(o, v)| o.is(obj).then(|| v.clone()))
    }) {
        return v;
    }
    let v: Rc<Vec<u32>> = Rc::new(s.view().code_points().collect());
    let old = LAST_WIDE.with(|c| c.borrow_mut().replace((obj.clone(), v.clone())));
    drop(old);
    v
}

/// The text a pattern runs on, kept with the object it came from.
pub struct Subject {
    pub obj: PyRef,
    pub isbytes: bool,
    pub len: usize,
    store: Store,
}

/// The characters of a subject.
pub enum Text<'a> {
    Narrow(&'a [u8]),
    Wide(&'a [u32]),
}

impl Subject {
    /// `getstring`: a str or bytes-like object, else CPython's TypeError.
    pub fn new(vm: &Vm, obj: &PyRef) -> PyResult<Subject> {
        let (store, isbytes, len) = match &obj.payload {
            Payload::Str(s) => {
                if s.is_ascii() {
                    (Store::AsciiStr, false, s.char_len)
                } else {
                    let v = decoded(obj, s);
                    let n = v.len();
                    (Store::Wide(v), false, n)
                }
            }
            Payload::Bytes(b) => (Store::Bytes, true, b.len()),
            Payload::ByteArray(_) | Payload::MemoryView(_) => {
                let b = crate::objects::bytes::bytes_from_object(vm, obj)?;
                let n = b.len();
                (Store::Copied(b), true, n)
            }
            _ => {
                return Err(vm.type_error(format!(
                    "expected string or bytes-like object, got '{}'",
                    obj.type_name()
                )))
            }
        };
        Ok(Subject {
            obj: obj.clone(),
            isbytes,
            len,
            store,
        })
    }

    pub fn text(&self) -> Text<'_> {
        match (&self.store, &self.obj.payload) {
            (Store::AsciiStr, Payload::Str(s)) => Text::Narrow(s.bytes()),
            (Store::Bytes, Payload::Bytes(b)) => Text::Narrow(b),
            (Store::Wide(v), _) => Text::Wide(v.as_slice()),
            (Store::Copied(v), _) => Text::Narrow(v),
            _ => Text::Narrow(&[]),
        }
    }

    /// `getslice`: `self[i:j]` as an exact str or bytes (the object itself when that
    /// is the whole of an exact str or bytes).
    pub fn slice(&self, vm: &Vm, i: usize, j: usize) -> PyRef {
        slice_of(vm, &self.obj, i, j)
    }
}

/// `getslice` on the original object (`i <= j` clamped to its length).
pub fn slice_of(vm: &Vm, obj: &PyRef, i: usize, j: usize) -> PyRef {
    match &obj.payload {
        Payload::Str(s) => {
            let (i, j) = (i.min(s.char_len), j.min(s.char_len));
            if i == 0 && j == s.char_len && obj.class().is(&vm.types.str) {
                return obj.clone();
            }
            crate::objects::str::new_view(vm, s.substr(i, j.max(i)))
        }
        Payload::Bytes(b) => {
            if i == 0 && j == b.len() && obj.class().is(&vm.types.bytes) {
                return obj.clone();
            }
            let (i, j) = (i.min(b.len()), j.min(b.len()));
            vm.new_bytes(b[i..j.max(i)].to_vec())
        }
        _ => {
            let b = crate::objects::bytes::bytes_from_object(vm, obj).unwrap_or_default();
            let (i, j) = (i.min(b.len()), j.min(b.len()));
            vm.new_bytes(b[i..j.max(i)].to_vec())
        }
    }
}

/// The engine over either kind of text.
pub enum AnyEngine<'a> {
    Narrow(Engine<'a, u8>),
    Wide(Engine<'a, u32>),
}

macro_rules! each {
    ($e:expr, $x:ident => $body:expr) => {
        match $e {
            AnyEngine::Narrow($x) => $body,
            AnyEngine::Wide($x) => $body,
        }
    };
}

/// `SRE_STATE`: the engine over a subject between `pos` and `endpos`.
pub struct State<'a> {
    pub eng: AnyEngine<'a>,
    pub pos: usize,
    pub endpos: usize,
    pub groups: usize,
}

/// Clamps a `pos`/`endpos` argument to `0..=len`.
fn clamp(v: i64, len: usize) -> usize {
    if v < 0 {
        0
    } else {
        (v as u64).min(len as u64) as usize
    }
}

/// CPython's TypeError when a str pattern meets bytes or the reverse.
pub fn check_kind(vm: &Vm, pat: &PatternData, subj: &Subject) -> PyResult<()> {
    if subj.isbytes && pat.isbytes == 0 {
        return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
    }
    if !subj.isbytes && pat.isbytes > 0 {
        return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
    }
    Ok(())
}

impl<'a> State<'a> {
    /// `state_init`.
    pub fn new(
        vm: &Vm,
        pat: &'a PatternData,
        subj: &'a Subject,
        pos: i64,
        endpos: i64,
    ) -> PyResult<State<'a>> {
        check_kind(vm, pat, subj)?;
        let pos = clamp(pos, subj.len);
        let endpos = clamp(endpos, subj.len);
        let groups = pat.groups;
        let eng = match subj.text() {
            Text::Narrow(t) => AnyEngine::Narrow(Engine::new(&pat.code, t, pos, endpos, groups)),
            Text::Wide(t) => AnyEngine::Wide(Engine::new(&pat.code, t, pos, endpos, groups)),
        };
        Ok(State {
            eng,
            pos,
            endpos,
            groups,
        })
    }

    pub fn reset(&mut self) {
        each!(&mut self.eng, e => e.reset())
    }

    /// `sre_match` from `start`.
    pub fn do_match(&mut self, vm: &Vm) -> PyResult<bool> {
        let r = each!(&mut self.eng, e => e.run_match());
        map_err(vm, r)
    }

    /// `sre_search` from `start`.
    pub fn do_search(&mut self, vm: &Vm) -> PyResult<bool> {
        let r = each!(&mut self.eng, e => e.run_search());
        map_err(vm, r)
    }

    pub fn start(&self) -> usize {
        each!(&self.eng, e => e.start as usize)
    }

    pub fn ptr(&self) -> usize {
        each!(&self.eng, e => e.ptr as usize)
    }

    pub fn set_start(&mut self, v: usize) {
        each!(&mut self.eng, e => { e.start = v as isize; e.ptr = v as isize; })
    }

    pub fn set_must_advance(&mut self, v: bool) {
        each!(&mut self.eng, e => e.must_advance = v)
    }

    pub fn set_match_all(&mut self, v: bool) {
        each!(&mut self.eng, e => e.match_all = v)
    }

    pub fn lastindex(&self) -> isize {
        each!(&self.eng, e => e.lastindex)
    }

    /// The span of group `g` (1-based) of the last match; the SystemError CPython
    /// raises for a span that ends before it starts.
    pub fn group_span(&self, vm: &Vm, g: usize) -> PyResult<Option<(usize, usize)>> {
        match each!(&self.eng, e => e.group_span(g)) {
            None => Ok(None),
            Some((a, b)) if a > b => Err(vm.new_error(
                &vm.exc.system_error,
                "The span of capturing group is wrong, please report a bug for the re module.",
            )),
            Some((a, b)) => Ok(Some((a as usize, b as usize))),
        }
    }

    /// Spans of group 0 and every group (`(-1, -1)` for unmatched ones).
    pub fn regs(&self, vm: &Vm) -> PyResult<Vec<(isize, isize)>> {
        let mut v = Vec::with_capacity(self.groups + 1);
        v.push((self.start() as isize, self.ptr() as isize));
        for g in 1..=self.groups {
            v.push(match self.group_span(vm, g)? {
                Some((a, b)) => (a as isize, b as isize),
                None => (-1, -1),
            });
        }
        Ok(v)
    }
}

/// `pattern_error`: the exception for an engine failure.
pub fn map_err(vm: &Vm, r: SreResult<bool>) -> PyResult<bool> {
    r.map_err(|e| match e {
        SreError::RecursionLimit => {
            vm.new_error(&vm.exc.recursion_error, "maximum recursion limit exceeded")
        }
        _ => vm.runtime_error("internal error in regular expression engine"),
    })
}
