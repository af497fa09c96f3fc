//! The instruction set: one table that defines every instruction once.
//!
//! Each row gives the instruction's name, its operand (if any) and its stack effect, plus
//! a doc line. `define_instructions!` expands the table into the `Instr` enum (8 bytes,
//! operand inline), `Instr::name` for the disassembler and `Instr::stack_effect`. The eval
//! loop in `vm/eval.rs` dispatches on the enum; jumps hold absolute instruction indices,
//! and a jump to a lower index is a loop header (where the JIT will count).
//!
//! Call layout (as CPython 3.11): a call site pushes two slots, then the arguments. Either
//! `NULL, callable` (plain call: `PushNull` then the callable) or `method, self` (from
//! `LoadMethod`), where `NULL` is the VM's private null marker. `Call(n)` then finds the
//! callable and its `n` (or `n + 1` with self) contiguous arguments without allocating.

macro_rules! define_instructions {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident $( ( $arg:ident ) )? => $effect:expr ;
    )*) => {
        /// Instruction numbers, in table order (`Instr::opcode`).
        #[allow(dead_code)]
        #[repr(u8)]
        enum Opcode {
            $( $name, )*
        }

        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name $( ( define_instructions!(@ty $arg) ) )?, )*
        }

        impl Instr {
            /// The instruction's name, as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self {
                    $( Instr::$name $( ( define_instructions!(@pat $arg) ) )? => stringify!($name), )*
                }
            }

            /// The operand, if the instruction has one.
            #[allow(unused_variables)]
            pub fn operand(&self) -> Option<u32> {
                match *self {
                    $( Instr::$name $( ( $arg ) )? => define_instructions!(@opt $( $arg )?), )*
                }
            }

            /// The instruction's number in the table (its position), as serialized by
            /// marshal's code objects (`modules/marshal/code.rs`).
            pub fn opcode(&self) -> u8 {
                match self {
                    $( Instr::$name $( ( define_instructions!(@pat $arg) ) )? => Opcode::$name as u8, )*
                }
            }

            /// The instruction numbered `op` with operand `arg` (ignored by instructions
            /// without one); `None` for a number outside the table.
            pub fn from_opcode(op: u8, arg: u32) -> Option<Instr> {
                const DECODE: &[fn(u32) -> Instr] = &[
                    $( |_arg| Instr::$name $( ( define_instructions!(@arg $arg _arg) ) )?, )*
                ];
                DECODE.get(op as usize).map(|f| f(arg))
            }

            /// Net change of the value-stack depth when the instruction falls through.
            #[allow(unused_variables)]
            pub fn stack_effect(&self) -> i32 {
                match *self {
                    $( Instr::$name $( ( $arg ) )? => { $( let $arg = $arg as i32; )? $effect } )*
                }
            }
        }
    };
    (@ty $arg:ident) => { u32 };
    (@pat $arg:ident) => { _ };
    (@opt $arg:ident) => { Some($arg) };
    (@opt) => { None };
    (@arg $arg:ident $v:ident) => { $v };
}

