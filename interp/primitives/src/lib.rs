//! Algorithms behind Python's builtin types that need no object model.
//!
//! Everything here works on plain Rust values (`f64`, `BigInt`, `&str`) and returns
//! plain results or small error enums; the interpreter wraps them into Python objects
//! and exceptions. Keeping them here lets them be unit-tested against CPython's output
//! without building the interpreter, and keeps edits to them from rebuilding the VM.

pub mod float_repr;
pub mod format_spec;
pub mod format_string;
pub mod math;
pub mod memory;
pub mod numeric;
pub mod strops;
pub mod unicode;
pub mod wtf8;
