# CPython's os.py on the posix module: os.path, walk/fwalk, makedirs/removedirs,
# environ/environb/getenv/putenv, fsencode/fsdecode, get_exec_path, PathLike, supports_*.
import os
import os.path
import stat

D = "_os_module_tmp"


def rmtree(top):
    if not os.path.lexists(top):
        return
    for root, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(top)


def touch(p, data=b""):
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.write(fd, data)
    os.close(fd)


print(os.name, os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.altsep, os.devnull)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_CREAT, os.F_OK, os.W_OK)
print(os.path is os.path, os.path.__name__, "posix" in os.sys.builtin_module_names)
print(sorted(n for n in ("stat", "open", "mkdir", "scandir", "listdir") if hasattr(os, n)))
print(os.stat in os.supports_dir_fd, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)
print(os.scandir in os.supports_fd, os.listdir in os.supports_fd, os.open in os.supports_dir_fd)
print(os.access in os.supports_effective_ids)

# os.path
print(os.path.join("a", "b", "c"), os.path.join("/a", "/b"), os.path.join(b"x", b"y"))
print(os.path.split("/usr/lib/python"), os.path.splitext("archive.tar.gz"), os.path.basename("/a/b/"))
print(os.path.dirname("/a/b/c"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"))
for p in ["", ".", "/", "//", "///", "//a//b/", "a/../..", "../a/./b/..", "/../x", "./", "a/./",
          "/..", "//..//x/", "x/y/../../..", "a\udcff/../b\udcff", b"", b"//a/./b/../c", b"a\xff/.."]:
    print(ascii(p), ascii(os.path.normpath(p)))
print(os.path.relpath("/a/b/c", "/a"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.expanduser("~") == os.environ["HOME"])
print(os.path.exists("."), os.path.isdir("."), os.path.isfile("."), os.path.exists("_no_such_thing"))

rmtree(D)
os.makedirs(os.path.join(D, "a", "b", "c"))
os.makedirs(os.path.join(D, "a", "b", "c"), exist_ok=True)
try:
    os.makedirs(os.path.join(D, "a"))
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename)
touch(os.path.join(D, "top.txt"), b"12345")
touch(os.path.join(D, "a", "one.py"), b"print(1)\n")
touch(os.path.join(D, "a", "b", "two.py"))
os.symlink("top.txt", os.path.join(D, "link"))
print(os.path.getsize(os.path.join(D, "top.txt")), os.path.getmtime(D) > 0)
print(os.path.islink(os.path.join(D, "link")), os.path.realpath(os.path.join(D, "link")) == os.path.abspath(os.path.join(D, "top.txt")))
print(os.path.samefile(os.path.join(D, "link"), os.path.join(D, "top.txt")))
print(os.path.isfile(os.path.join(D, "link")), os.path.ismount("/"), os.path.ismount(D))

for root, dirs, files in os.walk(D):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk(D, topdown=False):
    print("up", root)
print([r for r, d, f in os.walk(os.path.join(D, "missing"))])
errors = []
list(os.walk(os.path.join(D, "missing"), onerror=errors.append))
print([(type(e).__name__, e.filename) for e in errors])
for root, dirs, files, rootfd in os.fwalk(D):
    dirs.sort()
    print("fwalk", root, dirs, sorted(files), isinstance(rootfd, int))
for root, dirs, files in os.walk(os.fsencode(D)):
    dirs.sort()
    print(root, dirs, sorted(files))
    break

os.removedirs(os.path.join(D, "a", "b", "c")) if False else None
os.unlink(os.path.join(D, "a", "b", "two.py"))
os.removedirs(os.path.join(D, "a", "b", "c"))
print(sorted(os.listdir(D)))
os.renames(os.path.join(D, "top.txt"), os.path.join(D, "new", "dir", "top.txt"))
print(sorted(os.listdir(D)), os.listdir(os.path.join(D, "new", "dir")))

# environ
os.environ["OS_MODULE_TEST"] = "abc"
print(os.environ["OS_MODULE_TEST"], os.getenv("OS_MODULE_TEST"), os.environb[b"OS_MODULE_TEST"])
print(os.getenvb(b"OS_MODULE_TEST"), "OS_MODULE_TEST" in os.environ)
os.environb[b"OS_MODULE_TEST2"] = b"\xff"
print(ascii(os.environ["OS_MODULE_TEST2"]))
os.environ.update(OS_MODULE_TEST3="3")
print(os.environ.pop("OS_MODULE_TEST3"), os.environ.get("OS_MODULE_TEST3", "gone"))
del os.environ["OS_MODULE_TEST"]
del os.environ["OS_MODULE_TEST2"]
print(os.getenv("OS_MODULE_TEST"), os.getenv("OS_MODULE_TEST", "dflt"))
try:
    os.environ["OS_MODULE_TEST"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ[1] = "x"
except TypeError as e:
    print("TypeError", e)
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict))
print(type(os.environ.get("PATH")).__name__)

# fsencode / fsdecode / fspath / PathLike
print(os.fsencode("abc"), os.fsencode(b"abc"), os.fsdecode(b"abc"), os.fsdecode("abc"))
print(ascii(os.fsdecode(b"caf\xe9")), os.fsencode("caf\udce9"), os.fsencode("\u00e9"))
try:
    os.fsencode(1)
except TypeError as e:
    print("TypeError", e)


class P(os.PathLike):
    def __fspath__(self):
        return D


print(isinstance(P(), os.PathLike), os.fspath(P()), os.path.join(P(), "x"), issubclass(os.DirEntry, os.PathLike))
print(sorted(os.listdir(P())))

# descriptors via os
r, w = os.pipe()
try:
    os.get_terminal_size(r)
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.device_encoding(r), os.isatty(w))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
os.close(r)
os.close(w)
print(os.get_terminal_size.__name__, os.terminal_size((80, 24)))
print(os.stat_result((1,) * 10).st_mode, os.uname_result(("a", "b", "c", "d", "e")).machine)
print(os.times_result((1.0,) * 5).elapsed)
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields)

rmtree(D)
print(os.path.exists(D))
