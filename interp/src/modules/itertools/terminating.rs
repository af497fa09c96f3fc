//! The `itertools` iterators that end with their input: accumulate, chain (with
//! `chain.from_iterable`), compress, dropwhile, takewhile, filterfalse, islice, pairwise,
//! starmap and zip_longest, with their pickling (CPython's reduce values and
//! `__setstate__`s; pairwise has none).

use std::cell::{Cell, RefCell};

use super::pickle_util::{
    is_iterator, reduce_args, reduce_value, setstate_args, ssize_strict, state_tuple, tuple_arity,
};
use super::{clinic, itertype, new_inst, new_type, next_method, split_new, state, unpack_new};
use crate::compile::bytecode::BinOp;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// The reduce value naming the receiver's own type.
fn own(vm: &Vm, o: &PyRef, args: Vec<PyRef>, st: Option<PyRef>) -> PyResult {
    Ok(reduce_value(vm, o.class().clone(), args, st))
}

/// `chain(first_items, rest)` as a new chain object.
fn chain_of(vm: &Vm, first: PyRef, rest: PyRef) -> PyResult {
    let chain = itertype(vm, "chain")?;
    vm.call(&chain, Args::new(&[vm.new_tuple(vec![first]), rest]))
}

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

/// CPython's reduce value: with a pending initial value, the input is chained after it;
/// a running total of None (indistinguishable from no total) is rebuilt by skipping
/// the first value of an accumulate over `chain((None,), it)`.
fn accumulate_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = reduce_args::<Accumulate>(vm, a, "accumulate")?;
    let func = s.func.clone().unwrap_or_else(|| vm.none());
    if let Some(init) = s.initial.borrow().clone() {
        let it = chain_of(vm, init, s.it.clone())?;
        return own(vm, o, vec![it, func], Some(vm.none()));
    }
    let total = s.total.borrow().clone();
    match total {
        Some(t) if vm.is_none(&t) => {
            let it = chain_of(vm, t, s.it.clone())?;
            let acc = vm.call(o.class(), Args::new(&[it, func]))?;
            let islice = itertype(vm, "islice")?;
            Ok(reduce_value(
                vm,
                islice,
                vec![acc, vm.new_int(1), vm.none()],
                None,
            ))
        }
        t => own(
            vm,
            o,
            vec![s.it.clone(), func],
            Some(t.unwrap_or_else(|| vm.none())),
        ),
    }
}

fn accumulate_setstate(vm: &Vm, a: Args) -> PyResult {
    let (_, s, st) = setstate_args::<Accumulate>(vm, a, "accumulate")?;
    *s.total.borrow_mut() = Some(st.clone());
    Ok(vm.none())
}

// ---- chain ----

struct Chain {
    source: RefCell<Option<PyRef>>,
    active: RefCell<Option<PyRef>>,
}

fn chain_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let p = unpack_new(vm, &cls, "chain", rest, 0, usize::MAX)?;
    let source = vm.get_iter(&vm.new_tuple(p.to_vec()))?;
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
                    Some(x) => match vm.get_iter(&x) {
                        Ok(it) => *s.active.borrow_mut() = Some(it),
                        Err(e) => {
                            *s.source.borrow_mut() = None;
                            return Err(e);
                        }
                    },
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

/// `(chain, (), (source[, active]))`, or `(chain, ())` once exhausted.
fn chain_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = reduce_args::<Chain>(vm, a, "chain")?;
    let Some(source) = s.source.borrow().clone() else {
        return own(vm, o, vec![], None);
    };
    let mut st = vec![source];
    st.extend(s.active.borrow().clone());
    own(vm, o, vec![], Some(vm.new_tuple(st)))
}

fn chain_setstate(vm: &Vm, a: Args) -> PyResult {
    let (_, s, st) = setstate_args::<Chain>(vm, a, "chain")?;
    let items = state_tuple(vm, st)?;
    tuple_arity(vm, items, 1, 2)?;
    if !items.iter().all(|i| is_iterator(vm, i)) {
        return Err(vm.type_error("Arguments must be iterators."));
    }
    *s.source.borrow_mut() = Some(items[0].clone());
    *s.active.borrow_mut() = items.get(1).cloned();
    Ok(vm.none())
}

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

