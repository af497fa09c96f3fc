//! Quickening: arithmetic sites rewrite themselves to a specialized instruction.
//!
//! The first time a generic `BinaryOp`/`InplaceOp` site runs, it looks at its operands.
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

use crate::compile::bytecode::{BinOp, Instr};
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