define_instructions! {
    /// Does nothing.
    Nop => 0;
    /// Discards the top of stack.
    PopTop => -1;
    /// Pushes the NULL marker of a call site.
    PushNull => 1;
    /// Pushes a copy of the n-th item from the top (1 = top).
    Copy(n) => 1;
    /// Swaps the top with the n-th item from the top.
    Swap(n) => 0;
    /// Pushes constant `i`.
    LoadConst(i) => 1;
    /// Pushes fast local `i`; UnboundLocalError if unset.
    LoadFast(i) => 1;
    /// Superinstruction (`compile/peephole.rs`): `LoadFast(ab >> 16)` then
    /// `LoadFast(ab & 0xffff)`, continuing after the second (which follows it).
    LoadFastLoadFast(ab) => 2;
    /// Superinstruction: `LoadFast(ia >> 16)` then `LoadAttr(ia & 0xffff)` (`self.x`).
    LoadFastLoadAttr(ia) => 1;
    /// Superinstruction: `LoadFast(ia >> 16)` then `LoadMethod(ia & 0xffff)`.
    LoadFastLoadMethod(ia) => 2;
    /// Superinstruction: `LoadFast(ia >> 16)` then `StoreAttr(ia & 0xffff)` (`self.x = v`).
    LoadFastStoreAttr(ia) => -1;
    /// Superinstruction: `LoadFast(ic >> 16)` then `LoadConst(ic & 0xffff)` (`i + 1`).
    LoadFastLoadConst(ic) => 2;
    /// Superinstruction: `StoreFast(ab >> 16)` then `LoadFast(ab & 0xffff)`.
    StoreFastLoadFast(ab) => 0;
    /// Superinstruction: `BuildTuple(n)` then `UnpackSequence(n)` (`a, b = b, a`): the
    /// top `n` items reversed in place, without building the tuple.
    BuildTupleUnpack(n) => 0;
    /// Pops into fast local `i`.
    StoreFast(i) => -1;
    /// Unbinds fast local `i`.
    DeleteFast(i) => 0;
    /// Pushes the contents of cell/free variable `i`.
    LoadDeref(i) => 1;
    /// Pops into cell/free variable `i`.
    StoreDeref(i) => -1;
    /// Empties cell/free variable `i`.
    DeleteDeref(i) => 0;
    /// Pushes the cell object `i` itself (to build a closure).
    LoadClosure(i) => 1;
    /// Class bodies: the name from the class namespace, else the free variable `i`.
    LoadClassDeref(i) => 1;
    /// Pushes name `i` from locals, globals, then builtins.
    LoadName(i) => 1;
    StoreName(i) => -1;
    DeleteName(i) => 0;
    /// Pushes global `i` (globals, then builtins).
    LoadGlobal(i) => 1;
    StoreGlobal(i) => -1;
    DeleteGlobal(i) => 0;
    /// obj -- obj.name
    LoadAttr(i) => 0;
    /// value obj --  (obj.name = value)
    StoreAttr(i) => -2;
    DeleteAttr(i) => -1;
    /// obj -- method self | NULL bound_value
    LoadMethod(i) => 1;
    /// container key -- container[key]
    BinarySubscr => -1;
    /// value container key --
    StoreSubscr => -3;
    DeleteSubscr => -2;
    /// Builds a slice from 2 or 3 items.
    BuildSlice(n) => 1 - n;
    /// a b -- a OP b, with OP from `BinOp` order (bit 8 set: the site stays generic,
    /// see `vm/quicken.rs`).
    BinaryOp(op) => -1;
    /// a b -- a OP= b (in-place protocol; operand as `BinaryOp`'s).
    InplaceOp(op) => -1;
    /// Quickened `BinaryOp`/`InplaceOp` site (`vm/quicken.rs`; `orig` 1 = in-place):
    /// exact int + int, any other operands put the generic instruction back.
    BinaryAddInt(orig) => -1;
    /// Quickened: exact int - int.
    BinarySubInt(orig) => -1;
    /// Quickened: exact int * int.
    BinaryMulInt(orig) => -1;
    /// Quickened: exact float + float.
    BinaryAddFloat(orig) => -1;
    /// Quickened: exact float - float.
    BinarySubFloat(orig) => -1;
    /// Quickened: exact float * float.
    BinaryMulFloat(orig) => -1;
    /// Quickened: exact float / float.
    BinaryDivFloat(orig) => -1;
    /// Unary `-`, `+`, `~`, `not` (see `UnaryOpKind`).
    UnaryOp(k) => 0;
    /// a b -- a CMP b, with CMP from `CompareKind` order.
    CompareOp(k) => -1;
    /// Superinstruction: `CompareOp(kt >> 28)` then `PopJumpIfFalse(kt & 0x0fff_ffff)`
    /// (which follows it); falls through past both.
    CompareOpJumpIfFalse(kt) => -2;
    /// Superinstruction: `CompareOp(kt >> 28)` then `PopJumpIfTrue(kt & 0x0fff_ffff)`.
    CompareOpJumpIfTrue(kt) => -2;
    /// Quickened `CompareOpJumpIf*` site (`vm/quicken.rs`): exact int operands. `mt` is
    /// the target (low 28 bits), the outcome mask of the comparison (bits 28-30: which of
    /// less / equal / greater make it true) and the jump polarity (bit 31: jump if true).
    CompareIntJump(mt) => -2;
    /// Quickened `CompareOpJumpIf*` site: exact float operands (NaN compares unequal).
    CompareFloatJump(mt) => -2;
    /// a b -- (a is b) xor invert
    IsOp(invert) => -1;
    /// a b -- (a in b) xor invert
    ContainsOp(invert) => -1;
    Jump(target) => 0;
    PopJumpIfFalse(target) => -1;
    PopJumpIfTrue(target) => -1;
    /// Keeps the value and jumps if false, else pops it.
    JumpIfFalseOrPop(target) => 0;
    JumpIfTrueOrPop(target) => 0;
    PopJumpIfNone(target) => -1;
    PopJumpIfNotNone(target) => -1;
    /// obj -- iter(obj)
    GetIter => 0;
    /// it -- it next(it); on exhaustion pops `it` and jumps.
    ForIter(target) => 1;
    BuildTuple(n) => 1 - n;
    BuildList(n) => 1 - n;
    BuildSet(n) => 1 - n;
    /// Builds a dict from n key/value pairs.
    BuildMap(n) => 1 - 2 * n;
    /// Concatenates n strings.
    BuildString(n) => 1 - n;
    /// Pops v and appends it to the list at depth d (after the pop).
    ListAppend(d) => -1;
    SetAdd(d) => -1;
    /// Pops key and value and stores them in the dict at depth d.
    MapAdd(d) => -2;
    ListExtend(d) => -1;
    SetUpdate(d) => -1;
    DictUpdate(d) => -1;
    /// Like DictUpdate but a repeated key is an error (for `**` in calls).
    DictMerge(d) => -1;
    ListToTuple => 0;
    /// seq -- items (n of them, first on top)
    UnpackSequence(n) => n - 1;
    /// seq -- items around a starred list; operand = before | after << 8
    UnpackEx(counts) => (counts & 0xff) + (counts >> 8);
    /// Sets the keyword names (a constant tuple) for the next `Call`.
    KwNames(i) => 0;
    /// Calls with n arguments (see the call layout above).
    Call(n) => -1 - n;
    /// NULL callable args_tuple [kwargs_dict] -- result; operand 1 = has kwargs
    CallFunctionEx(has_kw) => -2 - has_kw;
    /// Builds a function from the code on top plus the extras flagged in the operand
    /// (1 defaults, 2 kwdefaults, 4 annotations, 8 closure).
    MakeFunction(flags) => -((flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1));
    /// value [spec] -- str; operand: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if spec
    FormatValue(flags) => -((flags >> 2) & 1);
    ReturnValue => -1;
    /// Suspends a generator with the top of stack; on resume the sent value replaces it.
    YieldValue => 0;
    /// receiver value -- result: delegates to the receiver until it finishes.
    YieldFrom => -1;
    /// obj -- iterator for `yield from` (coroutines pass through).
    GetYieldFromIter => 0;
    /// obj -- awaitable iterator; `k` names the source in the error: 0 `await`,
    /// 1 `__aenter__`, 2 `__aexit__`.
    GetAwaitable(k) => 0;
    GetAIter => 0;
    /// aiter -- aiter awaitable
    GetANext => 1;
    /// Exception handler of `async for`: ends the loop on StopAsyncIteration.
    EndAsyncFor => -2;
    /// Raises: 0 = re-raise the handled exception, 1 = TOS, 2 = TOS1 from TOS.
    Raise(n) => -n;
    /// Re-raises TOS without adding a traceback entry.
    Reraise => -1;
    /// exc -- previous_handled exc; makes exc the handled exception.
    PushExcInfo => 1;
    /// previous_handled -- ; restores it as the handled exception.
    PopExcept => -1;
    /// exc type -- exc matches
    CheckExcMatch => 0;
    /// eg type -- rest match (except*)
    CheckEgMatch => 0;
    /// original raised_list -- exception_or_None
    PrepReraiseStar => -1;
    /// mgr -- exit enter_result
    BeforeWith => 1;
    BeforeAsyncWith => 1;
    /// exit prev exc -- exit prev exc result: calls exit(type, exc, tb).
    WithExceptStart => 1;
    /// level fromlist -- module
    ImportName(i) => -1;
    /// module -- module attr
    ImportFrom(i) => 1;
    ImportStar => -1;
    LoadBuildClass => 1;
    SetupAnnotations => 0;
    LoadAssertionError => 1;
    /// Interactive mode: displays and pops the value (sys.displayhook).
    PrintExpr => -1;
    /// subject cls names -- attrs_tuple | None
    MatchClass(n) => -2;
    /// subject -- subject bool
    MatchMapping => 1;
    MatchSequence => 1;
    /// subject keys -- subject keys values | None
    MatchKeys => 1;
    /// obj -- obj len(obj)
    GetLen => 1;
    /// subject keys -- subject rest_dict
    CopyDictWithoutKeys => 0;
    /// Returns the class namespace (class bodies).
    LoadLocals => 1;
}

