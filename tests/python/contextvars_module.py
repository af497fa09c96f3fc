# _contextvars: ContextVar/Token/Context semantics and errors, as CPython 3.11.
import contextvars as cv, _contextvars
v = cv.ContextVar('x', default=1)
w = cv.ContextVar('w')
print(repr(v).split(' at ')[0], repr(w).split(' at ')[0])
t = v.set(5)
print(repr(t).split(' at ')[0][:30], t.var is v, t.old_value, cv.Token.MISSING)
v.reset(t)
try: v.reset(t)
except Exception as e: print(type(e).__name__, str(e)[:20])
print(repr(t)[:12])
try: w.get()
except Exception as e: print(type(e).__name__, repr(e).split(' at ')[0])
try: w.reset(v.set(2))
except Exception as e: print(type(e).__name__, str(e)[-30:])
ctx = cv.copy_context()
print(type(ctx), len(ctx), v in ctx, ctx[v], list(ctx.keys())==[v])
def f(a, b=0):
    v.set(a+b); return v.get()
print(ctx.run(f, 10, b=1), ctx[v], v.get())
try: ctx.run(lambda: ctx.run(f, 1))
except Exception as e: print(type(e).__name__, str(e)[:40])
try: cv.Context(1)
except Exception as e: print(type(e).__name__, e)
try:
    class X(cv.ContextVar): pass
except Exception as e: print(type(e).__name__, e)
try: cv.ContextVar(1)
except Exception as e: print(type(e).__name__, e)
try: ctx[1]
except Exception as e: print(type(e).__name__, e)
t2 = v.set(3)
c2 = cv.copy_context()
try: c2.run(v.reset, t2)
except Exception as e: print(type(e).__name__, str(e)[-30:])
print(hash(v) == hash(v), cv.ContextVar[int], v.get(7), w.get(8))
print(sorted(x for x in dir(_contextvars) if not x.startswith('__')))
try: ctx[w]
except Exception as e: print(type(e).__name__, repr(e).split(' at ')[0])
print(ctx.get(w), ctx.get(w, 3), list(ctx.items())[0][1], list(iter(ctx))==[v])
print(cv.Context() == cv.Context(), type(cv.Token.MISSING))
# Each thread starts in its own empty context.
import _thread
seen = []
lock = _thread.allocate_lock()
lock.acquire()
def in_thread():
    seen.append(v.get())
    v.set(99)
    seen.append(v.get())
    lock.release()
v.set(42)
_thread.start_new_thread(in_thread, ())
lock.acquire()
print(seen, v.get())
# Context.run restores the previous context even when the call raises.
def boom():
    v.set(-1)
    raise ValueError("boom")
c3 = cv.copy_context()
try:
    c3.run(boom)
except ValueError as e:
    print("ValueError", e, c3[v], v.get())
