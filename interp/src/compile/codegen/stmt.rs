//! Statements: control flow, exception handling, `with`, definitions and imports.

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{CResult, Compiler, FBlock, Label, Mode};
use crate::compile::bytecode::{BinOp, Instr};
use crate::compile::code::flags;
use crate::compile::symtable::ScopeKind;

const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &[Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &Stmt) -> CResult {
        self.set_line(s);
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if !matches!(self.u().kind, ScopeKind::Function | ScopeKind::Lambda) {
                    return Err(self.err(r, "'return' outside function"));
                }
                if r.value.is_some() && self.u().flags & flags::ASYNC_GENERATOR != 0 {
                    return Err(self.err(r, "'return' with value in async generator"));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const_none(),
                }
                if self.exits_except_star(false) {
                    return Err(self.err(r, EXCEPT_STAR_EXIT));
                }
                self.unwind_fblocks(true, None)?;
                self.set_line(s);
                self.emit(Instr::ReturnValue);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::TypeAlias(t) => Err(self.err(t, "invalid syntax")),
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(s);
                self.emit(Instr::Raise(n));
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    self.try_star(t)
                } else if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                self.check_assert_tuple(&a.test)?;
                if self.optimize > 0 {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.emit(Instr::PushNull);
                    self.emit(Instr::Swap(2));
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.place(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.load_const_int(0);
                    self.load_const_none();
                    let idx = self.name_index(a.name.as_str());
                    self.emit(Instr::ImportName(idx));
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule.
                            let parts: Vec<&str> = a.name.as_str().split('.').collect();
                            for p in &parts[1..] {
                                let pi = self.name_index(p);
                                self.emit(Instr::ImportFrom(pi));
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::PopTop);
                            }
                            self.name_store(asname.as_str());
                        }
                        None => {
                            let first = a.name.as_str().split('.').next().unwrap_or("");
                            self.name_store(first);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                self.load_const_int(i.level as i64);
                let names: Vec<String> = i.names.iter().map(|a| a.name.to_string()).collect();
                let t = self.const_str_tuple(&names);
                self.emit(Instr::LoadConst(t));
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let idx = self.name_index(&module);
                self.emit(Instr::ImportName(idx));
                if names.len() == 1 && names[0] == "*" {
                    self.emit(Instr::ImportStar);
                    return Ok(());
                }
                for a in &i.names {
                    let ni = self.name_index(a.name.as_str());
                    self.emit(Instr::ImportFrom(ni));
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.name_store(&bound);
                }
                self.emit(Instr::PopTop);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Instr::PrintExpr);
                } else if matches!(
                    &*e.value,
                    Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::EllipsisLiteral(_)
                ) {
                    // Constant expression statements do nothing.
                } else {
                    self.expr(&e.value)?;
                    self.emit(Instr::PopTop);
                }
                Ok(())
            }
            Stmt::Break(b) => self.break_continue(b.range().start().to_u32(), true),
            Stmt::Continue(c) => self.break_continue(c.range().start().to_u32(), false),
            Stmt::IpyEscapeCommand(c) => Err(self.err(c, "invalid syntax")),
        }
    }

    fn break_continue(&mut self, offset: u32, is_break: bool) -> CResult {
        let word = if is_break { "'break'" } else { "'continue'" };
        let has_loop = self
            .u()
            .fblocks
            .iter()
            .any(|(f, _)| matches!(f, FBlock::Loop { .. }));
        if !has_loop {
            return Err(self.err_range(
                offset,
                offset,
                "SyntaxError",
                format!("{} outside loop", word),
            ));
        }
        if self.exits_except_star(true) {
            return Err(self.err_range(offset, offset, "SyntaxError", EXCEPT_STAR_EXIT));
        }
        let target = self.unwind_fblocks(false, Some(is_break))?;
        if let Some(l) = target {
            self.emit(Instr::Jump(l.0));
        }
        Ok(())
    }

    /// Whether leaving the enclosing blocks (up to the innermost loop when `to_loop`)
    /// would jump out of an `except*` clause.
    fn exits_except_star(&self, to_loop: bool) -> bool {
        for (b, _) in self.u().fblocks.iter().rev() {
            match b {
                FBlock::Loop { .. } if to_loop => return false,
                FBlock::ExceptStarBody => return true,
                _ => {}
            }
        }
        false
    }

    /// Emits the clean-up of enclosing blocks for `return` (`preserve_tos`) or for
    /// break/continue (stops at the innermost loop and returns its target label).
    fn unwind_fblocks(
        &mut self,
        preserve_tos: bool,
        loop_exit: Option<bool>,
    ) -> CResult<Option<Label>> {
        let saved_blocks = self.u().fblocks.clone();
        let saved_handlers = self.u().handler_stack.clone();
        let saved_depth = self.u().depth;
        let mut result = None;
        let mut i = saved_blocks.len();
        while i > 0 {
            i -= 1;
            let (block, handler_before) = saved_blocks[i].clone();
            match block {
                FBlock::Loop {
                    cont,
                    brk,
                    has_iter,
                } => {
                    if let Some(is_break) = loop_exit {
                        if is_break {
                            if has_iter {
                                self.emit(Instr::PopTop);
                            }
                            result = Some(brk);
                        } else {
                            result = Some(cont);
                        }
                        break;
                    }
                    if has_iter {
                        if preserve_tos {
                            self.emit(Instr::Swap(2));
                        }
                        self.emit(Instr::PopTop);
                    }
                }
                FBlock::TryExcept | FBlock::ExceptStarBody => {
                    self.restore_handler(handler_before);
                }
                FBlock::Finally { body } => {
                    self.restore_handler(handler_before);
                    // Run the finally body with the outer blocks in force.
                    self.unit().fblocks.truncate(i);
                    if preserve_tos {
                        self.unit().depth += 1;
                        // A break/continue/return in the body drops the pending value.
                        self.push_fblock(FBlock::PopValue);
                    }
                    self.stmts(&body)?;
                    if preserve_tos {
                        self.unit().depth -= 1;
                    }
                }
                FBlock::PopValue => {
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopTop);
                }
                FBlock::FinallyEnd => {
                    self.restore_handler(handler_before);
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopTop); // the exception
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopExcept);
                }
                FBlock::With { is_async } => {
                    self.restore_handler(handler_before);
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.call_exit_none(is_async);
                }
                FBlock::ExceptHandler { name } => {
                    self.restore_handler(handler_before);
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopExcept);
                    if let Some(n) = name {
                        self.load_const_none();
                        self.name_store(&n);
                        self.name_delete(&n);
                    }
                }
            }
        }
        let u = self.unit();
        u.fblocks = saved_blocks;
        u.handler_stack = saved_handlers;
        u.depth = saved_depth;
        Ok(result)
    }

    fn restore_handler(&mut self, h: Option<(Label, u32)>) {
        let u = self.unit();
        match h {
            Some(h) => {
                if let Some(pos) = u.handler_stack.iter().rposition(|x| *x == h) {
                    u.handler_stack.truncate(pos + 1);
                }
            }
            None => u.handler_stack.clear(),
        }
    }

    fn push_fblock(&mut self, b: FBlock) {
        let h = self.u().handler_stack.last().copied();
        self.unit().fblocks.push((b, h));
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    /// exit on TOS: calls exit(None, None, None) and discards the result.
    fn call_exit_none(&mut self, is_async: bool) {
        self.emit(Instr::PushNull);
        self.emit(Instr::Swap(2));
        self.load_const_none();
        self.load_const_none();
        self.load_const_none();
        self.emit(Instr::Call(3));
        if is_async {
            self.emit(Instr::GetAwaitable(2));
            self.load_const_none();
            self.emit(Instr::YieldFrom);
        }
        self.emit(Instr::PopTop);
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit(Instr::Jump(end.0));
            self.place(next);
            next = self.new_label();
            if let Some(t) = &clause.test {
                self.set_line(t);
                self.jump_if(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.place(next);
        self.place(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.place(start);
        self.jump_if(&w.test, false, orelse)?;
        self.push_fblock(FBlock::Loop {
            cont: start,
            brk: end,
            has_iter: false,
        });
        self.stmts(&w.body)?;
        self.pop_fblock();
        self.emit(Instr::Jump(start.0));
        self.place(orelse);
        self.stmts(&w.orelse)?;
        self.place(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> CResult {
        if f.is_async {
            return self.async_for(f);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_line(&*f.iter);
        self.emit(Instr::GetIter);
        self.unit().depth += 1;
        self.place(start);
        self.emit(Instr::ForIter(cleanup.0));
        self.store_target(&f.target)?;
        self.push_fblock(FBlock::Loop {
            cont: start,
            brk: end,
            has_iter: true,
        });
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.emit(Instr::Jump(start.0));
        self.place(cleanup);
        self.unit().depth -= 1;
        self.stmts(&f.orelse)?;
        self.place(end);
        Ok(())
    }

    fn check_async(&self, node: &impl Ranged, what: &str) -> CResult {
        let u = self.u();
        if u.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) == 0 && !u.in_async_comprehension {
            return Err(self.err(node, format!("{} outside async function", what)));
        }
        Ok(())
    }

    fn async_for(&mut self, f: &ast::StmtFor) -> CResult {
        self.check_async(f, "'async for'")?;
        let start = self.new_label();
        let handler = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Instr::GetAIter);
        self.unit().depth += 1;
        self.place(start);
        let d = self.u().depth;
        self.push_handler(handler, d);
        self.emit(Instr::GetANext);
        self.load_const_none();
        self.emit(Instr::YieldFrom);
        self.pop_handler();
        self.store_target(&f.target)?;
        self.push_fblock(FBlock::Loop {
            cont: start,
            brk: end,
            has_iter: true,
        });
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.emit(Instr::Jump(start.0));
        self.place(handler);
        self.emit(Instr::EndAsyncFor);
        self.unit().depth -= 1;
        self.stmts(&f.orelse)?;
        self.place(end);
        Ok(())
    }

    fn try_except(&mut self, t: &ast::StmtTry) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let orelse = self.new_label();
        let d = self.u().depth;
        self.push_fblock(FBlock::TryExcept);
        self.push_handler(handler, d);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.pop_fblock();
        self.emit(Instr::Nop);
        self.place(orelse);
        self.stmts(&t.orelse)?;
        self.emit(Instr::Jump(end.0));
        self.except_handlers(&t.handlers, handler, end)?;
        self.place(end);
        Ok(())
    }

    /// Emits the handler code of a try/except whose entry label is `handler`.
    fn except_handlers(
        &mut self,
        handlers: &[ast::ExceptHandler],
        handler: Label,
        end: Label,
    ) -> CResult {
        let cleanup = self.new_label();
        let d = self.u().depth;
        self.place(handler);
        self.push_handler(cleanup, d + 1);
        self.emit(Instr::PushExcInfo);
        self.unit().depth += 1;
        for (idx, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    self.emit(Instr::PopJumpIfFalse(next.0));
                }
                None => {
                    if idx + 1 != handlers.len() {
                        return Err(self.err(h, "default 'except:' must be last"));
                    }
                }
            }
            let name = h.name.as_ref().map(|n| n.to_string());
            match &name {
                Some(n) => self.name_store(n),
                None => self.emit(Instr::PopTop),
            }
            let name_cleanup = self.new_label();
            if name.is_some() {
                let d2 = self.u().depth;
                self.push_handler(name_cleanup, d2);
            }
            self.push_fblock(FBlock::ExceptHandler { name: name.clone() });
            self.stmts(&h.body)?;
            self.pop_fblock();
            if name.is_some() {
                self.pop_handler();
            }
            self.unit().depth -= 1;
            self.pop_handler_temporarily_for(|c| {
                c.emit(Instr::PopExcept);
            });
            if let Some(n) = &name {
                self.load_const_none();
                self.name_store(n);
                self.name_delete(n);
            }
            self.emit(Instr::Jump(end.0));
            self.unit().depth += 1;
            if let Some(n) = &name {
                // An exception inside a named handler: clear the name, then re-raise.
                self.place(name_cleanup);
                self.load_const_none();
                self.name_store(n);
                self.name_delete(n);
                self.emit(Instr::Reraise);
            }
            self.place(next);
        }
        // No clause matched: re-raise (the cleanup handler restores the old exception).
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.unit().depth -= 1;
        self.place(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        Ok(())
    }

    /// Emits code with the innermost handler removed (for the instructions that leave a
    /// handler's protected region).
    fn pop_handler_temporarily_for(&mut self, f: impl FnOnce(&mut Self)) {
        let h = self.unit().handler_stack.pop();
        f(self);
        if let Some(h) = h {
            self.unit().handler_stack.push(h);
        }
    }

    fn try_finally(&mut self, t: &ast::StmtTry) -> CResult {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let d = self.u().depth;
        let body = Rc::new(t.finalbody.to_vec());
        self.push_fblock(FBlock::Finally { body: body.clone() });
        self.push_handler(handler, d);
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            let inner_handler = self.new_label();
            let inner_end = self.new_label();
            let d2 = self.u().depth;
            self.push_fblock(FBlock::TryExcept);
            self.push_handler(inner_handler, d2);
            self.stmts(&t.body)?;
            self.pop_handler();
            self.pop_fblock();
            self.stmts(&t.orelse)?;
            self.emit(Instr::Jump(inner_end.0));
            self.except_handlers(&t.handlers, inner_handler, inner_end)?;
            self.place(inner_end);
        }
        self.pop_handler();
        self.pop_fblock();
        // Normal exit: run the finally body inline.
        self.stmts(&body)?;
        self.emit(Instr::Jump(end.0));
        // Exceptional exit: run it with the exception saved, then re-raise.
        self.place(handler);
        self.push_handler(cleanup, d + 1);
        self.emit(Instr::PushExcInfo);
        self.unit().depth += 2;
        self.push_fblock(FBlock::FinallyEnd);
        self.stmts(&body)?;
        self.pop_fblock();
        self.unit().depth -= 2;
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.place(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.place(end);
        Ok(())
    }

    fn try_star(&mut self, t: &ast::StmtTry) -> CResult {
        if !t.finalbody.is_empty() {
            // try/except*/finally: wrap the except* part in a try/finally.
            let inner = ast::StmtTry {
                body: t.body.clone(),
                handlers: t.handlers.clone(),
                orelse: t.orelse.clone(),
                finalbody: Default::default(),
                is_star: true,
                range: t.range,
                node_index: Default::default(),
            };
            let outer = ast::StmtTry {
                body: vec![Stmt::Try(inner)].into(),
                handlers: Vec::new(),
                orelse: Default::default(),
                finalbody: t.finalbody.clone(),
                is_star: false,
                range: t.range,
                node_index: Default::default(),
            };
            return self.try_finally(&outer);
        }
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let d = self.u().depth;
        self.push_fblock(FBlock::TryExcept);
        self.push_handler(handler, d);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.pop_fblock();
        self.stmts(&t.orelse)?;
        self.emit(Instr::Jump(end.0));

        self.place(handler);
        self.push_handler(cleanup, d + 1);
        self.emit(Instr::PushExcInfo); // prev, orig
        self.emit(Instr::BuildList(0)); // prev, orig, raised
        self.emit(Instr::Copy(2)); // prev, orig, raised, rest
        self.unit().depth += 4;
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            let no_match = self.new_label();
            let next = self.new_label();
            let body_handler = self.new_label();
            let ty = match &h.type_ {
                Some(ty) => ty,
                None => return Err(self.err(h, "expected one or more exception types")),
            };
            self.expr(ty)?;
            self.emit(Instr::CheckEgMatch); // ..., rest', match|None
            self.emit(Instr::Copy(1));
            self.emit(Instr::PopJumpIfNone(no_match.0));
            let name = h.name.as_ref().map(|n| n.to_string());
            match &name {
                Some(n) => self.name_store(n),
                None => self.emit(Instr::PopTop),
            }
            let dd = self.u().depth;
            self.push_fblock(FBlock::ExceptStarBody);
            self.push_handler(body_handler, dd);
            self.stmts(&h.body)?;
            self.pop_handler();
            self.pop_fblock();
            if let Some(n) = &name {
                self.load_const_none();
                self.name_store(n);
                self.name_delete(n);
            }
            self.emit(Instr::Jump(next.0));
            // An exception raised in the clause body joins the raised list.
            self.place(body_handler);
            self.emit(Instr::ListAppend(2));
            if let Some(n) = &name {
                self.load_const_none();
                self.name_store(n);
                self.name_delete(n);
            }
            self.emit(Instr::Jump(next.0));
            self.place(no_match);
            self.emit(Instr::PopTop);
            self.place(next);
        }
        self.unit().depth -= 4;
        self.emit(Instr::ListAppend(1)); // prev, orig, raised(+rest)
        self.emit(Instr::PrepReraiseStar); // prev, exc|None
        let reraise = self.new_label();
        self.emit(Instr::Copy(1));
        self.emit(Instr::PopJumpIfNotNone(reraise.0));
        self.emit(Instr::PopTop);
        self.pop_handler_temporarily_for(|c| c.emit(Instr::PopExcept));
        self.emit(Instr::Jump(end.0));
        self.place(reraise);
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.place(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.place(end);
        Ok(())
    }

    fn with_stmt(&mut self, w: &ast::StmtWith, item: usize) -> CResult {
        if w.is_async {
            self.check_async(w, "'async with'")?;
        }
        let it = &w.items[item];
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.set_line(&it.context_expr);
        self.expr(&it.context_expr)?;
        if w.is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable(1));
            self.load_const_none();
            self.emit(Instr::YieldFrom);
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.unit().depth += 1;
        let d = self.u().depth;
        self.push_fblock(FBlock::With {
            is_async: w.is_async,
        });
        self.push_handler(handler, d);
        match &it.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Instr::PopTop),
        }
        if item + 1 < w.items.len() {
            self.with_stmt(w, item + 1)?;
        } else {
            self.stmts(&w.body)?;
        }
        self.pop_handler();
        self.pop_fblock();
        self.set_line(w);
        self.call_exit_none(w.is_async);
        self.unit().depth -= 1;
        self.emit(Instr::Jump(end.0));
        // Exceptional exit: exit(type, value, tb); a true result suppresses.
        self.place(handler);
        self.push_handler(cleanup, d + 1);
        self.emit(Instr::PushExcInfo); // exit, prev, exc
        self.emit(Instr::WithExceptStart); // exit, prev, exc, res
        if w.is_async {
            self.emit(Instr::GetAwaitable(2));
            self.load_const_none();
            self.emit(Instr::YieldFrom);
        }
        self.emit(Instr::PopJumpIfTrue(suppress.0));
        self.emit(Instr::Reraise);
        self.place(suppress);
        self.emit(Instr::PopTop); // exc
        self.pop_handler();
        self.emit(Instr::PopExcept); // restores prev
        self.emit(Instr::PopTop); // exit
        self.emit(Instr::Jump(end.0));
        self.place(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.place(end);
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult {
        let op = binop(a.op) as u32;
        match &*a.target {
            Expr::Name(n) => {
                self.name_load(n.id.as_str());
                self.expr(&a.value)?;
                self.set_line(a);
                self.emit(Instr::InplaceOp(op));
                self.name_store(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let name = self.mangle(at.attr.as_str());
                let i = self.name_index(&name);
                self.emit(Instr::LoadAttr(i));
                self.expr(&a.value)?;
                self.set_line(a);
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.set_line(a);
                self.emit(Instr::InplaceOp(op));
                // container key value -> value container key
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(self.err(
                    other,
                    "'expression' is an illegal expression for augmented assignment",
                ))
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let kind = self.u().kind;
        if let Expr::Name(n) = &*a.target {
            if a.simple && matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                self.annotation_value(&a.annotation)?;
                self.name_load("__annotations__");
                let name = self.mangle(n.id.as_str());
                self.load_const_str(&name);
                self.emit(Instr::StoreSubscr);
            }
        } else if !self.future_annotations && matches!(kind, ScopeKind::Module | ScopeKind::Class) {
            // Non-simple targets: the annotation is evaluated (and discarded).
            self.annotation_value(&a.annotation)?;
            self.emit(Instr::PopTop);
        }
        Ok(())
    }

    /// Pushes an annotation: its value, or its source text under `from __future__ import annotations`.
    pub(super) fn annotation_value(&mut self, e: &Expr) -> CResult {
        if self.future_annotations {
            if let Expr::StringLiteral(s) = e {
                // ast.unparse shows a string annotation as its repr.
                let text = crate::objects::str::repr_str(s.value.to_str());
                self.load_const_str(&text);
                return Ok(());
            }
            let r = e.range();
            let text = self.source[r.start().to_usize()..r.end().to_usize()].to_string();
            let text = crate::compile::codegen::expr::unparse_annotation(&text);
            self.load_const_str(&text);
            Ok(())
        } else if let Expr::Starred(st) = e {
            // PEP 646 `*args: *Ts`: the annotation is the single item `*Ts` unpacks to.
            self.expr(&st.value)?;
            self.emit(Instr::UnpackSequence(1));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.emit(Instr::PushNull);
            self.expr(&d.expression)?;
        }
        self.set_line(f);
        let scope = self.child_scope(f);
        let qualname = self.qualname_for(f.name.as_str());
        let mut fl = self.function_defaults(&f.parameters)?;
        if self.function_annotations(&f.parameters, f.returns.as_deref())? {
            fl |= 4;
        }
        let firstline = if let Some(d) = f.decorator_list.first() {
            self.line_of(d)
        } else {
            self.line_of(f)
        };
        self.push_unit(scope, f.name.to_string(), qualname, firstline);
        self.set_arg_counts(&f.parameters);
        // consts[0] is the docstring (or None).
        let body: &[Stmt] = &f.body;
        let mut rest = body;
        match body.first() {
            Some(Stmt::Expr(e)) if matches!(&*e.value, Expr::StringLiteral(_)) => {
                if let Expr::StringLiteral(s) = &*e.value {
                    let doc = s.value.to_str().to_string();
                    let doc = if self.optimize >= 2 { None } else { Some(doc) };
                    match doc {
                        Some(d) => match crate::compile::literal::string_literal(&self.source, s) {
                            Some(b) => {
                                self.const_wtf8(b);
                            }
                            None => {
                                self.const_str(&d);
                            }
                        },
                        None => {
                            self.add_const_key(super::ConstKey::None, |vm| vm.none());
                        }
                    }
                }
                rest = &body[1..];
            }
            _ => {
                self.add_const_key(super::ConstKey::None, |vm| vm.none());
            }
        }
        for s in rest {
            self.stmt(s)?;
        }
        self.load_const_none();
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        fl |= self.make_closure(scope);
        let ci = self.const_obj(code);
        self.emit(Instr::LoadConst(ci));
        self.emit(Instr::MakeFunction(fl));
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.name_store(f.name.as_str());
        Ok(())
    }

    pub(super) fn set_arg_counts(&mut self, p: &ast::Parameters) {
        let u = self.unit();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
    }

    /// Pushes the defaults tuple and kw-defaults dict; returns MakeFunction flags.
    pub(super) fn function_defaults(&mut self, p: &ast::Parameters) -> CResult<u32> {
        let mut fl = 0;
        let defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            fl |= 1;
        }
        let kwd: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.as_str(), d)))
            .collect();
        if !kwd.is_empty() {
            for (n, d) in &kwd {
                let m = self.mangle(n);
                self.load_const_str(&m);
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwd.len() as u32));
            fl |= 2;
        }
        Ok(fl)
    }

    /// Pushes the annotations dict if there are any.
    fn function_annotations(
        &mut self,
        p: &ast::Parameters,
        returns: Option<&Expr>,
    ) -> CResult<bool> {
        let mut n = 0;
        let all = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        let items: Vec<(String, &Expr)> = all
            .filter_map(|a| a.annotation.as_deref().map(|an| (a.name.to_string(), an)))
            .collect();
        for (name, an) in items {
            let m = self.mangle(&name);
            self.load_const_str(&m);
            self.annotation_value(an)?;
            n += 1;
        }
        if let Some(r) = returns {
            self.load_const_str("return");
            self.annotation_value(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.emit(Instr::PushNull);
            self.expr(&d.expression)?;
        }
        self.set_line(c);
        let scope = self.child_scope(c);
        let qualname = self.qualname_for(c.name.as_str());
        let firstline = if let Some(d) = c.decorator_list.first() {
            self.line_of(d)
        } else {
            self.line_of(c)
        };
        self.push_unit(scope, c.name.to_string(), qualname.clone(), firstline);
        self.unit().private = Some(c.name.to_string());
        self.set_line(c);
        self.name_load("__name__");
        self.name_store("__module__");
        self.load_const_str(&qualname);
        self.name_store("__qualname__");
        let body: &[Stmt] = &c.body;
        let mut rest = body;
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(s) = &*e.value {
                self.set_line(e);
                let i = self.const_str(s.value.to_str());
                self.emit(Instr::LoadConst(i));
                self.name_store("__doc__");
                rest = &body[1..];
            }
        }
        if self.has_annotations(rest) {
            self.emit(Instr::SetupAnnotations);
        }
        for s in rest {
            self.stmt(s)?;
        }
        if self.st.scopes[scope].needs_class_cell {
            let i = self.deref_index("__class__").expect("__class__ cell");
            self.emit(Instr::LoadClosure(i));
            self.emit(Instr::Copy(1));
            self.name_store("__classcell__");
        } else {
            self.load_const_none();
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        self.emit(Instr::PushNull);
        self.emit(Instr::LoadBuildClass);
        let fl = self.make_closure(scope);
        let ci = self.const_obj(code);
        self.emit(Instr::LoadConst(ci));
        self.emit(Instr::MakeFunction(fl));
        self.load_const_str(c.name.as_str());
        match &c.arguments {
            Some(args) => self.call_args(&args.args, &args.keywords, 2)?,
            None => self.emit(Instr::Call(2)),
        }
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.name_store(c.name.as_str());
        Ok(())
    }

    pub(super) fn store_target(&mut self, t: &Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.err(n, "cannot assign to __debug__"));
                }
                self.name_store(n.id.as_str());
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.mangle(a.attr.as_str());
                let i = self.name_index(&name);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(tu) => self.unpack_into(&tu.elts, t)?,
            Expr::List(l) => self.unpack_into(&l.elts, t)?,
            Expr::Starred(s) => {
                return Err(self.err(s, "starred assignment target must be in a list or tuple"))
            }
            other => {
                let what = crate::compile::codegen::expr::describe_expr(other);
                return Err(self.err(other, format!("cannot assign to {}", what)));
            }
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &[Expr], node: &Expr) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts
            .iter()
            .filter(|e| matches!(e, Expr::Starred(_)))
            .count()
            > 1
        {
            return Err(self.err(node, "multiple starred expressions in assignment"));
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i > 255 || after > 255 {
                    return Err(self.err(node, "too many expressions in star-unpacking assignment"));
                }
                self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 8)));
            }
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult {
        match t {
            Expr::Name(n) => self.name_delete(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.mangle(a.attr.as_str());
                let i = self.name_index(&name);
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                let what = crate::compile::codegen::expr::describe_expr(other);
                return Err(self.err(other, format!("cannot delete {}", what)));
            }
        }
        Ok(())
    }
}

pub(super) fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}
