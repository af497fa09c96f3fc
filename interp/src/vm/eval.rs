//! The eval loop.
//!
//! `Vm::execute` runs a frame and every Python function it calls on a local stack of
//! boxed frames: a call to a Python function pushes a frame and continues the same loop,
//! a return pops it, so Python-to-Python calls never grow the Rust stack. `run_frame`
//! dispatches the instructions of the top frame until it calls, returns, yields or
//! raises past its handlers. Complex instructions delegate to helpers in sibling
//! modules so each arm stays short.

use crate::compile::bytecode::{BinOp, CompareKind, Instr};
use crate::object::payload::*;
use crate::object::PyRef;

use super::fast_arith;
use super::fast_subscr;
use super::frame::{Frame, FrameInfo};
use super::quicken;
use super::Vm;
use crate::compile::code::CodeObject;
use std::ptr::NonNull;
use std::rc::Rc;

/// How a frame's execution ended.
pub enum Outcome {
    Return(PyRef),
    Yield(PyRef),
}

/// The frames of one `Vm::execute`: the base frame it was given, then the frames of
/// Python functions called from it (innermost last). Frames are held as raw pointers so
/// that the eval loop can keep a `&mut` to the running frame while pushing and popping
/// others; see the SAFETY notes in `run_instructions`.
struct CallStack {
    base: NonNull<Frame>,
    /// Pointers from `Box::into_raw`; owned here until `pop` turns them back into boxes.
    frames: Vec<NonNull<Frame>>,
}

impl CallStack {
    fn new(base: &mut Frame) -> CallStack {
        CallStack {
            base: NonNull::from(base),
            frames: Vec::new(),
        }
    }

    /// The running (innermost) frame.
    ///
    /// # Safety
    /// The caller chooses the lifetime: the reference must not be used after the frame
    /// is popped, and no two references from `top` may be used at once.
    #[inline(always)]
    unsafe fn top<'a>(&self) -> &'a mut Frame {
        let p = match self.frames.last() {
            Some(p) => *p,
            None => self.base,
        };
        unsafe { &mut *p.as_ptr() }
    }

    #[inline(always)]
    fn push(&mut self, frame: Box<Frame>) {
        self.frames.push(NonNull::from(Box::leak(frame)));
    }

    /// Removes the innermost called frame; `None` when only the base frame is left.
    #[inline(always)]
    fn pop(&mut self) -> Option<Box<Frame>> {
        // SAFETY: every pointer in `frames` came from `Box::leak` in `push` and is
        // removed from the list here, so it is turned back into a box exactly once.
        self.frames
            .pop()
            .map(|p| unsafe { Box::from_raw(p.as_ptr()) })
    }
}

impl Drop for CallStack {
    /// Frames still pushed when a panic unwinds through the loop are released.
    fn drop(&mut self) {
        while self.pop().is_some() {}
    }
}

macro_rules! pop {
    ($f:expr) => {
        match $f.stack.pop() {
            Some(v) => v,
            None => unreachable!("value stack underflow"),
        }
    };
}

macro_rules! top {
    ($f:expr) => {
        match $f.stack.last() {
            Some(v) => v,
            None => unreachable!("value stack underflow"),
        }
    };
}

/// Replaces the top of the stack (instructions that pop one operand and push a result
/// compute from the top in place: one length update instead of two).
macro_rules! set_top {
    ($f:expr, $v:expr) => {
        match $f.stack.last_mut() {
            Some(t) => *t = $v,
            None => unreachable!("value stack underflow"),
        }
    };
}

impl Vm {
    /// Truth of a branch condition: the two bool singletons (what comparisons produce)
    /// without a call, anything else through `is_true`.
    #[inline(always)]
    fn truth(&self, v: &PyRef) -> PyResult<bool> {
        if v.is(&self.s.true_) {
            Ok(true)
        } else if v.is(&self.s.false_) {
            Ok(false)
        } else {
            self.is_true(v)
        }
    }

    /// Runs a non-generator frame to completion.
    pub fn run_frame_to_end(&self, mut frame: Box<Frame>) -> PyResult {
        let r = self.execute(&mut frame, None);
        self.recycle_frame(frame);
        match r? {
            Outcome::Return(v) => Ok(v),
            Outcome::Yield(v) => Ok(v),
        }
    }

