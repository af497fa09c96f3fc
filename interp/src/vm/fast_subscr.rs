//! `container[index]` reads and writes for exact lists and tuples indexed by exact
//! machine ints, inlined into the eval loop's `BinarySubscr` and `StoreSubscr` arms.
//! Anything else, including an index out of range (which raises IndexError), is
//! declined and takes the general protocol in `vm/protocol.rs`.

use crate::object::payload::Payload;
use crate::object::PyRef;

use super::Vm;

/// The exact-int index `key` resolved against `len` (negative counts from the end),
/// if it lies inside.
#[inline(always)]
fn resolve(vm: &Vm, key: &PyRef, len: usize) -> Option<usize> {
    let Payload::Int(i) = key.payload else {
        return None;
    };
    if !key.class().is(&vm.types.int) {
        return None;
    }
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// `container[key]` for an exact list or tuple and an exact int in range.
#[inline(always)]
pub fn get_item(vm: &Vm, container: &PyRef, key: &PyRef) -> Option<PyRef> {
    match &container.payload {
        Payload::List(items) if container.class().is(&vm.types.list) => {
            let items = items.try_borrow().ok()?;
            let i = resolve(vm, key, items.len())?;
            Some(items[i].clone())
        }
        Payload::Tuple(items) if container.class().is(&vm.types.tuple) => {
            let i = resolve(vm, key, items.len())?;
            Some(items[i].clone())
        }
        _ => None,
    }
}

/// `container[key] = value` for an exact list and an exact int in range; gives `value`
/// back when declined. The replaced item is released after the list's borrow ends (its
/// finalizer may look at the list).
#[inline(always)]
pub fn set_item(vm: &Vm, container: &PyRef, key: &PyRef, value: PyRef) -> Result<(), PyRef> {
    let Payload::List(items) = &container.payload else {
        return Err(value);
    };
    if !container.class().is(&vm.types.list) {
        return Err(value);
    }
    let Ok(mut items) = items.try_borrow_mut() else {
        return Err(value);
    };
    let Some(i) = resolve(vm, key, items.len()) else {
        return Err(value);
    };
    let old = std::mem::replace(&mut items[i], value);
    drop(items);
    drop(old);
    Ok(())
}
