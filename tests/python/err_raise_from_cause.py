# An uncaught exception with an explicit cause: both tracebacks are printed, exit status 1.
class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("invalid port %r" % text) from e
def load(settings):
    print("loading", sorted(settings))
    return parse_port(settings["port"])
print(load({"port": "8080"}))
load({"port": "eighty"})
