# A signal sent to ourselves has its Python handler run right after the call that
# sent it returns (CPython checks the eval breaker after each call).
import os
import signal

seen = []


def handler(signum, frame):
    seen.append(signum)


old = signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", seen)
signal.signal(signal.SIGUSR1, old)

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt right after kill")


def raiser(signum, frame):
    raise ValueError("from handler %d" % signum)


signal.signal(signal.SIGINT, raiser)
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except ValueError as e:
    print("caught", e)

# unittest's --catch handling: the first Ctrl-C stops the run, the handler is restored.
import unittest
import unittest.signals


class T(unittest.TestCase):
    def test_interrupt(self):
        os.kill(os.getpid(), signal.SIGINT)
        print("shouldStop:", self._outcome.result.shouldStop)


signal.signal(signal.SIGINT, signal.default_int_handler)
unittest.installHandler()
result = unittest.TestResult()
unittest.registerResult(result)
unittest.TestSuite([T("test_interrupt")]).run(result)
print(result.wasSuccessful(), result.shouldStop)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
