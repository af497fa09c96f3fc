//! `__build_class__`: runs a class body and calls the metaclass (PEP 3115 order:
//! `__mro_entries__`, metaclass selection, `__prepare__`, body, metaclass call).

use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::vm::frame::Frame;
use crate::vm::Vm;

use super::functions::strip_self;

pub fn build_class(vm: &Vm, args: Args) -> PyResult {
    let args = strip_self(args);
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    let name = pos[1].clone();
    if vm.str_of(&name).is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<PyRef> = pos[2..].to_vec();
    // __mro_entries__ (PEP 560)
    let mut bases: Vec<PyRef> = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if !b.is_type() {
            if let Some(me) = vm.get_attr_opt(b, &vm.names.__mro_entries__)? {
                let r = vm.call1(&me, vm.new_tuple(orig_bases.clone()))?;
                match &r.payload {
                    Payload::Tuple(t) => bases.extend(t.iter().cloned()),
                    _ => return Err(vm.type_error("__mro_entries__ must return a tuple")),
                }
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<PyRef> = None;
    let mut kwnames: Vec<PyRef> = Vec::new();
    let mut kwvalues: Vec<PyRef> = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
        if vm.str_of(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvalues.push(v.clone());
        }
    }
    let is_class_meta = meta.as_ref().map(|m| m.is_type()).unwrap_or(true);
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.class().clone(),
            None => vm.types.type_.clone(),
        },
    };
    let meta = if is_class_meta {
        crate::objects::typeobj::calculate_metaclass(vm, &meta, &bases)?
    } else {
        meta
    };
    let bases_t = vm.new_tuple(bases);
    // __prepare__
    let ns = match vm.get_attr_opt(&meta, &vm.names.__prepare__)? {
        Some(prep) => {
            let mut v = vec![name.clone(), bases_t.clone()];
            v.extend(kwvalues.iter().cloned());
            vm.call(&prep, Args::with_kw(&v, &kwnames))?
        }
        None => vm.new_dict(),
    };
    if type_lookup(ns.class(), &vm.names.__getitem__).is_none() {
        return Err(vm.type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            if meta.is_type() {
                meta.type_data().name.borrow().clone()
            } else {
                "<metaclass>".into()
            },
            ns.type_name()
        )));
    }
    // Run the body with the namespace as its locals.
    let fd = match &func.payload {
        Payload::Function(f) => f,
        _ => return Err(vm.type_error("__build_class__: func must be a function")),
    };
    let code_obj = fd.code.borrow().clone();
    let code = match &code_obj.payload {
        Payload::Code(c) => c.clone(),
        _ => return Err(vm.type_error("__build_class__: func must be a function")),
    };
    let mut frame = Box::new(Frame::new(
        code_obj.clone(),
        code.clone(),
        fd.globals.clone(),
        vm.builtins_for(&fd.globals),
        Some(ns.clone()),
    ));
    let nlocals = code.nlocals();
    for (i, _) in code.cellvars.iter().enumerate() {
        frame.fast[nlocals + i] = Some(vm.new_cell(None));
    }
    if let Some(cl) = &fd.closure {
        if let Payload::Tuple(cells) = &cl.payload {
            let base = nlocals + code.cellvars.len();
            for (i, c) in cells.iter().enumerate() {
                frame.fast[base + i] = Some(c.clone());
            }
        }
    }
    let cell = vm.run_frame_to_end(frame)?;
    if changed {
        vm.set_item(&ns, vm.intern("__orig_bases__"), vm.new_tuple(orig_bases))?;
    }
    let mut v = vec![name, bases_t, ns];
    v.extend(kwvalues);
    let cls = vm.call(&meta, Args::with_kw(&v, &kwnames))?;
    if let Payload::Cell(c) = &cell.payload {
        let cur = c.borrow().clone();
        match cur {
            Some(x) if !x.is(&cls) => {
                return Err(vm.type_error(format!(
                    "__class__ set to {} defining {} as {}",
                    vm.repr_str(&x)?,
                    vm.repr_str(&cls)?,
                    vm.repr_str(&cls)?
                )))
            }
            None => *c.borrow_mut() = Some(cls.clone()),
            _ => {}
        }
    }
    Ok(cls)
}
