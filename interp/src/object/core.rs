//! The object header and the reference-counted pointer every Python value travels in.
//!
//! This is one of the few rooms where `unsafe` lives. Every heap object is a
//! [`PyObject`] allocated once and never moved; it starts with a CPython-shaped header
//! (`refcnt` then `ob_type`) so that cpyext can later hand C code direct pointers and the
//! JIT can read an object's type with one load. [`PyRef`] is the owning handle: cloning
//! increments the count, dropping decrements it and frees the object at zero.
//!
//! Containers (objects that can hold references, see `gc::needs_gc_head`) are allocated
//! with a small [`GcHead`] *in front of* the object, like CPython's `PyGC_Head`, and are
//! listed in the cycle collector's generation lists (`tracking`); ints, floats and strs
//! carry nothing extra. Whether an object has a head follows from its payload variant
//! and instance extension, which never change over its life.
//!
//! Invariants (checked by construction, relied on by every `unsafe` block here):
//! - a `PyRef` always points at a live `PyObject` created by [`PyRef::new`];
//! - the interpreter is single-threaded with respect to objects (a global interpreter lock
//!   will guard them when threads arrive), so the non-atomic count is sound;
//! - `ob_type` always holds one strong reference to a type object;
//! - an object has a GC head iff `has_gc_head()`, and a headed object is in
//!   exactly one tracking list, at the index its head records, until its count is zero.

use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;
use std::sync::atomic::Ordering;

use super::finalize;
use super::gc;
use super::payload::{InstanceExt, Payload};

/// The in-memory layout of every Python object. `#[repr(C)]` fixes the header offsets
/// (refcount at 0, type at 8) that cpyext and the JIT will rely on.
#[repr(C)]
pub struct PyObject {
    refcnt: Cell<usize>,
    ob_type: UnsafeCell<PyRef>,
    /// Instance dictionary and `__slots__` storage; present only for instances of classes
    /// created by `class` statements (and builtin objects that carry a `__dict__`).
    ext: UnsafeCell<Option<Box<InstanceExt>>>,
    pub payload: Payload,
}

/// Offset of the reference count in [`PyObject`]; part of the contract with cpyext/JIT.
pub const OB_REFCNT_OFFSET: usize = std::mem::offset_of!(PyObject, refcnt);
/// Offset of the type pointer in [`PyObject`].
pub const OB_TYPE_OFFSET: usize = std::mem::offset_of!(PyObject, ob_type);

/// An owned reference to a Python object.
#[repr(transparent)]
pub struct PyRef {
    ptr: NonNull<PyObject>,
}

impl PyRef {
    /// Allocates a new object of type `ty` holding `payload`.
    ///
    /// Containers (see [`gc::needs_gc_head`]) get a [`GcHead`] in front of the object and
    /// are tracked by the cycle collector. The test is inlined into the caller, where it
    /// folds away for a constant payload variant: ints, floats and strs cost exactly what
    /// they did before the collector existed.
    #[inline(always)]
    pub fn new(ty: PyRef, payload: Payload) -> PyRef {
        if gc::needs_gc_head(&payload, false) {
            new_gc_object(PyObject::new(ty, payload, None))
        } else {
            Self::new_plain(PyObject::new(ty, payload, None))
        }
    }

    /// Allocates a plain-data object (`Payload::Int`/`Payload::Float` only) of a builtin
    /// type without counting the reference it holds to its type, as CPython does for
    /// static types: the hottest allocations skip two writes to one shared count. The
    /// matching release is skipped in `dealloc` for objects of non-heap types.
    ///
    /// # Safety
    /// `ty` must be a builtin (non-heap) type, which lives as long as the runtime, and
    /// `payload` a machine int or float.
    #[inline(always)]
    pub unsafe fn new_builtin_number(ty: &PyRef, payload: Payload) -> PyRef {
        debug_assert!(matches!(payload, Payload::Int(_) | Payload::Float(_)));
        debug_assert!(!ty.type_data().heap);
        // SAFETY: a bitwise copy of the handle: no new count, and none is released for
        // it (see `dealloc`); the type outlives the object (caller's guarantee).
        let ty = PyRef { ptr: ty.ptr };
        Self::new_plain(PyObject::new(ty, payload, None))
    }

