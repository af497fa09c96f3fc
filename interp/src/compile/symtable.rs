//! Symbol tables: which names each scope binds, and whether each name is a fast local,
//! a cell, a free variable, a global or a class-namespace name.
//!
//! Pass one walks the AST and records, per scope, how each name is used; pass two
//! resolves free variables against the enclosing function scopes (CPython:
//! Python/symtable.c, `analyze_block`). Scopes are keyed by the address of their AST
//! node, which stays put while the compiler holds the tree.

use std::collections::HashMap;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

pub mod flag {
    pub const ASSIGNED: u32 = 1;
    pub const PARAM: u32 = 2;
    pub const GLOBAL: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USED: u32 = 16;
    /// Bound by a walrus inside a comprehension: lives in the enclosing scope.
    pub const COMP_WALRUS_FREE: u32 = 32;
    pub const ANNOTATED: u32 = 64;
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: HashMap<String, Symbol>,
    /// Names in order of first appearance (to give locals a stable order).
    pub order: Vec<String>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// A method that uses `super` or `__class__` needs the implicit `__class__` cell.
    pub needs_class_cell: bool,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Where each `nonlocal` name was declared, to place "no binding" errors.
    pub nonlocal_offsets: HashMap<String, u32>,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

#[derive(Debug)]
pub struct SymtableError {
    pub msg: String,
    pub offset: u32,
}

type SResult<T = ()> = Result<T, SymtableError>;

/// Identifies a scope-creating node by its source range: unlike its address, the range
/// survives the code generator cloning statements (a `finally` body compiled on both the
/// normal and the exceptional path, `try/except*/finally` rewritten into nested trys),
/// and no two scope-creating nodes below the module share a range. The module itself
/// can share its range with its only statement (`def f(): pass` without a newline), so
/// it is keyed by [`MODULE_KEY`], a value no real range produces.
fn key<T: Ranged>(node: &T) -> usize {
    let r = node.range();
    ((r.start().to_u32() as usize) << 32) | r.end().to_u32() as usize
}

pub fn node_key<T: Ranged>(node: &T) -> usize {
    key(node)
}

/// The key of the module (or eval expression) scope: start and end both `u32::MAX`.
pub const MODULE_KEY: usize = usize::MAX;

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
}

