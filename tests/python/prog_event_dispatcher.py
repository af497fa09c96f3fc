# An event bus with decorator-based subscriptions, priorities, wildcards, once-handlers and errors.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.seq = 0
        self.errors = []
    def on(self, event, priority=0, once=False):
        def register(fn):
            self.seq += 1
            self.handlers.setdefault(event, []).append((-priority, self.seq, fn, once))
            self.handlers[event].sort(key=lambda h: (h[0], h[1]))
            return fn
        return register
    def off(self, event, fn):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]
        return before - len(self.handlers[event])
    def emit(self, event, **payload):
        matched = []
        for pattern, hs in self.handlers.items():
            if pattern == event or (pattern.endswith("*") and event.startswith(pattern[:-1])):
                matched.extend((h, pattern) for h in hs)
        matched.sort(key=lambda item: (item[0][0], item[0][1]))
        results = []
        for (neg_prio, seq, fn, once), pattern in matched:
            if once:
                self.handlers[pattern] = [h for h in self.handlers[pattern] if h[1] != seq]
            try:
                result = fn(event, **payload)
            except StopPropagation as stop:
                results.append(("stopped", fn.__name__, str(stop)))
                break
            except Exception as e:
                self.errors.append((event, fn.__name__, repr(e)))
                continue
            results.append((fn.__name__, result))
        return results
class StopPropagation(Exception):
    pass
bus = EventBus()
audit = []
@bus.on("user.created")
def send_welcome(event, name, **_):
    return "welcome mail to %s" % name
@bus.on("user.created", priority=10)
def validate(event, name, **_):
    if not name.isalpha():
        raise StopPropagation("invalid name %r" % name)
    return "ok"
@bus.on("user.*", priority=-5)
def audit_log(event, **payload):
    audit.append((event, sorted(payload)))
    return len(audit)
@bus.on("user.deleted")
def cleanup(event, name, **_):
    return 1 / 0 if name == "root" else "removed %s" % name
@bus.on("user.created", once=True)
def first_user_bonus(event, name, **_):
    return "bonus for first user %s" % name
for event, payload in [("user.created", {"name": "ann"}), ("user.created", {"name": "bob"}),
                       ("user.created", {"name": "c3po"}), ("user.deleted", {"name": "bob"}),
                       ("user.deleted", {"name": "root"}), ("order.placed", {"id": 7})]:
    print(event, payload)
    for r in bus.emit(event, **payload):
        print("   ", r)
print("audit:", audit)
print("errors:", bus.errors)
print("removed handlers:", bus.off("user.created", send_welcome), bus.off("user.created", send_welcome))
print(bus.emit("user.created", name="dee"))
class Observable:
    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))
        object.__setattr__(self, "_watchers", [])
    def watch(self, fn):
        self._watchers.append(fn)
        return fn
    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        old = self._values.get(name)
        self._values[name] = value
        for w in self._watchers:
            w(name, old, value)
model = Observable(temperature=20, unit="C")
changes = []
model.watch(lambda name, old, new: changes.append("%s: %r -> %r" % (name, old, new)))
@model.watch
def alarm(name, old, new):
    if name == "temperature" and new > 30:
        changes.append("ALARM at %d" % new)
model.temperature = 25
model.temperature = 35
model.unit = "F"
model.new_field = [1]
print(changes, model.temperature, model.new_field)
try:
    model.missing
except AttributeError as e:
    print(type(e).__name__, e)
