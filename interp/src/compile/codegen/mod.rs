//! Code generation: walks the AST of one module and emits a code object per scope.
//!
//! `Compiler` keeps a stack of `Unit`s (the code objects being built). Statements live
//! in `stmt.rs`, expressions in `expr.rs`, `match` patterns in `pattern.rs`; this file
//! owns units, labels, constants, name resolution and the exception table.

mod expr;
mod pattern;
mod pattern_check;
mod stmt;
mod warn;

use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::bytecode::Instr;
use super::code::{flags, CodeObject, ExceptionEntry};
use super::source::LineIndex;
use super::symtable::{self, NameScope, ScopeKind, SymbolTable};
use crate::object::PyRef;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Exec,
    Eval,
    /// Interactive statements: expression statements print their value.
    Single,
}

#[derive(Debug, Clone)]
pub struct CompileError {
    pub kind: &'static str,
    pub msg: String,
    pub lineno: u32,
    /// 1-based column (character offset in the line + 1).
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}

pub type CResult<T = ()> = Result<T, CompileError>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label(u32);

/// Constant-pool keys, so equal constants share a slot (`1` and `1.0` and `True` do not).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(String),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    /// A str holding surrogates, by its generalized UTF-8 bytes.
    Wtf8(Vec<u8>),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    Unique(usize),
}

#[derive(Clone)]
enum FBlock {
    /// `has_iter`: a `for` loop keeps its iterator on the stack.
    Loop {
        cont: Label,
        brk: Label,
        has_iter: bool,
    },
    /// A `try` with a `finally` body to run on the way out.
    Finally { body: Rc<Vec<Stmt>> },
    /// A finally body run by `return`: the return value is on the stack below it.
    PopValue,
    /// A `with` block: its exit function is on the stack.
    With { is_async: bool },
    /// Inside an `except` clause: the previous exception is on the stack; `name` is the
    /// bound name to clear.
    ExceptHandler { name: Option<String> },
    /// `try` body of a try/except: nothing to undo but the handler.
    TryExcept,
    /// The body of an `except*` clause, which break/continue/return may not leave.
    ExceptStarBody,
    /// Inside a `finally` body run for an exception (prev exc and exc on the stack).
    FinallyEnd,
}

struct Unit {
    scope: usize,
    kind: ScopeKind,
    name: String,
    qualname: String,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    handlers: Vec<Option<(Label, u32)>>,
    labels: Vec<Option<u32>>,
    consts: Vec<PyRef>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<PyRef>,
    name_map: HashMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    firstlineno: u32,
    cur_line: u32,
    handler_stack: Vec<(Label, u32)>,
    fblocks: Vec<(FBlock, Option<(Label, u32)>)>,
    /// Items held on the value stack by enclosing statements (iterators, exit functions,
    /// saved exceptions); the depth an exception handler cuts the stack back to.
    depth: u32,
    /// The class whose body (or method) this is, for private-name mangling.
    private: Option<String>,
    in_async_comprehension: bool,
}

pub struct Compiler<'a> {
    vm: &'a Vm,
    st: SymbolTable,
    filename: PyRef,
    source: Rc<str>,
    lines: LineIndex,
    units: Vec<Unit>,
    future_annotations: bool,
    mode: Mode,
    optimize: u32,
}

