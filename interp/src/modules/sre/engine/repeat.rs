//! Repeats: the single-character forms (`REPEAT_ONE`, `MIN_REPEAT_ONE`,
//! `POSSESSIVE_REPEAT_ONE`, with `SRE(count)`), the general form (`REPEAT` creating a
//! repeat context, `MAX_UNTIL`/`MIN_UNTIL` deciding after each item) and
//! `POSSESSIVE_REPEAT`. Operands at `ctx.pat`: `<skip> <min> <max> item ... tail`.

use super::super::constants::*;
use super::charset::{char_loc_ignore, is_linebreak, lower_ascii, lower_unicode};
use super::{Char, Ctx, Engine, Flow, Jump, Repeat, SreResult, NONE};

impl<T: Char> Engine<'_, T> {
    /// `SRE(count)`: how many times (at most `maxcount`) the one-character item at `pat`
    /// matches from `self.ptr`.
    fn count(&mut self, pat: usize, maxcount: u32) -> SreResult<isize> {
        let start = self.ptr;
        let mut end = self.end;
        if maxcount != MAXREPEAT && (maxcount as i64) < (end - start) as i64 {
            end = start + maxcount as isize;
        }
        let mut ptr = start;
        let op = self.c(pat)?;
        match op {
            IN => {
                while ptr < end && self.in_charset(pat + 2, self.ch(ptr))? {
                    ptr += 1;
                }
            }
            ANY => {
                while ptr < end && !is_linebreak(self.ch(ptr)) {
                    ptr += 1;
                }
            }
            ANY_ALL => ptr = end.max(start),
            LITERAL
            | NOT_LITERAL
            | LITERAL_IGNORE
            | NOT_LITERAL_IGNORE
            | LITERAL_UNI_IGNORE
            | NOT_LITERAL_UNI_IGNORE
            | LITERAL_LOC_IGNORE
            | NOT_LITERAL_LOC_IGNORE => {
                let chr = self.c(pat + 1)?;
                let test: fn(u32, u32) -> bool = match op {
                    LITERAL => |c, chr| c == chr,
                    NOT_LITERAL => |c, chr| c != chr,
                    LITERAL_IGNORE => |c, chr| lower_ascii(c) == chr,
                    NOT_LITERAL_IGNORE => |c, chr| lower_ascii(c) != chr,
                    LITERAL_UNI_IGNORE => |c, chr| lower_unicode(c) == chr,
                    NOT_LITERAL_UNI_IGNORE => |c, chr| lower_unicode(c) != chr,
                    LITERAL_LOC_IGNORE => |c, chr| char_loc_ignore(chr, c),
                    _ => |c, chr| !char_loc_ignore(chr, c),
                };
                while ptr < end && test(self.ch(ptr), chr) {
                    ptr += 1;
                }
            }
            _ => {
                // Another one-character instruction followed by SUCCESS, tested directly;
                // anything else is matched as a sub-pattern, as CPython does.
                let probe = if ptr < end {
                    self.char_op(pat, self.ch(ptr))?
                } else {
                    None
                };
                match probe {
                    Some((_, width)) if self.c(pat + width)? == SUCCESS => {
                        while ptr < end && self.char_op(pat, self.ch(ptr))?.is_some_and(|r| r.0) {
                            ptr += 1;
                        }
                    }
                    _ => {
                        while self.ptr < end {
                            if !self.nested_match(pat)? {
                                break;
                            }
                        }
                        return Ok(self.ptr - start);
                    }
                }
            }
        }
        Ok(ptr - start)
    }

    fn operands(&self, ctx: &Ctx) -> SreResult<(usize, u32, u32)> {
        Ok((
            self.c(ctx.pat)? as usize,
            self.c(ctx.pat + 1)?,
            self.c(ctx.pat + 2)?,
        ))
    }

    /// REPEAT_ONE: greedy repeat of a one-character item, then backtracking one
    /// character at a time.
    pub(super) fn repeat_one(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let (skip, min, max) = self.operands(ctx)?;
        if min as i64 > (self.end - ctx.ptr) as i64 {
            return Ok(Flow::Ret(false));
        }
        self.ptr = ctx.ptr;
        ctx.count = self.count(ctx.pat + 3, max)?;
        ctx.ptr += ctx.count;
        if ctx.count < min as isize {
            return Ok(Flow::Ret(false));
        }
        let tail = ctx.pat + skip;
        if self.c(tail)? == SUCCESS
            && ctx.ptr == self.end
            && !(ctx.toplevel && self.must_advance && ctx.ptr == self.start)
        {
            // Nothing follows: done.
            self.ptr = ctx.ptr;
            return Ok(Flow::Ret(true));
        }
        self.lastmark_save(ctx);
        if self.repeat.is_some() {
            self.mark_push(ctx.lastmark);
        }
        if self.c(tail)? == LITERAL {
            // The tail starts with a literal: only try positions followed by it.
            ctx.aux = self.c(tail + 1)? as usize;
            self.repeat_one_literal_next(ctx)
        } else {
            self.repeat_one_general_next(ctx)
        }
    }

    fn repeat_one_literal_next(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let min = self.c(ctx.pat + 1)? as isize;
        let chr = ctx.aux as u32;
        while ctx.count >= min && (ctx.ptr >= self.end || self.ch(ctx.ptr) != chr) {
            ctx.ptr -= 1;
            ctx.count -= 1;
        }
        if ctx.count < min {
            if self.repeat.is_some() {
                self.mark_pop_discard(ctx.lastmark)?;
            }
            return Ok(Flow::Ret(false));
        }
        self.ptr = ctx.ptr;
        let tail = ctx.pat + self.c(ctx.pat)? as usize;
        Ok(Flow::Call(Jump::RepeatOne1, tail, ctx.toplevel))
    }

    /// After a failed tail: give back one character and retry.
    fn repeat_one_failed(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Option<Flow>> {
        if ret {
            if self.repeat.is_some() {
                self.mark_pop_discard(ctx.lastmark)?;
            }
            return Ok(Some(Flow::Ret(true)));
        }
        if self.repeat.is_some() {
            self.mark_pop_keep(ctx.lastmark)?;
        }
        self.lastmark_restore(ctx);
        ctx.ptr -= 1;
        ctx.count -= 1;
        Ok(None)
    }

    pub(super) fn repeat_one_literal_resume(
        &mut self,
        ctx: &mut Ctx,
        ret: bool,
    ) -> SreResult<Flow> {
        match self.repeat_one_failed(ctx, ret)? {
            Some(f) => Ok(f),
            None => self.repeat_one_literal_next(ctx),
        }
    }

    fn repeat_one_general_next(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let min = self.c(ctx.pat + 1)? as isize;
        if ctx.count >= min {
            self.ptr = ctx.ptr;
            let tail = ctx.pat + self.c(ctx.pat)? as usize;
            return Ok(Flow::Call(Jump::RepeatOne2, tail, ctx.toplevel));
        }
        if self.repeat.is_some() {
            self.mark_pop_discard(ctx.lastmark)?;
        }
        Ok(Flow::Ret(false))
    }

    pub(super) fn repeat_one_general_resume(
        &mut self,
        ctx: &mut Ctx,
        ret: bool,
    ) -> SreResult<Flow> {
        match self.repeat_one_failed(ctx, ret)? {
            Some(f) => Ok(f),
            None => self.repeat_one_general_next(ctx),
        }
    }

    /// MIN_REPEAT_ONE: lazy repeat of a one-character item.
    pub(super) fn min_repeat_one(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let (skip, min, _) = self.operands(ctx)?;
        if min as i64 > (self.end - ctx.ptr) as i64 {
            return Ok(Flow::Ret(false));
        }
        self.ptr = ctx.ptr;
        if min == 0 {
            ctx.count = 0;
        } else {
            let n = self.count(ctx.pat + 3, min)?;
            if n < min as isize {
                return Ok(Flow::Ret(false));
            }
            ctx.count = n;
            ctx.ptr += n;
        }
        let tail = ctx.pat + skip;
        if self.c(tail)? == SUCCESS
            && !(ctx.toplevel
                && ((self.match_all && ctx.ptr != self.end)
                    || (self.must_advance && ctx.ptr == self.start)))
        {
            self.ptr = ctx.ptr;
            return Ok(Flow::Ret(true));
        }
        self.lastmark_save(ctx);
        if self.repeat.is_some() {
            self.mark_push(ctx.lastmark);
        }
        self.min_repeat_one_next(ctx)
    }

    fn min_repeat_one_next(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let max = self.c(ctx.pat + 2)?;
        if max == MAXREPEAT || ctx.count <= max as isize {
            self.ptr = ctx.ptr;
            let tail = ctx.pat + self.c(ctx.pat)? as usize;
            return Ok(Flow::Call(Jump::MinRepeatOne, tail, ctx.toplevel));
        }
        if self.repeat.is_some() {
            self.mark_pop_discard(ctx.lastmark)?;
        }
        Ok(Flow::Ret(false))
    }

    pub(super) fn min_repeat_one_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
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
        self.ptr = ctx.ptr;
        if self.count(ctx.pat + 3, 1)? == 0 {
            if self.repeat.is_some() {
                self.mark_pop_discard(ctx.lastmark)?;
            }
            return Ok(Flow::Ret(false));
        }
        ctx.ptr += 1;
        ctx.count += 1;
        self.min_repeat_one_next(ctx)
    }

    /// POSSESSIVE_REPEAT_ONE: greedy repeat of a one-character item, never given back.
    pub(super) fn possessive_repeat_one(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let (skip, min, max) = self.operands(ctx)?;
        if ctx.ptr as i64 + min as i64 > self.end as i64 {
            return Ok(Flow::Ret(false));
        }
        self.ptr = ctx.ptr;
        ctx.count = self.count(ctx.pat + 3, max)?;
        ctx.ptr += ctx.count;
        if ctx.count < min as isize {
            return Ok(Flow::Ret(false));
        }
        ctx.pat += skip;
        if self.c(ctx.pat)? == SUCCESS
            && ctx.ptr == self.end
            && !(ctx.toplevel && self.must_advance && ctx.ptr == self.start)
        {
            self.ptr = ctx.ptr;
            return Ok(Flow::Ret(true));
        }
        Ok(Flow::Next)
    }

    /// REPEAT: `<REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail`; installs a
    /// repeat context and runs the UNTIL, which matches the items.
    pub(super) fn repeat(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let skip = self.c(ctx.pat)? as usize;
        self.repeats.push(Repeat {
            count: -1,
            pattern: ctx.pat,
            last_ptr: NONE,
            prev: self.repeat,
        });
        ctx.aux = self.repeats.len() - 1;
        self.repeat = Some(ctx.aux);
        self.ptr = ctx.ptr;
        Ok(Flow::Call(Jump::Repeat, ctx.pat + skip, ctx.toplevel))
    }

    pub(super) fn repeat_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        let rep = self.repeats.get(ctx.aux).ok_or(super::SreError::State)?;
        self.repeat = rep.prev;
        self.repeats.truncate(ctx.aux);
        Ok(Flow::Ret(ret))
    }

    /// The repeat context an UNTIL works on; its count goes up by one.
    fn until_start(&mut self, ctx: &mut Ctx) -> SreResult<(usize, u32, u32)> {
        let r = self.repeat.ok_or(super::SreError::State)?;
        let rep = *self.repeats.get(r).ok_or(super::SreError::State)?;
        ctx.aux = r;
        self.ptr = ctx.ptr;
        ctx.count = rep.count + 1;
        Ok((r, self.c(rep.pattern + 1)?, self.c(rep.pattern + 2)?))
    }

    fn item(&self, r: usize) -> usize {
        self.repeats[r].pattern + 3
    }

    /// MAX_UNTIL: after an item of a greedy repeat, try another item, else the tail.
    pub(super) fn max_until(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let (r, min, max) = self.until_start(ctx)?;
        if ctx.count < min as isize {
            // Not enough items yet.
            self.repeats[r].count = ctx.count;
            return Ok(Flow::Call(Jump::MaxUntil1, self.item(r), ctx.toplevel));
        }
        if (ctx.count < max as isize || max == MAXREPEAT) && self.ptr != self.repeats[r].last_ptr {
            // Enough items, but try one more.
            self.repeats[r].count = ctx.count;
            self.lastmark_save(ctx);
            self.mark_push(ctx.lastmark);
            // Zero-width match protection.
            self.data.push(self.repeats[r].last_ptr);
            self.repeats[r].last_ptr = self.ptr;
            return Ok(Flow::Call(Jump::MaxUntil2, self.item(r), ctx.toplevel));
        }
        self.max_until_tail(ctx)
    }

    /// Resumption after an item needed to reach the minimum (both UNTILs).
    pub(super) fn until_min_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        if ret {
            return Ok(Flow::Ret(true));
        }
        self.repeats[ctx.aux].count = ctx.count - 1;
        self.ptr = ctx.ptr;
        Ok(Flow::Ret(false))
    }

    pub(super) fn max_until_more_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        let r = ctx.aux;
        self.repeats[r].last_ptr = self.data_pop()?;
        if ret {
            self.mark_pop_discard(ctx.lastmark)?;
            return Ok(Flow::Ret(true));
        }
        self.mark_pop(ctx.lastmark)?;
        self.lastmark_restore(ctx);
        self.repeats[r].count = ctx.count - 1;
        self.ptr = ctx.ptr;
        self.max_until_tail(ctx)
    }

    /// No more items: match the tail outside this repeat.
    fn max_until_tail(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        self.repeat = self.repeats[ctx.aux].prev;
        Ok(Flow::Call(Jump::MaxUntil3, ctx.pat, ctx.toplevel))
    }

    pub(super) fn max_until_tail_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        self.repeat = Some(ctx.aux);
        if ret {
            return Ok(Flow::Ret(true));
        }
        self.ptr = ctx.ptr;
        Ok(Flow::Ret(false))
    }

    /// MIN_UNTIL: after an item of a lazy repeat, try the tail, else another item.
    pub(super) fn min_until(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let (r, min, _) = self.until_start(ctx)?;
        if ctx.count < min as isize {
            self.repeats[r].count = ctx.count;
            return Ok(Flow::Call(Jump::MinUntil1, self.item(r), ctx.toplevel));
        }
        self.repeat = self.repeats[r].prev;
        self.lastmark_save(ctx);
        if self.repeat.is_some() {
            self.mark_push(ctx.lastmark);
        }
        Ok(Flow::Call(Jump::MinUntil2, ctx.pat, ctx.toplevel))
    }

    pub(super) fn min_until_tail_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        let r = ctx.aux;
        let repeat_of_tail = self.repeat;
        self.repeat = Some(r);
        if ret {
            if repeat_of_tail.is_some() {
                self.mark_pop_discard(ctx.lastmark)?;
            }
            return Ok(Flow::Ret(true));
        }
        if repeat_of_tail.is_some() {
            self.mark_pop(ctx.lastmark)?;
        }
        self.lastmark_restore(ctx);
        self.ptr = ctx.ptr;
        let max = self.c(self.repeats[r].pattern + 2)?;
        if (ctx.count >= max as isize && max != MAXREPEAT) || self.ptr == self.repeats[r].last_ptr {
            return Ok(Flow::Ret(false));
        }
        self.repeats[r].count = ctx.count;
        self.data.push(self.repeats[r].last_ptr);
        self.repeats[r].last_ptr = self.ptr;
        Ok(Flow::Call(Jump::MinUntil3, self.item(r), ctx.toplevel))
    }

    pub(super) fn min_until_more_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        let r = ctx.aux;
        self.repeats[r].last_ptr = self.data_pop()?;
        if ret {
            return Ok(Flow::Ret(true));
        }
        self.repeats[r].count = ctx.count - 1;
        self.ptr = ctx.ptr;
        Ok(Flow::Ret(false))
    }

    /// POSSESSIVE_REPEAT: `<POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail`;
    /// items are matched greedily and never given back.
    pub(super) fn possessive_repeat(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        self.ptr = ctx.ptr;
        ctx.count = 0;
        self.poss_repeat_min_next(ctx)
    }

    fn poss_repeat_min_next(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let min = self.c(ctx.pat + 1)?;
        if ctx.count < min as isize {
            return Ok(Flow::Call(Jump::PossRepeat1, ctx.pat + 3, false));
        }
        // The position before the last item; NONE so the loop is entered.
        ctx.ptr = NONE;
        self.poss_repeat_more_next(ctx)
    }

    pub(super) fn poss_repeat_min_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        if ret {
            ctx.count += 1;
            return self.poss_repeat_min_next(ctx);
        }
        self.ptr = ctx.ptr;
        Ok(Flow::Ret(false))
    }

    fn poss_repeat_more_next(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        let max = self.c(ctx.pat + 2)?;
        if (ctx.count < max as isize || max == MAXREPEAT) && self.ptr != ctx.ptr {
            self.lastmark_save(ctx);
            self.mark_push(ctx.lastmark);
            ctx.ptr = self.ptr;
            return Ok(Flow::Call(Jump::PossRepeat2, ctx.pat + 3, false));
        }
        self.poss_repeat_tail(ctx)
    }

    pub(super) fn poss_repeat_more_resume(&mut self, ctx: &mut Ctx, ret: bool) -> SreResult<Flow> {
        if ret {
            self.mark_pop_discard(ctx.lastmark)?;
            ctx.count += 1;
            return self.poss_repeat_more_next(ctx);
        }
        self.mark_pop(ctx.lastmark)?;
        self.lastmark_restore(ctx);
        self.ptr = ctx.ptr;
        self.poss_repeat_tail(ctx)
    }

    fn poss_repeat_tail(&mut self, ctx: &mut Ctx) -> SreResult<Flow> {
        ctx.pat += self.c(ctx.pat)? as usize + 1;
        ctx.ptr = self.ptr;
        Ok(Flow::Next)
    }
}