    /// Allocates a new object with an instance extension (dict / slots).
    #[inline]
    pub fn new_with_ext(ty: PyRef, payload: Payload, ext: Option<Box<InstanceExt>>) -> PyRef {
        if gc::needs_gc_head(&payload, ext.is_some()) {
            new_gc_object(PyObject::new(ty, payload, ext))
        } else {
            Self::new_plain(PyObject::new(ty, payload, ext))
        }
    }

    /// Places a non-container object in a block of its own. Inlined so that the object
    /// is written straight into a recycled block (no copy through the stack).
    #[inline(always)]
    fn new_plain(obj: PyObject) -> PyRef {
        match FREE_LIST.pop() {
            Some(ptr) => {
                let ptr = ptr.cast::<PyObject>();
                // SAFETY: blocks on the plain free list are allocations of `PyObject`'s
                // layout whose previous object was fully dropped; writing initializes it.
                unsafe { ptr.as_ptr().write(obj) };
                PyRef { ptr }
            }
            None => Self::new_plain_allocated(obj),
        }
    }

    #[cold]
    #[inline(never)]
    fn new_plain_allocated(obj: PyObject) -> PyRef {
        PyRef {
            ptr: NonNull::from(Box::leak(Box::new(obj))),
        }
    }

    /// Builds the self-typed root object (`type`), whose `ob_type` points at itself.
    /// The self reference is one extra count that is never released: `type` is immortal.
    pub fn new_self_typed(payload: Payload) -> PyRef {
        let layout = std::alloc::Layout::new::<GcBox>();
        // SAFETY: the layout is non-zero sized; on success we fully initialize every
        // field with `ptr::write` before any reference to the object is formed. A type
        // payload is a container, so the block carries a GC head like every container.
        let r = unsafe {
            let raw = std::alloc::alloc(layout) as *mut GcBox;
            if raw.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            std::ptr::addr_of_mut!((*raw).head).write(GcHead::new());
            let obj = std::ptr::addr_of_mut!((*raw).obj);
            let ptr = NonNull::new_unchecked(obj);
            std::ptr::addr_of_mut!((*obj).refcnt).write(Cell::new(2));
            std::ptr::addr_of_mut!((*obj).ob_type).write(UnsafeCell::new(PyRef { ptr }));
            std::ptr::addr_of_mut!((*obj).ext).write(UnsafeCell::new(None));
            std::ptr::addr_of_mut!((*obj).payload).write(payload);
            PyRef { ptr }
        };
        debug_assert!(r.has_gc_head());
        track(r.ptr);
        r
    }

    /// The object's type.
    #[inline(always)]
    pub fn class(&self) -> &PyRef {
        // SAFETY: `ob_type` is only replaced by `set_class`, which keeps the old type
        // alive forever (types are long-lived and `__class__` assignment is rare), so a
        // reference handed out here never dangles.
        unsafe { &*self.ob_type.get() }
    }

    /// Replaces the object's type (`obj.__class__ = C`). The old type is deliberately
    /// leaked so that outstanding `&PyRef` borrows from [`PyRef::class`] stay valid.
    pub fn set_class(&self, ty: PyRef) {
        // SAFETY: single-threaded access (module invariant); the old value is forgotten,
        // never dropped, so references to it remain valid.
        unsafe {
            let old = std::ptr::replace(self.ob_type.get(), ty);
            std::mem::forget(old);
        }
    }

    /// The instance extension (dict and slots), if this object has one.
    #[inline]
    pub fn ext(&self) -> Option<&InstanceExt> {
        // SAFETY: the extension is only written by `set_ext`, which is called before the
        // object escapes to Python code (during construction), never while borrowed.
        unsafe { (*self.ext.get()).as_deref() }
    }

