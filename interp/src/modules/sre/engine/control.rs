//! Branches (`BRANCH`), lookaround assertions (`ASSERT`, `ASSERT_NOT`, lookbehind by a
//! fixed width), atomic groups (`ATOMIC_GROUP`) and back references (`GROUPREF*`,
//! `GROUPREF_EXISTS`). In every handler `ctx.pat` is the instruction's first operand.

use super::super::constants::*;
use super::charset::{lower_ascii, lower_locale, lower_unicode};
use super::{Char, Ctx, Engine, Flow, Jump, SreResult, NONE};

impl<T: Char> Engine<'_, T> {
    /// BRANCH: `<BRANCH> <skip> alternative <JUMP> ... <0>`; tries each alternative.
    pub(super) fn branch(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        self.lastmark_save(ctx);
        if self.repeat.is_some() {
            self.mark_push(ctx.lastmark);
        }
        self.branch_next(ctx)
    }

    /// Tries the alternatives from the one whose skip is at `ctx.pat`.
    fn branch_next(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let end = self.end;
        loop {
            let skip = self.c(ctx.pat)? as usize;
            if skip == 0 {
                break;
            }
            let first = self.c(ctx.pat + 1)?;
            // Skip alternatives that cannot start here.
            if first == LITERAL && (ctx.ptr >= end || self.ch(ctx.ptr) != self.c(ctx.pat + 2)?) {
                ctx.pat += skip;
                continue;
            }
            if first == IN && (ctx.ptr >= end || !self.in_charset(ctx.pat + 3, self.ch(ctx.ptr))?) {
                ctx.pat += skip;
                continue;
            }
            self.ptr = ctx.ptr;
            return Ok(Flow::Call(Jump::Branch, ctx.pat + 1, ctx.toplevel));
        }
        if self.repeat.is_some() {
            self.mark_pop_discard(ctx.lastmark)?;
        }
        Ok(Flow::Ret(false))
    }

    pub(super) fn branch_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        if ret {
            if self.repeat.is_some() {
                self.mark_pop_discard(ctx.lastmark)?;
            }
            return Ok(Flow::Ret(true));
        }
        if self.repeat.is_some() {
            self.mark_pop_keep(ctx.lastmark)?;
        }
        self.lastmark_restore(ctx);
        ctx.pat += self.c(ctx.pat)? as usize;
        self.branch_next(ctx)
    }

    /// ASSERT: `<ASSERT> <skip> <back> pattern <SUCCESS>`.
    pub(super) fn assert(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let back = self.c(ctx.pat + 1)? as isize;
        if ctx.ptr < back {
            return Ok(Flow::Ret(false));
        }
        self.ptr = ctx.ptr - back;
        Ok(Flow::Call(Jump::Assert, ctx.pat + 2, false))
    }

    pub(super) fn assert_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        if !ret {
            return Ok(Flow::Ret(false));
        }
        ctx.pat += self.c(ctx.pat)? as usize;
        Ok(Flow::Next)
    }

    /// ASSERT_NOT: `<ASSERT_NOT> <skip> <back> pattern <SUCCESS>`.
    pub(super) fn assert_not(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let back = self.c(ctx.pat + 1)? as isize;
        if ctx.ptr >= back {
            self.ptr = ctx.ptr - back;
            self.lastmark_save(ctx);
            if self.repeat.is_some() {
                self.mark_push(ctx.lastmark);
            }
            return Ok(Flow::Call(Jump::AssertNot, ctx.pat + 2, false));
        }
        ctx.pat += self.c(ctx.pat)? as usize;
        Ok(Flow::Next)
    }

    pub(super) fn assert_not_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        if ret {
            if self.repeat.is_some() {
                self.mark_pop_discard(ctx.lastmark)?;
            }
            return Ok(Flow::Ret(false));
        }
        if self.repeat.is_some() {
            self.mark_pop(ctx.lastmark)?;
        }
        self.lastmark_restore(ctx);
        ctx.pat += self.c(ctx.pat)? as usize;
        Ok(Flow::Next)
    }

    /// ATOMIC_GROUP: `<ATOMIC_GROUP> <skip> pattern <SUCCESS> tail`; the group matches
    /// once, without backtracking into it.
    pub(super) fn atomic_group(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        self.ptr = ctx.ptr;
        Ok(Flow::Call(Jump::AtomicGroup, ctx.pat + 1, false))
    }

    pub(super) fn atomic_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        if !ret {
            self.ptr = ctx.ptr;
            return Ok(Flow::Ret(false));
        }
        ctx.pat += self.c(ctx.pat)? as usize;
        ctx.ptr = self.ptr;
        Ok(Flow::Next)
    }

    /// The span of group `g` (0-based) if it is set (`groupref < lastmark` and both
    /// marks valid, start <= end).
    fn ref_span(&self, g: usize) -> Option<(isize, isize)> {
        let i = g * 2;
        if i as isize >= self.lastmark {
            return None;
        }
        let (p, e) = (self.marks[i], self.marks[i + 1]);
        if p == NONE || e == NONE || e < p {
            return None;
        }
        Some((p, e))
    }

    /// GROUPREF and its case-insensitive forms: `<op> <group>`.
    pub(super) fn groupref(&mut self, ctx: &mut Ctx, op: u32) -> SreResult<Flow> {
        let Some((mut p, e)) = self.ref_span(self.c(ctx.pat)? as usize) else {
            return Ok(Flow::Ret(false));
        };
        let fold: fn(u32) -> u32 = match op {
            GROUPREF_IGNORE => lower_ascii,
            GROUPREF_UNI_IGNORE => lower_unicode,
            GROUPREF_LOC_IGNORE => lower_locale,
            _ => |c| c,
        };
        while p < e {
            if ctx.ptr >= self.end || fold(self.ch(ctx.ptr)) != fold(self.ch(p)) {
                return Ok(Flow::Ret(false));
            }
            p += 1;
            ctx.ptr += 1;
        }
        ctx.pat += 1;
        Ok(Flow::Next)
    }

    /// GROUPREF_EXISTS: `<GROUPREF_EXISTS> <group> <skip> yes <JUMP> no`.
    pub(super) fn groupref_exists(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        if self.ref_span(self.c(ctx.pat)? as usize).is_some() {
            ctx.pat += 2;
        } else {
            ctx.pat += self.c(ctx.pat + 1)? as usize;
        }
        Ok(Flow::Next)
    }
}
