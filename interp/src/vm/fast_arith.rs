//! Arithmetic and comparisons of exact `int` (machine word) and `float` operands, inlined
//! into the eval loop's `BinaryOp`, `InplaceOp` and `CompareOp` arms so numeric code skips
//! the general operator protocol. Only exact types qualify (a subclass may override an
//! operator); anything these functions decline (`None`) goes through `vm/ops.rs`, which
//! also raises every error (division by zero, overflow into big ints).

use crate::compile::bytecode::{BinOp, CompareKind};
use crate::object::payload::Payload;
use crate::object::PyRef;

use super::Vm;

const ADD: u32 = BinOp::Add as u32;
const SUB: u32 = BinOp::Sub as u32;
const MUL: u32 = BinOp::Mul as u32;
const TRUE_DIV: u32 = BinOp::TrueDiv as u32;
const FLOOR_DIV: u32 = BinOp::FloorDiv as u32;
const MOD: u32 = BinOp::Mod as u32;
const AND: u32 = BinOp::And as u32;
const OR: u32 = BinOp::Or as u32;
const XOR: u32 = BinOp::Xor as u32;

/// `a op b` (also `a op= b`: exact ints and floats are immutable, so the in-place form
/// computes the same) when both are exact ints or both exact floats.
#[inline(always)]
pub fn binary(vm: &Vm, a: &PyRef, b: &PyRef, op: u32) -> Option<PyRef> {
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y))
            if a.class().is(&vm.types.int) && b.class().is(&vm.types.int) =>
        {
            int_binary(vm, *x, *y, op)
        }
        (Payload::Float(x), Payload::Float(y))
            if a.class().is(&vm.types.float) && b.class().is(&vm.types.float) =>
        {
            let v = match op {
                ADD => x + y,
                SUB => x - y,
                MUL => x * y,
                TRUE_DIV if *y != 0.0 => x / y,
                _ => return None,
            };
            Some(vm.new_float(v))
        }
        _ => None,
    }
}

#[inline(always)]
fn int_binary(vm: &Vm, x: i64, y: i64, op: u32) -> Option<PyRef> {
    let v = match op {
        ADD => x.checked_add(y)?,
        SUB => x.checked_sub(y)?,
        MUL => x.checked_mul(y)?,
        // Python rounds towards negative infinity; the divisor's sign decides the
        // remainder's. Zero divisors and i64::MIN / -1 are left to the general path.
        FLOOR_DIV if y != 0 && y != -1 => {
            let (q, r) = (x / y, x % y);
            if r != 0 && ((r < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        MOD if y != 0 && y != -1 => {
            let r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        AND => x & y,
        OR => x | y,
        XOR => x ^ y,
        _ => return None,
    };
    Some(vm.new_int(v))
}

/// The truth of `a <kind> b` when both are exact ints or both exact floats (IEEE
/// semantics for NaN, as Python's float comparisons).
#[inline(always)]
pub fn compare(vm: &Vm, a: &PyRef, b: &PyRef, kind: u32) -> Option<bool> {
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y))
            if a.class().is(&vm.types.int) && b.class().is(&vm.types.int) =>
        {
            Some(ordered(x, y, kind))
        }
        (Payload::Float(x), Payload::Float(y))
            if a.class().is(&vm.types.float) && b.class().is(&vm.types.float) =>
        {
            Some(ordered(x, y, kind))
        }
        _ => None,
    }
}

#[inline(always)]
fn ordered<T: PartialOrd>(x: &T, y: &T, kind: u32) -> bool {
    match CompareKind::from_u32(kind) {
        CompareKind::Lt => x < y,
        CompareKind::Le => x <= y,
        CompareKind::Eq => x == y,
        CompareKind::Ne => x != y,
        CompareKind::Gt => x > y,
        CompareKind::Ge => x >= y,
    }
}
