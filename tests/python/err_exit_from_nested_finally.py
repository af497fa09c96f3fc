# SystemExit raised deep in a call stack passes through finally blocks and except Exception.
import sys
def level3():
    print("level3 exits with 5")
    sys.exit(5)
def level2():
    try:
        level3()
    except Exception:
        print("not caught: SystemExit is not an Exception")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    finally:
        print("level1 finally")
level1()
print("never reached")
