//! Expressions: operators, calls, literals, comprehensions, f-strings, lambdas.

use ruff_python_ast::{self as ast, Expr, Number};
use ruff_text_size::Ranged;

use super::stmt::binop;
use super::{CResult, Compiler, ConstKey, Label};
use crate::compile::bytecode::{CompareKind, Instr, UnaryOpKind};
use crate::compile::code::flags;
use crate::compile::symtable::ScopeKind;

/// How CPython names an expression in "cannot assign to ..." messages.
pub(super) fn describe_expr(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::Named(_) => "named expression",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Compare(_) => "comparison",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(_) => "True",
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::FString(_) => "f-string expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        _ => "expression",
    }
}

/// Normalizes the source text of an annotation the way `ast.unparse` would for the
/// common cases (whitespace collapsed outside strings).
pub(super) fn unparse_annotation(text: &str) -> String {
    let mut out = String::new();
    let mut in_str: Option<char> = None;
    let mut prev_space = false;
    for c in text.chars() {
        if let Some(q) = in_str {
            out.push(c);
            if c == q {
                in_str = None;
            }
            continue;
        }
        if c == '\'' || c == '"' {
            in_str = Some(c);
            out.push(c);
            prev_space = false;
            continue;
        }
        if c.is_whitespace() {
            if !prev_space && !out.is_empty() {
                out.push(' ');
            }
            prev_space = true;
            continue;
        }
        prev_space = false;
        out.push(c);
    }
    out.trim().to_string()
}

