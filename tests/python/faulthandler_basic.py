# faulthandler: the enabled flag and dump_traceback to a file object.
import faulthandler
import io

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.disable()
print(faulthandler.is_enabled())


def inner():
    buf = io.StringIO()
    faulthandler.dump_traceback(buf, all_threads=False)
    return buf.getvalue().splitlines()


lines = inner()
print(lines[0].startswith("Current thread 0x"), lines[0].endswith("(most recent call first):"))
print([l.split(" in ")[-1] for l in lines[1:]])
faulthandler.dump_traceback_later(1000)
faulthandler.cancel_dump_traceback_later()
