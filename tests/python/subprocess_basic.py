# subprocess on _posixsubprocess/select: run, check_output, Popen with pipes,
# communicate with input, return codes, CalledProcessError, FileNotFoundError, cwd, env,
# shell=True, timeouts, pass_fds, preexec_fn, text mode.
import os
import signal
import subprocess
import sys


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


r = subprocess.run(["echo", "hi"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
print(subprocess.check_output(["printf", "a\\nb"]))
print(subprocess.check_output("echo $((6*7))", shell=True))
print(subprocess.run("exit 3", shell=True).returncode)
print(subprocess.call(["true"]), subprocess.call(["false"]))
attempt("check_call", lambda: subprocess.check_call(["false"]))
try:
    subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 5"],
                   capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.stdout, e.stderr, e)

# stdin/stdout/stderr pipes and communicate.
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"through cat\n" * 3)
print("cat", out, err, p.returncode)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x; echo oops >&2"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print("communicate", p.communicate(b"line\n"), p.returncode)
p = subprocess.Popen(["sh", "-c", "echo both; echo err >&2"], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT)
print("stderr to stdout", sorted(p.stdout.read().split()), p.wait())
p.stdout.close()
big = b"x" * 200000
print("big", len(subprocess.run(["cat"], input=big, capture_output=True).stdout))
print("text", repr(subprocess.run(["echo", "text"], capture_output=True, text=True).stdout))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"streamed")
p.stdin.close()
print("stream", p.stdout.read(), p.wait())
p.stdout.close()
print("devnull", subprocess.run(["echo", "gone"], stdout=subprocess.DEVNULL).stdout)

# Errors: missing program, missing cwd, not executable.
attempt("missing", lambda: subprocess.run(["/nonexistent/prog"]))
try:
    subprocess.run(["no-such-program-here"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename, e.strerror)
attempt("bad cwd", lambda: subprocess.run(["true"], cwd="/nonexistent_dir"))
attempt("not executable", lambda: subprocess.run(["/etc/passwd"]))
attempt("preexec raises", lambda: subprocess.run(["true"], preexec_fn=lambda: 1 / 0))

# cwd, env, pass_fds, preexec_fn.
print("cwd", subprocess.check_output(["pwd"], cwd="/"))
print("env", subprocess.check_output(["sh", "-c", "echo $FOO"], env={"FOO": "bar"}))
r, w = os.pipe()
subprocess.run(["sh", "-c", "echo via fd >&%d" % w], pass_fds=[w])
os.close(w)
print("pass_fds", os.read(r, 100))
os.close(r)
print("preexec", subprocess.check_output(["sh", "-c", "echo $PWD"], preexec_fn=lambda: os.chdir("/tmp")))
print("umask", subprocess.check_output(["sh", "-c", "umask"], umask=0o27))
print("session", subprocess.check_output(["sh", "-c", "echo ok"], start_new_session=True))

# Timeouts and signals.
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, round(e.timeout, 1))
p = subprocess.Popen(["sleep", "5"])
attempt("wait timeout", lambda: p.wait(timeout=0.1))
p.kill()
print("killed", p.wait(), p.returncode == -signal.SIGKILL)
p = subprocess.Popen(["sleep", "5"], stdout=subprocess.PIPE)
attempt("communicate timeout", lambda: p.communicate(timeout=0.1))
p.terminate()
print("terminated", p.communicate()[0], p.returncode)
with subprocess.Popen(["echo", "ctx"], stdout=subprocess.PIPE) as p:
    print("context", p.stdout.read())
print("context rc", p.returncode)
print("poll", subprocess.Popen(["true"]).wait(), subprocess.getoutput("echo go"),
      subprocess.getstatusoutput("exit 2"))
