//! Generators, coroutines and async generators: resuming their frames (`send`, `throw`,
//! `close`), `yield from`/`await` delegation, and the awaitables of async generators.

use std::cell::{Cell, RefCell};

use crate::compile::bytecode::Instr;
use crate::compile::code::flags;
use crate::object::payload::*;
use crate::object::typeobj::{is_subtype, type_lookup};
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::eval::Outcome;
use crate::vm::frame::Frame;
use crate::vm::Vm;

pub enum SendResult {
    Yield(PyRef),
    Return(PyRef),
}

/// A value yielded by `yield` inside an async generator (as opposed to one passed
/// through from an `await`), so `__anext__` can tell them apart.
pub struct AsyncGenWrapped(pub PyRef);

pub fn new_generator(vm: &Vm, frame: Box<Frame>, func: &FunctionData) -> PyRef {
    let code = frame.code.clone();
    let kind = if code.flags & flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if code.flags & flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let ty = match kind {
        GenKind::Generator => &vm.types.generator,
        GenKind::Coroutine => &vm.types.coroutine,
        GenKind::AsyncGenerator => &vm.types.async_generator,
    };
    PyRef::new(
        ty.clone(),
        Payload::Generator(Box::new(GeneratorData {
            kind,
            code: frame.code_obj.clone(),
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            finished: Cell::new(false),
            name: RefCell::new(func.name.borrow().clone()),
            qualname: RefCell::new(func.qualname.borrow().clone()),
            ag_running: Cell::new(false),
            started: Cell::new(false),
        })),
    )
}

fn gdata<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a GeneratorData> {
    match &o.payload {
        Payload::Generator(g) => Ok(g),
        _ => Err(vm.type_error("generator expected")),
    }
}

