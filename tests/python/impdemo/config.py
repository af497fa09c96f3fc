print("impdemo.config executing")
settings = {"debug": False}
load_count = 0
def set_option(key, value):
    settings[key] = value
    return settings
def bump():
    global load_count
    load_count += 1
    return load_count
