# _signal: Python handlers run on the main thread when a signal arrives (also during
# time.sleep and loops), their exceptions propagate, and CPython's argument errors.
import signal, time, _thread
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.SIGINT, signal.Signals.SIGTERM)
got = []
def h(sig, frame):
    got.append((sig, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, h)
print(old)
signal.raise_signal(signal.SIGUSR1)
print(got)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
def raiser(sig, frame):
    raise ValueError("from handler %d" % sig)
signal.signal(signal.SIGALRM, raiser)
signal.setitimer if False else None
signal.alarm(1)
try:
    time.sleep(3)
except ValueError as e:
    print("ValueError", e)
signal.alarm(1)
try:
    while True:
        pass
except ValueError as e:
    print("loop", e)
print(signal.strsignal(signal.SIGTERM), signal.SIGKILL in signal.valid_signals(), len(signal.valid_signals()))
for args in [(0, h), (signal.SIGUSR1, 5), (100, h)]:
    try: signal.signal(*args)
    except Exception as e: print(type(e).__name__, e)
try: signal.signal(signal.SIGKILL, h)
except Exception as e: print(type(e).__name__, e)
r = []
def t():
    try: signal.signal(signal.SIGUSR1, h)
    except Exception as e: r.append((type(e).__name__, str(e)))
    lk.release()
lk = _thread.allocate_lock(); lk.acquire()
_thread.start_new_thread(t, ()); lk.acquire(); print(r)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is h, signal.getsignal(signal.SIGUSR1))
