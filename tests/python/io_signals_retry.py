# PEP 475: a blocking read interrupted by a signal runs the Python handler, then retries;
# a handler's exception ends the call. Signals come from a helper thread (os.kill).
import os
import signal
import threading
import time

r, w = os.pipe()


def later(delay, sig):
    def run():
        time.sleep(delay)
        os.kill(os.getpid(), sig)
    t = threading.Thread(target=run)
    t.start()
    return t


def on_usr1(signum, frame):
    os.write(w, b"bar")


signal.signal(signal.SIGUSR1, on_usr1)
t = later(0.05, signal.SIGUSR1)
print("os.read:", os.read(r, 10))
t.join()

# The buffered layer retries too: b"foo" is there, the rest comes from the handler.
os.write(w, b"foo")
t = later(0.05, signal.SIGUSR1)
with open(r, "rb", closefd=False) as f:
    print("buffered read(6):", f.read(6))
t.join()


class Stop(Exception):
    pass


def on_usr2(signum, frame):
    raise Stop("from handler")


signal.signal(signal.SIGUSR2, on_usr2)
t = later(0.05, signal.SIGUSR2)
try:
    os.read(r, 10)
except Stop as e:
    print("handler exception ended the read:", e)
t.join()

# A signal handler runs as soon as a native call returns.
import _thread
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
_thread.interrupt_main(signal.SIGUSR1)
print("after interrupt_main:", got == [signal.SIGUSR1])
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print("KeyboardInterrupt from interrupt_main()")
try:
    _thread.interrupt_main(1000)
except ValueError as e:
    print("ValueError:", e)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGTERM)
print("ignored signal: no effect")
os.close(r)
os.close(w)
