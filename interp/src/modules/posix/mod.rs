//! The `posix` module (what `import os` builds on): the export table and the constants.
//!
//! Files: `raw.rs` holds every `libc` call behind small safe functions; `args.rs` the
//! argument conventions and C integer converters; `path.rs` path arguments, the
//! filesystem encoding and OSError construction; `fs.rs` path-based functions; `fd.rs`
//! descriptor I/O; `scandir.rs` scandir/DirEntry; `process.rs` fork/exec/wait/ids;
//! `credentials.rs` the set*id family and priorities;
//! `environ.rs` the environment; `sysinfo.rs` sysconf & co.; `stat_result.rs` the struct
//! sequences; `conf_names.rs` the sysconf/confstr/pathconf name tables.

mod args;
mod conf_names;
mod credentials;
mod environ;
mod fd;
mod fs;
mod path;
mod process;
pub(crate) mod raw;
mod scandir;
mod stat_result;
mod sysinfo;

use crate::object::payload::*;
use crate::vm::Vm;

/// Every function of the module.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    // files and directories (fs.rs)
    ("stat", fs::stat),
    ("lstat", fs::lstat),
    ("fstat", fs::fstat),
    ("statvfs", fs::statvfs),
    ("fstatvfs", fs::fstatvfs),
    ("listdir", fs::listdir),
    ("getcwd", fs::getcwd),
    ("getcwdb", fs::getcwdb),
    ("chdir", fs::chdir),
    ("fchdir", fs::fchdir),
    ("chroot", fs::chroot),
    ("mkdir", fs::mkdir),
    ("mkfifo", fs::mkfifo),
    ("mknod", fs::mknod),
    ("rmdir", fs::rmdir),
    ("unlink", fs::unlink),
    ("remove", fs::remove),
    ("rename", fs::rename),
    ("replace", fs::replace),
    ("link", fs::link),
    ("symlink", fs::symlink),
    ("readlink", fs::readlink),
    ("chmod", fs::chmod),
    ("fchmod", fs::fchmod),
    ("chown", fs::chown),
    ("fchown", fs::fchown),
    ("lchown", fs::lchown),
    ("access", fs::access),
    ("utime", fs::utime),
    ("truncate", fs::truncate),
    ("scandir", scandir::scandir),
    // file descriptors (fd.rs)
    ("open", fd::open),
    ("read", fd::read),
    ("write", fd::write),
    ("pread", fd::pread),
    ("pwrite", fd::pwrite),
    ("close", fd::close),
    ("closerange", fd::closerange),
    ("lseek", fd::lseek),
    ("fsync", fd::fsync),
    ("fdatasync", fd::fdatasync),
    ("ftruncate", fd::ftruncate),
    ("lockf", fd::lockf),
    ("isatty", fd::isatty),
    ("ttyname", fd::ttyname),
    ("pipe", fd::pipe),
    ("pipe2", fd::pipe2),
    ("dup", fd::dup),
    ("dup2", fd::dup2),
    ("get_inheritable", fd::get_inheritable),
    ("set_inheritable", fd::set_inheritable),
    ("get_blocking", fd::get_blocking),
    ("set_blocking", fd::set_blocking),
    ("device_encoding", fd::device_encoding),
    ("get_terminal_size", fd::get_terminal_size),
    ("sendfile", fd::sendfile),
    ("posix_fallocate", fd::posix_fallocate),
    ("posix_fadvise", fd::posix_fadvise),
    ("ctermid", fd::ctermid),
    ("tcgetpgrp", fd::tcgetpgrp),
    ("tcsetpgrp", fd::tcsetpgrp),
    // processes (process.rs)
    ("fork", process::fork),
    ("register_at_fork", process::register_at_fork),
    ("execv", process::execv),
    ("execve", process::execve),
    ("waitpid", process::waitpid),
    ("wait", process::wait),
    ("waitstatus_to_exitcode", process::waitstatus_to_exitcode),
    ("WIFEXITED", process::wifexited),
    ("WEXITSTATUS", process::wexitstatus),
    ("WIFSIGNALED", process::wifsignaled),
    ("WTERMSIG", process::wtermsig),
    ("WIFSTOPPED", process::wifstopped),
    ("WSTOPSIG", process::wstopsig),
    ("WIFCONTINUED", process::wifcontinued),
    ("WCOREDUMP", process::wcoredump),
    ("_exit", process::exit),
    ("abort", process::abort),
    ("system", process::system),
    ("kill", process::kill),
    ("killpg", process::killpg),
    ("getpid", process::getpid),
    ("getppid", process::getppid),
    ("getuid", process::getuid),
    ("geteuid", process::geteuid),
    ("getgid", process::getgid),
    ("getegid", process::getegid),
    ("getpgrp", process::getpgrp),
    ("getpgid", process::getpgid),
    ("getsid", process::getsid),
    ("setsid", process::setsid),
    ("setpgid", process::setpgid),
    ("getgroups", process::getgroups),
    ("getlogin", process::getlogin),
    ("umask", process::umask),
    ("nice", process::nice),
    ("times", process::times),
    ("uname", process::uname),
    // credentials and priorities (credentials.rs)
    ("setuid", credentials::setuid),
    ("setgid", credentials::setgid),
    ("seteuid", credentials::seteuid),
    ("setegid", credentials::setegid),
    ("setreuid", credentials::setreuid),
    ("setregid", credentials::setregid),
    ("setresuid", credentials::setresuid),
    ("setresgid", credentials::setresgid),
    ("getresuid", credentials::getresuid),
    ("getresgid", credentials::getresgid),
    ("setgroups", credentials::setgroups),
    ("setpgrp", credentials::setpgrp),
    ("getpriority", credentials::getpriority),
    ("setpriority", credentials::setpriority),
    // environment (environ.rs)
    ("putenv", environ::putenv),
    ("unsetenv", environ::unsetenv),
    // system information (sysinfo.rs)
    ("sysconf", sysinfo::sysconf),
    ("confstr", sysinfo::confstr),
    ("pathconf", sysinfo::pathconf),
    ("fpathconf", sysinfo::fpathconf),
    ("cpu_count", sysinfo::cpu_count),
    ("sched_getaffinity", sysinfo::sched_getaffinity),
    ("sched_yield", sysinfo::sched_yield),
    ("getloadavg", sysinfo::getloadavg),
    ("urandom", sysinfo::urandom),
    ("getrandom", sysinfo::getrandom),
    ("strerror", sysinfo::strerror),
    ("major", sysinfo::major),
    ("minor", sysinfo::minor),
    ("makedev", sysinfo::makedev),
    ("sync", sysinfo::sync),
    ("fspath", fspath),
    ("_path_normpath", path::path_normpath),
];

