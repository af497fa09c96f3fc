class TrafficLight:
    transitions = {"red": "green", "green": "yellow", "yellow": "red"}
    durations = {"red": 30, "green": 25, "yellow": 5}
    def __init__(self):
        self.state = "red"
        self.elapsed = 0
        self.log = []
    def tick(self, seconds):
        self.elapsed += seconds
        while self.elapsed >= self.durations[self.state]:
            self.elapsed -= self.durations[self.state]
            old = self.state
            self.state = self.transitions[self.state]
            self.log.append(f"{old}->{self.state}")
light = TrafficLight()
for step in [10, 25, 30, 7, 60]:
    light.tick(step)
    print(step, light.state, light.elapsed)
print(light.log)
def vending(events):
    state, credit = "idle", 0
    out = []
    for ev, arg in events:
        match state, ev:
            case "idle", "coin":
                state, credit = "paying", arg
            case "paying", "coin":
                credit += arg
            case "paying", "select" if credit >= arg:
                out.append(f"vend (change {credit - arg})")
                state, credit = "idle", 0
            case "paying", "select":
                out.append(f"need {arg - credit} more")
            case _, "cancel":
                out.append(f"refund {credit}")
                state, credit = "idle", 0
            case _:
                out.append(f"ignored {ev} in {state}")
    return out
print(vending([("select", 50), ("coin", 25), ("select", 50), ("coin", 50), ("select", 50), ("coin", 10), ("cancel", None)]))
def parse_csv_line(line):
    fields, cur, quoted = [], "", False
    for ch in line:
        if quoted:
            if ch == '"':
                quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(cur)
            cur = ""
        else:
            cur += ch
    fields.append(cur)
    return fields
print(parse_csv_line('a,"b,c",d'), parse_csv_line(',,'), parse_csv_line('"quoted ""x"""'))
