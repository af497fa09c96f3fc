//! The SRE matching engine: runs the code `re._compiler` produces on a string of bytes
//! (`u8`) or code points (`u32`), with the semantics of CPython 3.11's
//! `Modules/_sre/sre_lib.h` (marks, `lastmark`/`lastindex` saving, repeat contexts,
//! zero-width protection), but on heap stacks only: a nested match is a pushed [`Ctx`]
//! and the parent continues in [`Engine::resume`] when the child returns, so deep
//! backtracking never grows the Rust stack.
//!
//! This file owns the state, the driver loop and the simple instructions;
//! `charset.rs` single-character tests, `repeat.rs` the repeat instructions,
//! `control.rs` branches, assertions, atomic groups and back references, `search.rs`
//! the search loop with its INFO prefix/charset skipping.

mod charset;
mod control;
mod repeat;
mod search;

pub use charset::{lower_ascii, lower_unicode, upper_unicode};

use super::constants::*;

/// One character of a subject string.
pub trait Char: Copy {
    fn code(self) -> u32;
}

impl Char for u8 {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

impl Char for u32 {
    #[inline]
    fn code(self) -> u32 {
        self
    }
}

/// Why a match stopped without an answer (CPython's `SRE_ERROR_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SreError {
    /// Malformed code (`SRE_ERROR_ILLEGAL`).
    Illegal,
    /// An UNTIL without a repeat, or an unbalanced mark stack (`SRE_ERROR_STATE`).
    State,
    /// Nested matches of malformed code too deep (`SRE_ERROR_RECURSION_LIMIT`).
    RecursionLimit,
}

pub type SreResult<T> = Result<T, SreError>;

/// A missing position (C's NULL pointer).
pub const NONE: isize = -1;

/// Where a parent context continues when its child returns (`JUMP_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// One activation of the matcher (`SRE(match_context)`): the code and string positions
/// and the values an instruction keeps while its child runs.
#[derive(Clone, Copy, Debug)]
pub(super) struct Ctx {
    pub pat: usize,
    pub ptr: isize,
    pub count: isize,
    /// The literal a REPEAT_ONE tail starts with, or the index of a repeat context.
    pub aux: usize,
    pub lastmark: isize,
    pub lastindex: isize,
    pub toplevel: bool,
    pub jump: Jump,
}

impl Ctx {
    fn new(pat: usize, toplevel: bool) -> Ctx {
        Ctx {
            pat,
            ptr: 0,
            count: 0,
            aux: 0,
            lastmark: -1,
            lastindex: -1,
            toplevel,
            jump: Jump::None,
        }
    }
}

/// What an instruction asks of the driver.
pub(super) enum Flow {
    /// Run the code at `.1` in a new context (toplevel `.2`); resume at `.0`.
    Call(Jump, usize, bool),
    /// The current context ends with this result.
    Ret(bool),
    /// Go on with the next instruction of the current context.
    Next,
}

/// A repeat context (`SRE_REPEAT`), created by REPEAT and used by its UNTIL.
#[derive(Clone, Copy, Debug)]
pub(super) struct Repeat {
    pub count: isize,
    /// Index of the REPEAT's skip operand.
    pub pattern: usize,
    pub last_ptr: isize,
    pub prev: Option<usize>,
}

/// The matcher state (`SRE_STATE`) over one subject string.
pub struct Engine<'a, T: Char> {
    code: &'a [u32],
    text: &'a [T],
    /// Where the current attempt started (group 0 start after a match).
    pub start: isize,
    /// The current position; the end of group 0 after a match.
    pub ptr: isize,
    /// `endpos`: the string seen by the pattern ends here.
    pub end: isize,
    pub marks: Vec<isize>,
    pub lastmark: isize,
    pub lastindex: isize,
    pub match_all: bool,
    pub must_advance: bool,
    repeat: Option<usize>,
    repeats: Vec<Repeat>,
    data: Vec<isize>,
    depth: usize,
}

impl<'a, T: Char> Engine<'a, T> {
    /// A state for `text[..end]`, starting at `start` (both already clamped).
    pub fn new(code: &'a [u32], text: &'a [T], start: usize, end: usize, groups: usize) -> Self {
        Engine {
            code,
            text,
            start: start as isize,
            ptr: start as isize,
            end: end as isize,
            marks: vec![NONE; groups * 2],
            lastmark: -1,
            lastindex: -1,
            match_all: false,
            must_advance: false,
            repeat: None,
            repeats: Vec::new(),
            data: Vec::new(),
            depth: 0,
        }
    }