fn kind_word(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resumes `gen` with `value` sent in (or `throw` raised at the suspension point).
pub fn gen_resume(
    vm: &Vm,
    gen: &PyRef,
    value: PyRef,
    throw: Option<PyErr>,
) -> PyResult<SendResult> {
    gen_resume_with_sink(vm, gen, value, throw, None)
}

/// `gen_resume`, with the frame's yields going to `sink` while it runs (see
/// `objects/gen_drain.rs`: a `Yield` result then means the sink asked to stop).
pub(crate) fn gen_resume_with_sink(
    vm: &Vm,
    gen: &PyRef,
    value: PyRef,
    throw: Option<PyErr>,
    sink: Option<std::ptr::NonNull<dyn crate::objects::gen_drain::YieldSink>>,
) -> PyResult<SendResult> {
    let g = gdata(vm, gen)?;
    if g.running.get() {
        return Err(vm.value_error(format!("{} already executing", kind_word(g.kind))));
    }
    if g.finished.get() {
        // (close() never gets here for a finished coroutine: it returns silently.)
        if g.kind == GenKind::Coroutine {
            return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
        }
        if let Some(e) = throw {
            return Err(e);
        }
        if g.kind == GenKind::Coroutine {
            return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
        }
        return Ok(SendResult::Return(vm.none()));
    }
    let mut frame = match g.frame.borrow_mut().take() {
        Some(f) => f,
        None => return Ok(SendResult::Return(vm.none())),
    };
    let started = g.started.get();
    if !started && throw.is_none() && !vm.is_none(&value) {
        *g.frame.borrow_mut() = Some(frame);
        return Err(vm.type_error(format!(
            "can't send non-None value to a just-started {}",
            kind_word(g.kind)
        )));
    }
    if !started && throw.is_some() {
        // Throwing into a just-started generator raises at its first line and closes it.
        g.finished.set(true);
        g.started.set(true);
        let mut f = frame;
        f.lasti = 0;
        let r = vm.execute(&mut f, throw);
        vm.recycle_frame(f);
        return finish_result(vm, g, r);
    }
    if started && throw.is_none() {
        frame.stack.push(value);
    }
    g.started.set(true);
    g.running.set(true);
    enter_exc_state(vm, &mut frame);
    if let Some(e) = &throw {
        chain_thrown(vm, e);
    }
    frame.yield_sink = sink;
    let r = vm.execute(&mut frame, throw);
    frame.yield_sink = None;
    leave_exc_state(vm, &mut frame);
    g.running.set(false);
    match r {
        Ok(Outcome::Yield(v)) => {
            *g.frame.borrow_mut() = Some(frame);
            Ok(SendResult::Yield(v))
        }
        other => {
            // A finished generator's frame goes back to the pool for the next call.
            vm.recycle_frame(frame);
            finish_result(vm, g, other)
        }
    }
}

/// Makes a resumed generator frame's exception state the running one; the caller's goes
/// below it, where `sys.exc_info()` still sees it while the generator handles nothing.
fn enter_exc_state(vm: &Vm, frame: &mut Frame) {
    let outer = vm.handled_exc.replace(frame.gen_handled_exc.take());
    vm.handled_exc_below.borrow_mut().push(outer);
}

/// An exception thrown into a generator that is handling one gets that one as its
/// `__context__` (only the generator's own: the caller's handled exception is not used).
fn chain_thrown(vm: &Vm, e: &PyErr) {
    if vm.handled_exc.borrow().is_some() {
        crate::objects::exception::set_implicit_context(vm, &e.0);
    }
}

/// Saves the generator frame's exception state and restores the caller's.
fn leave_exc_state(vm: &Vm, frame: &mut Frame) {
    let outer = vm.handled_exc_below.borrow_mut().pop().flatten();
    frame.gen_handled_exc = vm.handled_exc.replace(outer);
}

fn finish_result(vm: &Vm, g: &GeneratorData, r: PyResult<Outcome>) -> PyResult<SendResult> {
    g.finished.set(true);
    match r {
        Ok(Outcome::Return(v)) | Ok(Outcome::Yield(v)) => Ok(SendResult::Return(v)),
        Err(e) => {
            // PEP 479: StopIteration escaping a generator becomes RuntimeError.
            if is_subtype(e.0.class(), &vm.exc.stop_iteration) {
                let msg = format!("{} raised StopIteration", kind_word(g.kind));
                let re = vm.runtime_error(msg);
                chain_cause_and_context(vm, &re.0, &e.0);
                return Err(re);
            }
            if g.kind == GenKind::AsyncGenerator
                && is_subtype(e.0.class(), &vm.exc.stop_async_iteration)
            {
                let re = vm.runtime_error("async generator raised StopAsyncIteration");
                chain_cause_and_context(vm, &re.0, &e.0);
                return Err(re);
            }
            Err(e)
        }
    }
}

/// The RuntimeError replacing a leaked StopIteration has it as both cause and context.
fn chain_cause_and_context(vm: &Vm, re: &PyRef, stop: &PyRef) {
    let _ = crate::objects::exception::set_cause(vm, re, stop.clone());
    if let Payload::Exception(d) = &re.payload {
        *d.context.borrow_mut() = Some(stop.clone());
    }
}

/// If the generator is suspended inside `yield from`/`await`, the object it delegates to.
fn delegate_of(g: &GeneratorData) -> Option<PyRef> {
    let f = g.frame.borrow();
    let f = f.as_ref()?;
    if g.started.get()
        && matches!(
            f.code.instrs.get(f.pc).map(|i| i.get()),
            Some(Instr::YieldFrom)
        )
    {
        return f.stack.last().cloned();
    }
    None
}

/// `gen.throw(exc)`, delegating to a `yield from` target first.
pub fn gen_throw(vm: &Vm, gen: &PyRef, exc: PyErr) -> PyResult<SendResult> {
    let g = gdata(vm, gen)?;
    if let Some(sub) = delegate_of(g) {
        let is_gen_exit = is_subtype(exc.0.class(), &vm.exc.generator_exit);
        let sub_result: PyResult<SendResult> = if is_gen_exit {
            // Close the delegate, then raise GeneratorExit here.
            g.running.set(true);
            let r = close_delegate(vm, &sub);
            g.running.set(false);
            match r {
                Ok(()) => Err(exc),
                Err(e) => Err(e),
            }
        } else if let Payload::Generator(_) = &sub.payload {
            g.running.set(true);
            let frame = g.frame.borrow_mut().take();
            let r = match &frame {
                Some(f) => vm
                    .with_frame_shown(f, || gen_throw(vm, &sub, exc))
                    .and_then(|r| r),
                None => gen_throw(vm, &sub, exc),
            };
            *g.frame.borrow_mut() = frame;
            g.running.set(false);
            r
        } else if let Payload::GenWrapper(_) = &sub.payload {
            g.running.set(true);
            let r = wrapper_throw(vm, &sub, exc);
            g.running.set(false);
            r
        } else {
            match vm.get_attr_opt(&sub, &vm.names.throw)? {
                Some(t) => {
                    g.running.set(true);
                    let r = vm.call(&t, Args::new(std::slice::from_ref(&exc.0)));
                    g.running.set(false);
                    match r {
                        Ok(v) => Ok(SendResult::Yield(v)),
                        Err(e) if is_subtype(e.0.class(), &vm.exc.stop_iteration) => {
                            Ok(SendResult::Return(stop_value(vm, &e.0)))
                        }
                        Err(e) => Err(e),
                    }
                }
                None => Err(exc),
            }
        };
        return match sub_result {
            Ok(SendResult::Yield(v)) => Ok(SendResult::Yield(v)),
            Ok(SendResult::Return(v)) => {
                // The delegate finished: continue after the YieldFrom with its value.
                {
                    let mut fb = g.frame.borrow_mut();
                    if let Some(f) = fb.as_mut() {
                        f.stack.pop();
                        f.stack.push(v);
                        f.pc += 1;
                    }
                }
                // Resume without sending a value: push nothing extra.
                resume_after_delegate(vm, gen)
            }
            Err(e) => {
                {
                    let mut fb = g.frame.borrow_mut();
                    if let Some(f) = fb.as_mut() {
                        f.lasti = f.pc;
                        f.stack.pop();
                    }
                }
                gen_resume_throw_raw(vm, gen, e)
            }
        };
    }
    gen_resume(vm, gen, vm.none(), Some(exc))
}

/// Continues a generator whose delegate just returned (the value is already pushed).
fn resume_after_delegate(vm: &Vm, gen: &PyRef) -> PyResult<SendResult> {
    let g = gdata(vm, gen)?;
    let mut frame = match g.frame.borrow_mut().take() {
        Some(f) => f,
        None => return Ok(SendResult::Return(vm.none())),
    };
    g.running.set(true);
    enter_exc_state(vm, &mut frame);
    let r = vm.execute(&mut frame, None);
    leave_exc_state(vm, &mut frame);
    g.running.set(false);
    match r {
        Ok(Outcome::Yield(v)) => {
            *g.frame.borrow_mut() = Some(frame);
            Ok(SendResult::Yield(v))
        }
        other => {
            // A finished generator's frame goes back to the pool for the next call.
            vm.recycle_frame(frame);
            finish_result(vm, g, other)
        }
    }
}

fn gen_resume_throw_raw(vm: &Vm, gen: &PyRef, e: PyErr) -> PyResult<SendResult> {
    let g = gdata(vm, gen)?;
    let mut frame = match g.frame.borrow_mut().take() {
        Some(f) => f,
        None => return Err(e),
    };
    g.running.set(true);
    enter_exc_state(vm, &mut frame);
    chain_thrown(vm, &e);
    let r = vm.execute(&mut frame, Some(e));
    leave_exc_state(vm, &mut frame);
    g.running.set(false);
    match r {
        Ok(Outcome::Yield(v)) => {
            *g.frame.borrow_mut() = Some(frame);
            Ok(SendResult::Yield(v))
        }
        other => {
            // A finished generator's frame goes back to the pool for the next call.
            vm.recycle_frame(frame);
            finish_result(vm, g, other)
        }
    }
}

fn close_delegate(vm: &Vm, sub: &PyRef) -> PyResult<()> {
    match &sub.payload {
        Payload::Generator(_) => gen_close(vm, sub),
        _ => {
            if let Some(c) = vm.get_attr_opt(sub, &vm.names.close)? {
                vm.call0(&c)?;
            }
            Ok(())
        }
    }
}

pub fn gen_close(vm: &Vm, gen: &PyRef) -> PyResult<()> {
    let g = gdata(vm, gen)?;
    if g.finished.get() {
        return Ok(());
    }
    if !g.started.get() {
        g.finished.set(true);
        *g.frame.borrow_mut() = None;
        return Ok(());
    }
    let exc = PyErr(vm.new_exception(&vm.exc.generator_exit, vec![]));
    match gen_throw(vm, gen, exc) {
        Ok(SendResult::Yield(_)) => {
            let msg = match g.kind {
                GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
                GenKind::Coroutine => "coroutine ignored GeneratorExit",
                _ => "generator ignored GeneratorExit",
            };
            Err(vm.runtime_error(msg))
        }
        Ok(SendResult::Return(_)) => Ok(()),
        Err(e)
            if is_subtype(e.0.class(), &vm.exc.generator_exit)
                || is_subtype(e.0.class(), &vm.exc.stop_iteration) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// The `value` of a StopIteration instance.
pub fn stop_value(vm: &Vm, exc: &PyRef) -> PyRef {
    if let Payload::Exception(d) = &exc.payload {
        if let Payload::Tuple(t) = &d.args.borrow().payload {
            if let Some(v) = t.first() {
                return v.clone();
            }
        }
    }
    vm.none()
}

/// next(gen) for iteration: None when finished.
pub fn gen_next_opt(vm: &Vm, gen: &PyRef) -> PyResult<Option<PyRef>> {
    match gen_resume(vm, gen, vm.none(), None)? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(_) => Ok(None),
    }
}

impl Vm {
    /// One step of `yield from`/`await`: send `value` into `receiver`.
    pub fn yield_from_step(&self, receiver: &PyRef, value: PyRef) -> PyResult<SendResult> {
        match &receiver.payload {
            Payload::Generator(_) if !receiver.class().type_data().heap => {
                gen_resume(self, receiver, value, None)
            }
            Payload::GenWrapper(_) => wrapper_send(self, receiver, value),
            _ => {
                let r = if self.is_none(&value) {
                    match type_lookup(receiver.class(), &self.names.__next__) {
                        Some(n) => self.call1(&n, receiver.clone()),
                        None => {
                            return Err(self.type_error(format!(
                                "'{}' object is not an iterator",
                                receiver.type_name()
                            )))
                        }
                    }
                } else {
                    self.call_method(receiver, "send", &[value])
                };
                match r {
                    Ok(v) => Ok(SendResult::Yield(v)),
                    Err(e) if is_subtype(e.0.class(), &self.exc.stop_iteration) => {
                        Ok(SendResult::Return(stop_value(self, &e.0)))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    pub fn get_yield_from_iter(
        &self,
        o: &PyRef,
        code: &crate::compile::code::CodeObject,
    ) -> PyResult {
        if let Payload::Generator(g) = &o.payload {
            if g.kind == GenKind::Coroutine
                && code.flags & (flags::COROUTINE | flags::ITERABLE_COROUTINE) == 0
            {
                return Err(self.type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ));
            }
            return Ok(o.clone());
        }
        self.get_iter(o)
    }

    pub fn get_awaitable(&self, o: &PyRef) -> PyResult {
        if let Payload::Generator(g) = &o.payload {
            if g.kind == GenKind::Coroutine {
                if delegate_of(g).is_some() {
                    return Err(self.runtime_error("coroutine is being awaited already"));
                }
                return Ok(o.clone());
            }
            if let Payload::Code(c) = &g.code.payload {
                if c.flags & flags::ITERABLE_COROUTINE != 0 {
                    return Ok(o.clone());
                }
            }
        }
        if let Payload::GenWrapper(_) = &o.payload {
            return Ok(o.clone());
        }
        match self.call_special(o, &self.names.__await__, &[])? {
            Some(it) => {
                if let Payload::Generator(g) = &it.payload {
                    if g.kind == GenKind::Coroutine {
                        return Err(self.type_error("__await__() returned a coroutine"));
                    }
                }
                if type_lookup(it.class(), &self.names.__next__).is_none() {
                    return Err(self.type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        it.type_name()
                    )));
                }
                Ok(it)
            }
            None => Err(self.type_error(format!(
                "object {} can't be used in 'await' expression",
                o.type_name()
            ))),
        }
    }

    /// `get_awaitable` for GET_AWAITABLE `k`: the result of `__aenter__` (1) or
    /// `__aexit__` (2) without `__await__` gets the `async with` message.
    pub fn get_awaitable_for(&self, o: &PyRef, k: u32) -> PyResult {
        let r = self.get_awaitable(o);
        if k != 0
            && r.is_err()
            && !matches!(o.payload, Payload::Generator(_) | Payload::GenWrapper(_))
            && type_lookup(o.class(), &self.names.__await__).is_none()
        {
            let which = if k == 1 { "__aenter__" } else { "__aexit__" };
            return Err(self.type_error(format!(
                "'async with' received an object from {} that does not implement __await__: {}",
                which,
                o.type_name()
            )));
        }
        r
    }

    pub fn get_aiter(&self, o: &PyRef) -> PyResult {
        match self.call_special(o, &self.names.__aiter__, &[])? {
            Some(it) => {
                if type_lookup(it.class(), &self.names.__anext__).is_none() {
                    return Err(self.type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                        it.type_name()
                    )));
                }
                Ok(it)
            }
            None => Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                o.type_name()
            ))),
        }
    }

    pub fn get_anext_awaitable(&self, it: &PyRef) -> PyResult {
        if let Payload::Generator(g) = &it.payload {
            if g.kind == GenKind::AsyncGenerator {
                return Ok(new_wrapper(self, it, GenWrapperKind::ASend, None));
            }
        }
        let aw = match self.call_special(it, &self.names.__anext__, &[])? {
            Some(a) => a,
            None => {
                return Err(self.type_error(format!(
                    "'async for' requires an iterator with __anext__ method, got {}",
                    it.type_name()
                )))
            }
        };
        self.get_awaitable(&aw).map_err(|e| {
            let te = self.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                aw.type_name()
            ));
            chain_cause_and_context(self, &te.0, &e.0);
            te
        })
    }
}