    /// Installs the instance extension. Only valid while the object is being built
    /// (before any `ext()` borrow exists), and only on containers: whether an object has
    /// a GC head is decided at allocation from its payload and extension, so a
    /// non-container must receive its extension through [`PyRef::new_with_ext`].
    pub fn set_ext(&self, ext: Box<InstanceExt>) {
        assert!(
            gc::needs_gc_head(&self.payload, true) && self.has_gc_head(),
            "set_ext on an object allocated without a GC head"
        );
        // SAFETY: called only during construction, when no borrow from `ext()` is alive.
        unsafe {
            *self.ext.get() = Some(ext);
        }
    }

    #[inline(always)]
    pub fn is(&self, other: &PyRef) -> bool {
        self.ptr == other.ptr
    }

    /// The address of the object, as `id()` reports it.
    #[inline(always)]
    pub fn id(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    pub fn refcount(&self) -> usize {
        self.refcnt.get()
    }

    pub fn as_ptr(&self) -> *const PyObject {
        self.ptr.as_ptr()
    }

    /// A new counted handle to the object at `ptr`.
    ///
    /// # Safety
    /// `ptr` must point at a live object (for weak references: one still registered).
    pub(crate) unsafe fn from_live(ptr: NonNull<PyObject>) -> PyRef {
        // SAFETY: the object is live (caller's guarantee); the count taken here is
        // released when the handle drops.
        let c = unsafe { &ptr.as_ref().refcnt };
        c.set(c.get() + 1);
        PyRef { ptr }
    }
}

impl PyObject {
    /// The reference count (0 while the object is being torn down).
    pub fn count(&self) -> usize {
        self.refcnt.get()
    }

    #[inline(always)]
    fn new(ty: PyRef, payload: Payload, ext: Option<Box<InstanceExt>>) -> PyObject {
        PyObject {
            refcnt: Cell::new(1),
            ob_type: UnsafeCell::new(ty),
            ext: UnsafeCell::new(ext),
            payload,
        }
    }

