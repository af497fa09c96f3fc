# Threads with a small requested stack still run; many threads printing to the same
# buffered stdout wait for each other instead of failing with "reentrant call".
import faulthandler
import os
import sys
import threading

old = threading.stack_size(262144)
results = []


def work(i):
    def rec(n):
        return 0 if n == 0 else 1 + rec(n - 1)
    results.append(rec(50) + i)


ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
threading.stack_size(old)
print(sorted(results))

errors = []
sink = open(os.devnull, "w")


def talk(i):
    try:
        for j in range(200):
            print("thread", i, "line", j, file=sink)
    except Exception as e:
        errors.append(e)


ts = [threading.Thread(target=talk, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
sink.close()
print("errors:", errors)

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.is_enabled())
try:
    faulthandler.dump_traceback_later(-1)
except ValueError as e:
    print("ValueError:", e)
faulthandler.dump_traceback_later(30)
faulthandler.cancel_dump_traceback_later()
print(faulthandler.unregister(10))