/// What the functions above support, named as CPython's `HAVE_*` build flags: os.py
/// builds `supports_dir_fd`, `supports_fd` and `supports_follow_symlinks` from these.
const HAVE_FUNCTIONS: &[&str] = &[
    "HAVE_FACCESSAT",
    "HAVE_FCHDIR",
    "HAVE_FCHMOD",
    "HAVE_FCHMODAT",
    "HAVE_FCHOWN",
    "HAVE_FCHOWNAT",
    "HAVE_FEXECVE",
    "HAVE_FDOPENDIR",
    "HAVE_FPATHCONF",
    "HAVE_FSTATAT",
    "HAVE_FSTATVFS",
    "HAVE_FTRUNCATE",
    "HAVE_FUTIMENS",
    "HAVE_FUTIMES",
    "HAVE_FUTIMESAT",
    "HAVE_LINKAT",
    "HAVE_LCHOWN",
    "HAVE_LSTAT",
    "HAVE_LUTIMES",
    "HAVE_MKDIRAT",
    "HAVE_MKFIFOAT",
    "HAVE_MKNODAT",
    "HAVE_OPENAT",
    "HAVE_READLINKAT",
    "HAVE_RENAMEAT",
    "HAVE_SYMLINKAT",
    "HAVE_UNLINKAT",
    "HAVE_UTIMENSAT",
];

