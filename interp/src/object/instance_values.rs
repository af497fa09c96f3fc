//! Attribute storage of instances ("inline values", as in CPython 3.11): this module owns
//! [`InstanceAttrs`], the part of an instance extension that holds its `__dict__` contents.
//!
//! An instance starts in *values mode*: its attributes are a plain array of values in
//! the order of a shared key layout (`object/layout.rs`), and no dict object exists. The
//! layout id says which key sits at each position, so the inline caches
//! (`vm/attr_cache.rs`) read or write `values[i]` after one layout-id compare.
//!
//! When something needs a real dict (`obj.__dict__`, `vars(obj)`, a key that cannot be
//! part of a layout, a deletion other than of the last key, too many attributes...), the
//! Vm builds one from the values and installs it ([`InstanceAttrs::install_dict`]): the
//! instance is then in *dict mode* for good, the dict is the single source of truth and
//! the values array is empty, so mutations through `obj.__dict__` are seen by attribute
//! access. Invariant: dict mode ⇔ `layout == NO_LAYOUT` ⇔ the store holds a dict; in
//! values mode `values.len() == layout::len(layout)`.
//!
//! Nothing here runs Python code or allocates objects; the Vm side (lookups that fall
//! back to the dict, materialization) lives in `vm/attr.rs`.

use std::cell::{Cell, RefCell};

use super::core::PyRef;
use super::layout::{self, LayoutId, EMPTY_LAYOUT, NO_LAYOUT};

/// The attributes of one instance: a values array with its layout, or a dict.
pub struct InstanceAttrs {
    /// The layout of the values; `NO_LAYOUT` in dict mode.
    layout: Cell<LayoutId>,
    store: RefCell<Store>,
}

/// Where the attributes are (one cell for both modes keeps instance extensions small).
enum Store {
    Values(Vec<PyRef>),
    Dict(PyRef),
}

const _: () = assert!(std::mem::size_of::<Store>() == std::mem::size_of::<Vec<PyRef>>());

impl Store {
    /// The values array, in values mode.
    #[inline(always)]
    fn values(&self) -> Option<&Vec<PyRef>> {
        match self {
            Store::Values(v) => Some(v),
            Store::Dict(_) => None,
        }
    }

    #[inline(always)]
    fn values_mut(&mut self) -> Option<&mut Vec<PyRef>> {
        match self {
            Store::Values(v) => Some(v),
            Store::Dict(_) => None,
        }
    }
}

/// What [`InstanceAttrs::delete`] did.
pub enum Deleted {
    /// The value was removed (returned so the caller drops it after any borrow).
    Removed(PyRef),
    /// The instance has no such attribute.
    Missing,
    /// The deletion needs a dict: materialize and delete from it.
    NeedsDict,
}

impl Default for InstanceAttrs {
    fn default() -> Self {
        Self::new()
    }
}

impl InstanceAttrs {
    /// No attributes, values mode.
    pub const fn new() -> Self {
        InstanceAttrs {
            layout: Cell::new(EMPTY_LAYOUT),
            store: RefCell::new(Store::Values(Vec::new())),
        }
    }

    /// The layout of the values (`NO_LAYOUT` in dict mode).
    #[inline(always)]
    pub fn layout(&self) -> LayoutId {
        self.layout.get()
    }

    /// The materialized dict, in dict mode.
    #[inline]
    pub fn dict(&self) -> Option<PyRef> {
        if self.layout.get() != NO_LAYOUT {
            return None;
        }
        match &*self.store.try_borrow().ok()? {
            Store::Dict(d) => Some(d.clone()),
            Store::Values(_) => None,
        }
    }

    /// The value at `index` when the values have layout `layout` (an inline cache hit).
    #[inline(always)]
    pub fn value_at(&self, layout: LayoutId, index: u32) -> Option<PyRef> {
        // A dict-mode store has no values, whatever `layout` says.
        if self.layout.get() != layout {
            return None;
        }
        // SAFETY: the store is only read for the duration of the clone below, which
        // cannot reach code that mutates it.
        unsafe { self.store.try_borrow_unguarded() }
            .ok()?
            .values()?
            .get(index as usize)
            .cloned()
    }

    /// Replaces the value at `index` when the values have layout `layout`; gives the
    /// old value back (to be dropped by the caller), or `value` (`Err`) on a mismatch.
    #[inline(always)]
    pub fn replace_value(
        &self,
        layout: LayoutId,
        index: u32,
        value: PyRef,
    ) -> Result<PyRef, PyRef> {
        if self.layout.get() != layout {
            return Err(value);
        }
        let Ok(mut store) = self.store.try_borrow_mut() else {
            return Err(value);
        };
        match store.values_mut().and_then(|v| v.get_mut(index as usize)) {
            Some(slot) => Ok(std::mem::replace(slot, value)),
            None => Err(value),
        }
    }

    /// Appends `value` when the values have layout `from`, moving to layout `to` (which
    /// must be `from` plus one key); gives `value` back on a mismatch.
    #[inline(always)]
    pub fn push_value(&self, from: LayoutId, to: LayoutId, value: PyRef) -> Result<(), PyRef> {
        if self.layout.get() != from || to == NO_LAYOUT {
            return Err(value);
        }
        let Ok(mut store) = self.store.try_borrow_mut() else {
            return Err(value);
        };
        let Some(v) = store.values_mut() else {
            return Err(value);
        };
        if v.len() == v.capacity() {
            grow(v, from, to);
        }
        v.push(value);
        self.layout.set(to);
        Ok(())
    }

