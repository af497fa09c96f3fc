//! `type`: calling a class, creating classes (`type(name, bases, ns)`), and the
//! attributes of type objects (`__name__`, `__mro__`, `__dict__`, ...).

use std::cell::{Cell, RefCell};

use crate::object::payload::*;
use crate::object::typeobj::{c3_mro, invalidate_type_caches, is_subtype, type_lookup};
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

pub fn type_getattribute(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__getattribute__", args, 1, 1)?;
    args::check_receiver(vm, "__getattribute__", &a[0], &vm.types.type_)?;
    crate::objects::object::check_attr_name(vm, &a[1])?;
    vm.type_getattr(&a[0], &a[1])
}

pub fn type_setattr(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__setattr__", args, 2, 2)?;
    args::check_receiver(vm, "__setattr__", &a[0], &vm.types.type_)?;
    crate::objects::object::check_attr_name(vm, &a[1])?;
    vm.type_set_attr(&a[0], &a[1], Some(a[2].clone()))?;
    Ok(vm.none())
}

pub fn type_delattr(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__delattr__", args, 1, 1)?;
    args::check_receiver(vm, "__delattr__", &a[0], &vm.types.type_)?;
    crate::objects::object::check_attr_name(vm, &a[1])?;
    vm.type_set_attr(&a[0], &a[1], None)?;
    Ok(vm.none())
}

impl Vm {
    /// `cls(*args, **kwargs)` for classes whose metaclass is `type` (or doesn't override
    /// `__call__`): `__new__` then `__init__`.
    pub fn type_call(&self, cls: &PyRef, args: Args) -> PyResult {
        if cls.is(&self.types.type_) {
            let p = args.pos();
            if p.len() == 1 && !args.has_kw() {
                return Ok(p[0].class().clone());
            }
            if p.len() != 3 {
                return Err(self.type_error("type() takes 1 or 3 arguments"));
            }
        }
        if let Some(r) = crate::objects::builtin_ctors::call_exact(self, cls, &args) {
            return r;
        }
        let new = type_lookup(cls, &self.names.__new__).ok_or_else(|| {
            self.type_error(format!(
                "cannot create '{}' instances",
                cls.type_data().name.borrow()
            ))
        })?;
        let mut v = Vec::with_capacity(args.args.len() + 1);
        v.push(cls.clone());
        v.extend_from_slice(args.args);
        // `cls.__new__` as an attribute of the class (CPython's `slot_tp_new`): a
        // staticmethod unwraps, a classmethod binds to `cls`.
        let new_fn = match &new.payload {
            Payload::StaticMethod(f) => f.borrow().clone(),
            Payload::Function(_) | Payload::NativeFunction(_) => new,
            _ => self.descr_get(&new, None, cls)?,
        };
        let custom_new = !crate::objects::object::is_object_new(&Some(new_fn.clone()));
        let obj = self.call(&new_fn, Args::with_kw(&v, args.kwnames))?;
        if !is_subtype(obj.class(), cls) {
            return Ok(obj);
        }
        if let Some(init) = type_lookup(obj.class(), &self.names.__init__) {
            // `object.__init__` does nothing, and with arguments it only objects when
            // `__new__` is `object.__new__` too (which already refused them above): for
            // `tuple(x)`, `set(x)`... it is not called at all.
            let is_object_init = matches!(&init.payload, Payload::NativeFunction(nf)
                if nf.func as *const () == crate::objects::object::object_init as *const ());
            let is_noop =
                is_object_init && (args.args.is_empty() || (custom_new && obj.class().is(cls)));
            if !is_noop {
                v[0] = obj.clone();
                let r = match &init.payload {
                    Payload::Function(_) | Payload::NativeFunction(_) => {
                        self.call(&init, Args::with_kw(&v, args.kwnames))?
                    }
                    _ => {
                        let b = self.descr_get(&init, Some(&obj), obj.class())?;
                        self.call(&b, Args::with_kw(&v[1..], args.kwnames))?
                    }
                };
                if !self.is_none(&r) {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
            }
        }
        Ok(obj)
    }
}

fn type_call_method(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    args::check_receiver(vm, "__call__", &cls, &vm.types.type_)?;
    vm.type_call(&cls, Args::with_kw(&args.args[1..], args.kwnames))
}

/// The most derived metaclass among `meta` and the metaclasses of `bases`.
pub fn calculate_metaclass(vm: &Vm, meta: &PyRef, bases: &[PyRef]) -> PyResult {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.class();
        if is_subtype(&winner, bt) {
            continue;
        }
        if is_subtype(bt, &winner) {
            winner = bt.clone();
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// type.__new__(meta, name, bases, namespace, **kwargs)
fn type_new(vm: &Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() == 2 && pos[0].is(&vm.types.type_) {
        return Ok(pos[1].class().clone());
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments (0 given)"));
    }
    let meta = pos[0].clone();
    let name = args::to_str(vm, &pos[1], "type.__new__() argument 1")?.to_string();
    if name.contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    let bases: Vec<PyRef> = match &pos[2].payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                pos[2].type_name()
            )))
        }
    };
    let ns = pos[3].clone();
    if !matches!(ns.payload, Payload::Dict(_)) {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            ns.type_name()
        )));
    }
    let winner = calculate_metaclass(vm, &meta, &bases)?;
    if !winner.is(&meta) {
        // CPython: type_new delegates to a more derived metaclass's own __new__
        // (`type('E', (SomeEnum,), ns, boundary=...)` runs EnumType.__new__).
        let new_name = vm.names.__new__.clone();
        if let Some(winner_new) = crate::object::typeobj::type_lookup(&winner, &new_name) {
            let type_new = crate::object::typeobj::type_lookup(&vm.types.type_, &new_name);
            if !type_new.is_some_and(|t| t.is(&winner_new)) {
                let mut call = vec![winner.clone()];
                call.extend_from_slice(&pos[1..]);
                call.extend_from_slice(args.kwvalues());
                let f = vm.descr_get(&winner_new, None, &winner)?;
                return vm.call(&f, Args::with_kw(&call, args.kwnames));
            }
        }
    }
    let cls = create_class(vm, &winner, &name, bases, &ns)?;
    // __init_subclass__ of the parent with the class keyword arguments.
    init_subclass(vm, &cls, args.kwnames, args.kwvalues())?;
    Ok(cls)
}

