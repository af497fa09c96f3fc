# A misspelled name: 3.11 adds a "Did you mean" suggestion to the NameError line.
counter = 10
def show():
    print("counter is", counter)
    print("next is", countr + 1)
show()
