//! `functools._lru_cache_wrapper`: the C core of `functools.lru_cache`. Results live
//! in a dict keyed as CPython's `lru_cache_make_key` builds keys (a lone str/int
//! argument is its own key). A bounded cache stores each result in a `[result, tick]`
//! list and keeps the recency order beside the dict (tick -> key), so a hit never
//! mutates the dict: a re-entrant call from a key's `__eq__` then cannot force the outer
//! lookup to restart forever (CPython's linked list has the same property). Binds as a method
//! (`__get__`), has an instance `__dict__` for `update_wrapper`, and copies as itself.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__call__", call),
    ("__get__", get),
    ("cache_info", cache_info),
    ("cache_clear", cache_clear),
    ("__copy__", copy),
    ("__deepcopy__", deepcopy),
    ("__reduce__", reduce),
];

/// The type's docstring (CPython's).
pub const DOC: &str = "Create a cached callable that wraps another function.

user_function:      the function being cached

maxsize:  0         for no caching
          None      for unlimited cache size
          n         for a bounded cache

typed:    False     cache f(3) and f(3.0) as identical calls
          True      cache f(3) and f(3.0) as distinct calls

cache_info_type:    namedtuple class with the fields:
                        hits misses currsize maxsize
";

struct LruCache {
    func: PyRef,
    /// None: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    info_type: PyRef,
    cache: PyRef,
    /// Separates positional from keyword parts of keys (CPython's `kwd_mark`).
    kwd_mark: PyRef,
    hits: Cell<u64>,
    misses: Cell<u64>,
    /// Bounded caches: recency order, oldest first (tick -> key).
    order: RefCell<BTreeMap<u64, PyRef>>,
    tick: Cell<u64>,
}

impl LruCache {
    fn next_tick(&self) -> u64 {
        let t = self.tick.get() + 1;
        self.tick.set(t);
        t
    }
}

/// The `[result, tick]` cell of a bounded cache: (result, tick).
fn link_parts(link: &PyRef) -> Option<(PyRef, u64)> {
    match &link.payload {
        Payload::List(items) => {
            let items = items.borrow();
            let tick = match items.get(1).map(|t| &t.payload) {
                Some(Payload::Int(i)) => *i as u64,
                _ => return None,
            };
            Some((items.first()?.clone(), tick))
        }
        _ => None,
    }
}

fn state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a LruCache> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<LruCache>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'functools._lru_cache_wrapper' object but received a '{}'",
            o.type_name()
        ))
    })
}

pub fn new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    let b = args::bind(
        vm,
        "lru_cache",
        crate::modules::user_args(a),
        &["user_function", "maxsize", "typed", "cache_info_type"],
        4,
        0,
    )?;
    let arg = |i: usize| b[i].clone().unwrap_or_else(|| vm.none());
    let func = arg(0);
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let m = arg(1);
    let maxsize = if vm.is_none(&m) {
        None
    } else if crate::objects::int::is_int(&m) {
        Some(match vm.index_opt(&m)? {
            Some(n) => n.max(0) as usize,
            None => 0,
        })
    } else {
        return Err(vm.type_error("maxsize should be integer or None"));
    };
    let typed = vm.is_true(&arg(2))?;
    let st = LruCache {
        func,
        maxsize,
        typed,
        info_type: arg(3),
        cache: vm.new_dict(),
        kwd_mark: vm.new_object_of(&vm.types.object, Payload::Object),
        hits: Cell::new(0),
        misses: Cell::new(0),
        order: RefCell::new(BTreeMap::new()),
        tick: Cell::new(0),
    };
    Ok(vm.new_object_of(&cls, Payload::Native(Box::new(st))))
}

