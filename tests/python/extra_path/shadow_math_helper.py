VALUE = "found through a sys.path entry added at runtime"