fn init_subclass(vm: &Vm, cls: &PyRef, kw_names: &[PyRef], kw_values: &[PyRef]) -> PyResult<()> {
    let mro = cls.type_data().mro.borrow().clone();
    for t in mro.iter().skip(1) {
        if let Some(f) = crate::object::typeobj::dict_get_str(
            &t.type_data().dict.dict_table().borrow(),
            &vm.names.__init_subclass__,
        ) {
            let bound = vm.descr_get(&f, None, cls)?;
            let bound = match &bound.payload {
                Payload::Function(_) => vm.new_method(bound, cls.clone()),
                _ => bound,
            };
            let mut v: Vec<PyRef> = Vec::new();
            v.extend_from_slice(kw_values);
            vm.call(&bound, Args::with_kw(&v, kw_names))?;
            return Ok(());
        }
    }
    Ok(())
}

/// Builds a heap type.
pub fn create_class(
    vm: &Vm,
    meta: &PyRef,
    name: &str,
    mut bases: Vec<PyRef>,
    ns: &PyRef,
) -> PyResult {
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    for b in &bases {
        if !b.is_type() {
            return Err(vm.type_error("bases must be types"));
        }
        if !b.type_data().base_ok {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                crate::objects::object::tp_name(vm, b)
            )));
        }
    }
    // Layout: the single non-object layout among the bases.
    let mut layout = Layout::Object;
    for b in &bases {
        let l = b.type_data().layout;
        if l != Layout::Object {
            if layout != Layout::Object && layout != l {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            layout = l;
        }
    }
    check_duplicate_bases(vm, &bases)?;
    check_slot_layouts(vm, &bases)?;
    let dict = vm.new_dict();
    if ns.class().is(&vm.types.dict) {
        for (k, v) in vm.dict_items(ns) {
            vm.dict_set_item(&dict, k, v)?;
        }
    } else {
        // A dict subclass (OrderedDict) is copied in its own key order.
        let keys = vm.call_method(ns, "keys", &[])?;
        for k in vm.iterate(&keys)? {
            let v = vm.get_item(ns, &k)?;
            vm.dict_set_item(&dict, k, v)?;
        }
    }
    let qualname = match vm.dict_pop_item(&dict, &vm.names.__qualname__)? {
        Some(q) => match vm.str_of(&q) {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    q.type_name()
                )))
            }
        },
        None => name.to_string(),
    };
    let classcell = vm.dict_pop_item(&dict, &vm.names.__classcell__)?;
    let module = vm.dict_get_item(&dict, &vm.names.__module__)?;
    let module = match module {
        Some(m) => Some(m),
        None => {
            let fs = vm.frame_stack.borrow();
            let g = fs.last().map(|f| f.globals().clone());
            drop(fs);
            match g {
                Some(g) => {
                    let m = vm.dict_get_str(&g, "__name__")?;
                    if let Some(m) = &m {
                        vm.dict_set_item(&dict, vm.names.__module__.clone(), m.clone())?;
                    }
                    m
                }
                None => None,
            }
        }
    };
    // CPython adds `__doc__ = None` after the slots (a `__doc__` slot is no conflict).
    let doc_implicit = vm.dict_get_item(&dict, &vm.names.__doc__)?.is_none();
    if doc_implicit {
        vm.dict_set_item(&dict, vm.names.__doc__.clone(), vm.none())?;
    }
    // Implicit classmethods/staticmethods.
    for (nm, wrap_static) in [
        ("__init_subclass__", false),
        ("__class_getitem__", false),
        ("__new__", true),
    ] {
        if let Some(f) = vm.dict_get_str(&dict, nm)? {
            if let Payload::Function(_) = f.payload {
                let w = if wrap_static {
                    PyRef::new(
                        vm.types.staticmethod.clone(),
                        Payload::StaticMethod(RefCell::new(f)),
                    )
                } else {
                    PyRef::new(
                        vm.types.classmethod.clone(),
                        Payload::ClassMethod(RefCell::new(f)),
                    )
                };
                vm.dict_set_str(&dict, nm, w)?;
            }
        }
    }
    // __eq__ without __hash__ makes instances unhashable.
    if vm.dict_get_item(&dict, &vm.names.__eq__)?.is_some()
        && vm.dict_get_item(&dict, &vm.names.__hash__)?.is_none()
    {
        vm.dict_set_item(&dict, vm.names.__hash__.clone(), vm.none())?;
    }
    // __slots__
    let base_slots: Vec<String> = bases
        .iter()
        .flat_map(|b| b.type_data().slot_names.borrow().clone())
        .collect();
    let base_has_dict = bases.iter().any(|b| b.type_data().instance_dict);
    let mut slot_names = base_slots.clone();
    let mut instance_dict = true;
    let mut new_slots: Vec<(String, usize)> = Vec::new();
    let mut wants_weakref = false;
    let slots_decl = vm.dict_get_item(&dict, &vm.names.__slots__)?;
    let has_slots = slots_decl.is_some();
    if let Some(slots) = slots_decl {
        let items: Vec<PyRef> = if vm.str_of(&slots).is_some() {
            vec![slots.clone()]
        } else {
            vm.iterate(&slots)?
        };
        instance_dict = base_has_dict;
        for it in items {
            let s = match vm.str_of(&it) {
                Some(s) => s.to_string(),
                None => {
                    return Err(vm.type_error(format!(
                        "__slots__ items must be strings, not '{}'",
                        it.type_name()
                    )))
                }
            };
            if s == "__dict__" {
                if instance_dict {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                instance_dict = true;
                continue;
            }
            if s == "__weakref__" {
                let base_has_weakref = bases
                    .iter()
                    .any(|b| type_lookup(b, &vm.names.__weakref__).is_some());
                if wants_weakref || base_has_weakref {
                    return Err(vm.type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                wants_weakref = true;
                continue;
            }
            if !is_identifier(&s) {
                return Err(vm.type_error("__slots__ must be identifiers"));
            }
            // Variable-size instances (int, bytes) have no room for slots.
            if let Some(b) = bases.iter().find(|b| {
                matches!(
                    layout_base(vm, std::slice::from_ref(b)).type_data().layout,
                    Layout::Int | Layout::Bytes
                )
            }) {
                return Err(vm.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    b.type_data().name.borrow()
                )));
            }
            let mangled = if s.starts_with("__") && !s.ends_with("__") {
                format!("_{}{}", name.trim_start_matches('_'), s)
            } else {
                s.clone()
            };
            if vm.dict_get_str(&dict, &mangled)?.is_some() && !(doc_implicit && s == "__doc__") {
                return Err(vm.value_error(format!(
                    "'{}' in __slots__ conflicts with class variable",
                    s
                )));
            }
            new_slots.push((mangled.clone(), slot_names.len()));
            slot_names.push(mangled);
        }
    } else if bases
        .iter()
        .all(|b| !b.type_data().heap && b.type_data().layout != Layout::Object)
    {
        instance_dict = true;
    }
    let mut members = Vec::with_capacity(new_slots.len());
    for (s, idx) in &new_slots {
        let d = crate::objects::descr::new_member(vm, s, *idx, name);
        vm.dict_set_str(&dict, s, d.clone())?;
        members.push(d);
    }
    let td = TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(qualname),
        module: RefCell::new(module),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict,
        layout,
        instance_dict,
        slot_names: RefCell::new(slot_names),
        heap: true,
        base_ok: true,
        version: Cell::new(0),
        weakref_subclasses: RefCell::new(Vec::new()),
        finalizer_cache: Cell::new(0),
        native_flags: Cell::new(0),
    };
    let cls = vm.new_object_of(meta, Payload::Type(Box::new(td)));
    for m in &members {
        if let Payload::Member(md) = &m.payload {
            *md.objclass.borrow_mut() = Some(cls.clone());
        }
    }
    let mro = c3_mro(&cls, &bases).map_err(|m| vm.type_error(m))?;
    *cls.type_data().mro.borrow_mut() = mro;
    custom_mro(vm, meta, &cls)?;
    for b in &bases {
        b.type_data()
            .weakref_subclasses
            .borrow_mut()
            .push(cls.clone());
    }
    if instance_dict && type_lookup(&cls, &vm.names.__dict__).is_none() {
        let (g, s) = crate::objects::object::dict_descr_fns();
        crate::objects::descr::add_getset(vm, &cls, "__dict__", g, Some(s));
    }
    if (!has_slots || wants_weakref) && type_lookup(&cls, &vm.names.__weakref__).is_none() {
        crate::objects::descr::add_getset(vm, &cls, "__weakref__", weakref_none, None);
    }
    invalidate_type_caches();
    if let Some(cell) = classcell {
        if let Payload::Cell(c) = &cell.payload {
            *c.borrow_mut() = Some(cls.clone());
        }
    }
    // __set_name__
    for (k, v) in vm.dict_items(&cls.type_data().dict) {
        if let Some(sn) = type_lookup(v.class(), &vm.names.__set_name__) {
            if !matches!(v.payload, Payload::Function(_) | Payload::NativeFunction(_)) {
                if let Err(e) = vm.call(&sn, Args::new(&[v.clone(), cls.clone(), k.clone()])) {
                    // 3.11 wraps the error in a RuntimeError whose __cause__ is the original.
                    let wrapped = vm.runtime_error(format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        v.type_name(),
                        vm.repr_str(&k)?,
                        name
                    ));
                    crate::objects::exception::set_cause(vm, &wrapped.0, e.0)?;
                    return Err(wrapped);
                }
            }
        }
    }
    Ok(cls)
}

