//! The `_ast` module: CPython 3.11's AST node classes and `compile(..., PyCF_ONLY_AST)`.
//!
//! The node classes are plain Python classes built from one table in the embedded
//! `_ast.py` (CPython's Python.asdl as `_fields`/`_attributes`). `convert/` turns ruff's
//! parse tree into instances of them; `builtins.compile` calls [`parse`] for the
//! `PyCF_ONLY_AST` flag and [`compile_tree`] when handed a node.

mod convert;
mod expr;
mod pattern;

use crate::compile::Mode;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// `compile()`'s flag asking for the tree instead of code.
pub const PY_CF_ONLY_AST: i64 = 0x400;
/// `compile()`'s flag asking for `# type: ignore` comments in `type_ignores`.
const PY_CF_TYPE_COMMENTS: i64 = 0x1000;

/// Builds `_ast` by running the embedded class table.
pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("_ast");
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "__builtins__", vm.builtins.clone())?;
    let code = vm.compile_py(include_str!("_ast.py"), "<frozen _ast>", Mode::Exec)?;
    vm.run_code(&code, &d, None)?;
    Ok(m)
}

/// The namespace of the (imported) `_ast` module.
fn namespace(vm: &Vm) -> PyResult {
    let none = vm.none();
    let m = vm.import_module_level("_ast", None, &none, 0)?;
    vm.module_dict(&m)
        .ok_or_else(|| vm.type_error("_ast is not a module"))
}

/// `compile(source, filename, mode, PyCF_ONLY_AST)`: the tree of `text`. Syntax errors
/// are the compiler's own (the source is compiled first and the code thrown away).
pub fn parse(vm: &Vm, text: &str, filename: &str, mode: &str, flags: i64) -> PyResult {
    let ns = namespace(vm)?;
    if mode == "func_type" {
        return convert::func_type(vm, &ns, text, filename);
    }
    let cmode = match mode {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => {
            return Err(
                vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
            )
        }
    };
    // CPython's parser reports only grammar errors (a misplaced `return` or `nonlocal`
    // is the compiler's): the tree is built when ruff parses the text, and otherwise
    // the compiler is run for the very SyntaxError `compile()` would raise.
    if let Some(tree) = convert::convert(
        vm,
        &ns,
        text,
        filename,
        cmode,
        flags & PY_CF_TYPE_COMMENTS != 0,
    )? {
        return Ok(tree);
    }
    vm.compile_py(text, filename, cmode)?;
    Err(vm.new_error(&vm.exc.syntax_error, "invalid syntax"))
}

/// Rejects a malformed tree with CPython's exceptions (the embedded `validate.py`:
/// obj2ast's structural checks, then Python/ast.c's validator).
fn validate(vm: &Vm, ns: &PyRef, tree: &PyRef) -> PyResult<()> {
    let code = vm.compile_py(
        include_str!("validate.py"),
        "<frozen _ast validate>",
        Mode::Exec,
    )?;
    let globals = vm.new_dict();
    vm.dict_set_str(&globals, "__name__", vm.new_str("_ast_validate"))?;
    vm.run_code(&code, &globals, None)?;
    let run = vm
        .dict_get_str(&globals, "run")?
        .ok_or_else(|| vm.type_error("_ast validator has no run()"))?;
    vm.call(&run, Args::new(&[tree.clone(), ns.clone()]))?;
    Ok(())
}

/// `compile(tree, filename, mode)`: `None` when `obj` is not an AST node; otherwise the
/// code of `ast.unparse(tree)` (line numbers are those of the unparsed text), or the
/// tree itself again when `PyCF_ONLY_AST` is asked.
pub fn compile_tree(
    vm: &Vm,
    obj: &PyRef,
    filename: &str,
    mode: &str,
    flags: i64,
) -> PyResult<Option<PyRef>> {
    let ns = namespace(vm)?;
    let base = match vm.dict_get_str(&ns, "AST")? {
        Some(b) => b,
        None => return Ok(None),
    };
    if !vm.isinstance(obj, &base)? {
        return Ok(None);
    }
    let (want, cmode) = match mode {
        "exec" => ("Module", Mode::Exec),
        "eval" => ("Expression", Mode::Eval),
        "single" => ("Interactive", Mode::Single),
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let cls = vm.dict_get_str(&ns, want)?.unwrap();
    if !vm.isinstance(obj, &cls)? {
        return Err(vm.type_error(format!("expected {} node, got {}", want, obj.type_name())));
    }
    if flags & PY_CF_ONLY_AST != 0 {
        return Ok(Some(obj.clone()));
    }
    validate(vm, &ns, obj)?;
    let none = vm.none();
    let astmod = vm.import_module_level("ast", None, &none, 0)?;
    let unparse = vm.get_attr_str(&astmod, "unparse")?;
    let text = vm.call(&unparse, Args::new(std::slice::from_ref(obj)))?;
    let text = vm.str_string(&text)?;
    vm.compile_py(&text, filename, cmode).map(Some)
}
