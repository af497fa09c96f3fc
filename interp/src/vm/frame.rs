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
            code,
            code_obj,
            globals,
            builtins,
            locals,
        }
    }

    /// Re-initializes a recycled frame for a new call (keeps the allocations).
    pub fn reset(
        &mut self,
        code_obj: PyRef,
        code: Rc<CodeObject>,
        globals: PyRef,
        builtins: PyRef,
        locals: Option<PyRef>,
    ) {
        let n = code.nslots();
        self.fast.clear();
        self.fast.resize(n, None);
        self.stack.clear();
        self.pc = 0;
        self.lasti = 0;
        self.kwnames = None;
        self.gen_handled_exc = None;
        self.is_generator = code.is_generator_like();
        self.frame_obj = None;
        self.code = code;
        self.code_obj = code_obj;
        self.globals = globals;
        self.builtins = builtins;
        self.locals = locals;
    }

    /// Drops everything the frame references, so it can wait in the pool.
    pub fn clear_for_pool(&mut self) {
        self.fast.clear();
        self.stack.clear();
        self.kwnames = None;
        self.locals = None;
        self.frame_obj = None;
        self.gen_handled_exc = None;
    }

    pub fn line(&self) -> u32 {
        self.code.line_at(self.lasti)
    }
}

/// What `sys._getframe` and tracebacks can see of an executing frame.
pub struct FrameInfo {
    pub code: PyRef,
    pub globals: PyRef,
    /// The namespace of module/class frames; for function frames, a snapshot of the fast
    /// locals taken just before calling a frame-reading native.
    pub locals: std::cell::RefCell<Option<PyRef>>,
    pub lasti: std::cell::Cell<usize>,
}
