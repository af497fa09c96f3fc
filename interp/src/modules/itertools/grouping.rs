//! `itertools.groupby` with its `_grouper` sub-iterators (sharing the parent's state as
//! in CPython: advancing the parent invalidates the previous group), and `tee` with its
//! `_tee` objects, which share a linked buffer of the values read so far.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use super::{clinic, new_inst, new_type, next_method, split_new, state, unpack};
use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

static GROUPER: crate::vm::gil::GilCell<RefCell<Option<PyRef>>> =
    crate::vm::gil::GilCell::new(|| RefCell::new(None));
static TEE: crate::vm::gil::GilCell<RefCell<Option<PyRef>>> =
    crate::vm::gil::GilCell::new(|| RefCell::new(None));

// ---- groupby ----

struct GroupBy {
    it: PyRef,
    key: Option<PyRef>,
    tgtkey: RefCell<Option<PyRef>>,
    currkey: RefCell<Option<PyRef>>,
    currvalue: RefCell<Option<PyRef>>,
    /// The generation of the group iterator that may still advance (CPython compares
    /// `currgrouper` by identity; a counter avoids a reference cycle).
    current: Cell<u64>,
}

struct Grouper {
    parent: PyRef,
    tgtkey: PyRef,
    generation: u64,
}

fn groupby_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let b = clinic(vm, "groupby", rest, &["iterable", "key"], 1, 2)?;
    let it = vm.get_iter(b[0].as_ref().unwrap())?;
    let key = b[1].clone().filter(|k| !vm.is_none(k));
    Ok(new_inst(
        vm,
        &cls,
        GroupBy {
            it,
            key,
            tgtkey: RefCell::new(None),
            currkey: RefCell::new(None),
            currvalue: RefCell::new(None),
            current: Cell::new(0),
        },
    ))
}

/// Reads the next value and its key into `currvalue`/`currkey`; false at the end.
fn groupby_advance(vm: &Vm, s: &GroupBy) -> PyResult<bool> {
    let Some(v) = vm.iter_next(&s.it)? else {
        return Ok(false);
    };
    let k = match &s.key {
        None => v.clone(),
        Some(f) => vm.call(f, Args::new(std::slice::from_ref(&v)))?,
    };
    *s.currvalue.borrow_mut() = Some(v);
    *s.currkey.borrow_mut() = Some(k);
    Ok(true)
}

fn keys_equal(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    let r = vm.rich_compare(a, b, CompareKind::Eq)?;
    vm.is_true(&r)
}

fn groupby_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<GroupBy>(vm, o, "groupby")?;
    // Invalidate the previous group.
    s.current.set(s.current.get() + 1);
    loop {
        let curr = s.currkey.borrow().clone();
        match curr {
            None => {
                if !groupby_advance(vm, s)? {
                    return Ok(None);
                }
            }
            Some(ck) => {
                let tgt = s.tgtkey.borrow().clone();
                match tgt {
                    None => break,
                    Some(tk) => {
                        if !keys_equal(vm, &tk, &ck)? {
                            break;
                        }
                        if !groupby_advance(vm, s)? {
                            return Ok(None);
                        }
                    }
                }
            }
        }
    }
    let key = s.currkey.borrow().clone().unwrap_or_else(|| vm.none());
    *s.tgtkey.borrow_mut() = Some(key.clone());
    let gen = s.current.get();
    let gt = GROUPER
        .with(|g| g.borrow().clone())
        .ok_or_else(|| vm.runtime_error("itertools._grouper missing"))?;
    let grouper = new_inst(
        vm,
        &gt,
        Grouper {
            parent: o.clone(),
            tgtkey: key.clone(),
            generation: gen,
        },
    );
    Ok(Some(vm.new_tuple(vec![key, grouper])))
}
next_method!(groupby_next, groupby_step);

fn grouper_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let g = state::<Grouper>(vm, o, "_grouper")?;
    let s = state::<GroupBy>(vm, &g.parent, "groupby")?;
    if s.current.get() != g.generation {
        return Ok(None);
    }
    let have_value = s.currvalue.borrow().is_some();
    if !have_value && !groupby_advance(vm, s)? {
        return Ok(None);
    }
    let ck = s.currkey.borrow().clone().unwrap_or_else(|| vm.none());
    if !keys_equal(vm, &g.tgtkey, &ck)? {
        return Ok(None);
    }
    Ok(s.currvalue.borrow_mut().take())
}
next_method!(grouper_next, grouper_step);

// ---- tee ----

/// One position of a tee's buffer: once read, the value there and the next position.
/// Positions nobody points at any more are freed.
struct Node {
    item: OnceCell<(PyRef, Rc<Node>)>,
}

