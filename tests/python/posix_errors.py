# posix errors: OSError subclasses by errno with filename/filename2, and CPython's
# argument errors (TypeError/ValueError/OverflowError messages).
import errno
import os

D = "_posix_errors_tmp"
if os.path.isdir(D):
    for n in os.listdir(D):
        os.unlink(os.path.join(D, n))
    os.rmdir(D)
os.mkdir(D)
f = os.path.join(D, "file")
os.close(os.open(f, os.O_CREAT | os.O_WRONLY))
missing = os.path.join(D, "missing")


def show(fn):
    try:
        r = fn()
    except Exception as e:
        extra = ""
        if isinstance(e, OSError):
            extra = " errno=%s %s filename=%r filename2=%r args=%r" % (
                e.errno and errno.errorcode[e.errno], e.strerror, e.filename, e.filename2, e.args)
        print(type(e).__name__, "|", e, "|", extra)
    else:
        print("ok", repr(r) if not isinstance(r, os.stat_result) else "stat_result")


cases = [
    lambda: os.stat(missing),
    lambda: os.stat(os.fsencode(missing)),
    lambda: os.lstat(missing),
    lambda: os.stat(os.path.join(f, "x")),
    lambda: os.mkdir(D),
    lambda: os.mkdir(os.path.join(missing, "x")),
    lambda: os.rmdir(f),
    lambda: os.rmdir(missing),
    lambda: os.rmdir(D),
    lambda: os.unlink(missing),
    lambda: os.remove(D),
    lambda: os.rename(missing, os.path.join(D, "b")),
    lambda: os.replace(missing, b"zz"),
    lambda: os.rename(f, D),
    lambda: os.link(missing, os.path.join(D, "l")),
    lambda: os.link(f, f),
    lambda: os.symlink("x", f),
    lambda: os.readlink(f),
    lambda: os.readlink(missing),
    lambda: os.listdir(missing),
    lambda: os.listdir(f),
    lambda: os.scandir(missing),
    lambda: os.open(missing, os.O_RDONLY),
    lambda: os.open(D, os.O_WRONLY),
    lambda: os.open(f, os.O_CREAT | os.O_EXCL | os.O_WRONLY),
    lambda: os.chdir(missing),
    lambda: os.chmod(missing, 0o777),
    lambda: os.utime(missing),
    lambda: os.truncate(missing, 0),
    lambda: os.read(9999, 1),
    lambda: os.write(9999, b"x"),
    lambda: os.close(9999),
    lambda: os.fstat(9999),
    lambda: os.stat(9999),
    lambda: os.listdir(9999),
    lambda: os.lseek(9999, 0, 0),
    lambda: os.dup(9999),
    lambda: os.get_inheritable(9999),
    lambda: os.waitpid(-1, 0),
    lambda: os.kill(2**22 + 12345, 0),
    lambda: os.read(0, -1),
    # argument errors
    lambda: os.stat(),
    lambda: os.stat("a", "b"),
    lambda: os.stat("a", foo=1),
    lambda: os.stat("a", path="b"),
    lambda: os.stat([]),
    lambda: os.stat(1.5),
    lambda: os.stat(None),
    lambda: os.stat("a\0b"),
    lambda: os.stat(b"a\0b"),
    lambda: os.stat("a\ud800"),
    lambda: os.stat(2**70),
    lambda: os.stat(3, dir_fd=4),
    lambda: os.stat("a", dir_fd="x"),
    lambda: os.listdir(3.4),
    lambda: os.listdir("a", "b"),
    lambda: os.listdir(x=1),
    lambda: os.rename(1, "b"),
    lambda: os.rename("a"),
    lambda: os.readlink(1),
    lambda: os.open(),
    lambda: os.open("a"),
    lambda: os.open("a", 1, 2, 3),
    lambda: os.read(1),
    lambda: os.read("a", 2),
    lambda: os.read(fd=1, length=2),
    lambda: os.read(2**70, 1),
    lambda: os.write(1, "str"),
    lambda: os.close(),
    lambda: os.close(1.0),
    lambda: os.close(1, 2),
    lambda: os.dup(),
    lambda: os.getpid(1),
    lambda: os.getcwd(1),
    lambda: os.fspath(1),
    lambda: os.fspath(),
    lambda: os.mkdir("a", 1, 2),
    lambda: os.lseek(1),
    lambda: os.waitpid(1),
    lambda: os.kill(1),
    lambda: os.kill(1, sig=2),
    lambda: os.utime(f, (1, 2), ns=(1, 2)),
    lambda: os.utime(f, 3),
    lambda: os.utime(f, ns=(1,)),
    lambda: os.utime(f, (1, "x")),
    lambda: os.chown(f, "a", 1),
    lambda: os.chown(f, -2, 1),
    lambda: os.umask("x"),
    lambda: os.urandom(-1),
    lambda: os.strerror("x"),
    lambda: os.sysconf("nope"),
    lambda: os.sysconf(1.5),
    lambda: os.putenv("a=b", "c"),
    lambda: os.putenv("a\0", "c"),
    lambda: os.putenv(1, "c"),
    lambda: os.unsetenv(),
    lambda: os.execv("a", []),
    lambda: os.execv("a", "b"),
    lambda: os.execv("a", [""]),
    lambda: os.WEXITSTATUS(),
    lambda: os.WEXITSTATUS("x"),
    lambda: os.waitstatus_to_exitcode(0x7f),
    lambda: os.register_at_fork(),
    lambda: os.register_at_fork(before=1),
    lambda: os.register_at_fork(lambda: None),
    lambda: os.get_terminal_size(1, 2),
    lambda: os.pipe2(),
    lambda: os.set_blocking(1),
    lambda: os.setuid("x"),
    lambda: os.setuid(-5),
    lambda: os.setgroups(1),
    lambda: os.setgroups([1, "a"]),
    lambda: os.sendfile(1),
    lambda: os.tcgetpgrp(9999),
    lambda: os.setpriority(0, 0),
    lambda: os.posix_fallocate(9999, 0, 1),
    lambda: os.setreuid(1),
    lambda: os.setpgrp(1),
    lambda: os.getresuid() == (os.getuid(),) * 3,
    lambda: os.ctermid(),
]


class Bad:
    def __fspath__(self):
        return 1


cases += [lambda: os.stat(Bad()), lambda: os.fspath(Bad())]

for c in cases:
    show(c)

# OSError construction and attributes
e = OSError(errno.ENOENT, "No such file or directory", "x", None, "y")
print(type(e).__name__, e, e.args, e.filename, e.filename2)
e = OSError(errno.EEXIST, os.strerror(errno.EEXIST))
print(type(e).__name__, e, e.args)
print(os.strerror(errno.ENOENT), os.strerror(0), os.strerror(99999))
print(os.error is OSError)

os.unlink(f)
os.rmdir(D)
