//! The hash modules `hashlib` falls back to without OpenSSL (CPython's Modules/md5module.c,
//! sha1module.c, sha256module.c, sha512module.c, _sha3/, _blake2/): one hash object
//! type per algorithm with `update`, `digest`, `hexdigest`, `copy`, `name`,
//! `digest_size` and `block_size`. This file owns the shared object, its methods and
//! argument handling; `sha.rs` owns `_md5`, `_sha1`, `_sha256`, `_sha512`; `sha3.rs`
//! `_sha3` (with the SHAKE extendable-output functions); `blake2.rs` `_blake2`. The
//! algorithms themselves come from the RustCrypto crates and blake2b_simd/blake2s_simd.

mod blake2;
mod sha;
mod sha3;

pub use blake2::init as blake2_init;
pub use sha::{md5_init, sha1_init, sha256_init, sha512_init};
pub use sha3::init as sha3_init;

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// One running hash computation.
pub(super) trait Algo {
    fn update(&mut self, data: &[u8]);
    /// The digest of everything so far; the state stays usable.
    fn digest(&self) -> Vec<u8>;
    /// `length` bytes of output, for extendable-output functions (SHAKE); `None` for
    /// fixed-size digests.
    fn xof(&self, _length: usize) -> Option<Vec<u8>> {
        None
    }
    fn boxed_clone(&self) -> Box<dyn Algo>;
    /// Digest size in bytes (0 for SHAKE).
    fn digest_size(&self) -> usize;
}

/// The state of a hash object: the algorithm's name and block size, and the running
/// computation (behind a RefCell: `update` may be called again while a buffer is read).
pub(super) struct HashState {
    pub name: &'static str,
    pub block_size: usize,
    pub algo: RefCell<Box<dyn Algo>>,
}

pub(super) fn hash_state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a HashState> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<HashState>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a hash object but received a '{}'",
            o.type_name()
        ))
    })
}

/// The qualified name of a method of `o`'s type, for messages (`md5.update`).
fn qualname(o: &PyRef, method: &str) -> String {
    format!("{}.{}", o.class().type_data().name.borrow(), method)
}

/// Runs `f` on the bytes of the object to hash, with CPython's messages for str and for
/// objects without the buffer protocol.
pub(super) fn with_data<R>(vm: &Vm, o: &PyRef, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    match &o.payload {
        Payload::Bytes(b) => Ok(f(b)),
        Payload::ByteArray(b) => {
            let copy = b.borrow().clone();
            Ok(f(&copy))
        }
        Payload::MemoryView(_) => {
            let data = crate::objects::bytes::bytes_from_object(vm, o)?;
            Ok(f(&data))
        }
        Payload::Str(_) => Err(vm.type_error("Strings must be encoded before hashing")),
        _ => Err(vm.type_error("object supporting the buffer API required")),
    }
}

/// The bytes of a bytes-like argument (a `Py_buffer` parameter: `key`, `salt`...).
pub(super) fn buffer_arg(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    crate::objects::bytes::bytes_from_object(vm, o)
}

/// A new hash object of type `cls` over `algo`, fed `data` when given.
pub(super) fn new_hash(
    vm: &Vm,
    cls: &PyRef,
    name: &'static str,
    block_size: usize,
    mut algo: Box<dyn Algo>,
    data: Option<&PyRef>,
) -> PyResult {
    if let Some(d) = data {
        with_data(vm, d, |b| algo.update(b))?;
    }
    let st = HashState {
        name,
        block_size,
        algo: RefCell::new(algo),
    };
    Ok(vm.new_object_of(cls, Payload::Native(Box::new(st))))
}

/// The positional-or-keyword `string`/`data` argument and the keyword-only
/// `usedforsecurity` of a constructor (`md5(string=b'', *, usedforsecurity=True)`).
pub(super) fn ctor_args(
    vm: &Vm,
    fname: &str,
    a: Args,
    data_name: &str,
    data_keyword: bool,
) -> PyResult<Option<PyRef>> {
    let names = [data_name, "usedforsecurity"];
    for k in a.kwnames {
        let kn = vm.str_of(k).unwrap_or("");
        if !(kn == "usedforsecurity" || (data_keyword && kn == data_name)) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                kn, fname
            )));
        }
    }
    let b = args::clinic(vm, fname, a, &names, 0, 1)?;
    if let Some(u) = &b[1] {
        vm.is_true(u)?;
    }
    Ok(b[0].clone())
}

fn hash_update(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "update", a, 1, 1)?;
    let st = hash_state(vm, &p[0])?;
    with_data(vm, &p[1], |b| st.algo.borrow_mut().update(b))?;
    Ok(vm.none())
}

