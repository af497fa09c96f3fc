//! What an object holds after its header: one variant per builtin layout.
//!
//! The variant is fixed when the object is created and follows the type's "solid base"
//! (an instance of `class L(list)` holds `Payload::List`). Variants that would make the
//! enum large are boxed so every object stays small. Per-type behaviour lives in
//! `objects/<type>.rs`; this file only declares the shapes.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use super::core::PyRef;
use super::hashtable::HashTable;
use super::settable::SetTable;
use crate::compile::code::CodeObject;
use crate::vm::frame::Frame;
use crate::vm::Vm;

pub type PyResult<T = PyRef> = Result<T, PyErr>;

/// A raised Python exception: always an instance of `BaseException`.
#[derive(Clone, Debug)]
pub struct PyErr(pub PyRef);

/// Arguments of a call in vectorcall layout: `args` holds the positional values followed
/// by the keyword values; `kwnames` names the trailing `kwnames.len()` values.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [PyRef],
    pub kwnames: &'a [PyRef],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [PyRef]) -> Self {
        Args { args, kwnames: &[] }
    }
    pub fn with_kw(args: &'a [PyRef], kwnames: &'a [PyRef]) -> Self {
        Args { args, kwnames }
    }
    /// Positional arguments only.
    #[inline]
    pub fn pos(&self) -> &'a [PyRef] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }
    /// Keyword values, parallel to `kwnames`.
    #[inline]
    pub fn kwvalues(&self) -> &'a [PyRef] {
        &self.args[self.args.len() - self.kwnames.len()..]
    }
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

/// A Rust function callable from Python.
pub type NativeFn = fn(&Vm, Args) -> PyResult;

/// How a native function found in a type's dict binds when looked up on an instance.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NativeKind {
    /// A plain function (module level, or already bound through `bound_self`).
    Function,
    /// A method descriptor: binds the instance as first argument.
    Method,
    /// Binds the class as first argument (`dict.fromkeys`).
    ClassMethod,
    /// Never binds (`str.maketrans`, `__new__`).
    StaticMethod,
}

pub struct NativeFunctionData {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: NativeKind,
    /// For a bound builtin method: the receiver, passed as first argument.
    pub bound_self: Option<PyRef>,
    /// The class a method descriptor belongs to (for `__qualname__` and type checks).
    pub owner: Option<PyRef>,
    pub doc: Option<&'static str>,
    /// Reads the calling frame (`locals()`, `vars()`, `exec`...): the eval loop publishes
    /// a snapshot of the caller's locals before calling it.
    pub needs_frame: bool,
}

/// Instance attributes (`__dict__` contents, see `object/instance_values.rs`) and slot
/// values of objects of heap types.
pub struct InstanceExt {
    pub attrs: super::instance_values::InstanceAttrs,
    pub slots: RefCell<Box<[Option<PyRef>]>>,
}

const _: () = assert!(std::mem::size_of::<InstanceExt>() <= 64);

impl InstanceExt {
    /// No attributes yet and `nslots` empty `__slots__` members.
    pub fn new(nslots: usize) -> Box<InstanceExt> {
        Box::new(InstanceExt {
            attrs: super::instance_values::InstanceAttrs::new(),
            slots: RefCell::new(if nslots == 0 {
                Box::new([])
            } else {
                vec![None; nslots].into_boxed_slice()
            }),
        })
    }
}

/// `str`: generalized UTF-8 text (a Rust `str` unless it holds a lone surrogate, see
/// `ferropy_primitives::wtf8`) with its length in code points cached, so `len()` is O(1)
/// and indexing of ASCII text is O(1); other text builds a code point index on first use.
pub struct PyStr {
    pub text: ferropy_primitives::wtf8::WtfBox,
    pub char_len: usize,
    pub hash: Cell<i64>,
    pub index: OnceCell<Box<Vec<u32>>>,
}

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub module: RefCell<Option<PyRef>>,
    pub bases: RefCell<Vec<PyRef>>,
    pub mro: RefCell<Vec<PyRef>>,
    /// The class namespace, a `dict` object.
    pub dict: PyRef,
    /// Which payload instances of this type carry.
    pub layout: Layout,
    /// Instances get an `InstanceExt` with a `__dict__` (false for builtin types and for
    /// classes whose `__slots__` exclude `__dict__`).
    pub instance_dict: bool,
    /// Names of `__slots__` in slot-index order, including those of bases.
    pub slot_names: RefCell<Vec<String>>,
    /// Created by a `class` statement (attributes settable).
    pub heap: bool,
    /// May be subclassed.
    pub base_ok: bool,
    /// Bumped when the type or a base changes; method caches key on it.
    pub version: Cell<u64>,
    /// Objects of this type are never equal-by-hash (e.g. `__hash__ = None`) etc. are
    /// resolved through the dict; this caches "has a Python-level `__getattribute__` or
    /// `__getattr__`" for the attribute fast path.
    pub weakref_subclasses: RefCell<Vec<PyRef>>,
    /// Whether the type's MRO defines `__del__`, as computed at a type epoch: see
    /// `object::finalize::FinalizerCache` (read on every instance deallocation).
    pub finalizer_cache: Cell<u64>,
    /// For builtin types, `TYPE_*` bits set by the module that makes the type.
    pub native_flags: Cell<u32>,
}

