//! `range` and `slice`, plus slice-index resolution shared by all sequences.

use crate::compile::bytecode::CompareKind;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::int::to_bigint;
use crate::vm::Vm;

/// Resolves a slice against a sequence of `len`: (start, stop, step) as CPython's
/// PySlice_AdjustIndices, with step != 0.
pub fn slice_indices(vm: &Vm, s: &SliceData, len: usize) -> PyResult<(i64, i64, i64)> {
    Ok(slice_unpack(vm, s)?.adjust(len))
}

/// A slice's members as integers (`None` bounds kept as `None`), before they meet a
/// length: CPython's `PySlice_Unpack`. May run `__index__`.
#[derive(Clone, Copy)]
pub struct UnpackedSlice {
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
}

/// Unpacks `s`: step 0 is a ValueError, bounds beyond i64 saturate.
pub fn slice_unpack(vm: &Vm, s: &SliceData) -> PyResult<UnpackedSlice> {
    let get = |o: &PyRef| -> PyResult<Option<i64>> {
        // Machine-word ints and None, the usual members, without a call.
        if let Payload::Int(i) = o.payload {
            return Ok(Some(i));
        }
        if vm.is_none(o) {
            return Ok(None);
        }
        match vm.index_opt(o) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
            Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => Ok(Some(
                if to_bigint(o).map(|b| b.is_negative()).unwrap_or(false) {
                    -i64::MAX
                } else {
                    i64::MAX
                },
            )),
            Err(e) => Err(e),
        }
    };
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    Ok(UnpackedSlice {
        start: get(&s.start)?,
        stop: get(&s.stop)?,
        step,
    })
}

impl UnpackedSlice {
    /// Resolves the bounds against a sequence of `len` items (CPython's
    /// `PySlice_AdjustIndices`): (start, stop, step) with bounds clamped to the sequence.
    pub fn adjust(self, len: usize) -> (i64, i64, i64) {
        let n = len as i64;
        let step = self.step;
        let (lower, upper) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let clamp = |v: i64| -> i64 {
            if v < 0 {
                (v + n).max(lower)
            } else {
                v.min(upper)
            }
        };
        let start = match self.start {
            None if step < 0 => upper,
            None => lower,
            Some(v) => clamp(v),
        };
        let stop = match self.stop {
            None if step < 0 => lower,
            None => upper,
            Some(v) => clamp(v),
        };
        (start, stop, step)
    }
}

/// The positions selected by resolved slice indices.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    SlicePositions::new(start, stop, step).collect()
}

/// The positions a resolved slice (`slice_indices`) selects, in order, without a vector.
pub struct SlicePositions {
    next: i64,
    left: usize,
    step: i64,
}

impl SlicePositions {
    pub fn new(start: i64, stop: i64, step: i64) -> Self {
        let left = if step > 0 && start < stop {
            ((stop - start - 1) / step + 1) as usize
        } else if step < 0 && start > stop {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        };
        SlicePositions {
            next: start,
            left,
            step,
        }
    }
}

