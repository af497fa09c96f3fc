//! The process's memory allocator: mimalloc, called so that ordinary requests take its
//! plain `mi_malloc` fast path.
//!
//! Nearly every Rust allocation (objects, vectors, boxes) asks for an alignment of at most
//! 16 bytes, which `mi_malloc` already guarantees for blocks of that size; only larger
//! alignments go through the slower `mi_malloc_aligned` family.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// Alignment every `mi_malloc` block of at least this size has (mimalloc's
/// `MI_MAX_ALIGN_SIZE` on 64-bit targets); smaller blocks are aligned to their size class.
const PLAIN_ALIGN: usize = 16;

pub struct Mimalloc;

/// Whether `mi_malloc(layout.size())` already returns memory aligned for `layout` (the
/// same rule the standard library applies to the system allocator).
#[inline(always)]
fn plain_fits(layout: &Layout) -> bool {
    layout.align() <= PLAIN_ALIGN && layout.align() <= layout.size()
}

// SAFETY: every function forwards to mimalloc, which implements the `GlobalAlloc`
// contract: blocks are at least `layout.size()` bytes, aligned as `plain_fits` documents
// or as requested through the `_aligned` calls, freed with `mi_free` whichever call
// allocated them, and reallocation keeps the contents up to the smaller size.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarding to mimalloc (see the impl's comment).
        unsafe {
            if plain_fits(&layout) {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarding to mimalloc (see the impl's comment).
        unsafe {
            if plain_fits(&layout) {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (GlobalAlloc contract).
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout` (GlobalAlloc contract); the
        // new block keeps the alignment the old one needed.
        unsafe {
            let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
            if plain_fits(&new_layout) {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}
