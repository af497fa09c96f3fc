//! `_md5`, `_sha1`, `_sha256` (sha224, sha256) and `_sha512` (sha384, sha512): module
//! functions `md5(string=b'', *, usedforsecurity=True)` and friends that build objects
//! of the (not directly instantiable) types `MD5Type`, `SHA1Type`, `SHA224Type`...

use std::cell::RefCell;

use sha2::Digest;

use super::{add_function, ctor_args, new_hash, new_type, Algo};
use crate::modules::user_args;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// A fixed-size digest from the RustCrypto `Digest` trait.
struct Plain<D>(D);

impl<D: Digest + Clone + 'static> Algo for Plain<D> {
    fn update(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
    }
    fn digest(&self) -> Vec<u8> {
        self.0.clone().finalize().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn Algo> {
        Box::new(Plain(self.0.clone()))
    }
    fn digest_size(&self) -> usize {
        <D as Digest>::output_size()
    }
}

/// One algorithm: its name (also the constructor's), the module-attribute name of its
/// type, block size, and a fresh state.
struct Spec {
    name: &'static str,
    /// The module attribute naming the type. CPython's `_sha512` has none for sha512 and
    /// binds `SHA384Type` to the sha512 type; `build` mirrors that.
    type_attr: Option<&'static str>,
    block_size: usize,
    make: fn() -> Box<dyn Algo>,
}

const MD5: Spec = Spec {
    name: "md5",
    type_attr: Some("MD5Type"),
    block_size: 64,
    make: || Box::new(Plain(md5::Md5::new())),
};
const SHA1: Spec = Spec {
    name: "sha1",
    type_attr: Some("SHA1Type"),
    block_size: 64,
    make: || Box::new(Plain(sha1::Sha1::new())),
};
const SHA224: Spec = Spec {
    name: "sha224",
    type_attr: Some("SHA224Type"),
    block_size: 64,
    make: || Box::new(Plain(sha2::Sha224::new())),
};
const SHA256: Spec = Spec {
    name: "sha256",
    type_attr: Some("SHA256Type"),
    block_size: 64,
    make: || Box::new(Plain(sha2::Sha256::new())),
};
const SHA384: Spec = Spec {
    name: "sha384",
    type_attr: Some("SHA384Type"),
    block_size: 128,
    make: || Box::new(Plain(sha2::Sha384::new())),
};
const SHA512: Spec = Spec {
    name: "sha512",
    type_attr: None,
    block_size: 128,
    make: || Box::new(Plain(sha2::Sha512::new())),
};

/// The type objects, by algorithm name.
static TYPES: GilCell<RefCell<Vec<(&'static str, PyRef)>>> =
    GilCell::new(|| RefCell::new(Vec::new()));

fn construct(vm: &Vm, spec: &Spec, a: Args) -> PyResult {
    let data = ctor_args(vm, spec.name, user_args(a), "string", true)?;
    let cls = TYPES
        .with(|t| {
            t.borrow()
                .iter()
                .find(|(n, _)| *n == spec.name)
                .map(|(_, c)| c.clone())
        })
        .ok_or_else(|| vm.runtime_error(format!("_{} is not initialized", spec.name)))?;
    new_hash(
        vm,
        &cls,
        spec.name,
        spec.block_size,
        (spec.make)(),
        data.as_ref(),
    )
}

fn md5_new(vm: &Vm, a: Args) -> PyResult {
    construct(vm, &MD5, a)
}
fn sha1_new(vm: &Vm, a: Args) -> PyResult {
    construct(vm, &SHA1, a)
}
fn sha224_new(vm: &Vm, a: Args) -> PyResult {
    construct(vm, &SHA224, a)
}
fn sha256_new(vm: &Vm, a: Args) -> PyResult {
    construct(vm, &SHA256, a)
}
fn sha384_new(vm: &Vm, a: Args) -> PyResult {
    construct(vm, &SHA384, a)
}
fn sha512_new(vm: &Vm, a: Args) -> PyResult {
    construct(vm, &SHA512, a)
}

/// Builds module `name` with one type and constructor per `(spec, constructor)`.
fn build(vm: &Vm, name: &str, algos: &[(&Spec, NativeFn)]) -> PyResult {
    let m = crate::modules::new_native_module(vm, name, &[]);
    let d = vm.module_dict(&m).unwrap();
    for (spec, f) in algos {
        let t = new_type(vm, name, spec.name, None, false);
        if let Some(attr) = spec.type_attr {
            vm.dict_set_str(&d, attr, t.clone())?;
        }
        if spec.name == "sha512" {
            vm.dict_set_str(&d, "SHA384Type", t.clone())?;
        }
        add_function(vm, &m, spec.name, *f)?;
        TYPES.with(|ts| {
            let mut ts = ts.borrow_mut();
            ts.retain(|(n, _)| *n != spec.name);
            ts.push((spec.name, t));
        });
    }
    Ok(m)
}

pub fn md5_init(vm: &Vm) -> PyResult {
    build(vm, "_md5", &[(&MD5, md5_new)])
}

pub fn sha1_init(vm: &Vm) -> PyResult {
    build(vm, "_sha1", &[(&SHA1, sha1_new)])
}

pub fn sha256_init(vm: &Vm) -> PyResult {
    build(
        vm,
        "_sha256",
        &[(&SHA224, sha224_new), (&SHA256, sha256_new)],
    )
}

pub fn sha512_init(vm: &Vm) -> PyResult {
    build(
        vm,
        "_sha512",
        &[(&SHA384, sha384_new), (&SHA512, sha512_new)],
    )
}
