//! A structural check of code handed to `_sre.compile` (CPython's `_validate`): known
//! opcodes, operands and nested blocks inside the code, group numbers below the group
//! count. Code from `re._compiler` always passes; the engine is bounds-checked anyway,
//! so this only turns obvious garbage into CPython's RuntimeError early.

use super::constants::*;

pub fn validate(code: &[u32], groups: usize) -> bool {
    // The code ends with SUCCESS (`_validate_outer`).
    match code.last() {
        Some(&SUCCESS) => block(code, 0, code.len() - 1, groups, 0),
        _ => false,
    }
}

fn charset(code: &[u32], mut i: usize, end: usize) -> bool {
    while i < end {
        let op = code[i];
        i += 1;
        let width = match op {
            FAILURE => return i == end,
            NEGATE => 0,
            LITERAL | CATEGORY => 1,
            RANGE | RANGE_UNI_IGNORE => {
                if i + 1 < end && code[i] > code[i + 1] {
                    return false;
                }
                2
            }
            CHARSET => 8,
            BIGCHARSET => {
                let Some(&count) = code.get(i) else {
                    return false;
                };
                1 + 64 + count as usize * 8
            }
            _ => return false,
        };
        i += width;
    }
    false
}

/// Checks the instructions in `code[i..end]`.
fn block(code: &[u32], mut i: usize, end: usize, groups: usize, depth: usize) -> bool {
    if depth > 2000 || end > code.len() {
        return false;
    }
    let arg = |k: usize| -> Option<usize> { (k < end).then(|| code[k] as usize) };
    while i < end {
        let op = code[i];
        i += 1;
        match op {
            SUCCESS | FAILURE | ANY | ANY_ALL | MAX_UNTIL | MIN_UNTIL => {}
            MARK => match arg(i) {
                Some(g) if g < 2 * groups => i += 1,
                _ => return false,
            },
            LITERAL
            | NOT_LITERAL
            | LITERAL_IGNORE
            | NOT_LITERAL_IGNORE
            | LITERAL_UNI_IGNORE
            | NOT_LITERAL_UNI_IGNORE
            | LITERAL_LOC_IGNORE
            | NOT_LITERAL_LOC_IGNORE => {
                if arg(i).is_none() {
                    return false;
                }
                i += 1;
            }
            AT => match arg(i) {
                Some(a) if a <= AT_UNI_NON_BOUNDARY as usize => i += 1,
                _ => return false,
            },
            CATEGORY => match arg(i) {
                Some(c) if c <= CATEGORY_UNI_NOT_LINEBREAK as usize => i += 1,
                _ => return false,
            },
            IN | IN_IGNORE | IN_UNI_IGNORE | IN_LOC_IGNORE => match arg(i) {
                Some(skip) if skip >= 1 && i + skip <= end => {
                    if !charset(code, i + 1, i + skip) {
                        return false;
                    }
                    i += skip;
                }
                _ => return false,
            },
            INFO => match arg(i) {
                Some(skip) if skip >= 4 && i + skip <= end => i += skip,
                _ => return false,
            },
            JUMP => match arg(i) {
                Some(skip) if skip >= 1 && i + skip <= code.len() => i += 1,
                _ => return false,
            },
            BRANCH => loop {
                let Some(skip) = arg(i) else {
                    return false;
                };
                if skip == 0 {
                    i += 1;
                    break;
                }
                if i + skip > end || !block(code, i + 1, i + skip, groups, depth + 1) {
                    return false;
                }
                i += skip;
            },
            REPEAT_ONE | MIN_REPEAT_ONE | POSSESSIVE_REPEAT_ONE | REPEAT | POSSESSIVE_REPEAT => {
                let (Some(skip), Some(min), Some(max)) = (arg(i), arg(i + 1), arg(i + 2)) else {
                    return false;
                };
                if skip < 3 || min > max || i + skip > end {
                    return false;
                }
                if !block(code, i + 3, i + skip, groups, depth + 1) {
                    return false;
                }
                i += skip;
                if op == REPEAT {
                    match arg(i) {
                        Some(u) if u == MAX_UNTIL as usize || u == MIN_UNTIL as usize => i += 1,
                        _ => return false,
                    }
                } else if op == POSSESSIVE_REPEAT {
                    match arg(i) {
                        Some(u) if u == SUCCESS as usize => i += 1,
                        _ => return false,
                    }
                }
            }
            GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE => {
                match arg(i) {
                    Some(g) if g < groups => i += 1,
                    _ => return false,
                }
            }
            GROUPREF_EXISTS => match (arg(i), arg(i + 1)) {
                (Some(g), Some(skip)) if g < groups && skip >= 2 && i + skip <= end + 1 => i += 2,
                _ => return false,
            },
            ASSERT | ASSERT_NOT => match (arg(i), arg(i + 1)) {
                (Some(skip), Some(_)) if skip >= 2 && i + skip <= end => {
                    if !block(code, i + 2, i + skip, groups, depth + 1) {
                        return false;
                    }
                    i += skip;
                }
                _ => return false,
            },
            ATOMIC_GROUP => match arg(i) {
                Some(skip) if skip >= 1 && i + skip <= end => {
                    if !block(code, i + 1, i + skip, groups, depth + 1) {
                        return false;
                    }
                    i += skip;
                }
                _ => return false,
            },
            _ => return false,
        }
    }
    i == end
}
