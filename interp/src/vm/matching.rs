//! Runtime support for `match` statements: class patterns (`__match_args__`), mapping
//! and sequence checks, key extraction.

use crate::object::payload::*;
use crate::object::typeobj::{is_subtype, type_lookup};
use crate::object::PyRef;

use super::Vm;

impl Vm {
    /// MatchClass: the attributes for positional and keyword sub-patterns, or None.
    pub fn match_class(
        &self,
        subject: &PyRef,
        cls: &PyRef,
        npos: usize,
        names: &PyRef,
    ) -> PyResult {
        if !cls.is_type() {
            return Err(self.type_error("called match pattern must be a class"));
        }
        if !self.isinstance(subject, cls)? {
            return Ok(self.none());
        }
        let mut out: Vec<PyRef> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        if npos > 0 {
            let match_args = type_lookup(cls, &self.names.__match_args__);
            match match_args {
                Some(ma) => {
                    let items = match &ma.payload {
                        Payload::Tuple(t) => t.to_vec(),
                        _ => {
                            return Err(self.type_error(format!(
                                "{}.__match_args__ must be a tuple (got {})",
                                cls.type_data().name.borrow(),
                                ma.type_name()
                            )))
                        }
                    };
                    if npos > items.len() {
                        return Err(self.type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            cls.type_data().name.borrow(),
                            items.len(),
                            if items.len() == 1 { "" } else { "s" },
                            npos
                        )));
                    }
                    for name in &items[..npos] {
                        let n = match self.str_of(name) {
                            Some(s) => s.to_string(),
                            None => {
                                return Err(self.type_error(format!(
                                    "__match_args__ elements must be strings (got {})",
                                    name.type_name()
                                )))
                            }
                        };
                        seen.push(n.clone());
                        match self.get_attr_opt(subject, &self.intern(&n))? {
                            Some(v) => out.push(v),
                            None => return Ok(self.none()),
                        }
                    }
                }
                None => {
                    // Builtin types that match themselves for one positional pattern.
                    let self_matching = [
                        &self.types.bool_,
                        &self.types.bytearray,
                        &self.types.bytes,
                        &self.types.dict,
                        &self.types.float,
                        &self.types.frozenset,
                        &self.types.int,
                        &self.types.list,
                        &self.types.set,
                        &self.types.str,
                        &self.types.tuple,
                    ];
                    let matches_self = self_matching.iter().any(|t| is_subtype(cls, t));
                    if npos == 1 && matches_self {
                        out.push(subject.clone());
                    } else {
                        let (n, s) = if matches_self { (1, "") } else { (0, "s") };
                        return Err(self.type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            cls.type_data().name.borrow(),
                            n,
                            s,
                            npos
                        )));
                    }
                }
            }
        }
        if let Payload::Tuple(kw) = &names.payload {
            for name in kw.iter() {
                let n = self.str_of(name).unwrap_or("").to_string();
                if seen.contains(&n) {
                    return Err(self.type_error(format!(
                        "{}() got multiple sub-patterns for attribute '{}'",
                        cls.type_data().name.borrow(),
                        n
                    )));
                }
                seen.push(n.clone());
                match self.get_attr_opt(subject, name)? {
                    Some(v) => out.push(v),
                    None => return Ok(self.none()),
                }
            }
        }
        Ok(self.new_tuple(out))
    }

    pub fn is_mapping_for_match(&self, o: &PyRef) -> bool {
        if matches!(o.payload, Payload::Dict(_)) {
            return true;
        }
        // collections.abc.Mapping registers with a flag in CPython; a `keys` + `__getitem__`
        // duck test stands in until the abc machinery exists.
        type_lookup(o.class(), &self.names.keys).is_some()
            && type_lookup(o.class(), &self.names.__getitem__).is_some()
            && !matches!(
                o.payload,
                Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)
            )
    }

    pub fn is_sequence_for_match(&self, o: &PyRef) -> bool {
        match &o.payload {
            Payload::List(_) | Payload::Tuple(_) | Payload::Range(_) | Payload::MemoryView(_) => {
                true
            }
            Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_) => false,
            _ => {
                if o.is_type() {
                    return false;
                }
                let has = |n: &str| type_lookup(o.class(), &self.intern(n)).is_some();
                has("__getitem__") && has("__len__") && !has("keys") && o.class().type_data().heap
            }
        }
    }

    /// MatchKeys: the values for `keys` (a tuple), or None if any is missing.
    pub fn match_keys(&self, subject: &PyRef, keys: &PyRef) -> PyResult {
        let keys: Vec<PyRef> = match &keys.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let mut values = Vec::with_capacity(keys.len());
        let get = self.get_attr_opt(subject, &self.intern("get"))?;
        let dummy = self.new_object_of(&self.types.object, Payload::Object);
        for (i, k) in keys.iter().enumerate() {
            for prev in &keys[..i] {
                if self.eq_bool(prev, k)? {
                    return Err(self.value_error(format!(
                        "mapping pattern checks duplicate key ({})",
                        self.repr_str(k)?
                    )));
                }
            }
            let v = match &get {
                Some(g) => self.call2(g, k.clone(), dummy.clone())?,
                None => match self.get_item(subject, k) {
                    Ok(v) => v,
                    Err(e) if self.exc_matches(&e, &self.exc.key_error) => dummy.clone(),
                    Err(e) => return Err(e),
                },
            };
            if v.is(&dummy) {
                return Ok(self.none());
            }
            values.push(v);
        }
        Ok(self.new_tuple(values))
    }

    pub fn copy_dict_without_keys(&self, subject: &PyRef, keys: &PyRef) -> PyResult {
        let d = self.new_dict();
        crate::objects::dict::dict_update_from(self, &d, subject)?;
        if let Payload::Tuple(t) = &keys.payload {
            for k in t.iter() {
                self.dict_del_item(&d, k)?;
            }
        }
        Ok(d)
    }
}
