# An error inside an except block: "During handling of the above exception" traceback, exit 1.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("missing key", repr(key), "- falling back")
        return table["default"]
print(lookup({"a": 1, "default": 0}, "b"))
lookup({"a": 1}, "b")
