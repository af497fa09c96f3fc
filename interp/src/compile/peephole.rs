//! Superinstructions: once labels are resolved, a pair of adjacent instructions that
//! commonly run together gets a fused first instruction doing the work of both and
//! continuing after the second. The second instruction stays where it was, so a jump to
//! it, the exception table and line numbers are unaffected; the eval loop reports an
//! error raised by the second half at the second instruction's index.

use super::bytecode::Instr;

/// Largest local (or name) index a fused load can hold (16 bits each).
const MAX_FUSED_LOCAL: u32 = 0xffff;
/// Largest jump target a fused compare-and-branch can hold (28 bits).
const MAX_FUSED_TARGET: u32 = 0x0fff_ffff;

/// Rewrites fusible pairs in place.
pub fn fuse(instrs: &mut [Instr]) {
    for i in 0..instrs.len().saturating_sub(1) {
        let fused = match (instrs[i], instrs[i + 1]) {
            (Instr::LoadFast(a), Instr::LoadFast(b))
                if a <= MAX_FUSED_LOCAL && b <= MAX_FUSED_LOCAL =>
            {
                Instr::LoadFastLoadFast((a << 16) | b)
            }
            (Instr::LoadFast(a), Instr::LoadAttr(n))
                if a <= MAX_FUSED_LOCAL && n <= MAX_FUSED_LOCAL =>
            {
                Instr::LoadFastLoadAttr((a << 16) | n)
            }
            (Instr::LoadFast(a), Instr::LoadMethod(n))
                if a <= MAX_FUSED_LOCAL && n <= MAX_FUSED_LOCAL =>
            {
                Instr::LoadFastLoadMethod((a << 16) | n)
            }
            (Instr::LoadFast(a), Instr::StoreAttr(n))
                if a <= MAX_FUSED_LOCAL && n <= MAX_FUSED_LOCAL =>
            {
                Instr::LoadFastStoreAttr((a << 16) | n)
            }
            (Instr::LoadFast(a), Instr::LoadConst(c))
                if a <= MAX_FUSED_LOCAL && c <= MAX_FUSED_LOCAL =>
            {
                Instr::LoadFastLoadConst((a << 16) | c)
            }
            (Instr::StoreFast(a), Instr::LoadFast(b))
                if a <= MAX_FUSED_LOCAL && b <= MAX_FUSED_LOCAL =>
            {
                Instr::StoreFastLoadFast((a << 16) | b)
            }
            (Instr::CompareOp(k), Instr::PopJumpIfFalse(t)) if k < 16 && t <= MAX_FUSED_TARGET => {
                Instr::CompareOpJumpIfFalse((k << 28) | t)
            }
            (Instr::CompareOp(k), Instr::PopJumpIfTrue(t)) if k < 16 && t <= MAX_FUSED_TARGET => {
                Instr::CompareOpJumpIfTrue((k << 28) | t)
            }
            (Instr::BuildTuple(a), Instr::UnpackSequence(b)) if a == b => {
                Instr::BuildTupleUnpack(a)
            }
            _ => continue,
        };
        instrs[i] = fused;
    }
}
