//! `re.Pattern`: `match`, `fullmatch`, `search`, `findall`, `finditer`, `scanner` and
//! `split` (sub/subn are in `sub.rs`), the attributes `pattern`, `flags`, `groups`,
//! `groupindex`, and repr, equality, hashing and copying as CPython's `_sre.c`.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::constants::*;
use super::state::{State, Subject};
use super::{clinic, match_obj, pattern_data, split_self, ssize_arg, PatternData};

const SSIZE_MAX: i64 = i64::MAX;

/// The receiver's data, the subject and `pos`/`endpos` of a
/// `(string, pos=0, endpos=sys.maxsize)` method.
fn string_pos_args<'a>(vm: &Vm, name: &str, a: &Args<'a>) -> PyResult<(PyRef, Subject, i64, i64)> {
    let (this, rest) = split_self(vm, a)?;
    pattern_data(vm, &this)?;
    let b = clinic(vm, name, rest, &["string", "pos", "endpos"], 1)?;
    let subj = Subject::new(vm, b[0].as_ref().unwrap())?;
    let pos = ssize_arg(vm, &b[1], 0)?;
    let endpos = ssize_arg(vm, &b[2], SSIZE_MAX)?;
    Ok((this, subj, pos, endpos))
}

/// match / fullmatch / search.
fn run_one(vm: &Vm, a: Args, name: &str, search: bool, match_all: bool) -> PyResult {
    let (this, subj, pos, endpos) = string_pos_args(vm, name, &a)?;
    let pd = pattern_data(vm, &this)?;
    let mut st = State::new(vm, pd, &subj, pos, endpos)?;
    st.set_match_all(match_all);
    let ok = if search {
        st.do_search(vm)?
    } else {
        st.do_match(vm)?
    };
    if !ok {
        return Ok(vm.none());
    }
    match_obj::new_match(vm, &this, &subj, &st)
}

fn pattern_match(vm: &Vm, a: Args) -> PyResult {
    run_one(vm, a, "match", false, false)
}

fn pattern_fullmatch(vm: &Vm, a: Args) -> PyResult {
    run_one(vm, a, "fullmatch", false, true)
}

fn pattern_search(vm: &Vm, a: Args) -> PyResult {
    run_one(vm, a, "search", true, false)
}

/// `state_getslice`: group `g` of the last match, `""` (empty) or None when unset.
fn group_slice(vm: &Vm, st: &State, subj: &Subject, g: usize, empty: bool) -> PyResult<PyRef> {
    Ok(match st.group_span(vm, g)? {
        Some((i, j)) => subj.slice(vm, i, j),
        None if empty => subj.slice(vm, 0, 0),
        None => vm.none(),
    })
}

fn pattern_findall(vm: &Vm, a: Args) -> PyResult {
    let (this, subj, pos, endpos) = string_pos_args(vm, "findall", &a)?;
    let pd = pattern_data(vm, &this)?;
    let mut st = State::new(vm, pd, &subj, pos, endpos)?;
    let mut out = Vec::new();
    while st.start() <= st.endpos {
        st.reset();
        let start = st.start();
        st.set_start(start);
        if !st.do_search(vm)? {
            break;
        }
        let item = match pd.groups {
            0 => subj.slice(vm, st.start(), st.ptr()),
            1 => group_slice(vm, &st, &subj, 1, true)?,
            n => {
                let mut t = Vec::with_capacity(n);
                for g in 1..=n {
                    t.push(group_slice(vm, &st, &subj, g, true)?);
                }
                vm.new_tuple(t)
            }
        };
        out.push(item);
        let (s, p) = (st.start(), st.ptr());
        st.set_must_advance(p == s);
        st.set_start(p);
    }
    Ok(vm.new_list(out))
}

fn pattern_split(vm: &Vm, a: Args) -> PyResult {
    let (this, rest) = split_self(vm, &a)?;
    let pd = pattern_data(vm, &this)?;
    let b = clinic(vm, "split", rest, &["string", "maxsplit"], 1)?;
    let subj = Subject::new(vm, b[0].as_ref().unwrap())?;
    let maxsplit = ssize_arg(vm, &b[1], 0)?;
    let mut st = State::new(vm, pd, &subj, 0, SSIZE_MAX)?;
    let mut out = Vec::new();
    let mut n = 0i64;
    let mut last = st.start();
    while maxsplit == 0 || n < maxsplit {
        st.reset();
        let start = st.start();
        st.set_start(start);
        if !st.do_search(vm)? {
            break;
        }
        out.push(subj.slice(vm, last, st.start()));
        for g in 1..=pd.groups {
            out.push(group_slice(vm, &st, &subj, g, false)?);
        }
        n += 1;
        let (s, p) = (st.start(), st.ptr());
        st.set_must_advance(p == s);
        st.set_start(p);
        last = p;
    }
    out.push(subj.slice(vm, last, st.endpos));
    Ok(vm.new_list(out))
}

fn pattern_scanner(vm: &Vm, a: Args) -> PyResult {
    let (this, subj, pos, endpos) = string_pos_args(vm, "scanner", &a)?;
    super::scanner::new_scanner(vm, &this, subj, pos, endpos)
}

/// `finditer`: `iter(scanner.search, None)`.
fn pattern_finditer(vm: &Vm, a: Args) -> PyResult {
    let (this, subj, pos, endpos) = string_pos_args(vm, "finditer", &a)?;
    let sc = super::scanner::new_scanner(vm, &this, subj, pos, endpos)?;
    let search = vm.get_attr_str(&sc, "search")?;
    Ok(vm.new_iterator(
        &vm.types.callable_iterator,
        IterState::Callable {
            func: search,
            sentinel: vm.none(),
        },
    ))
}

