text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(len(words), len(set(words)), max(words, key=len))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:2d}: {line[:30]:<30}|{len(line):4d}")
def wrap(s, width):
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        out.append(cur)
    return out
for l in wrap(lines[0], 25):
    print(l.center(27, "."))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
print("".join(sorted(set("mississippi"))), "mississippi".replace("ss", "SS"), "title case words".title())
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels", vowels)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
pal = ["racecar", "hello", "A man a plan a canal Panama"]
for p in pal:
    clean = "".join(c.lower() for c in p if c.isalnum())
    print(p, clean == clean[::-1])
table = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
print(f"{'item':<10}{'price':>8}{'qty':>5}")
for name, price, qty in table:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}")
print(f"{'total':<10}{sum(p * q for _, p, q in table):>8.2f}")
