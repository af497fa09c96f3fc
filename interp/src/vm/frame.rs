//! Execution frames: fast locals, the value stack and the program counter of one
//! running (or suspended) code object. Frames live in boxes on the runtime's own frame
//! stack (see `eval.rs`), never on the Rust stack, so Python-to-Python calls do not
//! recurse natively and generators can keep their frame when suspended.

use std::rc::Rc;

use crate::compile::code::CodeObject;
use crate::object::PyRef;

pub struct Frame {
    pub code: Rc<CodeObject>,
    pub code_obj: PyRef,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// The namespace of module-level and class-body code (Name instructions).
    pub locals: Option<PyRef>,
    /// Locals, then cells, then free variables.
    pub fast: Vec<Option<PyRef>>,
    pub stack: Vec<PyRef>,
    pub pc: usize,
    /// Index of the instruction being executed (for line numbers).
    pub lasti: usize,
    /// Keyword names set by `KwNames` for the next `Call`.
    pub kwnames: Option<PyRef>,
    /// Generator frames: the exception being handled inside the generator while it is
    /// suspended (swapped with the caller's on resume).
    pub gen_handled_exc: Option<PyRef>,
    /// The generator object owning this frame, if any (for `yield from` bookkeeping).
    pub is_generator: bool,
    /// A frame object made for this frame (tracebacks, `sys._getframe`), reused.
    pub frame_obj: Option<PyRef>,
    /// An `__init__` frame run inline for `Class(...)` (see `Vm::init_frame`): the new
    /// instance, which replaces the `None` it returns as the call's result.
    pub init_self: Option<PyRef>,
    /// Generator frames being drained by a Rust consumer (`objects/gen_drain.rs`): where
    /// each `yield` hands its value, instead of suspending the frame. Set only for the
    /// duration of one resume, by the code that owns the sink.
    pub yield_sink: Option<std::ptr::NonNull<dyn crate::objects::gen_drain::YieldSink>>,
}

impl Frame {
    pub fn new(
        code_obj: PyRef,
        code: Rc<CodeObject>,
        globals: PyRef,
        builtins: PyRef,
        locals: Option<PyRef>,
    ) -> Frame {
        let n = code.nslots();
        Frame {
            fast: vec![None; n],
            stack: Vec::with_capacity(8),
            pc: 0,
            lasti: 0,
            kwnames: None,
            gen_handled_exc: None,
            is_generator: code.is_generator_like(),
            frame_obj: None,
            init_self: None,
            yield_sink: None,
            code,
            code_obj,
            globals,
            builtins,
            locals,
        }
    }

    /// Re-initializes a recycled frame for a new call (keeps the allocations, and the
    /// code/globals/builtins references when the pooled frame already holds the same
    /// ones: a loop calling one function reuses its frame without reference traffic).
    #[inline(always)]
    pub fn reset(
        &mut self,
        code_obj: &PyRef,
        code: &Rc<CodeObject>,
        globals: &PyRef,
        builtins: &PyRef,
        locals: Option<PyRef>,
    ) {
        if !self.code_obj.is(code_obj) {
            self.code_obj = code_obj.clone();
            self.code = code.clone();
        }
        if !self.globals.is(globals) {
            self.globals = globals.clone();
        }
        if !self.builtins.is(builtins) {
            self.builtins = builtins.clone();
        }
        let n = code.nslots();
        debug_assert!(self.fast.is_empty() && self.stack.is_empty());
        fill_with_unbound(&mut self.fast, n);
        self.pc = 0;
        self.lasti = 0;
        self.is_generator = code.is_generator_like();
        self.locals = locals;
    }

    /// Drops everything the frame references, so it can wait in the pool.
    #[inline(always)]
    pub fn clear_for_pool(&mut self) {
        self.fast.clear();
        self.stack.clear();
        self.kwnames = None;
        self.locals = None;
        self.frame_obj = None;
        self.gen_handled_exc = None;
        self.init_self = None;
    }