fn hash_digest(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "digest", a, 0, 0)?;
    let st = hash_state(vm, &p[0])?;
    let d = st.algo.borrow().digest();
    Ok(vm.new_bytes(d))
}

pub(super) fn hex(data: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(data.len() * 2);
    for &b in data {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

fn hash_hexdigest(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "hexdigest", a, 0, 0)?;
    let st = hash_state(vm, &p[0])?;
    let d = st.algo.borrow().digest();
    Ok(vm.new_string(hex(&d)))
}

fn hash_copy(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "copy", a, 0, 0)?;
    let st = hash_state(vm, &p[0])?;
    let algo = st.algo.borrow().boxed_clone();
    new_hash(vm, p[0].class(), st.name, st.block_size, algo, None)
}

fn get_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_str(hash_state(vm, o)?.name))
}

fn get_digest_size(vm: &Vm, o: &PyRef) -> PyResult {
    let n = hash_state(vm, o)?.algo.borrow().digest_size();
    Ok(vm.new_usize(n))
}

fn get_block_size(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_usize(hash_state(vm, o)?.block_size))
}

/// The length argument of SHAKE's `digest(length)`, as CPython's `unsigned long`
/// converter reads it, limited as CPython's `_sha3` limits it.
fn xof_length(vm: &Vm, o: &PyRef, fname: &str, a: &Args) -> PyResult<usize> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", fname)));
    }
    let n: u64 = match &o.payload {
        Payload::Int(i) if *i < 0 => return Err(vm.value_error("value must be positive")),
        Payload::Int(i) => *i as u64,
        Payload::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
            return Err(vm.value_error("value must be positive"))
        }
        Payload::BigInt(_) => {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"))
        }
        _ => return Err(vm.type_error("an integer is required")),
    };
    if n >= 1 << 29 {
        return Err(vm.value_error("length is too large"));
    }
    Ok(n as usize)
}

fn xof_output(vm: &Vm, a: &Args, method: &str) -> PyResult<Vec<u8>> {
    let this = args::this(vm, a)?;
    let st = hash_state(vm, this)?;
    let fname = qualname(this, method);
    if a.args.len() != 2 || a.has_kw() {
        if a.has_kw() {
            return Err(vm.type_error(format!("{}() takes no keyword arguments", fname)));
        }
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            fname,
            a.args.len().saturating_sub(1)
        )));
    }
    let n = xof_length(vm, &a.args[1], &fname, a)?;
    let out = st.algo.borrow().xof(n);
    out.ok_or_else(|| vm.type_error(format!("{}() takes no arguments (1 given)", fname)))
}

fn xof_digest(vm: &Vm, a: Args) -> PyResult {
    let d = xof_output(vm, &a, "digest")?;
    Ok(vm.new_bytes(d))
}

fn xof_hexdigest(vm: &Vm, a: Args) -> PyResult {
    let d = xof_output(vm, &a, "hexdigest")?;
    Ok(vm.new_string(hex(&d)))
}

/// `__new__` of the hash types made only by their module's constructor functions.
fn no_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?;
    Err(vm.type_error(format!(
        "cannot create '{}' instances",
        crate::objects::object::tp_name(vm, cls)
    )))
}

/// A hash object type `module.name`: with `new` as its constructor, or not
/// instantiable from Python when `None`; `xof` types get SHAKE's `digest(length)`.
pub(super) fn new_type(
    vm: &Vm,
    module: &str,
    name: &str,
    new: Option<NativeFn>,
    xof: bool,
) -> PyRef {
    let t = crate::objects::typeobj::new_native_type(vm, name, module, false);
    crate::objects::add_native(
        vm,
        &t,
        "__new__",
        new.unwrap_or(no_new),
        NativeKind::StaticMethod,
    );
    let (digest, hexdigest): (NativeFn, NativeFn) = if xof {
        (xof_digest, xof_hexdigest)
    } else {
        (hash_digest, hash_hexdigest)
    };
    crate::objects::add_methods(
        vm,
        &t,
        &[
            ("update", hash_update),
            ("digest", digest),
            ("hexdigest", hexdigest),
            ("copy", hash_copy),
        ],
    );
    use crate::objects::descr::add_getset;
    add_getset(vm, &t, "name", get_name, None);
    add_getset(vm, &t, "digest_size", get_digest_size, None);
    add_getset(vm, &t, "block_size", get_block_size, None);
    t
}

/// A module-level constructor function of a hash type (`_md5.md5`).
pub(super) fn add_function(vm: &Vm, m: &PyRef, name: &'static str, f: NativeFn) -> PyResult<()> {
    let d = vm.module_dict(m).unwrap();
    let nf = vm.new_bound_native(name, f, m.clone());
    vm.dict_set_str(&d, name, nf)
}
