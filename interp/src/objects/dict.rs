//! `dict` and its views (`dict_keys`, `dict_values`, `dict_items`, with set operations
//! on keys and items).

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::list::{method_args, Arity};
use crate::vm::Vm;

fn this_dict<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a PyRef> {
    let t = args::this(vm, args)?;
    match &t.payload {
        Payload::Dict(_) => Ok(t),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_usize(vm.dict_len(this_dict(vm, &args)?)))
}

fn dict_repr(vm: &Vm, args: Args) -> PyResult {
    let d = this_dict(vm, &args)?;
    if !crate::builtins::repr_enter(vm, d) {
        return Ok(vm.new_str("{...}"));
    }
    let r = (|| -> PyResult<String> {
        let mut out = String::from("{");
        for (i, (k, v)) in vm.dict_items(d).iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&vm.repr_str(k)?);
            out.push_str(": ");
            out.push_str(&vm.repr_str(v)?);
        }
        out.push('}');
        Ok(out)
    })();
    crate::builtins::repr_leave(vm, d);
    Ok(vm.new_string(r?))
}

fn dict_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getitem__", args, 2, 2)?;
    let d = this_dict(vm, &args)?;
    if let Some(v) = vm.dict_get_item(d, &a[1])? {
        return Ok(v);
    }
    if d.class().type_data().heap {
        if let Some(r) = vm.call_special(d, &vm.names.__missing__, &[a[1].clone()])? {
            return Ok(r);
        }
    }
    Err(vm.key_error(a[1].clone()))
}

fn dict_setitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__setitem__", args, 3, 3)?;
    vm.dict_set_item(this_dict(vm, &args)?, a[1].clone(), a[2].clone())?;
    Ok(vm.none())
}

fn dict_delitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__delitem__", args, 2, 2)?;
    if !vm.dict_del_item(this_dict(vm, &args)?, &a[1])? {
        return Err(vm.key_error(a[1].clone()));
    }
    Ok(vm.none())
}

fn dict_contains(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__contains__", args, 2, 2)?;
    Ok(vm.new_bool(vm.dict_get_item(this_dict(vm, &args)?, &a[1])?.is_some()))
}

fn dict_iter(vm: &Vm, args: Args) -> PyResult {
    let d = this_dict(vm, &args)?;
    let len = vm.dict_len(d);
    Ok(vm.new_iterator(
        &vm.types.dict_keyiterator,
        IterState::DictKeys {
            dict: d.clone(),
            pos: 0,
            len,
            left: len,
        },
    ))
}

fn dict_reversed(vm: &Vm, args: Args) -> PyResult {
    let d = this_dict(vm, &args)?;
    let len = vm.dict_len(d);
    let pos = d.dict_table().borrow().capacity_end();
    Ok(vm.new_iterator(
        &vm.types.dict_reversekeyiterator,
        IterState::DictReverse {
            dict: d.clone(),
            pos,
            len,
            kind: 0,
        },
    ))
}

fn dict_get(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "dict", "get", args, Arity::Range(1, 2))?;
    match vm.dict_get_item(this_dict(vm, &args)?, &a[1])? {
        Some(v) => Ok(v),
        None => Ok(a.get(2).cloned().unwrap_or_else(|| vm.none())),
    }
}

fn dict_setdefault(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "dict", "setdefault", args, Arity::Range(1, 2))?;
    let d = this_dict(vm, &args)?;
    if let Some(v) = vm.dict_get_item(d, &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or_else(|| vm.none());
    vm.dict_set_item(d, a[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "dict", "pop", args, Arity::Range(1, 2))?;
    match vm.dict_pop_item(this_dict(vm, &args)?, &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.key_error(a[1].clone())),
        },
    }
}

fn dict_popitem(vm: &Vm, args: Args) -> PyResult {
    args::method(vm, "popitem", args, 0, 0)?;
    let d = this_dict(vm, &args)?;
    let mut t = d.dict_table().borrow_mut();
    match t.last_index() {
        Some(i) => {
            let e = t.remove_at(i).unwrap();
            drop(t);
            Ok(vm.new_tuple(vec![e.key, e.value]))
        }
        None => Err(vm.new_error(&vm.exc.key_error, "popitem(): dictionary is empty")),
    }
}