impl Iterator for SlicePositions {
    type Item = usize;
    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let i = self.next;
        self.next = self.next.wrapping_add(self.step);
        Some(i as usize)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for SlicePositions {}

pub fn slice_select(vm: &Vm, s: &SliceData, items: &[PyRef]) -> PyResult<Vec<PyRef>> {
    let (start, stop, step) = slice_indices(vm, s, items.len())?;
    Ok(select_resolved(items, start, stop, step))
}

/// The items a resolved slice (`slice_indices` against `items.len()`) selects.
pub fn select_resolved(items: &[PyRef], start: i64, stop: i64, step: i64) -> Vec<PyRef> {
    if step == 1 {
        if stop <= start {
            return Vec::new();
        }
        return items[start as usize..stop as usize].to_vec();
    }
    SlicePositions::new(start, stop, step)
        .map(|i| items[i].clone())
        .collect()
}

/// Slice resolution against a length that may exceed i64 (range slicing), in big ints.
fn slice_indices_big(vm: &Vm, s: &SliceData, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let as_big = |o: &PyRef| -> PyResult<BigInt> {
        match vm.index_opt(o) {
            Ok(Some(v)) => Ok(BigInt::from(v)),
            Ok(None) => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
            Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
                Ok(to_bigint(o).unwrap_or_default())
            }
            Err(e) => Err(e),
        }
    };
    let step = if vm.is_none(&s.step) {
        BigInt::from(1)
    } else {
        as_big(&s.step)?
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let resolve = |o: &PyRef, default: &BigInt| -> PyResult<BigInt> {
        if vm.is_none(o) {
            return Ok(default.clone());
        }
        let v = as_big(o)?;
        Ok(if v.is_negative() {
            (v + len).max(lower.clone())
        } else {
            v.min(upper.clone())
        })
    };
    let (dstart, dstop) = if step.is_negative() {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let start = resolve(&s.start, dstart)?;
    let stop = resolve(&s.stop, dstop)?;
    Ok((start, stop, step))
}

fn range_data<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a RangeData> {
    match &o.payload {
        Payload::Range(r) => Ok(r),
        _ => Err(vm.type_error("range expected")),
    }
}

fn big(o: &PyRef) -> BigInt {
    to_bigint(o).unwrap_or_default()
}

pub fn range_len_big(r: &RangeData) -> BigInt {
    let (start, stop, step) = (big(&r.start), big(&r.stop), big(&r.step));
    if step.is_positive() {
        if start < stop {
            (&stop - &start - 1) / &step + 1
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (&start - &stop - 1) / (-&step) + 1
    } else {
        BigInt::zero()
    }
}

/// The number of items of a range whose bounds fit in i64 (at most 2**64 - 1, so i128).
fn small_len((start, stop, step): (i64, i64, i64)) -> i128 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// An int object for an i128 result of machine-word range arithmetic.
fn int_from_i128(vm: &Vm, v: i128) -> PyRef {
    match i64::try_from(v) {
        Ok(v) => vm.new_int(v),
        Err(_) => vm.new_bigint(BigInt::from(v)),
    }
}

/// `v in r` for a range whose bounds fit in i64.
fn small_contains((start, stop, step): (i64, i64, i64), v: i64) -> bool {
    let inside = if step > 0 {
        v >= start && v < stop
    } else {
        v <= start && v > stop
    };
    inside && (v as i128 - start as i128).rem_euclid((step as i128).abs()) == 0
}

/// `r[i]` for an i64 index, when the range's bounds fit in i64; `None` for big ranges.
pub fn small_item(vm: &Vm, r: &RangeData, i: i64) -> Option<PyResult> {
    let bounds @ (start, _, step) = r.small?;
    let n = small_len(bounds);
    let idx = if i < 0 { i as i128 + n } else { i as i128 };
    if idx < 0 || idx >= n {
        return Some(Err(vm.index_error("range object index out of range")));
    }
    // An item of the range lies between its bounds, so it fits in i64.
    Some(Ok(int_from_i128(vm, start as i128 + idx * step as i128)))
}

/// All items of a range whose bounds fit in i64 (`None` for big ranges); MemoryError
/// when they cannot be held, as CPython's preallocation from the length.
pub fn small_items(vm: &Vm, r: &RangeData) -> Option<PyResult<Vec<PyRef>>> {
    let bounds @ (start, _, step) = r.small?;
    let n = usize::try_from(small_len(bounds)).unwrap_or(usize::MAX);
    Some(vm.alloc_vec(n).map(|mut items| {
        let mut v = start;
        for _ in 0..n {
            items.push(vm.new_int(v));
            v = v.wrapping_add(step);
        }
        items
    }))
}

/// `r[s]` when the range's bounds and the slice's members are machine words (or None):
/// the new range's bounds in i128, without big-int arithmetic.
fn small_slice(vm: &Vm, r: &RangeData, s: &SliceData) -> Option<PyRef> {
    let bounds @ (rstart, _, rstep) = r.small?;
    let n = usize::try_from(small_len(bounds)).ok()?;
    if n > i64::MAX as usize {
        return None;
    }
    let member = |o: &PyRef| -> Option<Option<i64>> {
        match &o.payload {
            Payload::Int(i) => Some(Some(*i)),
            _ if vm.is_none(o) => Some(None),
            _ => None,
        }
    };
    let step = member(&s.step)?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let (start, stop, step) = UnpackedSlice {
        start: member(&s.start)?,
        stop: member(&s.stop)?,
        step,
    }
    .adjust(n);
    let (rstart, rstep) = (rstart as i128, rstep as i128);
    Some(new_range(
        vm,
        int_from_i128(vm, rstart + start as i128 * rstep),
        int_from_i128(vm, rstart + stop as i128 * rstep),
        int_from_i128(vm, rstep * step as i128),
    ))
}

/// The iterator `reversed(r)` returns, for any range.
pub fn reversed_iter(vm: &Vm, r: &RangeData) -> PyResult {
    if let Some(bounds @ (start, _, step)) = r.small {
        let n = small_len(bounds);
        if n == 0 {
            return Ok(vm.new_iterator(
                &vm.types.range_iterator,
                IterState::Range {
                    next: 0,
                    stop: 0,
                    step: 1,
                },
            ));
        }
        let last = start as i128 + (n - 1) * step as i128;
        let new_stop = start as i128 - step as i128;
        if let (Ok(next), Ok(stop), Some(step)) = (
            i64::try_from(last),
            i64::try_from(new_stop),
            step.checked_neg(),
        ) {
            return Ok(vm.new_iterator(
                &vm.types.range_iterator,
                IterState::Range { next, stop, step },
            ));
        }
    }
    let n = range_len_big(r);
    if n.is_zero() {
        let empty = new_range(vm, vm.new_int(0), vm.new_int(0), vm.new_int(1));
        return vm.get_iter(&empty);
    }
    let step = big(&r.step);
    let last = big(&r.start) + (&n - 1) * &step;
    let new_stop = big(&r.start) - &step;
    let rr = new_range(
        vm,
        vm.new_bigint(last),
        vm.new_bigint(new_stop),
        vm.new_bigint(-step),
    );
    vm.get_iter(&rr)
}

pub fn new_range(vm: &Vm, start: PyRef, stop: PyRef, step: PyRef) -> PyRef {
    let small = match (&start.payload, &stop.payload, &step.payload) {
        (Payload::Int(a), Payload::Int(b), Payload::Int(c)) => Some((*a, *b, *c)),
        _ => None,
    };
    PyRef::new(
        vm.types.range.clone(),
        Payload::Range(Box::new(RangeData {
            start,
            stop,
            step,
            small,
        })),
    )
}

fn range_new(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "range",
        Args::with_kw(&args.args[1..], args.kwnames),
        1,
        3,
    )?;
    from_bounds(vm, a)
}

/// `range(*bounds)` for 1 to 3 arguments (each converted with `__index__`).
pub fn from_bounds(vm: &Vm, a: &[PyRef]) -> PyResult {
    let conv = |o: &PyRef| vm.index(o);
    let (start, stop, step) = match a.len() {
        1 => (vm.new_int(0), conv(&a[0])?, vm.new_int(1)),
        2 => (conv(&a[0])?, conv(&a[1])?, vm.new_int(1)),
        3 => (conv(&a[0])?, conv(&a[1])?, conv(&a[2])?),
        n => return Err(args::arg_count_error(vm, "range", n, 1, 3)),
    };
    if matches!(step.payload, Payload::Int(0)) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, start, stop, step))
}

