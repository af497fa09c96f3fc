import sys
where = "extra_path/plainmod.py"
imported_by = sys.modules["__main__"].__name__
def main_globals_has(name):
    return name in vars(sys.modules["__main__"])
