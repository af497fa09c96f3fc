//! The virtual machine: interpreter state, object constructors and error helpers.
//!
//! One `Vm` exists per interpreter. It owns the builtin types (`types`), the singletons,
//! the interned-string table, `sys.modules`, the builtins namespace and the state of the
//! running thread (handled exception, recursion depth). Everything that can run Python
//! code takes `&Vm`.

pub mod attr;
pub mod attr_cache;
pub mod call;
mod call_instr;
pub mod dictops;
pub mod errors;
pub mod eval;
mod fast_arith;
pub(crate) mod fast_subscr;
pub mod frame;
pub mod gil;
pub mod import;
pub mod importlib;
pub mod matching;
pub mod ops;
pub mod protocol;
mod quicken;
pub mod setops;
pub mod suggestions;
pub mod thread_state;
pub mod traceback;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::compile::code::CodeObject;
use crate::object::hashtable::HashTable;
use crate::object::payload::*;
use crate::object::typeobj::builtin_type_data;
use crate::object::PyRef;

macro_rules! builtin_types {
    ($( $field:ident : $name:literal, $base:ident, $layout:ident, $base_ok:literal ; )*) => {
        /// Every builtin type, created once at start-up.
        pub struct BuiltinTypes {
            pub type_: PyRef,
            pub object: PyRef,
            $( pub $field: PyRef, )*
        }

        impl BuiltinTypes {
            fn create(type_: PyRef, object: PyRef, dict_type_fix: &mut Vec<PyRef>) -> BuiltinTypes {
                $(
                    let $field = {
                        let base = builtin_types!(@base type_, object, $base);
                        let d = new_bootstrap_dict(dict_type_fix);
                        let mut td = builtin_type_data($name, Some(&base), Layout::$layout, d, $base_ok);
                        td.instance_dict = matches!($name, "classmethod" | "staticmethod");
                        let t = PyRef::new(type_.clone(), Payload::Type(Box::new(td)));
                        set_builtin_mro(&t);
                        t
                    };
                )*
                BuiltinTypes { type_, object, $( $field, )* }
            }

            /// All types with their Python names, for registering in builtins.
            pub fn all(&self) -> Vec<(&'static str, PyRef)> {
                vec![("type", self.type_.clone()), ("object", self.object.clone()), $( ($name, self.$field.clone()), )*]
            }
        }
    };
    (@base $t:ident, $o:ident, object) => { $o.clone() };
    (@base $t:ident, $o:ident, $b:ident) => { $b.clone() };
}

builtin_types! {
    int: "int", object, Int, true;
    bool_: "bool", int, Int, false;
    float: "float", object, Float, true;
    complex: "complex", object, Complex, true;
    str: "str", object, Str, true;
    bytes: "bytes", object, Bytes, true;
    bytearray: "bytearray", object, ByteArray, true;
    tuple: "tuple", object, Tuple, true;
    list: "list", object, List, true;
    dict: "dict", object, Dict, true;
    set: "set", object, Set, true;
    frozenset: "frozenset", object, FrozenSet, true;
    none_type: "NoneType", object, Special, false;
    not_implemented_type: "NotImplementedType", object, Special, false;
    ellipsis_type: "ellipsis", object, Special, false;
    function: "function", object, Special, false;
    builtin_function: "builtin_function_or_method", object, Special, false;
    method_descriptor: "method_descriptor", object, Special, false;
    wrapper_descriptor: "wrapper_descriptor", object, Special, false;
    method_wrapper: "method-wrapper", object, Special, false;
    classmethod_descriptor: "classmethod_descriptor", object, Special, false;
    method: "method", object, Special, false;
    code: "code", object, Special, false;
    cell: "cell", object, Special, false;
    module: "module", object, Module, true;
    generator: "generator", object, Special, false;
    coroutine: "coroutine", object, Special, false;
    async_generator: "async_generator", object, Special, false;
    coroutine_wrapper: "coroutine_wrapper", object, Special, false;
    async_gen_asend: "async_generator_asend", object, Special, false;
    async_gen_athrow: "async_generator_athrow", object, Special, false;
    property: "property", object, Property, true;
    classmethod: "classmethod", object, Special, true;
    staticmethod: "staticmethod", object, Special, true;
    super_: "super", object, Special, true;
    range: "range", object, Special, false;
    slice: "slice", object, Special, false;
    range_iterator: "range_iterator", object, Special, false;
    list_iterator: "list_iterator", object, Special, false;
    list_reverseiterator: "list_reverseiterator", object, Special, false;
    tuple_iterator: "tuple_iterator", object, Special, false;
    str_iterator: "str_ascii_iterator", object, Special, false;
    bytes_iterator: "bytes_iterator", object, Special, false;
    dict_keyiterator: "dict_keyiterator", object, Special, false;
    dict_valueiterator: "dict_valueiterator", object, Special, false;
    dict_itemiterator: "dict_itemiterator", object, Special, false;
    dict_reversekeyiterator: "dict_reversekeyiterator", object, Special, false;
    set_iterator: "set_iterator", object, Special, false;
    iterator: "iterator", object, Special, false;
    callable_iterator: "callable_iterator", object, Special, false;
    enumerate: "enumerate", object, Special, true;
    zip: "zip", object, Special, true;
    map: "map", object, Special, true;
    filter: "filter", object, Special, true;
    reversed: "reversed", object, Special, true;
    dict_keys: "dict_keys", object, Special, false;
    dict_values: "dict_values", object, Special, false;
    dict_items: "dict_items", object, Special, false;
    memoryview: "memoryview", object, Special, false;
    frame: "frame", object, Special, false;
    traceback: "traceback", object, Special, false;
    getset_descriptor: "getset_descriptor", object, Special, false;
    member_descriptor: "member_descriptor", object, Special, false;
    mappingproxy: "mappingproxy", object, Special, false;
    native_object: "native_object", object, Special, false;
}

