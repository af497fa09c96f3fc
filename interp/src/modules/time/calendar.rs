//! `time`'s calendar side: `struct_time`, `gmtime`, `localtime`, `mktime`, `asctime`,
//! `ctime`, `strftime` (the C library's, as CPython), `strptime` (CPython's `_strptime`),
//! the time-zone values and `tzset`, `get_clock_info`, `clock_gettime`/`clock_getres`
//! and the `CLOCK_*` constants.

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

static STRUCT_TIME: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn user(a: Args) -> Args {
    crate::modules::user_args(a)
}

fn struct_time_type(vm: &Vm) -> PyResult {
    if let Some(t) = STRUCT_TIME.with(|t| t.borrow().clone()) {
        return Ok(t);
    }
    let t = crate::modules::structseq_type(
        vm,
        "time.struct_time",
        "time",
        &FIELDS,
        &["tm_zone", "tm_gmtoff"],
    )?;
    STRUCT_TIME.with(|s| *s.borrow_mut() = Some(t.clone()));
    Ok(t)
}

fn zeroed_tm() -> libc::tm {
    // SAFETY: `tm` is plain old data (ints and a nullable pointer): all-zero is valid.
    unsafe { std::mem::zeroed() }
}

/// A `struct_time` from a C `tm`.
fn to_struct_time(vm: &Vm, tm: &libc::tm) -> PyResult {
    let zone = if tm.tm_zone.is_null() {
        vm.none()
    } else {
        // SAFETY: the C library set tm_zone to a NUL-terminated string it owns (static
        // storage for the process's zones), read at once.
        let z = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
        vm.new_string(z.to_string_lossy().into_owned())
    };
    let values = vec![
        vm.new_int(tm.tm_year as i64 + 1900),
        vm.new_int(tm.tm_mon as i64 + 1),
        vm.new_int(tm.tm_mday as i64),
        vm.new_int(tm.tm_hour as i64),
        vm.new_int(tm.tm_min as i64),
        vm.new_int(tm.tm_sec as i64),
        vm.new_int((tm.tm_wday as i64 + 6) % 7),
        vm.new_int(tm.tm_yday as i64 + 1),
        vm.new_int(tm.tm_isdst as i64),
        zone,
        vm.new_int(tm.tm_gmtoff),
    ];
    vm.call1(&struct_time_type(vm)?, vm.new_tuple(values))
}

/// A `time_t` argument: None is now; floats round toward minus infinity.
fn time_t_arg(vm: &Vm, o: Option<&PyRef>) -> PyResult<libc::time_t> {
    let Some(o) = o.filter(|o| !vm.is_none(o)) else {
        return Ok((super::now_ns().div_euclid(1_000_000_000)) as libc::time_t);
    };
    if let Payload::Float(f) = o.payload {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let t = f.floor();
        if !(-9.2e18..9.2e18).contains(&t) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(t as libc::time_t);
    }
    match vm.index_opt(o) {
        Ok(Some(i)) => Ok(i as libc::time_t),
        Ok(None) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.type_name()
        ))),
        Err(_) => Err(vm.overflow_error("timestamp out of range for platform time_t")),
    }
}

fn convert(vm: &Vm, t: libc::time_t, local: bool) -> PyResult<libc::tm> {
    let mut tm = zeroed_tm();
    // SAFETY: the reentrant conversions write only into `tm`.
    let ok = unsafe {
        if local {
            !libc::localtime_r(&t, &mut tm).is_null()
        } else {
            !libc::gmtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm)
}

fn gmtime(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "gmtime", user(a), 0, 1)?;
    let t = time_t_arg(vm, a.first())?;
    to_struct_time(vm, &convert(vm, t, false)?)
}

fn localtime(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "localtime", user(a), 0, 1)?;
    let t = time_t_arg(vm, a.first())?;
    to_struct_time(vm, &convert(vm, t, true)?)
}

