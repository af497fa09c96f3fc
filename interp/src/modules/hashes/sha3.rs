//! `_sha3`: the types `sha3_224`, `sha3_256`, `sha3_384`, `sha3_512`, `shake_128` and
//! `shake_256` (constructors `sha3_256(data=b'', /, *, usedforsecurity=True)`), with
//! CPython's extra attributes `_capacity_bits`, `_rate_bits` and `_suffix`; SHAKE's
//! `digest(length)` / `hexdigest(length)`.

use std::cell::RefCell;

use sha3::digest::{ExtendableOutput, Update, XofReader};
use sha3::Digest;

use super::{ctor_args, hash_state, new_hash, new_type, Algo};
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// A SHA-3 fixed-size digest.
struct Fixed<D>(D);

impl<D: Digest + Clone + 'static> Algo for Fixed<D> {
    fn update(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
    }
    fn digest(&self) -> Vec<u8> {
        self.0.clone().finalize().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn Algo> {
        Box::new(Fixed(self.0.clone()))
    }
    fn digest_size(&self) -> usize {
        <D as Digest>::output_size()
    }
}

/// A SHAKE extendable-output function.
struct Shake<X>(X);

impl<X: Update + ExtendableOutput + Clone + 'static> Algo for Shake<X> {
    fn update(&mut self, data: &[u8]) {
        Update::update(&mut self.0, data);
    }
    fn digest(&self) -> Vec<u8> {
        Vec::new()
    }
    fn xof(&self, length: usize) -> Option<Vec<u8>> {
        let mut out = vec![0u8; length];
        self.0.clone().finalize_xof().read(&mut out);
        Some(out)
    }
    fn boxed_clone(&self) -> Box<dyn Algo> {
        Box::new(Shake(self.0.clone()))
    }
    fn digest_size(&self) -> usize {
        0
    }
}

/// One algorithm: name, capacity in bits (the rate is 1600 minus it), padding suffix,
/// and a fresh state.
struct Spec {
    name: &'static str,
    capacity_bits: usize,
    suffix: u8,
    make: fn() -> Box<dyn Algo>,
}

const SPECS: &[Spec] = &[
    Spec {
        name: "sha3_224",
        capacity_bits: 448,
        suffix: 0x06,
        make: || Box::new(Fixed(sha3::Sha3_224::new())),
    },
    Spec {
        name: "sha3_256",
        capacity_bits: 512,
        suffix: 0x06,
        make: || Box::new(Fixed(sha3::Sha3_256::new())),
    },
    Spec {
        name: "sha3_384",
        capacity_bits: 768,
        suffix: 0x06,
        make: || Box::new(Fixed(sha3::Sha3_384::new())),
    },
    Spec {
        name: "sha3_512",
        capacity_bits: 1024,
        suffix: 0x06,
        make: || Box::new(Fixed(sha3::Sha3_512::new())),
    },
    Spec {
        name: "shake_128",
        capacity_bits: 256,
        suffix: 0x1f,
        make: || Box::new(Shake(sha3::Shake128::default())),
    },
    Spec {
        name: "shake_256",
        capacity_bits: 512,
        suffix: 0x1f,
        make: || Box::new(Shake(sha3::Shake256::default())),
    },
];

/// The type objects, in `SPECS` order.
static TYPES: GilCell<RefCell<Vec<PyRef>>> = GilCell::new(|| RefCell::new(Vec::new()));

/// The spec of a type (or of a hash object's type).
fn spec_of(vm: &Vm, t: &PyRef) -> PyResult<&'static Spec> {
    let i = TYPES.with(|ts| ts.borrow().iter().position(|x| x.is(t)));
    i.map(|i| &SPECS[i]).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a _sha3 object but received a '{}'",
            t.type_data().name.borrow()
        ))
    })
}

/// `__new__(cls, data=b'', /, *, usedforsecurity=True)` of every `_sha3` type.
fn sha3_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    let spec = spec_of(vm, &cls)?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    // CPython names every _sha3 constructor `sha3_224` in its argument errors.
    let data = ctor_args(vm, "sha3_224", rest, "data", false)?;
    let bs = (1600 - spec.capacity_bits) / 8;
    new_hash(vm, &cls, spec.name, bs, (spec.make)(), data.as_ref())
}

fn object_spec(vm: &Vm, o: &PyRef) -> PyResult<&'static Spec> {
    hash_state(vm, o)?;
    spec_of(vm, o.class())
}

fn get_capacity(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_usize(object_spec(vm, o)?.capacity_bits))
}

fn get_rate(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_usize(1600 - object_spec(vm, o)?.capacity_bits))
}

fn get_suffix(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bytes(vec![object_spec(vm, o)?.suffix]))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "_sha3", &[]);
    let d = vm.module_dict(&m).unwrap();
    let mut types = Vec::new();
    for spec in SPECS {
        let t = new_type(vm, "_sha3", spec.name, Some(sha3_new), spec.suffix == 0x1f);
        use crate::objects::descr::add_getset;
        add_getset(vm, &t, "_capacity_bits", get_capacity, None);
        add_getset(vm, &t, "_rate_bits", get_rate, None);
        add_getset(vm, &t, "_suffix", get_suffix, None);
        vm.dict_set_str(&d, spec.name, t.clone())?;
        types.push(t);
    }
    TYPES.with(|ts| *ts.borrow_mut() = types);
    vm.dict_set_str(&d, "implementation", vm.new_str("tiny_sha3"))?;
    vm.dict_set_str(&d, "keccakopt", vm.new_int(0))?;
    Ok(m)
}