fn new_bootstrap_dict(fix: &mut Vec<PyRef>) -> PyRef {
    // The `dict` type does not exist yet: the dict starts typed as itself and gets its
    // real type once `dict` is built (see `Vm::new`).
    let d = PyRef::new_self_typed(Payload::Dict(Box::new(RefCell::new(HashTable::new()))));
    fix.push(d.clone());
    d
}

fn set_builtin_mro(t: &PyRef) {
    let td = t.type_data();
    let mut mro = vec![t.clone()];
    if let Some(b) = td.bases.borrow().first() {
        mro.extend(b.type_data().mro.borrow().iter().cloned());
    }
    *td.mro.borrow_mut() = mro;
}

/// A marker object that stands for NULL on the value stack (see `compile::bytecode`).
pub struct Singletons {
    pub none: PyRef,
    pub true_: PyRef,
    pub false_: PyRef,
    pub not_implemented: PyRef,
    pub ellipsis: PyRef,
    pub null: PyRef,
    pub empty_tuple: PyRef,
    pub empty_str: PyRef,
}

pub const SMALL_INT_MIN: i64 = -5;
pub const SMALL_INT_MAX: i64 = 1024;

pub struct Vm {
    pub types: BuiltinTypes,
    pub exc: errors::ExceptionTypes,
    pub s: Singletons,
    small_ints: Vec<PyRef>,
    latin1_chars: Vec<PyRef>,
    interned: RefCell<HashMap<Box<str>, PyRef>>,
    pub builtins: PyRef,
    pub builtins_dict: PyRef,
    pub sys_modules: PyRef,
    pub sys: RefCell<Option<PyRef>>,
    /// The exception being handled by the running frame's exception state: the
    /// thread's, or that of the innermost running generator or coroutine.
    pub handled_exc: RefCell<Option<PyRef>>,
    /// The states below it, one per running generator (CPython's chain of `exc_state`s):
    /// what `sys.exc_info()` falls back to while the generator handles nothing.
    pub handled_exc_below: RefCell<Vec<Option<PyRef>>>,
    pub recursion_depth: Cell<usize>,
    pub recursion_limit: Cell<usize>,
    /// Lowest address the Rust stack may reach before native recursion raises
    /// RecursionError instead of overflowing.
    pub stack_limit: Cell<usize>,
    /// Frames currently executing (for `sys._getframe` and tracebacks): code and pc.
    pub frame_stack: RefCell<Vec<frame::FrameInfo>>,
    /// The thread's current `contextvars.Context` (made on first use).
    pub context: RefCell<Option<PyRef>>,
    pub stdout: RefCell<Option<PyRef>>,
    pub stderr: RefCell<Option<PyRef>>,
    pub stdin: RefCell<Option<PyRef>>,
    pub config: RefCell<Config>,
    /// Caches of frequently used interned names.
    pub names: Names,
    pub int_max_str_digits: Cell<usize>,
    pub import_state: import::ImportState,
    /// Interned dunder names of the binary operators (forward, reflected, in-place), in
    /// `BinOp` order, and of the comparisons in `CompareKind` order.
    pub op_names: OpNames,
    /// Finished frames kept for reuse, so a call does not allocate.
    pub frame_pool: RefCell<Vec<Box<frame::Frame>>>,
}