    /// Pushes the frame-stack entry of `frame`; `caller_lasti` (the calling frame's call
    /// instruction, when the caller is the frame below) is recorded for frame readers.
    #[inline(always)]
    fn enter_frame(&self, frame: &Frame, caller_lasti: Option<usize>) -> PyResult<()> {
        let d = self.recursion_depth.get() + 1;
        if d > self.recursion_limit.get() {
            return Err(self.new_error(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        self.recursion_depth.set(d);
        let mut stack = self.frame_stack.borrow_mut();
        if let (Some(lasti), Some(top)) = (caller_lasti, stack.last()) {
            top.lasti.set(lasti);
        }
        stack.push(FrameInfo::borrowing(frame));
        Ok(())
    }

    #[inline]
    fn leave_frame(&self) {
        self.recursion_depth.set(self.recursion_depth.get() - 1);
        self.frame_stack.borrow_mut().pop();
    }

    /// Runs `base` (and everything it calls) until it returns or yields. With `throw`,
    /// the exception is raised at the frame's current instruction first.
    pub fn execute(&self, base: &mut Frame, throw: Option<PyErr>) -> PyResult<Outcome> {
        self.check_stack()?;
        self.enter_frame(base, None)?;
        // A thrown exception (`gen.throw`) is raised at the frame's current instruction:
        // it gets the frame's traceback entry, but no implicit context (CPython restores
        // it as given rather than raising it anew).
        let mut pending: Option<(PyErr, bool)> = throw.map(|e| {
            crate::objects::exception::add_traceback_entry(self, &e.0, base);
            (e, true)
        });
        let mut calls = CallStack::new(base);
        loop {
            if let Some((e, reraise)) = pending.take() {
                // SAFETY: `top` is the frame `run_instructions` stopped in (or the base
                // frame); no other reference to it is alive here.
                let top = unsafe { calls.top() };
                if let Err(e) = self.handle_error(top, e, reraise) {
                    // No handler: the frame is done and the caller sees the exception.
                    self.leave_frame();
                    match calls.pop() {
                        None => return Err(e),
                        Some(done) => {
                            self.recycle_frame(done);
                            pending = Some((e, false));
                            continue;
                        }
                    }
                }
            }
            match self.run_instructions(&mut calls) {
                Ok(outcome) => {
                    self.leave_frame();
                    return Ok(outcome);
                }
                Err(e) => pending = Some(e),
            }
        }
    }

    /// Records the traceback entry and finds a handler in `frame`; Ok means execution
    /// continues at the handler.
    fn handle_error(&self, frame: &mut Frame, e: PyErr, reraise: bool) -> Result<(), PyErr> {
        if !reraise {
            crate::objects::exception::add_traceback_entry(self, &e.0, frame);
            crate::objects::exception::set_implicit_context(self, &e.0);
        }
        match frame.code.handler_for(frame.lasti) {
            Some(h) => {
                frame.stack.truncate(h.depth as usize);
                frame.stack.push(e.0);
                frame.pc = h.handler as usize;
                Ok(())
            }
            None => Err(e),
        }
    }

    #[inline(always)]
    fn run_instructions(&self, calls: &mut CallStack) -> Result<Outcome, (PyErr, bool)> {
        // `f` is the running frame and `code`/`instrs` its code; `switch_to_top!` rebinds
        // all of them when a Python call pushes a frame or a return pops one.
        // SAFETY: `f` comes from `calls.top()`, and the frame stays alive and in place
        // until `calls.pop()` releases it; every pop is followed by `switch_to_top!`
        // before `f` is used again. `code` points at the `CodeObject` held by the
        // frame's `code` Rc, which is not replaced while the frame runs (only a pooled
        // frame is reset), so it lives as long as `f` is bound to that frame.
        let mut f: &mut Frame = unsafe { calls.top() };
        let mut code: &CodeObject = unsafe { &*Rc::as_ptr(&f.code) };
        let mut instrs = &code.instrs[..];
        macro_rules! switch_to_top {
            () => {
                f = unsafe { calls.top() };
                code = unsafe { &*Rc::as_ptr(&f.code) };
                instrs = &code.instrs[..];
            };
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => return Err((e, false)),
                }
            };
        }
        // Fast locals and constants of the hot instructions, without a bounds check.
        // SAFETY: every local-slot and constant operand was checked against its code
        // object when it was built (`bytecode::operands_in_bounds`), and a running frame
        // has exactly `code.nslots()` locals (`Frame::new`, `Frame::reset`; only a pooled
        // frame is cleared).
        macro_rules! local {
            ($i:expr) => {
                unsafe { f.fast.get_unchecked($i) }
            };
        }
        macro_rules! local_mut {
            ($i:expr) => {
                unsafe { f.fast.get_unchecked_mut($i) }
            };
        }
        macro_rules! konst {
            ($i:expr) => {
                unsafe { code.consts.get_unchecked($i) }
            };
        }
        // Pushes fast local `$i`, or raises UnboundLocalError (reported at instruction
        // `$at`: the second half of a superinstruction reports at its own index).
        macro_rules! push_local {
            ($i:expr) => {
                match local!($i) {
                    Some(v) => f.stack.push(v.clone()),
                    None => tri!(Err(self.unbound_local(code, $i))),
                }
            };
            ($i:expr, at $at:expr) => {
                match local!($i) {
                    Some(v) => f.stack.push(v.clone()),
                    None => {
                        f.lasti = $at;
                        tri!(Err(self.unbound_local(code, $i)))
                    }
                }
            };
        }
        // A quickened arithmetic site (`vm/quicken.rs`): both operands exact `$ty`
        // (`Payload::$variant`) compute inline; an overflow or a zero divisor takes the
        // generic operator (which raises or goes to big ints); other operand types also
        // put the generic instruction back for good.
        macro_rules! specialized_site {
            ($site:expr, $orig:expr, $op:expr, $variant:ident, $ty:ident, $compute:expr) => {{
                let b = pop!(f);
                let a = top!(f);
                let fast = match (&a.payload, &b.payload) {
                    (Payload::$variant(x), Payload::$variant(y))
                        if a.class().is(&self.types.$ty) && b.class().is(&self.types.$ty) =>
                    {
                        Some(($compute)(*x, *y))
                    }
                    _ => None,
                };
                let v = match fast {
                    Some(Some(v)) => v,
                    other => {
                        if other.is_none() {
                            $site.set(quicken::generic($op as u32, $orig));
                        }
                        if $orig == 0 {
                            tri!(self.binary_op(a, &b, $op))
                        } else {
                            tri!(self.inplace_op(a, &b, $op))
                        }
                    }
                };
                set_top!(f, v);
            }};
        }
        // A quickened compare-and-branch site: `$fast` decides the comparison for the
        // operand types it was specialized to; other operands put the generic
        // instruction back for good and compare through the general protocol.
        macro_rules! compare_jump_site {
            ($mt:expr, $pc:ident, $next:ident, $fast:expr) => {{
                let b = pop!(f);
                let a = pop!(f);
                let truth = match ($fast)(&a, &b) {
                    Some(t) => t,
                    None => {
                        instrs[$pc].set(quicken::generic_compare_jump($mt));
                        let kind = CompareKind::from_u32(quicken::compare_kind($mt));
                        let r = tri!(self.rich_compare(&a, &b, kind));
                        // The branch half: errors from truth testing belong to it.
                        f.lasti = $pc + 1;
                        tri!(self.truth(&r))
                    }
                };
                $next = if truth == quicken::jumps_on_true($mt) {
                    ($mt & quicken::TARGET_MASK) as usize
                } else {
                    $pc + 2
                };
            }};
        }
        // The next instruction lives in a local; `f.pc` is written back whenever the
        // frame is left (call, return, yield). Errors need no write: the handler search
        // sets `f.pc` itself, from `f.lasti`.
        let mut next = f.pc;
        loop {
            let pc = next;
            f.lasti = pc;
            next = pc + 1;
            debug_assert!(pc < instrs.len());
            // SAFETY: `pc` is the code's entry (0), a fall-through successor, a jump
            // target, an exception handler or a saved resume point (a successor), and
            // every code object is checked when built to keep all of those inside its
            // instructions (`bytecode::control_flow_in_bounds`).
            match unsafe { instrs.get_unchecked(pc) }.get() {
                // Not an empty arm: an arm that compiles to nothing would make the dispatch
                // block its own successor, which keeps LLVM from tail-duplicating it.
                Instr::Nop => std::hint::black_box(()),
                Instr::PopTop => {
                    f.stack.pop();
                }
                Instr::PushNull => f.stack.push(self.null()),
                Instr::Copy(n) => {
                    let v = f.stack[f.stack.len() - n as usize].clone();
                    f.stack.push(v);
                }
                Instr::Swap(n) => {
                    let len = f.stack.len();
                    f.stack.swap(len - 1, len - n as usize);
                }
                Instr::LoadConst(i) => f.stack.push(konst!(i as usize).clone()),
                Instr::LoadFast(i) => push_local!(i as usize),
                Instr::LoadFastLoadFast(ab) => {
                    let (a, b) = ((ab >> 16) as usize, (ab & 0xffff) as usize);
                    push_local!(a);
                    push_local!(b, at pc + 1);
                    next = pc + 2;
                }
                Instr::LoadFastLoadConst(ic) => {
                    let (i, c) = ((ic >> 16) as usize, (ic & 0xffff) as usize);
                    push_local!(i);
                    f.stack.push(konst!(c).clone());
                    next = pc + 2;
                }
                Instr::StoreFastLoadFast(ab) => {
                    let (a, b) = ((ab >> 16) as usize, (ab & 0xffff) as usize);
                    let v = pop!(f);
                    *local_mut!(a) = Some(v);
                    push_local!(b, at pc + 1);
                    next = pc + 2;
                }
                Instr::StoreFast(i) => {
                    let v = pop!(f);
                    *local_mut!(i as usize) = Some(v);
                }
                Instr::DeleteFast(i) => {
                    if f.fast[i as usize].take().is_none() {
                        tri!(Err(self.unbound_local(code, i as usize)));
                    }
                }
                Instr::LoadDeref(i) => {
                    let v = tri!(self.load_deref(f, i as usize));
                    f.stack.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = pop!(f);
                    let cell = self.cell_at(f, i as usize);
                    if let Payload::Cell(c) = &cell.payload {
                        c.replace(Some(v));
                    }
                }
                Instr::DeleteDeref(i) => {
                    let cell = self.cell_at(f, i as usize);
                    if let Payload::Cell(c) = &cell.payload {
                        if c.borrow_mut().take().is_none() {
                            tri!(Err(self.unbound_deref(f, i as usize)));
                        }
                    }
                }
                Instr::LoadClosure(i) => {
                    let cell = self.cell_at(f, i as usize);
                    f.stack.push(cell);
                }
                Instr::LoadClassDeref(i) => {
                    let name = self.deref_name(f, i as usize);
                    let found = match &f.locals {
                        Some(l) => tri!(self.mapping_get(l, &name)),
                        None => None,
                    };
                    match found {
                        Some(v) => f.stack.push(v),
                        None => {
                            let v = tri!(self.load_deref(f, i as usize));
                            f.stack.push(v);
                        }
                    }
                }
                Instr::LoadName(i) => {
                    let name = &code.names[i as usize];
                    let v = tri!(self.load_name(f, name));
                    f.stack.push(v);
                }
                Instr::StoreName(i) => {
                    let v = pop!(f);
                    let name = code.names[i as usize].clone();
                    match &f.locals {
                        Some(l) => tri!(self.mapping_set(l, name, v)),
                        None => tri!(Err(self.new_error(
                            &self.exc.system_error,
                            "no locals found when storing name"
                        ))),
                    }
                }
                Instr::DeleteName(i) => {
                    let name = code.names[i as usize].clone();
                    let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    match self.mapping_del(&l, &name) {
                        Ok(()) => {}
                        Err(e) if self.exc_matches(&e, &self.exc.key_error) => {
                            tri!(Err(self.name_error(self.str_of(&name).unwrap_or(""))))
                        }
                        Err(e) => tri!(Err(e)),
                    }
                }
                Instr::LoadGlobal(i) => {
                    let v = match self.load_global_fast(&f.code, pc, &f.globals, &f.builtins) {
                        Some(v) => v,
                        None => {
                            let name = &code.names[i as usize];
                            tri!(self.load_global_cached(
                                &f.code,
                                pc,
                                &f.globals,
                                &f.builtins,
                                name
                            ))
                        }
                    };
                    f.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!(f);
                    tri!(self.dict_set_item(&f.globals, code.names[i as usize].clone(), v));
                }
                Instr::DeleteGlobal(i) => {
                    let name = &code.names[i as usize];
                    if !tri!(self.dict_del_item(&f.globals, name)) {
                        tri!(Err(self.name_error(self.str_of(name).unwrap_or(""))));
                    }
                }
                Instr::LoadAttr(i) => {
                    let v = match self.load_attr_fast(&f.code, pc, top!(f)) {
                        Some(v) => v,
                        None => {
                            tri!(self.load_attr_cached(
                                &f.code,
                                pc,
                                top!(f),
                                &code.names[i as usize]
                            ))
                        }
                    };
                    set_top!(f, v);
                }
                Instr::LoadFastStoreAttr(ia) => {
                    let (i, n) = ((ia >> 16) as usize, (ia & 0xffff) as usize);
                    let obj = match local!(i) {
                        Some(o) => o.clone(),
                        None => tri!(Err(self.unbound_local(code, i))),
                    };
                    f.lasti = pc + 1;
                    let v = pop!(f);
                    if let Err(v) = self.store_attr_fast(&f.code, pc + 1, &obj, v) {
                        tri!(self.store_attr_cached(&f.code, pc + 1, &obj, &code.names[n], v));
                    }
                    next = pc + 2;
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!(f);
                    let v = pop!(f);
                    if let Err(v) = self.store_attr_fast(&f.code, pc, &obj, v) {
                        tri!(self.store_attr_cached(&f.code, pc, &obj, &code.names[i as usize], v));
                    }
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!(f);
                    tri!(self.del_attr(&obj, &code.names[i as usize]));
                }
                Instr::LoadFastLoadAttr(ia) => {
                    let (i, n) = ((ia >> 16) as usize, (ia & 0xffff) as usize);
                    if local!(i).is_none() {
                        tri!(Err(self.unbound_local(code, i)));
                    }
                    // The attribute half runs as the LoadAttr at pc + 1 (its cache too).
                    f.lasti = pc + 1;
                    let v = match local!(i) {
                        Some(obj) => match self.load_attr_fast(&f.code, pc + 1, obj) {
                            Some(v) => v,
                            None => {
                                tri!(self.load_attr_cached(&f.code, pc + 1, obj, &code.names[n]))
                            }
                        },
                        None => unreachable!("checked above"),
                    };
                    f.stack.push(v);
                    next = pc + 2;
                }
                Instr::LoadFastLoadMethod(ia) => {
                    let (i, n) = ((ia >> 16) as usize, (ia & 0xffff) as usize);
                    let obj = match local!(i) {
                        Some(v) => v.clone(),
                        None => tri!(Err(self.unbound_local(code, i))),
                    };
                    f.lasti = pc + 1;
                    let (m, selfv) = match self.load_method_fast(&f.code, pc + 1, &obj) {
                        Some(m) => (m, Some(obj)),
                        None => {
                            tri!(self.load_method_cached(&f.code, pc + 1, obj, &code.names[n]))
                        }
                    };
                    match selfv {
                        Some(s) => {
                            f.stack.push(m);
                            f.stack.push(s);
                        }
                        None => {
                            f.stack.push(self.null());
                            f.stack.push(m);
                        }
                    }
                    next = pc + 2;
                }
                Instr::LoadMethod(i) => {
                    let obj = pop!(f);
                    let (m, selfv) = match self.load_method_fast(&f.code, pc, &obj) {
                        Some(m) => (m, Some(obj)),
                        None => {
                            tri!(self.load_method_cached(&f.code, pc, obj, &code.names[i as usize]))
                        }
                    };
                    match selfv {
                        Some(s) => {
                            f.stack.push(m);
                            f.stack.push(s);
                        }
                        None => {
                            f.stack.push(self.null());
                            f.stack.push(m);
                        }
                    }
                }
                Instr::BinarySubscr => {
                    let k = pop!(f);
                    let v = match fast_subscr::get_item(self, top!(f), &k) {
                        Some(v) => v,
                        None => tri!(self.get_item(top!(f), &k)),
                    };
                    set_top!(f, v);
                }
                Instr::StoreSubscr => {
                    let k = pop!(f);
                    let c = pop!(f);
                    let v = pop!(f);
                    if let Err(v) = fast_subscr::set_item(self, &c, &k, v) {
                        tri!(self.set_item(&c, k, v));
                    }
                }
                Instr::DeleteSubscr => {
                    let k = pop!(f);
                    let c = pop!(f);
                    tri!(self.del_item(&c, &k));
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { pop!(f) } else { self.none() };
                    let stop = pop!(f);
                    let start = pop!(f);
                    f.stack.push(self.new_slice(start, stop, step));
                }
                Instr::BinaryOp(op) => {
                    let b = pop!(f);
                    if op & quicken::GENERIC == 0 {
                        quicken::specialize_binary(self, &instrs[pc], top!(f), &b, op, false);
                    }
                    let op = op & quicken::OP_MASK;
                    let v = match fast_arith::binary(self, top!(f), &b, op) {
                        Some(v) => v,
                        None => tri!(self.binary_op(top!(f), &b, BinOp::from_u32(op))),
                    };
                    set_top!(f, v);
                }
                Instr::InplaceOp(op) => {
                    let b = pop!(f);
                    if op & quicken::GENERIC == 0 {
                        quicken::specialize_binary(self, &instrs[pc], top!(f), &b, op, true);
                    }
                    let op = op & quicken::OP_MASK;
                    let v = match fast_arith::binary(self, top!(f), &b, op) {
                        Some(v) => v,
                        None => tri!(self.inplace_op(top!(f), &b, BinOp::from_u32(op))),
                    };
                    set_top!(f, v);
                }
                Instr::BinaryAddInt(orig) => {
                    specialized_site!(instrs[pc], orig, BinOp::Add, Int, int, |x: i64, y: i64| x
                        .checked_add(y)
                        .map(|v| self.new_int(v)))
                }
                Instr::BinarySubInt(orig) => {
                    specialized_site!(instrs[pc], orig, BinOp::Sub, Int, int, |x: i64, y: i64| x
                        .checked_sub(y)
                        .map(|v| self.new_int(v)))
                }
                Instr::BinaryMulInt(orig) => {
                    specialized_site!(instrs[pc], orig, BinOp::Mul, Int, int, |x: i64, y: i64| x
                        .checked_mul(y)
                        .map(|v| self.new_int(v)))
                }
                Instr::BinaryAddFloat(orig) => specialized_site!(
                    instrs[pc],
                    orig,
                    BinOp::Add,
                    Float,
                    float,
                    |x: f64, y: f64| Some(self.new_float(x + y))
                ),
                Instr::BinarySubFloat(orig) => specialized_site!(
                    instrs[pc],
                    orig,
                    BinOp::Sub,
                    Float,
                    float,
                    |x: f64, y: f64| Some(self.new_float(x - y))
                ),
                Instr::BinaryMulFloat(orig) => specialized_site!(
                    instrs[pc],
                    orig,
                    BinOp::Mul,
                    Float,
                    float,
                    |x: f64, y: f64| Some(self.new_float(x * y))
                ),
                Instr::BinaryDivFloat(orig) => specialized_site!(
                    instrs[pc],
                    orig,
                    BinOp::TrueDiv,
                    Float,
                    float,
                    |x: f64, y: f64| (y != 0.0).then(|| self.new_float(x / y))
                ),
                Instr::UnaryOp(k) => {
                    let v = tri!(self.unary_op(top!(f), k));
                    set_top!(f, v);
                }
                Instr::CompareOp(k) => {
                    let b = pop!(f);
                    let v = match fast_arith::compare(self, top!(f), &b, k) {
                        Some(t) => self.new_bool(t),
                        None => tri!(self.rich_compare(top!(f), &b, CompareKind::from_u32(k))),
                    };
                    set_top!(f, v);
                }
                Instr::CompareIntJump(mt) => {
                    compare_jump_site!(mt, pc, next, |a: &PyRef, b: &PyRef| {
                        match (&a.payload, &b.payload) {
                            (Payload::Int(x), Payload::Int(y))
                                if a.class().is(&self.types.int)
                                    && b.class().is(&self.types.int) =>
                            {
                                Some(quicken::compare_outcome(
                                    mt,
                                    (x > y) as i32 - (x < y) as i32,
                                ))
                            }
                            _ => None,
                        }
                    })
                }
                Instr::CompareFloatJump(mt) => {
                    compare_jump_site!(mt, pc, next, |a: &PyRef, b: &PyRef| {
                        match (&a.payload, &b.payload) {
                            (Payload::Float(x), Payload::Float(y))
                                if a.class().is(&self.types.float)
                                    && b.class().is(&self.types.float) =>
                            {
                                Some(if x.is_nan() || y.is_nan() {
                                    quicken::compare_is_ne(mt)
                                } else {
                                    quicken::compare_outcome(mt, (x > y) as i32 - (x < y) as i32)
                                })
                            }
                            _ => None,
                        }
                    })
                }
                Instr::CompareOpJumpIfFalse(kt) | Instr::CompareOpJumpIfTrue(kt) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let jump_on = matches!(instrs[pc].get(), Instr::CompareOpJumpIfTrue(_));
                    if kt & quicken::COMPARE_GENERIC == 0 {
                        quicken::specialize_compare_jump(self, &instrs[pc], &a, &b, kt, jump_on);
                    }
                    let kind = (kt >> 28) & 7;
                    let truth = match fast_arith::compare(self, &a, &b, kind) {
                        Some(t) => t,
                        None => {
                            let r = tri!(self.rich_compare(&a, &b, CompareKind::from_u32(kind)));
                            // The branch half: errors from truth testing belong to it.
                            f.lasti = pc + 1;
                            tri!(self.truth(&r))
                        }
                    };
                    next = if truth == jump_on {
                        (kt & 0x0fff_ffff) as usize
                    } else {
                        pc + 2
                    };
                }
                Instr::IsOp(inv) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    f.stack.push(self.new_bool(a.is(&b) != (inv != 0)));
                }
                Instr::ContainsOp(inv) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = tri!(self.contains(&b, &a));
                    f.stack.push(self.new_bool(r != (inv != 0)));
                }
                Instr::Jump(t) => {
                    next = t as usize;
                    tri!(crate::object::gc::safe_point(self));
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!(f);
                    if !tri!(self.truth(&v)) {
                        next = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!(f);
                    if tri!(self.truth(&v)) {
                        next = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    if !tri!(self.truth(top!(f))) {
                        next = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    if tri!(self.truth(top!(f))) {
                        next = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    let v = pop!(f);
                    if self.is_none(&v) {
                        next = t as usize;
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    let v = pop!(f);
                    if !self.is_none(&v) {
                        next = t as usize;
                    }
                }
                Instr::GetIter => {
                    let o = pop!(f);
                    let it = tri!(self.get_iter(&o));
                    f.stack.push(it);
                }
                Instr::ForIter(t) => {
                    let it = top!(f);
                    let step = match &it.payload {
                        Payload::Iterator(st) if !it.class().type_data().heap => {
                            crate::objects::iter::fast_next(self, st)
                        }
                        _ => None,
                    };
                    let step = match step {
                        Some(step) => step,
                        None => tri!(self.iter_next(it)),
                    };
                    match step {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            next = t as usize;
                        }
                    }
                }
                Instr::BuildTuple(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(self.new_tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(self.new_list(items));
                }
                Instr::BuildSet(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let s = self.new_set();
                    for it in items {
                        tri!(self.set_add(&s, it));
                    }
                    f.stack.push(s);
                }
                Instr::BuildMap(n) => {
                    let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                    let d = self.new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        tri!(self.dict_set_item(&d, k, v));
                    }
                    f.stack.push(d);
                }
                Instr::BuildString(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(crate::objects::str::concat(self, &items));
                }
                Instr::ListAppend(d) => {
                    let v = pop!(f);
                    let l = &f.stack[f.stack.len() - d as usize];
                    if let Payload::List(items) = &l.payload {
                        items.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd(d) => {
                    let v = pop!(f);
                    let s = f.stack[f.stack.len() - d as usize].clone();
                    tri!(self.set_add(&s, v));
                }
                Instr::MapAdd(d) => {
                    let v = pop!(f);
                    let k = pop!(f);
                    let m = f.stack[f.stack.len() - d as usize].clone();
                    tri!(self.dict_set_item(&m, k, v));
                }
                Instr::ListExtend(d) => {
                    let it = pop!(f);
                    let l = f.stack[f.stack.len() - d as usize].clone();
                    tri!(self.list_extend_for_unpack(&l, &it));
                }
                Instr::SetUpdate(d) => {
                    let it = pop!(f);
                    let s = f.stack[f.stack.len() - d as usize].clone();
                    tri!(self.set_update(&s, &it));
                }
                Instr::DictUpdate(d) => {
                    let src = pop!(f);
                    let m = f.stack[f.stack.len() - d as usize].clone();
                    tri!(self.dict_update_for_display(&m, &src));
                }
                Instr::DictMerge(d) => {
                    let src = pop!(f);
                    let m = f.stack[f.stack.len() - d as usize].clone();
                    // The callable sits below the list of positional args: [.., func, args, map]
                    let func = f.stack[f.stack.len() - d as usize - 2].clone();
                    tri!(self.dict_merge_kwargs(&m, &src, &func));
                }
                Instr::ListToTuple => {
                    let l = pop!(f);
                    let items = match &l.payload {
                        Payload::List(v) => v.borrow().clone(),
                        _ => Vec::new(),
                    };
                    f.stack.push(self.new_tuple(items));
                }
                Instr::BuildTupleUnpack(n) => {
                    let len = f.stack.len();
                    f.stack[len - n as usize..].reverse();
                    next = pc + 2;
                }
                Instr::UnpackSequence(n) => {
                    let seq = pop!(f);
                    tri!(self.unpack_sequence(&seq, n as usize, &mut f.stack));
                }
                Instr::UnpackEx(counts) => {
                    let seq = pop!(f);
                    tri!(self.unpack_ex(
                        &seq,
                        (counts & 0xff) as usize,
                        (counts >> 8) as usize,
                        &mut f.stack
                    ));
                }
                Instr::KwNames(i) => f.kwnames = Some(code.consts[i as usize].clone()),
                Instr::Call(n) => {
                    if let Some(callee) = tri!(self.call_instr(f, n as usize)) {
                        f.pc = next;
                        crate::object::gc::safe_point_no_signals(self);
                        if let Err(e) = self.enter_frame(&callee, Some(pc)) {
                            self.recycle_frame(callee);
                            return Err((e, false));
                        }
                        calls.push(callee);
                        switch_to_top!();
                        next = f.pc;
                    } else {
                        // As CPython's CALL: signal handlers run once a native call returns.
                        tri!(crate::object::gc::safe_point(self));
                    }
                }
                Instr::CallFunctionEx(has_kw) => {
                    self.note_call_site(f);
                    let kwargs = if has_kw != 0 { Some(pop!(f)) } else { None };
                    let args = pop!(f);
                    let func = pop!(f);
                    let null = pop!(f);
                    let _ = null;
                    let v = tri!(self.call_function_ex(&func, &args, kwargs.as_ref()));
                    f.stack.push(v);
                    tri!(crate::object::gc::safe_point(self));
                }
                Instr::MakeFunction(flags) => {
                    let v = tri!(self.make_function_instr(f, flags));
                    f.stack.push(v);
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 { Some(pop!(f)) } else { None };
                    let v = pop!(f);
                    let r = tri!(self.format_value(v, flags & 3, spec));
                    f.stack.push(r);
                }
                Instr::ReturnValue => {
                    let v = pop!(f);
                    let Some(mut done) = calls.pop() else {
                        return Ok(Outcome::Return(v));
                    };
                    self.leave_frame();
                    let init_self = done.init_self.take();
                    self.recycle_frame(done);
                    switch_to_top!();
                    next = f.pc;
                    match init_self {
                        None => f.stack.push(v),
                        Some(obj) if self.is_none(&v) => f.stack.push(obj),
                        Some(_) => {
                            return Err((
                                self.type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    v.type_name()
                                )),
                                false,
                            ))
                        }
                    }
                }
                Instr::YieldValue => {
                    let v = pop!(f);
                    if code.flags & crate::compile::code::flags::ASYNC_GENERATOR != 0 {
                        let w = crate::objects::generator::AsyncGenWrapped(v);
                        f.pc = next;
                        return Ok(Outcome::Yield(PyRef::new(
                            self.types.native_object.clone(),
                            Payload::Native(Box::new(w)),
                        )));
                    }
                    f.pc = next;
                    match f.yield_sink {
                        None => return Ok(Outcome::Yield(v)),
                        // A drained generator (`objects/gen_drain.rs`): the value goes to
                        // the consumer and the yield evaluates to None, as for `next()`.
                        Some(mut sink) => {
                            // SAFETY: the sink outlives the resume that installed it and
                            // nothing else uses it meanwhile (see `gen_drain::drain`).
                            if !unsafe { sink.as_mut() }.accept(self, v) {
                                return Ok(Outcome::Yield(self.none()));
                            }
                            f.stack.push(self.none());
                        }
                    }
                }
                Instr::YieldFrom => {
                    let v = pop!(f);
                    let receiver = top!(f).clone();
                    match self.yield_from_step(&receiver, v) {
                        Ok(crate::objects::generator::SendResult::Yield(y)) => {
                            // Resume at this instruction with the sent value pushed.
                            f.pc = pc;
                            match f.yield_sink {
                                None => return Ok(Outcome::Yield(y)),
                                Some(mut sink) => {
                                    // SAFETY: as for `YieldValue`.
                                    if !unsafe { sink.as_mut() }.accept(self, y) {
                                        return Ok(Outcome::Yield(self.none()));
                                    }
                                    // Drained: step the delegate again, sending None.
                                    f.stack.push(self.none());
                                    next = pc;
                                }
                            }
                        }
                        Ok(crate::objects::generator::SendResult::Return(r)) => {
                            f.stack.pop();
                            f.stack.push(r);
                        }
                        Err(e) => return Err((e, false)),
                    }
                }
                Instr::GetYieldFromIter => {
                    let o = pop!(f);
                    let it = tri!(self.get_yield_from_iter(&o, code));
                    f.stack.push(it);
                }
                Instr::GetAwaitable => {
                    let o = pop!(f);
                    let it = tri!(self.get_awaitable(&o));
                    f.stack.push(it);
                }
                Instr::GetAIter => {
                    let o = pop!(f);
                    let it = tri!(self.get_aiter(&o));
                    f.stack.push(it);
                }
                Instr::GetANext => {
                    let it = top!(f).clone();
                    let aw = tri!(self.get_anext_awaitable(&it));
                    f.stack.push(aw);
                }
                Instr::EndAsyncFor => {
                    let exc = pop!(f);
                    if crate::object::typeobj::is_subtype(
                        exc.class(),
                        &self.exc.stop_async_iteration,
                    ) {
                        f.stack.pop();
                    } else {
                        return Err((PyErr(exc), true));
                    }
                }
                Instr::Raise(n) => {
                    let e = self.raise_instr(f, n);
                    return Err((e, n == 0));
                }
                Instr::Reraise => {
                    let exc = pop!(f);
                    return Err((PyErr(exc), true));
                }
                Instr::PushExcInfo => {
                    let exc = pop!(f);
                    let prev = self.handled_exc.replace(Some(exc.clone()));
                    f.stack.push(prev.unwrap_or_else(|| self.none()));
                    f.stack.push(exc);
                }
                Instr::PopExcept => {
                    let prev = pop!(f);
                    let prev = if self.is_none(&prev) {
                        None
                    } else {
                        Some(prev)
                    };
                    self.handled_exc.replace(prev);
                }
                Instr::CheckExcMatch => {
                    let ty = pop!(f);
                    let exc = top!(f).clone();
                    let m = tri!(crate::objects::exception::check_exc_match(self, &exc, &ty));
                    f.stack.push(self.new_bool(m));
                }
                Instr::CheckEgMatch => {
                    let ty = pop!(f);
                    let rest = pop!(f);
                    let (rest, matched) =
                        tri!(crate::objects::exception::eg_match(self, &rest, &ty));
                    // The matched part is the exception being handled in the clause.
                    if !self.is_none(&matched) {
                        self.handled_exc.replace(Some(matched.clone()));
                    }
                    f.stack.push(rest);
                    f.stack.push(matched);
                }
                Instr::PrepReraiseStar => {
                    let list = pop!(f);
                    let orig = pop!(f);
                    let r = tri!(crate::objects::exception::prep_reraise_star(
                        self, &orig, &list
                    ));
                    f.stack.push(r);
                }
                Instr::BeforeWith => {
                    let mgr = pop!(f);
                    let (exit, res) = tri!(self.before_with(&mgr, false));
                    f.stack.push(exit);
                    f.stack.push(res);
                }
                Instr::BeforeAsyncWith => {
                    let mgr = pop!(f);
                    let (exit, res) = tri!(self.before_with(&mgr, true));
                    f.stack.push(exit);
                    f.stack.push(res);
                }
                Instr::WithExceptStart => {
                    let len = f.stack.len();
                    let exc = f.stack[len - 1].clone();
                    let exit = f.stack[len - 3].clone();
                    let tb = crate::objects::exception::traceback_of(self, &exc);
                    let ty = exc.class().clone();
                    let r = tri!(self.call(&exit, Args::new(&[ty, exc, tb])));
                    f.stack.push(r);
                }
                Instr::ImportName(i) => {
                    let fromlist = pop!(f);
                    let level = pop!(f);
                    let m =
                        tri!(self.import_name_instr(f, &code.names[i as usize], &fromlist, &level));
                    f.stack.push(m);
                }
                Instr::ImportFrom(i) => {
                    let m = top!(f).clone();
                    let v = tri!(self.import_from(&m, &code.names[i as usize]));
                    f.stack.push(v);
                }
                Instr::ImportStar => {
                    let m = pop!(f);
                    tri!(self.import_star(f, &m));
                }
                Instr::LoadBuildClass => {
                    let v =
                        tri!(self.dict_get_str(&f.builtins, "__build_class__")).ok_or_else(|| {
                            self.new_error(&self.exc.name_error, "__build_class__ not found")
                        });
                    f.stack.push(tri!(v));
                }
                Instr::SetupAnnotations => tri!(self.setup_annotations(f)),
                Instr::LoadAssertionError => f.stack.push(self.exc.assertion_error.clone()),
                Instr::PrintExpr => {
                    let v = pop!(f);
                    tri!(self.display_hook(v));
                }
                Instr::MatchClass(n) => {
                    let names = pop!(f);
                    let cls = pop!(f);
                    let subject = pop!(f);
                    let r = tri!(self.match_class(&subject, &cls, n as usize, &names));
                    f.stack.push(r);
                }
                Instr::MatchMapping => {
                    let r = self.is_mapping_for_match(top!(f));
                    f.stack.push(self.new_bool(r));
                }
                Instr::MatchSequence => {
                    let r = self.is_sequence_for_match(top!(f));
                    f.stack.push(self.new_bool(r));
                }
                Instr::MatchKeys => {
                    let len = f.stack.len();
                    let keys = f.stack[len - 1].clone();
                    let subject = f.stack[len - 2].clone();
                    let r = tri!(self.match_keys(&subject, &keys));
                    f.stack.push(r);
                }
                Instr::GetLen => {
                    let n = tri!(self.len(top!(f)));
                    f.stack.push(self.new_usize(n));
                }
                Instr::CopyDictWithoutKeys => {
                    let keys = pop!(f);
                    let subject = top!(f).clone();
                    let r = tri!(self.copy_dict_without_keys(&subject, &keys));
                    f.stack.push(r);
                }
                Instr::LoadLocals => {
                    let l = f.locals.clone().unwrap_or_else(|| self.none());
                    f.stack.push(l);
                }
            }
        }
    }

    /// Makes the caller's locals visible to a frame-reading native (see `needs_frame`).
    pub fn publish_frame(&self, f: &Frame) -> PyResult<()> {
        let locals = match &f.locals {
            Some(l) => l.clone(),
            None => {
                // A function frame keeps one locals() dict, refreshed in place (3.11 semantics:
                // `locals() is locals()`, and names added by exec() stay visible).
                let prev = match self.frame_stack.borrow().last() {
                    Some(top) => top.locals.borrow().clone(),
                    None => None,
                };
                let d = prev.unwrap_or_else(|| self.new_dict());
                let code = &f.code;
                for (i, name) in code.varnames.iter().enumerate() {
                    match &f.fast[i] {
                        Some(v) => self.dict_set_item(&d, name.clone(), v.clone())?,
                        None => {
                            if self.dict_get_item(&d, name)?.is_some() {
                                self.dict_del_item(&d, name)?;
                            }
                        }
                    }
                }
                let nl = code.nlocals();
                for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
                    if let Some(c) = &f.fast[nl + i] {
                        if let Payload::Cell(cell) = &c.payload {
                            if let Some(v) = &*cell.borrow() {
                                self.dict_set_item(&d, name.clone(), v.clone())?;
                            }
                        }
                    }
                }
                d
            }
        };
        if let Some(top) = self.frame_stack.borrow().last() {
            *top.locals.borrow_mut() = Some(locals);
            top.lasti.set(f.lasti);
        }
        Ok(())
    }

    fn unbound_local(&self, code: &crate::compile::code::CodeObject, i: usize) -> PyErr {
        let name = self.str_of(&code.varnames[i]).unwrap_or("?").to_string();
        self.new_error(
            &self.exc.unbound_local_error,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name
            ),
        )
    }

