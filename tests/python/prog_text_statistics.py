# Text analysis: word frequencies, n-grams, sentence stats, concordance and a wrapped paragraph.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom, it was the
age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season
of Light, it was the season of Darkness, it was the spring of hope, it was the winter of despair,
we had everything before us, we had nothing before us, we were all going direct to Heaven, we were
all going direct the other way. In short, the period was so far like the present period, that some
of its noisiest authorities insisted on its being received, for good or for evil, in the superlative
degree of comparison only."""
def words(text):
    cleaned = "".join(ch.lower() if ch.isalpha() or ch == "'" else " " for ch in text)
    return cleaned.split()
ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)), "chars:", len(TEXT), "lines:", len(TEXT.splitlines()))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
width = max(len(w) for w, _ in top)
for w, n in top:
    print("%s %3d %s" % (w.ljust(width), n, "#" * n))
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print([("%s %s" % k, v) for k, v in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]])
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(".") if s.strip()]
print("sentences:", len(sentences), [len(words(s)) for s in sentences])
lengths = {}
for w in ws:
    lengths.setdefault(len(w), set()).add(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n])[:6])
print("longest words:", sorted(set(ws), key=lambda w: (-len(w), w))[:3])
print("average word length: %.3f" % (sum(map(len, ws)) / len(ws)))
def concordance(word, context=3):
    out = []
    for i, w in enumerate(ws):
        if w == word:
            left = " ".join(ws[max(0, i - context):i])
            right = " ".join(ws[i + 1:i + 1 + context])
            out.append("%30s [%s] %s" % (left, w, right))
    return out
for line in concordance("epoch") + concordance("period"):
    print(line)
def wrap(text, width):
    lines, current = [], ""
    for w in text.split():
        if current and len(current) + 1 + len(w) > width:
            lines.append(current)
            current = w
        else:
            current = (current + " " + w).strip()
    if current:
        lines.append(current)
    return lines
for line in wrap(sentences[-1], 40):
    print("|" + line.ljust(40) + "|")
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
vowels = sum(letters.get(v, 0) for v in "aeiou")
print("vowel ratio: %.2f%%" % (100 * vowels / sum(letters.values())))
acronym = "".join(w[0].upper() for w in sentences[0].split()[:8])
print(acronym, TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("wisdom"), TEXT.rfind("of"))
