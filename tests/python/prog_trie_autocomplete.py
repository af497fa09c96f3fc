# A trie with insertion counts, prefix search, autocomplete ranking, deletion and longest common prefix.
class Trie:
    class Node:
        __slots__ = ("children", "count", "terminal")
        def __init__(self):
            self.children = {}
            self.count = 0
            self.terminal = 0
    def __init__(self, words=()):
        self.root = self.Node()
        self.size = 0
        for w in words:
            self.insert(w)
    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, self.Node())
            node.count += weight
        if not node.terminal:
            self.size += 1
        node.terminal += weight
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.terminal)
    def __len__(self):
        return self.size
    def words(self, prefix=""):
        start = self._find(prefix)
        if start is None:
            return []
        out = []
        def walk(node, acc):
            if node.terminal:
                out.append(("".join(acc), node.terminal))
            for ch in sorted(node.children):
                acc.append(ch)
                walk(node.children[ch], acc)
                acc.pop()
        walk(start, list(prefix))
        return out
    def complete(self, prefix, k=3):
        return [w for w, _ in sorted(self.words(prefix), key=lambda wc: (-wc[1], wc[0]))[:k]]
    def count_prefix(self, prefix):
        node = self._find(prefix)
        return 0 if node is None else (node.count if prefix else sum(c.count for c in self.root.children.values()))
    def delete(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if not path[-1].terminal:
            raise KeyError(word)
        weight = path[-1].terminal
        path[-1].terminal = 0
        self.size -= 1
        for i in range(len(word), 0, -1):
            node = path[i]
            node.count -= weight
            if node.count == 0:
                del path[i - 1].children[word[i - 1]]
    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.terminal:
            ch, node = next(iter(node.children.items()))
            out.append(ch)
        return "".join(out)
text = """the theory of the thing then there their them these those thimble three through throw thrown
tree trie tried trial triangle tribe trip triple tripod trick the the theory three tree tree"""
t = Trie()
for w in text.split():
    t.insert(w)
print(len(t), "the" in t, "th" in t, "thro" in t, "throw" in t)
print(t.words("thr"), t.count_prefix("th"), t.count_prefix("tri"), t.count_prefix("x"))
for prefix in ["th", "tr", "tri", "thi", "z", ""]:
    print(repr(prefix), t.complete(prefix))
t.delete("the")
print("the" in t, "then" in t, t.complete("the"), len(t))
try:
    t.delete("nope")
except KeyError as e:
    print("KeyError", e)
t.delete("thimble")
print([w for w, _ in t.words("thi")])
print(Trie(["interview", "internet", "interval", "internal"]).longest_common_prefix(), repr(Trie(["a", "b"]).longest_common_prefix()),
      Trie(["flower", "flow", "flight"]).longest_common_prefix())
phone = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
dictionary = Trie("good home gone hood hoof ink gold golf".split())
def t9(digits):
    results = []
    def walk(i, node, acc):
        if i == len(digits):
            if node.terminal:
                results.append(acc)
            return
        for ch in phone[digits[i]]:
            child = node.children.get(ch)
            if child:
                walk(i + 1, child, acc + ch)
    walk(0, dictionary.root, "")
    return results
print(t9("4663"), t9("4653"), t9("465"), t9("9"))