/// Parses and compiles `source` into a module (or expression) code object.
pub fn compile_source(
    vm: &Vm,
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: u32,
) -> CResult<PyRef> {
    let src: Rc<str> = Rc::from(source);
    let lines = LineIndex::new(source);
    let err_at = |msg: String, kind: &'static str, start: u32, end: u32| {
        let lineno = lines.line(start);
        let ls = lines.line_start(lineno);
        let col = source
            .get(ls as usize..start as usize)
            .map(|s| s.chars().count())
            .unwrap_or(0) as u32
            + 1;
        let end_lineno = lines.line(end);
        let els = lines.line_start(end_lineno);
        let end_col = source
            .get(els as usize..end as usize)
            .map(|s| s.chars().count())
            .unwrap_or(0) as u32
            + 1;
        CompileError {
            kind,
            msg,
            lineno,
            col,
            end_lineno,
            end_col,
        }
    };
    crate::compile::string_errors::warn_escapes(vm, source, filename)
        .map_err(|(msg, at)| err_at(msg, "SyntaxError", at, at))?;
    let options = |m: ruff_python_parser::Mode| {
        ruff_python_parser::ParseOptions::from(m).with_target_version(ast::PythonVersion::PY311)
    };
    match mode {
        Mode::Eval => {
            // The tokenizer rejects an indented first logical line before the parser runs.
            let first = source.lines().enumerate().find(|(_, l)| {
                let body = l.trim_start_matches([' ', '\t', '\x0c']);
                !body.is_empty() && !body.starts_with('#')
            });
            if let Some((n, line)) = first {
                let body = line.trim_start_matches([' ', '\t', '\x0c']);
                // A form feed resets the indentation count.
                let indent = &line[..line.len() - body.len()];
                let counted = indent.rsplit('\x0c').next().unwrap_or("");
                if !counted.is_empty() {
                    return Err(CompileError {
                        kind: "IndentationError",
                        msg: "unexpected indent".into(),
                        lineno: n as u32 + 1,
                        col: (line.len() - body.len()) as u32,
                        end_lineno: n as u32 + 1,
                        end_col: 0,
                    });
                }
            }
            let parsed = ruff_python_parser::parse_expression(source).map_err(|e| {
                let d = describe_parse_error(source, &e);
                err_at(d.msg, d.kind, d.start, d.end)
            })?;
            if let Some(f) = crate::compile::string_errors::first_error(source, false) {
                return Err(err_at(f.err.msg, f.err.kind, f.err.start, f.err.end));
            }
            let body = &parsed.syntax().body;
            let mkey = symtable::MODULE_KEY;
            let st = symtable::build_expression(body, mkey)
                .map_err(|e| err_at(e.msg, "SyntaxError", e.offset, e.offset))?;
            let filename = vm.new_str(filename);
            let mut c = Compiler {
                vm,
                st,
                filename,
                source: src.clone(),
                lines,
                units: Vec::new(),
                future_annotations: false,
                mode,
                optimize,
            };
            let root = *c.st.by_node.get(&mkey).unwrap();
            c.push_unit(root, "<module>".into(), "<module>".into(), 1);
            c.expr(body)?;
            c.emit(Instr::ReturnValue);
            c.pop_unit()
        }
        _ => {
            let parsed =
                ruff_python_parser::parse(source, options(ruff_python_parser::Mode::Module))
                    .map(|p| p.try_into_module().expect("module mode"))
                    .map_err(|e| {
                        let d = describe_parse_error(source, &e);
                        err_at(d.msg, d.kind, d.start, d.end)
                    })?;
            if let Some(f) = crate::compile::string_errors::first_error(source, false) {
                return Err(err_at(f.err.msg, f.err.kind, f.err.start, f.err.end));
            }
            if let Some(e) = parsed.unsupported_syntax_errors().first() {
                let start = e.range.start().to_u32();
                return Err(err_at(
                    format!("{}", e),
                    "SyntaxError",
                    start,
                    e.range.end().to_u32(),
                ));
            }
            let module = parsed.syntax();
            let mkey = symtable::MODULE_KEY;
            let st = symtable::build_module(&module.body, mkey)
                .map_err(|e| err_at(e.msg, "SyntaxError", e.offset, e.offset))?;
            let filename = vm.new_str(filename);
            let mut c = Compiler {
                vm,
                st,
                filename,
                source: src.clone(),
                lines,
                units: Vec::new(),
                future_annotations: false,
                mode,
                optimize,
            };
            c.check_future(&module.body)?;
            let root = *c.st.by_node.get(&mkey).unwrap();
            c.push_unit(root, "<module>".into(), "<module>".into(), 1);
            c.module_body(&module.body)?;
            c.pop_unit()
        }
    }
}