/// Integer constants, with the platform's values.
const CONSTANTS: &[(&str, i64)] = &[
    ("F_OK", libc::F_OK as i64),
    ("R_OK", libc::R_OK as i64),
    ("W_OK", libc::W_OK as i64),
    ("X_OK", libc::X_OK as i64),
    ("O_RDONLY", libc::O_RDONLY as i64),
    ("O_WRONLY", libc::O_WRONLY as i64),
    ("O_RDWR", libc::O_RDWR as i64),
    ("O_ACCMODE", libc::O_ACCMODE as i64),
    ("O_APPEND", libc::O_APPEND as i64),
    ("O_ASYNC", libc::O_ASYNC as i64),
    ("O_CLOEXEC", libc::O_CLOEXEC as i64),
    ("O_CREAT", libc::O_CREAT as i64),
    ("O_DIRECT", libc::O_DIRECT as i64),
    ("O_DIRECTORY", libc::O_DIRECTORY as i64),
    ("O_DSYNC", libc::O_DSYNC as i64),
    ("O_EXCL", libc::O_EXCL as i64),
    ("O_FSYNC", libc::O_FSYNC as i64),
    // CPython reports the flag as 0 where large files are the default (64-bit).
    ("O_LARGEFILE", 0),
    ("O_NDELAY", libc::O_NDELAY as i64),
    ("O_NOATIME", libc::O_NOATIME as i64),
    ("O_NOCTTY", libc::O_NOCTTY as i64),
    ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
    ("O_NONBLOCK", libc::O_NONBLOCK as i64),
    ("O_PATH", libc::O_PATH as i64),
    ("O_RSYNC", libc::O_RSYNC as i64),
    ("O_SYNC", libc::O_SYNC as i64),
    ("O_TMPFILE", libc::O_TMPFILE as i64),
    ("O_TRUNC", libc::O_TRUNC as i64),
    ("SEEK_DATA", libc::SEEK_DATA as i64),
    ("SEEK_HOLE", libc::SEEK_HOLE as i64),
    ("F_LOCK", libc::F_LOCK as i64),
    ("F_TLOCK", libc::F_TLOCK as i64),
    ("F_ULOCK", libc::F_ULOCK as i64),
    ("F_TEST", libc::F_TEST as i64),
    ("WNOHANG", libc::WNOHANG as i64),
    ("WUNTRACED", libc::WUNTRACED as i64),
    ("WCONTINUED", libc::WCONTINUED as i64),
    ("WEXITED", libc::WEXITED as i64),
    ("WSTOPPED", libc::WSTOPPED as i64),
    ("WNOWAIT", libc::WNOWAIT as i64),
    ("P_ALL", libc::P_ALL as i64),
    ("P_PID", libc::P_PID as i64),
    ("P_PGID", libc::P_PGID as i64),
    ("P_PIDFD", 3),
    ("EX_OK", 0),
    ("EX_USAGE", 64),
    ("EX_DATAERR", 65),
    ("EX_NOINPUT", 66),
    ("EX_NOUSER", 67),
    ("EX_NOHOST", 68),
    ("EX_UNAVAILABLE", 69),
    ("EX_SOFTWARE", 70),
    ("EX_OSERR", 71),
    ("EX_OSFILE", 72),
    ("EX_CANTCREAT", 73),
    ("EX_IOERR", 74),
    ("EX_TEMPFAIL", 75),
    ("EX_PROTOCOL", 76),
    ("EX_NOPERM", 77),
    ("EX_CONFIG", 78),
    ("SCHED_OTHER", libc::SCHED_OTHER as i64),
    ("SCHED_FIFO", libc::SCHED_FIFO as i64),
    ("SCHED_RR", libc::SCHED_RR as i64),
    ("SCHED_BATCH", libc::SCHED_BATCH as i64),
    ("SCHED_IDLE", libc::SCHED_IDLE as i64),
    ("SCHED_RESET_ON_FORK", libc::SCHED_RESET_ON_FORK as i64),
    ("RTLD_LAZY", libc::RTLD_LAZY as i64),
    ("RTLD_NOW", libc::RTLD_NOW as i64),
    ("RTLD_GLOBAL", libc::RTLD_GLOBAL as i64),
    ("RTLD_LOCAL", libc::RTLD_LOCAL as i64),
    ("RTLD_NODELETE", libc::RTLD_NODELETE as i64),
    ("RTLD_NOLOAD", libc::RTLD_NOLOAD as i64),
    ("RTLD_DEEPBIND", libc::RTLD_DEEPBIND as i64),
    ("GRND_NONBLOCK", libc::GRND_NONBLOCK as i64),
    ("GRND_RANDOM", libc::GRND_RANDOM as i64),
    ("ST_RDONLY", libc::ST_RDONLY as i64),
    ("ST_NOSUID", libc::ST_NOSUID as i64),
    ("ST_NODEV", libc::ST_NODEV as i64),
    ("ST_NOEXEC", libc::ST_NOEXEC as i64),
    ("ST_SYNCHRONOUS", libc::ST_SYNCHRONOUS as i64),
    ("ST_MANDLOCK", libc::ST_MANDLOCK as i64),
    ("ST_WRITE", libc::ST_WRITE as i64),
    ("ST_APPEND", libc::ST_APPEND as i64),
    ("ST_NOATIME", libc::ST_NOATIME as i64),
    ("ST_NODIRATIME", libc::ST_NODIRATIME as i64),
    ("ST_RELATIME", libc::ST_RELATIME as i64),
    ("PRIO_PROCESS", libc::PRIO_PROCESS as i64),
    ("PRIO_PGRP", libc::PRIO_PGRP as i64),
    ("PRIO_USER", libc::PRIO_USER as i64),
    ("CLD_EXITED", libc::CLD_EXITED as i64),
    ("CLD_KILLED", libc::CLD_KILLED as i64),
    ("CLD_DUMPED", libc::CLD_DUMPED as i64),
    ("CLD_TRAPPED", libc::CLD_TRAPPED as i64),
    ("CLD_STOPPED", libc::CLD_STOPPED as i64),
    ("CLD_CONTINUED", libc::CLD_CONTINUED as i64),
    ("POSIX_FADV_NORMAL", libc::POSIX_FADV_NORMAL as i64),
    ("POSIX_FADV_RANDOM", libc::POSIX_FADV_RANDOM as i64),
    ("POSIX_FADV_SEQUENTIAL", libc::POSIX_FADV_SEQUENTIAL as i64),
    ("POSIX_FADV_WILLNEED", libc::POSIX_FADV_WILLNEED as i64),
    ("POSIX_FADV_DONTNEED", libc::POSIX_FADV_DONTNEED as i64),
    ("POSIX_FADV_NOREUSE", libc::POSIX_FADV_NOREUSE as i64),
    ("NGROUPS_MAX", 65536),
    ("TMP_MAX", 238328),
];

