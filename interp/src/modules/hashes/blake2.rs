//! `_blake2`: the types `blake2b` and `blake2s` with every BLAKE2 parameter CPython
//! accepts (digest_size, key, salt, person and the tree-hashing ones: fanout, depth,
//! leaf_size, node_offset, node_depth, inner_size, last_node), checked in CPython's
//! order with its messages, and the class constants `SALT_SIZE`, `PERSON_SIZE`,
//! `MAX_KEY_SIZE`, `MAX_DIGEST_SIZE`.

use super::{buffer_arg, new_hash, new_type, Algo};
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

struct B2b(blake2b_simd::State, usize);
struct B2s(blake2s_simd::State, usize);

impl Algo for B2b {
    fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }
    fn digest(&self) -> Vec<u8> {
        self.0.finalize().as_bytes().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn Algo> {
        Box::new(B2b(self.0.clone(), self.1))
    }
    fn digest_size(&self) -> usize {
        self.1
    }
}

impl Algo for B2s {
    fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }
    fn digest(&self) -> Vec<u8> {
        self.0.finalize().as_bytes().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn Algo> {
        Box::new(B2s(self.0.clone(), self.1))
    }
    fn digest_size(&self) -> usize {
        self.1
    }
}

/// The sizes of one variant.
struct Variant {
    name: &'static str,
    block_size: usize,
    salt_size: usize,
    person_size: usize,
    max_key_size: usize,
    max_digest_size: usize,
    /// Largest node offset + 1 (BLAKE2s stores 48 bits).
    node_offset_limit: u128,
}

const BLAKE2B: Variant = Variant {
    name: "blake2b",
    block_size: 128,
    salt_size: 16,
    person_size: 16,
    max_key_size: 64,
    max_digest_size: 64,
    node_offset_limit: 1 << 64,
};
const BLAKE2S: Variant = Variant {
    name: "blake2s",
    block_size: 64,
    salt_size: 8,
    person_size: 8,
    max_key_size: 32,
    max_digest_size: 32,
    node_offset_limit: 1 << 48,
};

/// Keyword-only parameters after the positional-only `data`.
const KEYWORDS: &[&str] = &[
    "digest_size",
    "key",
    "salt",
    "person",
    "fanout",
    "depth",
    "leaf_size",
    "node_offset",
    "node_depth",
    "inner_size",
    "last_node",
    "usedforsecurity",
];

/// The parameters after conversion.
struct Params {
    digest_size: i64,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
    fanout: i64,
    depth: i64,
    leaf_size: u64,
    node_offset: u64,
    node_depth: i64,
    inner_size: i64,
    last_node: bool,
}

/// A C `int` argument (`__index__`, OverflowError beyond 32 bits).
fn c_int(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    let too_large = || vm.overflow_error("Python int too large to convert to C int");
    match vm.index_opt(o) {
        Ok(Some(i)) if i32::try_from(i).is_ok() => Ok(i),
        Ok(Some(_)) => Err(too_large()),
        Ok(None) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.type_name()
        ))),
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => Err(too_large()),
        Err(e) => Err(e),
    }
}

/// A C unsigned argument as CPython's unsigned converters read it: ints only, negative
/// values refused with "value must be positive".
fn c_unsigned(vm: &Vm, o: &PyRef, overflow: &str) -> PyResult<u64> {
    match &o.payload {
        Payload::Int(i) if *i < 0 => Err(vm.value_error("value must be positive")),
        Payload::Int(i) => Ok(*i as u64),
        Payload::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
            Err(vm.value_error("value must be positive"))
        }
        Payload::BigInt(b) => u64::try_from(b.magnitude()).map_err(|_| vm.overflow_error(overflow)),
        _ => Err(vm.type_error("an integer is required")),
    }
}

/// Binds and converts the arguments in CPython's order; returns `data` and the
/// parameters.
fn convert(vm: &Vm, v: &Variant, a: Args) -> PyResult<(Option<PyRef>, Params)> {
    let pos = a.pos();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{}() takes at most 1 positional argument ({} given)",
            v.name,
            pos.len()
        )));
    }
    let mut slots: Vec<Option<PyRef>> = vec![None; KEYWORDS.len()];
    for (k, val) in a.kwnames.iter().zip(a.kwvalues()) {
        let kn = vm.str_of(k).unwrap_or("");
        match KEYWORDS.iter().position(|n| *n == kn) {
            Some(i) => slots[i] = Some(val.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    kn, v.name
                )))
            }
        }
    }
    let int_or = |i: usize, d: i64| -> PyResult<i64> {
        match &slots[i] {
            Some(o) => c_int(vm, o),
            None => Ok(d),
        }
    };
    let buf_or = |i: usize| -> PyResult<Vec<u8>> {
        match &slots[i] {
            Some(o) => buffer_arg(vm, o),
            None => Ok(Vec::new()),
        }
    };
    let digest_size = int_or(0, v.max_digest_size as i64)?;
    let key = buf_or(1)?;
    let salt = buf_or(2)?;
    let person = buf_or(3)?;
    let fanout = int_or(4, 1)?;
    let depth = int_or(5, 1)?;
    let leaf_size = match &slots[6] {
        Some(o) => c_unsigned(vm, o, "Python int too large to convert to C unsigned long")?,
        None => 0,
    };
    let node_offset = match &slots[7] {
        Some(o) => c_unsigned(vm, o, "int too big to convert")?,
        None => 0,
    };
    let node_depth = int_or(8, 0)?;
    let inner_size = int_or(9, 0)?;
    let last_node = match &slots[10] {
        Some(o) => vm.is_true(o)?,
        None => false,
    };
    if let Some(o) = &slots[11] {
        vm.is_true(o)?;
    }
    let p = Params {
        digest_size,
        key,
        salt,
        person,
        fanout,
        depth,
        leaf_size,
        node_offset,
        node_depth,
        inner_size,
        last_node,
    };
    Ok((pos.first().cloned(), p))
}