fn range_len(vm: &Vm, args: Args) -> PyResult {
    let r = range_data(vm, args::this(vm, &args)?)?;
    let n = match r.small {
        Some(bounds) => i64::try_from(small_len(bounds)).ok(),
        None => range_len_big(r).to_i64(),
    };
    match n {
        Some(v) => Ok(vm.new_int(v)),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_repr(vm: &Vm, args: Args) -> PyResult {
    let r = range_data(vm, args::this(vm, &args)?)?;
    let s = if big(&r.step) == BigInt::from(1) {
        format!("range({}, {})", big(&r.start), big(&r.stop))
    } else {
        format!(
            "range({}, {}, {})",
            big(&r.start),
            big(&r.stop),
            big(&r.step)
        )
    };
    Ok(vm.new_string(s))
}

fn range_iter(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let r = range_data(vm, this)?;
    if let Some((start, stop, step)) = r.small {
        return Ok(vm.new_iterator(
            &vm.types.range_iterator,
            IterState::Range {
                next: start,
                stop,
                step,
            },
        ));
    }
    Ok(vm.new_iterator(
        &vm.types.range_iterator,
        IterState::BigRange {
            next: r.start.clone(),
            stop: r.stop.clone(),
            step: r.step.clone(),
        },
    ))
}

fn range_reversed(vm: &Vm, args: Args) -> PyResult {
    reversed_iter(vm, range_data(vm, args::this(vm, &args)?)?)
}

fn range_item(vm: &Vm, r: &RangeData, i: &BigInt) -> PyRef {
    vm.new_bigint(big(&r.start) + i * big(&r.step))
}

fn range_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getitem__", args, 2, 2)?;
    let r = range_data(vm, &a[0])?;
    match &a[1].payload {
        Payload::Int(i) => {
            if let Some(item) = small_item(vm, r, *i) {
                return item;
            }
        }
        Payload::Slice(sl) => {
            if let Some(sub) = small_slice(vm, r, sl) {
                return Ok(sub);
            }
        }
        _ => {}
    }
    let n = range_len_big(r);
    if let Payload::Slice(sl) = &a[1].payload {
        let (start, stop, step) = slice_indices_big(vm, sl, &n)?;
        let rstep = big(&r.step);
        let new_start = big(&r.start) + start * &rstep;
        let new_stop = big(&r.start) + stop * &rstep;
        let new_step = rstep * step;
        return Ok(new_range(
            vm,
            vm.new_bigint(new_start),
            vm.new_bigint(new_stop),
            vm.new_bigint(new_step),
        ));
    }
    let i = match vm.index_opt(&a[1]) {
        Ok(Some(i)) => BigInt::from(i),
        Ok(None) => {
            return Err(vm.type_error(format!(
                "range indices must be integers or slices, not {}",
                a[1].type_name()
            )))
        }
        Err(_) => to_bigint(&a[1]).unwrap_or_default(),
    };
    let idx = if i.is_negative() { &i + &n } else { i };
    if idx.is_negative() || idx >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(range_item(vm, r, &idx))
}

fn range_contains_value(r: &RangeData, v: &BigInt) -> bool {
    if let (Some(bounds), Some(v)) = (r.small, v.to_i64()) {
        return small_contains(bounds, v);
    }
    let (start, stop, step) = (big(&r.start), big(&r.stop), big(&r.step));
    let inside = if step.is_positive() {
        *v >= start && *v < stop
    } else {
        *v <= start && *v > stop
    };
    inside && (v - &start).mod_floor(&step.abs()).is_zero()
}

fn range_contains(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__contains__", args, 2, 2)?;
    let r = range_data(vm, &a[0])?;
    match &a[1].payload {
        Payload::Int(v) if !a[1].class().type_data().heap => {
            if let Some(bounds) = r.small {
                return Ok(vm.new_bool(small_contains(bounds, *v)));
            }
            return Ok(vm.new_bool(range_contains_value(r, &BigInt::from(*v))));
        }
        Payload::BigInt(v) if !a[1].class().type_data().heap => {
            return Ok(vm.new_bool(range_contains_value(r, v)));
        }
        _ => {}
    }
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.eq_bool(&v, &a[1])? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

/// The position of `v` in `r`, for an exact int `v` (arithmetic, no iteration).
fn int_position(vm: &Vm, r: &RangeData, v: &PyRef) -> Option<PyRef> {
    if let (Some(bounds @ (start, _, step)), Payload::Int(v)) = (r.small, &v.payload) {
        // The position is below the range's length, so it fits in i64.
        return small_contains(bounds, *v)
            .then(|| int_from_i128(vm, (*v as i128 - start as i128) / step as i128));
    }
    let v = to_bigint(v)?;
    range_contains_value(r, &v).then(|| vm.new_bigint((v - big(&r.start)) / big(&r.step)))
}

/// CPython's `_PySequence_IterSearch` over a range, for values that are not exact ints
/// (`2.0`, `True`, int subclasses): equality with each item in turn. Calls `found` with
/// each matching position; stops when it returns false.
fn search_by_equality(
    vm: &Vm,
    range: &PyRef,
    v: &PyRef,
    mut found: impl FnMut(usize) -> bool,
) -> PyResult<()> {
    let it = vm.get_iter(range)?;
    let mut position = 0usize;
    while let Some(item) = vm.iter_next(&it)? {
        if vm.eq_bool(&item, v)? && !found(position) {
            break;
        }
        position += 1;
    }
    Ok(())
}

/// CPython's `PyLong_CheckExact(o) || PyBool_Check(o)`: values range arithmetic answers.
fn is_exact_int(vm: &Vm, o: &PyRef) -> bool {
    o.class().is(&vm.types.int) || o.class().is(&vm.types.bool_)
}

fn range_index(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "index", args, 2, 2)?;
    let r = range_data(vm, &a[0])?;
    if is_exact_int(vm, &a[1]) {
        return match int_position(vm, r, &a[1]) {
            Some(i) => Ok(i),
            None => Err(vm.value_error(format!("{} is not in range", vm.repr_str(&a[1])?))),
        };
    }
    let mut position = None;
    search_by_equality(vm, &a[0], &a[1], |i| {
        position = Some(i);
        false
    })?;
    match position {
        Some(i) => Ok(vm.new_usize(i)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "count", args, 2, 2)?;
    let r = range_data(vm, &a[0])?;
    if is_exact_int(vm, &a[1]) {
        return Ok(vm.new_int(int_position(vm, r, &a[1]).is_some() as i64));
    }
    let mut n = 0usize;
    search_by_equality(vm, &a[0], &a[1], |_| {
        n += 1;
        true
    })?;
    Ok(vm.new_usize(n))
}

fn range_eq(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__eq__", args, 2, 2)?;
    let r = range_data(vm, &a[0])?;
    let o = match &a[1].payload {
        Payload::Range(o) => o,
        _ => return Ok(vm.not_implemented()),
    };
    Ok(vm.new_bool(ranges_equal(r, o)))
}

/// CPython's range_equals: same length, and (when non-empty) same first item, and (when
/// longer than one) same step.
fn ranges_equal(r: &RangeData, o: &RangeData) -> bool {
    if let (Some(x @ (xstart, _, xstep)), Some(y @ (ystart, _, ystep))) = (r.small, o.small) {
        let n = small_len(x);
        return n == small_len(y) && (n == 0 || (xstart == ystart && (n == 1 || xstep == ystep)));
    }
    let (n1, n2) = (range_len_big(r), range_len_big(o));
    if n1 != n2 {
        return false;
    }
    if n1.is_zero() {
        return true;
    }
    if big(&r.start) != big(&o.start) {
        return false;
    }
    n1 == BigInt::from(1) || big(&r.step) == big(&o.step)
}

fn range_ne(vm: &Vm, args: Args) -> PyResult {
    let r = range_eq(vm, args)?;
    if vm.is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(vm.new_bool(!vm.is_true(&r)?))
}

fn range_hash(vm: &Vm, args: Args) -> PyResult {
    let r = range_data(vm, args::this(vm, &args)?)?;
    let n = match r.small {
        Some(bounds) => BigInt::from(small_len(bounds)),
        None => range_len_big(r),
    };
    let t = if n.is_zero() {
        vec![vm.new_int(0), vm.none(), vm.none()]
    } else if n == BigInt::from(1) {
        vec![vm.new_int(1), r.start.clone(), vm.none()]
    } else {
        vec![vm.new_bigint(n), r.start.clone(), r.step.clone()]
    };
    Ok(vm.new_int(crate::objects::tuple::tuple_hash(vm, &t)?))
}

fn range_bool(vm: &Vm, args: Args) -> PyResult {
    let r = range_data(vm, args::this(vm, &args)?)?;
    let empty = match r.small {
        Some(bounds) => small_len(bounds) == 0,
        None => range_len_big(r).is_zero(),
    };
    Ok(vm.new_bool(!empty))
}

fn get_start(_vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Range(r) => Ok(r.start.clone()),
        Payload::Slice(s) => Ok(s.start.clone()),
        _ => Ok(o.clone()),
    }
}
fn get_stop(_vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Range(r) => Ok(r.stop.clone()),
        Payload::Slice(s) => Ok(s.stop.clone()),
        _ => Ok(o.clone()),
    }
}
fn get_step(_vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Range(r) => Ok(r.step.clone()),
        Payload::Slice(s) => Ok(s.step.clone()),
        _ => Ok(o.clone()),
    }
}

