//! The builtin exception hierarchy and the one way to build an exception from Rust.

use std::cell::RefCell;

use super::{BuiltinTypes, Vm};
use crate::object::hashtable::HashTable;
use crate::object::payload::*;
use crate::object::typeobj::builtin_type_data;
use crate::object::PyRef;

macro_rules! exception_types {
    (root $root:ident; $( $field:ident : $name:literal < $base:ident ; )*) => {
        /// Every builtin exception class.
        pub struct ExceptionTypes {
            pub $root: PyRef,
            $( pub $field: PyRef, )*
        }

        impl ExceptionTypes {
            pub fn create(types: &BuiltinTypes) -> ExceptionTypes {
                let $root = new_exc_type(types, "BaseException", &types.object);
                $( let $field = new_exc_type(types, $name, &$base); )*
                ExceptionTypes { $root, $( $field, )* }
            }

            pub fn all(&self) -> Vec<(&'static str, PyRef)> {
                vec![("BaseException", self.$root.clone()), $( ($name, self.$field.clone()), )*]
            }
        }
    };
}

exception_types! {
    root base_exception;
    base_exception_group: "BaseExceptionGroup" < base_exception;
    generator_exit: "GeneratorExit" < base_exception;
    keyboard_interrupt: "KeyboardInterrupt" < base_exception;
    system_exit: "SystemExit" < base_exception;
    exception: "Exception" < base_exception;
    arithmetic_error: "ArithmeticError" < exception;
    floating_point_error: "FloatingPointError" < arithmetic_error;
    overflow_error: "OverflowError" < arithmetic_error;
    zero_division_error: "ZeroDivisionError" < arithmetic_error;
    assertion_error: "AssertionError" < exception;
    attribute_error: "AttributeError" < exception;
    buffer_error: "BufferError" < exception;
    eof_error: "EOFError" < exception;
    exception_group: "ExceptionGroup" < base_exception_group;
    import_error: "ImportError" < exception;
    module_not_found_error: "ModuleNotFoundError" < import_error;
    lookup_error: "LookupError" < exception;
    index_error: "IndexError" < lookup_error;
    key_error: "KeyError" < lookup_error;
    memory_error: "MemoryError" < exception;
    name_error: "NameError" < exception;
    unbound_local_error: "UnboundLocalError" < name_error;
    os_error: "OSError" < exception;
    blocking_io_error: "BlockingIOError" < os_error;
    child_process_error: "ChildProcessError" < os_error;
    connection_error: "ConnectionError" < os_error;
    broken_pipe_error: "BrokenPipeError" < connection_error;
    connection_aborted_error: "ConnectionAbortedError" < connection_error;
    connection_refused_error: "ConnectionRefusedError" < connection_error;
    connection_reset_error: "ConnectionResetError" < connection_error;
    file_exists_error: "FileExistsError" < os_error;
    file_not_found_error: "FileNotFoundError" < os_error;
    interrupted_error: "InterruptedError" < os_error;
    is_a_directory_error: "IsADirectoryError" < os_error;
    not_a_directory_error: "NotADirectoryError" < os_error;
    permission_error: "PermissionError" < os_error;
    process_lookup_error: "ProcessLookupError" < os_error;
    timeout_error: "TimeoutError" < os_error;
    reference_error: "ReferenceError" < exception;
    runtime_error: "RuntimeError" < exception;
    not_implemented_error: "NotImplementedError" < runtime_error;
    recursion_error: "RecursionError" < runtime_error;
    stop_async_iteration: "StopAsyncIteration" < exception;
    stop_iteration: "StopIteration" < exception;
    syntax_error: "SyntaxError" < exception;
    indentation_error: "IndentationError" < syntax_error;
    tab_error: "TabError" < indentation_error;
    system_error: "SystemError" < exception;
    type_error: "TypeError" < exception;
    value_error: "ValueError" < exception;
    unicode_error: "UnicodeError" < value_error;
    unicode_decode_error: "UnicodeDecodeError" < unicode_error;
    unicode_encode_error: "UnicodeEncodeError" < unicode_error;
    unicode_translate_error: "UnicodeTranslateError" < unicode_error;
    warning: "Warning" < exception;
    bytes_warning: "BytesWarning" < warning;
    deprecation_warning: "DeprecationWarning" < warning;
    encoding_warning: "EncodingWarning" < warning;
    future_warning: "FutureWarning" < warning;
    import_warning: "ImportWarning" < warning;
    pending_deprecation_warning: "PendingDeprecationWarning" < warning;
    resource_warning: "ResourceWarning" < warning;
    runtime_warning: "RuntimeWarning" < warning;
    syntax_warning: "SyntaxWarning" < warning;
    unicode_warning: "UnicodeWarning" < warning;
    user_warning: "UserWarning" < warning;
}

