try:
    [][1]
except IndexError:
    raise KeyError("during handling")
