# posix file-system functions: stat, scandir, listdir, mkdir/rmdir, rename, links,
# chmod, utime, access, truncate, descriptors, dir_fd. Only relative names, sizes and
# booleans are printed.
import os
import stat

D = "_posix_files_tmp"


def rmtree(top):
    if not os.path.lexists(top):
        return
    for root, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(top)


rmtree(D)
os.mkdir(D)
print(os.listdir(D))
print(os.path.isdir(D), os.path.exists(D), os.path.isfile(D))

# create files through descriptors
p = os.path.join(D, "a.txt")
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.get_inheritable(fd), os.get_blocking(fd))
print(os.write(fd, b"hello world\n"))
print(os.write(fd, bytearray(b"more")), os.write(fd, memoryview(b"!!")))
os.close(fd)
st = os.stat(p)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(st.st_mode & 0o777))
print(type(st).__name__, type(st).__module__, len(st), st[6] == st.st_size)
print(type(st.st_atime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__)
print(st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)
print(st.st_blksize > 0, st.st_blocks >= 0, st.st_nlink)
print(isinstance(st, tuple), st.n_sequence_fields, st.n_fields)

fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10))
print(os.fstat(fd).st_size, os.isatty(fd))
print(os.pread(fd, 4, 6))
fd2 = os.dup(fd)
print(fd2 != fd, os.get_inheritable(fd2))
fd3 = os.dup2(fd, fd2 + 5)
print(fd3 == fd2 + 5, os.get_inheritable(fd3))
os.set_inheritable(fd3, False)
print(os.get_inheritable(fd3))
os.closerange(fd2, fd3 + 1)
try:
    os.fstat(fd2)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
os.close(fd)

# sendfile from an offset and from the current position
r, w = os.pipe()
fd = os.open(p, os.O_RDONLY)
print(os.sendfile(w, fd, 2, 5), os.read(r, 100))
print(os.sendfile(w, fd, None, 3), os.read(r, 100), os.lseek(fd, 0, os.SEEK_CUR))
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
os.close(fd)
os.close(r)
os.close(w)

# truncate / ftruncate
os.truncate(p, 5)
print(os.stat(p).st_size)
fd = os.open(p, os.O_RDWR)
os.ftruncate(fd, 2)
os.fsync(fd)
print(os.fstat(fd).st_size)
os.close(fd)

# rename / replace / link / symlink / readlink
q = os.path.join(D, "b.txt")
os.rename(p, q)
print(sorted(os.listdir(D)))
os.replace(q, p)
os.link(p, os.path.join(D, "hard"))
print(os.stat(p).st_nlink, os.path.samefile(p, os.path.join(D, "hard")))
os.symlink("a.txt", os.path.join(D, "sym"))
print(os.readlink(os.path.join(D, "sym")), os.readlink(os.fsencode(os.path.join(D, "sym"))))
print(os.path.islink(os.path.join(D, "sym")), stat.S_ISLNK(os.lstat(os.path.join(D, "sym")).st_mode))
print(os.stat(os.path.join(D, "sym"), follow_symlinks=False).st_mode == os.lstat(os.path.join(D, "sym")).st_mode)
os.symlink("nowhere", os.path.join(D, "dangling"))
print(os.path.exists(os.path.join(D, "dangling")), os.path.lexists(os.path.join(D, "dangling")))

# directories and scandir
os.mkdir(os.path.join(D, "sub"))
os.mkdir(os.path.join(D, "sub", "deeper"), 0o700)
print(oct(os.stat(os.path.join(D, "sub", "deeper")).st_mode & 0o777))
with os.scandir(D) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
          e.inode() == os.lstat(e.path).st_ino, os.fspath(e))
e = [x for x in entries if x.name == "a.txt"][0]
print(e.stat().st_size, e.stat(follow_symlinks=False).st_size, e.stat() is e.stat())
s = [x for x in entries if x.name == "sym"][0]
print(s.stat().st_size, stat.S_ISLNK(s.stat(follow_symlinks=False).st_mode))
dg = [x for x in entries if x.name == "dangling"][0]
print(dg.is_file(), dg.is_dir(), dg.is_symlink())
try:
    dg.stat()
except OSError as err:
    print(type(err).__name__, err.filename)