/// [`TypeData::native_flags`]: instances may be weakly referenced (CPython's nonzero
/// `tp_weaklistoffset`; classes made by `class` statements always may).
pub const TYPE_WEAKREFABLE: u32 = 1;
/// [`TypeData::native_flags`]: an instance's `__del__` runs when it dies (CPython's
/// `tp_finalize`; classes made by `class` statements always have this).
pub const TYPE_FINALIZE: u32 = 2;

/// The builtin layouts an instance can have; a type's layout follows its solid base.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Type,
    Exception,
    Module,
    Property,
    /// A builtin type that cannot be instantiated from Python with a plain `__new__`
    /// (iterators, functions, frames, ...): instances are made only by the runtime.
    Special,
}

pub struct FunctionData {
    /// The code object (`__code__` is assignable; calls borrow it only while building
    /// the frame, which keeps its own reference).
    pub code: RefCell<PyRef>,
    pub globals: PyRef,
    /// The builtins namespace (a dict) resolved from `globals` when the function was made.
    pub builtins: PyRef,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    pub defaults: RefCell<Option<PyRef>>,
    pub kwdefaults: RefCell<Option<PyRef>>,
    pub closure: Option<PyRef>,
    pub doc: RefCell<PyRef>,
    pub annotations: RefCell<Option<PyRef>>,
    pub module: RefCell<PyRef>,
    pub dict: RefCell<Option<PyRef>>,
}

pub struct ModuleData {
    pub dict: PyRef,
}