fn dict_keys(vm: &Vm, args: Args) -> PyResult {
    args::method(vm, "keys", args, 0, 0)?;
    let d = this_dict(vm, &args)?;
    Ok(PyRef::new(
        vm.types.dict_keys.clone(),
        Payload::DictView(Box::new((d.clone(), DictViewKind::Keys))),
    ))
}
fn dict_values(vm: &Vm, args: Args) -> PyResult {
    args::method(vm, "values", args, 0, 0)?;
    let d = this_dict(vm, &args)?;
    Ok(PyRef::new(
        vm.types.dict_values.clone(),
        Payload::DictView(Box::new((d.clone(), DictViewKind::Values))),
    ))
}
fn dict_items(vm: &Vm, args: Args) -> PyResult {
    args::method(vm, "items", args, 0, 0)?;
    let d = this_dict(vm, &args)?;
    Ok(PyRef::new(
        vm.types.dict_items.clone(),
        Payload::DictView(Box::new((d.clone(), DictViewKind::Items))),
    ))
}

/// dict.update semantics: a mapping (has keys()) or an iterable of pairs.
pub fn dict_update_from(vm: &Vm, d: &PyRef, src: &PyRef) -> PyResult<()> {
    if let Payload::Dict(_) = &src.payload {
        if !src.class().type_data().heap
            || crate::object::typeobj::type_lookup(src.class(), &vm.names.__iter__)
                .map(|f| matches!(f.payload, Payload::NativeFunction(_)))
                .unwrap_or(true)
        {
            for (k, v) in vm.dict_items(src) {
                vm.dict_set_item(d, k, v)?;
            }
            return Ok(());
        }
    }
    if let Some(keys) = vm.get_attr_opt(src, &vm.names.keys)? {
        let ks = vm.call0(&keys)?;
        for k in vm.iterate(&ks)? {
            let v = vm.get_item(src, &k)?;
            vm.dict_set_item(d, k, v)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    let mut i = 0;
    while let Some(item) = vm.iter_next(&it)? {
        let pair = match vm.iterate(&item) {
            Ok(p) => p,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    i
                )))
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        vm.dict_set_item(d, pair[0].clone(), pair[1].clone())?;
        i += 1;
    }
    Ok(())
}

fn dict_update(vm: &Vm, args: Args) -> PyResult {
    let d = this_dict(vm, &args)?.clone();
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(src) = pos.get(1) {
        dict_update_from(vm, &d, src)?;
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
        vm.dict_set_item(&d, k.clone(), v.clone())?;
    }
    Ok(vm.none())
}

fn dict_init(vm: &Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    dict_update(vm, args)
}

fn dict_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    Ok(vm.new_object_of(
        &cls,
        Payload::Dict(Box::new(std::cell::RefCell::new(
            crate::object::hashtable::HashTable::new(),
        ))),
    ))
}

fn dict_copy(vm: &Vm, args: Args) -> PyResult {
    args::method(vm, "copy", args, 0, 0)?;
    let d = this_dict(vm, &args)?;
    let t = d.dict_table().borrow().clone();
    Ok(PyRef::new(
        vm.types.dict.clone(),
        Payload::Dict(Box::new(std::cell::RefCell::new(t))),
    ))
}

fn dict_clear(vm: &Vm, args: Args) -> PyResult {
    args::method(vm, "clear", args, 0, 0)?;
    let d = this_dict(vm, &args)?;
    let old = d.dict_table().borrow_mut().clear();
    drop(old);
    Ok(vm.none())
}

fn dict_fromkeys(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "dict", "fromkeys", args, Arity::Range(1, 2))?;
    let d = vm.call0(&a[0])?;
    let v = a.get(2).cloned().unwrap_or_else(|| vm.none());
    for k in vm.iterate(&a[1])? {
        vm.set_item(&d, k, v.clone())?;
    }
    Ok(d)
}