    /// Whether the object was allocated with a [`GcHead`] (it is a container).
    #[inline(always)]
    pub fn has_gc_head(&self) -> bool {
        // SAFETY: single-threaded access; the extension only goes from `None` to `Some`
        // on containers (see `set_ext`), so the answer never changes over a lifetime.
        gc::needs_gc_head(&self.payload, unsafe { (*self.ext.get()).is_some() })
    }
}

impl Clone for PyRef {
    #[inline(always)]
    fn clone(&self) -> Self {
        let c = &self.refcnt;
        c.set(c.get() + 1);
        PyRef { ptr: self.ptr }
    }
}

impl std::ops::Deref for PyRef {
    type Target = PyObject;
    #[inline(always)]
    fn deref(&self) -> &PyObject {
        // SAFETY: a PyRef always points at a live object (module invariant).
        unsafe { self.ptr.as_ref() }
    }
}

/// How many object destructors are running nested on the Rust stack (objects are only
/// touched by the thread holding the interpreter, so a global counter is exact).
static DEALLOC_DEPTH: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Objects whose destruction was deferred to keep destructor nesting bounded
/// (CPython's "trashcan").
static DEFERRED: crate::vm::gil::GilCell<std::cell::RefCell<Vec<NonNull<PyObject>>>> =
    crate::vm::gil::GilCell::new(|| std::cell::RefCell::new(Vec::new()));

/// Whether `DEFERRED` may hold objects (saves the thread-local access on every
/// outermost deallocation when it is empty, which is nearly always).
static HAS_DEFERRED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

const MAX_DEALLOC_DEPTH: usize = 200;

impl Drop for PyRef {
    #[inline(always)]
    fn drop(&mut self) {
        let c = &self.refcnt;
        let n = c.get() - 1;
        c.set(n);
        if n == 0 {
            dealloc(self.ptr);
        }
    }
}

/// Frees an object whose count reached zero. Machine ints and floats (the objects that
/// die most often) are handled in this small function, which needs no stack frame;
/// everything else goes to [`dealloc_general`].
#[inline(never)]
fn dealloc(ptr: NonNull<PyObject>) {
    // SAFETY: as in `dealloc_general`; plain-data payloads (machine ints, floats) without
    // an instance extension own nothing but their type reference, whose release cannot
    // nest deeper than one type deallocation, so they skip the depth bookkeeping. Such
    // objects of builtin types hold an uncounted type reference (`new_builtin_number`),
    // or a counted one that is then never released: builtin types are never freed and
    // an int's or float's type cannot be reassigned, so neither is observable.
    unsafe {
        let obj = ptr.as_ptr();
        if matches!((*obj).payload, Payload::Int(_) | Payload::Float(_))
            && (*(*obj).ext.get()).is_none()
        {
            let ty = std::ptr::addr_of_mut!((*obj).ob_type);
            if (*ty).get_mut().type_data().heap {
                std::ptr::drop_in_place(ty);
            }
            FREE_LIST.push(ptr.cast());
            return;
        }
    }
    dealloc_general(ptr)
}

#[cold]
#[inline(never)]
fn dealloc_general(ptr: NonNull<PyObject>) {
    use std::sync::atomic::Ordering::Relaxed;
    let depth = DEALLOC_DEPTH.load(Relaxed);
    if depth >= MAX_DEALLOC_DEPTH {
        // A dead object must not be seen by the collector while it waits in the queue.
        // SAFETY: the count reached zero; the object is intact until its deferred drop.
        if unsafe { ptr.as_ref() }.has_gc_head() {
            untrack(ptr);
        }
        DEFERRED.with(|q| q.borrow_mut().push(ptr));
        HAS_DEFERRED.store(true, Relaxed);
        return;
    }
    DEALLOC_DEPTH.store(depth + 1, Relaxed);
    // A finalizer runs at this nesting level, so a chain of finalizers that each free the
    // next object is bounded (deferred) like a chain of plain deallocations.
    // SAFETY: the count reached zero; the object is intact until it is dropped below.
    let revived =
        finalize::may_have_finalizer(unsafe { ptr.as_ref() }) && revived_by_finalizer(ptr);
    if !revived && super::weakref::any_live() {
        // Weakref callbacks run Python code that may collect: the dead object must be out
        // of the lists first, or the collector would take a handle to it and free it twice.
        // SAFETY: the count reached zero; the object is intact until it is dropped below.
        let obj = unsafe { ptr.as_ref() };
        if obj.has_gc_head() && head(obj).list.get() != DEAD {
            untrack(ptr);
        }
        super::weakref::before_free(ptr);
    }
    if !revived {
        // SAFETY: the count reached zero (and the finalizer, if any, left it there), so
        // this was the last reference; the pointer came from `Box::leak` or the free list
        // (`new_self_typed`'s object is immortal and never reaches zero). After
        // `drop_in_place` nothing refers to the block, which is either kept for reuse or
        // returned to the allocator with the layout it was allocated with.
        unsafe {
            let obj = ptr.as_ptr();
            if (*obj).has_gc_head() {
                if head(&*obj).list.get() != DEAD {
                    untrack(ptr);
                }
                release_items_last_to_first(&mut (*obj).payload);
                std::ptr::drop_in_place(obj);
                GC_FREE_LIST.push(ptr.cast::<u8>().sub(GC_HEAD_SIZE));
            } else {
                std::ptr::drop_in_place(obj);
                FREE_LIST.push(ptr.cast());
            }
        }
    }
    DEALLOC_DEPTH.store(depth, Relaxed);
    if depth == 0 && HAS_DEFERRED.load(Relaxed) {
        HAS_DEFERRED.store(false, Relaxed);
        while let Some(p) = DEFERRED.with(|q| q.borrow_mut().pop()) {
            dealloc(p);
        }
    }
}

/// Releases the items of a dying list or tuple from the last to the first, as CPython's
/// `list_dealloc` / `tupledealloc` do (the order finalizers of the items observe).
#[inline(always)]
fn release_items_last_to_first(payload: &mut Payload) {
    match payload {
        Payload::List(v) => release_last_to_first(std::mem::take(v.get_mut())),
        Payload::Tuple(t) if t.len() > 1 => release_last_to_first(std::mem::take(t).into_vec()),
        _ => {}
    }
}

/// Drops the references in `items` from the last to the first: the order in which
/// CPython releases a sequence's items (dealloc, `list.clear`).
#[inline]
pub fn release_last_to_first(mut items: Vec<PyRef>) {
    while let Some(item) = items.pop() {
        drop(item);
    }
}

/// Runs the `__del__` of an object whose count just reached zero (CPython:
/// `PyObject_CallFinalizerFromDealloc`): the object is revived with one reference for
/// the call, and stays alive if the finalizer stored it somewhere (PEP 442 resurrection;
/// the finalizer is then not run again when it dies later). Returns whether it lives on.
#[cold]
#[inline(never)]
fn revived_by_finalizer(ptr: NonNull<PyObject>) -> bool {
    // SAFETY: the count reached zero and nothing has been dropped yet, so the object is
    // intact; the handle made here is its only reference and accounts for the count of 1
    // set first. The handle is never dropped (ManuallyDrop): its count is given back by
    // hand below, so releasing it cannot re-enter `dealloc`.
    let obj = unsafe { ptr.as_ref() };
    obj.refcnt.set(1);
    let handle = std::mem::ManuallyDrop::new(PyRef { ptr });
    finalize::call_finalizer_at_zero(&handle);
    let n = obj.refcnt.get() - 1;
    obj.refcnt.set(n);
    if n == 0 {
        return false;
    }
    // A container whose destruction had been deferred was taken out of the lists.
    if obj.has_gc_head() && head(obj).list.get() == DEAD {
        track(ptr);
    }
    true
}

impl std::fmt::Debug for PyRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<object at {:#x}>", self.id())
    }
}