/// Python's `str.isidentifier()` for slot names.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// The builtin type that fixes the instance layout of classes with these bases
/// (`object` when none does).
fn layout_base(vm: &Vm, bases: &[PyRef]) -> PyRef {
    for b in bases {
        for m in b.type_data().mro.borrow().iter() {
            let td = m.type_data();
            if !td.heap && td.layout != Layout::Object {
                // The most basic builtin with this layout (bool -> int).
                let mut t = m.clone();
                loop {
                    let parent = t.type_data().bases.borrow().first().cloned();
                    match parent {
                        Some(p) if !p.type_data().heap && p.type_data().layout == td.layout => {
                            t = p
                        }
                        _ => break,
                    }
                }
                return t;
            }
        }
    }
    vm.types.object.clone()
}

fn check_duplicate_bases(vm: &Vm, bases: &[PyRef]) -> PyResult<()> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(vm.type_error(format!(
                "duplicate base class {}",
                b.type_data().name.borrow()
            )));
        }
    }
    Ok(())
}

/// A metaclass overriding `mro()` decides the new class's `__mro__`.
fn custom_mro(vm: &Vm, meta: &PyRef, cls: &PyRef) -> PyResult<()> {
    if let Some(items) = custom_mro_result(vm, meta, cls)? {
        *cls.type_data().mro.borrow_mut() = items;
    }
    Ok(())
}

/// The result of `cls.mro()` when the metaclass `meta` overrides `mro()`, checked to
/// hold only classes; `None` for the default order.
fn custom_mro_result(vm: &Vm, meta: &PyRef, cls: &PyRef) -> PyResult<Option<Vec<PyRef>>> {
    if meta.is(&vm.types.type_) {
        return Ok(None);
    }
    let m = match type_lookup(meta, &vm.intern("mro")) {
        Some(m) => m,
        None => return Ok(None),
    };
    if matches!(&m.payload, Payload::NativeFunction(nf) if nf.func as *const () == type_mro as *const ())
    {
        return Ok(None);
    }
    let r = vm.call_method(cls, "mro", &[])?;
    let items = vm.iterate(&r)?;
    for t in &items {
        if !t.is_type() {
            return Err(vm.type_error(format!("mro() returned a non-class ('{}')", t.type_name())));
        }
    }
    Ok(Some(items))
}

/// The nearest class in `t`'s MRO that adds `__slots__` of its own (its instances have a
/// slot layout no sibling class can share).
fn slotted_solid_base(t: &PyRef) -> Option<PyRef> {
    for m in t.type_data().mro.borrow().iter() {
        let td = m.type_data();
        if !td.heap {
            continue;
        }
        let inherited = td
            .bases
            .borrow()
            .iter()
            .map(|b| b.type_data().slot_names.borrow().len())
            .max()
            .unwrap_or(0);
        if td.slot_names.borrow().len() > inherited {
            return Some(m.clone());
        }
    }
    None
}

