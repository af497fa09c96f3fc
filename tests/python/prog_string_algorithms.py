# String algorithms: KMP search, Z-function, palindromes (Manacher), anagram groups, rotations, run analysis.
def kmp_table(p):
    fail = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = fail[k - 1]
        if p[i] == p[k]:
            k += 1
        fail[i] = k
    return fail
def kmp_search(text, p):
    fail, k, hits = kmp_table(p), 0, []
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = fail[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - k + 1)
            k = fail[k - 1]
    return hits
text = "abracadabra abracadabra cadabra"
print(kmp_table("abracadabra"), kmp_search(text, "abra"), kmp_search(text, "cad"), kmp_search("aaaaa", "aa"))
print(kmp_search(text, "abra") == [i for i in range(len(text)) if text.startswith("abra", i)])
def z_function(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z
print(z_function("aabxaabxcaabxaabxay"))
def longest_palindrome(s):
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    center = right = 0
    for i in range(1, len(t) - 1):
        if i < right:
            p[i] = min(right - i, p[2 * center - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > right:
            center, right = i, i + p[i]
    length, c = max((v, i) for i, v in enumerate(p))
    start = (c - length) // 2
    return s[start:start + length]
for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba", "racecar level"]:
    print(repr(s), "->", repr(longest_palindrome(s)))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "inlets"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(sorted(g) for g in groups.values() if len(g) > 1))
def is_rotation(a, b):
    return len(a) == len(b) and b in a + a
print(is_rotation("waterbottle", "erbottlewat"), is_rotation("abc", "acb"), sorted({"abcde"[i:] + "abcde"[:i] for i in range(5)}))
def minimal_rotation(s):
    return min(s[i:] + s[:i] for i in range(len(s)))
print(minimal_rotation("bbaaccaadd"), minimal_rotation("cabbage"))
def runs(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append((s[i], j - i))
        i = j
    return out
print(runs("aaabccddddde"), max(runs("mississippi"), key=lambda r: r[1]))
def look_and_say(n):
    s = "1"
    seq = [s]
    for _ in range(n - 1):
        s = "".join("%d%s" % (cnt, ch) for ch, cnt in runs(s))
        seq.append(s)
    return seq
print(look_and_say(8), len(look_and_say(25)[-1]))
def common_prefix(strs):
    if not strs:
        return ""
    lo, hi = min(strs), max(strs)
    i = 0
    while i < len(lo) and lo[i] == hi[i]:
        i += 1
    return lo[:i]
print(repr(common_prefix(["interspecies", "interstellar", "interstate"])), repr(common_prefix(["dog", "racecar"])))
def caesar_all(s):
    return [("".join(chr((ord(c) - 97 + k) % 26 + 97) for c in s)) for k in range(3)]
print(caesar_all("xyz"), "".join(sorted(set("mississippi"), key="mississippi".index)))
def vowel_stats(s):
    v = sum(1 for c in s.lower() if c in "aeiou")
    return v, sum(1 for c in s if c.isalpha()) - v
print(vowel_stats("The quick brown fox jumps over the lazy dog"), "".join(c for c in "h.e,l!l?o" if c.isalnum()))