print(sorted(e.name for e in os.scandir(os.fsencode(D))))
print(sorted(e.path for e in os.scandir(os.fsencode(D)))[:2])
it = os.scandir(D)
next(it)
it.close()
print(list(it))
print(type(it).__name__, type(e).__name__, os.DirEntry is type(e))
print(os.DirEntry[str])
for f in (lambda: os.DirEntry(), lambda: type(it)(), lambda: setattr(e, "name", 3),
          lambda: e.is_dir(1), lambda: e.is_dir(foo=1), lambda: e.is_symlink(1), lambda: e.inode(1),
          lambda: e.__fspath__(1), lambda: e.stat(1), lambda: e.stat(follow_symlinks=False, x=2),
          lambda: it.close(1), lambda: it.__enter__(1)):
    try:
        f()
    except Exception as x:
        print(type(x).__name__, x)

# dir_fd and fd-based functions
dfd = os.open(D, os.O_RDONLY | os.O_DIRECTORY)
print(os.stat("a.txt", dir_fd=dfd).st_size, sorted(os.listdir(dfd)) == sorted(os.listdir(D)))
print(sorted(e.name for e in os.scandir(dfd)) == sorted(os.listdir(D)))
print(sorted((e.name, e.path, e.is_dir()) for e in os.scandir(dfd))[:3])
os.mkdir("viafd", dir_fd=dfd)
fd = os.open("viafd/x", os.O_CREAT | os.O_WRONLY, dir_fd=dfd)
os.write(fd, b"xyz")
os.close(fd)
print(os.stat(os.path.join(D, "viafd", "x")).st_size, os.access("viafd/x", os.R_OK, dir_fd=dfd))
os.rename("viafd/x", "viafd/y", src_dir_fd=dfd, dst_dir_fd=dfd)
os.unlink("viafd/y", dir_fd=dfd)
os.rmdir("viafd", dir_fd=dfd)
print(os.stat(dfd).st_mode == os.stat(D).st_mode)
os.close(dfd)

# chmod / access / utime
os.chmod(p, 0o600)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
print(os.access(p, os.F_OK), os.access(p, os.R_OK | os.W_OK), os.access(os.path.join(D, "nope"), os.F_OK))
os.utime(p, (1000000000, 1500000000))
st = os.stat(p)
print(st.st_atime, st.st_mtime, st[7], st[8])
os.utime(p, ns=(1234567890123456789, 987654321987654321))
st = os.stat(p)
print(st.st_atime_ns, st.st_mtime_ns)
os.utime(p, times=(1.5, 2.25))
print(os.stat(p).st_mtime, os.stat(p).st_atime_ns)
os.utime(p)
print(os.stat(p).st_mtime > 1.7e9)

# PathLike objects
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p

print(os.stat(P(p)).st_size, os.path.exists(P(p)), os.fspath(P(b"x")), os.fspath("y"))
print(sorted(os.listdir(P(D)))[:2])

# non-UTF-8 file names round-trip through surrogateescape
raw = os.path.join(os.fsencode(D), b"caf\xe9")
fd = os.open(raw, os.O_CREAT | os.O_WRONLY)
os.close(fd)
names = [n for n in os.listdir(D) if n.startswith("caf")]
print(ascii(names), [n.encode("utf-8", "surrogateescape") for n in names])
print(os.path.exists(os.path.join(D, names[0])), b"caf\xe9" in os.listdir(os.fsencode(D)))
os.unlink(os.path.join(D, names[0]))
fd = os.open(os.path.join(D, "\u00e9t\u00e9"), os.O_CREAT | os.O_WRONLY)
os.close(fd)
print(ascii(sorted(os.listdir(D))[-1]), sorted(os.listdir(os.fsencode(D)))[-1])

# getcwd / chdir
here = os.getcwd()
os.chdir(D)
print(os.path.basename(os.getcwd()), os.path.basename(os.getcwdb()))
os.chdir("..")
print(os.getcwd() == here)
dfd = os.open(D, os.O_RDONLY)
os.fchdir(dfd)
print(os.path.basename(os.getcwd()))
os.chdir(here)
os.close(dfd)

# walk
for root, dirs, files in os.walk(D):
    dirs.sort()
    print(root, dirs, sorted(files))
print(sorted(os.path.relpath(r, D) for r, d, f in os.walk(D, topdown=False)))

rmtree(D)
print(os.path.exists(D))
