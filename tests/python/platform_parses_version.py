# sys.version has CPython's shape, so platform (and asyncio's test support) can parse it.
import platform, sys
print(platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
print(sys.version.split(" ")[0] == platform.python_version(), len(platform.python_build()), isinstance(platform.python_compiler(), str))