fn new_wrapper(vm: &Vm, gen: &PyRef, kind: GenWrapperKind, value: Option<PyRef>) -> PyRef {
    let ty = match kind {
        GenWrapperKind::CoroAwait => &vm.types.coroutine_wrapper,
        GenWrapperKind::ASend => &vm.types.async_gen_asend,
        _ => &vm.types.async_gen_athrow,
    };
    PyRef::new(
        ty.clone(),
        Payload::GenWrapper(Box::new(GenWrapperData {
            gen: gen.clone(),
            kind,
            value: RefCell::new(value),
            state: Cell::new(0),
        })),
    )
}

fn wdata<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a GenWrapperData> {
    match &o.payload {
        Payload::GenWrapper(w) => Ok(w),
        _ => Err(vm.type_error("awaitable expected")),
    }
}

/// Interprets an async generator step for asend/athrow: wrapped yields finish the
/// awaitable with StopIteration(value); a return ends iteration.
fn agen_step(
    vm: &Vm,
    w: &GenWrapperData,
    r: PyResult<SendResult>,
    closing: bool,
) -> PyResult<SendResult> {
    match r {
        Ok(SendResult::Yield(y)) => {
            if let Payload::Native(n) = &y.payload {
                if let Some(wv) = n.downcast_ref::<AsyncGenWrapped>() {
                    w.state.set(2);
                    if closing {
                        return Err(vm.runtime_error("async generator ignored GeneratorExit"));
                    }
                    return Ok(SendResult::Return(wv.0.clone()));
                }
            }
            Ok(SendResult::Yield(y))
        }
        Ok(SendResult::Return(_)) => {
            w.state.set(2);
            if closing {
                return Ok(SendResult::Return(vm.none()));
            }
            Err(PyErr(
                vm.new_exception(&vm.exc.stop_async_iteration, vec![]),
            ))
        }
        Err(e) => {
            w.state.set(2);
            if closing
                && (is_subtype(e.0.class(), &vm.exc.generator_exit)
                    || is_subtype(e.0.class(), &vm.exc.stop_async_iteration))
            {
                return Ok(SendResult::Return(vm.none()));
            }
            Err(e)
        }
    }
}

