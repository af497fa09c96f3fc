//! `match` statements: each pattern consumes the subject copy on top of the stack and
//! jumps to a failure label that pops whatever the pattern left behind.

use ruff_python_ast::{self as ast, Expr, Pattern};

use super::stmt::binop;
use super::{CResult, Compiler, Label};
use crate::compile::bytecode::{CompareKind, Instr};

/// Failure targets of the pattern being compiled: `pops[k]` pops k values then fails.
struct FailCtx {
    pops: Vec<Label>,
    /// Values on the stack above the failure base right now.
    on_stack: u32,
}

/// `_`: a capture-free pattern that matches anything.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let last = m.cases.len().saturating_sub(1);
        for (i, case) in m.cases.iter().enumerate() {
            self.check_case_pattern(&case.pattern, case.guard.is_some() || i == last)?;
            self.set_line(&case.pattern);
            self.emit(Instr::Copy(1));
            let mut ctx = FailCtx {
                pops: Vec::new(),
                on_stack: 1,
            };
            self.pattern(&case.pattern, &mut ctx)?;
            if let Some(g) = &case.guard {
                let fail = self.fail_label(&mut ctx, 0);
                self.jump_if(g, false, fail)?;
            }
            self.emit(Instr::PopTop); // the subject
            self.stmts(&case.body)?;
            self.emit(Instr::Jump(end.0));
            self.emit_fail_pops(&ctx);
        }
        self.emit(Instr::PopTop);
        self.place(end);
        Ok(())
    }

    fn fail_label(&mut self, ctx: &mut FailCtx, pops: u32) -> Label {
        while ctx.pops.len() <= pops as usize {
            let l = self.new_label();
            ctx.pops.push(l);
        }
        ctx.pops[pops as usize]
    }

    /// Jump to failure with the current stack state.
    fn jump_fail_if_false(&mut self, ctx: &mut FailCtx) {
        // The bool is popped by the jump itself.
        let l = self.fail_label(ctx, ctx.on_stack);
        self.emit(Instr::PopJumpIfFalse(l.0));
    }

    fn emit_fail_pops(&mut self, ctx: &FailCtx) {
        for k in (0..ctx.pops.len()).rev() {
            self.place(ctx.pops[k]);
            if k > 0 {
                self.emit(Instr::PopTop);
            }
        }
    }

    fn pattern(&mut self, p: &Pattern, ctx: &mut FailCtx) -> CResult {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::CompareOp(CompareKind::Eq as u32));
                ctx.on_stack -= 1;
                self.jump_fail_if_false(ctx);
            }
            Pattern::MatchSingleton(s) => {
                match s.value {
                    ast::Singleton::None => self.load_const_none(),
                    ast::Singleton::True => {
                        let i =
                            self.add_const_key(super::ConstKey::Bool(true), |vm| vm.new_bool(true));
                        self.emit(Instr::LoadConst(i));
                    }
                    ast::Singleton::False => {
                        let i = self
                            .add_const_key(super::ConstKey::Bool(false), |vm| vm.new_bool(false));
                        self.emit(Instr::LoadConst(i));
                    }
                }
                self.emit(Instr::IsOp(0));
                ctx.on_stack -= 1;
                self.jump_fail_if_false(ctx);
            }
            Pattern::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.emit(Instr::Copy(1));
                    ctx.on_stack += 1;
                    self.pattern(sub, ctx)?;
                }
                match &a.name {
                    Some(n) => self.name_store(n.as_str()),
                    None => self.emit(Instr::PopTop),
                }
                ctx.on_stack -= 1;
            }
            Pattern::MatchStar(s) => {
                match &s.name {
                    Some(n) => self.name_store(n.as_str()),
                    None => self.emit(Instr::PopTop),
                }
                ctx.on_stack -= 1;
            }
            Pattern::MatchOr(o) => {
                let success = self.new_label();
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 == n {
                        self.pattern(alt, ctx)?;
                        break;
                    }
                    self.emit(Instr::Copy(1));
                    let mut inner = FailCtx {
                        pops: Vec::new(),
                        on_stack: 1,
                    };
                    self.pattern(alt, &mut inner)?;
                    self.emit(Instr::PopTop);
                    self.emit(Instr::Jump(success.0));
                    self.emit_fail_pops(&inner);
                }
                self.place(success);
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, ctx)?,
            Pattern::MatchMapping(m) => self.pattern_mapping(m, ctx)?,
            Pattern::MatchClass(c) => self.pattern_class(c, ctx)?,
        }
        Ok(())
    }

    fn pattern_sequence(&mut self, pats: &[Pattern], ctx: &mut FailCtx) -> CResult {
        let star = pats.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
        self.emit(Instr::MatchSequence);
        self.jump_fail_if_false(ctx);
        self.emit(Instr::GetLen);
        let n = pats.len() as i64;
        match star {
            None => {
                self.load_const_int(n);
                self.emit(Instr::CompareOp(CompareKind::Eq as u32));
            }
            Some(_) => {
                self.load_const_int(n - 1);
                self.emit(Instr::CompareOp(CompareKind::Ge as u32));
            }
        }
        self.jump_fail_if_false(ctx);
        let star_wildcard =
            matches!(star.map(|i| &pats[i]), Some(Pattern::MatchStar(s)) if s.name.is_none());
        let only_wildcards = pats
            .iter()
            .all(|p| is_wildcard(p) || matches!(p, Pattern::MatchStar(s) if s.name.is_none()));
        if only_wildcards {
            // The length check was all: the subject is not iterated.
            self.emit(Instr::PopTop);
            ctx.on_stack -= 1;
            return Ok(());
        }
        if let (Some(star), true) = (star, star_wildcard) {
            // `[a, *_, b]`: index the subject instead of iterating it (it may be endless).
            for (j, p) in pats.iter().enumerate() {
                if j == star || is_wildcard(p) {
                    continue;
                }
                self.emit(Instr::Copy(1));
                if j < star {
                    self.load_const_int(j as i64);
                } else {
                    self.emit(Instr::GetLen);
                    self.load_const_int(n - j as i64);
                    self.emit(Instr::BinaryOp(binop(ast::Operator::Sub) as u32));
                }
                self.emit(Instr::BinarySubscr);
                ctx.on_stack += 1;
                self.pattern(p, ctx)?;
            }
            self.emit(Instr::PopTop);
            ctx.on_stack -= 1;
            return Ok(());
        }
        match star {
            None => self.emit(Instr::UnpackSequence(pats.len() as u32)),
            Some(i) => {
                let after = pats.len() - i - 1;
                self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 8)));
            }
        }
        ctx.on_stack = ctx.on_stack - 1 + pats.len() as u32;
        for p in pats {
            self.pattern(p, ctx)?;
        }
        Ok(())
    }

    /// The constant a literal mapping-pattern key folds to (`-1`, `1+2j` included).
    fn folded_key(&self, e: &Expr) -> Option<crate::object::PyRef> {
        use crate::compile::bytecode::BinOp;
        let vm = self.vm;
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
                let v = self.folded_key(&u.operand)?;
                vm.binary_op(&v, &vm.new_int(-1), BinOp::Mul).ok()
            }
            Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
                let l = self.folded_key(&b.left)?;
                let r = self.folded_key(&b.right)?;
                let op = if b.op == ast::Operator::Add {
                    BinOp::Add
                } else {
                    BinOp::Sub
                };
                vm.binary_op(&l, &r, op).ok()
            }
            _ => self.literal_value(e),
        }
    }

    /// Literal keys of a mapping pattern must differ (a compile-time SyntaxError).
    fn check_duplicate_keys(&self, m: &ast::PatternMatchMapping) -> CResult {
        let vm = self.vm;
        let seen = vm.new_dict();
        for k in m.keys.iter() {
            let Some(v) = self.folded_key(k) else {
                continue;
            };
            if matches!(vm.dict_get_item(&seen, &v), Ok(Some(_))) {
                let r = vm.repr_str(&v).unwrap_or_default();
                return Err(self.err(m, format!("mapping pattern checks duplicate key ({})", r)));
            }
            let _ = vm.dict_set_item(&seen, v, vm.none());
        }
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &ast::PatternMatchMapping, ctx: &mut FailCtx) -> CResult {
        self.emit(Instr::MatchMapping);
        self.jump_fail_if_false(ctx);
        let n = m.keys.len();
        if n == 0 && m.rest.is_none() {
            self.emit(Instr::PopTop);
            ctx.on_stack -= 1;
            return Ok(());
        }
        if n > 0 {
            self.emit(Instr::GetLen);
            self.load_const_int(n as i64);
            self.emit(Instr::CompareOp(CompareKind::Ge as u32));
            self.jump_fail_if_false(ctx);
        }
        self.check_duplicate_keys(m)?;
        for k in m.keys.iter() {
            match k {
                Expr::Attribute(_)
                | Expr::NumberLiteral(_)
                | Expr::StringLiteral(_)
                | Expr::BytesLiteral(_)
                | Expr::BooleanLiteral(_)
                | Expr::NoneLiteral(_)
                | Expr::UnaryOp(_)
                | Expr::BinOp(_)
                | Expr::FString(_) => self.expr(k)?,
                other => {
                    return Err(self.err(
                        other,
                        "mapping pattern keys may only match literals and attribute lookups",
                    ))
                }
            }
        }
        self.emit(Instr::BuildTuple(n as u32));
        ctx.on_stack += 1; // keys
        self.emit(Instr::MatchKeys); // subject keys values|None
        ctx.on_stack += 1;
        self.emit(Instr::Copy(1));
        let l = self.fail_label(ctx, ctx.on_stack);
        self.emit(Instr::PopJumpIfNone(l.0));
        self.emit(Instr::UnpackSequence(n as u32));
        ctx.on_stack = ctx.on_stack - 1 + n as u32;
        for p in m.patterns.iter() {
            self.pattern(p, ctx)?;
        }
        // subject keys
        match &m.rest {
            Some(r) => {
                self.emit(Instr::CopyDictWithoutKeys); // subject rest
                self.name_store(r.as_str());
                self.emit(Instr::PopTop);
            }
            None => {
                self.emit(Instr::PopTop);
                self.emit(Instr::PopTop);
            }
        }
        ctx.on_stack -= 2;
        Ok(())
    }

    fn pattern_class(&mut self, c: &ast::PatternMatchClass, ctx: &mut FailCtx) -> CResult {
        self.expr(&c.cls)?;
        let names: Vec<String> = c
            .arguments
            .keywords
            .iter()
            .map(|k| k.attr.to_string())
            .collect();
        let t = self.const_str_tuple(&names);
        self.emit(Instr::LoadConst(t));
        let npos = c.arguments.patterns.len();
        self.emit(Instr::MatchClass(npos as u32)); // attrs | None
        self.emit(Instr::Copy(1));
        let l = self.fail_label(ctx, ctx.on_stack);
        self.emit(Instr::PopJumpIfNone(l.0));
        let total = npos + names.len();
        self.emit(Instr::UnpackSequence(total as u32));
        ctx.on_stack = ctx.on_stack - 1 + total as u32;
        for p in c.arguments.patterns.iter() {
            self.pattern(p, ctx)?;
        }
        for k in c.arguments.keywords.iter() {
            self.pattern(&k.pattern, ctx)?;
        }
        Ok(())
    }
}