/// Blocks of one size whose objects were freed, reused by the next allocation: saves
/// the allocator round trip for the many short-lived ints, floats and tuples of numeric
/// code. Plain objects all have `PyObject`'s size and containers all have `GcBox`'s, so
/// two lists serve every type.
struct FreeList {
    len: Cell<usize>,
    blocks: UnsafeCell<[*mut u8; FREE_LIST_MAX]>,
    layout: std::alloc::Layout,
}

const FREE_LIST_MAX: usize = 256;

// SAFETY: objects, and so the free lists, are only touched by the thread holding the
// interpreter (module invariant); a list is never accessed from two threads at once.
unsafe impl Sync for FreeList {}

static FREE_LIST: FreeList = FreeList::new(std::alloc::Layout::new::<PyObject>());
static GC_FREE_LIST: FreeList = FreeList::new(std::alloc::Layout::new::<GcBox>());

impl FreeList {
    const fn new(layout: std::alloc::Layout) -> FreeList {
        FreeList {
            len: Cell::new(0),
            blocks: UnsafeCell::new([std::ptr::null_mut(); FREE_LIST_MAX]),
            layout,
        }
    }

    #[inline(always)]
    fn pop(&self) -> Option<NonNull<u8>> {
        let n = self.len.get();
        if n == 0 {
            return None;
        }
        self.len.set(n - 1);
        // SAFETY: indices below `len` hold blocks pushed by `push`; single-threaded
        // access (see `FreeList`), and no reference into the array outlives this read.
        NonNull::new(unsafe { (*self.blocks.get())[n - 1] })
    }