pub fn wrapper_send(vm: &Vm, wrapper: &PyRef, value: PyRef) -> PyResult<SendResult> {
    let w = wdata(vm, wrapper)?;
    if w.state.get() == 2 {
        return match w.kind {
            GenWrapperKind::CoroAwait => gen_resume(vm, &w.gen, value, None),
            _ => Err(vm.runtime_error(match w.kind {
                GenWrapperKind::ASend => "cannot reuse already awaited __anext__()/asend()",
                GenWrapperKind::AClose => "cannot reuse already awaited aclose()/athrow()",
                _ => "cannot reuse already awaited aclose()/athrow()",
            })),
        };
    }
    match w.kind {
        GenWrapperKind::CoroAwait => gen_resume(vm, &w.gen, value, None),
        GenWrapperKind::ASend => {
            let v = if w.state.get() == 0 {
                w.state.set(1);
                w.value.borrow_mut().take().unwrap_or(value)
            } else {
                value
            };
            let r = gen_resume(vm, &w.gen, v, None);
            agen_step(vm, w, r, false)
        }
        GenWrapperKind::AThrow | GenWrapperKind::AClose => {
            let closing = w.kind == GenWrapperKind::AClose;
            if w.state.get() == 0 {
                w.state.set(1);
                let g = gdata(vm, &w.gen)?;
                if g.finished.get() || (closing && !g.started.get()) {
                    w.state.set(2);
                    g.finished.set(true);
                    if closing {
                        return Ok(SendResult::Return(vm.none()));
                    }
                    return Err(PyErr(
                        vm.new_exception(&vm.exc.stop_async_iteration, vec![]),
                    ));
                }
                let exc = match w.value.borrow_mut().take() {
                    Some(e) => PyErr(e),
                    None => PyErr(vm.new_exception(&vm.exc.generator_exit, vec![])),
                };
                let r = gen_throw(vm, &w.gen, exc);
                return agen_step(vm, w, r, closing);
            }
            let r = gen_resume(vm, &w.gen, value, None);
            agen_step(vm, w, r, closing)
        }
    }
}

