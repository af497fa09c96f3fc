//! Code objects under marshal's `TYPE_CODE` ('c'), in ferropy's own layout (CPython's
//! bytecode is not ours, so neither is its layout):
//!
//! ```text
//! u32 argcount, posonlyargcount, kwonlyargcount, flags, firstlineno
//! object name, qualname, filename                 (str)
//! u32 n; n × (u8 opcode, u32 operand, u32 line)   instructions and their lines
//! u32 n; n × object                               constants
//! u32 n; n × object                               names, varnames, cellvars, freevars (str)
//! u32 n; n × i32                                  cell2arg (-1: not an argument)
//! u32 n; n × (u32 start, end, handler, depth)     exception table
//! ```
//!
//! All integers are little-endian. A code object read back is checked as the compiler's
//! output is (`bytecode::control_flow_in_bounds`, `operands_in_bounds`) plus the name
//! and keyword-name operands, the exception table and the value-stack depth, because the
//! eval loop trusts all of those; anything else is `ValueError("bad marshal data ...")`.

use std::cell::{Cell, RefCell};

use super::read::{bad, Reader};
use super::write::{WResult, Writer};
use crate::compile::bytecode::{self, Instr};
use crate::compile::code::{CodeObject, ExceptionEntry};
use crate::object::payload::*;
use crate::object::PyRef;

/// Largest count of any table, to refuse absurd sizes before allocating.
const MAX_COUNT: usize = 1 << 26;

pub fn write_code(w: &mut Writer, c: &CodeObject) -> WResult {
    for x in [
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.flags,
        c.firstlineno,
    ] {
        w.u32(x);
    }
    w.object(&c.name, 0)?;
    w.object(&c.qualname, 0)?;
    w.object(&c.filename, 0)?;
    w.u32(c.instrs.len() as u32);
    for (i, ins) in c.instrs.iter().enumerate() {
        let ins = ins.get();
        w.byte(ins.opcode());
        w.u32(ins.operand().unwrap_or(0));
        w.u32(c.line_at(i));
    }
    for list in [&c.consts, &c.names, &c.varnames, &c.cellvars, &c.freevars] {
        w.size(list.len())?;
        for o in list.iter() {
            w.object(o, 0)?;
        }
    }
    w.u32(c.cell2arg.len() as u32);
    for a in &c.cell2arg {
        w.long(a.map_or(-1, |a| a as i32));
    }
    w.u32(c.exception_table.len() as u32);
    for e in &c.exception_table {
        for x in [e.start, e.end, e.handler, e.depth] {
            w.u32(x);
        }
    }
    Ok(())
}

fn u32_(r: &mut Reader) -> PyResult<u32> {
    Ok(r.long()? as u32)
}

fn count(r: &mut Reader) -> PyResult<usize> {
    let n = u32_(r)? as usize;
    if n > MAX_COUNT {
        return Err(bad(r.vm, "code object table too large"));
    }
    Ok(n)
}

/// A str object (interned when it is a name).
fn string(r: &mut Reader, intern: bool) -> PyResult<PyRef> {
    let v = r.item("code object")?;
    match &v.payload {
        Payload::Str(s) if v.class().is(&r.vm.types.str) => match s.as_str() {
            Some(t) if intern => Ok(r.vm.intern(t)),
            _ => Ok(v),
        },
        _ => Err(bad(r.vm, "code object name is not a str")),
    }
}

fn strings(r: &mut Reader) -> PyResult<Vec<PyRef>> {
    let n = count(r)?;
    (0..n).map(|_| string(r, true)).collect()
}