pub struct ExceptionData {
    pub args: RefCell<PyRef>,
    pub traceback: RefCell<Option<PyRef>>,
    pub cause: RefCell<Option<PyRef>>,
    pub context: RefCell<Option<PyRef>>,
    pub suppress_context: Cell<bool>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GeneratorData {
    pub kind: GenKind,
    /// The suspended frame; `None` while running (taken out) or once finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub finished: Cell<bool>,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    pub code: PyRef,
    /// Async generators: set while an `athrow`/`asend` awaitable is running.
    pub ag_running: Cell<bool>,
    /// Coroutines: was it ever awaited/started (for the "never awaited" warning, unused).
    pub started: Cell<bool>,
}

pub struct PropertyData {
    pub fget: Option<PyRef>,
    pub fset: Option<PyRef>,
    pub fdel: Option<PyRef>,
    pub doc: RefCell<Option<PyRef>>,
    pub name: RefCell<Option<PyRef>>,
}

pub struct RangeData {
    pub start: PyRef,
    pub stop: PyRef,
    pub step: PyRef,
    /// Fast path when all three fit in i64.
    pub small: Option<(i64, i64, i64)>,
}

pub struct SliceData {
    pub start: PyRef,
    pub stop: PyRef,
    pub step: PyRef,
}

/// State of the builtin iterator objects.
pub enum IterState {
    /// Generic `__getitem__` iteration (also used for str, bytes, tuple, list).
    Seq {
        seq: PyRef,
        index: usize,
    },
    List {
        list: PyRef,
        index: usize,
    },
    ListReverse {
        list: PyRef,
        index: isize,
    },
    Tuple {
        tuple: PyRef,
        index: usize,
    },
    Str {
        s: PyRef,
        byte_pos: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        next: PyRef,
        stop: PyRef,
        step: PyRef,
    },
    DictKeys {
        dict: PyRef,
        pos: usize,
        /// The dict's size when iteration began (a change is an error).
        len: usize,
        /// Items still expected: one more means keys changed (CPython's `di->len`).
        left: usize,
    },
    DictValues {
        dict: PyRef,
        pos: usize,
        /// The dict's size when iteration began (a change is an error).
        len: usize,
        /// Items still expected: one more means keys changed (CPython's `di->len`).
        left: usize,
    },
    DictItems {
        dict: PyRef,
        pos: usize,
        /// The dict's size when iteration began (a change is an error).
        len: usize,
        /// Items still expected: one more means keys changed (CPython's `di->len`).
        left: usize,
    },
    DictReverse {
        dict: PyRef,
        pos: usize,
        len: usize,
        kind: u8,
    },
    Set {
        set: PyRef,
        pos: usize,
        len: usize,
    },
    Bytes {
        bytes: PyRef,
        index: usize,
    },
    Enumerate {
        it: PyRef,
        count: PyRef,
    },
    Zip {
        its: Vec<PyRef>,
        strict: bool,
    },
    Map {
        func: PyRef,
        its: Vec<PyRef>,
    },
    Filter {
        func: PyRef,
        it: PyRef,
    },
    Reversed {
        seq: PyRef,
        index: isize,
    },
    Callable {
        func: PyRef,
        sentinel: PyRef,
    },
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

pub struct MemoryViewData {
    pub obj: PyRef,
    pub start: usize,
    pub len: usize,
    pub itemsize: usize,
    pub format: RefCell<String>,
    pub shape: RefCell<Vec<usize>>,
    pub readonly: bool,
    pub released: Cell<bool>,
}

pub struct FrameObjData {
    pub code: PyRef,
    pub globals: PyRef,
    pub locals: RefCell<Option<PyRef>>,
    pub lineno: Cell<u32>,
    /// The index of the last instruction run, as `f_lasti` reports it (two per
    /// instruction, like CPython's byte offsets of 2-byte code units).
    pub lasti: Cell<u32>,
    pub back: RefCell<Option<PyRef>>,
    /// For frame objects of running frames (`sys._getframe`): the frame-stack depth of
    /// that activation, so `f_lineno` reads its current line while it is still there
    /// (same depth and code object); `None` once seen finished, or for snapshots.
    pub live_depth: Cell<Option<usize>>,
}

pub struct TracebackData {
    pub next: RefCell<Option<PyRef>>,
    pub frame: PyRef,
    pub lineno: u32,
    pub lasti: u32,
}

pub enum Payload {
    /// Plain instances, `None`, `NotImplemented`, `Ellipsis`.
    Object,
    Int(i64),
    /// Always outside the i64 range (normalized on construction).
    BigInt(Box<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[PyRef]>),
    List(RefCell<Vec<PyRef>>),
    Dict(Box<RefCell<HashTable<PyRef>>>),
    Set(Box<RefCell<SetTable>>),
    FrozenSet(Box<RefCell<SetTable>>),
    Type(Box<TypeData>),
    Function(Box<FunctionData>),
    NativeFunction(Box<NativeFunctionData>),
    /// A bound method: (function, self).
    Method(Box<(PyRef, PyRef)>),
    Code(Rc<CodeObject>),
    Cell(RefCell<Option<PyRef>>),
    Module(Box<ModuleData>),
    Exception(Box<ExceptionData>),
    Generator(Box<GeneratorData>),
    /// The awaitable returned by `asend`/`athrow`/`anext` of an async generator, and by
    /// `__await__` of coroutines: (target, kind, value) — see objects/generator.rs.
    GenWrapper(Box<GenWrapperData>),
    Property(Box<PropertyData>),
    ClassMethod(RefCell<PyRef>),
    StaticMethod(RefCell<PyRef>),
    /// super(type, obj): (type, obj, type of obj or obj itself when it is a class).
    Super(Box<(PyRef, PyRef, PyRef)>),
    Range(Box<RangeData>),
    Slice(Box<SliceData>),
    Iterator(Box<RefCell<IterState>>),
    DictView(Box<(PyRef, DictViewKind)>),
    MemoryView(Box<MemoryViewData>),
    Frame(Box<FrameObjData>),
    Traceback(Box<TracebackData>),
    /// A computed attribute of a builtin type (`function.__name__`).
    GetSet(Box<crate::objects::descr::GetSetDescr>),
    /// A `__slots__` entry.
    Member(Box<crate::objects::descr::MemberDescr>),
    /// Module-private native state (e.g. a `time.struct_time` helper), downcast by type.
    Native(Box<dyn std::any::Any>),
}

pub struct GenWrapperData {
    pub gen: PyRef,
    pub kind: GenWrapperKind,
    pub value: RefCell<Option<PyRef>>,
    pub state: Cell<u8>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenWrapperKind {
    /// `coroutine.__await__()` iterator.
    CoroAwait,
    /// `agen.asend(v)` / `anext(agen)`.
    ASend,
    /// `agen.athrow(...)`: value holds the exception triple as a tuple.
    AThrow,
    /// `agen.aclose()`.
    AClose,
}

const _: () = assert!(std::mem::size_of::<Payload>() <= 48);
