//! Compile-time SyntaxWarnings, as CPython's compiler issues them: `is` with a literal,
//! `assert (x, msg)`, and calls or subscripts of displays that look like a missed comma.
//! A warning that the filters turn into an error becomes a SyntaxError at the node.

use ruff_python_ast::{self as ast, Expr, Number};
use ruff_text_size::Ranged;

use super::{CResult, Compiler};
use crate::object::payload::Args;
use crate::object::typeobj::is_subtype;

/// The type CPython infers for an expression node, when it is evident from the syntax.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) | Expr::StringLiteral(_) => "str",
        Expr::BytesLiteral(_) => "bytes",
        Expr::NumberLiteral(n) => match n.value {
            Number::Int(_) => "int",
            Number::Float(_) => "float",
            Number::Complex { .. } => "complex",
        },
        Expr::BooleanLiteral(_) => "bool",
        Expr::NoneLiteral(_) => "NoneType",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Slice(_) => "slice",
        _ => return None,
    })
}

/// Whether CPython's constant folding turns `e` into a constant.
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => {
            u.op != ast::UnaryOp::Not && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

/// An operand of `is` that draws the "with a literal" warning.
fn is_literal_operand(e: &Expr) -> bool {
    is_constant(e)
        && !matches!(
            e,
            Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_)
        )
}

impl<'a> Compiler<'a> {
    /// Issues a SyntaxWarning at `node` through `warnings.warn_explicit`.
    pub(super) fn warn_syntax<T: Ranged>(&self, node: &T, msg: &str) -> CResult {
        let vm = self.vm;
        let lineno = self.lines.line(node.range().start().to_u32());
        let result = (|| {
            let warnings = vm.import_full("warnings")?;
            let f = vm.get_attr_str(&warnings, "warn_explicit")?;
            vm.call(
                &f,
                Args::new(&[
                    vm.new_str(msg),
                    vm.exc.syntax_warning.clone(),
                    self.filename.clone(),
                    vm.new_int(lineno as i64),
                ]),
            )
        })();
        match result {
            Err(e) if is_subtype(e.0.class(), &vm.exc.syntax_warning) => Err(self.err(node, msg)),
            _ => Ok(()),
        }
    }

    pub(super) fn check_assert_tuple(&self, test: &Expr) -> CResult {
        if let Expr::Tuple(t) = test {
            if !t.elts.is_empty() {
                return self.warn_syntax(
                    test,
                    "assertion is always true, perhaps remove parentheses?",
                );
            }
        }
        Ok(())
    }

    pub(super) fn check_is_literal(&self, c: &ast::ExprCompare) -> CResult {
        let mut left = &*c.left;
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            let is_op = matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot);
            if is_op && (is_literal_operand(left) || is_literal_operand(right)) {
                let msg = if *op == ast::CmpOp::IsNot {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                } else {
                    "\"is\" with a literal. Did you mean \"==\"?"
                };
                return self.warn_syntax(c, msg);
            }
            left = right;
        }
        Ok(())
    }

    /// `(1, 2) (3, 4)`: calling a display or literal.
    pub(super) fn check_caller(&self, c: &ast::ExprCall) -> CResult {
        let f = &*c.func;
        let warn = matches!(
            f,
            Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::Dict(_)
                | Expr::DictComp(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::Generator(_)
                | Expr::FString(_)
        ) || is_constant(f);
        match (warn, infer_type(f)) {
            (true, Some(t)) => self.warn_syntax(
                c,
                &format!(
                    "'{}' object is not callable; perhaps you missed a comma?",
                    t
                ),
            ),
            _ => Ok(()),
        }
    }

    /// `{1, 2} [i]` and `[1, 2] [i, j]`: subscripts that look like a missed comma.
    pub(super) fn check_subscript(&self, s: &ast::ExprSubscript) -> CResult {
        let value = &*s.value;
        let not_subscriptable = matches!(
            value,
            Expr::NumberLiteral(_)
                | Expr::BooleanLiteral(_)
                | Expr::NoneLiteral(_)
                | Expr::EllipsisLiteral(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::Generator(_)
                | Expr::Lambda(_)
        );
        if not_subscriptable {
            if let Some(t) = infer_type(value) {
                return self.warn_syntax(
                    s,
                    &format!(
                        "'{}' object is not subscriptable; perhaps you missed a comma?",
                        t
                    ),
                );
            }
        }
        let index_type = match infer_type(&s.slice) {
            None | Some("int") | Some("bool") | Some("slice") => return Ok(()),
            Some(t) => t,
        };
        let sequence = matches!(
            value,
            Expr::StringLiteral(_)
                | Expr::BytesLiteral(_)
                | Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::FString(_)
        );
        match (sequence, infer_type(value)) {
            (true, Some(t)) => self.warn_syntax(
                s,
                &format!(
                    "{} indices must be integers or slices, not {}; perhaps you missed a comma?",
                    t, index_type
                ),
            ),
            _ => Ok(()),
        }
    }
}