pub fn wrapper_throw(vm: &Vm, wrapper: &PyRef, exc: PyErr) -> PyResult<SendResult> {
    let w = wdata(vm, wrapper)?;
    let r = gen_throw(vm, &w.gen, exc);
    match w.kind {
        GenWrapperKind::CoroAwait => r,
        GenWrapperKind::ASend => agen_step(vm, w, r, false),
        _ => agen_step(vm, w, r, w.kind == GenWrapperKind::AClose),
    }
}

// ----- Python-visible methods ---------------------------------------------------------

fn send_result_to_py(vm: &Vm, r: PyResult<SendResult>) -> PyResult {
    match r? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => {
            if vm.is_none(&v) {
                Err(vm.stop_iteration(None))
            } else {
                Err(vm.stop_iteration(Some(v)))
            }
        }
    }
}

fn gen_send_m(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "send", args, 2, 2)?;
    send_result_to_py(vm, gen_resume(vm, &a[0], a[1].clone(), None))
}

fn gen_next_m(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    send_result_to_py(vm, gen_resume(vm, this, vm.none(), None))
}

/// Builds the exception for throw(typ[, val[, tb]]).
pub fn make_throw_exc(vm: &Vm, a: &[PyRef]) -> PyResult<PyErr> {
    let typ = &a[0];
    let val = a.get(1).filter(|v| !vm.is_none(v));
    let tb = a.get(2).filter(|v| !vm.is_none(v));
    if let Some(t) = tb {
        if !matches!(t.payload, Payload::Traceback(_)) {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let exc = if typ.is_type() && is_subtype(typ, &vm.exc.base_exception) {
        let inst = match val {
            Some(v) if is_subtype(v.class(), typ) => Ok(v.clone()),
            Some(v) => {
                let args: Vec<PyRef> = match &v.payload {
                    Payload::Tuple(t) => t.to_vec(),
                    _ => vec![v.clone()],
                };
                vm.call(typ, Args::new(&args))
            }
            None => vm.call0(typ),
        };
        // A failure to build the exception is itself what gets thrown into the generator.
        let inst = match inst {
            Ok(i) => i,
            Err(e) => return Ok(e),
        };
        if !is_subtype(inst.class(), &vm.exc.base_exception) {
            return Ok(vm.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                vm.repr_str(typ)?,
                inst.type_name()
            )));
        }
        inst
    } else if is_subtype(typ.class(), &vm.exc.base_exception) {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.type_name()
        )));
    };
    if let Some(t) = tb {
        if let Payload::Exception(d) = &exc.payload {
            d.traceback.replace(Some(t.clone()));
        }
    }
    Ok(PyErr(exc))
}

