//! How large a single allocation may be before it is refused with `MemoryError`.
//!
//! The allocator reserves address space lazily, so a request for a terabyte "succeeds"
//! and the process is killed later while filling it. CPython on Linux gets `MemoryError`
//! at once because glibc's `malloc` is refused by the kernel's overcommit heuristic for
//! requests beyond RAM + swap; this module applies the same bound up front.

use std::sync::OnceLock;

/// Used when the machine's memory cannot be read (no `/proc/meminfo`).
const FALLBACK_LIMIT: usize = 1 << 46;

/// Whether one allocation of `bytes` bytes is worth attempting.
pub fn allocation_fits(bytes: usize) -> bool {
    bytes <= allocation_limit()
}

/// An empty `String` with room for `bytes` bytes, or `None` when that is more than
/// [`allocation_fits`] allows or the allocator refuses.
pub fn string_with_room(bytes: usize) -> Option<String> {
    if !allocation_fits(bytes) {
        return None;
    }
    let mut s = String::new();
    s.try_reserve_exact(bytes).ok()?;
    Some(s)
}

/// RAM + swap in bytes, read once.
pub fn allocation_limit() -> usize {
    static LIMIT: OnceLock<usize> = OnceLock::new();
    *LIMIT.get_or_init(|| {
        std::fs::read_to_string("/proc/meminfo")
            .ok()
            .and_then(|text| meminfo_limit(&text))
            .unwrap_or(FALLBACK_LIMIT)
    })
}

/// `MemTotal + SwapTotal` from the text of `/proc/meminfo` (values in kB).
fn meminfo_limit(text: &str) -> Option<usize> {
    let field = |name: &str| -> Option<usize> {
        let line = text.lines().find(|l| l.starts_with(name))?;
        let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
        kb.checked_mul(1024)
    };
    let total = field("MemTotal:")?;
    Some(total.saturating_add(field("SwapTotal:").unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ram_and_swap() {
        let text = "MemTotal:       24000000 kB\nMemFree: 1 kB\nSwapTotal:       1000 kB\n";
        assert_eq!(meminfo_limit(text), Some((24_000_000 + 1000) * 1024));
        assert_eq!(meminfo_limit("MemTotal: 2 kB\n"), Some(2048));
        assert_eq!(meminfo_limit("nothing"), None);
    }

    #[test]
    fn refuses_a_terabyte_here() {
        // Machines running these tests have far less than a petabyte.
        assert!(!allocation_fits(1 << 50));
        assert!(allocation_fits(1 << 20));
    }
}
