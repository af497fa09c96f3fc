//! The `itertools` iterators that end with their input: accumulate, chain (with
//! `chain.from_iterable`), compress, dropwhile, takewhile, filterfalse, islice, pairwise,
//! starmap and zip_longest.

use std::cell::{Cell, RefCell};

use super::{clinic, new_inst, new_type, next_method, split_new, state, unpack};
use crate::compile::bytecode::BinOp;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

fn next_opt(vm: &Vm, it: &RefCell<Option<PyRef>>) -> PyResult<Option<PyRef>> {
    let Some(i) = it.borrow().clone() else {
        return Ok(None);
    };
    let v = vm.iter_next(&i)?;
    if v.is_none() {
        *it.borrow_mut() = None;
    }
    Ok(v)
}

// ---- accumulate ----

struct Accumulate {
    it: PyRef,
    func: Option<PyRef>,
    total: RefCell<Option<PyRef>>,
    initial: RefCell<Option<PyRef>>,
}

fn accumulate_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let b = clinic(
        vm,
        "accumulate",
        rest,
        &["iterable", "func", "initial"],
        1,
        2,
    )?;
    let it = vm.get_iter(b[0].as_ref().unwrap())?;
    let func = b[1].clone().filter(|f| !vm.is_none(f));
    let initial = b[2].clone().filter(|f| !vm.is_none(f));
    Ok(new_inst(
        vm,
        &cls,
        Accumulate {
            it,
            func,
            total: RefCell::new(None),
            initial: RefCell::new(initial),
        },
    ))
}

fn accumulate_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Accumulate>(vm, o, "accumulate")?;
    let init = s.initial.borrow_mut().take();
    if let Some(i) = init {
        *s.total.borrow_mut() = Some(i.clone());
        return Ok(Some(i));
    }
    let Some(v) = vm.iter_next(&s.it)? else {
        return Ok(None);
    };
    let total = s.total.borrow().clone();
    let new = match total {
        None => v,
        Some(t) => match &s.func {
            None => vm.binary_op(&t, &v, BinOp::Add)?,
            Some(f) => vm.call(f, Args::new(&[t, v]))?,
        },
    };
    *s.total.borrow_mut() = Some(new.clone());
    Ok(Some(new))
}
next_method!(accumulate_next, accumulate_step);

// ---- chain ----

struct Chain {
    source: RefCell<Option<PyRef>>,
    active: RefCell<Option<PyRef>>,
}

fn chain_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    if rest.has_kw() {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let source = vm.get_iter(&vm.new_tuple(rest.args.to_vec()))?;
    Ok(new_inst(
        vm,
        &cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    ))
}

fn chain_from_iterable(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    if rest.has_kw() {
        return Err(vm.type_error("chain.from_iterable() takes no keyword arguments"));
    }
    if rest.args.len() != 1 {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            rest.args.len()
        )));
    }
    let source = vm.get_iter(&rest.args[0])?;
    Ok(new_inst(
        vm,
        &cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    ))
}

fn chain_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Chain>(vm, o, "chain")?;
    loop {
        let active = s.active.borrow().clone();
        match active {
            None => {
                let Some(src) = s.source.borrow().clone() else {
                    return Ok(None);
                };
                match vm.iter_next(&src)? {
                    None => {
                        *s.source.borrow_mut() = None;
                        return Ok(None);
                    }
                    Some(x) => *s.active.borrow_mut() = Some(vm.get_iter(&x)?),
                }
            }
            Some(it) => match vm.iter_next(&it)? {
                Some(v) => return Ok(Some(v)),
                None => *s.active.borrow_mut() = None,
            },
        }
    }
}
next_method!(chain_next, chain_step);

// ---- compress ----

struct Compress {
    data: PyRef,
    selectors: PyRef,
}

fn compress_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let b = clinic(vm, "compress", rest, &["data", "selectors"], 2, 2)?;
    let data = vm.get_iter(b[0].as_ref().unwrap())?;
    let selectors = vm.get_iter(b[1].as_ref().unwrap())?;
    Ok(new_inst(vm, &cls, Compress { data, selectors }))
}

fn compress_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Compress>(vm, o, "compress")?;
    loop {
        let Some(d) = vm.iter_next(&s.data)? else {
            return Ok(None);
        };
        let Some(sel) = vm.iter_next(&s.selectors)? else {
            return Ok(None);
        };
        if vm.is_true(&sel)? {
            return Ok(Some(d));
        }
    }
}
next_method!(compress_next, compress_step);

// ---- dropwhile / takewhile / filterfalse ----

/// The state of dropwhile, takewhile and filterfalse: a predicate, an iterator and
/// whether the predicate has stopped applying.
struct Predicated {
    pred: PyRef,
    it: PyRef,
    done: Cell<bool>,
}