pub fn read_code(r: &mut Reader) -> PyResult<PyRef> {
    let vm = r.vm;
    let mut head = [0u32; 5];
    for h in head.iter_mut() {
        *h = u32_(r)?;
    }
    let [argcount, posonlyargcount, kwonlyargcount, flags, firstlineno] = head;
    let name = string(r, true)?;
    let qualname = string(r, false)?;
    let filename = string(r, false)?;
    let n = count(r)?;
    let mut instrs = Vec::with_capacity(n.min(4096));
    let mut lines = Vec::with_capacity(n.min(4096));
    for _ in 0..n {
        let b = r.bytes(9)?;
        let op = b[0];
        let arg = u32::from_le_bytes([b[1], b[2], b[3], b[4]]);
        let line = u32::from_le_bytes([b[5], b[6], b[7], b[8]]);
        let ins = Instr::from_opcode(op, arg).ok_or_else(|| bad(vm, "unknown opcode"))?;
        instrs.push(ins);
        lines.push(line);
    }
    let nconsts = count(r)?;
    let consts = (0..nconsts)
        .map(|_| r.item("code object"))
        .collect::<PyResult<Vec<_>>>()?;
    let names = strings(r)?;
    let varnames = strings(r)?;
    let cellvars = strings(r)?;
    let freevars = strings(r)?;
    let ncells = count(r)?;
    let mut cell2arg = Vec::with_capacity(ncells.min(4096));
    for _ in 0..ncells {
        let a = r.long()?;
        cell2arg.push(u32::try_from(a).ok());
    }
    let nexc = count(r)?;
    let mut exception_table = Vec::with_capacity(nexc.min(4096));
    for _ in 0..nexc {
        let mut e = [0u32; 4];
        for x in e.iter_mut() {
            *x = u32_(r)?;
        }
        exception_table.push(ExceptionEntry {
            start: e[0],
            end: e[1],
            handler: e[2],
            depth: e[3],
        });
    }
    let code = CodeObject {
        name,
        qualname,
        filename,
        firstlineno,
        argcount,
        posonlyargcount,
        kwonlyargcount,
        flags,
        instrs: instrs.into_iter().map(Cell::new).collect(),
        lines,
        consts,
        names,
        varnames,
        cellvars,
        freevars,
        cell2arg,
        exception_table,
        source: r.source_text.clone(),
        attr_cache: RefCell::new(Default::default()),
        global_cache: RefCell::new(Vec::new()),
    };
    if let Err(what) = verify(&code) {
        return Err(bad(vm, what));
    }
    Ok(vm.new_code(code))
}

/// Everything the eval loop relies on without checking, checked once here.
fn verify(c: &CodeObject) -> Result<(), &'static str> {
    let instrs: Vec<Instr> = c.instrs.iter().map(|i| i.get()).collect();
    let n = instrs.len();
    let nlocals = c.varnames.len();
    let nargs = c.argcount as usize
        + c.kwonlyargcount as usize
        + (c.flags & crate::compile::code::flags::VARARGS != 0) as usize
        + (c.flags & crate::compile::code::flags::VARKEYWORDS != 0) as usize;
    if c.posonlyargcount > c.argcount || nargs > nlocals {
        return Err("code object argument counts");
    }
    if c.cell2arg.len() != c.cellvars.len()
        || c.cell2arg.iter().flatten().any(|&a| a as usize >= nargs)
    {
        return Err("code object cell table");
    }
    if c.exception_table
        .iter()
        .any(|e| e.start > e.end || e.end as usize > n)
    {
        return Err("code object exception table");
    }
    if !bytecode::control_flow_in_bounds(
        &instrs,
        c.exception_table.iter().map(|e| e.handler as usize),
    ) || !bytecode::operands_in_bounds(&instrs, nlocals, c.nslots(), c.consts.len())
    {
        return Err("code object operand out of range");
    }
    let nnames = c.names.len();
    let lo = |x: u32| (x & 0xffff) as usize;
    let names_ok = instrs.iter().all(|ins| match *ins {
        Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => (i as usize) < nnames,
        Instr::LoadFastLoadAttr(x) | Instr::LoadFastLoadMethod(x) | Instr::LoadFastStoreAttr(x) => {
            lo(x) < nnames
        }
        Instr::KwNames(i) => c
            .consts
            .get(i as usize)
            .is_some_and(|k| matches!(k.payload, Payload::Tuple(_))),
        _ => true,
    });
    if !names_ok {
        return Err("code object name index out of range");
    }
    Ok(())
}
