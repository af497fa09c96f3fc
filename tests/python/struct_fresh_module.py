# A second _struct module (as import_fresh_module makes) leaves `struct` raising the
# error class it exports; format and offset errors with CPython's messages.
import sys
import struct

del sys.modules['_struct']
import _struct as fresh
sys.modules['_struct'] = fresh
print(issubclass(fresh.error, Exception))
for m in (fresh, struct):
    try:
        m.calcsize('Z')
    except m.error as e:
        print('error', e)
    try:
        struct.calcsize('Z')
    except struct.error as e:
        print('struct.error', e)


def show(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['\0', '2\0i', b'\0']:
    show(struct.calcsize, s)
show(struct.calcsize, '{}b'.format(sys.maxsize + 1))
show(struct.calcsize, '{}b{}H'.format(sys.maxsize // 2, sys.maxsize // 2))
show(struct.pack_into, '<I', bytearray(10), sys.maxsize, 1)
show(struct.unpack_from, '<I', bytearray(10), sys.maxsize)
show(struct.pack_into, 'b', bytearray(1), 5, 1)
show(struct.unpack_from, '<I', bytearray(10), -2)
show(struct.iter_unpack, '7s', b'123456')
