//! Printing uncaught exceptions the way CPython does: the traceback, chained causes
//! and contexts, notes, and the `Type: message` line; SyntaxErrors show the source line
//! and a caret.

use crate::object::payload::*;
use crate::object::typeobj::is_subtype;
use crate::object::PyRef;

use super::Vm;

/// Members shown per exception group before "and N more exceptions".
const MAX_GROUP_WIDTH: usize = 15;
/// Nesting depth of exception groups drawn before "... (max_group_depth is N)".
const MAX_GROUP_DEPTH: usize = 10;

/// Where the printer is inside nested exception-group boxes.
#[derive(Default)]
struct GroupCtx {
    depth: usize,
    need_close: bool,
}

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text` with every line prefixed by the box margin for the current depth.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{} ", self.indent(), margin);
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl Vm {
    /// The text CPython's default excepthook writes for `exc`.
    pub fn format_exception(&self, exc: &PyRef) -> String {
        let mut out = String::new();
        let mut seen: Vec<usize> = Vec::new();
        let mut ctx = GroupCtx::default();
        self.format_chain(exc, &mut out, &mut seen, &mut ctx);
        out
    }

    fn format_chain(
        &self,
        exc: &PyRef,
        out: &mut String,
        seen: &mut Vec<usize>,
        ctx: &mut GroupCtx,
    ) {
        seen.push(exc.id());
        if let Payload::Exception(d) = &exc.payload {
            let cause = d.cause.borrow().clone();
            let context = d.context.borrow().clone();
            if let Some(c) = cause {
                if !seen.contains(&c.id()) {
                    self.format_chain(&c, out, seen, ctx);
                    ctx.emit(
                        out,
                        "\nThe above exception was the direct cause of the following exception:\n\n",
                        '|',
                    );
                }
            } else if let (Some(c), false) = (context, d.suppress_context.get()) {
                if !seen.contains(&c.id()) {
                    self.format_chain(&c, out, seen, ctx);
                    ctx.emit(
                        out,
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                        '|',
                    );
                }
            }
        }
        let group_members = if is_subtype(exc.class(), &self.exc.base_exception_group) {
            self.get_attr_opt(exc, &self.intern("exceptions"))
                .ok()
                .flatten()
                .and_then(|e| self.iterate(&e).ok())
        } else {
            None
        };
        match group_members {
            None => {
                let mut text = self.format_tb_part(exc, "Traceback");
                text.push_str(&self.format_exception_only(exc));
                ctx.emit(out, &text, '|');
            }
            Some(_) if ctx.depth > MAX_GROUP_DEPTH => {
                ctx.emit(
                    out,
                    &format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH),
                    '|',
                );
            }
            Some(members) => self.format_group(exc, &members, out, seen, ctx),
        }
    }

    /// An exception group as CPython draws it: its own traceback and message, then
    /// each member in a numbered box, nested groups indented one level further.
    fn format_group(
        &self,
        exc: &PyRef,
        members: &[PyRef],
        out: &mut String,
        seen: &mut Vec<usize>,
        ctx: &mut GroupCtx,
    ) {
        let top = ctx.depth == 0;
        if top {
            ctx.depth += 1;
        }
        let tb = self.format_tb_part(exc, "Exception Group Traceback");
        if let Some((header, entries)) = tb.split_once('\n') {
            ctx.emit(out, &format!("{}\n", header), if top { '+' } else { '|' });
            ctx.emit(out, entries, '|');
        }
        ctx.emit(out, &self.format_exception_only(exc), '|');
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&format!(
                "{}{}+---------------- {} ----------------\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " },
                title
            ));
            ctx.depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                ctx.emit(
                    out,
                    &format!(
                        "and {} more exception{}\n",
                        more,
                        if more > 1 { "s" } else { "" }
                    ),
                    '|',
                );
            } else {
                self.format_chain(&members[i], out, seen, ctx);
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if top {
            ctx.depth = 0;
        }
    }

    /// "`header` (most recent call last):" and the entries, or nothing without a traceback.
    fn format_tb_part(&self, exc: &PyRef, header: &str) -> String {
        let mut out = String::new();
        if let Payload::Exception(d) = &exc.payload {
            if let Some(tb) = d.traceback.borrow().clone() {
                out.push_str(header);
                out.push_str(" (most recent call last):\n");
                self.format_tb(&tb, &mut out);
            }
        }
        out
    }

    /// The SyntaxError location, the `Type: message` line (with any "Did you mean"
    /// hint) and the notes.
    fn format_exception_only(&self, exc: &PyRef) -> String {
        let mut out = String::new();
        if is_subtype(exc.class(), &self.exc.syntax_error) {
            self.format_syntax_error_location(exc, &mut out);
        }
        out.push_str(&self.exception_only_line(exc));
        if let Some(s) = self.suggestion_for(exc) {
            out.push_str(&format!(". Did you mean: '{}'?", s));
        }
        out.push('\n');
        if let Ok(Some(notes)) = self.get_attr_opt(exc, &self.names.__notes__) {
            if let Ok(items) = self.iterate(&notes) {
                for n in items {
                    let s = match self.str_of(&n) {
                        Some(s) => s.to_string(),
                        None => self.repr_str(&n).unwrap_or_default(),
                    };
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
        out
    }

    fn format_tb(&self, tb: &PyRef, out: &mut String) {
        let mut cur = Some(tb.clone());
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0usize;
        while let Some(t) = cur {
            let td = match &t.payload {
                Payload::Traceback(td) => td,
                _ => break,
            };
            let (file, name, src) = match &td.frame.payload {
                Payload::Frame(f) => match &f.code.payload {
                    Payload::Code(c) => (
                        self.str_of(&c.filename).unwrap_or("?").to_string(),
                        self.str_of(&c.name).unwrap_or("?").to_string(),
                        c.source.clone(),
                    ),
                    _ => ("?".into(), "?".into(), None),
                },
                _ => ("?".into(), "?".into(), None),
            };
            let key = (file.clone(), td.lineno, name.clone());
            if last.as_ref() == Some(&key) {
                repeat += 1;
            } else {
                if repeat > 3 {
                    let n = repeat - 3;
                    out.push_str(&format!(
                        "  [Previous line repeated {} more time{}]\n",
                        n,
                        if n == 1 { "" } else { "s" }
                    ));
                }
                repeat = 1;
                last = Some(key);
            }
            if repeat <= 3 {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    file, td.lineno, name
                ));
                let line = match &src {
                    Some(s) => {
                        crate::compile::source::source_line(s, td.lineno).map(|l| l.to_string())
                    }
                    None => std::fs::read_to_string(&file).ok().and_then(|s| {
                        crate::compile::source::source_line(&s, td.lineno).map(|l| l.to_string())
                    }),
                };
                if let Some(l) = line {
                    let t = l.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {}\n", t));
                    }
                }
            }
            cur = td.next.borrow().clone();
        }
        if repeat > 3 {
            let n = repeat - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    }

    fn format_syntax_error_location(&self, exc: &PyRef, out: &mut String) {
        let get = |n: &str| {
            self.get_attr_opt(exc, &self.intern(n))
                .ok()
                .flatten()
                .filter(|v| !self.is_none(v))
        };
        let file = get("filename")
            .map(|f| self.str_string(&f).unwrap_or_default())
            .unwrap_or_else(|| "<string>".into());
        let lineno = get("lineno").and_then(|l| match l.payload {
            Payload::Int(i) => Some(i),
            _ => None,
        });
        if let Some(l) = lineno {
            out.push_str(&format!("  File \"{}\", line {}\n", file, l));
        }
        if let Some(text) = get("text") {
            let t = self.str_string(&text).unwrap_or_default();
            let line = t.trim_end_matches('\n');
            let stripped = line.trim_start();
            let indent = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {}\n", stripped));
            let offset = get("offset").and_then(|o| match o.payload {
                Payload::Int(i) => Some(i),
                _ => None,
            });
            // No caret when the offset points left of the (stripped) text.
            if let Some(off) = offset.filter(|&o| o - 1 - indent as i64 >= 0) {
                let end = get("end_offset").and_then(|o| match o.payload {
                    Payload::Int(i) => Some(i),
                    _ => None,
                });
                let end_line = get("end_lineno").and_then(|o| match o.payload {
                    Payload::Int(i) => Some(i),
                    _ => None,
                });
                let col = (off - 1 - indent as i64).max(0) as usize;
                let width = match (end, end_line) {
                    (Some(e), Some(el)) if Some(el) == lineno && e > off => (e - off) as usize,
                    _ => 1,
                };
                let width = width.min(stripped.chars().count().saturating_sub(col).max(1));
                out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
            }
        }
    }

    /// `Type: message` as the last line of a traceback.
    pub fn exception_only_line(&self, exc: &PyRef) -> String {
        let ty = exc.class();
        let td = ty.type_data();
        let module = td.module.borrow().clone();
        let qual = td.qualname.borrow().clone();
        let tname = match module.as_ref().and_then(|m| self.str_of(m)) {
            Some("builtins") | Some("__main__") | None => qual,
            Some(m) => format!("{}.{}", m, qual),
        };
        let msg = if is_subtype(ty, &self.exc.syntax_error) {
            match self.get_attr_opt(exc, &self.intern("msg")) {
                Ok(Some(m)) if !self.is_none(&m) => self.str_string(&m).unwrap_or_default(),
                _ => self.str_string(exc).unwrap_or_default(),
            }
        } else {
            match self.str(exc) {
                Ok(r) => match &r.payload {
                    // stderr writes surrogates with backslashreplace, as CPython's.
                    Payload::Str(s) => crate::objects::str::backslash_text(s).into_owned(),
                    _ => String::new(),
                },
                Err(_) => "<exception str() failed>".into(),
            }
        };
        if msg.is_empty() {
            tname
        } else {
            format!("{}: {}", tname, msg)
        }
    }

    /// Prints an uncaught exception to sys.stderr (via sys.excepthook when set).
    pub fn print_exception(&self, exc: &PyRef) {
        let _ = self.flush_stdout();
        if let Some(sys) = self.sys.borrow().clone() {
            if let Ok(Some(hook)) = self.get_attr_opt(&sys, &self.intern("excepthook")) {
                let is_default =
                    matches!(&hook.payload, Payload::NativeFunction(nf) if nf.name == "excepthook");
                if !is_default {
                    let tb = crate::objects::exception::traceback_of(self, exc);
                    if self
                        .call(&hook, Args::new(&[exc.class().clone(), exc.clone(), tb]))
                        .is_ok()
                    {
                        return;
                    }
                }
            }
        }
        let text = self.format_exception(exc);
        let _ = self.write_stderr(&text);
    }
}
