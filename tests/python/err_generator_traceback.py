# An exception raised inside a generator consumed by nested calls: a multi-frame traceback.
def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)
def consume(gen):
    total = 0
    for value in gen:
        print("got", value)
        total += value
    return total
def report():
    return consume(numbers(5))
report()