impl Builder {
    fn new_scope(&mut self, kind: ScopeKind, name: &str, node: usize) -> usize {
        let id = self.scopes.len();
        let parent = self.stack.last().copied();
        self.scopes.push(Scope {
            kind,
            name: name.to_string(),
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            has_varargs: false,
            has_varkw: false,
            needs_class_cell: false,
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            nonlocal_offsets: HashMap::new(),
        });
        if let Some(p) = parent {
            self.scopes[p].children.push(id);
        }
        self.by_node.insert(node, id);
        id
    }

    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap();
        &mut self.scopes[id]
    }

    fn add(&mut self, name: &str, fl: u32, offset: u32) -> SResult {
        let scope = self.cur();
        let kind = scope.kind;
        if let Some(sym) = scope.symbols.get_mut(name) {
            if fl & (flag::GLOBAL | flag::NONLOCAL) != 0 {
                let which = if fl & flag::GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                if sym.flags & flag::PARAM != 0 && kind != ScopeKind::Module {
                    return Err(SymtableError {
                        msg: format!("name '{}' is parameter and {}", name, which),
                        offset,
                    });
                }
                if sym.flags & flag::USED != 0 {
                    return Err(SymtableError {
                        msg: format!("name '{}' is used prior to {} declaration", name, which),
                        offset,
                    });
                }
                if sym.flags & (flag::ASSIGNED | flag::ANNOTATED) != 0 {
                    return Err(SymtableError {
                        msg: format!(
                            "name '{}' is assigned to before {} declaration",
                            name, which
                        ),
                        offset,
                    });
                }
                if fl & flag::GLOBAL != 0 && sym.flags & flag::NONLOCAL != 0 {
                    return Err(SymtableError {
                        msg: format!("name '{}' is nonlocal and global", name),
                        offset,
                    });
                }
                if fl & flag::NONLOCAL != 0 && sym.flags & flag::GLOBAL != 0 {
                    return Err(SymtableError {
                        msg: format!("name '{}' is nonlocal and global", name),
                        offset,
                    });
                }
            }
            if fl & flag::ANNOTATED != 0 && sym.flags & (flag::GLOBAL | flag::NONLOCAL) != 0 {
                let which = if sym.flags & flag::GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                return Err(SymtableError {
                    msg: format!("annotated name '{}' can't be {}", name, which),
                    offset,
                });
            }
            sym.flags |= fl;
        } else {
            scope.symbols.insert(
                name.to_string(),
                Symbol {
                    flags: fl,
                    scope: NameScope::GlobalImplicit,
                },
            );
            scope.order.push(name.to_string());
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> SResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn off<T: ruff_text_size::Ranged>(n: &T) -> u32 {
        n.range().start().to_u32()
    }

    fn params(&mut self, p: &ast::Parameters) -> SResult {
        let mut seen: Vec<&str> = Vec::new();
        for a in p.iter() {
            let n = a.name().as_str();
            if seen.contains(&n) {
                return Err(SymtableError {
                    msg: format!("duplicate argument '{}' in function definition", n),
                    offset: a.range().start().to_u32(),
                });
            }
            seen.push(n);
        }
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            self.add(a.parameter.name.as_str(), flag::PARAM, Self::off(a))?;
            self.cur().params.push(a.parameter.name.to_string());
        }
        for a in p.kwonlyargs.iter() {
            self.add(a.parameter.name.as_str(), flag::PARAM, Self::off(a))?;
            self.cur().params.push(a.parameter.name.to_string());
        }
        if let Some(v) = &p.vararg {
            self.add(v.name.as_str(), flag::PARAM, Self::off(&**v))?;
            self.cur().params.push(v.name.to_string());
            self.cur().has_varargs = true;
        }
        if let Some(v) = &p.kwarg {
            self.add(v.name.as_str(), flag::PARAM, Self::off(&**v))?;
            self.cur().params.push(v.name.to_string());
            self.cur().has_varkw = true;
        }
        Ok(())
    }

    /// Defaults and annotations are evaluated in the enclosing scope.
    fn param_outer_parts(&mut self, p: &ast::Parameters, annotations: bool) -> SResult {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        if annotations {
            for a in p
                .posonlyargs
                .iter()
                .chain(p.args.iter())
                .chain(p.kwonlyargs.iter())
            {
                if let Some(an) = &a.parameter.annotation {
                    self.annotation(an)?;
                }
            }
            for v in p.vararg.iter().chain(p.kwarg.iter()) {
                if let Some(an) = &v.annotation {
                    self.annotation(an)?;
                }
            }
        }
        Ok(())
    }

    fn annotation(&mut self, e: &Expr) -> SResult {
        // With `from __future__ import annotations` they are strings and need no names,
        // but visiting them does no harm except marking names used.
        self.expr(e)
    }

    fn stmt(&mut self, s: &Stmt) -> SResult {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.param_outer_parts(&f.parameters, true)?;
                if let Some(r) = &f.returns {
                    self.annotation(r)?;
                }
                self.add(f.name.as_str(), flag::ASSIGNED, Self::off(f))?;
                let id = self.new_scope(ScopeKind::Function, f.name.as_str(), key(f));
                self.stack.push(id);
                self.cur().is_coroutine = f.is_async;
                self.params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.stack.pop();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                self.add(c.name.as_str(), flag::ASSIGNED, Self::off(c))?;
                let id = self.new_scope(ScopeKind::Class, c.name.as_str(), key(c));
                self.stack.push(id);
                self.stmts(&c.body)?;
                self.stack.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::TypeAlias(t) => {
                self.target(&t.name)?;
                self.expr(&t.value)?;
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.add(n.id.as_str(), flag::ASSIGNED | flag::USED, Self::off(n))?;
                } else {
                    self.target(&a.target)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let (Expr::Name(n), false) = (&*a.target, a.simple) {
                    // `(x): int` annotates nothing; only an assigned value binds `x`.
                    if a.value.is_some() {
                        self.add(n.id.as_str(), flag::ASSIGNED, Self::off(n))?;
                    }
                } else if let Expr::Name(n) = &*a.target {
                    let mut fl = flag::ANNOTATED;
                    if a.value.is_some() {
                        fl |= flag::ASSIGNED;
                    }
                    self.add(n.id.as_str(), fl, Self::off(n))?;
                } else {
                    self.target(&a.target)?;
                }
                self.annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                if f.is_async {
                    self.mark_async_use();
                }
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(e) = &r.cause {
                    self.expr(e)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n.as_str(), flag::ASSIGNED, Self::off(h))?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.as_str().split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, flag::ASSIGNED, Self::off(a))?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(SymtableError {
                                msg: "import * only allowed at module level".into(),
                                offset: Self::off(i),
                            });
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.add(&bound, flag::ASSIGNED, Self::off(a))?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.add(n.as_str(), flag::GLOBAL, Self::off(g))?;
                    // As in CPython, the declaration also marks the module's own symbol,
                    // so module-level code reaches it with the *_GLOBAL instructions.
                    let root = self.stack[0];
                    let top = &mut self.scopes[root];
                    if let Some(sym) = top.symbols.get_mut(n.as_str()) {
                        sym.flags |= flag::GLOBAL;
                    } else {
                        top.symbols.insert(
                            n.to_string(),
                            Symbol {
                                flags: flag::GLOBAL,
                                scope: NameScope::GlobalImplicit,
                            },
                        );
                        top.order.push(n.to_string());
                    }
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(SymtableError {
                        msg: "nonlocal declaration not allowed at module level".into(),
                        offset: Self::off(g),
                    });
                }
                for n in &g.names {
                    self.add(n.as_str(), flag::NONLOCAL, Self::off(g))?;
                    self.cur()
                        .nonlocal_offsets
                        .entry(n.to_string())
                        .or_insert(Self::off(g));
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn mark_async_use(&mut self) {}

    fn pattern(&mut self, p: &ast::Pattern) -> SResult {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p)?;
                }
            }
            P::MatchMapping(m) => {
                for k in m.keys.iter() {
                    self.expr(k)?;
                }
                for p in m.patterns.iter() {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.add(r.as_str(), flag::ASSIGNED, Self::off(m))?;
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in c.arguments.patterns.iter() {
                    self.pattern(p)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add(n.as_str(), flag::ASSIGNED, Self::off(s))?;
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add(n.as_str(), flag::ASSIGNED, Self::off(a))?;
                }
            }
            P::MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn target(&mut self, e: &Expr) -> SResult {
        match e {
            Expr::Name(n) => self.add(n.id.as_str(), flag::ASSIGNED, Self::off(n)),
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        node: usize,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) -> SResult {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        let id = self.new_scope(ScopeKind::Comprehension, name, node);
        self.stack.push(id);
        if is_genexp {
            self.cur().is_generator = true;
        }
        if generators.iter().any(|g| g.is_async) {
            self.cur().is_coroutine = true;
        }
        self.cur().params.push(".0".to_string());
        self.add(".0", flag::PARAM, 0)?;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.comp_target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        let async_comp = self.cur().is_coroutine && !is_genexp;
        self.stack.pop();
        // An async list/set/dict comprehension makes the comprehension around it async too.
        if async_comp && self.cur().kind == ScopeKind::Comprehension {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn comp_target(&mut self, e: &Expr) -> SResult {
        self.target(e)
    }

    fn walrus_target(&mut self, name: &str, offset: u32) -> SResult {
        // Inside comprehensions the target binds in the nearest non-comprehension scope.
        let mut idx = self.stack.len() - 1;
        if self.scopes[self.stack[idx]].kind != ScopeKind::Comprehension {
            return self.add(name, flag::ASSIGNED, offset);
        }
        // Comprehension iteration variables cannot be rebound.
        if let Some(sym) = self.scopes[self.stack[idx]].symbols.get(name) {
            if sym.flags & flag::ASSIGNED != 0 {
                return Err(SymtableError {
                    msg: format!(
                        "assignment expression cannot rebind comprehension iteration variable '{}'",
                        name
                    ),
                    offset,
                });
            }
        }
        while self.scopes[self.stack[idx]].kind == ScopeKind::Comprehension {
            let sid = self.stack[idx];
            let scope = &mut self.scopes[sid];
            match scope.symbols.get_mut(name) {
                Some(s) => s.flags |= flag::COMP_WALRUS_FREE | flag::USED,
                None => {
                    scope.symbols.insert(
                        name.to_string(),
                        Symbol {
                            flags: flag::COMP_WALRUS_FREE | flag::USED,
                            scope: NameScope::Free,
                        },
                    );
                    scope.order.push(name.to_string());
                }
            }
            idx -= 1;
        }
        let target_scope = self.stack[idx];
        if self.scopes[target_scope].kind == ScopeKind::Class {
            return Err(SymtableError {
                msg: "assignment expression within a comprehension cannot be used in a class body"
                    .into(),
                offset,
            });
        }
        let saved = self.stack.split_off(idx + 1);
        let r = self.add(name, flag::ASSIGNED, offset);
        self.stack.extend(saved);
        r
    }

    fn expr(&mut self, e: &Expr) -> SResult {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                if let Expr::Name(t) = &*n.target {
                    self.walrus_target(t.id.as_str(), Self::off(t))?;
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_outer_parts(p, false)?;
                }
                let id = self.new_scope(ScopeKind::Lambda, "<lambda>", key(l));
                self.stack.push(id);
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.expr(&l.body)?;
                self.stack.pop();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(k)?;
                    }
                    self.expr(&it.value)?;
                }
            }
            Expr::Set(s) => {
                for e in &s.elts {
                    self.expr(e)?;
                }
            }
            Expr::ListComp(c) => {
                self.comprehension(key(c), "<listcomp>", &c.generators, &[&c.elt], false)?
            }
            Expr::SetComp(c) => {
                self.comprehension(key(c), "<setcomp>", &c.generators, &[&c.elt], false)?
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(key(c), "<dictcomp>", &c.generators, &elts, false)?
            }
            Expr::Generator(c) => {
                self.comprehension(key(c), "<genexpr>", &c.generators, &[&c.elt], true)?
            }
            Expr::Await(a) => {
                self.expr(&a.value)?;
                // An await makes the comprehension around it asynchronous.
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().is_coroutine = true;
                }
            }
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for e in c.comparators.iter() {
                    self.expr(e)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                let name = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Load => {
                        self.add(name, flag::USED, Self::off(n))?;
                        if name == "super" || name == "__class__" {
                            self.cur().needs_class_cell = true;
                        }
                    }
                    _ => self.add(name, flag::ASSIGNED, Self::off(n))?,
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.expr(e)?;
                }
            }
            Expr::Tuple(l) => {
                for e in &l.elts {
                    self.expr(e)?;
                }
            }
            Expr::Slice(s) => {
                for e in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(e)?;
                }
            }
        }
        Ok(())
    }

    fn fstring_elements(&mut self, els: &ast::InterpolatedStringElements) -> SResult {
        for el in els.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }
}