    /// Keeps the (dropped) block for reuse, or frees it when the list is full.
    ///
    /// # Safety
    /// `ptr` must be an allocation of this list's layout from the global allocator whose
    /// object has been dropped and which nothing refers to any more.
    #[inline(always)]
    unsafe fn push(&self, ptr: NonNull<u8>) {
        let n = self.len.get();
        if n < FREE_LIST_MAX {
            // SAFETY: `n` is in bounds; single-threaded access (see `FreeList`).
            unsafe { (*self.blocks.get())[n] = ptr.as_ptr() };
            self.len.set(n + 1);
        } else {
            // SAFETY: the caller guarantees the block came from the global allocator
            // with this list's layout.
            unsafe { std::alloc::dealloc(ptr.as_ptr(), self.layout) };
        }
    }
}

/// What precedes every container in memory: where the cycle collector keeps it. The
/// object's address (what `PyRef` holds, what cpyext and the JIT see) is the `obj`
/// field, so the header offsets of [`PyObject`] are unchanged.
#[repr(C)]
struct GcBox {
    head: GcHead,
    obj: PyObject,
}

/// The collector's per-container bookkeeping: which list the object is in and where.
#[repr(C)]
pub struct GcHead {
    /// Position in `GC.lists[list]`.
    index: Cell<u32>,
    /// Which list: a generation (0..=2) or [`COLLECTING`].
    list: Cell<u8>,
    /// [`FINALIZED`] once the collector has called the object's `__del__`.
    flags: Cell<u8>,
}

const GC_HEAD_SIZE: usize = std::mem::offset_of!(GcBox, obj);
/// The list objects are moved to while a collection examines them.
pub const COLLECTING: usize = 3;
const FINALIZED: u8 = 1;
/// Set on a container once a weak reference to it was made (`object/weakref.rs`).
const WEAKLY_REFERENCED: u8 = 2;
/// `list` of an object already removed from the lists (its destruction was deferred).
const DEAD: u8 = 255;

impl GcHead {
    fn new() -> GcHead {
        GcHead {
            index: Cell::new(0),
            list: Cell::new(0),
            flags: Cell::new(0),
        }
    }
}

/// The tracked containers: generations 0..=2 and the collecting list, plus the count
/// that triggers automatic collection (CPython: generation 0's count).
struct GcLists {
    lists: UnsafeCell<[Vec<NonNull<PyObject>>; 4]>,
    /// Container allocations minus deallocations since the last collection.
    count: Cell<usize>,
    threshold: Cell<usize>,
    /// Set when `count` passes `threshold`; the eval loop collects at its next safe point.
    pending: Cell<bool>,
}

// SAFETY: as for `FreeList`: only the thread holding the interpreter touches objects.
unsafe impl Sync for GcLists {}

static GC: GcLists = GcLists {
    lists: UnsafeCell::new([Vec::new(), Vec::new(), Vec::new(), Vec::new()]),
    count: Cell::new(0),
    threshold: Cell::new(700),
    pending: Cell::new(false),
};

/// Runs `f` on the tracked lists.
fn with_lists<R>(f: impl FnOnce(&mut [Vec<NonNull<PyObject>>; 4]) -> R) -> R {
    // SAFETY: single-threaded (see `GcLists`); callers never re-enter (the closures
    // below only move pointers and update heads: no object is dropped or allocated).
    f(unsafe { &mut *GC.lists.get() })
}

/// The head in front of a container.
fn head(obj: &PyObject) -> &GcHead {
    debug_assert!(obj.has_gc_head());
    // SAFETY: containers are only allocated as the `obj` field of a `GcBox` (by
    // `new_gc_object` / `new_self_typed`, decided by `has_gc_head`, which never changes
    // over an object's life), so the head lies `GC_HEAD_SIZE` bytes before the object
    // within the same allocation.
    unsafe {
        &*(obj as *const PyObject)
            .cast::<u8>()
            .sub(GC_HEAD_SIZE)
            .cast::<GcHead>()
    }
}