fn slice_new(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "slice",
        Args::with_kw(&args.args[1..], args.kwnames),
        1,
        3,
    )?;
    Ok(match a.len() {
        1 => vm.new_slice(vm.none(), a[0].clone(), vm.none()),
        2 => vm.new_slice(a[0].clone(), a[1].clone(), vm.none()),
        _ => vm.new_slice(a[0].clone(), a[1].clone(), a[2].clone()),
    })
}

fn slice_data<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a SliceData> {
    match &o.payload {
        Payload::Slice(s) => Ok(s),
        _ => Err(vm.type_error("slice expected")),
    }
}

fn slice_repr(vm: &Vm, args: Args) -> PyResult {
    let s = slice_data(vm, args::this(vm, &args)?)?;
    Ok(vm.new_string(format!(
        "slice({}, {}, {})",
        vm.repr_str(&s.start)?,
        vm.repr_str(&s.stop)?,
        vm.repr_str(&s.step)?
    )))
}

fn slice_indices_m(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "indices", args, 2, 2)?;
    let s = slice_data(vm, &a[0])?;
    let n = vm.index(&a[1])?;
    let n = to_bigint(&n).unwrap_or_default();
    if n.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = slice_indices_big(vm, s, &n)?;
    Ok(vm.new_tuple(vec![
        vm.new_bigint(start),
        vm.new_bigint(stop),
        vm.new_bigint(step),
    ]))
}

