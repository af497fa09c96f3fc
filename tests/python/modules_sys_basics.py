import sys
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major, sys.version_info.minor)
print(type(sys.version).__name__, sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(type(sys.argv).__name__, sys.argv[0].endswith("modules_sys_basics.py"), len(sys.argv))
print(type(sys.path).__name__, isinstance(sys.modules, dict), "sys" in sys.modules, "builtins" in sys.modules)
sys.stdout.write("written directly\n")
print("to stderr", file=sys.stderr)
print(sys.stdout.write("abc") , flush=True)
print(type(sys.implementation.name).__name__, sys.float_info.max > 1e308, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
print(sys.getsizeof(0) > 0, sys.intern("hello") == "hello", sys.getdefaultencoding())
print(sys.exc_info() == (None, None, None), sys.flags.optimize)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
f = sys._getframe()
print(f.f_code.co_name, type(f.f_lineno).__name__)
def inner():
    return sys._getframe(1).f_code.co_name
print(inner())
print(sys.platform in ("linux", "darwin", "win32"), sys.maxunicode)
