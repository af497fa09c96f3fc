# A text editor buffer with the command pattern: insert/delete/replace commands, undo/redo stacks, macros.
class Command:
    def do(self, buf): raise NotImplementedError
    def undo(self, buf): raise NotImplementedError
class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def do(self, buf):
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]
    def undo(self, buf):
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]
    def __repr__(self):
        return "Insert(%d, %r)" % (self.pos, self.text)
class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length, self.removed = pos, length, None
    def do(self, buf):
        if self.pos + self.length > len(buf.text):
            raise IndexError("delete past end of buffer")
        self.removed = buf.text[self.pos:self.pos + self.length]
        buf.text = buf.text[:self.pos] + buf.text[self.pos + self.length:]
    def undo(self, buf):
        buf.text = buf.text[:self.pos] + self.removed + buf.text[self.pos:]
    def __repr__(self):
        return "Delete(%d, %d)" % (self.pos, self.length)
class ReplaceAll(Command):
    def __init__(self, old, new):
        self.old, self.new, self.before = old, new, None
    def do(self, buf):
        self.before = buf.text
        buf.text = buf.text.replace(self.old, self.new)
    def undo(self, buf):
        buf.text = self.before
    def __repr__(self):
        return "ReplaceAll(%r, %r)" % (self.old, self.new)
class Macro(Command):
    def __init__(self, *commands):
        self.commands = commands
    def do(self, buf):
        done = []
        try:
            for c in self.commands:
                c.do(buf)
                done.append(c)
        except Exception:
            for c in reversed(done):
                c.undo(buf)
            raise
    def undo(self, buf):
        for c in reversed(self.commands):
            c.undo(buf)
    def __repr__(self):
        return "Macro%r" % (self.commands,)
class Buffer:
    def __init__(self, text=""):
        self.text = text
        self.undo_stack, self.redo_stack = [], []
    def run(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
    def undo(self):
        if not self.undo_stack:
            return False
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return True
    def redo(self):
        if not self.redo_stack:
            return False
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)
        return True
b = Buffer("Hello world")
steps = [("run", Insert(5, ",")), ("run", Insert(len("Hello, world"), "!")), ("run", ReplaceAll("o", "0")),
         ("undo",), ("undo",), ("redo",), ("run", Delete(0, 7)), ("undo",), ("redo",), ("redo",),
         ("run", Macro(Insert(0, ">> "), ReplaceAll("world", "WORLD"), Insert(0, "["))), ("undo",), ("redo",)]
for step in steps:
    if step[0] == "run":
        b.run(step[1])
        print("%-60s %r" % ("run " + repr(step[1]), b.text))
    else:
        ok = getattr(b, step[0])()
        print("%-60s %r" % (step[0] + ("" if ok else " (nothing)"), b.text))
try:
    b.run(Macro(Insert(0, "XYZ"), Delete(0, 1000)))
except IndexError as e:
    print("macro failed and rolled back:", e, repr(b.text))
while b.undo():
    pass
print("fully undone:", repr(b.text), "redo depth:", len(b.redo_stack))
while b.redo():
    pass
print("fully redone:", repr(b.text), "undo depth:", len(b.undo_stack))
print([type(c).__name__ for c in b.undo_stack])
try:
    Command().do(b)
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