fn compress_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = reduce_args::<Compress>(vm, a, "compress")?;
    own(vm, o, vec![s.data.clone(), s.selectors.clone()], None)
}

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
    let p = unpack_new(vm, &cls, name, rest, 2, 2)?;
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

/// `(type, (predicate, it))`, with dropwhile's and takewhile's flag as 0 or 1.
fn predicated_reduce(vm: &Vm, a: Args, what: &str, flag: bool) -> PyResult {
    let (o, s) = reduce_args::<Predicated>(vm, a, what)?;
    let st = flag.then(|| vm.new_int(s.done.get() as i64));
    own(vm, o, vec![s.pred.clone(), s.it.clone()], st)
}
fn dropwhile_reduce(vm: &Vm, a: Args) -> PyResult {
    predicated_reduce(vm, a, "dropwhile", true)
}
fn takewhile_reduce(vm: &Vm, a: Args) -> PyResult {
    predicated_reduce(vm, a, "takewhile", true)
}
fn filterfalse_reduce(vm: &Vm, a: Args) -> PyResult {
    predicated_reduce(vm, a, "filterfalse", false)
}

fn predicated_setstate(vm: &Vm, a: Args, what: &str) -> PyResult {
    let (_, s, st) = setstate_args::<Predicated>(vm, a, what)?;
    s.done.set(vm.is_true(st)?);
    Ok(vm.none())
}
fn dropwhile_setstate(vm: &Vm, a: Args) -> PyResult {
    predicated_setstate(vm, a, "dropwhile")
}
fn takewhile_setstate(vm: &Vm, a: Args) -> PyResult {
    predicated_setstate(vm, a, "takewhile")
}

// ---- islice ----

struct Islice {
    it: RefCell<Option<PyRef>>,
    next: Cell<i64>,
    /// -1: no stop.
    stop: i64,
    step: i64,
    cnt: Cell<i64>,
}

/// `(islice, (it, next, stop, step), count)`; once exhausted `(islice, (iter([]), 0), 0)`.
fn islice_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = reduce_args::<Islice>(vm, a, "islice")?;
    let Some(it) = s.it.borrow().clone() else {
        let empty = vm.get_iter(&vm.new_list(vec![]))?;
        return own(vm, o, vec![empty, vm.new_int(0)], Some(vm.new_int(0)));
    };
    let stop = if s.stop == -1 {
        vm.none()
    } else {
        vm.new_int(s.stop)
    };
    own(
        vm,
        o,
        vec![it, vm.new_int(s.next.get()), stop, vm.new_int(s.step)],
        Some(vm.new_int(s.cnt.get())),
    )
}

fn islice_setstate(vm: &Vm, a: Args) -> PyResult {
    let (_, s, st) = setstate_args::<Islice>(vm, a, "islice")?;
    s.cnt.set(ssize_strict(vm, st)?);
    Ok(vm.none())
}

/// `PyNumber_AsSsize_t`: None when `o` is no integer or does not fit (CPython then
/// sees -1 and reports the argument as invalid).
fn as_ssize(vm: &Vm, o: &PyRef) -> Option<i64> {
    vm.index_opt(o).ok().flatten()
}

fn islice_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let p = unpack_new(vm, &cls, "islice", rest, 2, 4)?;
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
    let old = s.next.get();
    let mut n = old.wrapping_add(s.step);
    if n < old || (s.stop != -1 && n > s.stop) {
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
    let p = unpack_new(vm, &cls, "pairwise", rest, 1, 1)?;
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
    let p = unpack_new(vm, &cls, "starmap", rest, 2, 2)?;
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

fn starmap_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = reduce_args::<Starmap>(vm, a, "starmap")?;
    own(vm, o, vec![s.func.clone(), s.it.clone()], None)
}

// ---- zip_longest ----