/// Bases whose slot layouts are unrelated cannot be combined.
fn check_slot_layouts(vm: &Vm, bases: &[PyRef]) -> PyResult<()> {
    let mut winner: Option<PyRef> = None;
    for b in bases {
        let Some(sb) = slotted_solid_base(b) else {
            continue;
        };
        match &winner {
            None => winner = Some(sb),
            Some(w) if is_subtype(w, &sb) => {}
            Some(w) if is_subtype(&sb, w) => winner = Some(sb),
            Some(_) => {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    Ok(())
}

/// Weak references arrive with the standard-library work; until then none exist.
fn weakref_none(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.none())
}

fn type_init(vm: &Vm, args: Args) -> PyResult {
    args::check_receiver(vm, "__init__", args::this(vm, &args)?, &vm.types.type_)?;
    let n = args.pos().len();
    if n != 2 && n != 4 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(vm.none())
}

fn type_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    args::check_receiver(vm, "__repr__", this, &vm.types.type_)?;
    Ok(vm.new_string(format!(
        "<class '{}'>",
        crate::objects::object::type_display_name(vm, this)
    )))
}

fn type_mro(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if !this.is_type() {
        return Err(vm.type_error(format!(
            "descriptor 'mro' for 'type' objects doesn't apply to a '{}' object",
            this.type_name()
        )));
    }
    let td = this.type_data();
    if td.heap {
        // The default C3 order, recomputed (a metaclass `mro()` may build on it).
        let bases = td.bases.borrow().clone();
        let mro = c3_mro(this, &bases).map_err(|m| vm.type_error(m))?;
        return Ok(vm.new_list(mro));
    }
    Ok(vm.new_list(td.mro.borrow().clone()))
}

fn type_subclasses(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    args::check_receiver(vm, "__subclasses__", this, &vm.types.type_)?;
    Ok(vm.new_list(this.type_data().weakref_subclasses.borrow().clone()))
}

fn type_instancecheck(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__instancecheck__", args, 1, 1)?;
    args::check_receiver(vm, "__instancecheck__", &a[0], &vm.types.type_)?;
    Ok(vm.new_bool(vm.object_isinstance_plain(&a[1], &a[0])?))
}

fn type_subclasscheck(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__subclasscheck__", args, 1, 1)?;
    args::check_receiver(vm, "__subclasscheck__", &a[0], &vm.types.type_)?;
    if !a[1].is_type() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(vm.new_bool(is_subtype(&a[1], &a[0])))
}

fn type_prepare(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_dict())
}

fn type_or(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__or__", args, 1, 1)?;
    if !matches!(a[0].payload, Payload::Native(_)) {
        // Also the operator of UnionType and GenericAlias.
        args::check_receiver(vm, "__or__", &a[0], &vm.types.type_)?;
    }
    crate::objects::typeobj::make_union(vm, &a[0], &a[1])
}

fn type_ror(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__ror__", args, 1, 1)?;
    if !matches!(a[0].payload, Payload::Native(_)) {
        // Also the operator of UnionType and GenericAlias.
        args::check_receiver(vm, "__ror__", &a[0], &vm.types.type_)?;
    }
    crate::objects::typeobj::make_union(vm, &a[1], &a[0])
}

fn get_name(vm: &Vm, t: &PyRef) -> PyResult {
    Ok(vm.new_string(t.type_data().name.borrow().clone()))
}
/// CPython's `check_set_special_type_attr`: builtin types are immutable and special
/// attributes cannot be deleted.
fn check_special_set(vm: &Vm, t: &PyRef, v: &Option<PyRef>, attr: &str) -> PyResult<()> {
    let td = t.type_data();
    if !td.heap {
        return Err(vm.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            attr,
            td.name.borrow()
        )));
    }
    if v.is_none() {
        return Err(vm.type_error(format!(
            "cannot delete '{}' attribute of immutable type '{}'",
            attr,
            td.name.borrow()
        )));
    }
    Ok(())
}