pub struct OpNames {
    pub fwd: Vec<PyRef>,
    pub rev: Vec<PyRef>,
    pub inplace: Vec<PyRef>,
    pub cmp: Vec<PyRef>,
}

#[derive(Default, Clone)]
pub struct Config {
    pub argv: Vec<String>,
    pub unbuffered: bool,
    pub dont_write_bytecode: bool,
    pub ignore_environment: bool,
    pub no_site: bool,
    pub isolated: bool,
    pub optimize: u32,
    pub interactive: bool,
    pub xoptions: Vec<String>,
    pub path: Vec<String>,
    pub executable: String,
    /// Set when CPython's standard library was not found: added to "No module named"
    /// errors, saying how to get it.
    pub stdlib_missing_hint: Option<String>,
    /// CPython's standard library in use (`sys._stdlib_dir`; `sys.prefix` derives from it).
    pub stdlib_dir: Option<String>,
}

macro_rules! names {
    ($( $field:ident = $s:literal ),* $(,)?) => {
        /// Interned strings the runtime looks up often.
        pub struct Names { $( pub $field: PyRef, )* }
        impl Names {
            fn new(intern: &dyn Fn(&str) -> PyRef) -> Names {
                Names { $( $field: intern($s), )* }
            }
        }
    };
}

names! {
    __init__ = "__init__", __new__ = "__new__", __call__ = "__call__", __getattribute__ = "__getattribute__",
    __getattr__ = "__getattr__", __setattr__ = "__setattr__", __delattr__ = "__delattr__", __get__ = "__get__",
    __set__ = "__set__", __delete__ = "__delete__", __dict__ = "__dict__", __class__ = "__class__",
    __name__ = "__name__", __qualname__ = "__qualname__", __module__ = "__module__", __doc__ = "__doc__",
    __repr__ = "__repr__", __str__ = "__str__", __hash__ = "__hash__", __eq__ = "__eq__", __ne__ = "__ne__",
    __lt__ = "__lt__", __le__ = "__le__", __gt__ = "__gt__", __ge__ = "__ge__", __bool__ = "__bool__",
    __len__ = "__len__", __iter__ = "__iter__", __next__ = "__next__", __getitem__ = "__getitem__",
    __setitem__ = "__setitem__", __delitem__ = "__delitem__", __contains__ = "__contains__",
    __enter__ = "__enter__", __exit__ = "__exit__", __aenter__ = "__aenter__", __aexit__ = "__aexit__",
    __index__ = "__index__", __int__ = "__int__", __float__ = "__float__", __complex__ = "__complex__",
    __format__ = "__format__", __missing__ = "__missing__", __await__ = "__await__", __aiter__ = "__aiter__",
    __anext__ = "__anext__", __neg__ = "__neg__", __pos__ = "__pos__", __invert__ = "__invert__",
    __abs__ = "__abs__", __round__ = "__round__", __trunc__ = "__trunc__", __floor__ = "__floor__",
    __ceil__ = "__ceil__", __reversed__ = "__reversed__", __instancecheck__ = "__instancecheck__",
    __subclasscheck__ = "__subclasscheck__", __init_subclass__ = "__init_subclass__", __set_name__ = "__set_name__",
    __class_getitem__ = "__class_getitem__", __prepare__ = "__prepare__", __mro_entries__ = "__mro_entries__",
    __slots__ = "__slots__", __classcell__ = "__classcell__", __builtins__ = "__builtins__",
    __annotations__ = "__annotations__", __spec__ = "__spec__", __file__ = "__file__", __path__ = "__path__",
    __package__ = "__package__", __loader__ = "__loader__", __all__ = "__all__", __import__ = "__import__",
    __sizeof__ = "__sizeof__", __dir__ = "__dir__", __length_hint__ = "__length_hint__",
    __match_args__ = "__match_args__", __bytes__ = "__bytes__", __fspath__ = "__fspath__",
    __notes__ = "__notes__", __weakref__ = "__weakref__", __abstractmethods__ = "__abstractmethods__",
    __objclass__ = "__objclass__", __wrapped__ = "__wrapped__", __reduce_ex__ = "__reduce_ex__",
    __mro__ = "__mro__", __bases__ = "__bases__", __base__ = "__base__", mro = "mro",
    keys = "keys", items = "items", values = "values", send = "send", throw = "throw", close = "close",
    write = "write", flush = "flush", readline = "readline", value = "value", code = "code", args = "args",
    __debug__ = "__debug__", __main__ = "__main__", __builtins_module__ = "builtins",
}