/// Builds the symbol table of a module (or of an `eval`/`exec` body).
pub fn build_module(body: &[Stmt], module_key: usize) -> Result<SymbolTable, SymtableError> {
    let mut b = Builder {
        scopes: Vec::new(),
        by_node: HashMap::new(),
        stack: Vec::new(),
    };
    let root = b.new_scope(ScopeKind::Module, "top", module_key);
    b.stack.push(root);
    b.stmts(body)?;
    b.stack.pop();
    let mut t = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut t, root, &[])?;
    Ok(t)
}

/// Builds the symbol table for a single expression (eval mode).
pub fn build_expression(e: &Expr, module_key: usize) -> Result<SymbolTable, SymtableError> {
    let mut b = Builder {
        scopes: Vec::new(),
        by_node: HashMap::new(),
        stack: Vec::new(),
    };
    let root = b.new_scope(ScopeKind::Module, "top", module_key);
    b.stack.push(root);
    b.expr(e)?;
    b.stack.pop();
    let mut t = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut t, root, &[])?;
    Ok(t)
}

/// Resolves every symbol of `id` given the names bound by enclosing function scopes,
/// then fills `varnames`/`cellvars`/`freevars`. Returns the free names this scope (and
/// its children) need from outside.
fn analyze(
    t: &mut SymbolTable,
    id: usize,
    enclosing_bound: &[String],
) -> Result<Vec<String>, SymtableError> {
    let kind = t.scopes[id].kind;
    let is_function = matches!(
        kind,
        ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
    );

    // First pass: classify each symbol of this scope by its own flags.
    let names: Vec<String> = t.scopes[id].order.clone();
    for name in &names {
        let sym = t.scopes[id].symbols.get(name).unwrap().clone();
        let scope = if sym.flags & flag::GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if sym.flags & flag::NONLOCAL != 0 {
            if !enclosing_bound.contains(name) {
                return Err(SymtableError {
                    msg: format!("no binding for nonlocal '{}' found", name),
                    offset: t.scopes[id]
                        .nonlocal_offsets
                        .get(name)
                        .copied()
                        .unwrap_or(0),
                });
            }
            NameScope::Free
        } else if sym.flags & flag::COMP_WALRUS_FREE != 0
            && sym.flags & (flag::ASSIGNED | flag::PARAM) == 0
        {
            if enclosing_bound.contains(name) {
                NameScope::Free
            } else {
                NameScope::GlobalExplicit
            }
        } else if sym.flags & (flag::ASSIGNED | flag::PARAM) != 0
            || (sym.flags & flag::ANNOTATED != 0 && kind != ScopeKind::Module)
        {
            NameScope::Local
        } else if enclosing_bound.contains(name) {
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        t.scopes[id].symbols.get_mut(name).unwrap().scope = scope;
    }
    if kind == ScopeKind::Module {
        // Module-level names are globals accessed through the namespace.
        for name in &names {
            let s = t.scopes[id].symbols.get_mut(name).unwrap();
            if s.scope == NameScope::Local {
                s.scope = NameScope::GlobalImplicit;
            }
        }
    }

    // Names visible to children as enclosing function bindings.
    let mut child_bound: Vec<String> = enclosing_bound.to_vec();
    if is_function {
        for name in &names {
            let s = &t.scopes[id].symbols[name];
            if matches!(s.scope, NameScope::Local | NameScope::Free) && !child_bound.contains(name)
            {
                child_bound.push(name.clone());
            }
            if s.scope == NameScope::GlobalExplicit {
                child_bound.retain(|n| n != name);
            }
        }
    } else if kind == ScopeKind::Class {
        // A class body binds no names for nested scopes, except the implicit __class__;
        // its `global` declarations do not reach them either.
        child_bound.push("__class__".to_string());
    } else {
        child_bound.clear();
    }

    let children = t.scopes[id].children.clone();
    let mut child_free: Vec<String> = Vec::new();
    for c in children {
        // Methods using super()/__class__ reference the class cell as a free variable.
        if t.scopes[c].needs_class_cell
            && matches!(
                t.scopes[c].kind,
                ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
            )
            && !t.scopes[c].symbols.contains_key("__class__")
        {
            t.scopes[c].symbols.insert(
                "__class__".into(),
                Symbol {
                    flags: flag::USED,
                    scope: NameScope::GlobalImplicit,
                },
            );
            t.scopes[c].order.push("__class__".into());
        }
        let free = analyze(t, c, &child_bound)?;
        for f in free {
            if !child_free.contains(&f) {
                child_free.push(f);
            }
        }
    }
    // Propagate needs_class_cell up through nested functions so the chain of free vars
    // reaches the class.
    let mut my_free: Vec<String> = Vec::new();
    for f in &child_free {
        match t.scopes[id].symbols.get_mut(f) {
            Some(s) if is_function && s.scope == NameScope::Local => s.scope = NameScope::Cell,
            Some(s) if is_function && s.scope == NameScope::Free => {
                if !my_free.contains(f) {
                    my_free.push(f.clone());
                }
            }
            Some(s) if kind == ScopeKind::Class && f == "__class__" => {
                let _ = s;
                t.scopes[id].needs_class_cell = true;
            }
            Some(s) if kind == ScopeKind::Class => {
                // A class body that defines a name a child needs free: the child really
                // binds to the enclosing function, so the class passes it through.
                if (s.scope == NameScope::Free || enclosing_bound.contains(f))
                    && !my_free.contains(f)
                {
                    my_free.push(f.clone());
                }
            }
            Some(_) => {}
            None => {
                if kind == ScopeKind::Class && f == "__class__" {
                    t.scopes[id].needs_class_cell = true;
                } else if is_function || kind == ScopeKind::Class {
                    // Passing through: a free variable of this scope too.
                    t.scopes[id].symbols.insert(
                        f.clone(),
                        Symbol {
                            flags: 0,
                            scope: NameScope::Free,
                        },
                    );
                    t.scopes[id].order.push(f.clone());
                    if !my_free.contains(f) {
                        my_free.push(f.clone());
                    }
                }
            }
        }
    }
    for name in &names {
        let s = &t.scopes[id].symbols[name];
        if s.scope == NameScope::Free && !my_free.contains(name) {
            my_free.push(name.clone());
        }
    }

    // Lay out varnames / cellvars / freevars.
    let scope = &mut t.scopes[id];
    if is_function {
        let mut varnames: Vec<String> = scope.params.clone();
        for name in &scope.order {
            let s = &scope.symbols[name];
            if s.scope == NameScope::Local && !varnames.contains(name) {
                varnames.push(name.clone());
            }
        }
        scope.varnames = varnames;
    }
    let mut cellvars: Vec<String> = scope
        .order
        .iter()
        .filter(|n| scope.symbols[*n].scope == NameScope::Cell)
        .cloned()
        .collect();
    if kind == ScopeKind::Class && scope.needs_class_cell {
        cellvars.push("__class__".into());
    }
    cellvars.sort();
    scope.cellvars = cellvars;
    let mut freevars: Vec<String> = my_free.clone();
    freevars.sort();
    scope.freevars = freevars;
    Ok(my_free)
}

impl SymbolTable {
    pub fn lookup(&self, scope: usize, name: &str) -> Option<&Symbol> {
        self.scopes[scope].symbols.get(name)
    }
}