fn set_name(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    check_special_set(vm, t, &v, "__name__")?;
    let v = v.unwrap_or_else(|| vm.none());
    let s = crate::objects::str::obj_utf8(vm, &v).unwrap_or_else(|| {
        Err(vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.type_data().name.borrow(),
            v.type_name()
        )))
    })?;
    if s.contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    *t.type_data().name.borrow_mut() = s.to_string();
    Ok(())
}
fn get_qualname(vm: &Vm, t: &PyRef) -> PyResult {
    Ok(vm.new_string(t.type_data().qualname.borrow().clone()))
}
fn set_qualname(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    check_special_set(vm, t, &v, "__qualname__")?;
    let v = v.unwrap_or_else(|| vm.none());
    let s = vm.str_of(&v).ok_or_else(|| {
        vm.type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            t.type_data().name.borrow(),
            v.type_name()
        ))
    })?;
    *t.type_data().qualname.borrow_mut() = s.to_string();
    Ok(())
}
fn get_bases(vm: &Vm, t: &PyRef) -> PyResult {
    Ok(vm.new_tuple(t.type_data().bases.borrow().clone()))
}
/// `__base__`: the base whose instance layout the class extends (CPython's
/// `best_base`): one with a builtin layout or its own `__slots__`, else the first.
fn get_base(vm: &Vm, t: &PyRef) -> PyResult {
    let bases = t.type_data().bases.borrow().clone();
    let Some(first) = bases.first() else {
        return Ok(vm.none());
    };
    let solid = |b: &PyRef| {
        !layout_base(vm, std::slice::from_ref(b)).is(&vm.types.object)
            || slotted_solid_base(b).is_some()
    };
    Ok(bases.iter().find(|b| solid(b)).unwrap_or(first).clone())
}
/// `type.__flags__`: the CPython `Py_TPFLAGS_*` bits that Python code reads (heap type,
/// subclassable, abstract, immutable, the fast-subclass bits of the core types).
fn get_flags(vm: &Vm, t: &PyRef) -> PyResult {
    let td = t.type_data();
    let mut flags: i64 = 1 << 12 | 1 << 14; // READY, HAVE_GC
    if td.heap {
        flags |= 1 << 9;
    } else {
        flags |= 1 << 8; // IMMUTABLETYPE
    }
    if td.base_ok {
        flags |= 1 << 10;
    }
    if let Some(abs) = vm.dict_get_str(&td.dict, "__abstractmethods__")? {
        if vm.is_true(&abs)? {
            flags |= 1 << 20;
        }
    }
    let ty = &vm.types;
    let subclass_bits: [(&PyRef, i64); 8] = [
        (&ty.int, 1 << 24),
        (&ty.list, 1 << 25),
        (&ty.tuple, 1 << 26),
        (&ty.bytes, 1 << 27),
        (&ty.str, 1 << 28),
        (&ty.dict, 1 << 29),
        (&vm.exc.base_exception, 1 << 30),
        (&ty.type_, 1 << 31),
    ];
    for base in td.mro.borrow().iter() {
        for (b, bit) in &subclass_bits {
            if base.is(b) {
                flags |= bit;
            }
        }
    }
    Ok(vm.new_int(flags))
}
fn get_mro(vm: &Vm, t: &PyRef) -> PyResult {
    Ok(vm.new_tuple(t.type_data().mro.borrow().clone()))
}
fn get_dict(vm: &Vm, t: &PyRef) -> PyResult {
    Ok(PyRef::new(
        vm.types.mappingproxy.clone(),
        Payload::Native(Box::new(MappingProxy(t.type_data().dict.clone()))),
    ))
}
fn get_module(vm: &Vm, t: &PyRef) -> PyResult {
    if t.type_data().heap {
        if let Some(m) = vm.dict_get_item(&t.type_data().dict, &vm.names.__module__)? {
            return Ok(m);
        }
    }
    Ok(t.type_data()
        .module
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.new_str("builtins")))
}
fn set_module(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.ok_or_else(|| vm.type_error("cannot delete '__module__'"))?;
    *t.type_data().module.borrow_mut() = Some(v.clone());
    vm.dict_set_item(&t.type_data().dict, vm.names.__module__.clone(), v)
}
fn get_doc(vm: &Vm, t: &PyRef) -> PyResult {
    let td = t.type_data();
    match vm.dict_get_item(&td.dict, &vm.names.__doc__)? {
        Some(d) if td.heap => vm.descr_get(&d, None, t).or(Ok(d)),
        Some(d) if vm.str_of(&d).is_some() => Ok(d),
        // Builtin types carry a docstring in CPython; a short one stands in for it.
        _ if !td.heap => Ok(vm.new_string(format!("{} object", td.name.borrow()))),
        _ => Ok(vm.none()),
    }
}
fn set_doc(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    check_special_set(vm, t, &v, "__doc__")?;
    let v = v.unwrap_or_else(|| vm.none());
    vm.dict_set_item(&t.type_data().dict, vm.names.__doc__.clone(), v)?;
    invalidate_type_caches();
    Ok(())
}

/// `__mro__` is a read-only member in CPython.
fn set_mro_readonly(vm: &Vm, _t: &PyRef, _v: Option<PyRef>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

fn get_annotations(vm: &Vm, t: &PyRef) -> PyResult {
    match vm.dict_get_item(&t.type_data().dict, &vm.names.__annotations__)? {
        Some(d) => Ok(d),
        None => {
            let d = vm.new_dict();
            if t.type_data().heap {
                vm.dict_set_item(
                    &t.type_data().dict,
                    vm.names.__annotations__.clone(),
                    d.clone(),
                )?;
            }
            Ok(d)
        }
    }
}
fn set_annotations(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match v {
        Some(v) => vm.dict_set_item(&t.type_data().dict, vm.names.__annotations__.clone(), v),
        None => {
            vm.dict_del_item(&t.type_data().dict, &vm.names.__annotations__)?;
            Ok(())
        }
    }
}
fn set_bases(vm: &Vm, t: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    check_special_set(vm, t, &v, "__bases__")?;
    let v = v.unwrap_or_else(|| vm.none());
    let tname = t.type_data().name.borrow().clone();
    let bases = match &v.payload {
        Payload::Tuple(b) if !b.is_empty() => b.to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "can only assign non-empty tuple to {}.__bases__, not {}",
                tname,
                vm.repr_str(&v)?
            )))
        }
    };
    for b in &bases {
        if !b.is_type() {
            return Err(vm.type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                tname,
                b.type_name()
            )));
        }
        // Through the MROs and through the bases themselves (a metaclass `mro()` may
        // be assigning `__bases__` re-entrantly, before the MROs are updated).
        if is_subtype(b, t) || bases_reach(b, t, &mut Vec::new()) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    check_duplicate_bases(vm, &bases)?;
    let (new_base, old_base) = (layout_base(vm, &bases), layout_base(vm, &old_bases(t)));
    // Slot values live at fixed indices: the inherited slots must stay the same.
    let slots_of = |bs: &[PyRef]| -> Vec<String> {
        bs.iter()
            .flat_map(|b| b.type_data().slot_names.borrow().clone())
            .collect()
    };
    if !new_base.is(&old_base) || slots_of(&bases) != slots_of(&old_bases(t)) {
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            new_base.type_data().name.borrow(),
            old_base.type_data().name.borrow()
        )));
    }
    let old = std::mem::replace(&mut *t.type_data().bases.borrow_mut(), bases.clone());
    // The MROs of the class and of its subclasses are recomputed (a metaclass `mro()`
    // may run Python code); on an error every changed MRO is put back.
    let mut changed: Vec<(PyRef, Vec<PyRef>)> = Vec::new();
    if let Err(e) = mro_hierarchy(vm, t, &mut changed, 0) {
        for (cls, old_mro) in changed.into_iter().rev() {
            *cls.type_data().mro.borrow_mut() = old_mro;
        }
        let mut cur = t.type_data().bases.borrow_mut();
        if cur.len() == bases.len() && cur.iter().zip(&bases).all(|(a, b)| a.is(b)) {
            *cur = old;
        }
        drop(cur);
        invalidate_type_caches();
        return Err(e);
    }
    // A re-entrant assignment (from an `mro()`) that replaced the bases meanwhile has
    // already updated the subclass lists.
    let still_ours = {
        let cur = t.type_data().bases.borrow();
        cur.len() == bases.len() && cur.iter().zip(&bases).all(|(a, b)| a.is(b))
    };
    if still_ours {
        for b in &old {
            b.type_data()
                .weakref_subclasses
                .borrow_mut()
                .retain(|s| !s.is(t));
        }
        for b in &bases {
            b.type_data()
                .weakref_subclasses
                .borrow_mut()
                .push(t.clone());
        }
    }
    invalidate_type_caches();
    Ok(())
}