#[cold]
fn new_gc_object(obj: PyObject) -> PyRef {
    let block = match GC_FREE_LIST.pop() {
        Some(b) => b.cast::<GcBox>(),
        None => {
            let layout = std::alloc::Layout::new::<GcBox>();
            // SAFETY: the layout is non-zero sized.
            let raw = unsafe { std::alloc::alloc(layout) } as *mut GcBox;
            match NonNull::new(raw) {
                Some(p) => p,
                None => std::alloc::handle_alloc_error(layout),
            }
        }
    };
    // SAFETY: `block` is an uninitialized (or dropped and recycled) `GcBox` allocation;
    // both fields are written before the object is referenced.
    let ptr = unsafe {
        let raw = block.as_ptr();
        std::ptr::addr_of_mut!((*raw).head).write(GcHead::new());
        let o = std::ptr::addr_of_mut!((*raw).obj);
        o.write(obj);
        NonNull::new_unchecked(o)
    };
    track(ptr);
    PyRef { ptr }
}

/// Adds a new container to generation 0.
fn track(ptr: NonNull<PyObject>) {
    // SAFETY: `ptr` is a live container just allocated by this module.
    let h = head(unsafe { ptr.as_ref() });
    with_lists(|l| {
        h.list.set(0);
        h.index.set(l[0].len() as u32);
        l[0].push(ptr);
    });
    let n = GC.count.get() + 1;
    GC.count.set(n);
    if n > GC.threshold.get() && !GC.pending.get() {
        GC.pending.set(true);
        crate::vm::gil::EVAL_BREAKER.fetch_or(crate::vm::gil::BREAK_GC, Ordering::Relaxed);
    }
}

/// Removes a dying container from its list (swap-remove: the last entry takes its place).
fn untrack(ptr: NonNull<PyObject>) {
    // SAFETY: called from `dealloc` before the object is dropped.
    let h = head(unsafe { ptr.as_ref() });
    with_lists(|l| {
        let list = &mut l[h.list.get() as usize];
        let i = h.index.get() as usize;
        debug_assert!(list[i] == ptr);
        list.swap_remove(i);
        if let Some(moved) = list.get(i) {
            // SAFETY: every pointer in a list is a live container.
            head(unsafe { moved.as_ref() }).index.set(i as u32);
        }
    });
    h.list.set(DEAD);
    let n = GC.count.get();
    GC.count.set(n.saturating_sub(1));
}

/// Moves a tracked container to the end of list `to`.
fn move_to(l: &mut [Vec<NonNull<PyObject>>; 4], ptr: NonNull<PyObject>, to: usize) {
    // SAFETY: every pointer in a list is a live container.
    let h = head(unsafe { ptr.as_ref() });
    let from = h.list.get() as usize;
    let i = h.index.get() as usize;
    l[from].swap_remove(i);
    if let Some(moved) = l[from].get(i) {
        // SAFETY: as above.
        head(unsafe { moved.as_ref() }).index.set(i as u32);
    }
    h.list.set(to as u8);
    h.index.set(l[to].len() as u32);
    l[to].push(ptr);
}

/// The type of an object seen through a plain reference (the collector walks objects
/// without holding handles to them).
pub(crate) fn class_of(obj: &PyObject) -> &PyRef {
    // SAFETY: as in `PyRef::class`: the type reference is never dropped while the
    // object lives.
    unsafe { &*obj.ob_type.get() }
}

/// The instance extension of an object seen through a plain reference.
pub(crate) fn ext_of(obj: &PyObject) -> Option<&InstanceExt> {
    // SAFETY: as in `PyRef::ext`: only written during construction.
    unsafe { (*obj.ext.get()).as_deref() }
}

/// The collector's view of the tracked lists. Everything here is safe to call; the
/// collector (`object/gc.rs`) builds its algorithm on top.
pub mod tracking {
    use super::*;

    /// Moves every container of generations `0..=gen` to the collecting list and returns
    /// strong handles to the collecting list's objects, in list order (so an object's
    /// [`work_index`] is its position in the result).
    pub fn begin(gen: usize) -> Vec<PyRef> {
        with_lists(|l| {
            for g in 0..=gen.min(2) {
                let objs = std::mem::take(&mut l[g]);
                for p in objs {
                    // SAFETY: every pointer in a list is a live container.
                    let h = head(unsafe { p.as_ref() });
                    h.list.set(COLLECTING as u8);
                    h.index.set(l[COLLECTING].len() as u32);
                    l[COLLECTING].push(p);
                }
            }
        });
        handles(COLLECTING)
    }

