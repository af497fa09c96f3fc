# posix with _thread: a blocked os.read lets other threads run (the GIL is released),
# fork while another thread runs leaves a working child, and type caches are shared.
import os, _thread, sys, time
r, w = os.pipe()
out = []
done = _thread.allocate_lock(); done.acquire()
def reader():
    out.append(os.read(r, 10))
    done.release()
_thread.start_new_thread(reader, ())
time.sleep(0.05)
os.write(w, b"hello")
done.acquire()
print(out)
stop = []
def spin():
    while not stop:
        time.sleep(0.001)
_thread.start_new_thread(spin, ())
for i in range(5):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        x = 0
        for j in range(300000):
            x += j
        os._exit(3)
    print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
stop.append(1)
lk = _thread.allocate_lock(); lk.acquire()
def stat_in_thread():
    out.append(type(os.stat('.')) is os.stat_result)
    out.append(type(next(os.scandir('.'))) is os.DirEntry)
    lk.release()
_thread.start_new_thread(stat_in_thread, ())
lk.acquire()
print(out)