/// Whether `t` is `b` or one of its bases, transitively through `__bases__`.
fn bases_reach(b: &PyRef, t: &PyRef, seen: &mut Vec<PyRef>) -> bool {
    if b.is(t) {
        return true;
    }
    if seen.iter().any(|s| s.is(b)) {
        return false;
    }
    seen.push(b.clone());
    let bs = b.type_data().bases.borrow().clone();
    bs.iter().any(|x| bases_reach(x, t, seen))
}

/// Recomputes the MRO of `t` (a metaclass overriding `mro()` decides it) and then of its
/// subclasses, recording each replaced MRO in `changed` (CPython's `mro_hierarchy`).
fn mro_hierarchy(
    vm: &Vm,
    t: &PyRef,
    changed: &mut Vec<(PyRef, Vec<PyRef>)>,
    depth: usize,
) -> PyResult<()> {
    if depth > 1000 {
        return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
    }
    let bases = old_bases(t);
    let new_mro = c3_mro(t, &bases).map_err(|m| vm.type_error(m));
    let meta = t.class().clone();
    let new_mro = match custom_mro_result(vm, &meta, t)? {
        Some(m) => m,
        None => new_mro?,
    };
    invalidate_type_caches();
    changed.push((
        t.clone(),
        std::mem::replace(&mut *t.type_data().mro.borrow_mut(), new_mro),
    ));
    let subs: Vec<PyRef> = t.type_data().weakref_subclasses.borrow().clone();
    for sub in subs {
        mro_hierarchy(vm, &sub, changed, depth + 1)?;
    }
    Ok(())
}

fn old_bases(t: &PyRef) -> Vec<PyRef> {
    t.type_data().bases.borrow().clone()
}

/// `cls.__dict__`: a read-only view of a class namespace.
pub struct MappingProxy(pub PyRef);

fn proxy_target(vm: &Vm, o: &PyRef) -> PyResult {
    if let Payload::Native(n) = &o.payload {
        if let Some(p) = n.downcast_ref::<MappingProxy>() {
            return Ok(p.0.clone());
        }
    }
    Err(vm.type_error("mappingproxy expected"))
}

/// `types.MappingProxyType(mapping)`.
fn proxy_new(vm: &Vm, args: Args) -> PyResult {
    let rest = Args::with_kw(args.args.get(1..).unwrap_or(&[]), args.kwnames);
    let b = args::bind(vm, "mappingproxy", rest, &["mapping"], 1, 0)?;
    let m = b[0].clone().unwrap_or_else(|| vm.none());
    let is_mapping = !matches!(m.payload, Payload::List(_) | Payload::Tuple(_))
        && crate::object::typeobj::type_lookup(m.class(), &vm.intern("__getitem__")).is_some();
    if !is_mapping {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            m.type_name()
        )));
    }
    Ok(PyRef::new(
        vm.types.mappingproxy.clone(),
        Payload::Native(Box::new(MappingProxy(m))),
    ))
}

/// `mappingproxy == x` compares the wrapped mapping (CPython's mappingproxy_richcompare).
fn proxy_eq(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__eq__", args, 1, 1)?;
    let d = proxy_target(vm, &a[0])?;
    vm.rich_compare(&d, &a[1], crate::compile::bytecode::CompareKind::Eq)
}
fn proxy_ne(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__ne__", args, 1, 1)?;
    let d = proxy_target(vm, &a[0])?;
    vm.rich_compare(&d, &a[1], crate::compile::bytecode::CompareKind::Ne)
}

fn proxy_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__getitem__", args, 1, 1)?;
    let d = proxy_target(vm, &a[0])?;
    vm.get_item(&d, &a[1])
}
fn proxy_len(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__len__", args, 0, 0)?;
    let d = proxy_target(vm, &a[0])?;
    match d.payload {
        Payload::Dict(_) => Ok(vm.new_usize(vm.dict_len(&d))),
        _ => Ok(vm.new_usize(vm.len(&d)?)),
    }
}
fn proxy_contains(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__contains__", args, 1, 1)?;
    let d = proxy_target(vm, &a[0])?;
    match d.payload {
        Payload::Dict(_) => Ok(vm.new_bool(vm.dict_get_item(&d, &a[1])?.is_some())),
        _ => Ok(vm.new_bool(vm.contains(&d, &a[1])?)),
    }
}
fn proxy_iter(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__iter__", args, 0, 0)?;
    let d = proxy_target(vm, &a[0])?;
    vm.get_iter(&d)
}
fn proxy_delegate(vm: &Vm, args: Args, name: &str) -> PyResult {
    let this = args::this(vm, &args)?;
    let d = proxy_target(vm, this)?;
    vm.call_method(&d, name, &args.args[1..])
}
fn proxy_keys(vm: &Vm, args: Args) -> PyResult {
    proxy_delegate(vm, args, "keys")
}
fn proxy_values(vm: &Vm, args: Args) -> PyResult {
    proxy_delegate(vm, args, "values")
}
fn proxy_items(vm: &Vm, args: Args) -> PyResult {
    proxy_delegate(vm, args, "items")
}
fn proxy_get(vm: &Vm, args: Args) -> PyResult {
    proxy_delegate(vm, args, "get")
}
fn proxy_copy(vm: &Vm, args: Args) -> PyResult {
    proxy_delegate(vm, args, "copy")
}
/// `str(mappingproxy)` is the str of the mapping (only repr shows the wrapper).
fn proxy_str(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let d = proxy_target(vm, this)?;
    vm.str(&d)
}

fn proxy_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let d = proxy_target(vm, this)?;
    Ok(vm.new_string(format!("mappingproxy({})", vm.repr_str(&d)?)))
}

/// `X | Y` on types: a `types.UnionType`-like object (kept as a tuple-backed native).
pub struct UnionData(pub Vec<PyRef>);
/// `list[int]`: origin and args.
pub struct GenericAliasData(pub PyRef, pub PyRef);