    /// `state_reset`: forget the marks and repeat contexts of the last attempt.
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.repeats.clear();
        self.data.clear();
    }

    /// The span of group `g` (1-based) after a successful match, if it matched.
    pub fn group_span(&self, g: usize) -> Option<(isize, isize)> {
        let j = 2 * (g - 1);
        if (j + 1) as isize <= self.lastmark && self.marks[j] != NONE && self.marks[j + 1] != NONE {
            Some((self.marks[j], self.marks[j + 1]))
        } else {
            None
        }
    }

    /// The code word at `i` (malformed code that points outside is an error).
    #[inline]
    fn c(&self, i: usize) -> SreResult<u32> {
        self.code.get(i).copied().ok_or(SreError::Illegal)
    }

    /// The character at `i`, which the caller has checked is before `end`.
    #[inline]
    fn ch(&self, i: isize) -> u32 {
        self.text[i as usize].code()
    }

    /// `sre_match`: matches at `ptr` (the whole code, INFO block included).
    pub fn run_match(&mut self) -> SreResult<bool> {
        self.ptr = self.start;
        self.match_at(0, true)
    }

    /// `SRE(match)`: runs the code at `pat` from `self.ptr`; on success `self.ptr` is
    /// where the match ended.
    fn match_at(&mut self, pat: usize, toplevel: bool) -> SreResult<bool> {
        let mut stack: Vec<Ctx> = Vec::new();
        let mut ctx = Ctx::new(pat, toplevel);
        let mut flow = self.enter(&mut ctx)?;
        loop {
            match flow {
                Flow::Call(jump, p, top) => {
                    ctx.jump = jump;
                    stack.push(ctx);
                    ctx = Ctx::new(p, top);
                    flow = self.enter(&mut ctx)?;
                }
                Flow::Ret(r) => match stack.pop() {
                    None => return Ok(r),
                    Some(parent) => {
                        ctx = parent;
                        flow = match self.resume(&mut ctx, r)? {
                            Flow::Next => self.dispatch(&mut ctx)?,
                            f => f,
                        };
                    }
                },
                Flow::Next => flow = self.dispatch(&mut ctx)?,
            }
        }
    }

    /// A nested `SRE(match)` call (the generic case of `SRE(count)`), bounded in depth.
    fn nested_match(&mut self, pat: usize) -> SreResult<bool> {
        if self.depth >= 64 {
            return Err(SreError::RecursionLimit);
        }
        self.depth += 1;
        let r = self.match_at(pat, false);
        self.depth -= 1;
        r
    }

    /// The start of a context: the INFO block's minimum length check, then dispatch.
    fn enter(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        ctx.ptr = self.ptr;
        if self.c(ctx.pat)? == INFO {
            let min = self.c(ctx.pat + 3)?;
            let avail = self.end - ctx.ptr;
            if min != 0 && avail >= 0 && (avail as u64) < min as u64 {
                return Ok(Flow::Ret(false));
            }
            ctx.pat += self.c(ctx.pat + 1)? as usize + 1;
        }
        self.dispatch(ctx)
    }

    /// Continues the instruction that called a child, now that the child returned `ret`.
    fn resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        match ctx.jump {
            Jump::None => Err(SreError::State),
            Jump::Branch => self.branch_resume(ctx, ret),
            Jump::Assert => self.assert_resume(ctx, ret),
            Jump::AssertNot => self.assert_not_resume(ctx, ret),
            Jump::AtomicGroup => self.atomic_resume(ctx, ret),
            Jump::RepeatOne1 => self.repeat_one_literal_resume(ctx, ret),
            Jump::RepeatOne2 => self.repeat_one_general_resume(ctx, ret),
            Jump::MinRepeatOne => self.min_repeat_one_resume(ctx, ret),
            Jump::Repeat => self.repeat_resume(ctx, ret),
            Jump::MaxUntil1 | Jump::MinUntil1 => self.until_min_resume(ctx, ret),
            Jump::MaxUntil2 => self.max_until_more_resume(ctx, ret),
            Jump::MaxUntil3 => self.max_until_tail_resume(ctx, ret),
            Jump::MinUntil2 => self.min_until_tail_resume(ctx, ret),
            Jump::MinUntil3 => self.min_until_more_resume(ctx, ret),
            Jump::PossRepeat1 => self.poss_repeat_min_resume(ctx, ret),
            Jump::PossRepeat2 => self.poss_repeat_more_resume(ctx, ret),
        }
    }

    // ---- the mark stack (MARK_PUSH / MARK_POP and friends) ----

    fn lastmark_save(&self, ctx: &mut Ctx) {
        ctx.lastmark = self.lastmark;
        ctx.lastindex = self.lastindex;
    }

    fn lastmark_restore(&mut self, ctx: &Ctx) {
        self.lastmark = ctx.lastmark;
        self.lastindex = ctx.lastindex;
    }

    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.data.extend_from_slice(&self.marks[..n]);
        }
    }

    fn mark_pop_impl(&mut self, lastmark: isize, restore: bool, discard: bool) -> SreResult<()> {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let base = self.data.len().checked_sub(n).ok_or(SreError::State)?;
            if restore {
                if self.marks.len() < n {
                    self.marks.resize(n, NONE);
                }
                self.marks[..n].copy_from_slice(&self.data[base..]);
            }
            if discard {
                self.data.truncate(base);
            }
        }
        Ok(())
    }

    fn mark_pop(&mut self, lastmark: isize) -> SreResult<()> {
        self.mark_pop_impl(lastmark, true, true)
    }

    fn mark_pop_keep(&mut self, lastmark: isize) -> SreResult<()> {
        self.mark_pop_impl(lastmark, true, false)
    }

    fn mark_pop_discard(&mut self, lastmark: isize) -> SreResult<()> {
        self.mark_pop_impl(lastmark, false, true)
    }

    fn data_pop(&mut self) -> SreResult<isize> {
        self.data.pop().ok_or(SreError::State)
    }

    /// MARK: records a group boundary.
    fn set_mark(&mut self, i: usize, ptr: isize) -> SreResult<()> {
        if i & 1 == 1 {
            self.lastindex = (i / 2 + 1) as isize;
        }
        if i >= self.marks.len() {
            if i > 2 * MAXGROUPS as usize {
                return Err(SreError::Illegal);
            }
            self.marks.resize(i + 1, NONE);
        }
        if i as isize > self.lastmark {
            for m in &mut self.marks[(self.lastmark + 1) as usize..i] {
                *m = NONE;
            }
            self.lastmark = i as isize;
        }
        self.marks[i] = ptr;
        Ok(())
    }

    /// Runs instructions of the current context until one calls a child or returns.
    fn dispatch(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let end = self.end;
        loop {
            let op = self.c(ctx.pat)?;
            let p = ctx.pat + 1;
            match op {
                MARK => {
                    self.set_mark(self.c(p)? as usize, ctx.ptr)?;
                    ctx.pat = p + 1;
                }
                LITERAL => {
                    if ctx.ptr >= end || self.ch(ctx.ptr) != self.c(p)? {
                        return Ok(Flow::Ret(false));
                    }
                    ctx.pat = p + 1;
                    ctx.ptr += 1;
                }
                NOT_LITERAL => {
                    if ctx.ptr >= end || self.ch(ctx.ptr) == self.c(p)? {
                        return Ok(Flow::Ret(false));
                    }
                    ctx.pat = p + 1;
                    ctx.ptr += 1;
                }
                SUCCESS => {
                    if ctx.toplevel
                        && ((self.match_all && ctx.ptr != end)
                            || (self.must_advance && ctx.ptr == self.start))
                    {
                        return Ok(Flow::Ret(false));
                    }
                    self.ptr = ctx.ptr;
                    return Ok(Flow::Ret(true));
                }
                AT => {
                    if !self.at(ctx.ptr, self.c(p)?) {
                        return Ok(Flow::Ret(false));
                    }
                    ctx.pat = p + 1;
                }
                IN => {
                    if ctx.ptr >= end || !self.in_charset(p + 1, self.ch(ctx.ptr))? {
                        return Ok(Flow::Ret(false));
                    }
                    ctx.pat = p + self.c(p)? as usize;
                    ctx.ptr += 1;
                }
                ANY
                | ANY_ALL
                | CATEGORY
                | LITERAL_IGNORE
                | LITERAL_UNI_IGNORE
                | LITERAL_LOC_IGNORE
                | NOT_LITERAL_IGNORE
                | NOT_LITERAL_UNI_IGNORE
                | NOT_LITERAL_LOC_IGNORE
                | IN_IGNORE
                | IN_UNI_IGNORE
                | IN_LOC_IGNORE => {
                    if ctx.ptr >= end {
                        return Ok(Flow::Ret(false));
                    }
                    match self.char_op(ctx.pat, self.ch(ctx.ptr))? {
                        Some((true, width)) => {
                            ctx.pat += width;
                            ctx.ptr += 1;
                        }
                        _ => return Ok(Flow::Ret(false)),
                    }
                }
                JUMP | INFO => ctx.pat = p + self.c(p)? as usize,
                FAILURE => return Ok(Flow::Ret(false)),
                _ => {
                    ctx.pat = p;
                    let flow = match op {
                        BRANCH => self.branch(ctx)?,
                        REPEAT_ONE => self.repeat_one(ctx)?,
                        MIN_REPEAT_ONE => self.min_repeat_one(ctx)?,
                        POSSESSIVE_REPEAT_ONE => self.possessive_repeat_one(ctx)?,
                        REPEAT => self.repeat(ctx)?,
                        MAX_UNTIL => self.max_until(ctx)?,
                        MIN_UNTIL => self.min_until(ctx)?,
                        POSSESSIVE_REPEAT => self.possessive_repeat(ctx)?,
                        ATOMIC_GROUP => self.atomic_group(ctx)?,
                        GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE => {
                            self.groupref(ctx, op)?
                        }
                        GROUPREF_EXISTS => self.groupref_exists(ctx)?,
                        ASSERT => self.assert(ctx)?,
                        ASSERT_NOT => self.assert_not(ctx)?,
                        _ => return Err(SreError::Illegal),
                    };
                    match flow {
                        Flow::Next => {}
                        f => return Ok(f),
                    }
                }
            }
        }
    }
}
