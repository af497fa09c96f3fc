# _socket through socket.py: TCP echo server in a thread (_thread), UDP, socketpair, AF_UNIX,
# timeouts, makefile(), getaddrinfo shapes, inet_* conversions and error cases.
import os
import socket
import _thread


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# TCP echo server on an ephemeral port.
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print("server", host, type(port).__name__, port > 0)
print("family", srv.family, srv.type, srv.proto)
print("reuse", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)


accepted = []
done = _thread.allocate_lock()
done.acquire()


def echo():
    conn, addr = srv.accept()
    with conn:
        accepted.append(addr[0])
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())
    done.release()


_thread.start_new_thread(echo, ())
c = socket.create_connection((host, port))
print("peer", c.getpeername() == (host, port))
c.sendall(b"hello world")
got = b""
while len(got) < 11:
    got += c.recv(1024)
print("echo", got)
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("nodelay", c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
f = c.makefile("rwb")
f.write(b"line one\n")
f.flush()
print("makefile", f.readline())
f.close()
c.shutdown(socket.SHUT_WR)
print("after shutdown", c.recv(10))
c.close()
done.acquire()
print("accepted from", accepted)
srv.close()
print("closed", srv.fileno(), srv._closed)

# UDP round trip.
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b"ping", u1.getsockname())
data, addr = u1.recvfrom(100)
print("udp", data, addr[1] == u2.getsockname()[1])
u1.sendto(b"pong", addr)
buf = bytearray(10)
n, addr2 = u2.recvfrom_into(buf)
print("udp back", n, bytes(buf[:n]), addr2 == u1.getsockname())
u1.settimeout(0.05)
print("timeout", u1.gettimeout())
attempt("recv timeout", lambda: u1.recv(10))
print("timeout is socket.timeout", socket.timeout is TimeoutError)
u1.setblocking(False)
print("blocking", u1.getblocking(), u1.gettimeout())
attempt("nonblocking recv", lambda: u1.recv(10))
u1.close()
u2.close()

# socketpair.
a, b = socket.socketpair()
print("pair", a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM)
a.sendall(b"abc")
buf = bytearray(5)
print("recv_into", b.recv_into(buf), buf)
a.send(b"xyz")
print("recv_into nbytes", b.recv_into(buf, 2), buf)
print("rest", b.recv(10))
print("names", repr(a.getsockname()), repr(b.getpeername()))
a.close()
print("eof", b.recv(10))
b.close()

# AF_UNIX stream in a directory named after the test.
d = "/tmp/socket_loopback_%d" % os.getpid()
os.mkdir(d)
path = os.path.join(d, "sock")
us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
us.bind(path)
us.listen(1)
print("unix name", us.getsockname() == path)
uc = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
uc.connect(path)
conn, _ = us.accept()
uc.sendall(b"over unix")
print("unix", conn.recv(100))
conn.close()
uc.close()
us.close()
os.unlink(path)
os.rmdir(d)
ab = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
name = b"\0socket_loopback_%d" % os.getpid()
ab.bind(name)
print("abstract", ab.getsockname() == name)
ab.close()

# Connection refused, bad addresses, closed sockets.
attempt("refused", lambda: socket.create_connection(("127.0.0.1", 1)))
s = socket.socket()
attempt("bad port", lambda: s.bind(("127.0.0.1", 70000)))
attempt("bad address", lambda: s.bind("x"))
attempt("short tuple", lambda: s.connect(("127.0.0.1",)))
attempt("bad timeout", lambda: s.settimeout(-1))
attempt("negative recv", lambda: s.recv(-1))
attempt("long unix path", lambda: socket.socket(socket.AF_UNIX).bind("x" * 200))
s.close()
attempt("closed recv", lambda: s.recv(1))
attempt("bad fileno", lambda: socket.socket(fileno=-5))
attempt("bad family", lambda: socket.socket(12345))

# Name services and conversions.
for info in socket.getaddrinfo("127.0.0.1", 80):
    print("gai", info)
print(socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)[0])
print(socket.getaddrinfo("::1", 22, socket.AF_INET6, socket.SOCK_DGRAM))
attempt("gai error", lambda: socket.getaddrinfo("nonexist.invalid", 80))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print(type(socket.gethostname()).__name__)
print(socket.getservbyname("http", "tcp"), socket.getservbyport(80, "tcp"))
attempt("serv", lambda: socket.getservbyname("nope"))
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("1.2.3"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, bytes(16)))
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "fe80::1:2")))
print(socket.inet_pton(socket.AF_INET, "10.0.0.1"), socket.inet_ntop(socket.AF_INET, b"\n\0\0\1"))
attempt("aton", lambda: socket.inet_aton("x"))
attempt("ntoa", lambda: socket.inet_ntoa(b"abc"))
attempt("pton", lambda: socket.inet_pton(socket.AF_INET, "x"))
attempt("ntop", lambda: socket.inet_ntop(socket.AF_INET, b"abc"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(1))
attempt("htons neg", lambda: socket.htons(-1))
attempt("htons big", lambda: socket.htons(70000))
attempt("htonl big", lambda: socket.htonl(2**32))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
t = socket.socket()
print(t.gettimeout(), socket.getdefaulttimeout())
t.close()
socket.setdefaulttimeout(None)
print(socket.has_ipv6, socket.AF_INET, repr(socket.SOCK_STREAM), socket.SOMAXCONN > 0)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError), socket.error is OSError)