pub fn make_union(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let ok = |o: &PyRef| {
        o.is_type()
            || vm.is_none(o)
            || matches!(&o.payload, Payload::Native(n) if n.is::<UnionData>() || n.is::<GenericAliasData>())
    };
    if !ok(a) || !ok(b) {
        return Ok(vm.not_implemented());
    }
    let mut items: Vec<PyRef> = Vec::new();
    for o in [a, b] {
        let o = if vm.is_none(o) {
            vm.types.none_type.clone()
        } else {
            o.clone()
        };
        if let Payload::Native(n) = &o.payload {
            if let Some(u) = n.downcast_ref::<UnionData>() {
                for x in &u.0 {
                    if !items.iter().any(|y| y.is(x)) {
                        items.push(x.clone());
                    }
                }
                continue;
            }
        }
        if !items.iter().any(|y| y.is(&o)) {
            items.push(o);
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap());
    }
    Ok(PyRef::new(
        union_type(vm),
        Payload::Native(Box::new(UnionData(items))),
    ))
}

static UNION_TYPE: crate::vm::gil::GilCell<RefCell<Option<PyRef>>> =
    crate::vm::gil::GilCell::new(|| RefCell::new(None));
static ALIAS_TYPE: crate::vm::gil::GilCell<RefCell<Option<PyRef>>> =
    crate::vm::gil::GilCell::new(|| RefCell::new(None));

fn union_type(vm: &Vm) -> PyRef {
    UNION_TYPE
        .with(|u| u.borrow().clone())
        .unwrap_or_else(|| vm.types.native_object.clone())
}

fn alias_type(vm: &Vm) -> PyRef {
    ALIAS_TYPE
        .with(|u| u.borrow().clone())
        .unwrap_or_else(|| vm.types.native_object.clone())
}

/// `GenericAlias(origin, args)`, also for subclasses.
fn alias_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let a = args::pos(
        vm,
        "GenericAlias",
        Args::with_kw(&args.args[1..], args.kwnames),
        2,
        2,
    )?;
    Ok(vm.new_object_of(
        &cls,
        Payload::Native(Box::new(GenericAliasData(a[0].clone(), a[1].clone()))),
    ))
}

pub fn make_generic_alias(vm: &Vm, origin: &PyRef, args: &PyRef) -> PyResult {
    Ok(PyRef::new(
        alias_type(vm),
        Payload::Native(Box::new(GenericAliasData(origin.clone(), args.clone()))),
    ))
}

fn type_repr_for_alias(vm: &Vm, o: &PyRef) -> PyResult<String> {
    if vm.is_none(o) || o.is(&vm.types.none_type) {
        return Ok("None".into());
    }
    if o.is_type() {
        let td = o.type_data();
        let module = td.module.borrow().clone();
        return Ok(match module.as_ref().and_then(|m| vm.str_of(m)) {
            Some("builtins") | None => td.qualname.borrow().clone(),
            Some(m) => format!("{}.{}", m, td.qualname.borrow()),
        });
    }
    if o.is(&vm.s.ellipsis) {
        return Ok("...".into());
    }
    vm.repr_str(o)
}

fn union_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if let Payload::Native(n) = &this.payload {
        if let Some(u) = n.downcast_ref::<UnionData>() {
            let parts: PyResult<Vec<String>> =
                u.0.iter().map(|t| type_repr_for_alias(vm, t)).collect();
            return Ok(vm.new_string(parts?.join(" | ")));
        }
    }
    Ok(vm.new_str("<union>"))
}

fn alias_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if let Payload::Native(n) = &this.payload {
        if let Some(a) = n.downcast_ref::<GenericAliasData>() {
            let origin = type_repr_for_alias(vm, &a.0)?;
            let items: Vec<PyRef> = match &a.1.payload {
                Payload::Tuple(t) => t.to_vec(),
                _ => vec![a.1.clone()],
            };
            let parts: PyResult<Vec<String>> =
                items.iter().map(|t| type_repr_for_alias(vm, t)).collect();
            let parts = parts?;
            let inner = if parts.is_empty() {
                "()".to_string()
            } else {
                parts.join(", ")
            };
            return Ok(vm.new_string(format!("{}[{}]", origin, inner)));
        }
    }
    Ok(vm.new_str("<alias>"))
}

fn alias_call(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if let Payload::Native(n) = &this.payload {
        if let Some(a) = n.downcast_ref::<GenericAliasData>() {
            return vm.call(&a.0, Args::with_kw(&args.args[1..], args.kwnames));
        }
    }
    Err(vm.type_error("not callable"))
}

fn alias_getattr(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__getattribute__", args, 1, 1)?;
    if let Payload::Native(n) = &a[0].payload {
        if let Some(al) = n.downcast_ref::<GenericAliasData>() {
            match vm.str_of(&a[1]) {
                Some("__origin__") => return Ok(al.0.clone()),
                Some("__args__") => {
                    return Ok(match &al.1.payload {
                        Payload::Tuple(_) => al.1.clone(),
                        _ => vm.new_tuple(vec![al.1.clone()]),
                    })
                }
                Some("__class__") => return Ok(a[0].class().clone()),
                Some("__parameters__") => return Ok(vm.new_tuple(vec![])),
                // CPython's `attr_exceptions`: looked up on the alias itself.
                Some(
                    "__mro_entries__"
                    | "__reduce_ex__"
                    | "__reduce__"
                    | "__copy__"
                    | "__deepcopy__"
                    | "__unpacked__"
                    | "__typing_unpacked_tuple_args__",
                ) => return vm.generic_getattr(&a[0], &a[1]),
                _ => {}
            }
            return vm.get_attr(&al.0, &a[1]);
        }
        if let Some(u) = n.downcast_ref::<UnionData>() {
            match vm.str_of(&a[1]) {
                Some("__args__") => return Ok(vm.new_tuple(u.0.clone())),
                Some("__parameters__") => return Ok(vm.new_tuple(vec![])),
                _ => {}
            }
        }
    }
    vm.generic_getattr(&a[0], &a[1])
}

fn union_eq(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__eq__", args, 1, 1)?;
    if let (Payload::Native(x), Payload::Native(y)) = (&a[0].payload, &a[1].payload) {
        if let (Some(u), Some(v)) = (x.downcast_ref::<UnionData>(), y.downcast_ref::<UnionData>()) {
            let same = u.0.len() == v.0.len() && u.0.iter().all(|t| v.0.iter().any(|s| s.is(t)));
            return Ok(vm.new_bool(same));
        }
    }
    Ok(vm.not_implemented())
}