/// CPython's checks, in its order.
fn validate(vm: &Vm, v: &Variant, p: &Params) -> PyResult<()> {
    let max = v.max_digest_size as i64;
    if p.digest_size <= 0 || p.digest_size > max {
        return Err(vm.value_error(format!("digest_size must be between 1 and {} bytes", max)));
    }
    if p.salt.len() > v.salt_size {
        return Err(vm.value_error(format!("maximum salt length is {} bytes", v.salt_size)));
    }
    if p.person.len() > v.person_size {
        return Err(vm.value_error(format!("maximum person length is {} bytes", v.person_size)));
    }
    if !(0..=255).contains(&p.fanout) {
        return Err(vm.value_error("fanout must be between 0 and 255"));
    }
    if !(1..=255).contains(&p.depth) {
        return Err(vm.value_error("depth must be between 1 and 255"));
    }
    if p.leaf_size > 0xFFFF_FFFF {
        return Err(vm.overflow_error("leaf_size is too large"));
    }
    if p.node_offset as u128 >= v.node_offset_limit {
        return Err(vm.overflow_error("node_offset is too large"));
    }
    if !(0..=255).contains(&p.node_depth) {
        return Err(vm.value_error("node_depth must be between 0 and 255"));
    }
    if p.inner_size < 0 || p.inner_size > max {
        return Err(vm.value_error(format!("inner_size must be between 0 and is {}", max)));
    }
    if p.key.len() > v.max_key_size {
        return Err(vm.value_error(format!("maximum key length is {} bytes", v.max_key_size)));
    }
    Ok(())
}

/// Generates the state builder of one variant (the two crates share their API).
macro_rules! make_state {
    ($fn:ident, $krate:ident, $wrap:ident) => {
        fn $fn(p: &Params) -> Box<dyn Algo> {
            let mut params = $krate::Params::new();
            params
                .hash_length(p.digest_size as usize)
                .key(&p.key)
                .salt(&p.salt)
                .personal(&p.person)
                .fanout(p.fanout as u8)
                .max_depth(p.depth as u8)
                .max_leaf_length(p.leaf_size as u32)
                .node_offset(p.node_offset)
                .node_depth(p.node_depth as u8)
                .inner_hash_length(p.inner_size as usize)
                .last_node(p.last_node);
            Box::new($wrap(params.to_state(), p.digest_size as usize))
        }
    };
}
make_state!(state_b, blake2b_simd, B2b);
make_state!(state_s, blake2s_simd, B2s);

fn construct(vm: &Vm, a: Args, b: bool) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let v = if b { &BLAKE2B } else { &BLAKE2S };
    let (data, p) = convert(vm, v, rest)?;
    validate(vm, v, &p)?;
    let algo = if b { state_b(&p) } else { state_s(&p) };
    new_hash(vm, &cls, v.name, v.block_size, algo, data.as_ref())
}

fn blake2b_new(vm: &Vm, a: Args) -> PyResult {
    construct(vm, a, true)
}

fn blake2s_new(vm: &Vm, a: Args) -> PyResult {
    construct(vm, a, false)
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "_blake2", &[]);
    let d = vm.module_dict(&m).unwrap();
    for (v, f, prefix) in [
        (&BLAKE2B, blake2b_new as NativeFn, "BLAKE2B"),
        (&BLAKE2S, blake2s_new as NativeFn, "BLAKE2S"),
    ] {
        let t = new_type(vm, "_blake2", v.name, Some(f), false);
        for (name, value) in [
            ("SALT_SIZE", v.salt_size),
            ("PERSON_SIZE", v.person_size),
            ("MAX_KEY_SIZE", v.max_key_size),
            ("MAX_DIGEST_SIZE", v.max_digest_size),
        ] {
            crate::objects::add_attr(vm, &t, name, vm.new_usize(value));
            vm.dict_set_str(&d, &format!("{}_{}", prefix, name), vm.new_usize(value))?;
        }
        vm.dict_set_str(&d, v.name, t)?;
    }
    Ok(m)
}