fn dict_eq(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__eq__", args, 2, 2)?;
    let d = this_dict(vm, &args)?;
    match &a[1].payload {
        Payload::Dict(_) => Ok(vm.new_bool(dicts_equal(vm, d, &a[1])?)),
        _ => Ok(vm.not_implemented()),
    }
}

fn dicts_equal(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if vm.dict_len(a) != vm.dict_len(b) {
        return Ok(false);
    }
    for (k, v) in vm.dict_items(a) {
        match vm.dict_get_item(b, &k)? {
            Some(w) => {
                if !vm.eq_bool(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_ne(vm: &Vm, args: Args) -> PyResult {
    let r = dict_eq(vm, args)?;
    if vm.is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(vm.new_bool(!vm.is_true(&r)?))
}

fn dict_or(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__or__", args, 2, 2)?;
    if !matches!(a[1].payload, Payload::Dict(_)) {
        return Ok(vm.not_implemented());
    }
    let d = this_dict(vm, &args)?;
    let r = vm.call0(d.class()).unwrap_or_else(|_| vm.new_dict());
    let r = if matches!(r.payload, Payload::Dict(_)) {
        r
    } else {
        vm.new_dict()
    };
    for (k, v) in vm.dict_items(d) {
        vm.dict_set_item(&r, k, v)?;
    }
    for (k, v) in vm.dict_items(&a[1]) {
        vm.dict_set_item(&r, k, v)?;
    }
    Ok(r)
}

fn dict_ror(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__ror__", args, 2, 2)?;
    if !matches!(a[1].payload, Payload::Dict(_)) {
        return Ok(vm.not_implemented());
    }
    let r = vm.new_dict();
    for (k, v) in vm.dict_items(&a[1]) {
        vm.dict_set_item(&r, k, v)?;
    }
    for (k, v) in vm.dict_items(&a[0]) {
        vm.dict_set_item(&r, k, v)?;
    }
    Ok(r)
}

fn dict_ior(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__ior__", args, 2, 2)?;
    dict_update_from(vm, &a[0], &a[1])?;
    Ok(a[0].clone())
}

fn dict_class_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__class_getitem__", args, 2, 2)?;
    crate::objects::generic_alias(vm, &a[0], &a[1])
}

fn dict_sizeof(vm: &Vm, args: Args) -> PyResult {
    let d = this_dict(vm, &args)?;
    Ok(vm.new_usize(48 + 24 * d.dict_table().borrow().capacity_end()))
}

// ----- views ---------------------------------------------------------------------------

fn view_of<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a (PyRef, DictViewKind)> {
    match &args::this(vm, args)?.payload {
        Payload::DictView(v) => Ok(v),
        _ => Err(vm.type_error("dict view expected")),
    }
}

fn view_len(vm: &Vm, args: Args) -> PyResult {
    let v = view_of(vm, &args)?;
    Ok(vm.new_usize(vm.dict_len(&v.0)))
}

fn view_iter(vm: &Vm, args: Args) -> PyResult {
    let v = view_of(vm, &args)?;
    let len = vm.dict_len(&v.0);
    let d = v.0.clone();
    Ok(match v.1 {
        DictViewKind::Keys => vm.new_iterator(
            &vm.types.dict_keyiterator,
            IterState::DictKeys {
                dict: d,
                pos: 0,
                len,
                left: len,
            },
        ),
        DictViewKind::Values => vm.new_iterator(
            &vm.types.dict_valueiterator,
            IterState::DictValues {
                dict: d,
                pos: 0,
                len,
                left: len,
            },
        ),
        DictViewKind::Items => vm.new_iterator(
            &vm.types.dict_itemiterator,
            IterState::DictItems {
                dict: d,
                pos: 0,
                len,
                left: len,
            },
        ),
    })
}

fn view_reversed(vm: &Vm, args: Args) -> PyResult {
    let v = view_of(vm, &args)?;
    let len = vm.dict_len(&v.0);
    let pos = v.0.dict_table().borrow().capacity_end();
    let kind = match v.1 {
        DictViewKind::Keys => 0,
        DictViewKind::Values => 1,
        DictViewKind::Items => 2,
    };
    Ok(vm.new_iterator(
        &vm.types.dict_reversekeyiterator,
        IterState::DictReverse {
            dict: v.0.clone(),
            pos,
            len,
            kind,
        },
    ))
}

fn view_items_list(vm: &Vm, v: &(PyRef, DictViewKind)) -> Vec<PyRef> {
    vm.dict_items(&v.0)
        .into_iter()
        .map(|(k, val)| match v.1 {
            DictViewKind::Keys => k,
            DictViewKind::Values => val,
            DictViewKind::Items => vm.new_tuple(vec![k, val]),
        })
        .collect()
}

fn view_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let v = view_of(vm, &args)?;
    let items = view_items_list(vm, v);
    let inner = crate::objects::tuple::seq_repr(vm, this, &items, "[", "]", false)?;
    Ok(vm.new_string(format!(
        "{}({})",
        this.type_name(),
        vm.str_of(&inner).unwrap_or("")
    )))
}

fn view_contains(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__contains__", args, 2, 2)?;
    let v = view_of(vm, &args)?;
    match v.1 {
        DictViewKind::Keys => Ok(vm.new_bool(vm.dict_get_item(&v.0, &a[1])?.is_some())),
        DictViewKind::Items => {
            let pair = match &a[1].payload {
                Payload::Tuple(t) if t.len() == 2 => t.clone(),
                _ => return Ok(vm.new_bool(false)),
            };
            match vm.dict_get_item(&v.0, &pair[0])? {
                Some(val) => Ok(vm.new_bool(vm.eq_bool(&val, &pair[1])?)),
                None => Ok(vm.new_bool(false)),
            }
        }
        DictViewKind::Values => {
            for x in view_items_list(vm, v) {
                if vm.eq_bool(&x, &a[1])? {
                    return Ok(vm.new_bool(true));
                }
            }
            Ok(vm.new_bool(false))
        }
    }
}

/// Set operations on key/item views produce sets.
/// `-`, `|`, `^` on keys/items views, as CPython's `dictviews_sub`/`_or`/`_xor`: a set
/// built from the left operand, then updated in place with the right one (so the
/// result's table, and its iteration order, match CPython's). `&` is `view_and_op`.
fn view_setop(vm: &Vm, args: Args, op: &str, reflected: bool) -> PyResult {
    let a = args::pos(vm, op, args, 2, 2)?;
    let v = view_of(vm, &args)?;
    if v.1 == DictViewKind::Values {
        return Ok(vm.not_implemented());
    }
    if op == "__and__" {
        return view_and_op(vm, &args.args[0], v, &a[1]);
    }
    // CPython's `dictviews_to_set`: a keys view of an exact dict is built from the dict
    // (one presized table), anything else by iterating.
    let this_set = || -> PyResult {
        let s = vm.new_set();
        let exact_dict = !v.0.class().type_data().heap;
        if v.1 == DictViewKind::Keys && exact_dict {
            vm.set_update(&s, &v.0)?;
        } else {
            for x in view_items_list(vm, v) {
                vm.set_add(&s, x)?;
            }
        }
        Ok(s)
    };
    // As CPython, a non-iterable operand is a TypeError from iterating it, not
    // NotImplemented.
    let (result, right) = if reflected {
        let s = vm.new_set();
        vm.set_update(&s, &a[1])?;
        (s, args.args[0].clone())
    } else {
        (this_set()?, a[1].clone())
    };
    let update = match op {
        "__sub__" => "difference_update",
        "__or__" => "update",
        _ => "symmetric_difference_update",
    };
    vm.call_method(&result, update, &[right])?;
    Ok(result)
}

/// `view & other` (either order), as CPython's `_PyDictView_Intersect`: a set other
/// at least as large as the view answers with `set.intersection`; otherwise the
/// smaller operand is iterated and its members found in the larger are collected.
fn view_and_op(vm: &Vm, this: &PyRef, v: &(PyRef, DictViewKind), other: &PyRef) -> PyResult {
    let len_self = vm.dict_len(&v.0);
    let exact_set = matches!(other.payload, Payload::Set(_)) && !other.class().type_data().heap;
    if exact_set && len_self <= vm.len(other)? {
        return vm.call_method(other, "intersection", std::slice::from_ref(this));
    }
    // Iterate the other operand unless it is a larger view: then iterate this one.
    let (iterated, container): (PyRef, PyRef) = match &other.payload {
        Payload::DictView(ov) if ov.1 != DictViewKind::Values && vm.dict_len(&ov.0) > len_self => {
            (this.clone(), other.clone())
        }
        _ => (other.clone(), this.clone()),
    };
    let result = vm.new_set();
    let it = vm.get_iter(&iterated)?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.contains(&container, &x)? {
            vm.set_add(&result, x)?;
        }
    }
    Ok(result)
}

fn view_and(vm: &Vm, args: Args) -> PyResult {
    view_setop(vm, args, "__and__", false)
}
fn view_or(vm: &Vm, args: Args) -> PyResult {
    view_setop(vm, args, "__or__", false)
}
fn view_sub(vm: &Vm, args: Args) -> PyResult {
    view_setop(vm, args, "__sub__", false)
}
fn view_xor(vm: &Vm, args: Args) -> PyResult {
    view_setop(vm, args, "__xor__", false)
}
fn view_rand(vm: &Vm, args: Args) -> PyResult {
    view_setop(vm, args, "__and__", true)
}
fn view_ror(vm: &Vm, args: Args) -> PyResult {
    view_setop(vm, args, "__or__", true)
}
fn view_rsub(vm: &Vm, args: Args) -> PyResult {
    view_setop(vm, args, "__sub__", true)
}
fn view_rxor(vm: &Vm, args: Args) -> PyResult {
    view_setop(vm, args, "__xor__", true)
}

fn view_eq(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__eq__", args, 2, 2)?;
    let v = view_of(vm, &args)?;
    if v.1 == DictViewKind::Values {
        return Ok(vm.new_bool(a[0].is(&a[1])));
    }
    let is_setlike = matches!(a[1].payload, Payload::Set(_) | Payload::FrozenSet(_))
        || matches!(&a[1].payload, Payload::DictView(o) if o.1 != DictViewKind::Values);
    if !is_setlike {
        return Ok(vm.not_implemented());
    }
    let mine = vm.new_set();
    for x in view_items_list(vm, v) {
        vm.set_add(&mine, x)?;
    }
    let other = vm.new_set();
    vm.set_update(&other, &a[1])?;
    vm.rich_compare(&mine, &other, crate::compile::bytecode::CompareKind::Eq)
}

/// Ordering comparisons of key/item views are set comparisons.
fn view_compare(vm: &Vm, args: Args, op: crate::compile::bytecode::CompareKind) -> PyResult {
    let a = args::pos(vm, "compare", args, 2, 2)?;
    let v = view_of(vm, &args)?;
    let is_setlike = matches!(a[1].payload, Payload::Set(_) | Payload::FrozenSet(_))
        || matches!(&a[1].payload, Payload::DictView(o) if o.1 != DictViewKind::Values);
    if v.1 == DictViewKind::Values || !is_setlike {
        return Ok(vm.not_implemented());
    }
    let mine = vm.new_set();
    for x in view_items_list(vm, v) {
        vm.set_add(&mine, x)?;
    }
    let other = vm.new_set();
    vm.set_update(&other, &a[1])?;
    vm.rich_compare(&mine, &other, op)
}
fn view_lt(vm: &Vm, args: Args) -> PyResult {
    view_compare(vm, args, crate::compile::bytecode::CompareKind::Lt)
}
fn view_le(vm: &Vm, args: Args) -> PyResult {
    view_compare(vm, args, crate::compile::bytecode::CompareKind::Le)
}
fn view_gt(vm: &Vm, args: Args) -> PyResult {
    view_compare(vm, args, crate::compile::bytecode::CompareKind::Gt)
}
fn view_ge(vm: &Vm, args: Args) -> PyResult {
    view_compare(vm, args, crate::compile::bytecode::CompareKind::Ge)
}
fn view_ne(vm: &Vm, args: Args) -> PyResult {
    let r = view_eq(vm, args)?;
    if vm.is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(vm.new_bool(!vm.is_true(&r)?))
}

fn view_isdisjoint(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "isdisjoint", args, 2, 2)?;
    let v = view_of(vm, &args)?;
    let mine = vm.new_set();
    for x in view_items_list(vm, v) {
        vm.set_add(&mine, x)?;
    }
    for x in vm.iterate(&a[1])? {
        if vm.set_contains(&mine, &x)? {
            return Ok(vm.new_bool(false));
        }
    }
    Ok(vm.new_bool(true))
}

fn view_mapping(vm: &Vm, this: &PyRef) -> PyResult {
    match &this.payload {
        Payload::DictView(v) => Ok(PyRef::new(
            vm.types.mappingproxy.clone(),
            Payload::Native(Box::new(crate::objects::typeobj::MappingProxy(v.0.clone()))),
        )),
        _ => Ok(vm.none()),
    }
}

/// `str(mappingproxy)` is `str()` of the wrapped mapping (only `repr` adds the type name).
fn proxy_str(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if let Payload::Native(n) = &this.payload {
        if let Some(p) = n.downcast_ref::<crate::objects::typeobj::MappingProxy>() {
            return vm.str(&p.0);
        }
    }
    Err(vm.type_error("mappingproxy expected"))
}

pub fn init(vm: &Vm) {
    crate::objects::add_methods(vm, &vm.types.mappingproxy, &[("__str__", proxy_str)]);
    let t = &vm.types.dict;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__len__", dict_len),
            ("__repr__", dict_repr),
            ("__getitem__", dict_getitem),
            ("__setitem__", dict_setitem),
            ("__delitem__", dict_delitem),
            ("__contains__", dict_contains),
            ("__iter__", dict_iter),
            ("__reversed__", dict_reversed),
            ("__eq__", dict_eq),
            ("__ne__", dict_ne),
            ("__or__", dict_or),
            ("__ror__", dict_ror),
            ("__ior__", dict_ior),
            ("__init__", dict_init),
            ("__sizeof__", dict_sizeof),
            ("get", dict_get),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("update", dict_update),
            ("copy", dict_copy),
            ("clear", dict_clear),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", dict_new, NativeKind::StaticMethod);
    crate::objects::add_native(vm, t, "fromkeys", dict_fromkeys, NativeKind::ClassMethod);
    crate::objects::add_native(
        vm,
        t,
        "__class_getitem__",
        dict_class_getitem,
        NativeKind::ClassMethod,
    );
    crate::objects::add_attr(vm, t, "__hash__", vm.none());
    for vt in [
        &vm.types.dict_keys,
        &vm.types.dict_values,
        &vm.types.dict_items,
    ] {
        crate::objects::add_methods(
            vm,
            vt,
            &[
                ("__len__", view_len),
                ("__iter__", view_iter),
                ("__reversed__", view_reversed),
                ("__repr__", view_repr),
                ("__contains__", view_contains),
            ],
        );
        crate::objects::descr::add_getset(vm, vt, "mapping", view_mapping, None);
    }
    for vt in [&vm.types.dict_keys, &vm.types.dict_items] {
        crate::objects::add_methods(
            vm,
            vt,
            &[
                ("__and__", view_and),
                ("__or__", view_or),
                ("__sub__", view_sub),
                ("__xor__", view_xor),
                ("__rand__", view_rand),
                ("__ror__", view_ror),
                ("__rsub__", view_rsub),
                ("__rxor__", view_rxor),
                ("__eq__", view_eq),
                ("__ne__", view_ne),
                ("__lt__", view_lt),
                ("__le__", view_le),
                ("__gt__", view_gt),
                ("__ge__", view_ge),
                ("isdisjoint", view_isdisjoint),
            ],
        );
        crate::objects::add_attr(vm, vt, "__hash__", vm.none());
    }
}
