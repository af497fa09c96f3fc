# select.select, poll and epoll on pipes: readiness before and after writes, timeouts,
# registration errors, bad descriptors and bad arguments.
import os
import select


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class FD:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return "FD"


r, w = os.pipe()
print("select empty", select.select([r], [], [], 0))
print("select write", select.select([], [w], [], 0) == ([], [w], []))
os.write(w, b"data")
rs, ws, xs = select.select([r, FD(r)], [w], [r], 0.01)
print("select ready", rs == [r, rs[1]], repr(rs[1]), ws == [w], xs)
print("select tuple args", select.select((r,), (), ()) [0] == [r])
print("read", os.read(r, 10))
print("select none", select.select([r], [], [], 0.02))
attempt("select neg timeout", lambda: select.select([r], [], [], -1))
attempt("select bad timeout", lambda: select.select([r], [], [], "x"))
attempt("select not seq", lambda: select.select(1, [], []))
attempt("select bad item", lambda: select.select(["x"], [], [], 0))
attempt("select neg fd", lambda: select.select([-1], [], [], 0))
attempt("select args", lambda: select.select([]))

# poll
p = select.poll()
p.register(r, select.POLLIN)
p.register(FD(w), select.POLLOUT)
print("poll write only", sorted(p.poll(0)) == [(w, select.POLLOUT)])
os.write(w, b"x")
print("poll both", sorted(p.poll(10)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.modify(w, select.POLLIN)
print("poll modified", p.poll(None) == [(r, select.POLLIN)])
os.read(r, 1)
print("poll timeout", p.poll(20))
attempt("poll modify missing", lambda: p.modify(99, select.POLLIN))
attempt("poll unregister missing", lambda: p.unregister(99))
p.unregister(w)
attempt("poll bad timeout", lambda: p.poll("x"))
attempt("poll bad fd", lambda: p.register("x"))
os.close(w)
print("poll hup", p.poll(0) == [(r, select.POLLHUP)])
os.close(r)
print("poll nval", p.poll(0) == [(r, select.POLLNVAL)])
attempt("select closed fd", lambda: select.select([r], [], [], 0))

# epoll
r, w = os.pipe()
with select.epoll() as ep:
    print("epoll fileno", ep.fileno() > 2, ep.closed)
    ep.register(r, select.EPOLLIN)
    ep.register(w, select.EPOLLOUT)
    print("epoll write only", ep.poll(0) == [(w, select.EPOLLOUT)])
    os.write(w, b"x")
    print("epoll both", sorted(ep.poll(0.01)) == sorted([(r, select.EPOLLIN), (w, select.EPOLLOUT)]))
    print("epoll maxevents", len(ep.poll(0, 1)))
    ep.modify(w, select.EPOLLIN)
    print("epoll modified", ep.poll(timeout=0) == [(r, select.EPOLLIN)])
    ep.unregister(w)
    attempt("epoll register twice", lambda: ep.register(r))
    attempt("epoll unregister missing", lambda: ep.unregister(w))
    attempt("epoll bad maxevents", lambda: ep.poll(0, 0))
    os.read(r, 1)
    print("epoll timeout", ep.poll(0.02))
    ep2 = select.epoll.fromfd(os.dup(ep.fileno()))
    print("fromfd", type(ep2).__name__, ep2.closed)
    ep2.close()
print("epoll closed", ep.closed)
attempt("epoll closed fileno", lambda: ep.fileno())
attempt("epoll closed poll", lambda: ep.poll())
ep.close()
os.close(r)
os.close(w)
print(select.error is OSError, select.EPOLLIN, select.POLLIN, select.POLLPRI, select.POLLOUT)
print(select.EPOLLET, select.EPOLLONESHOT, select.EPOLL_CLOEXEC, select.PIPE_BUF)