    /// Moves the given containers (all tracked) to the collecting list; returns handles
    /// in collecting-list order.
    pub fn begin_subset(objs: &[PyRef]) -> Vec<PyRef> {
        with_lists(|l| {
            for o in objs {
                if o.has_gc_head() && head(o).list.get() as usize != COLLECTING {
                    move_to(l, o.ptr, COLLECTING);
                }
            }
        });
        handles(COLLECTING)
    }

    /// Moves everything in the collecting list to generation `to`.
    pub fn end(to: usize) {
        with_lists(|l| {
            let objs = std::mem::take(&mut l[COLLECTING]);
            for p in objs {
                // SAFETY: every pointer in a list is a live container.
                let h = head(unsafe { p.as_ref() });
                h.list.set(to as u8);
                h.index.set(l[to].len() as u32);
                l[to].push(p);
            }
        });
    }

    /// Strong handles to the objects of list `list`.
    pub fn handles(list: usize) -> Vec<PyRef> {
        with_lists(|l| {
            l[list]
                .iter()
                .map(|p| {
                    // SAFETY: every pointer in a list is a live container; the new
                    // handle accounts for the count it adds.
                    let o = unsafe { p.as_ref() };
                    o.refcnt.set(o.refcnt.get() + 1);
                    PyRef { ptr: *p }
                })
                .collect()
        })
    }

    /// Number of containers in list `list`.
    pub fn len(list: usize) -> usize {
        with_lists(|l| l[list].len())
    }

    /// The object's position in the collecting list, if it is there.
    #[inline]
    pub fn work_index(obj: &PyObject) -> Option<usize> {
        if !obj.has_gc_head() {
            return None;
        }
        let h = head(obj);
        (h.list.get() as usize == COLLECTING).then(|| h.index.get() as usize)
    }

    /// Whether the collector tracks the object (`gc.is_tracked`).
    pub fn is_tracked(obj: &PyObject) -> bool {
        obj.has_gc_head()
    }

    /// Whether the collector already called the object's `__del__`.
    pub fn finalized(obj: &PyObject) -> bool {
        obj.has_gc_head() && head(obj).flags.get() & FINALIZED != 0
    }

    /// Marks `obj` as weakly referenced (containers only: others are always looked up).
    pub fn set_weakly_referenced(obj: &PyObject) {
        if obj.has_gc_head() {
            let h = head(obj);
            h.flags.set(h.flags.get() | WEAKLY_REFERENCED);
        }
    }

    /// Whether `obj` may have weak references: a container ever marked, or any object
    /// without a GC head (those are looked up).
    pub fn maybe_weakly_referenced(obj: &PyObject) -> bool {
        !obj.has_gc_head() || head(obj).flags.get() & WEAKLY_REFERENCED != 0
    }

    pub fn set_finalized(obj: &PyObject) {
        if obj.has_gc_head() {
            let h = head(obj);
            h.flags.set(h.flags.get() | FINALIZED);
        }
    }

    /// Container allocations minus deallocations since the last collection.
    pub fn count() -> usize {
        GC.count.get()
    }

    pub fn reset_count() {
        GC.count.set(0);
        clear_pending();
    }

    pub fn set_threshold(n: usize) {
        GC.threshold.set(n);
    }

    /// Whether enough containers were allocated for an automatic collection.
    #[inline(always)]
    pub fn pending() -> bool {
        GC.pending.get()
    }

    pub fn clear_pending() {
        GC.pending.set(false);
        crate::vm::gil::EVAL_BREAKER.fetch_and(!crate::vm::gil::BREAK_GC, Ordering::Relaxed);
    }
}
