# Allocations far beyond RAM + swap raise MemoryError at once (never an abort, a hang
# or the process being killed), as CPython does on Linux.
n = 10**12
cases = ["'a'*n", "b'a'*n", "'abc'.center(n)", "format(1, '1000000000000d')", "'{:1000000000000}'.format(1)", "'%1000000000000s' % 'a'", "(1).to_bytes(2**62, 'big')", "[0]*n", "bytearray(n)", "bytes(n)", "'x'.ljust(n)", "'x'.zfill(n)", "'ab'.expandtabs(n)", "[None] * 2**62", "(0,) * n"]
for c in cases:
    try:
        eval(c)
        print(c, "ok?")
    except MemoryError as e:
        print(c, "MemoryError", e)
    except OverflowError as e:
        print(c, "OverflowError", e)
