//! The object header and the reference-counted pointer every Python value travels in.
//!
//! This is one of the few rooms where `unsafe` lives. Every heap object is a
//! [`PyObject`] allocated once and never moved; it starts with a CPython-shaped header
//! (`refcnt` then `ob_type`) so that cpyext can later hand C code direct pointers and the
//! JIT can read an object's type with one load. [`PyRef`] is the owning handle: cloning
//! increments the count, dropping decrements it and frees the object at zero.
//!
//! Invariants (checked by construction, relied on by every `unsafe` block here):
//! - a `PyRef` always points at a live `PyObject` created by [`PyRef::new`];
//! - the interpreter is single-threaded with respect to objects (a global interpreter lock
//!   will guard them when threads arrive), so the non-atomic count is sound;
//! - `ob_type` always holds one strong reference to a type object.

use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;

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
    #[inline]
    pub fn new(ty: PyRef, payload: Payload) -> PyRef {
        Self::new_with_ext(ty, payload, None)
    }

    /// Allocates a new object with an instance extension (dict / slots).
    #[inline]
    pub fn new_with_ext(ty: PyRef, payload: Payload, ext: Option<Box<InstanceExt>>) -> PyRef {
        let obj = PyObject {
            refcnt: Cell::new(1),
            ob_type: UnsafeCell::new(ty),
            ext: UnsafeCell::new(ext),
            payload,
        };
        match free_list_pop() {
            Some(ptr) => {
                // SAFETY: blocks on the free list are allocations of `PyObject`'s layout
                // whose previous object was fully dropped; writing initializes it.
                unsafe { ptr.as_ptr().write(obj) };
                PyRef { ptr }
            }
            None => PyRef {
                ptr: NonNull::from(Box::leak(Box::new(obj))),
            },
        }
    }

    /// Builds the self-typed root object (`type`), whose `ob_type` points at itself.
    /// The self reference is one extra count that is never released: `type` is immortal.
    pub fn new_self_typed(payload: Payload) -> PyRef {
        let layout = std::alloc::Layout::new::<PyObject>();
        // SAFETY: the layout is non-zero sized; on success we fully initialize every
        // field with `ptr::write` before any reference to the object is formed.
        unsafe {
            let raw = std::alloc::alloc(layout) as *mut PyObject;
            if raw.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            let ptr = NonNull::new_unchecked(raw);
            std::ptr::addr_of_mut!((*raw).refcnt).write(Cell::new(2));
            std::ptr::addr_of_mut!((*raw).ob_type).write(UnsafeCell::new(PyRef { ptr }));
            std::ptr::addr_of_mut!((*raw).ext).write(UnsafeCell::new(None));
            std::ptr::addr_of_mut!((*raw).payload).write(payload);
            PyRef { ptr }
        }
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
    /// (before any `ext()` borrow exists).
    pub fn set_ext(&self, ext: Box<InstanceExt>) {
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

thread_local! {
    /// Objects whose destruction was deferred to keep destructor nesting bounded
    /// (CPython's "trashcan").
    static DEFERRED: std::cell::RefCell<Vec<NonNull<PyObject>>> = const { std::cell::RefCell::new(Vec::new()) };
}

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

#[cold]
fn dealloc(ptr: NonNull<PyObject>) {
    use std::sync::atomic::Ordering::Relaxed;
    let depth = DEALLOC_DEPTH.load(Relaxed);
    if depth >= MAX_DEALLOC_DEPTH {
        // During thread teardown the queue is gone: leak instead (the process is exiting).
        let _ = DEFERRED.try_with(|q| q.borrow_mut().push(ptr));
        return;
    }
    DEALLOC_DEPTH.store(depth + 1, Relaxed);
    // SAFETY: the count reached zero, so this was the last reference; the pointer came
    // from `Box::leak` or the free list (`new_self_typed`'s object is immortal and never
    // reaches zero). After `drop_in_place` nothing refers to the block, which is either
    // kept for reuse or returned to the allocator with the layout it was allocated with.
    unsafe {
        let obj = ptr.as_ptr();
        if matches!((*obj).payload, Payload::Int(_) | Payload::Float(_)) {
            // Plain-data payloads own nothing: only the type reference and the
            // (normally empty) instance extension need dropping.
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*obj).ob_type));
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*obj).ext));
        } else {
            std::ptr::drop_in_place(obj);
        }
        free_block(ptr);
    }
    DEALLOC_DEPTH.store(depth, Relaxed);
    if depth == 0 {
        while let Some(p) = DEFERRED.try_with(|q| q.borrow_mut().pop()).ok().flatten() {
            dealloc(p);
        }
    }
}

impl std::fmt::Debug for PyRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<object at {:#x}>", self.id())
    }
}

/// Blocks of `PyObject` size whose objects were freed, reused by the next allocation
/// (every object has the same size, so one list serves all types): saves the allocator
/// round trip for the many short-lived ints, floats and tuples of numeric code.
struct FreeList {
    len: Cell<usize>,
    blocks: UnsafeCell<[*mut PyObject; FREE_LIST_MAX]>,
}

const FREE_LIST_MAX: usize = 256;

// SAFETY: objects, and so the free list, are only touched by the thread holding the
// interpreter (module invariant); the list is never accessed from two threads at once.
unsafe impl Sync for FreeList {}

static FREE_LIST: FreeList = FreeList {
    len: Cell::new(0),
    blocks: UnsafeCell::new([std::ptr::null_mut(); FREE_LIST_MAX]),
};

#[inline(always)]
fn free_list_pop() -> Option<NonNull<PyObject>> {
    let n = FREE_LIST.len.get();
    if n == 0 {
        return None;
    }
    FREE_LIST.len.set(n - 1);
    // SAFETY: indices below `len` hold blocks pushed by `free_block`; single-threaded
    // access (see `FreeList`), and no reference into the array outlives this read.
    NonNull::new(unsafe { (*FREE_LIST.blocks.get())[n - 1] })
}

/// Keeps the (dropped) block for reuse, or frees it when the list is full.
///
/// # Safety
/// `ptr` must be a `PyObject`-layout allocation from the global allocator whose object
/// has been dropped and which nothing refers to any more.
#[inline(always)]
unsafe fn free_block(ptr: NonNull<PyObject>) {
    let n = FREE_LIST.len.get();
    if n < FREE_LIST_MAX {
        // SAFETY: `n` is in bounds; single-threaded access (see `FreeList`).
        unsafe { (*FREE_LIST.blocks.get())[n] = ptr.as_ptr() };
        FREE_LIST.len.set(n + 1);
    } else {
        // SAFETY: the caller guarantees the block came from the global allocator with
        // `PyObject`'s layout (Box::new or the free list, which only holds such blocks).
        unsafe {
            std::alloc::dealloc(
                ptr.as_ptr() as *mut u8,
                std::alloc::Layout::new::<PyObject>(),
            )
        };
    }
}