impl Instr {
    /// How far execution continues after this instruction when it does not jump:
    /// `None` for instructions that never fall through (return, raise, jump), 2 for
    /// superinstructions (which skip the second instruction they fuse), else 1.
    pub fn fallthrough_width(&self) -> Option<usize> {
        match self {
            Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise | Instr::Jump(_) => None,
            Instr::LoadFastLoadFast(_)
            | Instr::LoadFastLoadAttr(_)
            | Instr::LoadFastLoadMethod(_)
            | Instr::LoadFastStoreAttr(_)
            | Instr::LoadFastLoadConst(_)
            | Instr::StoreFastLoadFast(_)
            | Instr::BuildTupleUnpack(_)
            | Instr::CompareOpJumpIfFalse(_)
            | Instr::CompareOpJumpIfTrue(_)
            | Instr::CompareIntJump(_)
            | Instr::CompareFloatJump(_) => Some(2),
            _ => Some(1),
        }
    }

    /// The instruction index this instruction may jump to, if it can jump.
    pub fn jump_target(&self) -> Option<usize> {
        match *self {
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::PopJumpIfNone(t)
            | Instr::PopJumpIfNotNone(t)
            | Instr::ForIter(t) => Some(t as usize),
            Instr::CompareOpJumpIfFalse(kt)
            | Instr::CompareOpJumpIfTrue(kt)
            | Instr::CompareIntJump(kt)
            | Instr::CompareFloatJump(kt) => Some((kt & 0x0fff_ffff) as usize),
            _ => None,
        }
    }
}