impl Drop for Node {
    /// Frees a long chain iteratively rather than by recursion.
    fn drop(&mut self) {
        let mut next = self.item.take().map(|(_, n)| n);
        while let Some(n) = next {
            next = match Rc::try_unwrap(n) {
                Ok(mut node) => node.item.take().map(|(_, n)| n),
                Err(_) => None,
            };
        }
    }
}

struct TeeShared {
    it: PyRef,
    running: Cell<bool>,
}

struct Tee {
    shared: Rc<TeeShared>,
    pos: RefCell<Rc<Node>>,
}

fn tee_type(vm: &Vm) -> PyResult<PyRef> {
    TEE.with(|t| t.borrow().clone())
        .ok_or_else(|| vm.runtime_error("itertools._tee missing"))
}

fn tee_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let t = state::<Tee>(vm, o, "_tee")?;
    let pos = t.pos.borrow().clone();
    if let Some((v, next)) = pos.item.get() {
        let (v, next) = (v.clone(), next.clone());
        *t.pos.borrow_mut() = next;
        return Ok(Some(v));
    }
    if t.shared.running.get() {
        return Err(vm.runtime_error("cannot re-enter the tee iterator"));
    }
    t.shared.running.set(true);
    let r = vm.iter_next(&t.shared.it);
    t.shared.running.set(false);
    let Some(v) = r? else {
        return Ok(None);
    };
    let next = Rc::new(Node {
        item: OnceCell::new(),
    });
    // A re-entrant read through another tee may have filled this position already.
    let _ = pos.item.set((v.clone(), next.clone()));
    let next = pos.item.get().map(|(_, n)| n.clone()).unwrap_or(next);
    *t.pos.borrow_mut() = next;
    Ok(Some(v))
}
next_method!(tee_next, tee_step);

fn tee_copy_of(vm: &Vm, o: &PyRef) -> PyResult {
    let t = state::<Tee>(vm, o, "_tee")?;
    let ty = tee_type(vm)?;
    Ok(new_inst(
        vm,
        &ty,
        Tee {
            shared: t.shared.clone(),
            pos: RefCell::new(t.pos.borrow().clone()),
        },
    ))
}

fn tee_copy(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__copy__", a, 0, 0)?;
    tee_copy_of(vm, &s[0])
}

fn tee_from_iterable(vm: &Vm, iterable: &PyRef) -> PyResult {
    let it = vm.get_iter(iterable)?;
    let ty = tee_type(vm)?;
    if it.class().is(&ty) {
        return tee_copy_of(vm, &it);
    }
    Ok(new_inst(
        vm,
        &ty,
        Tee {
            shared: Rc::new(TeeShared {
                it,
                running: Cell::new(false),
            }),
            pos: RefCell::new(Rc::new(Node {
                item: OnceCell::new(),
            })),
        },
    ))
}

fn tee_new(vm: &Vm, a: Args) -> PyResult {
    let (_cls, rest) = split_new(vm, &a)?;
    let p = unpack(vm, "_tee", rest, 1, 1)?;
    tee_from_iterable(vm, &p[0])
}

/// `tee(iterable, n=2)`: n independent iterators over one iterable.
pub(super) fn tee(vm: &Vm, a: Args) -> PyResult {
    if a.has_kw() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    let p = unpack(vm, "tee", crate::modules::user_args(a), 1, 2)?;
    let n = match p.get(1) {
        Some(o) => args::to_i64(vm, o)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.new_tuple(vec![]));
    }
    let it = vm.get_iter(&p[0])?;
    let ty = tee_type(vm)?;
    let copy_name = vm.intern("__copy__");
    let first = if it.class().is(&ty)
        || crate::object::typeobj::type_lookup(it.class(), &copy_name).is_some()
    {
        it
    } else {
        tee_from_iterable(vm, &it)?
    };
    let mut out = vec![first.clone()];
    let mut cur = first;
    for _ in 1..n {
        cur = vm.call_method(&cur, "__copy__", &[])?;
        out.push(cur.clone());
    }
    Ok(vm.new_tuple(out))
}

pub(super) fn register(vm: &Vm, m: &PyRef) -> PyResult<()> {
    new_type(vm, m, "groupby", Some(groupby_new), groupby_next, &[])?;
    let g = new_type(vm, m, "_grouper", None, grouper_next, &[])?;
    GROUPER.with(|x| *x.borrow_mut() = Some(g));
    let t = new_type(
        vm,
        m,
        "_tee",
        Some(tee_new),
        tee_next,
        &[("__copy__", tee_copy)],
    )?;
    TEE.with(|x| *x.borrow_mut() = Some(t));
    Ok(())
}
