# The errno module: names, values and errorcode as CPython on Linux.
import errno

names = [n for n in dir(errno) if n.startswith("E")]
print(len(names))
for n in names:
    print(n, getattr(errno, n))
print(len(errno.errorcode))
print(sorted(errno.errorcode.items()))
print(list(errno.errorcode)[:10])
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EOPNOTSUPP == errno.ENOTSUP)
print(errno.__name__, type(errno.errorcode).__name__)
print(errno.__doc__.splitlines()[0])
try:
    errno.ENOTHING
except AttributeError as e:
    print(type(e).__name__, e)
# OSError picks its subclass from the errno
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR,
             errno.ENOTDIR, errno.EAGAIN, errno.ECHILD, errno.ESRCH, errno.EPIPE,
             errno.EINTR, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EINVAL):
    e = OSError(code, "msg")
    print(errno.errorcode[code], type(e).__name__, e.errno)