fn cmp_kind(op: ast::CmpOp) -> Option<CompareKind> {
    use ast::CmpOp as C;
    Some(match op {
        C::Lt => CompareKind::Lt,
        C::LtE => CompareKind::Le,
        C::Eq => CompareKind::Eq,
        C::NotEq => CompareKind::Ne,
        C::Gt => CompareKind::Gt,
        C::GtE => CompareKind::Ge,
        _ => return None,
    })
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &Expr) -> CResult {
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        match b.op {
                            ast::BoolOp::And => self.emit(Instr::JumpIfFalseOrPop(end.0)),
                            ast::BoolOp::Or => self.emit(Instr::JumpIfTrueOrPop(end.0)),
                        }
                    }
                }
                self.place(end);
            }
            Expr::Named(n) => {
                // `((a) := 1)`: the parser accepts a parenthesized name; CPython does not.
                let between = self
                    .source
                    .get(n.target.range().end().to_usize()..n.value.range().start().to_usize())
                    .unwrap_or("");
                if between.contains(')') {
                    return Err(self.err(&*n.target, "cannot use assignment expressions with name"));
                }
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(e);
                self.emit(Instr::BinaryOp(binop(b.op) as u32));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let k = match u.op {
                    ast::UnaryOp::USub => UnaryOpKind::Neg,
                    ast::UnaryOp::UAdd => UnaryOpKind::Pos,
                    ast::UnaryOp::Invert => UnaryOpKind::Invert,
                    ast::UnaryOp::Not => UnaryOpKind::Not,
                };
                self.emit(Instr::UnaryOp(k as u32));
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit(Instr::Jump(end.0));
                self.place(orelse);
                self.expr(&i.orelse)?;
                self.place(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) => self.starred_collection(&s.elts, Collection::Set)?,
            Expr::ListComp(c) => self.comprehension(e, &c.generators, CompKind::List(&c.elt))?,
            Expr::SetComp(c) => self.comprehension(e, &c.generators, CompKind::Set(&c.elt))?,
            Expr::DictComp(c) => {
                let key = c
                    .key
                    .as_deref()
                    .ok_or_else(|| self.err(e, "invalid syntax"))?;
                self.comprehension(e, &c.generators, CompKind::Dict(key, &c.value))?
            }
            Expr::Generator(c) => self.comprehension(e, &c.generators, CompKind::Gen(&c.elt))?,
            Expr::Await(a) => {
                let u = self.u();
                let ok = u.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
                    || (u.kind == ScopeKind::Comprehension && u.in_async_comprehension);
                if !ok {
                    let msg = if matches!(
                        u.kind,
                        ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
                    ) {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    return Err(self.err(a, msg));
                }
                self.expr(&a.value)?;
                self.set_line(e);
                self.emit(Instr::GetAwaitable(0));
                self.load_const_none();
                self.emit(Instr::YieldFrom);
            }
            Expr::Yield(y) => {
                self.check_yield(e)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const_none(),
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(e)?;
                if self.u().flags & flags::ASYNC_GENERATOR != 0 {
                    return Err(self.err(e, "'yield from' inside async function"));
                }
                self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const_none();
                self.emit(Instr::YieldFrom);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(self.err(t, "invalid syntax")),
            Expr::StringLiteral(s) => {
                match crate::compile::literal::string_literal(&self.source, s) {
                    Some(b) => self.load_const_wtf8(b),
                    None => self.load_const_str(s.value.to_str()),
                }
            }
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                let key = ConstKey::Bytes(bytes.clone());
                let i = self.add_const_key(key, |vm| vm.new_bytes(bytes));
                self.emit(Instr::LoadConst(i));
            }
            Expr::NumberLiteral(n) => self.number(&n.value, e)?,
            Expr::BooleanLiteral(b) => {
                let v = b.value;
                let i = self.add_const_key(ConstKey::Bool(v), |vm| vm.new_bool(v));
                self.emit(Instr::LoadConst(i));
            }
            Expr::NoneLiteral(_) => self.load_const_none(),
            Expr::EllipsisLiteral(_) => {
                let i = self.add_const_key(ConstKey::Ellipsis, |vm| vm.ellipsis());
                self.emit(Instr::LoadConst(i));
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_line(e);
                let name = self.mangle(a.attr.as_str());
                let i = self.name_index(&name);
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.check_subscript(s)?;
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(e);
                self.emit(Instr::BinarySubscr);
            }
            Expr::Starred(s) => return Err(self.err(s, "can't use starred expression here")),
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    let v = self.optimize == 0;
                    let i = self.add_const_key(ConstKey::Bool(v), |vm| vm.new_bool(v));
                    self.emit(Instr::LoadConst(i));
                } else {
                    self.name_load(n.id.as_str());
                }
            }
            Expr::List(l) => self.starred_collection(&l.elts, Collection::List)?,
            Expr::Tuple(t) => self.starred_collection(&t.elts, Collection::Tuple)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(v) => self.expr(v)?,
                        None => self.load_const_none(),
                    }
                }
                match &s.step {
                    Some(v) => {
                        self.expr(v)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(self.err(c, "invalid syntax")),
        }
        Ok(())
    }

    fn check_yield(&self, e: &Expr) -> CResult {
        let u = self.u();
        match u.kind {
            ScopeKind::Function | ScopeKind::Lambda => Ok(()),
            ScopeKind::Comprehension => {
                let what = match u.name.as_str() {
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    "<genexpr>" => "generator expression",
                    _ => "list comprehension",
                };
                Err(self.err(e, format!("'yield' inside {}", what)))
            }
            _ => Err(self.err(e, "'yield' outside function")),
        }
    }

    fn number(&mut self, n: &Number, e: &Expr) -> CResult {
        match n {
            Number::Int(i) => {
                if let Some(v) = i.as_i64() {
                    self.load_const_int(v);
                } else {
                    let text = self.source
                        [e.range().start().to_usize()..e.range().end().to_usize()]
                        .to_string();
                    let big = parse_int_literal(&text)
                        .ok_or_else(|| self.err(e, "invalid decimal literal"))?;
                    let key = ConstKey::BigInt(big.to_string());
                    let i = self.add_const_key(key, |vm| vm.new_bigint(big));
                    self.emit(Instr::LoadConst(i));
                }
            }
            Number::Float(f) => {
                let v = *f;
                let i = self.add_const_key(ConstKey::Float(v.to_bits()), |vm| vm.new_float(v));
                self.emit(Instr::LoadConst(i));
            }
            Number::Complex { real, imag } => {
                let (r, im) = (*real, *imag);
                let i = self.add_const_key(ConstKey::Complex(r.to_bits(), im.to_bits()), |vm| {
                    vm.new_complex(r, im)
                });
                self.emit(Instr::LoadConst(i));
            }
        }
        Ok(())
    }

    /// Compiles `e` as a condition: jumps to `target` when its truth equals `when`.
    pub(super) fn jump_if(&mut self, e: &Expr, when: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !when, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // and: jump when false on any; or: jump when true on any.
                if is_and != when {
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.place(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit(if when {
            Instr::PopJumpIfTrue(target.0)
        } else {
            Instr::PopJumpIfFalse(target.0)
        });
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        match op {
            ast::CmpOp::Is => self.emit(Instr::IsOp(0)),
            ast::CmpOp::IsNot => self.emit(Instr::IsOp(1)),
            ast::CmpOp::In => self.emit(Instr::ContainsOp(0)),
            ast::CmpOp::NotIn => self.emit(Instr::ContainsOp(1)),
            other => self.emit(Instr::CompareOp(cmp_kind(other).unwrap() as u32)),
        }
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult {
        self.check_is_literal(c)?;
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_line(c);
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        // a < b < c: each middle operand is evaluated once; stop at the first false.
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            if i + 1 < n {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
                self.compare_op(c.ops[i]);
                self.emit(Instr::JumpIfFalseOrPop(cleanup.0));
            } else {
                self.compare_op(c.ops[i]);
            }
        }
        self.emit(Instr::Jump(end.0));
        self.place(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.place(end);
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> CResult {
        self.check_caller(c)?;
        // Zero-argument super() becomes super(__class__, <first argument>), which is what
        // CPython computes from the frame at run time.
        if let Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super"
                && c.arguments.args.is_empty()
                && c.arguments.keywords.is_empty()
            {
                let u = self.u();
                let is_func = matches!(u.kind, ScopeKind::Function | ScopeKind::Lambda);
                let nargs = u.argcount + u.kwonlyargcount + (u.flags & flags::VARARGS != 0) as u32;
                let only_varargs = u.argcount == 0 && u.kwonlyargcount == 0;
                if is_func && nargs > 0 && u.freevars.iter().any(|f| f == "__class__") {
                    let first = u.varnames[0].clone();
                    self.emit(Instr::PushNull);
                    self.name_load("super");
                    let ci = self.deref_index("__class__").unwrap();
                    self.emit(Instr::LoadDeref(ci));
                    if only_varargs {
                        // super() in f(*args) uses args[0].
                        self.name_load(&first);
                        self.load_const_int(0);
                        self.emit(Instr::BinarySubscr);
                    } else {
                        self.name_load(&first);
                    }
                    self.emit(Instr::Call(2));
                    return Ok(());
                }
            }
        }
        // obj.method(...) without star-args uses LoadMethod.
        let simple = !c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
            && !c.arguments.keywords.iter().any(|k| k.arg.is_none());
        if let (Expr::Attribute(a), true) = (&*c.func, simple) {
            self.expr(&a.value)?;
            self.set_attr_line(a);
            let name = self.mangle(a.attr.as_str());
            let i = self.name_index(&name);
            self.emit(Instr::LoadMethod(i));
            self.call_args(&c.arguments.args, &c.arguments.keywords, 0)?;
            return Ok(());
        }
        self.emit(Instr::PushNull);
        self.expr(&c.func)?;
        self.call_args(&c.arguments.args, &c.arguments.keywords, 0)?;
        Ok(())
    }

    /// Pushes the arguments and emits the call; `extra` positional values are already
    /// on the stack after the callable (used by class definitions).
    pub(super) fn call_args(
        &mut self,
        args: &[Expr],
        keywords: &[ast::Keyword],
        extra: u32,
    ) -> CResult {
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        // Duplicate keyword arguments are a syntax error.
        let mut seen: Vec<&str> = Vec::new();
        for k in keywords {
            if let Some(n) = &k.arg {
                if seen.contains(&n.as_str()) {
                    return Err(self.err(k, format!("keyword argument repeated: {}", n)));
                }
                seen.push(n.as_str());
            }
        }
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            let mut names = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                names.push(k.arg.as_ref().unwrap().to_string());
            }
            if !names.is_empty() {
                let t = self.const_str_tuple(&names);
                self.emit(Instr::KwNames(t));
            }
            self.emit(Instr::Call(
                extra + args.len() as u32 + keywords.len() as u32,
            ));
            return Ok(());
        }
        // General form: build a tuple of positionals and a dict of keywords. A lone `*x`
        // is passed as is (CallFunctionEx iterates it and names the callee on error).
        if let ([Expr::Starred(s)], 0) = (args, extra) {
            self.expr(&s.value)?;
        } else {
            self.positional_tuple(args, extra)?;
        }
        if keywords.is_empty() {
            self.emit(Instr::CallFunctionEx(0));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(n) => {
                    self.load_const_str(n.as_str());
                    self.expr(&k.value)?;
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictMerge(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallFunctionEx(1));
        Ok(())
    }

    /// Builds the positional-argument tuple of a call with `*` unpacking.
    fn positional_tuple(&mut self, args: &[Expr], extra: u32) -> CResult {
        self.emit(Instr::BuildList(extra));
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        Ok(())
    }

    /// The value of a literal usable as a folded constant (numbers, strings, bytes,
    /// None/True/False/Ellipsis).
    pub(super) fn literal_value(&self, e: &Expr) -> Option<crate::object::PyRef> {
        let vm = self.vm;
        Some(match e {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => vm.new_int(i.as_i64()?),
                Number::Float(f) => vm.new_float(*f),
                Number::Complex { real, imag } => vm.new_complex(*real, *imag),
            },
            Expr::StringLiteral(s) => {
                match crate::compile::literal::string_literal(&self.source, s) {
                    Some(b) => crate::objects::str::new_wtf8(vm, b),
                    None => vm.intern(s.value.to_str()),
                }
            }
            Expr::BytesLiteral(b) => vm.new_bytes(b.value.bytes().collect()),
            Expr::BooleanLiteral(b) => vm.new_bool(b.value),
            Expr::NoneLiteral(_) => vm.none(),
            Expr::EllipsisLiteral(_) => vm.ellipsis(),
            _ => return None,
        })
    }

    fn starred_collection(&mut self, elts: &[Expr], kind: Collection) -> CResult {
        // As CPython, a set display of more than two constants becomes a frozenset
        // constant merged into a new set (which fixes the iteration order it shows).
        if kind == Collection::Set && elts.len() > 2 {
            let consts: Option<Vec<crate::object::PyRef>> =
                elts.iter().map(|e| self.literal_value(e)).collect();
            if let Some(items) = consts {
                // CPython builds the frozenset from the display, then rebuilds it from
                // that set's iteration order when merging code constants.
                let build = |items: Vec<crate::object::PyRef>| -> Option<crate::object::PyRef> {
                    let fs = self
                        .vm
                        .new_frozenset_from(crate::object::settable::SetTable::new());
                    for it in items {
                        self.vm.set_add(&fs, it).ok()?;
                    }
                    Some(fs)
                };
                let first = build(items)
                    .ok_or_else(|| self.err(&elts[0], "unhashable constant in set display"))?;
                let fs = build(self.vm.set_items(&first))
                    .ok_or_else(|| self.err(&elts[0], "unhashable constant in set display"))?;
                self.emit(Instr::BuildSet(0));
                let ci = self.const_obj(fs);
                self.emit(Instr::LoadConst(ci));
                self.emit(Instr::SetUpdate(1));
                return Ok(());
            }
        }
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                Collection::List => Instr::BuildList(n),
                Collection::Tuple => Instr::BuildTuple(n),
                Collection::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            Collection::Set => self.emit(Instr::BuildSet(0)),
            _ => self.emit(Instr::BuildList(0)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(match kind {
                        Collection::Set => Instr::SetUpdate(1),
                        _ => Instr::ListExtend(1),
                    });
                }
                other => {
                    self.expr(other)?;
                    self.emit(match kind {
                        Collection::Set => Instr::SetAdd(1),
                        _ => Instr::ListAppend(1),
                    });
                }
            }
        }
        if kind == Collection::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &ast::ExprDict) -> CResult {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for it in &d.items {
                self.expr(it.key.as_ref().unwrap())?;
                self.expr(&it.value)?;
            }
            self.emit(Instr::BuildMap(d.items.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        let mut pending = 0;
        for it in &d.items {
            match &it.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&it.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(Instr::BuildMap(pending));
                        self.emit(Instr::DictUpdate(1));
                        pending = 0;
                    }
                    self.expr(&it.value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if pending > 0 {
            self.emit(Instr::BuildMap(pending));
            self.emit(Instr::DictUpdate(1));
        }
        Ok(())
    }

    fn lambda(&mut self, l: &ast::ExprLambda) -> CResult {
        let scope = self.child_scope(l);
        let empty = ast::Parameters::default();
        let params = l.parameters.as_deref().unwrap_or(&empty);
        let mut fl = self.function_defaults(params)?;
        let qualname = self.qualname_for("<lambda>");
        let line = self.line_of(l);
        self.push_unit(scope, "<lambda>".into(), qualname, line);
        self.set_arg_counts(params);
        self.add_const_key(ConstKey::None, |vm| vm.none());
        self.expr(&l.body)?;
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        fl |= self.make_closure(scope);
        let ci = self.const_obj(code);
        self.emit(Instr::LoadConst(ci));
        self.emit(Instr::MakeFunction(fl));
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        gens: &[ast::Comprehension],
        kind: CompKind,
    ) -> CResult {
        let scope = match node {
            Expr::ListComp(c) => self.child_scope(c),
            Expr::SetComp(c) => self.child_scope(c),
            Expr::DictComp(c) => self.child_scope(c),
            Expr::Generator(c) => self.child_scope(c),
            _ => unreachable!("comprehension node"),
        };
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let is_async = gens.iter().any(|g| g.is_async) || self.st.scopes[scope].is_coroutine;
        let outer_async = self.u().flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
            || self.u().in_async_comprehension;
        if is_async && !matches!(kind, CompKind::Gen(_)) && !outer_async {
            return Err(self.err(
                node,
                "asynchronous comprehension outside of an asynchronous function",
            ));
        }
        // The first iterable is evaluated here, in the enclosing scope.
        let qualname = self.qualname_for(name);
        let line = self.line_of(node);
        let first_iter_async = gens[0].is_async;
        self.push_unit(scope, name.into(), qualname, line);
        {
            let u = self.unit();
            u.argcount = 1;
            if is_async {
                if matches!(kind, CompKind::Gen(_)) {
                    u.flags &= !flags::GENERATOR;
                    u.flags |= flags::ASYNC_GENERATOR;
                } else {
                    u.flags |= flags::COROUTINE;
                }
                u.in_async_comprehension = true;
            }
        }
        match kind {
            CompKind::List(_) => self.emit(Instr::BuildList(0)),
            CompKind::Set(_) => self.emit(Instr::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Instr::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        let held = if matches!(kind, CompKind::Gen(_)) {
            0
        } else {
            1
        };
        self.unit().depth += held;
        self.comp_generator(gens, 0, &kind, held)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const_none();
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        self.emit(Instr::PushNull);
        let fl = self.make_closure(scope);
        let ci = self.const_obj(code);
        self.emit(Instr::LoadConst(ci));
        self.emit(Instr::MakeFunction(fl));
        self.expr(&gens[0].iter)?;
        if first_iter_async {
            self.emit(Instr::GetAIter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.set_line(node);
        self.emit(Instr::Call(1));
        if is_async && !matches!(kind, CompKind::Gen(_)) {
            self.emit(Instr::GetAwaitable(0));
            self.load_const_none();
            self.emit(Instr::YieldFrom);
        }
        Ok(())
    }

    /// Emits loop `i` of a comprehension; `held` counts the values below the iterators
    /// (the result collection).
    fn comp_generator(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        kind: &CompKind,
        held: u32,
    ) -> CResult {
        let g = &gens[i];
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            if g.is_async {
                self.emit(Instr::GetAIter);
            } else {
                self.emit(Instr::GetIter);
            }
        }
        self.unit().depth += 1;
        self.place(start);
        let handler = self.new_label();
        if g.is_async {
            let d = self.u().depth;
            self.push_handler(handler, d);
            self.emit(Instr::GetANext);
            self.load_const_none();
            self.emit(Instr::YieldFrom);
            self.pop_handler();
        } else {
            self.emit(Instr::ForIter(cleanup.0));
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind, held)?;
        } else {
            let depth = (i as u32 + 1) + held;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.emit(Instr::Jump(start.0));
        if g.is_async {
            self.place(handler);
            self.emit(Instr::EndAsyncFor);
        } else {
            self.place(cleanup);
        }
        self.unit().depth -= 1;
        self.place(end);
        Ok(())
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> CResult {
        let mut n = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    let text = &self.source[s.range.start().to_usize()..s.range.end().to_usize()];
                    if let Some(b) = crate::compile::literal::quoted_literal(text, &s.value) {
                        self.load_const_wtf8(b);
                        n += 1;
                    } else if !s.value.is_empty() {
                        self.load_const_str(&s.value);
                        n += 1;
                    }
                }
                ast::FStringPart::FString(fs) => {
                    n += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if n == 0 {
            self.load_const_str("");
        } else if n > 1 {
            self.emit(Instr::BuildString(n));
        }
        Ok(())
    }

    /// Pushes the pieces of an f-string and returns how many.
    fn fstring_elements(&mut self, els: &ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    let text = &self.source[l.range.start().to_usize()..l.range.end().to_usize()];
                    if let Some(b) = crate::compile::literal::fstring_piece(text, &l.value) {
                        self.load_const_wtf8(b);
                        n += 1;
                    } else if !l.value.is_empty() {
                        self.load_const_str(&l.value);
                        n += 1;
                    }
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dbg) = &i.debug_text {
                        let text =
                            format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                        self.load_const_str(&text);
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    if let Expr::Starred(st) = &*i.expression {
                        return Err(self.err(st, "f-string: cannot use starred expression here"));
                    }
                    self.expr(&i.expression)?;
                    let mut fl = conv;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        match k {
                            0 => self.load_const_str(""),
                            1 => {}
                            k => self.emit(Instr::BuildString(k)),
                        }
                        fl |= 4;
                    }
                    self.emit(Instr::FormatValue(fl));
                    n += 1;
                }
            }
        }
        Ok(n)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Collection {
    List,
    Tuple,
    Set,
}

enum CompKind<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Gen(&'e Expr),
}

/// Parses an integer literal token (any base, with underscores) too big for i64.
fn parse_int_literal(text: &str) -> Option<num_bigint::BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)
}
