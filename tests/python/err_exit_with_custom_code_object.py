# SystemExit with a non-integer, non-string code prints its str() to stderr and exits with 1.
print("about to exit")
raise SystemExit(["list", "as", "code"])