fn pattern_repr(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let pd = pattern_data(vm, this)?;
    const NAMES: [(&str, i64); 9] = [
        ("re.TEMPLATE", FLAG_TEMPLATE),
        ("re.IGNORECASE", FLAG_IGNORECASE),
        ("re.LOCALE", FLAG_LOCALE),
        ("re.MULTILINE", FLAG_MULTILINE),
        ("re.DOTALL", FLAG_DOTALL),
        ("re.UNICODE", FLAG_UNICODE),
        ("re.VERBOSE", FLAG_VERBOSE),
        ("re.DEBUG", FLAG_DEBUG),
        ("re.ASCII", FLAG_ASCII),
    ];
    let mut flags = pd.flags;
    // Omit re.UNICODE for str patterns that have it implicitly.
    if pd.isbytes == 0 && flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII) == FLAG_UNICODE {
        flags &= !FLAG_UNICODE;
    }
    let mut items = Vec::new();
    for (name, bit) in NAMES {
        if flags & bit != 0 {
            items.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        items.push(format!("0x{:x}", flags as u32));
    }
    // `%.200R`: the repr cut to 200 characters.
    let r: String = vm.repr_str(&pd.pattern)?.chars().take(200).collect();
    Ok(vm.new_string(if items.is_empty() {
        format!("re.compile({})", r)
    } else {
        format!("re.compile({}, {})", r, items.join("|"))
    }))
}

fn same_code(a: &PatternData, b: &PatternData) -> bool {
    a.flags == b.flags && a.isbytes == b.isbytes && a.code == b.code
}

fn pattern_eq_impl(vm: &Vm, a: &Args, negate: bool) -> PyResult {
    let p = args::method(vm, if negate { "__ne__" } else { "__eq__" }, *a, 1, 1)?;
    let (x, y) = (&p[0], &p[1]);
    let pd = pattern_data(vm, x)?;
    let Payload::Native(n) = &y.payload else {
        return Ok(vm.not_implemented());
    };
    let Some(qd) = n.downcast_ref::<PatternData>() else {
        return Ok(vm.not_implemented());
    };
    let eq = x.is(y) || (same_code(pd, qd) && vm.eq_bool(&pd.pattern, &qd.pattern)?);
    Ok(vm.new_bool(eq != negate))
}

fn pattern_eq(vm: &Vm, a: Args) -> PyResult {
    pattern_eq_impl(vm, &a, false)
}

fn pattern_ne(vm: &Vm, a: Args) -> PyResult {
    pattern_eq_impl(vm, &a, true)
}

fn pattern_hash(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let pd = pattern_data(vm, this)?;
    let mut h = vm.hash(&pd.pattern)?;
    // FNV-1a over the code words stands in for CPython's hash of the code bytes.
    let mut ch: u64 = 0xcbf29ce484222325;
    for w in &pd.code {
        for b in w.to_le_bytes() {
            ch = (ch ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    h ^= ch as i64;
    h ^= pd.flags;
    h ^= pd.isbytes as i64;
    h ^= pd.code.len() as i64;
    if h == -1 {
        h = -2;
    }
    Ok(vm.new_int(h))
}

fn pattern_copy(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__copy__", a, 0, 0)?;
    Ok(p[0].clone())
}

fn pattern_deepcopy(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__deepcopy__", a, 1, 1)?;
    Ok(p[0].clone())
}

fn class_getitem(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "__class_getitem__", a, 2, 2)?;
    crate::objects::generic_alias(vm, &a[0], &a[1])
}

fn get_pattern(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(pattern_data(vm, o)?.pattern.clone())
}

fn get_flags(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_int(pattern_data(vm, o)?.flags))
}

fn get_groups(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_usize(pattern_data(vm, o)?.groups))
}

/// A mappingproxy of the name → number dict, or a new empty dict without names.
fn get_groupindex(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(match &pattern_data(vm, o)?.groupindex {
        Some(d) => PyRef::new(
            vm.types.mappingproxy.clone(),
            Payload::Native(Box::new(crate::objects::typeobj::MappingProxy(d.clone()))),
        ),
        None => vm.new_dict(),
    })
}

pub fn make_type(vm: &Vm) -> PyRef {
    let t = crate::objects::typeobj::new_native_type(vm, "Pattern", "re", false);
    crate::objects::add_native(vm, &t, "__new__", super::no_new, NativeKind::StaticMethod);
    crate::objects::add_methods(
        vm,
        &t,
        &[
            ("match", pattern_match),
            ("fullmatch", pattern_fullmatch),
            ("search", pattern_search),
            ("findall", pattern_findall),
            ("finditer", pattern_finditer),
            ("scanner", pattern_scanner),
            ("split", pattern_split),
            ("sub", super::sub::pattern_sub),
            ("subn", super::sub::pattern_subn),
            ("__repr__", pattern_repr),
            ("__eq__", pattern_eq),
            ("__ne__", pattern_ne),
            ("__hash__", pattern_hash),
            ("__copy__", pattern_copy),
            ("__deepcopy__", pattern_deepcopy),
        ],
    );
    crate::objects::add_native(
        vm,
        &t,
        "__class_getitem__",
        class_getitem,
        NativeKind::ClassMethod,
    );
    use crate::objects::descr::add_getset;
    super::not_writable!(set_groupindex, "groupindex", "re.Pattern");
    add_getset(vm, &t, "pattern", get_pattern, Some(super::readonly));
    add_getset(vm, &t, "flags", get_flags, Some(super::readonly));
    add_getset(vm, &t, "groups", get_groups, Some(super::readonly));
    add_getset(vm, &t, "groupindex", get_groupindex, Some(set_groupindex));
    t
}
