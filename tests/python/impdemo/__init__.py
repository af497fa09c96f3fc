"""Helper package for the import_* test programs."""
print("impdemo/__init__ executing as", __name__)
VERSION = (1, 2)
__all__ = ["VERSION", "describe"]
def describe():
    return "impdemo %d.%d" % VERSION
_hidden = "not exported"
