# posix processes: fork + waitpid + exit statuses, pipes between parent and child,
# register_at_fork, execv/execve in a child, kill, and the W* status macros.
import os
import sys

print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), isinstance(os.getgroups(), list))
print(type(os.umask(0o22)).__name__, oct(os.umask(0o22)))

# exit statuses
for code in (0, 1, 7, 255):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os._exit(code)
    rpid, status = os.waitpid(pid, 0)
    print(rpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status),
          os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status))

# killed by a signal
sys.stdout.flush()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)  # blocks until the parent kills us
    os._exit(0)
os.close(r)
os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
os.close(w)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.WIFEXITED(status),
      os.waitstatus_to_exitcode(status))

# pipes: the child writes, the parent reads until EOF
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    for i in range(3):
        os.write(w, b"line %d\n" % i)
    os.close(w)
    os._exit(0)
os.close(w)
chunks = []
while True:
    data = os.read(r, 4)
    if not data:
        break
    chunks.append(data)
os.close(r)
os.waitpid(pid, 0)
print(b"".join(chunks))

# os.wait and WNOHANG
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(3)
rpid, status = os.wait()
print(rpid == pid, os.waitstatus_to_exitcode(status))
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print(type(e).__name__, e.errno)

# register_at_fork callbacks run in order
calls = []
os.register_at_fork(before=lambda: calls.append("before1"),
                    after_in_parent=lambda: calls.append("parent1"))
os.register_at_fork(before=lambda: calls.append("before2"),
                    after_in_parent=lambda: calls.append("parent2"),
                    after_in_child=lambda: calls.append("child"))
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.write(w, ",".join(calls).encode())
    os._exit(0)
os.close(w)
print(os.read(r, 100))
os.close(r)
os.waitpid(pid, 0)
print(calls)

# exec a program in a child, with a chosen environment
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.dup2(w, 1)
    os.execve("/bin/sh", ["sh", "-c", "echo $GREETING; exit 5"], {"GREETING": "hi from sh"})
os.close(w)
out = os.read(r, 100)
os.close(r)
_, status = os.waitpid(pid, 0)
print(out, os.waitstatus_to_exitcode(status))

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    try:
        os.execv("/nonexistent/program", ["x"])
    except FileNotFoundError as e:
        os._exit(40 + e.errno)
    os._exit(1)
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))

# the environment reaches children
os.environ["POSIX_PROCESS_TEST"] = "value 1"
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.dup2(w, 1)
    os.execv("/bin/sh", ["sh", "-c", "echo $POSIX_PROCESS_TEST"])
os.close(w)
print(os.read(r, 100))
os.close(r)
os.waitpid(pid, 0)
del os.environ["POSIX_PROCESS_TEST"]
print("POSIX_PROCESS_TEST" in os.environ, os.getenv("POSIX_PROCESS_TEST"))

# status macros on raw values
for st in (0, 0x100, 0x0900, 0x9, 0x0b7f, 0xffff):
    print(hex(st), os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st),
          os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WIFCONTINUED(st), os.WCOREDUMP(st))
print(os.system("exit 3") >> 8)
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t))
u = os.uname()
print(type(u).__name__, u.sysname, len(u))
print(os.cpu_count() >= 1, os.sysconf("SC_PAGE_SIZE") > 0, os.sysconf(os.sysconf_names["SC_CLK_TCK"]) > 0)
print(os.confstr("CS_PATH") is not None, os.pathconf("/", "PC_NAME_MAX") > 0)
print(len(os.urandom(16)), os.urandom(0))
