//! The `Call(n)` instruction of the eval loop: unpacking `method, self` pairs, exact
//! positional calls of Python functions (the frame is built here and pushed by the loop),
//! generator functions, `Class(...)` with a Python `__init__` run as a frame of the same
//! loop, `super()`, and builtins called on the stack slice; everything else goes through
//! `Vm::call`.

use crate::compile::code::flags;
use crate::object::payload::*;
use crate::object::PyRef;

use super::frame::Frame;
use super::Vm;

impl Vm {
    /// Records where the running frame is (its call instruction) for frame readers
    /// (`sys._getframe(n).f_lineno`, `warnings`, `logging`) before it calls out.
    #[inline]
    pub(super) fn note_call_site(&self, f: &Frame) {
        if let Some(top) = self.frame_stack.borrow().last() {
            top.lasti.set(f.lasti);
        }
    }

    /// `Class(args)` for a plain class (metaclass `type`, `object.__new__`, not abstract)
    /// whose `__init__` is a Python function: the instance is made here and `__init__`
    /// runs as a frame of this loop (no nested `execute`); the frame's `init_self` turns
    /// its `None` result into the instance. `None` when the class needs the general
    /// `type.__call__`. The arguments stay on the caller's stack for the caller to drop.
    fn init_frame(
        &self,
        cls: &PyRef,
        f: &mut Frame,
        args_start: usize,
        kw: &[PyRef],
    ) -> PyResult<Option<Box<Frame>>> {
        let td = cls.type_data();
        if !td.heap || td.layout != Layout::Object || !cls.class().is(&self.types.type_) {
            return Ok(None);
        }
        let new = crate::object::typeobj::type_lookup(cls, &self.names.__new__);
        if !crate::objects::object::is_object_new(&new) {
            return Ok(None);
        }
        let Some(init) = crate::object::typeobj::type_lookup(cls, &self.names.__init__) else {
            return Ok(None);
        };
        let Payload::Function(func) = &init.payload else {
            return Ok(None);
        };
        let code_ref = func.code.borrow();
        let Payload::Code(code) = &code_ref.payload else {
            return Ok(None);
        };
        if code.is_generator_like()
            || crate::object::typeobj::type_lookup(cls, &self.names.__abstractmethods__).is_some()
        {
            return Ok(None);
        }
        let obj = self.new_object_of(cls, Payload::Object);
        let args = &f.stack[args_start..];
        let mut frame = if kw.is_empty()
            && args.len() + 1 == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        {
            let mut frame = self.alloc_frame(&code_ref, code, &func.globals, &func.builtins, None);
            frame.fast[0] = Some(obj.clone());
            for (slot, a) in frame.fast[1..].iter_mut().zip(args) {
                *slot = Some(a.clone());
            }
            self.init_cells(&mut frame, func, code);
            frame
        } else {
            // Defaults, keywords, `*args`: the general binder, with the instance first.
            let mut with_self = Vec::with_capacity(args.len() + 1);
            with_self.push(obj.clone());
            with_self.extend_from_slice(args);
            self.bind_function_frame(&code_ref, func, code, Args::with_kw(&with_self, kw))?
        };
        frame.init_self = Some(obj);
        Ok(Some(frame))
    }

