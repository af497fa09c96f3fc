print("impdemo.broken starts executing")
partial = "set before the failure"
raise ValueError("broken module failed during import")