/// Whether every place execution can continue at lies inside `instrs`: each
/// instruction's fall-through successor and jump target, and each exception handler.
/// The eval loop fetches instructions without a bounds check on the strength of this
/// (checked once per code object, when it is built).
pub fn control_flow_in_bounds(instrs: &[Instr], handlers: impl Iterator<Item = usize>) -> bool {
    let n = instrs.len();
    let successors_ok = instrs.iter().enumerate().all(|(i, ins)| {
        ins.fallthrough_width().is_none_or(|w| i + w < n) && ins.jump_target().is_none_or(|t| t < n)
    });
    let mut handlers = handlers;
    n > 0 && successors_ok && handlers.all(|h| h < n)
}

/// Whether every fast-local slot and constant that `instrs` name exists: local slots
/// below `nslots` (cells and free variables count from `nlocals`), constants below
/// `nconsts`. The eval loop reads locals and constants of the hot instructions without
/// a bounds check on the strength of this (checked once per code object, when built;
/// a running frame always has `nslots` locals).
pub fn operands_in_bounds(instrs: &[Instr], nlocals: usize, nslots: usize, nconsts: usize) -> bool {
    let (hi, lo) = (|x: u32| (x >> 16) as usize, |x: u32| (x & 0xffff) as usize);
    instrs.iter().all(|ins| {
        let (slots, konst): ([Option<usize>; 2], Option<usize>) = match *ins {
            Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => {
                ([Some(i as usize), None], None)
            }
            Instr::LoadFastLoadFast(ab) | Instr::StoreFastLoadFast(ab) => {
                ([Some(hi(ab)), Some(lo(ab))], None)
            }
            Instr::LoadFastLoadAttr(x)
            | Instr::LoadFastLoadMethod(x)
            | Instr::LoadFastStoreAttr(x) => ([Some(hi(x)), None], None),
            Instr::LoadFastLoadConst(ic) => ([Some(hi(ic)), None], Some(lo(ic))),
            Instr::LoadDeref(i)
            | Instr::StoreDeref(i)
            | Instr::DeleteDeref(i)
            | Instr::LoadClosure(i)
            | Instr::LoadClassDeref(i) => ([Some(nlocals + i as usize), None], None),
            Instr::LoadConst(i) => ([None, None], Some(i as usize)),
            _ => ([None, None], None),
        };
        slots.iter().flatten().all(|&s| s < nslots) && konst.is_none_or(|c| c < nconsts)
    })
}

