//! `re.Match`: the spans of one match over its subject: `group`, `groups`,
//! `groupdict`, `start`/`end`/`span`, `expand`, `[]`, and the attributes `pos`,
//! `endpos`, `lastindex`, `lastgroup`, `re`, `string`, `regs`, as CPython's `_sre.c`.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::state::{slice_of, State, Subject};
use super::{cached, clinic, native, pattern_data, split_self, MATCH_TYPE};

pub struct MatchData {
    pub string: PyRef,
    pub pattern: PyRef,
    pub pos: usize,
    pub endpos: usize,
    /// Spans of group 0 and each group; `(-1, -1)` when unset.
    pub regs: Vec<(isize, isize)>,
    pub lastindex: isize,
}

fn data<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a MatchData> {
    native::<MatchData>(vm, o, "re.Match")
}

/// `pattern_new_match` after a successful match.
pub fn new_match(vm: &Vm, pattern: &PyRef, subj: &Subject, st: &State) -> PyResult {
    let md = MatchData {
        string: subj.obj.clone(),
        pattern: pattern.clone(),
        pos: st.pos,
        endpos: st.endpos,
        regs: st.regs(vm)?,
        lastindex: st.lastindex(),
    };
    let t = cached(vm, &MATCH_TYPE)?;
    Ok(vm.new_object_of(&t, Payload::Native(Box::new(md))))
}

/// `match_getindex`: a group number or name → index, else IndexError.
fn group_index(vm: &Vm, md: &MatchData, index: &PyRef) -> PyResult<usize> {
    let ngroups = md.regs.len() as i64;
    let i = if let Some(i) = index_of(vm, index)? {
        i
    } else {
        let pd = pattern_data(vm, &md.pattern)?;
        let mut i = -1;
        if let Some(gi) = &pd.groupindex {
            if let Some(v) = vm.dict_get_item(gi, index)? {
                if let Payload::Int(n) = v.payload {
                    i = n;
                }
            }
        }
        i
    };
    if i < 0 || i >= ngroups {
        return Err(vm.index_error("no such group"));
    }
    Ok(i as usize)
}

/// An int-like index (`PyIndex_Check`), clamped like `PyNumber_AsSsize_t(o, NULL)`.
fn index_of(vm: &Vm, o: &PyRef) -> PyResult<Option<i64>> {
    match vm.index_opt(o) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => Ok(Some(-1)),
        Err(e) => Err(e),
    }
}

/// `match_getslice_by_index`: the text of group `i`, or `default` when unset.
fn group_text(vm: &Vm, md: &MatchData, i: usize, default: &PyRef) -> PyRef {
    let (a, b) = md.regs[i];
    if a < 0 || b < 0 {
        return default.clone();
    }
    slice_of(vm, &md.string, a as usize, b as usize)
}

fn get_slice(vm: &Vm, md: &MatchData, index: &PyRef, default: &PyRef) -> PyResult {
    let i = group_index(vm, md, index)?;
    Ok(group_text(vm, md, i, default))
}

fn match_group(vm: &Vm, a: Args) -> PyResult {
    if a.has_kw() {
        return Err(vm.type_error("Match.group() takes no keyword arguments"));
    }
    let this = args::this(vm, &a)?;
    let md = data(vm, this)?;
    let none = vm.none();
    match &a.args[1..] {
        [] => Ok(group_text(vm, md, 0, &none)),
        [g] => get_slice(vm, md, g, &none),
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                out.push(get_slice(vm, md, g, &none)?);
            }
            Ok(vm.new_tuple(out))
        }
    }
}

fn match_getitem(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__getitem__", a, 1, 1)?;
    let md = data(vm, &p[0])?;
    get_slice(vm, md, &p[1], &vm.none())
}

fn match_groups(vm: &Vm, a: Args) -> PyResult {
    let (this, rest) = split_self(vm, &a)?;
    let md = data(vm, &this)?;
    let b = clinic(vm, "groups", rest, &["default"], 0)?;
    let default = b[0].clone().unwrap_or_else(|| vm.none());
    let out = (1..md.regs.len())
        .map(|i| group_text(vm, md, i, &default))
        .collect();
    Ok(vm.new_tuple(out))
}

fn match_groupdict(vm: &Vm, a: Args) -> PyResult {
    let (this, rest) = split_self(vm, &a)?;
    let md = data(vm, &this)?;
    let b = clinic(vm, "groupdict", rest, &["default"], 0)?;
    let default = b[0].clone().unwrap_or_else(|| vm.none());
    let out = vm.new_dict();
    let pd = pattern_data(vm, &md.pattern)?;
    if let Some(gi) = &pd.groupindex {
        for (k, _) in vm.dict_items(gi) {
            let v = get_slice(vm, md, &k, &default)?;
            vm.dict_set_item(&out, k, v)?;
        }
    }
    Ok(out)
}

