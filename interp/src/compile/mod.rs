//! The compiler: source text → ruff AST → symbol table → code objects.

pub mod bytecode;
pub mod cache;
pub mod code;
pub mod codegen;
pub mod literal;
pub mod peephole;
pub mod source;
pub mod string_errors;
pub mod symtable;
pub mod syntax_errors;

pub use codegen::{compile_source, CompileError, Mode};
