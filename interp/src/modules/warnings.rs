//! The `_warnings` module and the interpreter's own warnings. CPython keeps the filter
//! machinery in C; ferropy keeps it in `warnings.py` (which falls back to its pure-Python
//! filters when `_warnings` lacks `filters`), so `warn` and `warn_explicit` here forward
//! to that module. `importlib._bootstrap` needs `_warnings` to be a built-in module.

use crate::modules::user_args;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// Calls `warnings.<func>` with the caller's arguments unchanged (a native call adds no
/// frame, so `stacklevel` keeps its meaning).
fn forward(vm: &Vm, func: &str, a: Args) -> PyResult {
    let warnings = vm.import_full("warnings")?;
    let f = vm.get_attr_str(&warnings, func)?;
    vm.call(&f, user_args(a))
}

fn warn(vm: &Vm, a: Args) -> PyResult {
    args::clinic(
        vm,
        "warn",
        user_args(a),
        &["message", "category", "stacklevel", "source"],
        1,
        4,
    )?;
    forward(vm, "warn", a)
}

fn warn_explicit(vm: &Vm, a: Args) -> PyResult {
    forward(vm, "warn_explicit", a)
}

impl Vm {
    /// `warnings.warn(msg, category, stacklevel)` from native code. An error raised by
    /// the warning (a filter turned it into an exception) is returned; a `warnings`
    /// module that cannot be imported drops the warning.
    pub fn warn(&self, category: &PyRef, msg: &str, stacklevel: i64) -> PyResult<()> {
        let Ok(warnings) = self.import_full("warnings") else {
            return Ok(());
        };
        let f = self.get_attr_str(&warnings, "warn")?;
        self.call(
            &f,
            Args::new(&[
                self.new_str(msg),
                category.clone(),
                self.new_int(stacklevel),
            ]),
        )?;
        Ok(())
    }
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(
        vm,
        "_warnings",
        &[("warn", warn), ("warn_explicit", warn_explicit)],
    );
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."),
    )?;
    Ok(m)
}
