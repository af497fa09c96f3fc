//! The object model: the object header and handle (`core`), the payload shapes
//! (`payload`), the cycle collector (`gc`), finalizers (`finalize`), the hash table
//! behind dict/set (`hashtable`), shared key layouts of instance attributes (`layout`),
//! the attribute storage of instances (`instance_values`) and type objects (`typeobj`).

pub mod core;
pub mod finalize;
pub mod gc;
#[cfg(test)]
mod gc_tests;
pub mod hashtable;
pub mod instance_values;
pub mod layout;
pub(crate) mod method_cache;
pub mod payload;
pub mod settable;
pub mod typeobj;
pub mod weakref;

pub use self::core::PyRef;
pub use payload::*;