fn gen_throw_m(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "throw", args, 2, 4)?;
    let exc = make_throw_exc(vm, &a[1..])?;
    send_result_to_py(vm, gen_throw(vm, &a[0], exc))
}

fn gen_close_m(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    gen_close(vm, this)?;
    Ok(vm.none())
}

fn gen_iter(vm: &Vm, args: Args) -> PyResult {
    Ok(args::this(vm, &args)?.clone())
}

fn gen_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let g = gdata(vm, this)?;
    Ok(vm.new_string(format!(
        "<{} object {} at {:#x}>",
        this.type_name(),
        vm.str_of(&g.qualname.borrow()).unwrap_or(""),
        this.id()
    )))
}

fn get_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(gdata(vm, o)?.name.borrow().clone())
}
fn set_name(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    *gdata(vm, o)?.name.borrow_mut() = str_attr(vm, v, "__name__")?;
    Ok(())
}
fn get_qualname(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(gdata(vm, o)?.qualname.borrow().clone())
}
fn set_qualname(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    *gdata(vm, o)?.qualname.borrow_mut() = str_attr(vm, v, "__qualname__")?;
    Ok(())
}
/// The new value of a name attribute: a str (deleting is refused the same way).
fn str_attr(vm: &Vm, v: Option<PyRef>, what: &str) -> PyResult {
    match v {
        Some(s) if matches!(s.payload, Payload::Str(_)) => Ok(s),
        _ => Err(vm.type_error(format!("{} must be set to a string object", what))),
    }
}
fn get_running(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(gdata(vm, o)?.running.get()))
}
fn get_code(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(gdata(vm, o)?.code.clone())
}
fn get_frame(vm: &Vm, o: &PyRef) -> PyResult {
    let g = gdata(vm, o)?;
    if g.finished.get() {
        return Ok(vm.none());
    }
    let fb = g.frame.borrow();
    match fb.as_ref() {
        Some(f) => {
            let fo = crate::objects::exception::frame_object_for(vm, f);
            if let Payload::Frame(fd) = &fo.payload {
                if f.locals.is_none() {
                    *fd.locals.borrow_mut() = Some(fast_locals_dict(vm, f)?);
                }
                // Not started yet: CPython reports the `def` line.
                if f.pc == 0 {
                    fd.lineno.set(f.code.firstlineno);
                    fd.lasti.set(0);
                }
            }
            Ok(fo)
        }
        None => Ok(vm.none()),
    }
}

