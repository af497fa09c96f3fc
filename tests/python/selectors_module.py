# selectors.DefaultSelector (epoll) and the other selectors on socketpairs: register,
# select, modify, unregister, get_key, get_map, errors, close.
import selectors
import socket


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def ready(sel, timeout=0):
    return sorted((key.data, ev) for key, ev in sel.select(timeout))


for cls in [selectors.DefaultSelector, selectors.EpollSelector,
            selectors.PollSelector, selectors.SelectSelector]:
    print("==", cls.__name__)
    sel = cls()
    a, b = socket.socketpair()
    c, d = socket.socketpair()
    key = sel.register(a, selectors.EVENT_READ, "a")
    print("key", key.fd == a.fileno(), key.events, key.data)
    sel.register(c, selectors.EVENT_READ | selectors.EVENT_WRITE, "c")
    print("initial", ready(sel))
    b.send(b"x")
    print("after send", ready(sel))
    sel.modify(a, selectors.EVENT_WRITE, "a2")
    print("modified", ready(sel))
    print("get_key", sel.get_key(a).data, len(sel.get_map()), a in sel.get_map())
    attempt("register twice", lambda: sel.register(a, selectors.EVENT_READ))
    attempt("bad events", lambda: sel.register(b, 0))
    attempt("unregister missing", lambda: sel.unregister(b))
    sel.unregister(a)
    sel.unregister(c)
    print("empty", ready(sel, 0.01))
    print("recv", a.recv(1))
    sel.close()
    attempt("closed get_map", lambda: sel.get_map())
    for s in (a, b, c, d):
        s.close()

with selectors.DefaultSelector() as sel:
    r, w = socket.socketpair()
    sel.register(r, selectors.EVENT_READ)
    w.sendall(b"hello")
    for key, ev in sel.select(1):
        print("context", key.fileobj is r, ev, key.fileobj.recv(10))
    r.close()
    w.close()