impl Vm {
    pub fn new(config: Config) -> Rc<Vm> {
        // type: self-typed root; object: its base.
        let mut fix = Vec::new();
        let type_dict = new_bootstrap_dict(&mut fix);
        let type_ = PyRef::new_self_typed(Payload::Type(Box::new(builtin_type_data(
            "type",
            None,
            Layout::Type,
            type_dict,
            true,
        ))));
        let object_dict = new_bootstrap_dict(&mut fix);
        let object = PyRef::new(
            type_.clone(),
            Payload::Type(Box::new(builtin_type_data(
                "object",
                None,
                Layout::Object,
                object_dict,
                true,
            ))),
        );
        set_builtin_mro(&object);
        type_.type_data().bases.borrow_mut().push(object.clone());
        set_builtin_mro(&type_);
        let types = BuiltinTypes::create(type_, object, &mut fix);
        for d in fix {
            d.set_class(types.dict.clone());
        }
        let new_obj = |t: &PyRef| PyRef::new(t.clone(), Payload::Object);
        let none = new_obj(&types.none_type);
        let s = Singletons {
            true_: PyRef::new(types.bool_.clone(), Payload::Int(1)),
            false_: PyRef::new(types.bool_.clone(), Payload::Int(0)),
            not_implemented: new_obj(&types.not_implemented_type),
            ellipsis: new_obj(&types.ellipsis_type),
            null: new_obj(&types.object),
            empty_tuple: PyRef::new(types.tuple.clone(), Payload::Tuple(Box::new([]))),
            empty_str: PyRef::new(
                types.str.clone(),
                Payload::Str(crate::objects::str::make_pystr(String::new())),
            ),
            none,
        };
        let small_ints = (SMALL_INT_MIN..=SMALL_INT_MAX)
            .map(|i| PyRef::new(types.int.clone(), Payload::Int(i)))
            .collect();
        let latin1_chars = (0u32..256)
            .map(|c| {
                let ch = char::from_u32(c).unwrap();
                PyRef::new(
                    types.str.clone(),
                    Payload::Str(crate::objects::str::make_pystr(ch.to_string())),
                )
            })
            .collect();
        let interned: RefCell<HashMap<Box<str>, PyRef>> = RefCell::new(HashMap::new());
        let str_type = types.str.clone();
        let intern = |s: &str| -> PyRef {
            if let Some(v) = interned.borrow().get(s) {
                return v.clone();
            }
            let o = PyRef::new(
                str_type.clone(),
                Payload::Str(crate::objects::str::make_pystr(s.to_string())),
            );
            interned.borrow_mut().insert(s.into(), o.clone());
            o
        };
        let names = Names::new(&intern);
        use crate::compile::bytecode::{BinOp, CompareKind};
        let op_names = OpNames {
            fwd: BinOp::ALL.iter().map(|o| intern(o.dunder())).collect(),
            rev: BinOp::ALL.iter().map(|o| intern(o.rdunder())).collect(),
            inplace: BinOp::ALL.iter().map(|o| intern(o.idunder())).collect(),
            cmp: (0..6)
                .map(|i| intern(CompareKind::from_u32(i).dunder()))
                .collect(),
        };
        let dict_type = types.dict.clone();
        let new_dict = || {
            PyRef::new(
                dict_type.clone(),
                Payload::Dict(Box::new(RefCell::new(HashTable::new()))),
            )
        };
        let builtins_dict = new_dict();
        let builtins = PyRef::new(
            types.module.clone(),
            Payload::Module(Box::new(ModuleData {
                dict: builtins_dict.clone(),
            })),
        );
        let sys_modules = new_dict();
        let exc = errors::ExceptionTypes::create(&types);
        let vm = Vm {
            exc,
            s,
            small_ints,
            latin1_chars,
            interned,
            builtins,
            builtins_dict,
            sys_modules,
            sys: RefCell::new(None),
            handled_exc: RefCell::new(None),
            handled_exc_below: RefCell::new(Vec::new()),
            recursion_depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            stack_limit: Cell::new(0),
            frame_stack: RefCell::new(Vec::new()),
            context: RefCell::new(None),
            stdout: RefCell::new(None),
            stderr: RefCell::new(None),
            stdin: RefCell::new(None),
            config: RefCell::new(config),
            names,
            int_max_str_digits: Cell::new(4300),
            import_state: import::ImportState::default(),
            op_names,
            frame_pool: RefCell::new(Vec::new()),
            types,
        };
        let vm = Rc::new(vm);
        crate::objects::init_types(&vm);
        crate::builtins::init(&vm);
        crate::modules::init(&vm);
        vm
    }

