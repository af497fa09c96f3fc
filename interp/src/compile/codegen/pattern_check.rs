//! Compile-time checks of `match` patterns that CPython reports as SyntaxError:
//! unreachable cases and alternatives, names bound twice, or-patterns binding
//! different names, repeated class-pattern attributes, several starred names and
//! value patterns that are not literals or attribute lookups.

use ruff_python_ast::{Expr, Pattern};
use ruff_text_size::Ranged;

use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    /// Checks one `case` pattern; `allow_irrefutable` is false for a guardless case
    /// that is not the last one.
    pub(super) fn check_case_pattern(&self, p: &Pattern, allow_irrefutable: bool) -> CResult {
        let mut names = Vec::new();
        self.check_pattern(p, &mut names, allow_irrefutable)
    }

    fn bind_pattern_name<T: Ranged>(
        &self,
        node: &T,
        name: &str,
        names: &mut Vec<String>,
    ) -> CResult {
        if names.iter().any(|n| n == name) {
            return Err(self.err(
                node,
                format!("multiple assignments to name '{}' in pattern", name),
            ));
        }
        names.push(name.to_string());
        Ok(())
    }

    fn check_pattern(
        &self,
        p: &Pattern,
        names: &mut Vec<String>,
        allow_irrefutable: bool,
    ) -> CResult {
        match p {
            Pattern::MatchValue(v) => {
                if matches!(&*v.value, Expr::FString(_) | Expr::TString(_)) {
                    return Err(self.err(
                        &*v.value,
                        "patterns may only match literals and attribute lookups",
                    ));
                }
            }
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                let stars = s
                    .patterns
                    .iter()
                    .filter(|p| matches!(p, Pattern::MatchStar(_)))
                    .count();
                if stars > 1 {
                    return Err(self.err(p, "multiple starred names in sequence pattern"));
                }
                for sub in &s.patterns {
                    self.check_pattern(sub, names, true)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for sub in &m.patterns {
                    self.check_pattern(sub, names, true)?;
                }
                if let Some(r) = &m.rest {
                    self.bind_pattern_name(r, r.as_str(), names)?;
                }
            }
            Pattern::MatchClass(c) => {
                for sub in &c.arguments.patterns {
                    self.check_pattern(sub, names, true)?;
                }
                let kws = &c.arguments.keywords;
                for (i, k) in kws.iter().enumerate() {
                    if kws[..i].iter().any(|o| o.attr.as_str() == k.attr.as_str()) {
                        return Err(self.err(
                            &k.attr,
                            format!("attribute name repeated in class pattern: {}", k.attr),
                        ));
                    }
                    self.check_pattern(&k.pattern, names, true)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind_pattern_name(n, n.as_str(), names)?;
                }
            }
            Pattern::MatchAs(a) => {
                match &a.pattern {
                    None if !allow_irrefutable => {
                        let msg = match &a.name {
                            Some(n) => {
                                format!("name capture '{}' makes remaining patterns unreachable", n)
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.err(p, msg));
                    }
                    None => {}
                    Some(sub) => self.check_pattern(sub, names, allow_irrefutable)?,
                }
                if let Some(n) = &a.name {
                    self.bind_pattern_name(n, n.as_str(), names)?;
                }
            }
            Pattern::MatchOr(o) => {
                let last = o.patterns.len().saturating_sub(1);
                let mut first: Option<Vec<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    let mut bound = names.clone();
                    self.check_pattern(alt, &mut bound, i == last && allow_irrefutable)?;
                    match &first {
                        None => first = Some(bound),
                        Some(f) => {
                            let same =
                                f.len() == bound.len() && f.iter().all(|n| bound.contains(n));
                            if !same {
                                return Err(
                                    self.err(alt, "alternative patterns bind different names")
                                );
                            }
                        }
                    }
                }
                if let Some(f) = first {
                    *names = f;
                }
            }
        }
        Ok(())
    }
}
