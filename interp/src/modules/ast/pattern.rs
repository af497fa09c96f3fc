//! `match` patterns of ruff's tree → `_ast` pattern nodes (MatchValue, MatchSingleton,
//! MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr).

use ruff_python_ast as ast;
use ruff_python_ast::Pattern;
use ruff_text_size::Ranged;

use super::convert::Conv;
use crate::object::payload::*;

impl<'a> Conv<'a> {
    pub fn pattern(&self, p: &Pattern) -> PyResult {
        let vm = self.vm;
        let r = Some(p.range());
        match p {
            Pattern::MatchValue(x) => {
                self.node("MatchValue", vec![("value", self.expr(&x.value)?)], r)
            }
            Pattern::MatchSingleton(x) => {
                let value = match x.value {
                    ast::Singleton::None => vm.none(),
                    ast::Singleton::True => vm.new_bool(true),
                    ast::Singleton::False => vm.new_bool(false),
                };
                self.node("MatchSingleton", vec![("value", value)], r)
            }
            Pattern::MatchSequence(x) => self.node(
                "MatchSequence",
                vec![("patterns", self.patterns(&x.patterns)?)],
                r,
            ),
            Pattern::MatchMapping(x) => self.node(
                "MatchMapping",
                vec![
                    ("keys", self.exprs(&x.keys)?),
                    ("patterns", self.patterns(&x.patterns)?),
                    ("rest", self.opt_ident(&x.rest)),
                ],
                r,
            ),
            Pattern::MatchClass(x) => {
                let mut attrs = Vec::new();
                let mut kpats = Vec::new();
                for k in &x.arguments.keywords {
                    attrs.push(self.str(k.attr.id.as_str()));
                    kpats.push(self.pattern(&k.pattern)?);
                }
                self.node(
                    "MatchClass",
                    vec![
                        ("cls", self.expr(&x.cls)?),
                        ("patterns", self.patterns(&x.arguments.patterns)?),
                        ("kwd_attrs", self.list(attrs)),
                        ("kwd_patterns", self.list(kpats)),
                    ],
                    r,
                )
            }
            Pattern::MatchStar(x) => {
                self.node("MatchStar", vec![("name", self.opt_ident(&x.name))], r)
            }
            Pattern::MatchAs(x) => {
                let pattern = match &x.pattern {
                    Some(p) => self.pattern(p)?,
                    None => vm.none(),
                };
                self.node(
                    "MatchAs",
                    vec![("pattern", pattern), ("name", self.opt_ident(&x.name))],
                    r,
                )
            }
            Pattern::MatchOr(x) => self.node(
                "MatchOr",
                vec![("patterns", self.patterns(&x.patterns)?)],
                r,
            ),
        }
    }

    fn patterns(&self, ps: &[Pattern]) -> PyResult {
        let mut out = Vec::with_capacity(ps.len());
        for p in ps {
            out.push(self.pattern(p)?);
        }
        Ok(self.list(out))
    }
}
