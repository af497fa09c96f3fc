//! Expressions of ruff's tree → `_ast` expression nodes: constants (with `kind='u'`),
//! f-strings as CPython 3.11 builds them (one `JoinedStr` of merged `Constant` pieces and
//! `FormattedValue`s that all carry the whole f-string's position), comprehensions, and
//! the shared context and operator instances.

use ferropy_primitives::wtf8::Wtf8Buf;
use ruff_python_ast as ast;
use ruff_python_ast::{Expr, Number};
use ruff_text_size::{Ranged, TextRange};

use super::convert::Conv;
use crate::object::payload::*;
use crate::object::PyRef;

/// One piece of an f-string under construction: text (merged with its neighbours) or a
/// `FormattedValue` node.
enum Piece {
    Text(Wtf8Buf),
    Node(PyRef),
}

impl<'a> Conv<'a> {
    pub fn expr(&self, e: &Expr) -> PyResult {
        let vm = self.vm;
        let r = Some(e.range());
        match e {
            Expr::BoolOp(x) => {
                let op = match x.op {
                    ast::BoolOp::And => "And",
                    ast::BoolOp::Or => "Or",
                };
                self.node(
                    "BoolOp",
                    vec![
                        ("op", self.singleton(op)?),
                        ("values", self.exprs(&x.values)?),
                    ],
                    r,
                )
            }
            Expr::Named(x) => self.node(
                "NamedExpr",
                vec![
                    ("target", self.expr(&x.target)?),
                    ("value", self.expr(&x.value)?),
                ],
                r,
            ),
            Expr::BinOp(x) => self.node(
                "BinOp",
                vec![
                    ("left", self.expr(&x.left)?),
                    ("op", self.operator(x.op)?),
                    ("right", self.expr(&x.right)?),
                ],
                r,
            ),
            Expr::UnaryOp(x) => {
                let op = match x.op {
                    ast::UnaryOp::Invert => "Invert",
                    ast::UnaryOp::Not => "Not",
                    ast::UnaryOp::UAdd => "UAdd",
                    ast::UnaryOp::USub => "USub",
                };
                self.node(
                    "UnaryOp",
                    vec![
                        ("op", self.singleton(op)?),
                        ("operand", self.expr(&x.operand)?),
                    ],
                    r,
                )
            }
            Expr::Lambda(x) => self.node(
                "Lambda",
                vec![
                    ("args", self.parameters(x.parameters.as_deref())?),
                    ("body", self.expr(&x.body)?),
                ],
                r,
            ),
            Expr::If(x) => self.node(
                "IfExp",
                vec![
                    ("test", self.expr(&x.test)?),
                    ("body", self.expr(&x.body)?),
                    ("orelse", self.expr(&x.orelse)?),
                ],
                r,
            ),
            Expr::Dict(x) => {
                let mut keys = Vec::new();
                let mut values = Vec::new();
                for item in &x.items {
                    keys.push(self.opt_expr(item.key.as_ref())?);
                    values.push(self.expr(&item.value)?);
                }
                self.node(
                    "Dict",
                    vec![("keys", self.list(keys)), ("values", self.list(values))],
                    r,
                )
            }
            Expr::Set(x) => self.node("Set", vec![("elts", self.exprs(&x.elts)?)], r),
            Expr::ListComp(x) => self.node(
                "ListComp",
                vec![
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::SetComp(x) => self.node(
                "SetComp",
                vec![
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::DictComp(x) => self.node(
                "DictComp",
                vec![
                    ("key", self.opt_expr(x.key.as_deref())?),
                    ("value", self.expr(&x.value)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::Generator(x) => self.node(
                "GeneratorExp",
                vec![
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::Await(x) => self.node("Await", vec![("value", self.expr(&x.value)?)], r),
            Expr::Yield(x) => self.node(
                "Yield",
                vec![("value", self.opt_expr(x.value.as_deref())?)],
                r,
            ),
            Expr::YieldFrom(x) => self.node("YieldFrom", vec![("value", self.expr(&x.value)?)], r),
            Expr::Compare(x) => {
                let mut ops = Vec::new();
                for op in x.ops.iter() {
                    ops.push(self.singleton(cmpop_name(*op))?);
                }
                self.node(
                    "Compare",
                    vec![
                        ("left", self.expr(&x.left)?),
                        ("ops", self.list(ops)),
                        ("comparators", self.exprs(&x.comparators)?),
                    ],
                    r,
                )
            }
            Expr::Call(x) => self.call(x),
            Expr::FString(x) => self.fstring(x),
            Expr::StringLiteral(x) => {
                let value = match crate::compile::literal::string_literal(self.src, x) {
                    Some(b) => crate::objects::str::new_wtf8(vm, b),
                    None => vm.new_str(x.value.to_str()),
                };
                let kind = if x.value.is_unicode() {
                    vm.new_str("u")
                } else {
                    vm.none()
                };
                self.node("Constant", vec![("value", value), ("kind", kind)], r)
            }
            Expr::BytesLiteral(x) => {
                let value = vm.new_bytes(x.value.bytes().collect());
                self.constant(value, e.range())
            }
            Expr::NumberLiteral(x) => {
                let value = match &x.value {
                    Number::Int(i) => match i.as_i64() {
                        Some(v) => vm.new_int(v),
                        None => {
                            let text =
                                &self.src[e.range().start().to_usize()..e.range().end().to_usize()];
                            match parse_int_literal(text) {
                                Some(b) => vm.new_bigint(b),
                                None => return Err(vm.value_error("invalid integer literal")),
                            }
                        }
                    },
                    Number::Float(f) => vm.new_float(*f),
                    Number::Complex { real, imag } => vm.new_complex(*real, *imag),
                };
                self.constant(value, e.range())
            }
            Expr::BooleanLiteral(x) => self.constant(vm.new_bool(x.value), e.range()),
            Expr::NoneLiteral(_) => self.constant(vm.none(), e.range()),
            Expr::EllipsisLiteral(_) => self.constant(vm.ellipsis(), e.range()),
            Expr::Attribute(x) => self.node(
                "Attribute",
                vec![
                    ("value", self.expr(&x.value)?),
                    ("attr", self.str(x.attr.id.as_str())),
                    ("ctx", self.ctx(x.ctx)?),
                ],
                r,
            ),
            Expr::Subscript(x) => self.node(
                "Subscript",
                vec![
                    ("value", self.expr(&x.value)?),
                    ("slice", self.expr(&x.slice)?),
                    ("ctx", self.ctx(x.ctx)?),
                ],
                r,
            ),
            Expr::Starred(x) => self.node(
                "Starred",
                vec![("value", self.expr(&x.value)?), ("ctx", self.ctx(x.ctx)?)],
                r,
            ),
            Expr::Name(x) => self.node(
                "Name",
                vec![("id", self.str(x.id.as_str())), ("ctx", self.ctx(x.ctx)?)],
                r,
            ),
            Expr::List(x) => self.node(
                "List",
                vec![("elts", self.exprs(&x.elts)?), ("ctx", self.ctx(x.ctx)?)],
                r,
            ),
            Expr::Tuple(x) => self.node(
                "Tuple",
                vec![("elts", self.exprs(&x.elts)?), ("ctx", self.ctx(x.ctx)?)],
                r,
            ),
            Expr::Slice(x) => self.node(
                "Slice",
                vec![
                    ("lower", self.opt_expr(x.lower.as_deref())?),
                    ("upper", self.opt_expr(x.upper.as_deref())?),
                    ("step", self.opt_expr(x.step.as_deref())?),
                ],
                r,
            ),
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {
                Err(vm.new_error(&vm.exc.syntax_error, "invalid syntax"))
            }
        }
    }

    fn constant(&self, value: PyRef, range: TextRange) -> PyResult {
        self.node(
            "Constant",
            vec![("value", value), ("kind", self.vm.none())],
            Some(range),
        )
    }

    fn ctx(&self, c: ast::ExprContext) -> PyResult {
        self.singleton(match c {
            ast::ExprContext::Store => "Store",
            ast::ExprContext::Del => "Del",
            _ => "Load",
        })
    }

    pub fn operator(&self, op: ast::Operator) -> PyResult {
        use ast::Operator::*;
        self.singleton(match op {
            Add => "Add",
            Sub => "Sub",
            Mult => "Mult",
            MatMult => "MatMult",
            Div => "Div",
            Mod => "Mod",
            Pow => "Pow",
            LShift => "LShift",
            RShift => "RShift",
            BitOr => "BitOr",
            BitXor => "BitXor",
            BitAnd => "BitAnd",
            FloorDiv => "FloorDiv",
        })
    }

    fn comprehensions(&self, gens: &[ast::Comprehension]) -> PyResult {
        let mut out = Vec::new();
        for g in gens {
            out.push(self.node(
                "comprehension",
                vec![
                    ("target", self.expr(&g.target)?),
                    ("iter", self.expr(&g.iter)?),
                    ("ifs", self.exprs(&g.ifs)?),
                    ("is_async", self.vm.new_int(g.is_async as i64)),
                ],
                None,
            )?);
        }
        Ok(self.list(out))
    }

    fn call(&self, x: &ast::ExprCall) -> PyResult {
        let a = &x.arguments;
        let mut args = Vec::new();
        for e in a.args.iter() {
            // CPython: a lone generator argument `f(x for x in y)` spans the call's
            // parentheses.
            let node = self.expr(e)?;
            if let Expr::Generator(g) = e {
                if !g.parenthesized && a.args.len() == 1 && a.keywords.is_empty() {
                    self.set_range(&node, a.range.start(), a.range.end())?;
                }
            }
            args.push(node);
        }
        self.node(
            "Call",
            vec![
                ("func", self.expr(&x.func)?),
                ("args", self.list(args)),
                ("keywords", self.keywords(&a.keywords)?),
            ],
            Some(x.range()),
        )
    }

    /// `JoinedStr`: CPython 3.11 gives every piece (and format spec) the position of the
    /// whole (implicitly concatenated) string; only the embedded expressions have their own.
    fn fstring(&self, x: &ast::ExprFString) -> PyResult {
        let mut pieces = Vec::new();
        for part in x.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    let text = &self.src[s.range.start().to_usize()..s.range.end().to_usize()];
                    match crate::compile::literal::quoted_literal(text, &s.value) {
                        Some(b) => push_text(&mut pieces, b),
                        None => push_text(&mut pieces, Wtf8Buf::from_string(s.value.to_string())),
                    }
                }
                ast::FStringPart::FString(f) => {
                    self.fstring_elements(&f.elements, x.range, f.range, &mut pieces)?
                }
            }
        }
        self.joined(pieces, x.range, x.range)
    }

    /// A `JoinedStr` at `range` whose text pieces are at `pieces_at`.
    fn joined(&self, pieces: Vec<Piece>, pieces_at: TextRange, range: TextRange) -> PyResult {
        let mut values = Vec::new();
        for p in pieces {
            values.push(match p {
                Piece::Node(n) => n,
                Piece::Text(t) => {
                    self.constant(crate::objects::str::new_wtf8(self.vm, t), pieces_at)?
                }
            });
        }
        self.node(
            "JoinedStr",
            vec![("values", self.list(values))],
            Some(range),
        )
    }

    fn fstring_elements(
        &self,
        els: &ast::InterpolatedStringElements,
        range: TextRange,
        part: TextRange,
        pieces: &mut Vec<Piece>,
    ) -> PyResult<()> {
        let vm = self.vm;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    let text = &self.src[l.range.start().to_usize()..l.range.end().to_usize()];
                    match crate::compile::literal::fstring_piece(text, &l.value) {
                        Some(b) => push_text(pieces, b),
                        None => push_text(pieces, Wtf8Buf::from_string(l.value.to_string())),
                    }
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv: i64 = match i.conversion {
                        ast::ConversionFlag::None => -1,
                        ast::ConversionFlag::Str => b's' as i64,
                        ast::ConversionFlag::Repr => b'r' as i64,
                        ast::ConversionFlag::Ascii => b'a' as i64,
                    };
                    if let Some(dbg) = &i.debug_text {
                        let text =
                            format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                        push_text(pieces, Wtf8Buf::from_string(text));
                        if conv == -1 && i.format_spec.is_none() {
                            conv = b'r' as i64;
                        }
                    }
                    let value = self.expr(&i.expression)?;
                    // CPython 3.11 parses the expression inside parentheses, which a bare
                    // tuple then spans.
                    if let Expr::Tuple(t) = &*i.expression {
                        if !t.parenthesized {
                            let one = ruff_text_size::TextSize::from(1);
                            self.set_range(&value, t.range.start() - one, t.range.end() + one)?;
                        }
                    }
                    let spec = match &i.format_spec {
                        Some(spec) => {
                            let mut inner = Vec::new();
                            self.fstring_elements(&spec.elements, range, part, &mut inner)?;
                            // A spec that is text alone is one Constant at the part.
                            let text_only = inner.iter().all(|p| matches!(p, Piece::Text(_)));
                            let range = if text_only { part } else { range };
                            // CPython 3.11: a format spec spans its own f-string part.
                            self.joined(inner, range, part)?
                        }
                        None => vm.none(),
                    };
                    pieces.push(Piece::Node(self.node(
                        "FormattedValue",
                        vec![
                            ("value", value),
                            ("conversion", vm.new_int(conv)),
                            ("format_spec", spec),
                        ],
                        Some(range),
                    )?));
                }
            }
        }
        Ok(())
    }
}

/// Appends text to the f-string pieces, joining it to text just before; empty text
/// makes no piece.
fn push_text(pieces: &mut Vec<Piece>, t: Wtf8Buf) {
    if t.is_empty() {
        return;
    }
    if let Some(Piece::Text(prev)) = pieces.last_mut() {
        prev.push_view(t.view());
        return;
    }
    pieces.push(Piece::Text(t));
}

fn cmpop_name(op: ast::CmpOp) -> &'static str {
    use ast::CmpOp::*;
    match op {
        Eq => "Eq",
        NotEq => "NotEq",
        Lt => "Lt",
        LtE => "LtE",
        Gt => "Gt",
        GtE => "GtE",
        Is => "Is",
        IsNot => "IsNot",
        In => "In",
        NotIn => "NotIn",
    }
}

/// An integer literal too big for i64 (any base, underscores allowed).
fn parse_int_literal(text: &str) -> Option<num_bigint::BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r, 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r, 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r, 2)
    } else {
        (lower.as_str(), 10)
    };
    num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)
}