fn predicated_new(vm: &Vm, a: Args, name: &str) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let p = unpack(vm, name, rest, 2, 2)?;
    let it = vm.get_iter(&p[1])?;
    Ok(new_inst(
        vm,
        &cls,
        Predicated {
            pred: p[0].clone(),
            it,
            done: Cell::new(false),
        },
    ))
}
fn dropwhile_new(vm: &Vm, a: Args) -> PyResult {
    predicated_new(vm, a, "dropwhile")
}
fn takewhile_new(vm: &Vm, a: Args) -> PyResult {
    predicated_new(vm, a, "takewhile")
}
fn filterfalse_new(vm: &Vm, a: Args) -> PyResult {
    predicated_new(vm, a, "filterfalse")
}

fn test(vm: &Vm, pred: &PyRef, v: &PyRef) -> PyResult<bool> {
    if vm.is_none(pred) {
        return vm.is_true(v);
    }
    let r = vm.call(pred, Args::new(std::slice::from_ref(v)))?;
    vm.is_true(&r)
}

fn dropwhile_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Predicated>(vm, o, "dropwhile")?;
    loop {
        let Some(v) = vm.iter_next(&s.it)? else {
            return Ok(None);
        };
        if s.done.get() {
            return Ok(Some(v));
        }
        let r = vm.call(&s.pred, Args::new(std::slice::from_ref(&v)))?;
        if !vm.is_true(&r)? {
            s.done.set(true);
            return Ok(Some(v));
        }
    }
}
next_method!(dropwhile_next, dropwhile_step);

fn takewhile_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Predicated>(vm, o, "takewhile")?;
    if s.done.get() {
        return Ok(None);
    }
    let Some(v) = vm.iter_next(&s.it)? else {
        return Ok(None);
    };
    let r = vm.call(&s.pred, Args::new(std::slice::from_ref(&v)))?;
    if vm.is_true(&r)? {
        return Ok(Some(v));
    }
    s.done.set(true);
    Ok(None)
}
next_method!(takewhile_next, takewhile_step);

fn filterfalse_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Predicated>(vm, o, "filterfalse")?;
    loop {
        let Some(v) = vm.iter_next(&s.it)? else {
            return Ok(None);
        };
        if !test(vm, &s.pred, &v)? {
            return Ok(Some(v));
        }
    }
}
next_method!(filterfalse_next, filterfalse_step);

// ---- islice ----

struct Islice {
    it: RefCell<Option<PyRef>>,
    next: Cell<i64>,
    /// -1: no stop.
    stop: i64,
    step: i64,
    cnt: Cell<i64>,
}

/// `PyNumber_AsSsize_t`: None when `o` is no integer or does not fit (CPython then
/// sees -1 and reports the argument as invalid).
fn as_ssize(vm: &Vm, o: &PyRef) -> Option<i64> {
    vm.index_opt(o).ok().flatten()
}

fn islice_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let p = unpack(vm, "islice", rest, 2, 4)?;
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (mut start, mut step) = (0i64, 1i64);
    let stop_of = |o: &PyRef| -> PyResult<i64> {
        if vm.is_none(o) {
            return Ok(-1);
        }
        match as_ssize(vm, o) {
            Some(v) if v != -1 => Ok(v),
            _ => Err(vm.value_error(STOP)),
        }
    };
    let stop = if p.len() == 2 {
        stop_of(&p[1])?
    } else {
        if !vm.is_none(&p[1]) {
            start = as_ssize(vm, &p[1]).unwrap_or(-1);
        }
        stop_of(&p[2])?
    };
    if start < 0 || stop < -1 {
        return Err(vm.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if p.len() == 4 && !vm.is_none(&p[3]) {
        step = as_ssize(vm, &p[3]).unwrap_or(-1);
    }
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.get_iter(&p[0])?;
    Ok(new_inst(
        vm,
        &cls,
        Islice {
            it: RefCell::new(Some(it)),
            next: Cell::new(start),
            stop,
            step,
            cnt: Cell::new(0),
        },
    ))
}

fn islice_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Islice>(vm, o, "islice")?;
    let Some(it) = s.it.borrow().clone() else {
        return Ok(None);
    };
    let done = |s: &Islice| {
        *s.it.borrow_mut() = None;
        Ok(None)
    };
    while s.cnt.get() < s.next.get() {
        if vm.iter_next(&it)?.is_none() {
            return done(s);
        }
        s.cnt.set(s.cnt.get() + 1);
    }
    if s.stop != -1 && s.cnt.get() >= s.stop {
        return done(s);
    }
    let Some(v) = vm.iter_next(&it)? else {
        return done(s);
    };
    s.cnt.set(s.cnt.get() + 1);
    let mut n = s.next.get().saturating_add(s.step);
    if s.stop != -1 && n > s.stop {
        n = s.stop;
    }
    s.next.set(n);
    Ok(Some(v))
}
next_method!(islice_next, islice_step);

