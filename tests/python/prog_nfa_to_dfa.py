# Regular expressions compiled to an NFA (Thompson), converted to a DFA (subset construction), then minimized.
class NFA:
    def __init__(self):
        self.trans = []
    def state(self):
        self.trans.append([])
        return len(self.trans) - 1
    def edge(self, a, sym, b):
        self.trans[a].append((sym, b))
def compile_regex(pattern):
    nfa = NFA()
    pos = [0]
    def peek():
        return pattern[pos[0]] if pos[0] < len(pattern) else None
    def alt():
        s, e = seq()
        while peek() == "|":
            pos[0] += 1
            s2, e2 = seq()
            ns, ne = nfa.state(), nfa.state()
            nfa.edge(ns, None, s); nfa.edge(ns, None, s2)
            nfa.edge(e, None, ne); nfa.edge(e2, None, ne)
            s, e = ns, ne
        return s, e
    def seq():
        s = e = nfa.state()
        while peek() is not None and peek() not in "|)":
            a, b = star()
            nfa.edge(e, None, a)
            e = b
        return s, e
    def star():
        s, e = atom()
        op = peek()
        if op in ("*", "+", "?"):
            pos[0] += 1
            ns, ne = nfa.state(), nfa.state()
            nfa.edge(ns, None, s)
            nfa.edge(e, None, ne)
            if op in "*?":
                nfa.edge(ns, None, ne)
            if op in "*+":
                nfa.edge(e, None, s)
            return ns, ne
        return s, e
    def atom():
        ch = peek()
        pos[0] += 1
        if ch == "(":
            s, e = alt()
            pos[0] += 1
            return s, e
        s, e = nfa.state(), nfa.state()
        nfa.edge(s, ch, e)
        return s, e
    start, accept = alt()
    return nfa, start, accept
def closure(nfa, states):
    stack, seen = list(states), set(states)
    while stack:
        s = stack.pop()
        for sym, t in nfa.trans[s]:
            if sym is None and t not in seen:
                seen.add(t)
                stack.append(t)
    return frozenset(seen)
def to_dfa(nfa, start, accept, alphabet):
    first = closure(nfa, {start})
    ids, table, queue = {first: 0}, {}, [first]
    while queue:
        cur = queue.pop(0)
        for sym in alphabet:
            moved = {t for s in cur for (x, t) in nfa.trans[s] if x == sym}
            if not moved:
                continue
            nxt = closure(nfa, moved)
            if nxt not in ids:
                ids[nxt] = len(ids)
                queue.append(nxt)
            table[(ids[cur], sym)] = ids[nxt]
    accepting = {i for st, i in ids.items() if accept in st}
    return len(ids), table, accepting
def minimize(n, table, accepting, alphabet):
    parts = [p for p in (set(accepting), set(range(n)) - set(accepting)) if p]
    changed = True
    while changed:
        changed = False
        new_parts = []
        for p in parts:
            groups = {}
            for s in sorted(p):
                key = tuple(next((i for i, q in enumerate(parts) if table.get((s, a)) in q), -1) for a in alphabet)
                groups.setdefault(key, set()).add(s)
            new_parts.extend(groups[k] for k in sorted(groups))
            if len(groups) > 1:
                changed = True
        parts = new_parts
    return len(parts)
def accepts(table, accepting, word):
    state = 0
    for ch in word:
        if (state, ch) not in table:
            return False
        state = table[(state, ch)]
    return state in accepting
for pattern, words in [("(a|b)*abb", ["abb", "aabb", "babb", "ab", "abba", ""]), ("a(b|c)*d", ["ad", "abcbd", "abca", "d"]),
                       ("(ab)+", ["ab", "abab", "aba", ""]), ("a?b?c", ["c", "ac", "bc", "abc", "abbc"]),
                       ("(0|1(01*0)*1)*", ["", "0", "11", "110", "1001", "111", "10010"])]:
    nfa, start, accept = compile_regex(pattern)
    alphabet = sorted({sym for edges in nfa.trans for sym, _ in edges if sym is not None})
    n, table, accepting = to_dfa(nfa, start, accept, alphabet)
    m = minimize(n, table, accepting, alphabet)
    print("%-16s nfa=%2d dfa=%d minimal=%d accepting=%s" % (pattern, len(nfa.trans), n, m, sorted(accepting)))
    print("    ", [(w, accepts(table, accepting, w)) for w in words])
nfa, start, accept = compile_regex("(0|1(01*0)*1)*")
n, table, acc = to_dfa(nfa, start, accept, ["0", "1"])
print("binary multiples of 3 below 40:", [k for k in range(40) if accepts(table, acc, format(k, "b"))])
