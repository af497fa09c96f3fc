# faulthandler: the enabled flag and dump_traceback to a file object.
import faulthandler
import io
import tempfile

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.disable()
print(faulthandler.is_enabled())


def inner():
    try:
        faulthandler.dump_traceback(io.StringIO())
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    with tempfile.TemporaryFile("w+") as f:
        faulthandler.dump_traceback(f, all_threads=False)
        f.seek(0)
        return f.read().splitlines()


lines = inner()
print(lines[0].startswith("Current thread 0x"), lines[0].endswith("(most recent call first):"))
print([l.split(" in ")[-1] for l in lines[1:]])
faulthandler.dump_traceback_later(1000)
faulthandler.cancel_dump_traceback_later()