/// Slices compare as the tuples `(start, stop, step)`, for all six operators.
fn slice_compare(vm: &Vm, args: Args, name: &str, kind: CompareKind) -> PyResult {
    let a = args::pos(vm, name, args, 2, 2)?;
    let (x, y) = match (&a[0].payload, &a[1].payload) {
        (Payload::Slice(x), Payload::Slice(y)) => (x, y),
        _ => return Ok(vm.not_implemented()),
    };
    let t1 = vm.new_tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
    let t2 = vm.new_tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
    vm.rich_compare(&t1, &t2, kind)
}

fn slice_eq(vm: &Vm, args: Args) -> PyResult {
    slice_compare(vm, args, "__eq__", CompareKind::Eq)
}
fn slice_ne(vm: &Vm, args: Args) -> PyResult {
    slice_compare(vm, args, "__ne__", CompareKind::Ne)
}
fn slice_lt(vm: &Vm, args: Args) -> PyResult {
    slice_compare(vm, args, "__lt__", CompareKind::Lt)
}
fn slice_le(vm: &Vm, args: Args) -> PyResult {
    slice_compare(vm, args, "__le__", CompareKind::Le)
}
fn slice_gt(vm: &Vm, args: Args) -> PyResult {
    slice_compare(vm, args, "__gt__", CompareKind::Gt)
}
fn slice_ge(vm: &Vm, args: Args) -> PyResult {
    slice_compare(vm, args, "__ge__", CompareKind::Ge)
}

