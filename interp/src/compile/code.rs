//! Code objects: the compiled form of a module, class body, function or comprehension.

use super::bytecode::Instr;
use crate::object::PyRef;

pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    pub const FUTURE_ANNOTATIONS: u32 = 0x1000000;
}

/// One row of the exception table: instructions in `start..end` jump to `handler` with
/// the value stack cut to `depth` (then the exception pushed) when something raises.
#[derive(Clone, Copy, Debug)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
}

pub struct CodeObject {
    pub name: PyRef,
    pub qualname: PyRef,
    pub filename: PyRef,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// The instructions, in cells: arithmetic sites rewrite themselves to specialized
    /// forms as they run (`vm/quicken.rs`), keeping stack effect and control flow.
    pub instrs: Box<[std::cell::Cell<Instr>]>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<PyRef>,
    /// Attribute and global names, interned `str` objects.
    pub names: Vec<PyRef>,
    /// Local variable names (arguments first).
    pub varnames: Vec<PyRef>,
    pub cellvars: Vec<PyRef>,
    pub freevars: Vec<PyRef>,
    /// For each cell variable that is also an argument, the argument's local index.
    pub cell2arg: Vec<Option<u32>>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Source of the module (shared by all code objects of it), for tracebacks.
    pub source: Option<std::rc::Rc<str>>,
    /// Inline caches of attribute instructions, indexed by instruction (filled lazily by
    /// `vm/attr_cache.rs`).
    pub attr_cache: std::cell::RefCell<crate::vm::attr_cache::AttrCacheTable>,
    /// Inline caches of `LoadGlobal`, indexed by instruction.
    pub global_cache: std::cell::RefCell<Vec<crate::vm::attr_cache::GlobalCache>>,
}

impl CodeObject {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    /// Total fast slots: locals, then cells, then free variables.
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
    pub fn is_generator_like(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.firstlineno)
    }
    /// The innermost handler covering instruction `pc`.
    pub fn handler_for(&self, pc: usize) -> Option<ExceptionEntry> {
        let pc = pc as u32;
        self.exception_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
            .copied()
    }
}
