# A coroutine that is freed without being started or closed warns
# "coroutine '...' was never awaited" (RuntimeWarning); a closed or run one does not.
import gc
import warnings


async def f():
    return 1


class K:
    async def meth(self):
        pass


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    K().meth()
    c = f()
    c.close()
    del c
    c = f()
    try:
        c.send(None)
    except StopIteration as e:
        print("returned", e.value)
    del c
    gc.collect()
print([(x.category.__name__, str(x.message)) for x in w])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    f()  # the error is reported as unraisable, not raised here
    print("still running")
