//! `SRE(search)`: finds the first position from `start` where the pattern matches,
//! using the INFO block to skip ahead: a literal prefix (scanned with its overlap
//! table, as in Knuth-Morris-Pratt), a set of possible first characters, or the
//! minimum width.

use super::super::constants::*;
use super::{Char, Engine, SreResult};

impl<T: Char> Engine<'_, T> {
    /// `RESET_CAPTURE_GROUP`.
    fn reset_capture(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
    }

    /// Searches from `self.start`; on success `start..ptr` is the match.
    pub fn run_search(&mut self) -> SreResult<bool> {
        let mut ptr = self.start;
        let mut end = self.end;
        if ptr > end {
            return Ok(false);
        }
        let mut pat = 0;
        let mut flags = 0;
        let mut prefix_len = 0usize;
        let mut prefix_skip = 0usize;
        let mut prefix = 0usize;
        let mut charset = None;
        if self.c(0)? == INFO {
            // <INFO> <skip> <flags> <min> <max> <prefix or charset>
            flags = self.c(2)?;
            let min = self.c(3)? as i64;
            if min != 0 && ((end - ptr) as i64) < min {
                return Ok(false);
            }
            if min > 1 {
                end -= (min - 1) as isize;
                if end <= ptr {
                    end = ptr;
                }
            }
            if flags & INFO_PREFIX != 0 {
                // <length> <skip> <prefix data> <overlap data>
                prefix_len = self.c(5)? as usize;
                prefix_skip = self.c(6)? as usize;
                prefix = 7;
                // The whole prefix and overlap table must be there.
                self.c(prefix + 2 * prefix_len)?;
            } else if flags & INFO_CHARSET != 0 {
                charset = Some(5);
            }
            pat = 1 + self.c(1)? as usize;
        }

        if prefix_len == 1 {
            // The pattern starts with one known character.
            let c = self.c(prefix)?;
            let end = self.end;
            self.must_advance = false;
            while ptr < end {
                while self.ch(ptr) != c {
                    ptr += 1;
                    if ptr >= end {
                        return Ok(false);
                    }
                }
                self.start = ptr;
                self.ptr = ptr + prefix_skip as isize;
                if flags & INFO_LITERAL != 0 {
                    return Ok(true);
                }
                if self.match_at(pat + 2 * prefix_skip, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.reset_capture();
            }
            return Ok(false);
        }

        if prefix_len > 1 {
            // A known prefix: skip with the overlap table.
            let end = self.end;
            if prefix_len as isize > end - ptr {
                return Ok(false);
            }
            let overlap = prefix + prefix_len - 1;
            let first = self.c(prefix)?;
            while ptr < end {
                loop {
                    let x = self.ch(ptr);
                    ptr += 1;
                    if x == first {
                        break;
                    }
                    if ptr >= end {
                        return Ok(false);
                    }
                }
                if ptr >= end {
                    return Ok(false);
                }
                let mut i = 1;
                self.must_advance = false;
                loop {
                    if self.ch(ptr) == self.c(prefix + i)? {
                        i += 1;
                        if i != prefix_len {
                            ptr += 1;
                            if ptr >= end {
                                return Ok(false);
                            }
                            continue;
                        }
                        // A candidate.
                        self.start = ptr - (prefix_len as isize - 1);
                        self.ptr = ptr - (prefix_len as isize - prefix_skip as isize - 1);
                        if flags & INFO_LITERAL != 0 {
                            return Ok(true);
                        }
                        if self.match_at(pat + 2 * prefix_skip, false)? {
                            return Ok(true);
                        }
                        ptr += 1;
                        if ptr >= end {
                            return Ok(false);
                        }
                        self.reset_capture();
                    }
                    i = self.c(overlap + i)? as usize;
                    if i == 0 {
                        break;
                    }
                }
            }
            return Ok(false);
        }

        if let Some(set) = charset {
            // The first character is from a known set.
            let end = self.end;
            self.must_advance = false;
            loop {
                while ptr < end && !self.in_charset(set, self.ch(ptr))? {
                    ptr += 1;
                }
                if ptr >= end {
                    return Ok(false);
                }
                self.start = ptr;
                self.ptr = ptr;
                if self.match_at(pat, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.reset_capture();
            }
        }

        // General case: try every position.
        self.start = ptr;
        self.ptr = ptr;
        let mut status = self.match_at(pat, true)?;
        self.must_advance = false;
        if !status
            && self.c(pat)? == AT
            && matches!(self.c(pat + 1)?, AT_BEGINNING | AT_BEGINNING_STRING)
        {
            self.start = self.end;
            self.ptr = self.end;
            return Ok(false);
        }
        while !status && ptr < end {
            ptr += 1;
            self.reset_capture();
            self.start = ptr;
            self.ptr = ptr;
            status = self.match_at(pat, false)?;
        }
        Ok(status)
    }
}
