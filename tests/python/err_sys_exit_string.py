# sys.exit with a string: the message goes to stderr and the exit status is 1.
import sys
def main():
    print("starting")
    try:
        sys.exit("fatal: configuration missing")
    finally:
        print("finally blocks run before exiting")
main()
print("never reached")