/// A C `tm` from a `struct_time` or 9-tuple (CPython's `gettmarg`), keeping the zone
/// string alive in `zone` for `strftime`'s `%Z`.
fn tm_arg(
    vm: &Vm,
    o: &PyRef,
    func: &str,
    zone: &mut Option<std::ffi::CString>,
) -> PyResult<libc::tm> {
    let Payload::Tuple(items) = &o.payload else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{}(): illegal time tuple argument", func)));
    }
    let mut v = [0i64; 9];
    for (slot, item) in v.iter_mut().zip(items.iter()) {
        *slot = match vm.index_opt(item)? {
            Some(i) => i,
            None => return Err(vm.type_error(format!("{}(): illegal time tuple argument", func))),
        };
    }
    let narrow = |x: i64| -> PyResult<i32> {
        i32::try_from(x).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
    };
    let mut tm = zeroed_tm();
    tm.tm_year = narrow(v[0] - 1900)?;
    tm.tm_mon = narrow(v[1] - 1)?;
    tm.tm_mday = narrow(v[2])?;
    tm.tm_hour = narrow(v[3])?;
    tm.tm_min = narrow(v[4])?;
    tm.tm_sec = narrow(v[5])?;
    tm.tm_wday = narrow((v[6] + 1).rem_euclid(7))?;
    tm.tm_yday = narrow(v[7] - 1)?;
    tm.tm_isdst = narrow(v[8])?;
    // A struct_time carries its zone and offset (CPython reads tm_zone/tm_gmtoff).
    if let Ok(Some(z)) = vm.get_attr_opt(o, &vm.intern("tm_zone")) {
        if let Some(s) = vm.str_of(&z) {
            *zone = std::ffi::CString::new(s).ok();
        }
        if let Ok(Some(off)) = vm.get_attr_opt(o, &vm.intern("tm_gmtoff")) {
            if let Ok(Some(off)) = vm.index_opt(&off) {
                tm.tm_gmtoff = off;
            }
        }
    }
    if let Some(z) = zone {
        tm.tm_zone = z.as_ptr();
    }
    Ok(tm)
}

/// CPython's `checktm`: fields in the ranges the C library may rely on.
fn check_tm(vm: &Vm, tm: &libc::tm) -> PyResult<()> {
    let bad = |what: &str| Err(vm.value_error(format!("{} out of range", what)));
    if !(0..=11).contains(&tm.tm_mon) {
        return bad("month");
    }
    if !(0..=31).contains(&tm.tm_mday) {
        return bad("day of month");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return bad("hour");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return bad("minute");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return bad("seconds");
    }
    if !(0..=365).contains(&tm.tm_yday) {
        return bad("day of year");
    }
    Ok(())
}

fn now_local(vm: &Vm) -> PyResult<libc::tm> {
    convert(vm, time_t_arg(vm, None)?, true)
}

fn mktime(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "mktime", user(a), 1, 1)?;
    let mut zone = None;
    let mut tm = tm_arg(vm, &a[0], "mktime", &mut zone)?;
    tm.tm_wday = -1;
    // SAFETY: mktime normalizes `tm` in place and reads the process's zone data.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(vm.new_float(t as f64))
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// CPython's `_asctime`: `Thu Jan  1 00:00:00 1970`.
fn asctime_text(tm: &libc::tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn asctime(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "asctime", user(a), 0, 1)?;
    let tm = match a.first() {
        Some(t) => {
            let mut zone = None;
            let tm = tm_arg(vm, t, "asctime", &mut zone)?;
            check_tm(vm, &tm)?;
            tm
        }
        None => now_local(vm)?,
    };
    Ok(vm.new_string(asctime_text(&tm)))
}

fn ctime(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "ctime", user(a), 0, 1)?;
    let t = time_t_arg(vm, a.first())?;
    Ok(vm.new_string(asctime_text(&convert(vm, t, true)?)))
}

fn strftime(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "strftime", user(a), 1, 2)?;
    let format = args::to_str(vm, &a[0], "strftime() argument 1")?;
    let mut zone = None;
    let mut tm = match a.get(1) {
        Some(t) => tm_arg(vm, t, "strftime", &mut zone)?,
        None => now_local(vm)?,
    };
    // CPython: out-of-range fields are errors, except a zero month/day/yday (→ 1) and
    // an isdst below -1 (→ -1).
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    check_tm(vm, &tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    if format.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let cfmt = std::ffi::CString::new(format).unwrap_or_default();
    if format.is_empty() {
        return Ok(vm.new_str(""));
    }
    let mut cap = 1024usize.max(format.len() * 4);
    loop {
        let mut buf = vec![0u8; cap];
        // SAFETY: strftime writes at most `cap` bytes into `buf` and reads `tm` and the
        // NUL-terminated format.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                cap,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || cap > 256 * format.len() + 4096 {
            buf.truncate(n);
            return Ok(vm.new_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        cap *= 4;
    }
}

fn strptime(vm: &Vm, a: Args) -> PyResult {
    let m = vm.import_full("_strptime")?;
    let f = vm.get_attr(&m, &vm.intern("_strptime_time"))?;
    vm.call(&f, user(a))
}

/// The zone values CPython computes at import (`init_timezone`): offsets and names in
/// January and July of the current year, swapped in the southern hemisphere.
fn zone_values(vm: &Vm) -> PyResult<(i64, i64, bool, (String, String))> {
    extern "C" {
        /// POSIX tzset(3) (the libc crate does not bind it).
        fn tzset();
    }
    // SAFETY: tzset reads TZ and the zone files; it has no memory preconditions.
    unsafe { tzset() };
    let now = time_t_arg(vm, None)?;
    let year_start = {
        let tm = convert(vm, now, false)?;
        let mut jan = zeroed_tm();
        jan.tm_year = tm.tm_year;
        jan.tm_mday = 1;
        // SAFETY: timegm normalizes `jan` in place.
        unsafe { libc::timegm(&mut jan) }
    };
    let jan = convert(vm, year_start, true)?;
    let jul = convert(vm, year_start + 183 * 86400, true)?;
    let name = |tm: &libc::tm| {
        if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: as in `to_struct_time`.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        }
    };
    let (janzone, julyzone) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    Ok(if janzone < julyzone {
        (
            julyzone,
            janzone,
            janzone != julyzone,
            (name(&jul), name(&jan)),
        )
    } else {
        (
            janzone,
            julyzone,
            janzone != julyzone,
            (name(&jan), name(&jul)),
        )
    })
}