struct ZipLongest {
    iters: RefCell<Vec<Option<PyRef>>>,
    active: Cell<usize>,
    fill: RefCell<PyRef>,
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
            fill: RefCell::new(fill),
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
    let fill = s.fill.borrow().clone();
    for i in 0..n {
        let it = s.iters.borrow()[i].clone();
        match it {
            None => out.push(fill.clone()),
            Some(it) => match vm.iter_next(&it) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => {
                    s.active.set(s.active.get() - 1);
                    if s.active.get() == 0 {
                        return Ok(None);
                    }
                    s.iters.borrow_mut()[i] = None;
                    out.push(fill.clone());
                }
                Err(e) => {
                    s.active.set(0);
                    return Err(e);
                }
            },
        }
    }
    Ok(Some(vm.new_tuple(out)))
}
next_method!(zip_longest_next, zip_longest_step);

/// `(zip_longest, iterators, fillvalue)`, an exhausted input pickled as `()`.
fn zip_longest_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = reduce_args::<ZipLongest>(vm, a, "zip_longest")?;
    let iters = s
        .iters
        .borrow()
        .iter()
        .map(|i| i.clone().unwrap_or_else(|| vm.new_tuple(vec![])))
        .collect();
    Ok(vm.new_tuple(vec![
        o.class().clone(),
        vm.new_tuple(iters),
        s.fill.borrow().clone(),
    ]))
}

fn zip_longest_setstate(vm: &Vm, a: Args) -> PyResult {
    let (_, s, st) = setstate_args::<ZipLongest>(vm, a, "zip_longest")?;
    *s.fill.borrow_mut() = st.clone();
    Ok(vm.none())
}

pub(super) fn register(vm: &Vm, m: &PyRef) -> PyResult<()> {
    new_type(
        vm,
        m,
        "accumulate",
        Some(accumulate_new),
        accumulate_next,
        &[
            ("__reduce__", accumulate_reduce),
            ("__setstate__", accumulate_setstate),
        ],
    )?;
    let chain = new_type(
        vm,
        m,
        "chain",
        Some(chain_new),
        chain_next,
        &[
            ("__reduce__", chain_reduce),
            ("__setstate__", chain_setstate),
        ],
    )?;
    crate::objects::add_native(
        vm,
        &chain,
        "__class_getitem__",
        super::class_getitem,
        NativeKind::ClassMethod,
    );
    crate::objects::add_native(
        vm,
        &chain,
        "from_iterable",
        chain_from_iterable,
        NativeKind::ClassMethod,
    );
    new_type(
        vm,
        m,
        "compress",
        Some(compress_new),
        compress_next,
        &[("__reduce__", compress_reduce)],
    )?;
    new_type(
        vm,
        m,
        "dropwhile",
        Some(dropwhile_new),
        dropwhile_next,
        &[
            ("__reduce__", dropwhile_reduce),
            ("__setstate__", dropwhile_setstate),
        ],
    )?;
    new_type(
        vm,
        m,
        "takewhile",
        Some(takewhile_new),
        takewhile_next,
        &[
            ("__reduce__", takewhile_reduce),
            ("__setstate__", takewhile_setstate),
        ],
    )?;
    new_type(
        vm,
        m,
        "filterfalse",
        Some(filterfalse_new),
        filterfalse_next,
        &[("__reduce__", filterfalse_reduce)],
    )?;
    new_type(
        vm,
        m,
        "islice",
        Some(islice_new),
        islice_next,
        &[
            ("__reduce__", islice_reduce),
            ("__setstate__", islice_setstate),
        ],
    )?;
    new_type(vm, m, "pairwise", Some(pairwise_new), pairwise_next, &[])?;
    new_type(
        vm,
        m,
        "starmap",
        Some(starmap_new),
        starmap_next,
        &[("__reduce__", starmap_reduce)],
    )?;
    new_type(
        vm,
        m,
        "zip_longest",
        Some(zip_longest_new),
        zip_longest_next,
        &[
            ("__reduce__", zip_longest_reduce),
            ("__setstate__", zip_longest_setstate),
        ],
    )?;
    Ok(())
}