    /// Whether `name` can be looked up in the values without a dict: values mode and an
    /// exact `str` name (other names compare through Python-level `__eq__`).
    #[inline]
    fn values_key(&self, name: &PyRef) -> bool {
        self.layout.get() != NO_LAYOUT && layout::is_layout_key(name)
    }

    /// Values-mode lookup: `Some(value or None)`, or `None` when the caller must use
    /// the dict (dict mode, or a name that is not an exact `str`).
    pub fn get(&self, name: &PyRef) -> Option<Option<PyRef>> {
        if !self.values_key(name) {
            return None;
        }
        let pos = layout::position(self.layout.get(), name);
        let store = self.store.try_borrow().ok()?;
        let v = store.values()?;
        Some(pos.and_then(|i| v.get(i).cloned()))
    }

    /// Values-mode store: `Ok(old value, if any)`, or `Err(value)` when the caller must
    /// materialize the dict and store there (dict mode, a non-`str` name, too many keys).
    pub fn set(&self, name: &PyRef, value: PyRef) -> Result<Option<PyRef>, PyRef> {
        if !self.values_key(name) {
            return Err(value);
        }
        let from = self.layout.get();
        let Ok(mut store) = self.store.try_borrow_mut() else {
            return Err(value);
        };
        let Some(v) = store.values_mut() else {
            return Err(value);
        };
        if let Some(i) = layout::position(from, name) {
            return match v.get_mut(i) {
                Some(slot) => Ok(Some(std::mem::replace(slot, value))),
                None => Err(value),
            };
        }
        let to = layout::transition(from, name);
        if to == NO_LAYOUT {
            return Err(value);
        }
        if v.len() == v.capacity() {
            grow(v, from, to);
        }
        v.push(value);
        self.layout.set(to);
        Ok(None)
    }

    /// Values-mode deletion. Removing the last key steps back to the parent layout;
    /// any other deletion needs the dict.
    pub fn delete(&self, name: &PyRef) -> Deleted {
        if !self.values_key(name) {
            return Deleted::NeedsDict;
        }
        let l = self.layout.get();
        let Some(i) = layout::position(l, name) else {
            return Deleted::Missing;
        };
        let Ok(mut store) = self.store.try_borrow_mut() else {
            return Deleted::NeedsDict;
        };
        let Some(v) = store.values_mut() else {
            return Deleted::NeedsDict;
        };
        match layout::parent(l) {
            Some((parent, _)) if i + 1 == v.len() => match v.pop() {
                Some(old) => {
                    self.layout.set(parent);
                    Deleted::Removed(old)
                }
                None => Deleted::NeedsDict,
            },
            _ => Deleted::NeedsDict,
        }
    }

    /// The (key, value) pairs of values mode, in order (empty in dict mode).
    pub fn items(&self) -> Vec<(PyRef, PyRef)> {
        let l = self.layout.get();
        if l == NO_LAYOUT {
            return Vec::new();
        }
        let Ok(store) = self.store.try_borrow() else {
            return Vec::new();
        };
        let Some(v) = store.values() else {
            return Vec::new();
        };
        layout::keys(l).into_iter().zip(v.iter().cloned()).collect()
    }

    /// Switches to dict mode with `dict` (`None`: back to values mode with no
    /// attributes). Returns what was held before, for the caller to drop once no
    /// borrow is alive (dropping may run `__del__`).
    #[must_use]
    pub fn install_dict(&self, dict: Option<PyRef>) -> impl Sized {
        let (layout, new) = match dict {
            Some(d) => (NO_LAYOUT, Store::Dict(d)),
            None => (EMPTY_LAYOUT, Store::Values(Vec::new())),
        };
        self.layout.set(layout);
        // The store is only borrowed inside this module's methods, none of which runs
        // Python code or calls back here, so it is free whenever this runs.
        std::mem::replace(&mut *self.store.borrow_mut(), new)
    }

    /// Visits every held reference (the cycle collector's traversal); false when a
    /// borrowed cell kept some from being visited.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) -> bool {
        match self.store.try_borrow() {
            Ok(s) => {
                match &*s {
                    Store::Values(v) => v.iter().for_each(visit),
                    Store::Dict(d) => visit(d),
                }
                true
            }
            Err(_) => false,
        }
    }

    /// Takes the values out (the collector's `tp_clear`; the dict, if any, is garbage too
    /// and cleared as its own object). Returns them for the caller to drop.
    #[must_use]
    pub fn clear_values(&self) -> Vec<PyRef> {
        match self.store.try_borrow_mut() {
            Ok(mut s) => match s.values_mut() {
                Some(v) => {
                    self.layout.set(EMPTY_LAYOUT);
                    std::mem::take(v)
                }
                None => Vec::new(),
            },
            Err(_) => Vec::new(),
        }
    }
}

/// Makes room for one more value when going from layout `from` to `to`. The first value
/// gets the whole array instances with the same first key needed so far; a later growth
/// raises that hint, so instances of one class soon allocate their values exactly once.
#[cold]
fn grow(v: &mut Vec<PyRef>, from: LayoutId, to: LayoutId) {
    if v.capacity() == 0 {
        *v = Vec::with_capacity(layout::capacity_hint(to));
    } else {
        layout::note_capacity(from, v.len() + 1);
        v.reserve(1);
    }
}
