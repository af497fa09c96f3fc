//! Weak references in the object model: which objects may be weakly referenced, the
//! registry from each referent to its weak reference objects, and what happens when a
//! referent dies (its references go dead and their callbacks run, CPython's
//! `PyObject_ClearWeakRefs`). The `_weakref` module (`modules/weakref.rs`) builds on it.
//!
//! A weak reference holds its referent's address without a count. The registry maps
//! that address to the live reference objects; a dying referent empties its entry
//! before its memory is reused, and a dying reference removes itself, so an address in
//! a live reference always names a live object. Both happen in `core::dealloc_general`,
//! which asks here only while some weak reference exists (one counter load otherwise).
//!
//! Callbacks run in the interpreter registered with `finalize::RunningVm`, with the dead
//! reference as argument; what they raise is reported, not propagated. The callback is
//! held in a native payload, out of the cycle collector's sight: a cycle through a
//! callback is not collected.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ptr::NonNull;

use super::core::PyObject;
use super::payload::{Payload, TYPE_WEAKREFABLE};
use super::PyRef;

/// The state of one weak reference object (`_weakref.ref` and proxies), its payload.
pub struct WeakRefData {
    /// The referent, uncounted; `None` once it died.
    referent: Cell<Option<NonNull<PyObject>>>,
    pub callback: RefCell<Option<PyRef>>,
    /// `hash(ref)`: the referent's hash, kept after it dies.
    pub hash: Cell<Option<i64>>,
    /// Proxies (`weakref.proxy`) are registered like references but never reused.
    pub is_proxy: bool,
}

impl WeakRefData {
    /// The referent, if it is still alive.
    pub fn get(&self) -> Option<PyRef> {
        let p = self.referent.get()?;
        // SAFETY: a set address names a live object (module invariant: it is cleared
        // before the referent is freed), so taking a new counted handle is sound.
        if unsafe { p.as_ref() }.count() == 0 {
            // Being torn down right now (its finalizer is running): already unreachable.
            return None;
        }
        Some(unsafe { PyRef::from_live(p) })
    }

    pub fn is_dead(&self) -> bool {
        self.referent.get().is_none()
    }
}

/// Referent address → its weak reference objects (addresses, uncounted).
static REGISTRY: crate::vm::gil::GilCell<RefCell<HashMap<usize, Vec<NonNull<PyObject>>>>> =
    crate::vm::gil::GilCell::new(|| RefCell::new(HashMap::new()));

/// How many weak reference objects are registered (the cheap test in `dealloc`).
static LIVE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Whether any weak reference exists; `dealloc` asks [`before_free`] only then.
#[inline(always)]
pub fn any_live() -> bool {
    LIVE.load(std::sync::atomic::Ordering::Relaxed) != 0
}

/// Whether `obj` can be weakly referenced. As in CPython, ints, strs, tuples and bytes
/// (and their subclasses), `None` and the other builtin value types cannot.
pub fn supports_weakref(obj: &PyRef) -> bool {
    can_be_referent(obj)
}

fn can_be_referent(obj: &PyObject) -> bool {
    match &obj.payload {
        // Subclasses of the variable-size int and tuple get no weakref slot (CPython);
        // str is fixed-size there, so its subclasses do.
        Payload::Int(_) | Payload::BigInt(_) | Payload::Tuple(_) => false,
        Payload::Str(_) => match &super::core::class_of(obj).payload {
            Payload::Type(td) => td.heap,
            _ => false,
        },
        Payload::Bytes(_) => false,
        Payload::Function(_)
        | Payload::Type(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Method(_)
        | Payload::Generator(_)
        | Payload::Module(_)
        | Payload::Code(_)
        | Payload::NativeFunction(_) => true,
        // Objects exporting a native buffer (`array.array`) support weak references.
        Payload::Native(n) if n.is::<crate::objects::buffer::NativeBuffer>() => true,
        _ => match &super::core::class_of(obj).payload {
            Payload::Type(td) => td.heap || td.native_flags.get() & TYPE_WEAKREFABLE != 0,
            _ => false,
        },
    }
}

/// Makes a weak reference object to `referent` (`make` builds the object around its
/// `WeakRefData` payload) and registers it.
pub fn new_weakref(
    make: impl FnOnce(Payload) -> PyRef,
    referent: &PyRef,
    callback: Option<PyRef>,
    is_proxy: bool,
) -> PyRef {
    let data = WeakRefData {
        referent: Cell::new(Some(NonNull::from(&**referent))),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
        is_proxy,
    };
    super::core::tracking::set_weakly_referenced(referent);
    let r = make(Payload::Native(Box::new(data)));
    REGISTRY.with(|reg| {
        reg.borrow_mut()
            .entry(referent.id())
            .or_default()
            .push(NonNull::from(&*r));
    });
    LIVE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    r
}

/// The weak-reference state of `o`, if it is a weak reference object.
pub fn data_of(o: &PyObject) -> Option<&WeakRefData> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<WeakRefData>(),
        _ => None,
    }
}

/// The live weak reference objects to `referent` (counted handles), oldest first.
pub fn refs_to(referent: &PyRef) -> Vec<PyRef> {
    REGISTRY.with(|reg| {
        reg.borrow()
            .get(&referent.id())
            .map(|v| {
                // SAFETY: registered references are live objects (they leave the
                // registry when freed); one with count 0 is being freed and skipped.
                v.iter()
                    .filter(|p| unsafe { p.as_ref() }.count() > 0)
                    .map(|p| unsafe { PyRef::from_live(*p) })
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// Called by `dealloc` for every object it is about to free while weak references
/// exist: a weak reference leaves the registry; a referent's references go dead and
/// their callbacks run (the referent is intact, its count zero).
pub(crate) fn before_free(ptr: NonNull<PyObject>) {
    // SAFETY: the object is intact (dealloc calls this before dropping anything).
    let obj = unsafe { ptr.as_ref() };
    if let Some(d) = data_of(obj) {
        if let Some(referent) = d.referent.take() {
            REGISTRY.with(|reg| {
                let mut reg = reg.borrow_mut();
                let key = referent.as_ptr() as usize;
                if let Some(list) = reg.get_mut(&key) {
                    list.retain(|p| *p != ptr);
                    if list.is_empty() {
                        reg.remove(&key);
                    }
                }
            });
        }
        LIVE.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    }
    // Containers say whether they were ever referenced; others (strs, bytes... die
    // often) are ruled out by type before the registry is consulted.
    if !super::core::tracking::maybe_weakly_referenced(obj) || !can_be_referent(obj) {
        return;
    }
    let refs = REGISTRY.with(|reg| reg.borrow_mut().remove(&(ptr.as_ptr() as usize)));
    let Some(refs) = refs else {
        return;
    };
    // Every reference goes dead first; then the callbacks run, newest reference first
    // (CPython's order), each with its (live) reference object.
    let mut with_callbacks = Vec::new();
    for r in &refs {
        // SAFETY: registered references are live objects (they unregister when freed).
        let robj = unsafe { r.as_ref() };
        if let Some(d) = data_of(robj) {
            d.referent.set(None);
            if robj.count() > 0 {
                if let Some(cb) = d.callback.borrow_mut().take() {
                    // SAFETY: a registered reference with a nonzero count is live.
                    with_callbacks.push((unsafe { PyRef::from_live(*r) }, cb));
                }
            }
        }
    }
    for (r, cb) in with_callbacks.into_iter().rev() {
        super::finalize::call_weakref_callback(&cb, &r);
    }
}
