//! Buffers exported by native objects other than bytes and bytearray (CPython's buffer
//! protocol as `array.array` implements it): a [`NativeBuffer`] payload holds the bytes,
//! the `struct` format of one item and the count of live exports (memoryviews), which
//! forbids resizing while non-zero. `bytes_from_object`, memoryview, `struct.pack_into`,
//! `readinto` and `recv_into` reach such buffers through the helpers below.

use std::cell::{Cell, RefCell};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// The state of an object that exports a writable, resizable, one-dimensional buffer.
pub struct NativeBuffer {
    /// The items, native byte order, `itemsize` bytes each.
    pub data: RefCell<Vec<u8>>,
    /// The `struct` format character of one item, as memoryview reports it.
    pub format: char,
    /// The owner's own code for its item kind (array's typecode).
    pub code: u8,
    pub itemsize: usize,
    /// Live memoryviews over this buffer (CPython's `ob_exports`).
    pub exports: Cell<usize>,
}

impl NativeBuffer {
    pub fn new(data: Vec<u8>, format: char, code: u8, itemsize: usize) -> NativeBuffer {
        NativeBuffer {
            data: RefCell::new(data),
            format,
            code,
            itemsize,
            exports: Cell::new(0),
        }
    }
}

/// The native buffer state of `o`, if it has one.
pub fn native(o: &PyRef) -> Option<&NativeBuffer> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<NativeBuffer>(),
        _ => None,
    }
}

/// A memoryview over `o` was made (`add` true) or released.
pub fn count_export(o: &PyRef, add: bool) {
    if let Some(nb) = native(o) {
        let n = nb.exports.get();
        nb.exports
            .set(if add { n + 1 } else { n.saturating_sub(1) });
    }
}

/// Runs `f` on the whole writable byte buffer of `o` when it is a native buffer.
pub fn with_native_mut<R>(o: &PyRef, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    native(o).map(|nb| f(&mut nb.data.borrow_mut()))
}

/// The bytes of `o` (copied) when it is a native buffer.
pub fn native_bytes(o: &PyRef) -> Option<Vec<u8>> {
    native(o).map(|nb| nb.data.borrow().clone())
}

/// `memoryview(o)` of a native buffer: one dimension of `itemsize`-byte items.
pub fn new_view(vm: &Vm, o: &PyRef, nb: &NativeBuffer) -> PyRef {
    let len = nb.data.borrow().len();
    crate::objects::bytes::exported(PyRef::new(
        vm.types.memoryview.clone(),
        Payload::MemoryView(Box::new(MemoryViewData {
            obj: o.clone(),
            start: 0,
            len,
            itemsize: nb.itemsize,
            format: RefCell::new(nb.format.to_string()),
            shape: RefCell::new(vec![len / nb.itemsize.max(1)]),
            readonly: false,
            released: Cell::new(false),
        })),
    ))
}