/// Binary operators in operand order of `BinaryOp`/`InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    Or,
    Xor,
    And,
    FloorDiv,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::Or,
        BinOp::Xor,
        BinOp::And,
        BinOp::FloorDiv,
    ];
    pub fn from_u32(v: u32) -> BinOp {
        Self::ALL[v as usize % 13]
    }
    /// The operator as CPython's error messages spell it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__add__",
            BinOp::Sub => "__sub__",
            BinOp::Mul => "__mul__",
            BinOp::MatMul => "__matmul__",
            BinOp::TrueDiv => "__truediv__",
            BinOp::Mod => "__mod__",
            BinOp::Pow => "__pow__",
            BinOp::LShift => "__lshift__",
            BinOp::RShift => "__rshift__",
            BinOp::Or => "__or__",
            BinOp::Xor => "__xor__",
            BinOp::And => "__and__",
            BinOp::FloorDiv => "__floordiv__",
        }
    }
    pub fn rdunder(self) -> &'static str {
        match self {
            BinOp::Add => "__radd__",
            BinOp::Sub => "__rsub__",
            BinOp::Mul => "__rmul__",
            BinOp::MatMul => "__rmatmul__",
            BinOp::TrueDiv => "__rtruediv__",
            BinOp::Mod => "__rmod__",
            BinOp::Pow => "__rpow__",
            BinOp::LShift => "__rlshift__",
            BinOp::RShift => "__rrshift__",
            BinOp::Or => "__ror__",
            BinOp::Xor => "__rxor__",
            BinOp::And => "__rand__",
            BinOp::FloorDiv => "__rfloordiv__",
        }
    }
    pub fn idunder(self) -> &'static str {
        match self {
            BinOp::Add => "__iadd__",
            BinOp::Sub => "__isub__",
            BinOp::Mul => "__imul__",
            BinOp::MatMul => "__imatmul__",
            BinOp::TrueDiv => "__itruediv__",
            BinOp::Mod => "__imod__",
            BinOp::Pow => "__ipow__",
            BinOp::LShift => "__ilshift__",
            BinOp::RShift => "__irshift__",
            BinOp::Or => "__ior__",
            BinOp::Xor => "__ixor__",
            BinOp::And => "__iand__",
            BinOp::FloorDiv => "__ifloordiv__",
        }
    }
    /// In-place symbol for error messages (`+=`).
    pub fn isymbol(self) -> &'static str {
        match self {
            BinOp::Add => "+=",
            BinOp::Sub => "-=",
            BinOp::Mul => "*=",
            BinOp::MatMul => "@=",
            BinOp::TrueDiv => "/=",
            BinOp::Mod => "%=",
            BinOp::Pow => "**=",
            BinOp::LShift => "<<=",
            BinOp::RShift => ">>=",
            BinOp::Or => "|=",
            BinOp::Xor => "^=",
            BinOp::And => "&=",
            BinOp::FloorDiv => "//=",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum CompareKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareKind {
    pub fn from_u32(v: u32) -> CompareKind {
        [
            CompareKind::Lt,
            CompareKind::Le,
            CompareKind::Eq,
            CompareKind::Ne,
            CompareKind::Gt,
            CompareKind::Ge,
        ][v as usize % 6]
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CompareKind::Lt => "__lt__",
            CompareKind::Le => "__le__",
            CompareKind::Eq => "__eq__",
            CompareKind::Ne => "__ne__",
            CompareKind::Gt => "__gt__",
            CompareKind::Ge => "__ge__",
        }
    }
    /// The operation with operands swapped (`a < b` ⇔ `b > a`).
    pub fn swapped(self) -> CompareKind {
        match self {
            CompareKind::Lt => CompareKind::Gt,
            CompareKind::Le => CompareKind::Ge,
            CompareKind::Eq => CompareKind::Eq,
            CompareKind::Ne => CompareKind::Ne,
            CompareKind::Gt => CompareKind::Lt,
            CompareKind::Ge => CompareKind::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CompareKind::Lt => "<",
            CompareKind::Le => "<=",
            CompareKind::Eq => "==",
            CompareKind::Ne => "!=",
            CompareKind::Gt => ">",
            CompareKind::Ge => ">=",
        }
    }
    pub fn eval_ordering(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareKind::Lt => o == Less,
            CompareKind::Le => o != Greater,
            CompareKind::Eq => o == Equal,
            CompareKind::Ne => o != Equal,
            CompareKind::Gt => o == Greater,
            CompareKind::Ge => o != Less,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum UnaryOpKind {
    Neg,
    Pos,
    Invert,
    Not,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_round_trip() {
        for ins in [
            Instr::Nop,
            Instr::LoadConst(7),
            Instr::Call(3),
            Instr::LoadLocals,
        ] {
            assert_eq!(
                Instr::from_opcode(ins.opcode(), ins.operand().unwrap_or(0)),
                Some(ins)
            );
        }
        assert_eq!(Instr::from_opcode(255, 0), None);
    }

    #[test]
    fn bounds_checks_refuse_what_the_eval_loop_would_read_outside() {
        let ret = Instr::ReturnValue;
        // Control flow: a jump past the end and a handler past the end.
        assert!(control_flow_in_bounds(
            &[Instr::Nop, ret],
            std::iter::empty()
        ));
        assert!(!control_flow_in_bounds(
            &[Instr::Jump(2), ret],
            std::iter::empty()
        ));
        assert!(!control_flow_in_bounds(&[ret], std::iter::once(1)));
        // Locals: plain, both halves of a superinstruction, cells counted from nlocals.
        assert!(operands_in_bounds(&[Instr::LoadFast(1), ret], 2, 2, 0));
        assert!(!operands_in_bounds(&[Instr::StoreFast(2), ret], 2, 2, 0));
        assert!(!operands_in_bounds(
            &[Instr::LoadFastLoadFast(2), ret],
            2,
            2,
            0
        ));
        assert!(!operands_in_bounds(
            &[Instr::StoreFastLoadFast(2 << 16), ret],
            2,
            2,
            0
        ));
        assert!(operands_in_bounds(&[Instr::LoadDeref(0), ret], 2, 3, 0));
        assert!(!operands_in_bounds(&[Instr::LoadDeref(1), ret], 2, 3, 0));
        // Constants, alone and in `LoadFastLoadConst`.
        assert!(operands_in_bounds(&[Instr::LoadConst(0), ret], 0, 0, 1));
        assert!(!operands_in_bounds(&[Instr::LoadConst(1), ret], 0, 0, 1));
        assert!(!operands_in_bounds(
            &[Instr::LoadFastLoadConst(1), ret],
            1,
            1,
            1
        ));
    }
}
