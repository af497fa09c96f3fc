# _thread: locks and reentrant locks, their argument checking and errors, thread
# identities, and threads started with start_new_thread sharing data under a lock.
import _thread
import time


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


lock = _thread.allocate_lock()
print(type(lock), _thread.LockType is type(lock), _thread.error is RuntimeError)
print(repr(lock).split(" at ")[0])
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
print(repr(lock).split(" at ")[0])
lock.release()
print(lock.locked())
show(lock.release)
show(lock.acquire, False, 1)
show(lock.acquire, True, -2)
show(lock.acquire, timeout="x")
show(lock.acquire, timeout=1e20)
show(lock.acquire, 1, 2, 3)
show(lock.acquire, x=1)
show(lock.acquire, blocking=0)
lock.release()
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())
show(_thread.LockType)
try:
    class Sub(_thread.LockType):
        pass
except TypeError as e:
    print("TypeError", e)

r = _thread.RLock()
print(repr(r).split(" at ")[0])
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(repr(r).split(" at ")[0].replace(str(_thread.get_ident()), "ME"))
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()
show(r.release)
show(r._release_save)


class MyRLock(_thread.RLock):
    pass


m = MyRLock()
with m:
    print(repr(m).split(" object")[0])

print(_thread.get_ident() == _thread.get_ident(), isinstance(_thread.get_native_id(), int))
print(_thread.stack_size())
show(_thread.stack_size, 100)
print(_thread.stack_size(1 << 20), _thread.stack_size(0))
show(_thread.start_new_thread, 1, ())
show(_thread.start_new_thread, print, [])
show(_thread.start_new_thread, print, (), 1)
print(_thread.TIMEOUT_MAX)

# Threads sharing a list under a lock; the main thread waits on a lock the last one releases.
results = []
guard = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()
idents = set()


def worker(n, scale=1):
    total = 0
    for i in range(20000):
        total += i * scale
    with guard:
        idents.add(_thread.get_ident())
        results.append((n, total))
        if len(results) == 6:
            finished.release()


for n in range(6):
    _thread.start_new_thread(worker, (n,), {"scale": n})
finished.acquire()
print(sorted(results))
print(len(idents), _thread.get_ident() not in idents)

# A blocked acquire lets other threads run (the GIL is released while waiting).
handoff = _thread.allocate_lock()
handoff.acquire()
order = []


def releaser():
    time.sleep(0.05)
    order.append("released")
    handoff.release()


_thread.start_new_thread(releaser, ())
handoff.acquire()
order.append("acquired")
print(order)

# An RLock held by one thread blocks another until it is released.
rl = _thread.RLock()
rl.acquire()
seen = []
done = _thread.allocate_lock()
done.acquire()


def contender():
    seen.append(rl.acquire(False))
    seen.append(rl.acquire(True, 0.01))
    rl.acquire()
    seen.append("got it")
    rl.release()
    done.release()


_thread.start_new_thread(contender, ())
time.sleep(0.1)
seen.append("main releases")
rl.release()
done.acquire()
print(seen)

# SystemExit ends a thread quietly.
quiet = _thread.allocate_lock()
quiet.acquire()


def exits():
    try:
        _thread.exit()
    finally:
        quiet.release()


_thread.start_new_thread(exits, ())
quiet.acquire()
print("exit ok")