    // ----- singletons ------------------------------------------------------------------

    #[inline]
    pub fn none(&self) -> PyRef {
        self.s.none.clone()
    }
    #[inline]
    pub fn is_none(&self, o: &PyRef) -> bool {
        o.is(&self.s.none)
    }
    #[inline]
    pub fn null(&self) -> PyRef {
        self.s.null.clone()
    }
    #[inline]
    pub fn is_null(&self, o: &PyRef) -> bool {
        o.is(&self.s.null)
    }
    #[inline]
    pub fn new_bool(&self, b: bool) -> PyRef {
        if b {
            self.s.true_.clone()
        } else {
            self.s.false_.clone()
        }
    }
    pub fn not_implemented(&self) -> PyRef {
        self.s.not_implemented.clone()
    }
    pub fn is_not_implemented(&self, o: &PyRef) -> bool {
        o.is(&self.s.not_implemented)
    }
    pub fn ellipsis(&self) -> PyRef {
        self.s.ellipsis.clone()
    }

    // ----- constructors ----------------------------------------------------------------

    #[inline]
    pub fn new_int(&self, v: i64) -> PyRef {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            return self.small_ints[(v - SMALL_INT_MIN) as usize].clone();
        }
        // SAFETY: `int` is a builtin type and the payload a machine int.
        unsafe { PyRef::new_builtin_number(&self.types.int, Payload::Int(v)) }
    }

    /// A Python int from a BigInt, normalized to the machine-word form when it fits.
    pub fn new_bigint(&self, v: BigInt) -> PyRef {
        match v.to_i64() {
            Some(i) => self.new_int(i),
            None => PyRef::new(self.types.int.clone(), Payload::BigInt(Box::new(v))),
        }
    }

    pub fn new_int_from_i128(&self, v: i128) -> PyRef {
        match i64::try_from(v) {
            Ok(i) => self.new_int(i),
            Err(_) => self.new_bigint(BigInt::from(v)),
        }
    }

    pub fn new_usize(&self, v: usize) -> PyRef {
        match i64::try_from(v) {
            Ok(i) => self.new_int(i),
            Err(_) => self.new_bigint(BigInt::from(v)),
        }
    }

    #[inline]
    pub fn new_float(&self, v: f64) -> PyRef {
        // SAFETY: `float` is a builtin type and the payload a float.
        unsafe { PyRef::new_builtin_number(&self.types.float, Payload::Float(v)) }
    }

    pub fn new_complex(&self, re: f64, im: f64) -> PyRef {
        PyRef::new(self.types.complex.clone(), Payload::Complex(re, im))
    }

    pub fn new_str(&self, s: &str) -> PyRef {
        self.new_string(s.to_string())
    }

    pub fn new_string(&self, s: String) -> PyRef {
        let b = s.as_bytes();
        if b.is_empty() {
            return self.s.empty_str.clone();
        }
        if b.len() == 1 {
            return self.latin1_chars[b[0] as usize].clone();
        }
        PyRef::new(
            self.types.str.clone(),
            Payload::Str(crate::objects::str::make_pystr(s)),
        )
    }

    /// A one-character string (cached for Latin-1).
    pub fn new_char(&self, c: char) -> PyRef {
        if (c as u32) < 256 {
            return self.latin1_chars[c as usize].clone();
        }
        self.new_string(c.to_string())
    }

    /// The interned (unique, immortal) string with this text.
    pub fn intern(&self, s: &str) -> PyRef {
        if let Some(v) = self.interned.borrow().get(s) {
            return v.clone();
        }
        let o = PyRef::new(
            self.types.str.clone(),
            Payload::Str(crate::objects::str::make_pystr(s.to_string())),
        );
        self.interned.borrow_mut().insert(s.into(), o.clone());
        o
    }

    /// Whether `o` is the interned string of its text (marshal writes such strings
    /// with an "interned" type code, as CPython does).
    pub fn is_interned(&self, o: &PyRef) -> bool {
        match &o.payload {
            Payload::Str(s) => s
                .as_str()
                .is_some_and(|t| self.interned.borrow().get(t).is_some_and(|i| i.is(o))),
            _ => false,
        }
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> PyRef {
        PyRef::new(
            self.types.bytes.clone(),
            Payload::Bytes(b.into_boxed_slice()),
        )
    }

    pub fn new_bytearray(&self, b: Vec<u8>) -> PyRef {
        PyRef::new(
            self.types.bytearray.clone(),
            Payload::ByteArray(RefCell::new(b)),
        )
    }

    pub fn new_tuple(&self, items: Vec<PyRef>) -> PyRef {
        if items.is_empty() {
            return self.s.empty_tuple.clone();
        }
        PyRef::new(
            self.types.tuple.clone(),
            Payload::Tuple(items.into_boxed_slice()),
        )
    }

    pub fn new_list(&self, items: Vec<PyRef>) -> PyRef {
        PyRef::new(self.types.list.clone(), Payload::List(RefCell::new(items)))
    }

    pub fn new_dict(&self) -> PyRef {
        PyRef::new(
            self.types.dict.clone(),
            Payload::Dict(Box::new(RefCell::new(HashTable::new()))),
        )
    }

    pub fn new_set(&self) -> PyRef {
        PyRef::new(
            self.types.set.clone(),
            Payload::Set(Box::new(RefCell::new(
                crate::object::settable::SetTable::new(),
            ))),
        )
    }

    pub fn new_frozenset_from(&self, t: crate::object::settable::SetTable) -> PyRef {
        PyRef::new(
            self.types.frozenset.clone(),
            Payload::FrozenSet(Box::new(RefCell::new(t))),
        )
    }

    pub fn new_code(&self, code: CodeObject) -> PyRef {
        PyRef::new(self.types.code.clone(), Payload::Code(Rc::new(code)))
    }

    pub fn new_cell(&self, v: Option<PyRef>) -> PyRef {
        PyRef::new(self.types.cell.clone(), Payload::Cell(RefCell::new(v)))
    }

    pub fn new_iterator(&self, ty: &PyRef, st: IterState) -> PyRef {
        PyRef::new(ty.clone(), Payload::Iterator(Box::new(RefCell::new(st))))
    }

    pub fn new_native_function(&self, name: &'static str, func: NativeFn) -> PyRef {
        PyRef::new(
            self.types.builtin_function.clone(),
            Payload::NativeFunction(Box::new(NativeFunctionData {
                name,
                func,
                kind: NativeKind::Function,
                bound_self: None,
                owner: None,
                doc: None,
                needs_frame: false,
            })),
        )
    }

    pub fn new_bound_native(&self, name: &'static str, func: NativeFn, obj: PyRef) -> PyRef {
        PyRef::new(
            if crate::objects::descr::is_slot_wrapper_name(name) {
                self.types.method_wrapper.clone()
            } else {
                self.types.builtin_function.clone()
            },
            Payload::NativeFunction(Box::new(NativeFunctionData {
                name,
                func,
                kind: NativeKind::Function,
                bound_self: Some(obj),
                owner: None,
                doc: None,
                needs_frame: false,
            })),
        )
    }

    pub fn new_method(&self, func: PyRef, obj: PyRef) -> PyRef {
        PyRef::new(
            self.types.method.clone(),
            Payload::Method(Box::new((func, obj))),
        )
    }

    pub fn new_module(&self, name: &str) -> PyRef {
        let d = self.new_dict();
        let m = PyRef::new(
            self.types.module.clone(),
            Payload::Module(Box::new(ModuleData { dict: d.clone() })),
        );
        let _ = self.dict_set_str(&d, "__name__", self.new_str(name));
        let _ = self.dict_set_str(&d, "__doc__", self.none());
        let _ = self.dict_set_str(&d, "__package__", self.none());
        let _ = self.dict_set_str(&d, "__loader__", self.none());
        let _ = self.dict_set_str(&d, "__spec__", self.none());
        m
    }

    // ----- small accessors --------------------------------------------------------------

    /// The text of a `str` object (or subclass instance); `None` for other objects and for
    /// text holding a lone surrogate (see `objects::str::obj_utf8` for CPython's error).
    pub fn str_of<'o>(&self, o: &'o PyRef) -> Option<&'o str> {
        match &o.payload {
            Payload::Str(s) => s.as_str(),
            _ => None,
        }
    }

    pub fn module_dict(&self, m: &PyRef) -> Option<PyRef> {
        match &m.payload {
            Payload::Module(md) => Some(md.dict.clone()),
            _ => None,
        }
    }

    pub fn set_stack_limit_from_here(&self, stack_size: usize) {
        self.stack_limit.set(stack_limit_below_here(stack_size));
    }

    /// A frame for running `code`, from the pool when one is free.
    #[inline(always)]
    pub fn alloc_frame(
        &self,
        code_obj: &PyRef,
        code: &Rc<CodeObject>,
        globals: &PyRef,
        builtins: &PyRef,
        locals: Option<PyRef>,
    ) -> Box<frame::Frame> {
        let pooled = self.frame_pool.borrow_mut().pop();
        match pooled {
            Some(mut f) => {
                f.reset(code_obj, code, globals, builtins, locals);
                f
            }
            None => Box::new(frame::Frame::new(
                code_obj.clone(),
                code.clone(),
                globals.clone(),
                builtins.clone(),
                locals,
            )),
        }
    }

    /// Returns a finished frame to the pool.
    #[inline(always)]
    pub fn recycle_frame(&self, mut f: Box<frame::Frame>) {
        if f.frame_obj.is_some() {
            self.detach_frame_object(&f);
        }
        f.clear_for_pool();
        let mut pool = self.frame_pool.borrow_mut();
        if pool.len() < 64 {
            pool.push(f);
        }
    }

    /// A finished function frame seen by Python code (a traceback or `sys._getframe`
    /// made a frame object for it): its frame object keeps the final locals, as
    /// `tb.tb_frame.f_locals` shows them after the frame is gone.
    #[cold]
    #[inline(never)]
    fn detach_frame_object(&self, f: &frame::Frame) {
        let Some(fo) = &f.frame_obj else { return };
        if let (Payload::Frame(fd), None) = (&fo.payload, &f.locals) {
            if fd.locals.borrow().is_none() {
                if let Ok(d) = crate::objects::generator::fast_locals_dict(self, f) {
                    *fd.locals.borrow_mut() = Some(d);
                }
            }
        }
    }

    /// An empty Vec with room for `n` items, or MemoryError (never an abort).
    pub fn alloc_vec<T>(&self, n: usize) -> PyResult<Vec<T>> {
        let fits = n
            .checked_mul(std::mem::size_of::<T>())
            .is_some_and(ferropy_primitives::memory::allocation_fits);
        if !fits {
            return Err(self.memory_error());
        }
        let mut v = Vec::new();
        v.try_reserve_exact(n).map_err(|_| self.memory_error())?;
        Ok(v)
    }

    /// Raises RecursionError when the Rust stack is nearly exhausted.
    #[inline]
    /// The exception being handled, as `sys.exc_info()` sees it: the innermost one of
    /// the running frame's state and the states of the generators it runs inside.
    pub fn topmost_handled_exc(&self) -> Option<PyRef> {
        if let Some(e) = &*self.handled_exc.borrow() {
            return Some(e.clone());
        }
        self.handled_exc_below
            .borrow()
            .iter()
            .rev()
            .find_map(|e| e.clone())
    }

    pub fn check_stack(&self) -> PyResult<()> {
        let here = 0u8;
        let addr = &here as *const u8 as usize;
        if addr < self.stack_limit.get() {
            return Err(self.new_error(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }
}

/// The lowest address native recursion may reach on a thread whose stack has
/// `stack_size` bytes and starts near the caller's frame.
#[inline(never)]
pub fn stack_limit_below_here(stack_size: usize) -> usize {
    let here = 0u8;
    let addr = &here as *const u8 as usize;
    // Keep a generous margin for the deepest native call chains.
    addr.saturating_sub(stack_size) + 256 * 1024
}

impl PyRef {
    /// The table behind a dict object. Panics if `self` is not a dict (callers check).
    #[inline]
    pub fn dict_table(&self) -> &RefCell<HashTable<PyRef>> {
        match &self.payload {
            Payload::Dict(d) => d,
            _ => panic!("dict_table on a non-dict"),
        }
    }
}