/// CPython's `lru_cache_make_key`.
fn make_key(vm: &Vm, c: &LruCache, a: &Args) -> PyRef {
    let pos = a.pos();
    if !c.typed && !a.has_kw() {
        if let [k] = pos {
            if k.class().is(&vm.types.str) || k.class().is(&vm.types.int) {
                return k.clone();
            }
        }
        return vm.new_tuple(pos.to_vec());
    }
    let mut key = pos.to_vec();
    if a.has_kw() {
        key.push(c.kwd_mark.clone());
        for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if c.typed {
        key.extend(pos.iter().map(|v| v.class().clone()));
        key.extend(a.kwvalues().iter().map(|v| v.class().clone()));
    }
    vm.new_tuple(key)
}

/// `__call__`: counted against the recursion limit like CPython's `tp_call` of the
/// wrapper (`_PyObject_MakeTpCall`), so recursive cached functions hit the limit at the
/// same depth.
fn call(vm: &Vm, a: Args) -> PyResult {
    let depth = vm.recursion_depth.get() + 1;
    if depth > vm.recursion_limit.get() {
        return Err(vm.new_error(
            &vm.exc.recursion_error,
            "maximum recursion depth exceeded while calling a Python object",
        ));
    }
    vm.recursion_depth.set(depth);
    let r = cached_call(vm, a);
    vm.recursion_depth.set(depth - 1);
    r
}

fn cached_call(vm: &Vm, a: Args) -> PyResult {
    let c = state(vm, args::this(vm, &a)?)?;
    let user = crate::modules::user_args(a);
    if c.maxsize == Some(0) {
        c.misses.set(c.misses.get() + 1);
        return vm.call(&c.func, user);
    }
    let key = make_key(vm, c, &user);
    if c.maxsize.is_none() {
        if let Some(v) = vm.dict_get_item(&c.cache, &key)? {
            c.hits.set(c.hits.get() + 1);
            return Ok(v);
        }
        c.misses.set(c.misses.get() + 1);
        let result = vm.call(&c.func, user)?;
        vm.dict_set_item(&c.cache, key, result.clone())?;
        return Ok(result);
    }
    if let Some(link) = vm.dict_get_item(&c.cache, &key)? {
        if let Some((v, old)) = link_parts(&link) {
            c.hits.set(c.hits.get() + 1);
            // Most recently used: a fresh tick, without touching the dict.
            let t = c.next_tick();
            let mut order = c.order.borrow_mut();
            if let Some(k) = order.remove(&old) {
                order.insert(t, k);
                if let Payload::List(items) = &link.payload {
                    if let Some(slot) = items.borrow_mut().get_mut(1) {
                        *slot = vm.new_int(t as i64);
                    }
                }
            }
            return Ok(v);
        }
    }
    c.misses.set(c.misses.get() + 1);
    let result = vm.call(&c.func, user)?;
    let max = c.maxsize.unwrap_or(usize::MAX);
    // A recursive call may have cached this key meanwhile.
    if vm.dict_get_item(&c.cache, &key)?.is_some() {
        return Ok(result);
    }
    while vm.dict_len(&c.cache) >= max {
        let oldest = c.order.borrow_mut().pop_first();
        match oldest {
            Some((_, k)) => {
                vm.dict_del_item(&c.cache, &k)?;
            }
            None => break,
        }
    }
    let t = c.next_tick();
    let link = vm.new_list(vec![result.clone(), vm.new_int(t as i64)]);
    c.order.borrow_mut().insert(t, key.clone());
    vm.dict_set_item(&c.cache, key, link)?;
    Ok(result)
}

fn get(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__get__", a, 1, 2)?;
    if vm.is_none(&p[1]) {
        return Ok(p[0].clone());
    }
    Ok(vm.new_method(p[0].clone(), p[1].clone()))
}

fn cache_info(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "cache_info", a, 0, 0)?;
    let c = state(vm, &p[0])?;
    let maxsize = match c.maxsize {
        Some(m) => vm.new_int(m as i64),
        None => vm.none(),
    };
    vm.call(
        &c.info_type,
        Args::new(&[
            vm.new_int(c.hits.get() as i64),
            vm.new_int(c.misses.get() as i64),
            maxsize,
            vm.new_int(vm.dict_len(&c.cache) as i64),
        ]),
    )
}

fn cache_clear(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "cache_clear", a, 0, 0)?;
    let c = state(vm, &p[0])?;
    c.hits.set(0);
    c.misses.set(0);
    c.order.borrow_mut().clear();
    vm.call_method(&c.cache, "clear", &[])?;
    Ok(vm.none())
}

fn copy(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__copy__", a, 0, 0)?;
    Ok(p[0].clone())
}

fn deepcopy(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__deepcopy__", a, 1, 1)?;
    Ok(p[0].clone())
}

fn reduce(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__reduce__", a, 0, 0)?;
    vm.get_attr_str(&p[0], "__qualname__")
}
