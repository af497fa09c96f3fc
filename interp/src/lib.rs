//! ferropy's interpreter: object model, compiler, eval loop, builtins and native modules.
//!
//! See `../shared/DESIGN.md`. The pipeline is the module list: `compile` (source → code
//! objects), `vm` (frames, eval loop, protocols), `object` (layout and refcounting),
//! `objects` (builtin types), `builtins`, `modules` (native modules), `runner` (what the
//! command line calls).

#![deny(unsafe_op_in_unsafe_fn)]

pub mod builtins;
pub mod compile;
pub mod modules;
pub mod object;
pub mod objects;
pub mod runner;
pub mod vm;

pub use vm::{Config, Vm};