/// A snapshot of a frame's fast locals and cell contents, as `f_locals` shows.
pub(crate) fn fast_locals_dict(vm: &Vm, f: &Frame) -> PyResult {
    let d = vm.new_dict();
    let code = &f.code;
    let names = code
        .varnames
        .iter()
        .chain(code.cellvars.iter())
        .chain(code.freevars.iter());
    for (i, name) in names.enumerate() {
        let is_cell_slot = i >= code.nlocals();
        let v = match f.fast.get(i) {
            Some(Some(v)) => v,
            _ => continue,
        };
        let value = match &v.payload {
            Payload::Cell(c) if is_cell_slot => c.borrow().clone(),
            _ => Some(v.clone()),
        };
        if let Some(value) = value {
            vm.dict_set_item(&d, name.clone(), value)?;
        }
    }
    Ok(d)
}
fn get_suspended(vm: &Vm, o: &PyRef) -> PyResult {
    let g = gdata(vm, o)?;
    Ok(vm.new_bool(g.started.get() && !g.finished.get() && !g.running.get()))
}
fn get_yieldfrom(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(delegate_of(gdata(vm, o)?).unwrap_or_else(|| vm.none()))
}

fn coro_await(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(new_wrapper(vm, this, GenWrapperKind::CoroAwait, None))
}

