print("bye")
raise SystemExit("fatal: configuration missing")
