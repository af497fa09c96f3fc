# A Brainfuck interpreter with precomputed jump tables, input from a string, and step counting.
class BFError(Exception):
    pass
def compile_jumps(code):
    stack, jumps = [], {}
    for i, ch in enumerate(code):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            if not stack:
                raise BFError("unmatched ] at %d" % i)
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise BFError("unmatched [ at %d" % stack[-1])
    return jumps
def run(code, input_text="", max_steps=2_000_000, cells=300):
    code = "".join(ch for ch in code if ch in "+-<>[].,")
    jumps = compile_jumps(code)
    tape, ptr, pc, steps = [0] * cells, 0, 0, 0
    inp = iter(input_text.encode())
    out = []
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise BFError("step limit exceeded")
        ch = code[pc]
        if ch == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif ch == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif ch == ">":
            ptr += 1
            if ptr >= cells:
                raise BFError("pointer moved past the right end")
        elif ch == "<":
            ptr -= 1
            if ptr < 0:
                raise BFError("pointer moved past the left end")
        elif ch == ".":
            out.append(tape[ptr])
        elif ch == ",":
            tape[ptr] = next(inp, 0)
        elif ch == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif ch == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return bytes(out).decode("latin-1"), steps
HELLO = """++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."""
print(run(HELLO))
REVERSE = ">,[>,]<[.<]"
print(run(REVERSE, "stressed"))
UPPER = ",[>++++[<-------->-]<.,]"
print(run(UPPER, "shout"))
ADD = ",>,[<+>-]<."
print(repr(run(ADD, "\x05\x07")[0]))
SQUARES = """++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<
[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"""
out, steps = run(SQUARES)
print(out.split("\n")[:12], len(out.split()), steps)
for bad in ["[[]", "]", "<", "+[]"]:
    try:
        run(bad, max_steps=10000)
    except BFError as e:
        print(repr(bad), type(e).__name__, e)
def bf_for_text(text):
    code, current = [], 0
    for ch in text.encode():
        diff = ch - current
        code.append(("+" if diff > 0 else "-") * abs(diff) + ".")
        current = ch
    return "".join(code)
generated = bf_for_text("Generated!")
print(len(generated), run(generated))