fn agen_aiter(vm: &Vm, args: Args) -> PyResult {
    Ok(args::this(vm, &args)?.clone())
}
fn agen_anext(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(new_wrapper(vm, this, GenWrapperKind::ASend, None))
}
fn agen_asend(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "asend", args, 2, 2)?;
    Ok(new_wrapper(
        vm,
        &a[0],
        GenWrapperKind::ASend,
        Some(a[1].clone()),
    ))
}
fn agen_athrow(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "athrow", args, 2, 4)?;
    let exc = make_throw_exc(vm, &a[1..])?;
    Ok(new_wrapper(vm, &a[0], GenWrapperKind::AThrow, Some(exc.0)))
}
fn agen_aclose(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(new_wrapper(vm, this, GenWrapperKind::AClose, None))
}

fn wrapper_send_m(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "send", args, 2, 2)?;
    send_result_to_py(vm, wrapper_send(vm, &a[0], a[1].clone()))
}
fn wrapper_next_m(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    send_result_to_py(vm, wrapper_send(vm, this, vm.none()))
}
fn wrapper_throw_m(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "throw", args, 2, 4)?;
    let exc = make_throw_exc(vm, &a[1..])?;
    send_result_to_py(vm, wrapper_throw(vm, &a[0], exc))
}
fn wrapper_close_m(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let w = wdata(vm, this)?;
    w.state.set(2);
    Ok(vm.none())
}

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    for t in [
        &vm.types.generator,
        &vm.types.coroutine,
        &vm.types.async_generator,
    ] {
        crate::objects::add_methods(vm, t, &[("__repr__", gen_repr)]);
        add_getset(vm, t, "__name__", get_name, Some(set_name));
        add_getset(vm, t, "__qualname__", get_qualname, Some(set_qualname));
    }
    let g = &vm.types.generator;
    crate::objects::add_methods(
        vm,
        g,
        &[
            ("__iter__", gen_iter),
            ("__next__", gen_next_m),
            ("send", gen_send_m),
            ("throw", gen_throw_m),
            ("close", gen_close_m),
        ],
    );
    add_getset(vm, g, "gi_running", get_running, None);
    add_getset(vm, g, "gi_code", get_code, None);
    add_getset(vm, g, "gi_frame", get_frame, None);
    add_getset(vm, g, "gi_suspended", get_suspended, None);
    add_getset(vm, g, "gi_yieldfrom", get_yieldfrom, None);
    let c = &vm.types.coroutine;
    crate::objects::add_methods(
        vm,
        c,
        &[
            ("send", gen_send_m),
            ("throw", gen_throw_m),
            ("close", gen_close_m),
            ("__await__", coro_await),
        ],
    );
    add_getset(vm, c, "cr_running", get_running, None);
    add_getset(vm, c, "cr_code", get_code, None);
    add_getset(vm, c, "cr_frame", get_frame, None);
    add_getset(vm, c, "cr_suspended", get_suspended, None);
    add_getset(vm, c, "cr_await", get_yieldfrom, None);
    let ag = &vm.types.async_generator;
    crate::objects::add_methods(
        vm,
        ag,
        &[
            ("__aiter__", agen_aiter),
            ("__anext__", agen_anext),
            ("asend", agen_asend),
            ("athrow", agen_athrow),
            ("aclose", agen_aclose),
        ],
    );
    add_getset(vm, ag, "ag_running", get_running, None);
    add_getset(vm, ag, "ag_code", get_code, None);
    add_getset(vm, ag, "ag_frame", get_frame, None);
    add_getset(vm, ag, "ag_await", get_yieldfrom, None);
    for t in [
        &vm.types.coroutine_wrapper,
        &vm.types.async_gen_asend,
        &vm.types.async_gen_athrow,
    ] {
        crate::objects::add_methods(
            vm,
            t,
            &[
                ("__iter__", gen_iter),
                ("__await__", gen_iter),
                ("__next__", wrapper_next_m),
                ("send", wrapper_send_m),
                ("throw", wrapper_throw_m),
                ("close", wrapper_close_m),
            ],
        );
    }
}
