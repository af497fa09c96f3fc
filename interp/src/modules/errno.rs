//! The `errno` module: the symbolic error codes of the platform (Linux numbering, taken
//! from the `libc` crate) and `errorcode`, which maps each number back to a name.

use crate::object::payload::*;
use crate::vm::Vm;

/// Every name CPython 3.11's `errno` defines on Linux, in the order its module dict
/// holds them: where two names share a number (EAGAIN/EWOULDBLOCK, EDEADLK/EDEADLOCK,
/// EOPNOTSUPP/ENOTSUP), the later one is what `errorcode` maps the number to.
const ERRNO_NAMES: &[(&str, i32)] = &[
    ("ENODEV", libc::ENODEV),
    ("ENOCSI", libc::ENOCSI),
    ("EHOSTUNREACH", libc::EHOSTUNREACH),
    ("ENOMSG", libc::ENOMSG),
    ("EUCLEAN", libc::EUCLEAN),
    ("EL2NSYNC", libc::EL2NSYNC),
    ("EL2HLT", libc::EL2HLT),
    ("ENODATA", libc::ENODATA),
    ("ENOTBLK", libc::ENOTBLK),
    ("ENOSYS", libc::ENOSYS),
    ("EPIPE", libc::EPIPE),
    ("EINVAL", libc::EINVAL),
    ("EOVERFLOW", libc::EOVERFLOW),
    ("EADV", libc::EADV),
    ("EINTR", libc::EINTR),
    ("EUSERS", libc::EUSERS),
    ("ENOTEMPTY", libc::ENOTEMPTY),
    ("ENOBUFS", libc::ENOBUFS),
    ("EPROTO", libc::EPROTO),
    ("EREMOTE", libc::EREMOTE),
    ("ENAVAIL", libc::ENAVAIL),
    ("ECHILD", libc::ECHILD),
    ("ELOOP", libc::ELOOP),
    ("EXDEV", libc::EXDEV),
    ("E2BIG", libc::E2BIG),
    ("ESRCH", libc::ESRCH),
    ("EMSGSIZE", libc::EMSGSIZE),
    ("EAFNOSUPPORT", libc::EAFNOSUPPORT),
    ("EBADR", libc::EBADR),
    ("EHOSTDOWN", libc::EHOSTDOWN),
    ("EPFNOSUPPORT", libc::EPFNOSUPPORT),
    ("ENOPROTOOPT", libc::ENOPROTOOPT),
    ("EBUSY", libc::EBUSY),
    ("EWOULDBLOCK", libc::EWOULDBLOCK),
    ("EBADFD", libc::EBADFD),
    ("EDOTDOT", libc::EDOTDOT),
    ("EISCONN", libc::EISCONN),
    ("ENOANO", libc::ENOANO),
    ("ESHUTDOWN", libc::ESHUTDOWN),
    ("ECHRNG", libc::ECHRNG),
    ("ELIBBAD", libc::ELIBBAD),
    ("ENONET", libc::ENONET),
    ("EBADE", libc::EBADE),
    ("EBADF", libc::EBADF),
    ("EMULTIHOP", libc::EMULTIHOP),
    ("EIO", libc::EIO),
    ("EUNATCH", libc::EUNATCH),
    ("EPROTOTYPE", libc::EPROTOTYPE),
    ("ENOSPC", libc::ENOSPC),
    ("ENOEXEC", libc::ENOEXEC),
    ("EALREADY", libc::EALREADY),
    ("ENETDOWN", libc::ENETDOWN),
    ("ENOTNAM", libc::ENOTNAM),
    ("EACCES", libc::EACCES),
    ("ELNRNG", libc::ELNRNG),
    ("EILSEQ", libc::EILSEQ),
    ("ENOTDIR", libc::ENOTDIR),
    ("ENOTUNIQ", libc::ENOTUNIQ),
    ("EPERM", libc::EPERM),
    ("EDOM", libc::EDOM),
    ("EXFULL", libc::EXFULL),
    ("ECONNREFUSED", libc::ECONNREFUSED),
    ("EISDIR", libc::EISDIR),
    ("EPROTONOSUPPORT", libc::EPROTONOSUPPORT),
    ("EROFS", libc::EROFS),
    ("EADDRNOTAVAIL", libc::EADDRNOTAVAIL),
    ("EIDRM", libc::EIDRM),
    ("ECOMM", libc::ECOMM),
    ("ESRMNT", libc::ESRMNT),
    ("EREMOTEIO", libc::EREMOTEIO),
    ("EL3RST", libc::EL3RST),
    ("EBADMSG", libc::EBADMSG),
    ("ENFILE", libc::ENFILE),
    ("ELIBMAX", libc::ELIBMAX),
    ("ESPIPE", libc::ESPIPE),
    ("ENOLINK", libc::ENOLINK),
    ("ENETRESET", libc::ENETRESET),
    ("ETIMEDOUT", libc::ETIMEDOUT),
    ("ENOENT", libc::ENOENT),
    ("EEXIST", libc::EEXIST),
    ("EDQUOT", libc::EDQUOT),
    ("ENOSTR", libc::ENOSTR),
    ("EBADSLT", libc::EBADSLT),
    ("EBADRQC", libc::EBADRQC),
    ("ELIBACC", libc::ELIBACC),
    ("EFAULT", libc::EFAULT),
    ("EFBIG", libc::EFBIG),
    ("EDEADLK", libc::EDEADLK),
    ("ENOTCONN", libc::ENOTCONN),
    ("EDESTADDRREQ", libc::EDESTADDRREQ),
    ("ELIBSCN", libc::ELIBSCN),
    ("ENOLCK", libc::ENOLCK),
    ("EISNAM", libc::EISNAM),
    ("ECONNABORTED", libc::ECONNABORTED),
    ("ENETUNREACH", libc::ENETUNREACH),
    ("ESTALE", libc::ESTALE),
    ("ENOSR", libc::ENOSR),
    ("ENOMEM", libc::ENOMEM),
    ("ENOTSOCK", libc::ENOTSOCK),
    ("ESTRPIPE", libc::ESTRPIPE),
    ("EMLINK", libc::EMLINK),
    ("ERANGE", libc::ERANGE),
    ("ELIBEXEC", libc::ELIBEXEC),
    ("EL3HLT", libc::EL3HLT),
    ("ECONNRESET", libc::ECONNRESET),
    ("EADDRINUSE", libc::EADDRINUSE),
    ("EOPNOTSUPP", libc::EOPNOTSUPP),
    ("EREMCHG", libc::EREMCHG),
    ("EAGAIN", libc::EAGAIN),
    ("ENAMETOOLONG", libc::ENAMETOOLONG),
    ("ENOTTY", libc::ENOTTY),
    ("ERESTART", libc::ERESTART),
    ("ESOCKTNOSUPPORT", libc::ESOCKTNOSUPPORT),
    ("ETIME", libc::ETIME),
    ("EBFONT", libc::EBFONT),
    ("EDEADLOCK", libc::EDEADLOCK),
    ("ETOOMANYREFS", libc::ETOOMANYREFS),
    ("EMFILE", libc::EMFILE),
    ("ETXTBSY", libc::ETXTBSY),
    ("EINPROGRESS", libc::EINPROGRESS),
    ("ENXIO", libc::ENXIO),
    ("ENOPKG", libc::ENOPKG),
    ("ENOMEDIUM", libc::ENOMEDIUM),
    ("EMEDIUMTYPE", libc::EMEDIUMTYPE),
    ("ECANCELED", libc::ECANCELED),
    ("ENOKEY", libc::ENOKEY),
    ("EKEYEXPIRED", libc::EKEYEXPIRED),
    ("EKEYREVOKED", libc::EKEYREVOKED),
    ("EKEYREJECTED", libc::EKEYREJECTED),
    ("EOWNERDEAD", libc::EOWNERDEAD),
    ("ENOTRECOVERABLE", libc::ENOTRECOVERABLE),
    ("ERFKILL", libc::ERFKILL),
    ("ENOTSUP", libc::ENOTSUP),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "errno", &[]);
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str(
            "This module makes available standard errno system symbols.\n\n\
             The value of each symbol is the corresponding integer value,\n\
             e.g., on most systems, errno.ENOENT equals the integer 2.\n\n\
             The dictionary errno.errorcode maps numeric codes to symbol names,\n\
             e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n\
             Symbols that are not relevant to the underlying system are not defined.\n\n\
             To map error codes to error messages, use the function os.strerror(),\n\
             e.g. os.strerror(2) could return 'No such file or directory'.",
        ),
    )?;
    let codes = vm.new_dict();
    for (name, value) in ERRNO_NAMES {
        let n = vm.new_str(name);
        let v = vm.new_int(*value as i64);
        vm.dict_set_str(&d, name, v.clone())?;
        vm.dict_set_item(&codes, v, n)?;
    }
    vm.dict_set_str(&d, "errorcode", codes)?;
    Ok(m)
}
