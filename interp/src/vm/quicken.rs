//! Quickening: arithmetic sites rewrite themselves to a specialized instruction.
//!
//! The first time a generic `BinaryOp`/`InplaceOp` site runs, it looks at its operands.
//! (Fused compare-and-branch sites, `CompareOpJumpIf*`, do the same with
//! `CompareIntJump`/`CompareFloatJump`, which also decide the comparison without a
//! branch on its kind: see [`outcome_mask`].)
//! Exact ints under `+ - *` or exact floats under `+ - * /` turn the site into one of
//! the `Binary*Int`/`Binary*Float` instructions, whose arm in the eval loop checks the
//! two types and computes inline: each specialized site has its own code, so the type
//! and operator tests are predictable branches instead of one shared dispatch on
//! (types, operator) for every arithmetic site of the program. Any other operands, at
//! the first run or later at a specialized site, leave (or put back) the generic
//! instruction with the `GENERIC` bit, so a polymorphic site never flips back and forth.
//!
//! Code objects hold their instructions in `Cell`s for this (`CodeObject::instrs`);
//! nothing else ever rewrites them, and a rewrite keeps the stack effect and the
//! operands' meaning, so jump targets, handlers and line tables stay valid.

use std::cell::Cell;

use crate::compile::bytecode::{BinOp, CompareKind, Instr};
use crate::object::payload::Payload;
use crate::object::PyRef;

use super::Vm;

/// Operand bit of `BinaryOp`/`InplaceOp`: this site is not specialized again.
pub const GENERIC: u32 = 0x100;
/// Mask of the operator in a `BinaryOp`/`InplaceOp` operand.
pub const OP_MASK: u32 = 0xff;

/// At a generic arithmetic site (`op` without `GENERIC`): rewrites `site` for the
/// operand types seen now, or marks it generic for good.
#[cold]
#[inline(never)]
pub fn specialize_binary(
    vm: &Vm,
    site: &Cell<Instr>,
    a: &PyRef,
    b: &PyRef,
    op: u32,
    inplace: bool,
) {
    let orig = inplace as u32;
    let exact = |o: &PyRef, ty: &PyRef| o.class().is(ty);
    let specialized = match (&a.payload, &b.payload) {
        (Payload::Int(_), Payload::Int(_))
            if exact(a, &vm.types.int) && exact(b, &vm.types.int) =>
        {
            match op {
                x if x == BinOp::Add as u32 => Some(Instr::BinaryAddInt(orig)),
                x if x == BinOp::Sub as u32 => Some(Instr::BinarySubInt(orig)),
                x if x == BinOp::Mul as u32 => Some(Instr::BinaryMulInt(orig)),
                _ => None,
            }
        }
        (Payload::Float(_), Payload::Float(_))
            if exact(a, &vm.types.float) && exact(b, &vm.types.float) =>
        {
            match op {
                x if x == BinOp::Add as u32 => Some(Instr::BinaryAddFloat(orig)),
                x if x == BinOp::Sub as u32 => Some(Instr::BinarySubFloat(orig)),
                x if x == BinOp::Mul as u32 => Some(Instr::BinaryMulFloat(orig)),
                x if x == BinOp::TrueDiv as u32 => Some(Instr::BinaryDivFloat(orig)),
                _ => None,
            }
        }
        _ => None,
    };
    site.set(specialized.unwrap_or_else(|| generic(op, orig)));
}

/// The generic instruction for operator `op` (`orig` 1 = in-place), never specialized
/// again: what a specialized site becomes when its operands change type.
pub fn generic(op: u32, orig: u32) -> Instr {
    if orig == 0 {
        Instr::BinaryOp(op | GENERIC)
    } else {
        Instr::InplaceOp(op | GENERIC)
    }
}

/// Operand bit of `CompareOpJumpIf*` (bit 31, above kind and target): stays generic.
pub const COMPARE_GENERIC: u32 = 1 << 31;
/// Target bits of a compare-and-branch operand.
pub const TARGET_MASK: u32 = 0x0fff_ffff;

/// Which outcomes make `kind` true, as bits: 1 = less, 2 = equal, 4 = greater.
fn outcome_mask(kind: u32) -> u32 {
    match CompareKind::from_u32(kind) {
        CompareKind::Lt => 0b001,
        CompareKind::Le => 0b011,
        CompareKind::Eq => 0b010,
        CompareKind::Ne => 0b101,
        CompareKind::Gt => 0b100,
        CompareKind::Ge => 0b110,
    }
}

/// The comparison kind of an outcome mask (inverse of [`outcome_mask`]).
fn kind_of_mask(mask: u32) -> u32 {
    (0..6).find(|&k| outcome_mask(k) == mask).unwrap_or(0)
}

/// The truth of a comparison whose operands ordered as `ordering` (-1, 0, 1), for the
/// specialized operand `mt`: one shift, no branch on the comparison kind.
#[inline(always)]
pub fn compare_outcome(mt: u32, ordering: i32) -> bool {
    let mask = (mt >> 28) & 7;
    (mask >> (ordering + 1) as u32) & 1 != 0
}

/// Whether the specialized compare-and-branch operand `mt` is `!=` (the only kind that
/// is true when a float operand is NaN).
#[inline(always)]
pub fn compare_is_ne(mt: u32) -> bool {
    (mt >> 28) & 7 == 0b101
}

/// Whether the specialized compare-and-branch operand `mt` jumps when the comparison
/// holds (else when it does not).
#[inline(always)]
pub fn jumps_on_true(mt: u32) -> bool {
    mt & (1 << 31) != 0
}

/// At a generic compare-and-branch site (`kt` without `COMPARE_GENERIC`): rewrites
/// `site` for the operand types seen now, or marks it generic for good.
#[cold]
#[inline(never)]
pub fn specialize_compare_jump(
    vm: &Vm,
    site: &Cell<Instr>,
    a: &PyRef,
    b: &PyRef,
    kt: u32,
    jump_on: bool,
) {
    let mt = (kt & TARGET_MASK) | (outcome_mask(kt >> 28) << 28) | ((jump_on as u32) << 31);
    let exact = |o: &PyRef, ty: &PyRef| o.class().is(ty);
    let specialized = match (&a.payload, &b.payload) {
        (Payload::Int(_), Payload::Int(_))
            if exact(a, &vm.types.int) && exact(b, &vm.types.int) =>
        {
            Instr::CompareIntJump(mt)
        }
        (Payload::Float(_), Payload::Float(_))
            if exact(a, &vm.types.float) && exact(b, &vm.types.float) =>
        {
            Instr::CompareFloatJump(mt)
        }
        _ => generic_compare_jump(mt),
    };
    site.set(specialized);
}

/// The comparison kind (`CompareKind` order) of the specialized operand `mt`.
pub fn compare_kind(mt: u32) -> u32 {
    kind_of_mask((mt >> 28) & 7)
}

/// The generic compare-and-branch instruction for the specialized operand `mt`, never
/// specialized again.
pub fn generic_compare_jump(mt: u32) -> Instr {
    let kt = (mt & TARGET_MASK) | (compare_kind(mt) << 28) | COMPARE_GENERIC;
    if jumps_on_true(mt) {
        Instr::CompareOpJumpIfTrue(kt)
    } else {
        Instr::CompareOpJumpIfFalse(kt)
    }
}