    /// The `Call(n)` instruction: returns a frame to push for Python functions, or
    /// pushes the result of any other call.
    pub(super) fn call_instr(&self, f: &mut Frame, n: usize) -> PyResult<Option<Box<Frame>>> {
        let kwnames = f.kwnames.take();
        let len = f.stack.len();
        let base = len - n - 2;
        let kw: &[PyRef] = match &kwnames {
            Some(t) => match &t.payload {
                Payload::Tuple(items) => items,
                _ => &[],
            },
            None => &[],
        };
        // Unpack bound methods in place so the callee sees `self` as first argument.
        if self.is_null(&f.stack[base]) {
            match &f.stack[base + 1].payload {
                Payload::Method(m) => {
                    let (func, selfv) = (m.0.clone(), m.1.clone());
                    f.stack[base] = func;
                    f.stack[base + 1] = selfv;
                }
                Payload::NativeFunction(nf) if nf.bound_self.is_some() => {
                    // A bound native method (`push = items.append`): `[NULL, bound,
                    // args..]` becomes `[bound, self, args..]` and the native is called on
                    // the stack slice, without building an argument vector.
                    let (func, needs_frame) = (nf.func, nf.needs_frame);
                    let selfv = nf.bound_self.clone();
                    let bound = f.stack[base + 1].clone();
                    f.stack[base] = bound;
                    if let Some(s) = selfv {
                        f.stack[base + 1] = s;
                    }
                    self.note_call_site(f);
                    if needs_frame {
                        self.publish_frame(f)?;
                    }
                    let r = func(self, Args::with_kw(&f.stack[base + 1..], kw));
                    f.stack.truncate(base);
                    f.stack.push(r?);
                    return Ok(None);
                }
                _ => {}
            }
        }
        let (callable_at, args_start) = if self.is_null(&f.stack[base]) {
            (base + 1, base + 2)
        } else {
            (base, base + 1)
        };
        let nargs = len - args_start;
        // Exact positional call of a Python function: the frame is built while the
        // function is still on the stack (no count traffic on it), then the arguments
        // move into its first locals.
        let exact_frame = match &f.stack[callable_at].payload {
            Payload::Function(func) if kw.is_empty() => {
                // The borrow of `__code__` lasts while the frame is built (no Python code
                // runs then); the frame keeps its own reference.
                let code_ref = func.code.borrow();
                match &code_ref.payload {
                    Payload::Code(code)
                        if nargs == code.argcount as usize
                            && code.kwonlyargcount == 0
                            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0 =>
                    {
                        let frame =
                            self.alloc_frame(&code_ref, code, &func.globals, &func.builtins, None);
                        Some((
                            frame,
                            code.flags & flags::NOFREE == 0,
                            code.is_generator_like(),
                        ))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some((mut frame, has_cells, is_generator)) = exact_frame {
            frame.take_args(&mut f.stack, nargs);
            let Payload::Function(func) = &f.stack[callable_at].payload else {
                unreachable!("the callable was a function above");
            };
            if has_cells {
                if let Payload::Code(code) = &func.code.borrow().payload {
                    self.init_cells(&mut frame, func, code);
                }
            }
            if is_generator {
                // Calling a generator (or coroutine) function makes the generator object;
                // its frame runs on the first resume.
                let gen = crate::objects::generator::new_generator(self, frame, func);
                f.stack.truncate(base);
                f.stack.push(gen);
                return Ok(None);
            }
            f.stack.truncate(base);
            return Ok(Some(frame));
        }
        let callable = f.stack[callable_at].clone();
        if let Payload::Function(func) = &callable.payload {
            let code_ref = func.code.borrow();
            if let Payload::Code(code) = &code_ref.payload {
                if !code.is_generator_like() {
                    let frame = self.bind_function_frame(
                        &code_ref,
                        func,
                        code,
                        Args::with_kw(&f.stack[args_start..], kw),
                    )?;
                    f.stack.truncate(base);
                    return Ok(Some(frame));
                }
            }
        }
        if callable.is(&self.types.super_) && kw.is_empty() && len - args_start == 2 {
            // `super()` (compiled as `super(__class__, self)`) and `super(C, self)`.
            self.note_call_site(f);
            let (ty, obj) = (f.stack[args_start].clone(), f.stack[args_start + 1].clone());
            let r = crate::objects::property::new_super(self, &callable, ty, Some(obj));
            f.stack.truncate(base);
            f.stack.push(r?);
            return Ok(None);
        }
        if let Payload::Type(_) = &callable.payload {
            if let Some(frame) = self.init_frame(&callable, f, args_start, kw)? {
                f.stack.truncate(base);
                return Ok(Some(frame));
            }
        }
        if let Payload::NativeFunction(nf) = &callable.payload {
            if nf.needs_frame {
                self.publish_frame(f)?;
            }
            if nf.bound_self.is_none() && nf.kind == NativeKind::Function {
                // A builtin function (`len(x)`): called on the stack slice directly.
                self.note_call_site(f);
                let r = (nf.func)(self, Args::with_kw(&f.stack[args_start..], kw));
                f.stack.truncate(base);
                f.stack.push(r?);
                return Ok(None);
            }
        }
        self.note_call_site(f);
        let r = self.call(&callable, Args::with_kw(&f.stack[args_start..], kw));
        f.stack.truncate(base);
        f.stack.push(r?);
        Ok(None)
    }
}