const DOC: &str = "This module provides access to operating system functionality that is\n\
standardized by the C Standard and the POSIX standard (a thinly\n\
disguised Unix interface).  Refer to the library manual and\n\
corresponding Unix manual entries for more information on calls.";

/// `os.fspath(path)`.
fn fspath(vm: &Vm, a: Args) -> PyResult {
    let b = args::clinic(
        vm,
        "fspath",
        &args::Clinic {
            names: &["path"],
            posonly: 0,
            maxpos: 1,
            required: 1,
        },
        a,
    )?;
    let o = b[0].as_ref().unwrap();
    path::fspath(vm, o)?.ok_or_else(|| {
        vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            o.type_name()
        ))
    })
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "posix", FUNCTIONS);
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "__doc__", vm.new_str(DOC))?;
    for (name, value) in CONSTANTS {
        vm.dict_set_str(&d, name, vm.new_int(*value))?;
    }
    vm.dict_set_str(&d, "error", vm.exc.os_error.clone())?;
    vm.dict_set_str(&d, "environ", environ::environ(vm)?)?;
    vm.dict_set_str(&d, "sysconf_names", sysinfo::sysconf_names(vm)?)?;
    vm.dict_set_str(&d, "confstr_names", sysinfo::confstr_names(vm)?)?;
    vm.dict_set_str(&d, "pathconf_names", sysinfo::pathconf_names(vm)?)?;
    let have = HAVE_FUNCTIONS.iter().map(|n| vm.new_str(n)).collect();
    vm.dict_set_str(&d, "_have_functions", vm.new_list(have))?;
    use stat_result::Kind;
    for (name, kind) in [
        ("stat_result", Kind::Stat),
        ("statvfs_result", Kind::StatVfs),
        ("times_result", Kind::Times),
        ("uname_result", Kind::Uname),
        ("terminal_size", Kind::TerminalSize),
    ] {
        vm.dict_set_str(&d, name, stat_result::type_of(vm, kind)?)?;
    }
    vm.dict_set_str(&d, "DirEntry", scandir::entry_type(vm))?;
    Ok(m)
}