fn set_zone_values(vm: &Vm, d: &PyRef) -> PyResult<()> {
    let (timezone, altzone, daylight, (std, dst)) = zone_values(vm)?;
    vm.dict_set_str(d, "timezone", vm.new_int(timezone))?;
    vm.dict_set_str(d, "altzone", vm.new_int(altzone))?;
    vm.dict_set_str(d, "daylight", vm.new_int(daylight as i64))?;
    let names = vm.new_tuple(vec![vm.new_string(std), vm.new_string(dst)]);
    vm.dict_set_str(d, "tzname", names)
}

fn tzset(vm: &Vm, a: Args) -> PyResult {
    let m = args::this(vm, &a)?.clone();
    args::pos(vm, "tzset", user(a), 0, 0)?;
    let d = vm
        .module_dict(&m)
        .ok_or_else(|| vm.type_error("tzset needs the time module"))?;
    set_zone_values(vm, &d)?;
    Ok(vm.none())
}

fn clock_id(vm: &Vm, o: &PyRef) -> PyResult<libc::clockid_t> {
    Ok(args::to_i64(vm, o)? as libc::clockid_t)
}

fn clock_gettime(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "clock_gettime", user(a), 1, 1)?;
    let ns = super::clock_ns(clock_id(vm, &a[0])?)
        .map_err(|e| crate::modules::errno_error(vm, Some(e)))?;
    Ok(vm.new_float(ns as f64 / 1e9))
}

fn clock_gettime_ns(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "clock_gettime_ns", user(a), 1, 1)?;
    let ns = super::clock_ns(clock_id(vm, &a[0])?)
        .map_err(|e| crate::modules::errno_error(vm, Some(e)))?;
    Ok(vm.new_int_from_i128(ns))
}

fn clock_getres(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "clock_getres", user(a), 1, 1)?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_getres writes into the provided timespec.
    if unsafe { libc::clock_getres(clock_id(vm, &a[0])?, &mut ts) } != 0 {
        return Err(crate::modules::errno_error(vm, None));
    }
    Ok(vm.new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn get_clock_info(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "get_clock_info", user(a), 1, 1)?;
    let name = args::to_str(vm, &a[0], "get_clock_info() argument")?;
    let (implementation, monotonic, adjustable) = match name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let ns_type = vm.get_attr(&vm.import_full("types")?, &vm.intern("SimpleNamespace"))?;
    let kw = [
        vm.new_str(implementation),
        vm.new_bool(monotonic),
        vm.new_bool(adjustable),
        vm.new_float(1e-9),
    ];
    let names = vm.new_tuple(
        ["implementation", "monotonic", "adjustable", "resolution"]
            .iter()
            .map(|n| vm.new_str(n))
            .collect(),
    );
    let Payload::Tuple(names) = &names.payload else {
        unreachable!("new_tuple makes a tuple")
    };
    vm.call(&ns_type, Args::with_kw(&kw, names))
}

/// Adds the calendar functions and values to the `time` module `m`.
pub fn install(vm: &Vm, m: &PyRef) -> PyResult<()> {
    let d = vm.module_dict(m).unwrap();
    let funcs: &[(&'static str, NativeFn)] = &[
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("strftime", strftime),
        ("strptime", strptime),
        ("tzset", tzset),
        ("clock_gettime", clock_gettime),
        ("clock_gettime_ns", clock_gettime_ns),
        ("clock_getres", clock_getres),
        ("get_clock_info", get_clock_info),
    ];
    for (name, f) in funcs {
        let nf = vm.new_bound_native(name, *f, m.clone());
        vm.dict_set_str(&d, name, nf)?;
    }
    vm.dict_set_str(&d, "struct_time", struct_time_type(vm)?)?;
    vm.dict_set_str(&d, "_STRUCT_TM_ITEMS", vm.new_int(11))?;
    let clocks: &[(&str, libc::clockid_t)] = &[
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ];
    for (name, id) in clocks {
        vm.dict_set_str(&d, name, vm.new_int(*id as i64))?;
    }
    set_zone_values(vm, &d)
}