pub fn init(vm: &Vm) {
    let t = &vm.types.range;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__len__", range_len),
            ("__repr__", range_repr),
            ("__iter__", range_iter),
            ("__reversed__", range_reversed),
            ("__getitem__", range_getitem),
            ("__contains__", range_contains),
            ("__eq__", range_eq),
            ("__ne__", range_ne),
            ("__hash__", range_hash),
            ("__bool__", range_bool),
            ("index", range_index),
            ("count", range_count),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", range_new, NativeKind::StaticMethod);
    use crate::objects::descr::add_getset;
    for ty in [&vm.types.range, &vm.types.slice] {
        add_getset(vm, ty, "start", get_start, None);
        add_getset(vm, ty, "stop", get_stop, None);
        add_getset(vm, ty, "step", get_step, None);
    }
    let s = &vm.types.slice;
    crate::objects::add_methods(
        vm,
        s,
        &[
            ("__repr__", slice_repr),
            ("indices", slice_indices_m),
            ("__eq__", slice_eq),
            ("__ne__", slice_ne),
            ("__lt__", slice_lt),
            ("__le__", slice_le),
            ("__gt__", slice_gt),
            ("__ge__", slice_ge),
        ],
    );
    crate::objects::add_native(vm, s, "__new__", slice_new, NativeKind::StaticMethod);
    crate::objects::add_attr(vm, s, "__hash__", vm.none());
}