/// The group argument of start/end/span (default 0).
fn span_arg(vm: &Vm, a: &Args, name: &str) -> PyResult<(isize, isize)> {
    let p = args::method(vm, name, *a, 0, 1)?;
    let md = data(vm, &p[0])?;
    let i = match p.get(1) {
        Some(g) => group_index(vm, md, g)?,
        None => 0,
    };
    Ok(md.regs[i])
}

fn match_start(vm: &Vm, a: Args) -> PyResult {
    Ok(vm.new_int(span_arg(vm, &a, "start")?.0 as i64))
}

fn match_end(vm: &Vm, a: Args) -> PyResult {
    Ok(vm.new_int(span_arg(vm, &a, "end")?.1 as i64))
}

fn match_span(vm: &Vm, a: Args) -> PyResult {
    let (s, e) = span_arg(vm, &a, "span")?;
    Ok(vm.new_tuple(vec![vm.new_int(s as i64), vm.new_int(e as i64)]))
}

/// `expand(template)`: `re._expand(pattern, match, template)`.
fn match_expand(vm: &Vm, a: Args) -> PyResult {
    let (this, rest) = split_self(vm, &a)?;
    let md = data(vm, &this)?;
    let b = clinic(vm, "expand", rest, &["template"], 1)?;
    let re = vm.import_full("re")?;
    let f = vm.get_attr_str(&re, "_expand")?;
    vm.call(
        &f,
        Args::new(&[md.pattern.clone(), this.clone(), b[0].clone().unwrap()]),
    )
}

fn match_repr(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let md = data(vm, this)?;
    let g0 = group_text(vm, md, 0, &vm.none());
    // `%.50R`: the repr cut to 50 characters.
    let r: String = vm.repr_str(&g0)?.chars().take(50).collect();
    Ok(vm.new_string(format!(
        "<re.Match object; span=({}, {}), match={}>",
        md.regs[0].0, md.regs[0].1, r
    )))
}

fn match_copy(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__copy__", a, 0, 0)?;
    Ok(p[0].clone())
}

fn match_deepcopy(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__deepcopy__", a, 1, 1)?;
    Ok(p[0].clone())
}

fn class_getitem(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "__class_getitem__", a, 2, 2)?;
    crate::objects::generic_alias(vm, &a[0], &a[1])
}

fn get_string(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(data(vm, o)?.string.clone())
}

fn get_re(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(data(vm, o)?.pattern.clone())
}

fn get_pos(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_usize(data(vm, o)?.pos))
}

fn get_endpos(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_usize(data(vm, o)?.endpos))
}

fn get_lastindex(vm: &Vm, o: &PyRef) -> PyResult {
    let md = data(vm, o)?;
    Ok(if md.lastindex >= 0 {
        vm.new_int(md.lastindex as i64)
    } else {
        vm.none()
    })
}

fn get_lastgroup(vm: &Vm, o: &PyRef) -> PyResult {
    let md = data(vm, o)?;
    let pd = pattern_data(vm, &md.pattern)?;
    if let (Some(ig), true) = (&pd.indexgroup, md.lastindex >= 0) {
        if let Payload::Tuple(t) = &ig.payload {
            if let Some(v) = t.get(md.lastindex as usize) {
                return Ok(v.clone());
            }
        }
    }
    Ok(vm.none())
}

fn get_regs(vm: &Vm, o: &PyRef) -> PyResult {
    let md = data(vm, o)?;
    let spans = md
        .regs
        .iter()
        .map(|&(s, e)| vm.new_tuple(vec![vm.new_int(s as i64), vm.new_int(e as i64)]))
        .collect();
    Ok(vm.new_tuple(spans))
}

pub fn make_type(vm: &Vm) -> PyRef {
    let t = crate::objects::typeobj::new_native_type(vm, "Match", "re", false);
    crate::objects::add_native(vm, &t, "__new__", super::no_new, NativeKind::StaticMethod);
    crate::objects::add_methods(
        vm,
        &t,
        &[
            ("group", match_group),
            ("__getitem__", match_getitem),
            ("groups", match_groups),
            ("groupdict", match_groupdict),
            ("start", match_start),
            ("end", match_end),
            ("span", match_span),
            ("expand", match_expand),
            ("__repr__", match_repr),
            ("__copy__", match_copy),
            ("__deepcopy__", match_deepcopy),
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
    super::not_writable!(set_lastindex, "lastindex", "re.Match");
    super::not_writable!(set_lastgroup, "lastgroup", "re.Match");
    super::not_writable!(set_regs, "regs", "re.Match");
    add_getset(vm, &t, "string", get_string, Some(super::readonly));
    add_getset(vm, &t, "re", get_re, Some(super::readonly));
    add_getset(vm, &t, "pos", get_pos, Some(super::readonly));
    add_getset(vm, &t, "endpos", get_endpos, Some(super::readonly));
    add_getset(vm, &t, "lastindex", get_lastindex, Some(set_lastindex));
    add_getset(vm, &t, "lastgroup", get_lastgroup, Some(set_lastgroup));
    add_getset(vm, &t, "regs", get_regs, Some(set_regs));
    t
}
