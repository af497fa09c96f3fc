# Wordle-style guess scoring with duplicate-letter rules, candidate filtering and a greedy solver.
WORDS = """crane slate trace crate react cater caret least steal tales stale teals adieu audio radio ratio
about above abuse actor acute admit adopt adult after again agent agree ahead alarm album alert alike alive
allow alone along alter among anger angle angry apart apple apply arena argue arise array aside asset audit
avoid award aware badly baker bases basic beach began begin being below bench billy birth black blame blind
block blood board boost booth bound brain brand bread break breed brief bring broad broke brown build built
buyer cable calif carry catch cause chain chair chart chase cheap check chest chief child china chose civil
claim class clean clear click clock close coach coast could count court cover craft crash cream crime cross
crowd crown curve cycle daily dance dated dealt death debut delay depth doing doubt dozen draft drama drawn
dream dress drill drink drive drove dying eager early earth eight elite empty enemy enjoy enter entry equal
error event every exact exist extra faith false fault fiber field fifth fifty fight final first fixed flash
fleet floor fluid focus force forth forty forum found frame frank fraud fresh front fruit fully funny giant""".split()
def score(guess, answer):
    result = ["."] * 5
    remaining = {}
    for i, (g, a) in enumerate(zip(guess, answer)):
        if g == a:
            result[i] = "G"
        else:
            remaining[a] = remaining.get(a, 0) + 1
    for i, g in enumerate(guess):
        if result[i] == "." and remaining.get(g, 0) > 0:
            result[i] = "Y"
            remaining[g] -= 1
    return "".join(result)
for guess, answer in [("crane", "crane"), ("allee", "apple"), ("speed", "abide"), ("eerie", "elder"), ("llama", "alloy"),
                      ("sassy", "asset"), ("trace", "react"), ("geese", "eerie")]:
    print(guess, answer, score(guess, answer))
def filter_candidates(cands, guess, pattern):
    return [w for w in cands if score(guess, w) == pattern]
def best_guess(cands, pool):
    def worst_bucket(g):
        buckets = {}
        for w in cands:
            p = score(g, w)
            buckets[p] = buckets.get(p, 0) + 1
        return max(buckets.values()), g not in cands, g
    return min(pool, key=worst_bucket)
def solve(answer, first="slate"):
    cands, guess, history = list(WORDS), first, []
    for turn in range(1, 7):
        pattern = score(guess, answer)
        history.append((guess, pattern))
        if pattern == "GGGGG":
            return turn, history
        cands = filter_candidates(cands, guess, pattern)
        guess = cands[0] if len(cands) <= 2 else best_guess(cands, WORDS)
    return None, history
for answer in ["crane", "fluid", "dozen", "apple", "cater", "eight", "build"]:
    turns, history = solve(answer)
    print("%-6s solved in %s: %s" % (answer, turns, " ".join("%s:%s" % h for h in history)))
results = [solve(w)[0] for w in WORDS[::5]]
dist = {}
for t in results:
    dist[t] = dist.get(t, 0) + 1
print("words:", len(WORDS), "sampled:", len(results), "distribution:", sorted(dist.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))
print("average turns: %.3f" % (sum(t for t in results if t) / sum(1 for t in results if t)))
letters = {}
for w in WORDS:
    for ch in set(w):
        letters[ch] = letters.get(ch, 0) + 1
print("most common letters:", "".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:10]))
