//! ruff's parse tree → `_ast` node objects: the converter state, node construction,
//! positions (CPython's columns are UTF-8 byte offsets in the line, which is what ruff's
//! ranges give), the top-level modes and every statement. Expressions are in `expr.rs`,
//! match patterns in `pattern.rs`.

use ruff_python_ast as ast;
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::compile::source::LineIndex;
use crate::compile::Mode;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

pub(super) struct Conv<'a> {
    pub vm: &'a Vm,
    pub ns: &'a PyRef,
    pub src: &'a str,
    lines: LineIndex,
    singletons: PyRef,
}

/// A field of a node under construction.
pub(super) type Field<'n> = (&'n str, PyRef);

/// The tree of `src`, or `None` when it does not parse (the caller then finds the
/// error the compiler reports).
pub(super) fn convert(
    vm: &Vm,
    ns: &PyRef,
    src: &str,
    filename: &str,
    mode: Mode,
    type_comments: bool,
    feature_minor: Option<i64>,
) -> PyResult<Option<PyRef>> {
    let c = Conv::new(vm, ns, src)?;
    let target = match feature_minor {
        Some(minor) => ast::PythonVersion {
            major: 3,
            minor: minor.clamp(7, 11) as u8,
        },
        None => ast::PythonVersion::PY311,
    };
    let options = |m: ruff_python_parser::Mode| {
        ruff_python_parser::ParseOptions::from(m).with_target_version(target)
    };
    match mode {
        Mode::Eval => {
            // The tokenizer rejects an indented first line, which ruff accepts.
            let first = src
                .lines()
                .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
            if first.is_some_and(|l| l.starts_with([' ', '\t', '\x0c'])) {
                return Ok(None);
            }
            let Ok(parsed) = ruff_python_parser::parse_expression(src) else {
                return Ok(None);
            };
            let body = c.expr(&parsed.syntax().body)?;
            c.node("Expression", vec![("body", body)], None).map(Some)
        }
        _ => {
            let Ok(parsed) =
                ruff_python_parser::parse(src, options(ruff_python_parser::Mode::Module))
            else {
                return Ok(None);
            };
            if !parsed.unsupported_syntax_errors().is_empty() {
                return Ok(None);
            }
            let ignores: Vec<(usize, String)> = if type_comments {
                parsed
                    .tokens()
                    .iter()
                    .filter(|t| t.kind() == ast::token::TokenKind::Comment)
                    .filter_map(|t| {
                        let text = &src[t.range().start().to_usize()..t.range().end().to_usize()];
                        type_ignore_tag(text).map(|tag| (t.range().start().to_usize(), tag))
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let Some(module) = parsed.try_into_module() else {
                return Ok(None);
            };
            if mode == Mode::Single {
                c.check_single(&module.syntax().body, filename)?;
            }
            let body = c.stmts(&module.syntax().body)?;
            if mode == Mode::Single {
                c.node("Interactive", vec![("body", body)], None).map(Some)
            } else {
                let mut ti = Vec::new();
                for (at, tag) in ignores {
                    let (line, _) = c.pos(TextSize::from(at as u32));
                    let fields = vec![("lineno", vm.new_int(line)), ("tag", vm.new_string(tag))];
                    ti.push(c.node("TypeIgnore", fields, None)?);
                }
                let ti = vm.new_list(ti);
                c.node("Module", vec![("body", body), ("type_ignores", ti)], None)
                    .map(Some)
            }
        }
    }
}

/// The tag of a `# type: ignore<tag>` comment (`None` for any other comment).
fn type_ignore_tag(comment: &str) -> Option<String> {
    let rest = comment.strip_prefix('#')?.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix("type:")?.trim_start_matches([' ', '\t']);
    let tag = rest.strip_prefix("ignore")?;
    match tag.chars().next() {
        Some(ch) if ch.is_alphanumeric() || ch == '_' => None,
        _ => Some(tag.to_string()),
    }
}

/// `mode='func_type'`: `(argtypes) -> returns`. The text is read as the expression
/// `[argtypes] ,  returns` (same length, so every position stays that of `src`).
pub(super) fn func_type(vm: &Vm, ns: &PyRef, src: &str, filename: &str) -> PyResult {
    let c = Conv::new(vm, ns, src)?;
    let bad = || vm.new_error(&vm.exc.syntax_error, "invalid syntax");
    let arrow = src.rfind("->").ok_or_else(bad)?;
    let open = src.find('(').ok_or_else(bad)?;
    let close = src[..arrow].rfind(')').ok_or_else(bad)?;
    if open > close || !src[..open].trim().is_empty() || !src[close + 1..arrow].trim().is_empty() {
        return Err(bad());
    }
    let mut text = String::with_capacity(src.len());
    text.push_str(&src[..open]);
    text.push('[');
    text.push_str(&src[open + 1..close]);
    text.push(']');
    text.push_str(&src[close + 1..arrow]);
    text.push_str(", ");
    text.push_str(&src[arrow + 2..]);
    let text = text.trim_start().to_string();
    let lead = (src.len() - src.trim_start().len()) as u32;
    if lead != 0 {
        return Err(bad());
    }
    vm.compile_py(&text, filename, Mode::Eval)?;
    let parsed = ruff_python_parser::parse_expression(&text).map_err(|_| bad())?;
    let (argtypes, returns) = match &*parsed.syntax().body {
        Expr::Tuple(t) if t.elts.len() == 2 => match &t.elts[0] {
            Expr::List(l) => (c.exprs(&l.elts)?, c.expr(&t.elts[1])?),
            _ => return Err(bad()),
        },
        _ => return Err(bad()),
    };
    c.node(
        "FunctionType",
        vec![("argtypes", argtypes), ("returns", returns)],
        None,
    )
}

impl<'a> Conv<'a> {
    fn new(vm: &'a Vm, ns: &'a PyRef, src: &'a str) -> PyResult<Conv<'a>> {
        let singletons = vm
            .dict_get_str(ns, "_SINGLETONS")?
            .ok_or_else(|| vm.type_error("_ast is incomplete"))?;
        Ok(Conv {
            vm,
            ns,
            src,
            lines: LineIndex::new(src),
            singletons,
        })
    }

    /// `mode='single'` takes one statement line: a second line after a simple statement
    /// is "multiple statements", after a compound one plain invalid syntax (CPython's
    /// positions).
    fn check_single(&self, body: &[Stmt], filename: &str) -> PyResult<()> {
        let [first, second, ..] = body else {
            return Ok(());
        };
        let (first_end_line, first_end_col) = self.pos(first.range().end());
        let (line2, col2) = self.pos(second.range().start());
        if line2 == first_end_line {
            return Ok(());
        }
        let compound = matches!(
            first,
            Stmt::If(_)
                | Stmt::For(_)
                | Stmt::While(_)
                | Stmt::With(_)
                | Stmt::Try(_)
                | Stmt::FunctionDef(_)
                | Stmt::ClassDef(_)
                | Stmt::Match(_)
        );
        let (msg, line, off, end_off) = if compound {
            ("invalid syntax", line2, col2 + 1, col2 + 2)
        } else {
            (
                "multiple statements found while compiling a single statement",
                first_end_line,
                first_end_col + 1,
                first_end_col + 1,
            )
        };
        let vm = self.vm;
        let text = crate::compile::source::source_line(self.src, line as u32).unwrap_or("");
        let loc = vm.new_tuple(vec![
            vm.new_str(filename),
            vm.new_int(line),
            vm.new_int(off),
            vm.new_string(format!("{}\n", text)),
            vm.new_int(line),
            vm.new_int(end_off),
        ]);
        let exc = vm.call(&vm.exc.syntax_error, Args::new(&[vm.new_str(msg), loc]))?;
        Err(PyErr(exc))
    }

    /// A node of class `cls` with `fields` and, when `range` is given, its positions.
    pub fn node(&self, cls: &str, fields: Vec<Field>, range: Option<TextRange>) -> PyResult {
        let class = self.vm.dict_get_str(self.ns, cls)?.ok_or_else(|| {
            self.vm
                .type_error(format!("_ast has no node class {}", cls))
        })?;
        let obj = self.vm.call(&class, Args::new(&[]))?;
        for (name, value) in fields {
            self.vm.set_attr_str(&obj, name, value)?;
        }
        if let Some(r) = range {
            self.set_range(&obj, r.start(), r.end())?;
        }
        Ok(obj)
    }

    pub fn set_range(&self, obj: &PyRef, start: TextSize, end: TextSize) -> PyResult<()> {
        let (l, c) = self.pos(start);
        let (el, ec) = self.pos(end);
        let vm = self.vm;
        vm.set_attr_str(obj, "lineno", vm.new_int(l))?;
        vm.set_attr_str(obj, "col_offset", vm.new_int(c))?;
        vm.set_attr_str(obj, "end_lineno", vm.new_int(el))?;
        vm.set_attr_str(obj, "end_col_offset", vm.new_int(ec))
    }

    /// 1-based line and byte column of a source offset.
    fn pos(&self, off: TextSize) -> (i64, i64) {
        let off = off.to_u32();
        let line = self.lines.line(off);
        let start = self.lines.line_start(line);
        (line as i64, off.saturating_sub(start) as i64)
    }

    /// The shared instance of a context or operator node.
    pub fn singleton(&self, name: &str) -> PyResult {
        self.vm
            .call_method(&self.singletons, "__getitem__", &[self.vm.new_str(name)])
    }

    pub fn str(&self, s: &str) -> PyRef {
        self.vm.new_str(s)
    }

    pub fn opt_ident(&self, i: &Option<ast::Identifier>) -> PyRef {
        match i {
            Some(i) => self.vm.new_str(i.id.as_str()),
            None => self.vm.none(),
        }
    }

    pub fn list(&self, items: Vec<PyRef>) -> PyRef {
        self.vm.new_list(items)
    }

    pub fn stmts(&self, body: &[Stmt]) -> PyResult {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            out.push(self.stmt(s)?);
        }
        Ok(self.list(out))
    }

    /// The end of a block ending at `end`: CPython's includes a `;` closing the last
    /// statement line.
    fn block_end(&self, end: TextSize) -> TextSize {
        let rest = &self.src.as_bytes()[end.to_usize().min(self.src.len())..];
        let skip = rest
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count();
        if rest.get(skip) == Some(&b';') {
            end + TextSize::from(skip as u32 + 1)
        } else {
            end
        }
    }

    /// Where a decorated definition's own line starts (`def`, `async def` or `class`):
    /// CPython's position for it leaves the decorators out.
    fn def_start(&self, decorators: &[ast::Decorator], range: TextRange) -> TextSize {
        let Some(last) = decorators.last() else {
            return range.start();
        };
        let mut at = last.range.end().to_usize();
        let bytes = self.src.as_bytes();
        loop {
            while at < bytes.len() && matches!(bytes[at], b' ' | b'\t' | b'\r' | b'\n' | b'\x0c') {
                at += 1;
            }
            if at < bytes.len() && bytes[at] == b'#' {
                while at < bytes.len() && bytes[at] != b'\n' {
                    at += 1;
                }
                continue;
            }
            if at < bytes.len() && bytes[at] == b'\\' {
                at += 1;
                continue;
            }
            break;
        }
        TextSize::from(at as u32)
    }

    fn stmt(&self, s: &Stmt) -> PyResult {
        let vm = self.vm;
        let none = || vm.none();
        let compound = matches!(
            s,
            Stmt::FunctionDef(_)
                | Stmt::ClassDef(_)
                | Stmt::If(_)
                | Stmt::For(_)
                | Stmt::While(_)
                | Stmt::With(_)
                | Stmt::Try(_)
                | Stmt::Match(_)
        );
        let r = if compound {
            Some(TextRange::new(
                s.range().start(),
                self.block_end(s.range().end()),
            ))
        } else {
            Some(s.range())
        };
        match s {
            Stmt::FunctionDef(f) => {
                let cls = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let fields = vec![
                    ("name", self.str(f.name.id.as_str())),
                    ("args", self.parameters(Some(&f.parameters))?),
                    ("body", self.stmts(&f.body)?),
                    ("decorator_list", self.decorators(&f.decorator_list)?),
                    ("returns", self.opt_expr(f.returns.as_deref())?),
                    ("type_comment", none()),
                ];
                let start = self.def_start(&f.decorator_list, f.range);
                let end = self.block_end(f.range.end());
                self.node(cls, fields, Some(TextRange::new(start, end)))
            }
            Stmt::ClassDef(c) => {
                let (bases, keywords) = match &c.arguments {
                    Some(a) => (self.exprs(&a.args)?, self.keywords(&a.keywords)?),
                    None => (self.list(vec![]), self.list(vec![])),
                };
                let fields = vec![
                    ("name", self.str(c.name.id.as_str())),
                    ("bases", bases),
                    ("keywords", keywords),
                    ("body", self.stmts(&c.body)?),
                    ("decorator_list", self.decorators(&c.decorator_list)?),
                ];
                let start = self.def_start(&c.decorator_list, c.range);
                self.node(
                    "ClassDef",
                    fields,
                    Some(TextRange::new(start, c.range.end())),
                )
            }
            Stmt::Return(x) => self.node(
                "Return",
                vec![("value", self.opt_expr(x.value.as_deref())?)],
                r,
            ),
            Stmt::Delete(x) => self.node("Delete", vec![("targets", self.exprs(&x.targets)?)], r),
            Stmt::Assign(x) => self.node(
                "Assign",
                vec![
                    ("targets", self.exprs(&x.targets)?),
                    ("value", self.expr(&x.value)?),
                    ("type_comment", none()),
                ],
                r,
            ),
            Stmt::AugAssign(x) => self.node(
                "AugAssign",
                vec![
                    ("target", self.expr(&x.target)?),
                    ("op", self.operator(x.op)?),
                    ("value", self.expr(&x.value)?),
                ],
                r,
            ),
            Stmt::AnnAssign(x) => self.node(
                "AnnAssign",
                vec![
                    ("target", self.expr(&x.target)?),
                    ("annotation", self.expr(&x.annotation)?),
                    ("value", self.opt_expr(x.value.as_deref())?),
                    ("simple", vm.new_int(x.simple as i64)),
                ],
                r,
            ),
            Stmt::For(x) => self.node(
                if x.is_async { "AsyncFor" } else { "For" },
                vec![
                    ("target", self.expr(&x.target)?),
                    ("iter", self.expr(&x.iter)?),
                    ("body", self.stmts(&x.body)?),
                    ("orelse", self.stmts(&x.orelse)?),
                    ("type_comment", none()),
                ],
                r,
            ),
            Stmt::While(x) => self.node(
                "While",
                vec![
                    ("test", self.expr(&x.test)?),
                    ("body", self.stmts(&x.body)?),
                    ("orelse", self.stmts(&x.orelse)?),
                ],
                r,
            ),
            Stmt::If(x) => {
                let orelse =
                    self.elif_chain(&x.elif_else_clauses, self.block_end(x.range.end()))?;
                self.node(
                    "If",
                    vec![
                        ("test", self.expr(&x.test)?),
                        ("body", self.stmts(&x.body)?),
                        ("orelse", orelse),
                    ],
                    r,
                )
            }
            Stmt::With(x) => {
                let mut items = Vec::new();
                for it in &x.items {
                    items.push(self.node(
                        "withitem",
                        vec![
                            ("context_expr", self.expr(&it.context_expr)?),
                            ("optional_vars", self.opt_expr(it.optional_vars.as_deref())?),
                        ],
                        None,
                    )?);
                }
                self.node(
                    if x.is_async { "AsyncWith" } else { "With" },
                    vec![
                        ("items", self.list(items)),
                        ("body", self.stmts(&x.body)?),
                        ("type_comment", none()),
                    ],
                    r,
                )
            }
            Stmt::Match(x) => {
                let mut cases = Vec::new();
                for case in &x.cases {
                    cases.push(self.node(
                        "match_case",
                        vec![
                            ("pattern", self.pattern(&case.pattern)?),
                            ("guard", self.opt_expr(case.guard.as_deref())?),
                            ("body", self.stmts(&case.body)?),
                        ],
                        None,
                    )?);
                }
                self.node(
                    "Match",
                    vec![
                        ("subject", self.expr(&x.subject)?),
                        ("cases", self.list(cases)),
                    ],
                    r,
                )
            }
            Stmt::Raise(x) => self.node(
                "Raise",
                vec![
                    ("exc", self.opt_expr(x.exc.as_deref())?),
                    ("cause", self.opt_expr(x.cause.as_deref())?),
                ],
                r,
            ),
            Stmt::Try(x) => {
                let mut handlers = Vec::new();
                for h in &x.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    handlers.push(self.node(
                        "ExceptHandler",
                        vec![
                            ("type", self.opt_expr(h.type_.as_deref())?),
                            ("name", self.opt_ident(&h.name)),
                            ("body", self.stmts(&h.body)?),
                        ],
                        Some(TextRange::new(
                            h.range.start(),
                            self.block_end(h.range.end()),
                        )),
                    )?);
                }
                self.node(
                    if x.is_star { "TryStar" } else { "Try" },
                    vec![
                        ("body", self.stmts(&x.body)?),
                        ("handlers", self.list(handlers)),
                        ("orelse", self.stmts(&x.orelse)?),
                        ("finalbody", self.stmts(&x.finalbody)?),
                    ],
                    r,
                )
            }
            Stmt::Assert(x) => self.node(
                "Assert",
                vec![
                    ("test", self.expr(&x.test)?),
                    ("msg", self.opt_expr(x.msg.as_deref())?),
                ],
                r,
            ),
            Stmt::Import(x) => self.node("Import", vec![("names", self.aliases(&x.names)?)], r),
            Stmt::ImportFrom(x) => self.node(
                "ImportFrom",
                vec![
                    ("module", self.opt_ident(&x.module)),
                    ("names", self.aliases(&x.names)?),
                    ("level", vm.new_int(x.level as i64)),
                ],
                r,
            ),
            Stmt::Global(x) => self.node("Global", vec![("names", self.idents(&x.names))], r),
            Stmt::Nonlocal(x) => self.node("Nonlocal", vec![("names", self.idents(&x.names))], r),
            Stmt::Expr(x) => self.node("Expr", vec![("value", self.expr(&x.value)?)], r),
            Stmt::Pass(_) => self.node("Pass", vec![], r),
            Stmt::Break(_) => self.node("Break", vec![], r),
            Stmt::Continue(_) => self.node("Continue", vec![], r),
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {
                Err(vm.new_error(&vm.exc.syntax_error, "invalid syntax"))
            }
        }
    }

    /// `elif`/`else` clauses as CPython nests them: each `elif` is an `If` alone in the
    /// `orelse` of the one before, ending where the whole statement ends.
    fn elif_chain(&self, clauses: &[ast::ElifElseClause], end: TextSize) -> PyResult {
        let Some((first, rest)) = clauses.split_first() else {
            return Ok(self.list(vec![]));
        };
        match &first.test {
            None => self.stmts(&first.body),
            Some(test) => {
                let node = self.node(
                    "If",
                    vec![
                        ("test", self.expr(test)?),
                        ("body", self.stmts(&first.body)?),
                        ("orelse", self.elif_chain(rest, end)?),
                    ],
                    Some(TextRange::new(first.range.start(), end)),
                )?;
                Ok(self.list(vec![node]))
            }
        }
    }

    fn idents(&self, names: &[ast::Identifier]) -> PyRef {
        self.list(names.iter().map(|n| self.str(n.id.as_str())).collect())
    }

    fn aliases(&self, names: &[ast::Alias]) -> PyResult {
        let mut out = Vec::new();
        for a in names {
            out.push(self.node(
                "alias",
                vec![
                    ("name", self.str(a.name.id.as_str())),
                    ("asname", self.opt_ident(&a.asname)),
                ],
                Some(a.range),
            )?);
        }
        Ok(self.list(out))
    }

    fn decorators(&self, ds: &[ast::Decorator]) -> PyResult {
        let mut out = Vec::new();
        for d in ds {
            out.push(self.expr(&d.expression)?);
        }
        Ok(self.list(out))
    }

    /// An `arguments` node; `None` (a lambda without parameters) gives empty lists.
    pub fn parameters(&self, p: Option<&ast::Parameters>) -> PyResult {
        let vm = self.vm;
        let mut posonly = Vec::new();
        let mut args = Vec::new();
        let mut defaults = Vec::new();
        let mut kwonly = Vec::new();
        let mut kw_defaults = Vec::new();
        let (mut vararg, mut kwarg) = (vm.none(), vm.none());
        if let Some(p) = p {
            for a in &p.posonlyargs {
                posonly.push(self.arg(&a.parameter)?);
                if let Some(d) = &a.default {
                    defaults.push(self.expr(d)?);
                }
            }
            for a in &p.args {
                args.push(self.arg(&a.parameter)?);
                if let Some(d) = &a.default {
                    defaults.push(self.expr(d)?);
                }
            }
            for a in &p.kwonlyargs {
                kwonly.push(self.arg(&a.parameter)?);
                kw_defaults.push(self.opt_expr(a.default.as_deref())?);
            }
            if let Some(v) = &p.vararg {
                vararg = self.arg(v)?;
            }
            if let Some(k) = &p.kwarg {
                kwarg = self.arg(k)?;
            }
        }
        self.node(
            "arguments",
            vec![
                ("posonlyargs", self.list(posonly)),
                ("args", self.list(args)),
                ("vararg", vararg),
                ("kwonlyargs", self.list(kwonly)),
                ("kw_defaults", self.list(kw_defaults)),
                ("kwarg", kwarg),
                ("defaults", self.list(defaults)),
            ],
            None,
        )
    }

    fn arg(&self, p: &ast::Parameter) -> PyResult {
        self.node(
            "arg",
            vec![
                ("arg", self.str(p.name.id.as_str())),
                ("annotation", self.opt_expr(p.annotation.as_deref())?),
                ("type_comment", self.vm.none()),
            ],
            // `*args` / `**kwargs`: CPython's position starts at the name.
            Some(TextRange::new(p.name.range.start(), p.range.end())),
        )
    }

    pub fn keywords(&self, ks: &[ast::Keyword]) -> PyResult {
        let mut out = Vec::new();
        for k in ks {
            out.push(self.node(
                "keyword",
                vec![
                    ("arg", self.opt_ident(&k.arg)),
                    ("value", self.expr(&k.value)?),
                ],
                Some(k.range),
            )?);
        }
        Ok(self.list(out))
    }

    pub fn exprs(&self, es: &[Expr]) -> PyResult {
        let mut out = Vec::with_capacity(es.len());
        for e in es {
            out.push(self.expr(e)?);
        }
        Ok(self.list(out))
    }

    pub fn opt_expr(&self, e: Option<&Expr>) -> PyResult {
        match e {
            Some(e) => self.expr(e),
            None => Ok(self.vm.none()),
        }
    }
}