    /// Moves the top `n` values of `stack` into the first `n` locals, in order (the
    /// arguments of an exact positional call into a freshly reset frame).
    #[inline(always)]
    pub fn take_args(&mut self, stack: &mut Vec<PyRef>, n: usize) {
        assert!(n <= stack.len() && n <= self.fast.len());
        debug_assert!(self.fast[..n].iter().all(Option::is_none));
        let start = stack.len() - n;
        // SAFETY: both ranges are in bounds (asserted above) and belong to different
        // vectors. `Option<PyRef>` has the layout of `PyRef` (niche of `NonNull`), so the
        // bitwise copy turns each value into a `Some`. The destination slots are unbound
        // (`None`, nothing to drop), and `set_len` forgets the source copies, so every
        // reference is owned exactly once afterwards.
        unsafe {
            std::ptr::copy_nonoverlapping(
                stack.as_ptr().add(start) as *const Option<PyRef>,
                self.fast.as_mut_ptr(),
                n,
            );
            stack.set_len(start);
        }
    }

    pub fn line(&self) -> u32 {
        self.code.line_at(self.lasti)
    }
}

/// Makes the empty `slots` hold `n` unbound (`None`) locals without a per-slot loop.
#[inline(always)]
fn fill_with_unbound(slots: &mut Vec<Option<PyRef>>, n: usize) {
    debug_assert!(slots.is_empty());
    slots.reserve(n);
    // SAFETY: the capacity is at least `n` (reserved above) and the vector is empty, so
    // nothing is overwritten or leaked. `PyRef` is a `#[repr(transparent)]` wrapper of
    // `NonNull`, for which Rust guarantees that `Option<PyRef>::None` is the all-zero bit
    // pattern: zeroed slots are valid `None`s.
    unsafe {
        std::ptr::write_bytes(slots.as_mut_ptr(), 0, n);
        slots.set_len(n);
    }
}

/// What `sys._getframe` and tracebacks can see of an executing frame.
///
/// The code object and globals are borrowed from the frame without touching their
/// reference counts (this is pushed and popped on every call). Invariant, kept by
/// `Vm::execute`: an entry is popped (`leave_frame`) before its frame is recycled or
/// dropped, and a running frame's `code_obj`/`globals` are never reassigned, so the
/// frame's own strong references keep both objects alive while the entry exists.
pub struct FrameInfo {
    code: std::mem::ManuallyDrop<PyRef>,
    globals: std::mem::ManuallyDrop<PyRef>,
    /// The namespace of module/class frames; for function frames, a snapshot of the fast
    /// locals taken just before calling a frame-reading native.
    pub locals: std::cell::RefCell<Option<PyRef>>,
    pub lasti: std::cell::Cell<usize>,
    /// The frame object Python code got for this frame (`sys._getframe`, a traceback),
    /// so that every reader sees the same object while the frame runs.
    pub obj: std::cell::RefCell<Option<PyRef>>,
}

impl FrameInfo {
    /// The entry for `frame`, which must stay alive and keep its code object and
    /// globals until the entry is dropped (see the type's invariant).
    pub fn borrowing(frame: &Frame) -> FrameInfo {
        // SAFETY: `ptr::read` copies the handles without a new count; `ManuallyDrop`
        // makes sure they are never released through this copy. The objects stay alive
        // because `frame` holds strong references for longer than the entry exists
        // (type invariant, kept by the eval loop's enter/leave pairing).
        let (code, globals) = unsafe {
            (
                std::mem::ManuallyDrop::new(std::ptr::read(&frame.code_obj)),
                std::mem::ManuallyDrop::new(std::ptr::read(&frame.globals)),
            )
        };
        FrameInfo {
            code,
            globals,
            locals: std::cell::RefCell::new(frame.locals.clone()),
            lasti: std::cell::Cell::new(frame.lasti),
            obj: std::cell::RefCell::new(None),
        }
    }

    /// The frame's code object.
    pub fn code(&self) -> &PyRef {
        &self.code
    }

    /// The frame's globals.
    pub fn globals(&self) -> &PyRef {
        &self.globals
    }
}
