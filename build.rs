//! Records where CPython 3.11's pure-Python standard library is on the build machine
//! (DESIGN.md, "Where the standard library comes from"): the `sysconfig` stdlib path of a
//! `python3.11` (or a `python3` that is 3.11) on PATH, asked once here so that ferropy
//! never starts a Python process when it runs. `src/stdlib.rs` uses it after
//! `FERROPY_STDLIB` and before well-known locations; an empty value means none was found.

use std::process::Command;

const ASK: &str = "import sys, sysconfig\n\
print(sysconfig.get_paths()['stdlib'] if sys.version_info[:2] == (3, 11) else '')";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let found = ["python3.11", "python3"].iter().find_map(|exe| {
        let out = Command::new(exe)
            .arg("-I")
            .arg("-c")
            .arg(ASK)
            .output()
            .ok()?;
        let path = String::from_utf8(out.stdout).ok()?.trim().to_string();
        (out.status.success() && !path.is_empty()).then_some(path)
    });
    println!(
        "cargo:rustc-env=FERROPY_BUILD_STDLIB={}",
        found.unwrap_or_default()
    );
}