impl<'a> Compiler<'a> {
    fn err<T: Ranged>(&self, node: &T, msg: impl Into<String>) -> CompileError {
        self.err_range(
            node.range().start().to_u32(),
            node.range().end().to_u32(),
            "SyntaxError",
            msg,
        )
    }

    fn err_range(
        &self,
        start: u32,
        end: u32,
        kind: &'static str,
        msg: impl Into<String>,
    ) -> CompileError {
        let lineno = self.lines.line(start);
        let ls = self.lines.line_start(lineno);
        let col = self
            .source
            .get(ls as usize..start as usize)
            .map(|s| s.chars().count())
            .unwrap_or(0) as u32
            + 1;
        let end_lineno = self.lines.line(end);
        let els = self.lines.line_start(end_lineno);
        let end_col = self
            .source
            .get(els as usize..end as usize)
            .map(|s| s.chars().count())
            .unwrap_or(0) as u32
            + 1;
        CompileError {
            kind,
            msg: msg.into(),
            lineno,
            col,
            end_lineno,
            end_col,
        }
    }

    fn check_future(&mut self, body: &[Stmt]) -> CResult {
        let mut seen_other = false;
        for (i, s) in body.iter().enumerate() {
            match s {
                Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::StringLiteral(_)) => {}
                Stmt::ImportFrom(f)
                    if f.module.as_ref().map(|m| m.as_str()) == Some("__future__")
                        && f.level == 0 =>
                {
                    if seen_other {
                        return Err(self.err(
                            f,
                            "from __future__ imports must occur at the beginning of the file",
                        ));
                    }
                    for a in &f.names {
                        match a.name.as_str() {
                            "annotations" => self.future_annotations = true,
                            "nested_scopes" | "generators" | "division" | "absolute_import"
                            | "with_statement" | "print_function" | "unicode_literals"
                            | "generator_stop" => {}
                            "braces" => return Err(self.err(a, "not a chance")),
                            other => {
                                return Err(
                                    self.err(a, format!("future feature {} is not defined", other))
                                )
                            }
                        }
                    }
                }
                _ => seen_other = true,
            }
        }
        Ok(())
    }

    // ----- units -------------------------------------------------------------------

    fn push_unit(&mut self, scope: usize, name: String, qualname: String, firstlineno: u32) {
        let sc = &self.st.scopes[scope];
        let private = match sc.kind {
            ScopeKind::Class => Some(sc.name.clone()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let mut flags_ = 0;
        match sc.kind {
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension => {
                flags_ |= flags::OPTIMIZED | flags::NEWLOCALS;
                if sc.has_varargs {
                    flags_ |= flags::VARARGS;
                }
                if sc.has_varkw {
                    flags_ |= flags::VARKEYWORDS;
                }
                match (sc.is_generator, sc.is_coroutine) {
                    (true, true) => flags_ |= flags::ASYNC_GENERATOR,
                    (true, false) => flags_ |= flags::GENERATOR,
                    (false, true) => flags_ |= flags::COROUTINE,
                    _ => {}
                }
                if self.units.iter().any(|u| u.kind != ScopeKind::Module) {
                    flags_ |= flags::NESTED;
                }
            }
            _ => {}
        }
        if self.future_annotations {
            flags_ |= flags::FUTURE_ANNOTATIONS;
        }
        let unit = Unit {
            scope,
            kind: sc.kind,
            name,
            qualname,
            instrs: Vec::new(),
            lines: Vec::new(),
            handlers: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: sc.varnames.clone(),
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: flags_,
            firstlineno,
            cur_line: firstlineno,
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            depth: 0,
            private,
            in_async_comprehension: false,
        };
        self.units.push(unit);
    }

    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().unwrap()
    }

    fn u(&self) -> &Unit {
        self.units.last().unwrap()
    }

    /// Finishes the current unit: resolves labels, builds the exception table.
    fn pop_unit(&mut self) -> CResult<PyRef> {
        let u = self.units.pop().unwrap();
        let resolve = |l: u32| -> u32 { u.labels[l as usize].expect("label placed") };
        let mut instrs: Vec<Instr> = u
            .instrs
            .iter()
            .map(|i| match *i {
                Instr::Jump(l) => Instr::Jump(resolve(l)),
                Instr::PopJumpIfFalse(l) => Instr::PopJumpIfFalse(resolve(l)),
                Instr::PopJumpIfTrue(l) => Instr::PopJumpIfTrue(resolve(l)),
                Instr::JumpIfFalseOrPop(l) => Instr::JumpIfFalseOrPop(resolve(l)),
                Instr::JumpIfTrueOrPop(l) => Instr::JumpIfTrueOrPop(resolve(l)),
                Instr::PopJumpIfNone(l) => Instr::PopJumpIfNone(resolve(l)),
                Instr::PopJumpIfNotNone(l) => Instr::PopJumpIfNotNone(resolve(l)),
                Instr::ForIter(l) => Instr::ForIter(resolve(l)),
                other => other,
            })
            .collect();
        crate::compile::peephole::fuse(&mut instrs);
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut i = 0;
        while i < u.handlers.len() {
            if let Some((label, depth)) = u.handlers[i] {
                let start = i;
                while i < u.handlers.len() && u.handlers[i] == Some((label, depth)) {
                    i += 1;
                }
                table.push(ExceptionEntry {
                    start: start as u32,
                    end: i as u32,
                    handler: resolve(label.0),
                    depth,
                });
            } else {
                i += 1;
            }
        }
        let vm = self.vm;
        let strs = |v: &[String]| -> Vec<PyRef> { v.iter().map(|s| vm.intern(s)).collect() };
        let varnames = strs(&u.varnames);
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                let nargs = (u.argcount
                    + u.kwonlyargcount
                    + (u.flags & flags::VARARGS != 0) as u32
                    + (u.flags & flags::VARKEYWORDS != 0) as u32)
                    as usize;
                u.varnames[..nargs.min(u.varnames.len())]
                    .iter()
                    .position(|v| v == c)
                    .map(|p| p as u32)
            })
            .collect();
        let mut fl = u.flags;
        if u.freevars.is_empty() && u.cellvars.is_empty() {
            fl |= flags::NOFREE;
        }
        let nlocals = u.varnames.len();
        let nslots = nlocals + u.cellvars.len() + u.freevars.len();
        if !crate::compile::bytecode::control_flow_in_bounds(
            &instrs,
            table.iter().map(|e| e.handler as usize),
        ) || !crate::compile::bytecode::operands_in_bounds(
            &instrs,
            nlocals,
            nslots,
            u.consts.len(),
        ) {
            // A compiler bug: refuse the code rather than run outside it.
            return Err(CompileError {
                kind: "SystemError",
                msg: format!("compiler produced bytecode that leaves '{}'", u.qualname),
                lineno: u.firstlineno,
                col: 0,
                end_lineno: u.firstlineno,
                end_col: 0,
            });
        }
        let code = CodeObject {
            name: vm.intern(&u.name),
            qualname: vm.new_str(&u.qualname),
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: fl,
            instrs: instrs.into_iter().map(std::cell::Cell::new).collect(),
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            varnames,
            cellvars: strs(&u.cellvars),
            freevars: strs(&u.freevars),
            cell2arg,
            exception_table: table,
            source: Some(self.source.clone()),
            attr_cache: std::cell::RefCell::new(Default::default()),
            global_cache: std::cell::RefCell::new(Vec::new()),
        };
        Ok(vm.new_code(code))
    }

    // ----- emission ----------------------------------------------------------------

    fn emit(&mut self, i: Instr) {
        let u = self.unit();
        let h = u.handler_stack.last().copied();
        u.instrs.push(i);
        u.lines.push(u.cur_line);
        u.handlers.push(h);
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn place(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.instrs.len() as u32);
    }

    fn set_line<T: Ranged>(&mut self, node: &T) {
        let line = self.lines.line(node.range().start().to_u32());
        self.unit().cur_line = line;
    }

    /// An attribute load is located on the line of its attribute name (3.11: a
    /// traceback through `(obj\n  .attr)` points at `.attr`).
    fn set_attr_line<T: Ranged>(&mut self, node: &T) {
        let line = self.lines.line(node.range().end().to_u32());
        self.unit().cur_line = line;
    }

    fn line_of<T: Ranged>(&self, node: &T) -> u32 {
        self.lines.line(node.range().start().to_u32())
    }

    fn push_handler(&mut self, l: Label, depth: u32) {
        self.unit().handler_stack.push((l, depth));
    }

    fn pop_handler(&mut self) {
        self.unit().handler_stack.pop();
    }

    fn add_const_key(&mut self, key: ConstKey, make: impl FnOnce(&Vm) -> PyRef) -> u32 {
        if let Some(&i) = self.u().const_map.get(&key) {
            return i;
        }
        let obj = make(self.vm);
        let u = self.unit();
        u.consts.push(obj);
        let i = u.consts.len() as u32 - 1;
        u.const_map.insert(key, i);
        i
    }

    fn load_const_none(&mut self) {
        let i = self.add_const_key(ConstKey::None, |vm| vm.none());
        self.emit(Instr::LoadConst(i));
    }

    fn const_str(&mut self, s: &str) -> u32 {
        self.add_const_key(ConstKey::Str(s.to_string()), |vm| vm.intern(s))
    }

    /// A str constant that holds surrogates (see `compile::literal`).
    fn const_wtf8(&mut self, b: ferropy_primitives::wtf8::Wtf8Buf) -> u32 {
        let key = ConstKey::Wtf8(b.as_bytes().to_vec());
        self.add_const_key(key, |vm| crate::objects::str::new_wtf8(vm, b))
    }

    fn load_const_wtf8(&mut self, b: ferropy_primitives::wtf8::Wtf8Buf) {
        let i = self.const_wtf8(b);
        self.emit(Instr::LoadConst(i));
    }

    fn load_const_str(&mut self, s: &str) {
        let i = self.const_str(s);
        self.emit(Instr::LoadConst(i));
    }

    fn load_const_int(&mut self, v: i64) {
        let i = self.add_const_key(ConstKey::Int(v), |vm| vm.new_int(v));
        self.emit(Instr::LoadConst(i));
    }

    fn const_obj(&mut self, obj: PyRef) -> u32 {
        let key = ConstKey::Unique(obj.id());
        self.add_const_key(key, |_| obj)
    }

    /// A constant tuple of strings (keyword names, match-class attribute names).
    fn const_str_tuple(&mut self, items: &[String]) -> u32 {
        let key = ConstKey::Tuple(items.iter().map(|s| ConstKey::Str(s.clone())).collect());
        let vm = self.vm;
        self.add_const_key(key, |vm2| {
            let _ = vm;
            vm2.new_tuple(items.iter().map(|s| vm2.intern(s)).collect())
        })
    }

    fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.u().name_map.get(name) {
            return i;
        }
        let obj = self.vm.intern(name);
        let u = self.unit();
        u.names.push(obj);
        let i = u.names.len() as u32 - 1;
        u.name_map.insert(name.to_string(), i);
        i
    }

    /// Private name mangling: `__x` inside class `C` becomes `_C__x`.
    fn mangle(&self, name: &str) -> String {
        if let Some(cls) = &self.u().private {
            if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
                let stripped = cls.trim_start_matches('_');
                if !stripped.is_empty() {
                    return format!("_{}{}", stripped, name);
                }
            }
        }
        name.to_string()
    }

    fn var_index(&self, name: &str) -> Option<u32> {
        self.u()
            .varnames
            .iter()
            .position(|v| v == name)
            .map(|p| p as u32)
    }

    /// Index of a cell or free variable in the combined cells-then-frees array.
    fn deref_index(&self, name: &str) -> Option<u32> {
        let u = self.u();
        if let Some(p) = u.cellvars.iter().position(|v| v == name) {
            return Some(p as u32);
        }
        u.freevars
            .iter()
            .position(|v| v == name)
            .map(|p| (u.cellvars.len() + p) as u32)
    }

    fn scope_of(&self, name: &str) -> NameScope {
        let u = self.u();
        match self.st.lookup(u.scope, name) {
            Some(s) => s.scope,
            None => {
                if u.freevars.iter().any(|f| f == name) {
                    NameScope::Free
                } else {
                    NameScope::GlobalImplicit
                }
            }
        }
    }

    #[allow(clippy::wrong_self_convention)]
    fn name_load(&mut self, name: &str) {
        self.name_op(name, NameCtx::Load)
    }

    fn name_store(&mut self, name: &str) {
        self.name_op(name, NameCtx::Store)
    }

    fn name_delete(&mut self, name: &str) {
        self.name_op(name, NameCtx::Delete)
    }

    fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let scope = self.scope_of(name);
        let kind = self.u().kind;
        let optimized = matches!(
            kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        );
        match scope {
            NameScope::Local if optimized => {
                let i = self.var_index(name).expect("local in varnames");
                self.emit(match ctx {
                    NameCtx::Load => Instr::LoadFast(i),
                    NameCtx::Store => Instr::StoreFast(i),
                    NameCtx::Delete => Instr::DeleteFast(i),
                });
            }
            NameScope::Cell | NameScope::Free => {
                // In a class body, a name that is local to the class shadows the free one.
                let i = self.deref_index(name).expect("deref index");
                self.emit(match ctx {
                    NameCtx::Load if kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                    NameCtx::Load => Instr::LoadDeref(i),
                    NameCtx::Store => Instr::StoreDeref(i),
                    NameCtx::Delete => Instr::DeleteDeref(i),
                });
            }
            NameScope::GlobalExplicit => {
                let m = self.mangle(name);
                let i = self.name_index(&m);
                self.emit(match ctx {
                    NameCtx::Load => Instr::LoadGlobal(i),
                    NameCtx::Store => Instr::StoreGlobal(i),
                    NameCtx::Delete => Instr::DeleteGlobal(i),
                });
            }
            NameScope::GlobalImplicit if optimized => {
                let m = self.mangle(name);
                let i = self.name_index(&m);
                self.emit(match ctx {
                    NameCtx::Load => Instr::LoadGlobal(i),
                    NameCtx::Store => Instr::StoreGlobal(i),
                    NameCtx::Delete => Instr::DeleteGlobal(i),
                });
            }
            _ => {
                let m = self.mangle(name);
                let i = self.name_index(&m);
                self.emit(match ctx {
                    NameCtx::Load => Instr::LoadName(i),
                    NameCtx::Store => Instr::StoreName(i),
                    NameCtx::Delete => Instr::DeleteName(i),
                });
            }
        }
    }

    fn child_scope<T: Ranged>(&self, node: &T) -> usize {
        *self
            .st
            .by_node
            .get(&symtable::node_key(node))
            .expect("scope for node")
    }

    /// Qualified name for a child scope named `name`.
    fn qualname_for(&self, name: &str) -> String {
        let u = self.u();
        // A def/class bound by an explicit `global` statement is named as at module level.
        let explicit_global = u.kind != ScopeKind::Module
            && self
                .st
                .lookup(u.scope, &self.mangle(name))
                .is_some_and(|s| s.scope == NameScope::GlobalExplicit);
        match u.kind {
            _ if explicit_global => name.to_string(),
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            // Comprehensions are not function scopes: no `<locals>` step.
            ScopeKind::Comprehension => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Emits the closure tuple for a child code object and returns the MakeFunction flag.
    fn make_closure(&mut self, child_scope: usize) -> u32 {
        let frees = self.st.scopes[child_scope].freevars.clone();
        if frees.is_empty() {
            return 0;
        }
        for f in &frees {
            let i = self
                .deref_index(f)
                .unwrap_or_else(|| panic!("closure variable {} not found in {}", f, self.u().name));
            self.emit(Instr::LoadClosure(i));
        }
        self.emit(Instr::BuildTuple(frees.len() as u32));
        8
    }

    fn module_body(&mut self, body: &[Stmt]) -> CResult {
        // A leading string literal is the module docstring.
        let mut rest = body;
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(s) = &*e.value {
                if self.mode == Mode::Exec {
                    self.set_line(e);
                    let i = self.const_str(s.value.to_str());
                    self.emit(Instr::LoadConst(i));
                    self.name_store("__doc__");
                    rest = &body[1..];
                }
            }
        }
        if self.has_annotations(rest) {
            self.emit(Instr::SetupAnnotations);
        }
        for s in rest {
            self.stmt(s)?;
        }
        self.load_const_none();
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn has_annotations(&self, body: &[Stmt]) -> bool {
        body.iter().any(|s| match s {
            Stmt::AnnAssign(_) => true,
            Stmt::If(i) => {
                self.has_annotations(&i.body)
                    || i.elif_else_clauses
                        .iter()
                        .any(|c| self.has_annotations(&c.body))
            }
            Stmt::For(f) => self.has_annotations(&f.body) || self.has_annotations(&f.orelse),
            Stmt::While(f) => self.has_annotations(&f.body) || self.has_annotations(&f.orelse),
            Stmt::With(w) => self.has_annotations(&w.body),
            Stmt::Try(t) => {
                self.has_annotations(&t.body)
                    || self.has_annotations(&t.orelse)
                    || self.has_annotations(&t.finalbody)
                    || t.handlers.iter().any(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        self.has_annotations(&h.body)
                    })
            }
            Stmt::Match(m) => m.cases.iter().any(|c| self.has_annotations(&c.body)),
            _ => false,
        })
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Delete,
}

/// Describes a parse error as CPython would; walrus targets are named here and everything
/// else goes to `syntax_errors::describe`.
fn describe_parse_error(
    source: &str,
    e: &ruff_python_parser::ParseError,
) -> crate::compile::syntax_errors::Described {
    let d = crate::compile::syntax_errors::describe(source, e);
    if let Some(f) = crate::compile::string_errors::first_error(source, true) {
        if f.anchor <= d.start {
            return f.err;
        }
    }
    let text = format!("{}", e.error);
    if !text.starts_with("Assignment expression target must be an identifier") {
        return d;
    }
    let target = source
        .get(e.location.start().to_usize()..e.location.end().to_usize())
        .unwrap_or("")
        .trim();
    let parsed = match ruff_python_parser::parse_expression(target) {
        Ok(p) => p,
        Err(_) => return d,
    };
    let what = match expr_kind_name(&parsed.syntax().body) {
        Some(w) => w,
        None => return d,
    };
    crate::compile::syntax_errors::Described {
        kind: "SyntaxError",
        msg: format!("cannot use assignment expressions with {}", what),
        start: d.start,
        end: d.end,
    }
}

/// How CPython names an expression that cannot be a target ("cannot use assignment
/// expressions with ..."); None for kinds it reports as plain invalid syntax.
fn expr_kind_name(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        _ => return None,
    })
}