fn new_exc_type(types: &BuiltinTypes, name: &str, base: &PyRef) -> PyRef {
    let d = PyRef::new(
        types.dict.clone(),
        Payload::Dict(Box::new(RefCell::new(HashTable::new()))),
    );
    let mut td = builtin_type_data(name, Some(base), Layout::Exception, d, true);
    td.instance_dict = true;
    let t = PyRef::new(types.type_.clone(), Payload::Type(Box::new(td)));
    let mut mro = vec![t.clone()];
    mro.extend(base.type_data().mro.borrow().iter().cloned());
    *t.type_data().mro.borrow_mut() = mro;
    t
}

impl ExceptionTypes {
    /// ExceptionGroup also derives from Exception: fix its bases and MRO after creation.
    pub fn finish(&self) {
        let eg = &self.exception_group;
        let td = eg.type_data();
        *td.bases.borrow_mut() = vec![self.base_exception_group.clone(), self.exception.clone()];
        *td.mro.borrow_mut() = vec![
            eg.clone(),
            self.base_exception_group.clone(),
            self.exception.clone(),
            self.base_exception.clone(),
            self.base_exception
                .class()
                .type_data()
                .mro
                .borrow()
                .last()
                .unwrap()
                .clone(),
        ];
    }
}

impl Vm {
    /// Builds an exception instance of `ty` with `args` (no Python-level __init__ runs).
    pub fn new_exception(&self, ty: &PyRef, args: Vec<PyRef>) -> PyRef {
        let obj = PyRef::new_with_ext(
            ty.clone(),
            Payload::Exception(Box::new(ExceptionData {
                args: RefCell::new(self.new_tuple(args)),
                traceback: RefCell::new(None),
                cause: RefCell::new(None),
                context: RefCell::new(None),
                suppress_context: std::cell::Cell::new(false),
            })),
            Some(InstanceExt::new(0)),
        );
        crate::objects::exception::init_special_attrs(self, &obj);
        obj
    }

    /// An exception of `ty` with a message, as a `PyErr` ready to return.
    pub fn new_error(&self, ty: &PyRef, msg: impl AsRef<str>) -> PyErr {
        PyErr(self.new_exception(ty, vec![self.new_str(msg.as_ref())]))
    }

    pub fn type_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.type_error, msg)
    }
    pub fn value_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.value_error, msg)
    }
    pub fn index_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.index_error, msg)
    }
    pub fn attribute_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.attribute_error, msg)
    }
    pub fn overflow_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.overflow_error, msg)
    }
    pub fn zero_division_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.zero_division_error, msg)
    }
    pub fn runtime_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.runtime_error, msg)
    }
    pub fn name_error(&self, name: &str) -> PyErr {
        let e = self.new_error(
            &self.exc.name_error,
            format!("name '{}' is not defined", name),
        );
        let _ = self.set_attr_str(&e.0, "name", self.new_str(name));
        e
    }
    pub fn key_error(&self, key: PyRef) -> PyErr {
        PyErr(self.new_exception(&self.exc.key_error, vec![key]))
    }
    pub fn stop_iteration(&self, value: Option<PyRef>) -> PyErr {
        let args = match value {
            Some(v) => vec![v],
            None => vec![],
        };
        PyErr(self.new_exception(&self.exc.stop_iteration, args))
    }
    pub fn memory_error(&self) -> PyErr {
        PyErr(self.new_exception(&self.exc.memory_error, vec![]))
    }

    /// Whether the exception instance `exc` is an instance of the class `ty`.
    pub fn exc_matches(&self, exc: &PyErr, ty: &PyRef) -> bool {
        crate::object::typeobj::is_subtype(exc.0.class(), ty)
    }

    /// "'X' object ..." helper: the type name of an object.
    pub fn tname(&self, o: &PyRef) -> String {
        o.type_name()
    }
}
