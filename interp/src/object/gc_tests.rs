//! Tests of the cycle collector that need Rust-level access: objects held only by Rust
//! locals, by a suspended generator's frame, by a native iterator's state, or behind a
//! `RefCell` that Rust code has borrowed must survive a collection; unreachable cycles
//! must be broken. Finalizers at reference count zero run only while an interpreter is
//! registered (`finalize::RunningVm`), and once per object.
//!
//! Everything runs in one test on one thread: objects and the collector's lists belong
//! to the thread running the interpreter.

use super::core::tracking;
use super::finalize::RunningVm;
use super::gc;
use super::payload::*;
use super::PyRef;
use crate::compile::Mode;
use crate::vm::{Config, Vm};

const SRC: &str = r#"
class N:
    pass

def gen():
    n = N(); n.me = n; n.v = 41
    yield 1
    yield n.v + 1

g = gen(); next(g)
it = iter([[N(), i] for i in range(3)])
l = []; l.append(l)
"#;

fn list_items(l: &PyRef) -> Vec<PyRef> {
    match &l.payload {
        Payload::List(v) => v.borrow().clone(),
        _ => panic!("not a list"),
    }
}

fn list_push(l: &PyRef, v: PyRef) {
    match &l.payload {
        Payload::List(items) => items.borrow_mut().push(v),
        _ => panic!("not a list"),
    }
}

fn checks(vm: &Vm) {
    let d = vm.new_dict();
    vm.dict_set_str(&d, "__builtins__", vm.builtins.clone())
        .unwrap();
    let code = vm.compile_py(SRC, "<gc test>", Mode::Exec).unwrap();
    vm.run_code(&code, &d, None).unwrap();
    let get = |name: &str| vm.dict_get_str(&d, name).unwrap().unwrap();
    let (g, it, l) = (get("g"), get("it"), get("l"));
    let del = vm
        .compile_py("del g, it, l", "<gc test>", Mode::Exec)
        .unwrap();
    vm.run_code(&del, &d, None).unwrap();

    // A cycle held only by a Rust local.
    let c = vm.new_list(vec![]);
    list_push(&c, c.clone());
    // A cycle referenced only from a list whose vector Rust code has borrowed mutably:
    // the borrowed list cannot be traversed, so what it holds must count as live.
    let x = vm.new_list(vec![]);
    list_push(&x, x.clone());
    let y = vm.new_list(vec![x.clone()]);
    drop(x);
    // An unreachable cycle holding an object Rust keeps: breaking the cycle releases it.
    let sentinel = vm.new_list(vec![]);
    let z = vm.new_list(vec![sentinel.clone()]);
    list_push(&z, z.clone());
    drop(z);
    assert_eq!(sentinel.refcount(), 2);

    {
        let _guard = match &y.payload {
            Payload::List(v) => v.borrow_mut(),
            _ => unreachable!(),
        };
        let found = gc::collect(vm, 2);
        assert!(
            found >= 1,
            "the unreachable cycle z was not found ({found})"
        );
    }
    assert_eq!(sentinel.refcount(), 1, "the cycle z was not broken");

    // Everything held from Rust is intact.
    let c_items = list_items(&c);
    assert!(c_items.len() == 1 && c_items[0].is(&c));
    let x = list_items(&y)[0].clone();
    let x_items = list_items(&x);
    assert!(x_items.len() == 1 && x_items[0].is(&x));
    let l_items = list_items(&l);
    assert!(l_items.len() == 1 && l_items[0].is(&l));
    let first = vm.call_method(&it, "__next__", &[]).unwrap();
    assert_eq!(list_items(&first).len(), 2);
    let v = vm.call_method(&g, "__next__", &[]).unwrap();
    assert_eq!(
        vm.repr(&v)
            .ok()
            .and_then(|r| vm.str_of(&r).map(String::from)),
        Some("42".into())
    );
    assert!(tracking::is_tracked(&c) && !tracking::is_tracked(&vm.new_int(5)));

    // Once Rust lets go, the cycles are garbage.
    drop((c, x, y, l, first, g, it, v, c_items, x_items, l_items));
    let found = gc::collect(vm, 2);
    assert!(found >= 4, "only {found} unreachable objects found");
    assert_eq!(gc::collect(vm, 2), 0);
}

const FINALIZER_SRC: &str = r#"
class F:
    calls = 0
    def __del__(self):
        F.calls += 1
        kept.append(self)
kept = []
"#;

fn finalizer_checks(vm: &std::rc::Rc<Vm>) {
    let d = vm.new_dict();
    vm.dict_set_str(&d, "__builtins__", vm.builtins.clone())
        .unwrap();
    let code = vm
        .compile_py(FINALIZER_SRC, "<finalizer test>", Mode::Exec)
        .unwrap();
    vm.run_code(&code, &d, None).unwrap();
    let class = vm.dict_get_str(&d, "F").unwrap().unwrap();
    let kept = vm.dict_get_str(&d, "kept").unwrap().unwrap();
    let calls = || {
        let n = vm.get_attr_str(&class, "calls").unwrap();
        vm.repr(&n)
            .ok()
            .and_then(|r| vm.str_of(&r).map(String::from))
    };

    // No interpreter registered: the object is freed without its finalizer.
    drop(vm.call(&class, Args::new(&[])).unwrap());
    assert_eq!(calls(), Some("0".into()));

    // Registered: the finalizer runs and may resurrect; a resurrected object is not
    // finalized again when it dies for good.
    let running = RunningVm::enter(vm);
    drop(vm.call(&class, Args::new(&[])).unwrap());
    assert_eq!(calls(), Some("1".into()));
    assert_eq!(list_items(&kept).len(), 1);
    let revived = match &kept.payload {
        Payload::List(v) => v.borrow_mut().pop().unwrap(),
        _ => panic!("not a list"),
    };
    drop(revived);
    assert_eq!(calls(), Some("1".into()));
    assert!(list_items(&kept).is_empty());
    drop(running);
}

#[test]
fn collector_keeps_live_objects_and_breaks_cycles() {
    const STACK: usize = 256 << 20;
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(|| {
            let vm = Vm::new(Config::default());
            vm.set_stack_limit_from_here(STACK);
            checks(&vm);
            finalizer_checks(&vm);
        })
        .unwrap()
        .join()
        .unwrap();
}