fn alias_parts(o: &PyRef) -> Option<&GenericAliasData> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<GenericAliasData>(),
        _ => None,
    }
}

/// The arguments of an alias as a list (a single non-tuple argument counts as one).
fn alias_arg_list(a: &GenericAliasData) -> Vec<PyRef> {
    match &a.1.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => vec![a.1.clone()],
    }
}

fn alias_compare(vm: &Vm, args: Args, negate: bool) -> PyResult {
    let a = args::pos(vm, if negate { "__ne__" } else { "__eq__" }, args, 2, 2)?;
    let (Some(x), Some(y)) = (alias_parts(&a[0]), alias_parts(&a[1])) else {
        return Ok(vm.not_implemented());
    };
    let mut same = vm.eq_bool(&x.0, &y.0)?;
    if same {
        let r = vm.eq_bool(
            &vm.new_tuple(alias_arg_list(x)),
            &vm.new_tuple(alias_arg_list(y)),
        )?;
        same = r;
    }
    Ok(vm.new_bool(same != negate))
}

fn alias_eq(vm: &Vm, args: Args) -> PyResult {
    alias_compare(vm, args, false)
}

fn alias_ne(vm: &Vm, args: Args) -> PyResult {
    alias_compare(vm, args, true)
}

fn alias_hash(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let a = alias_parts(this).ok_or_else(|| vm.type_error("GenericAlias expected"))?;
    let h1 = vm.hash(&a.0)?;
    let h2 = vm.hash(&vm.new_tuple(alias_arg_list(a)))?;
    Ok(vm.new_int(h1 ^ h2))
}

fn alias_instancecheck(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn alias_subclasscheck(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn union_hash(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let mut h: i64 = 0x345678;
    if let Payload::Native(n) = &this.payload {
        if let Some(u) = n.downcast_ref::<UnionData>() {
            for t in &u.0 {
                h ^= crate::vm::protocol::id_hash(t);
            }
        }
    }
    Ok(vm.new_int(h))
}

/// A small builtin-like type (not subclassable) for runtime helper objects.
pub fn new_helper_type(vm: &Vm, name: &str) -> PyRef {
    new_native_type(vm, name, "types", false)
}

/// A type defined in Rust, deriving from `object`, of module `module`; classes may
/// (`base_ok`) or may not derive from it. Its instances hold native payloads.
pub fn new_native_type(vm: &Vm, name: &str, module: &str, base_ok: bool) -> PyRef {
    let d = vm.new_dict();
    let td = crate::object::typeobj::builtin_type_data(
        name,
        Some(&vm.types.object),
        Layout::Special,
        d,
        base_ok,
    );
    let t = PyRef::new(vm.types.type_.clone(), Payload::Type(Box::new(td)));
    *t.type_data().mro.borrow_mut() = vec![t.clone(), vm.types.object.clone()];
    *t.type_data().module.borrow_mut() = Some(vm.intern(module));
    t
}

pub fn init(vm: &Vm) {
    let t = &vm.types.type_;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__getattribute__", type_getattribute),
            ("__setattr__", type_setattr),
            ("__delattr__", type_delattr),
            ("__call__", type_call_method),
            ("__init__", type_init),
            ("__repr__", type_repr),
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__dir__", crate::builtins::codeexec::type_dir_method),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__or__", type_or),
            ("__ror__", type_ror),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", type_new, NativeKind::StaticMethod);
    crate::objects::add_native(vm, t, "__prepare__", type_prepare, NativeKind::ClassMethod);
    use crate::objects::descr::add_getset;
    add_getset(vm, t, "__name__", get_name, Some(set_name));
    add_getset(vm, t, "__qualname__", get_qualname, Some(set_qualname));
    add_getset(vm, t, "__bases__", get_bases, Some(set_bases));
    add_getset(vm, t, "__base__", get_base, None);
    add_getset(vm, t, "__mro__", get_mro, Some(set_mro_readonly));
    add_getset(vm, t, "__flags__", get_flags, None);
    add_getset(vm, t, "__dict__", get_dict, None);
    add_getset(vm, t, "__module__", get_module, Some(set_module));
    add_getset(vm, t, "__doc__", get_doc, Some(set_doc));
    add_getset(
        vm,
        t,
        "__annotations__",
        get_annotations,
        Some(set_annotations),
    );

    let mp = &vm.types.mappingproxy;
    crate::objects::add_native(vm, mp, "__new__", proxy_new, NativeKind::StaticMethod);
    crate::objects::add_methods(
        vm,
        mp,
        &[
            ("__getitem__", proxy_getitem),
            ("__len__", proxy_len),
            ("__contains__", proxy_contains),
            ("__iter__", proxy_iter),
            ("keys", proxy_keys),
            ("values", proxy_values),
            ("items", proxy_items),
            ("get", proxy_get),
            ("copy", proxy_copy),
            ("__repr__", proxy_repr),
            ("__str__", proxy_str),
            ("__eq__", proxy_eq),
            ("__ne__", proxy_ne),
        ],
    );
    let ut = new_helper_type(vm, "UnionType");
    crate::objects::add_methods(
        vm,
        &ut,
        &[
            ("__repr__", union_repr),
            ("__eq__", union_eq),
            ("__hash__", union_hash),
            ("__or__", type_or),
            ("__ror__", type_ror),
            ("__getattribute__", alias_getattr),
        ],
    );
    UNION_TYPE.with(|u| *u.borrow_mut() = Some(ut));
    // Subclassable, as CPython's (`_collections_abc._CallableGenericAlias`).
    let at = new_native_type(vm, "GenericAlias", "types", true);
    crate::objects::add_native(vm, &at, "__new__", alias_new, NativeKind::StaticMethod);
    crate::objects::add_methods(
        vm,
        &at,
        &[
            ("__repr__", alias_repr),
            ("__call__", alias_call),
            ("__getattribute__", alias_getattr),
            ("__eq__", alias_eq),
            ("__ne__", alias_ne),
            ("__hash__", alias_hash),
            ("__instancecheck__", alias_instancecheck),
            ("__subclasscheck__", alias_subclasscheck),
            ("__or__", type_or),
            ("__ror__", type_ror),
        ],
    );
    ALIAS_TYPE.with(|u| *u.borrow_mut() = Some(at));
}
