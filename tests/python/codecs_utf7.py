# UTF-7: encoding of direct/optional/special characters, surrogates, decoding errors
# with each handler, incremental decoding of partial base64 runs.
import codecs

samples = ["", "a", "+", "a+b", "~\\", "hi there", "é", "€€", "\U0001F600", "\ud801",
           "a\udc01-b", "\x00", "A€B", "€-", "€a", "€.", "+€+", "tab\there\n", "x€\U00010000y"]
for s in samples:
    b = s.encode("utf-7")
    print(ascii(s), b, ascii(b.decode("utf-7")))

bad = [b"a\xffb", b"a+IK", b"a+IKx", b"a+IK,b", b"a+@b", b"a+2AE", b"a+2AE-b",
       b"a+2AEA-b", b"a+IKwgrNgB", b"a+IKwgrNgBA-b", b"a+AAA-b", b"a+AA-b",
       b"a+/,+IKw-b", b"+", b"+-", b"a+IKwgr,-b"]
for raw in bad:
    for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
        try:
            print(raw, errors, ascii(raw.decode("utf-7", errors)))
        except UnicodeDecodeError as e:
            print(raw, errors, "UnicodeDecodeError:", e, e.start, e.end)

for raw in [b"a+IKwgrNgB-b", b"+AGEAYgBj-", b"x+2D3eAA-y", b"+AAA"]:
    for final in (False, True):
        print(raw, final, ascii(codecs.utf_7_decode(raw, "strict", final)))
    d = codecs.getincrementaldecoder("utf-7")()
    print(ascii([d.decode(raw[i:i + 1]) for i in range(len(raw))]), ascii(d.decode(b"", True)))
