//! The `_random` module (CPython's Modules/_randommodule.c): the `Random` type, a
//! Mersenne Twister (MT19937) whose seeding, `random()`, `getrandbits()` and state
//! tuples reproduce CPython's bit for bit, so `random.seed(42)` gives the same
//! sequences. `random.Random` (Lib/random.py) subclasses it.

use std::cell::RefCell;
use std::io::Read;

use num_bigint::{BigInt, BigUint, Sign};

use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// Words of state.
const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// `Random` methods.
const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", random_init),
    ("random", random_random),
    ("seed", random_seed),
    ("getstate", random_getstate),
    ("setstate", random_setstate),
    ("getrandbits", random_getrandbits),
];

static RANDOM_TYPE: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

/// The generator: 624 words and the index of the next word to temper.
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    /// CPython's `init_genrand`.
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// CPython's `init_by_array` (the reference MT19937 key schedule).
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// CPython's `genrand_uint32`: regenerates the block when exhausted, then tempers.
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let twist = |a: u32, b: u32, far: u32| {
                let y = (a & UPPER_MASK) | (b & LOWER_MASK);
                far ^ (y >> 1) ^ if y & 1 != 0 { MATRIX_A } else { 0 }
            };
            for k in 0..N - M {
                mt[k] = twist(mt[k], mt[k + 1], mt[k + M]);
            }
            for k in N - M..N - 1 {
                mt[k] = twist(mt[k], mt[k + 1], mt[k + M - N]);
            }
            mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits, from two words (CPython's `random()`).
    fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }
}

fn state<'a>(vm: &Vm, o: &'a PyRef, name: &str) -> PyResult<&'a RefCell<Mt>> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<RefCell<Mt>>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{}' for '_random.Random' objects doesn't apply to a '{}' object",
            name,
            o.type_name()
        ))
    })
}

/// The receiver's generator and the arguments after it, for a method taking `min..=max`
/// positional arguments (CPython's messages: `Random.seed() takes no keyword arguments`).
fn method_args<'a>(
    vm: &Vm,
    name: &str,
    a: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<(&'a RefCell<Mt>, &'a [PyRef])> {
    if a.has_kw() {
        return Err(vm.type_error(format!("Random.{}() takes no keyword arguments", name)));
    }
    let p = args::method(vm, name, Args::new(a.args), min, max)?;
    Ok((state(vm, &p[0], name)?, &p[1..]))
}

/// `Random.__new__`: like CPython's `PyType_GenericNew`, an unseeded (all-zero)
/// generator whatever the arguments; `__init__` seeds it.
fn random_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?;
    let mt = Mt {
        state: [0; N],
        index: 0,
    };
    Ok(vm.new_object_of(cls, Payload::Native(Box::new(RefCell::new(mt)))))
}

/// `Random.__init__(self, seed=None, /)`; keywords are refused when `__init__` is ours.
fn random_init(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let mt = state(vm, this, "__init__")?;
    if a.has_kw() {
        let ours = RANDOM_TYPE
            .with(|t| t.borrow().clone())
            .and_then(|t| type_lookup(&t, &vm.intern("__init__")));
        let theirs = type_lookup(this.class(), &vm.intern("__init__"));
        let own_init = match (&ours, &theirs) {
            (Some(o), Some(t)) => o.is(t),
            _ => false,
        };
        if this.class().is(&random_type(vm)?) || own_init {
            return Err(vm.type_error("Random() takes no keyword arguments"));
        }
    }
    let rest = &a.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed_from(vm, mt, rest.first())?;
    Ok(vm.none())
}

fn random_type(vm: &Vm) -> PyResult {
    RANDOM_TYPE
        .with(|t| t.borrow().clone())
        .ok_or_else(|| vm.runtime_error("_random is not initialized"))
}