    fn deref_name(&self, f: &Frame, i: usize) -> PyRef {
        let nc = f.code.cellvars.len();
        if i < nc {
            f.code.cellvars[i].clone()
        } else {
            f.code.freevars[i - nc].clone()
        }
    }

    fn unbound_deref(&self, f: &Frame, i: usize) -> PyErr {
        let name = self.deref_name(f, i);
        let name = self.str_of(&name).unwrap_or("?").to_string();
        if i < f.code.cellvars.len() {
            self.new_error(
                &self.exc.unbound_local_error,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name
                ),
            )
        } else {
            self.new_error(
                &self.exc.name_error,
                format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
            )
        }
    }

    #[inline]
    fn cell_at(&self, f: &Frame, i: usize) -> PyRef {
        let idx = f.code.nlocals() + i;
        match &f.fast[idx] {
            Some(c) => c.clone(),
            None => self.new_cell(None),
        }
    }

    fn load_deref(&self, f: &Frame, i: usize) -> PyResult {
        let cell = self.cell_at(f, i);
        if let Payload::Cell(c) = &cell.payload {
            if let Some(v) = &*c.borrow() {
                return Ok(v.clone());
            }
        }
        Err(self.unbound_deref(f, i))
    }

    fn load_name(&self, f: &Frame, name: &PyRef) -> PyResult {
        if let Some(l) = &f.locals {
            if let Some(v) = self.mapping_get(l, name)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.dict_get_item(&f.globals, name)? {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_item(&f.builtins, name)? {
            return Ok(v);
        }
        Err(self.name_error(self.str_of(name).unwrap_or("")))
    }

    /// Get from a namespace mapping: a dict fast, anything else via `__getitem__`.
    pub fn mapping_get(&self, m: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
        if let Payload::Dict(_) = &m.payload {
            if m.class().is(&self.types.dict) {
                return self.dict_get_item(m, key);
            }
        }
        match self.get_item(m, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, &self.exc.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn mapping_set(&self, m: &PyRef, key: PyRef, v: PyRef) -> PyResult<()> {
        if m.class().is(&self.types.dict) {
            return self.dict_set_item(m, key, v);
        }
        self.set_item(m, key, v)
    }

    pub fn mapping_del(&self, m: &PyRef, key: &PyRef) -> PyResult<()> {
        if m.class().is(&self.types.dict) {
            if self.dict_del_item(m, key)? {
                return Ok(());
            }
            return Err(self.key_error(key.clone()));
        }
        self.del_item(m, key)
    }

    fn raise_instr(&self, f: &mut Frame, n: u32) -> PyErr {
        match n {
            0 => match self.topmost_handled_exc() {
                Some(e) => PyErr(e),
                None => self.runtime_error("No active exception to reraise"),
            },
            1 => {
                let exc = pop!(f);
                match self.make_raisable(exc) {
                    Ok(e) => e,
                    Err(e) => e,
                }
            }
            _ => {
                let cause = pop!(f);
                let exc = pop!(f);
                match self.make_raisable(exc) {
                    Ok(e) => match crate::objects::exception::set_cause(self, &e.0, cause) {
                        Ok(()) => e,
                        Err(err) => err,
                    },
                    Err(e) => e,
                }
            }
        }
    }

    /// `raise X`: an instance is raised as is, a class is instantiated.
    pub fn make_raisable(&self, exc: PyRef) -> PyResult<PyErr> {
        if exc.is_type() && crate::object::typeobj::is_subtype(&exc, &self.exc.base_exception) {
            let inst = self.call(&exc, Args::new(&[]))?;
            if !crate::object::typeobj::is_subtype(inst.class(), &self.exc.base_exception) {
                return Err(self.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.repr_str(&exc)?,
                    inst.type_name()
                )));
            }
            return Ok(PyErr(inst));
        }
        if crate::object::typeobj::is_subtype(exc.class(), &self.exc.base_exception) {
            return Ok(PyErr(exc));
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    fn setup_annotations(&self, f: &Frame) -> PyResult<()> {
        let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
        let name = self.names.__annotations__.clone();
        if self.mapping_get(&l, &name)?.is_none() {
            self.mapping_set(&l, name, self.new_dict())?;
        }
        Ok(())
    }
}
