//! Tests of the str and bytes algorithms; every expected value was printed by python3
//! (CPython 3.11.7) for the same arguments.

#![allow(clippy::type_complexity)]

mod bytes;
mod search;
mod split;
mod text;
