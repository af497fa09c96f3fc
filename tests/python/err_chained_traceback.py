def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse input") from e
parse("not a number")
