# _socket details: the type (subclass with slots), timeouts on socketpairs, AI_PASSIVE,
# getnameinfo, IPv6 loopback, non-blocking connect, SOCK_NONBLOCK, fromfd; select types.
import select, _socket, socket
print(repr(select.epoll), repr(_socket.socket), _socket.socket.__module__, repr(select.poll()).split(' at')[0])
try:
    class E(select.epoll): pass
except TypeError as e: print(e)
class S(_socket.socket):
    __slots__ = ('x',)
s = S(); s.x = 1; print(s.x, s.family, s.timeout); s.close()
print(sorted(n for n in dir(_socket) if not n.startswith('_'))[:5])
a, b = socket.socketpair()
a.settimeout(0.2)
print(a.timeout, a.gettimeout(), b.timeout)
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
s = socket.socket(socket.AF_INET6); s.bind(('::1', 0)); print(s.getsockname()[0], len(s.getsockname())); s.close()
s = socket.socket(); s.setblocking(False)
try: s.connect(('127.0.0.1', 9))
except Exception as e: print(type(e).__name__)
print(s.connect_ex(('127.0.0.1', 9)) in (111, 114, 115))
s.close()
d = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(d.type, d.gettimeout()); d.close()
print(socket.fromfd(a.fileno(), socket.AF_UNIX, socket.SOCK_STREAM).family)
