//! Locates CPython 3.11's pure-Python standard library (`Lib/`), which ferropy runs
//! unchanged (DESIGN.md, "Where the standard library comes from"). In order:
//! `FERROPY_STDLIB` (unless `-E`/`-I`; empty for none), the location a `python3.11` reported when ferropy
//! was built (`build.rs`), then well-known install locations (Debian's
//! `libpython3.11-stdlib`, `/usr/local`, pyenv). A candidate counts only if it looks like
//! 3.11's Lib. No Python process is started here: this runs at every start-up.

use std::path::{Path, PathBuf};

/// How to get the standard library, for the error shown when it is missing.
pub const MISSING_HINT: &str = "CPython 3.11's standard library was not found: install it \
(Debian/Ubuntu: apt-get install libpython3.11-stdlib) or set FERROPY_STDLIB to its Lib directory";

/// The standard library directory, if one is found.
pub fn locate(ignore_environment: bool) -> Option<PathBuf> {
    if !ignore_environment {
        if let Some(dir) = std::env::var_os("FERROPY_STDLIB") {
            // An explicit setting is taken as given (a wrong one shows as import errors);
            // an empty one means "run without it".
            return (!dir.is_empty()).then(|| PathBuf::from(dir));
        }
    }
    let built = env!("FERROPY_BUILD_STDLIB");
    std::iter::once(PathBuf::from(built))
        .filter(|_| !built.is_empty())
        .chain(well_known())
        .find(|d| is_stdlib_311(d))
}

fn well_known() -> Vec<PathBuf> {
    let mut dirs = vec![
        PathBuf::from("/usr/lib/python3.11"),
        PathBuf::from("/usr/local/lib/python3.11"),
    ];
    if let Some(home) = std::env::var_os("HOME") {
        let versions = Path::new(&home).join(".pyenv/versions");
        if let Ok(entries) = std::fs::read_dir(&versions) {
            let mut found: Vec<PathBuf> = entries
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with("3.11"))
                .map(|e| e.path().join("lib/python3.11"))
                .collect();
            found.sort();
            dirs.extend(found.into_iter().rev());
        }
    }
    dirs
}

/// Whether `dir` is CPython 3.11's Lib: it has `os.py` and `tomllib` (new in 3.11) and not
/// `_pydatetime.py` (new in 3.12).
fn is_stdlib_311(dir: &Path) -> bool {
    dir.join("os.py").is_file()
        && dir.join("tomllib").is_dir()
        && !dir.join("_pydatetime.py").exists()
}
