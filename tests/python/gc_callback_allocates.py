# gc callbacks run while the collector counts as busy: a callback that allocates (here
# through inspect.stack()) with threshold 1 must not start nested collections.
import gc, inspect
calls = []
def cb(phase, info):
    inspect.stack()
    calls.append(phase)
thresholds = gc.get_threshold()
gc.callbacks.append(cb)
gc.set_threshold(1, 0, 0)
try:
    x = [[i] for i in range(50)]
finally:
    gc.set_threshold(*thresholds)
    gc.callbacks.pop()
print(len(x), calls.count("start") == calls.count("stop"), calls.count("start") > 0)
