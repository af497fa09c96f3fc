# bytearray: in-place mutation, slice assignment, methods returning bytearray, errors.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" world")
ba.extend([63, 63])
print(ba, len(ba))
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EY"
ba[-6:] = b""
print(ba)
ba[::2] = b"xxx"
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
ba.clear()
print(ba, len(ba))
for bad in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").append(-1), lambda: bytearray(b"a").remove(99),
            lambda: bytearray().pop(), lambda: bytearray(b"ab").__setitem__(slice(None, None, 2), b"xy"),
            lambda: bytearray(b"a").__setitem__(0, b"x"), lambda: bytearray(b"a").extend("str"), lambda: bytearray(b"a").index(b"z")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
x = bytearray(b"abc")
y = x
x += b"def"
x *= 2
print(x, y is x)
print(bytearray(b"Mixed Case").upper(), type(bytearray(b"a").upper()).__name__, bytearray(b"a b").split(), type(bytearray(b"a b").split()[0]).__name__)
print(bytearray(b"abc") + b"d", type(bytearray(b"abc") + b"d").__name__, type(b"d" + bytearray(b"abc")).__name__)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray.fromhex("41 42"), bytearray(b"xy").hex())
print(bytearray(b"hello").replace(b"l", b"L"), bytearray(b"  s  ").strip(), bytearray(b"a-b").partition(b"-"))
buf = bytearray(8)
buf[2:4] = b"\x01\x02"
buf[6] = 0xff
print(buf, buf.count(0), buf.find(b"\x01\x02"), buf.rstrip(b"\x00"), bytes(buf[2:4]))
print(bytearray(b"abc") == b"abc", bytearray(b"a") < bytearray(b"b"), b"abc" in bytearray(b"xabcx"), 98 in bytearray(b"abc"))
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
ba2 = bytearray(b"0123456789")
ba2[2:8:3] = b"AB"
ba2[0:0] = b"<<"
ba2[len(ba2):] = b">>"
print(ba2)
ba2[3:5] = bytearray(b"")
ba2[:] = ba2[::-1]
print(ba2, repr(bytearray()), str(bytearray(b"s")))
m = bytearray(b"abcdef")
view = memoryview(m)
try:
    m.append(1)
except BufferError as e:
    print(type(e).__name__, e)
view.release()
m.append(ord("g"))
print(m)
