# Frame objects reached through tracebacks keep the final locals of their frames.


def inner(n):
    local_value = n * 2
    names = ["a", "b"]
    raise ValueError("boom %d" % n)


def outer(k):
    captured = k + 1

    def use():
        return captured

    return inner(use())


def frames_of(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame)
        tb = tb.tb_next
    return out


try:
    outer(4)
except ValueError as e:
    for fr in frames_of(e.__traceback__)[1:]:
        locs = {k: v for k, v in fr.f_locals.items() if not callable(v)}
        print(fr.f_code.co_name, fr.f_lineno, sorted(locs.items()))


def recurse(n):
    marker = "level%d" % n
    if n == 0:
        raise KeyError(n)
    recurse(n - 1)


try:
    recurse(3)
except KeyError as e:
    frs = frames_of(e.__traceback__)[1:]
    print([fr.f_locals["marker"] for fr in frs])
    print(len(set(map(id, frs))))


def gen():
    state = "started"
    yield 1
    state = "failing"
    raise RuntimeError("in generator")


try:
    for _ in gen():
        pass
except RuntimeError as e:
    fr = frames_of(e.__traceback__)[-1]
    print(fr.f_code.co_name, fr.f_locals)


def handled():
    value = 10
    try:
        raise TypeError("first")
    except TypeError as e:
        saved = e
    value = 20
    return saved


err = handled()
print(err.__traceback__.tb_frame.f_locals["value"])