/// Seeds from the kernel's random source (624 words), or from the time and process
/// id when it cannot be read.
fn seed_urandom(mt: &mut Mt) {
    let mut buf = [0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if ok {
        let key: Vec<u32> = buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        mt.init_by_array(&key);
    } else {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let key = [
            now as u32,
            (now >> 32) as u32,
            (now >> 64) as u32,
            std::process::id(),
        ];
        mt.init_by_array(&key);
    }
}

/// CPython's `random_seed`: None reads the OS source; an int (of any subclass) seeds
/// with the 32-bit words of its absolute value, least significant first; anything else
/// with its hash taken as an unsigned machine word.
fn seed_from(vm: &Vm, mt: &RefCell<Mt>, arg: Option<&PyRef>) -> PyResult<()> {
    let arg = match arg {
        Some(a) if !vm.is_none(a) => a,
        _ => {
            seed_urandom(&mut mt.borrow_mut());
            return Ok(());
        }
    };
    let n: BigUint = match &arg.payload {
        Payload::Int(i) => BigUint::from(i.unsigned_abs()),
        Payload::BigInt(b) => b.magnitude().clone(),
        _ => BigUint::from(vm.hash(arg)? as u64),
    };
    let mut key = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    mt.borrow_mut().init_by_array(&key);
    Ok(())
}

fn random_seed(vm: &Vm, a: Args) -> PyResult {
    let (mt, rest) = method_args(vm, "seed", &a, 0, 1)?;
    seed_from(vm, mt, rest.first())?;
    Ok(vm.none())
}

fn random_random(vm: &Vm, a: Args) -> PyResult {
    let (mt, _) = method_args(vm, "random", &a, 0, 0)?;
    let v = mt.borrow_mut().next_f64();
    Ok(vm.new_float(v))
}

/// `getrandbits(k)`: k random bits; beyond 32 the words fill the int from its least
/// significant end, the last one keeping only its top bits (as CPython).
fn random_getrandbits(vm: &Vm, a: Args) -> PyResult {
    let (mt, rest) = method_args(vm, "getrandbits", &a, 1, 1)?;
    let k = match vm.index_opt(&rest[0]) {
        Ok(Some(k)) if i32::try_from(k).is_ok() => k,
        Ok(Some(_)) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        Err(e) => return Err(e),
        Ok(None) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                rest[0].type_name()
            )))
        }
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let mut g = mt.borrow_mut();
    if k == 0 {
        return Ok(vm.new_int(0));
    }
    if k <= 32 {
        return Ok(vm.new_int((g.next_u32() >> (32 - k)) as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut digits = Vec::new();
    digits
        .try_reserve_exact(words)
        .map_err(|_| vm.memory_error())?;
    let mut left = k;
    for _ in 0..words {
        let mut r = g.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        digits.push(r);
        left -= 32;
    }
    drop(g);
    Ok(vm.new_bigint(BigInt::from_biguint(
        Sign::Plus,
        BigUint::from_slice(&digits),
    )))
}

fn random_getstate(vm: &Vm, a: Args) -> PyResult {
    let (mt, _) = method_args(vm, "getstate", &a, 0, 0)?;
    let g = mt.borrow();
    let mut items: Vec<PyRef> = g.state.iter().map(|&w| vm.new_int(w as i64)).collect();
    items.push(vm.new_int(g.index as i64));
    Ok(vm.new_tuple(items))
}

/// One state word as CPython's `PyLong_AsUnsignedLong` reads it (no `__index__`),
/// truncated to 32 bits.
fn state_word(vm: &Vm, o: &PyRef) -> PyResult<u32> {
    match &o.payload {
        Payload::Int(i) if *i < 0 => {
            Err(vm.overflow_error("can't convert negative value to unsigned int"))
        }
        Payload::Int(i) => Ok(*i as u32),
        Payload::BigInt(b) if b.sign() == Sign::Minus => {
            Err(vm.overflow_error("can't convert negative value to unsigned int"))
        }
        Payload::BigInt(b) => match u64::try_from(b.magnitude()) {
            Ok(v) => Ok(v as u32),
            Err(_) => Err(vm.overflow_error("Python int too large to convert to C unsigned long")),
        },
        _ => Err(vm.type_error("an integer is required")),
    }
}

fn random_setstate(vm: &Vm, a: Args) -> PyResult {
    let (mt, rest) = method_args(vm, "setstate", &a, 1, 1)?;
    let items = match &rest[0].payload {
        Payload::Tuple(t) => t,
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, o) in words.iter_mut().zip(items.iter()) {
        *w = state_word(vm, o)?;
    }
    let index = match vm.index_opt(&items[N]) {
        Ok(Some(i)) => i,
        Ok(None) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                items[N].type_name()
            )))
        }
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
            return Err(vm.overflow_error("Python int too large to convert to C long"))
        }
        Err(e) => return Err(e),
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let mut g = mt.borrow_mut();
    g.state = words;
    g.index = index as usize;
    Ok(vm.none())
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "_random", &[]);
    let t = crate::objects::typeobj::new_native_type(vm, "Random", "_random", true);
    crate::objects::add_native(vm, &t, "__new__", random_new, NativeKind::StaticMethod);
    crate::objects::add_methods(vm, &t, METHODS);
    crate::objects::add_attr(
        vm,
        &t,
        "__doc__",
        vm.new_str("Random() -> create a random number generator with its own internal state."),
    );
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "Random", t.clone())?;
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str("Module implements the Mersenne Twister random number generator."),
    )?;
    RANDOM_TYPE.with(|s| *s.borrow_mut() = Some(t));
    Ok(m)
}
