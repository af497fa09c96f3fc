# Decoding pseudo-random bytes with every codec and error handler, then encoding back.
class R:
    x = 99
    def randint(self, a, b):
        R.x = (R.x * 1103515245 + 12345) % 2147483648
        return a + (R.x >> 8) % (b - a + 1)
    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]
random = R()
pool = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xa0, 0x9f, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xd8, 0xdc, 0x90, 0x8f, 0xfe, 0x10]
encs = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'ascii', 'latin-1', 'utf-8-sig']
hands = ['strict', 'replace', 'ignore', 'surrogateescape', 'surrogatepass', 'backslashreplace']
for i in range(600):
    b = bytes(random.choice(pool) for _ in range(random.randint(0, 9)))
    enc, h = random.choice(encs), random.choice(hands)
    try:
        r = b.decode(enc, h)
        r2 = ascii(r)
        try:
            back = r.encode(enc, h)
            r2 += ' ' + ascii(back)
        except UnicodeEncodeError as e:
            r2 += ' E:' + ascii(str(e))
    except UnicodeDecodeError as e:
        r2 = 'D:' + ascii(str(e)) + ascii((e.start, e.end, e.reason))
    except Exception as e:
        r2 = type(e).__name__ + ascii(str(e))
    print(i, ascii(b), enc, h, r2)
