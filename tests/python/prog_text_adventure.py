# A text adventure driven by a scripted list of commands: rooms, items, a parser and game state.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall", "up": "attic"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "attic": {"desc": "a cramped attic", "exits": {"down": "library"}, "items": ["chest"]},
    "cellar": {"desc": "a pitch-black cellar", "exits": {"up": "kitchen"}, "items": ["wine"], "dark": True},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.chest_open = False
        self.over = False
    def say(self, msg):
        print("  " + msg)
    def look(self):
        room = ROOMS[self.room]
        if room.get("dark") and "lamp" not in self.inventory:
            self.say("It is too dark to see.")
            return
        items = ", ".join(room["items"]) or "nothing"
        self.say("You are in %s. Exits: %s. You see: %s." % (room["desc"], ", ".join(sorted(room["exits"])), items))
    def do(self, line):
        words = line.lower().split()
        if not words:
            return
        verb, args = words[0], words[1:]
        aliases = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}
        if verb in aliases or verb in ("north", "south", "east", "west", "up", "down"):
            args, verb = [aliases.get(verb, verb)], "go"
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            self.say("I don't know how to %r." % verb)
            return
        self.moves += 1
        try:
            handler(*args)
        except TypeError:
            self.say("%s what?" % verb.capitalize())
    def cmd_look(self):
        self.look()
    def cmd_go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            self.say("You can't go %s." % direction)
            return
        self.room = exits[direction]
        self.look()
    def cmd_take(self, item):
        room = ROOMS[self.room]
        if room.get("dark") and "lamp" not in self.inventory:
            self.say("You fumble around in the dark.")
        elif item == "chest":
            self.say("The chest is far too heavy.")
        elif item in room["items"]:
            room["items"].remove(item)
            self.inventory.append(item)
            self.score += 5
            self.say("Taken: %s." % item)
        else:
            self.say("There is no %s here." % item)
    def cmd_drop(self, item):
        if item not in self.inventory:
            self.say("You don't have a %s." % item)
            return
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        self.say("Dropped.")
    def cmd_inventory(self):
        self.say("You carry: %s." % (", ".join(sorted(self.inventory)) or "nothing"))
    def cmd_open(self, thing):
        if thing != "chest" or "chest" not in ROOMS[self.room]["items"]:
            self.say("You can't open that.")
        elif "key" not in self.inventory:
            self.say("The chest is locked.")
        elif self.chest_open:
            self.say("It's already open.")
        else:
            self.chest_open = True
            self.score += 50
            self.say("The chest creaks open, revealing gold! You win.")
            self.over = True
    def cmd_score(self):
        self.say("Score %d in %d moves." % (self.score, self.moves))
SCRIPT = ["look", "take lamp", "take sword", "e", "d", "take wine", "u", "w", "dance", "n", "take book",
          "open chest", "u", "open chest", "take", "take key", "inventory", "drop book", "look", "west",
          "open chest", "score", "d", "take key", "up", "open chest", "look"]
g = Game()
for command in SCRIPT:
    print("> " + command)
    g.do(command)
    if g.over:
        break
g.do("score")
print("final room:", g.room, "| inventory:", sorted(g.inventory), "| rooms with items:",
      {name: r["items"] for name, r in ROOMS.items() if r["items"]})