// ---- pairwise ----

struct Pairwise {
    it: RefCell<Option<PyRef>>,
    old: RefCell<Option<PyRef>>,
}

fn pairwise_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let p = unpack(vm, "pairwise", rest, 1, 1)?;
    let it = vm.get_iter(&p[0])?;
    Ok(new_inst(
        vm,
        &cls,
        Pairwise {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
    ))
}

fn pairwise_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Pairwise>(vm, o, "pairwise")?;
    let prev = s.old.borrow().clone();
    let old = match prev {
        Some(v) => v,
        None => match next_opt(vm, &s.it)? {
            Some(v) => {
                *s.old.borrow_mut() = Some(v.clone());
                v
            }
            None => return Ok(None),
        },
    };
    let Some(new) = next_opt(vm, &s.it)? else {
        *s.old.borrow_mut() = None;
        return Ok(None);
    };
    *s.old.borrow_mut() = Some(new.clone());
    Ok(Some(vm.new_tuple(vec![old, new])))
}
next_method!(pairwise_next, pairwise_step);

// ---- starmap ----

struct Starmap {
    func: PyRef,
    it: PyRef,
}

fn starmap_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let p = unpack(vm, "starmap", rest, 2, 2)?;
    let it = vm.get_iter(&p[1])?;
    Ok(new_inst(
        vm,
        &cls,
        Starmap {
            func: p[0].clone(),
            it,
        },
    ))
}

fn starmap_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Starmap>(vm, o, "starmap")?;
    let Some(v) = vm.iter_next(&s.it)? else {
        return Ok(None);
    };
    let items = vm.iterate(&v)?;
    vm.call(&s.func, Args::new(&items)).map(Some)
}
next_method!(starmap_next, starmap_step);

// ---- zip_longest ----

struct ZipLongest {
    iters: RefCell<Vec<Option<PyRef>>>,
    active: Cell<usize>,
    fill: PyRef,
}

fn zip_longest_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let mut fill = vm.none();
    for (k, v) in rest.kwnames.iter().zip(rest.kwvalues()) {
        if vm.str_of(k) == Some("fillvalue") {
            fill = v.clone();
        } else {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let iters = rest
        .pos()
        .iter()
        .map(|o| vm.get_iter(o).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_inst(
        vm,
        &cls,
        ZipLongest {
            active: Cell::new(iters.len()),
            iters: RefCell::new(iters),
            fill,
        },
    ))
}

fn zip_longest_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<ZipLongest>(vm, o, "zip_longest")?;
    let n = s.iters.borrow().len();
    if n == 0 || s.active.get() == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let it = s.iters.borrow()[i].clone();
        match it {
            None => out.push(s.fill.clone()),
            Some(it) => match vm.iter_next(&it)? {
                Some(v) => out.push(v),
                None => {
                    s.active.set(s.active.get() - 1);
                    if s.active.get() == 0 {
                        return Ok(None);
                    }
                    s.iters.borrow_mut()[i] = None;
                    out.push(s.fill.clone());
                }
            },
        }
    }
    Ok(Some(vm.new_tuple(out)))
}
next_method!(zip_longest_next, zip_longest_step);

pub(super) fn register(vm: &Vm, m: &PyRef) -> PyResult<()> {
    new_type(
        vm,
        m,
        "accumulate",
        Some(accumulate_new),
        accumulate_next,
        &[],
    )?;
    let chain = new_type(vm, m, "chain", Some(chain_new), chain_next, &[])?;
    crate::objects::add_native(
        vm,
        &chain,
        "from_iterable",
        chain_from_iterable,
        NativeKind::ClassMethod,
    );
    new_type(vm, m, "compress", Some(compress_new), compress_next, &[])?;
    new_type(vm, m, "dropwhile", Some(dropwhile_new), dropwhile_next, &[])?;
    new_type(vm, m, "takewhile", Some(takewhile_new), takewhile_next, &[])?;
    new_type(
        vm,
        m,
        "filterfalse",
        Some(filterfalse_new),
        filterfalse_next,
        &[],
    )?;
    new_type(vm, m, "islice", Some(islice_new), islice_next, &[])?;
    new_type(vm, m, "pairwise", Some(pairwise_new), pairwise_next, &[])?;
    new_type(vm, m, "starmap", Some(starmap_new), starmap_next, &[])?;
    new_type(
        vm,
        m,
        "zip_longest",
        Some(zip_longest_new),
        zip_longest_next,
        &[],
    )?;
    Ok(())
}
