# An unbalanced binary search tree with insertion, deletion, traversals, range queries and height.
class BST:
    class _Node:
        __slots__ = ("key", "value", "left", "right")
        def __init__(self, key, value):
            self.key, self.value = key, value
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def __setitem__(self, key, value):
        if self.root is None:
            self.root = self._Node(key, value)
            self.count = 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key, value))
                self.count += 1
                return
            node = child
    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __len__(self):
        return self.count
    def __delitem__(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = remove(node.right, succ.key)
            return node
        self.root = remove(self.root, key)
        self.count -= 1
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key, n.value
                yield from walk(n.right)
        return walk(self.root)
    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            n = stack.pop()
            yield n.key
            if n.right:
                stack.append(n.right)
            if n.left:
                stack.append(n.left)
    def level_order(self):
        levels, current = [], [self.root] if self.root else []
        while current:
            levels.append([n.key for n in current])
            current = [c for n in current for c in (n.left, n.right) if c]
        return levels
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def range(self, lo, hi):
        return [k for k, _ in self.inorder() if lo <= k <= hi]
    def floor(self, key):
        node, best = self.root, None
        while node:
            if node.key == key:
                return key
            if node.key < key:
                best, node = node.key, node.right
            else:
                node = node.left
        return best

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = "v%d" % k
print(len(t), t[40], 45 in t, 99 in t, t.height())
print([k for k, _ in t.inorder()])
print(list(t.preorder()))
print(t.level_order())
print(t.range(33, 62), t.floor(64), t.floor(10), t.floor(50))
del t[30]
del t[50]
print(len(t), [k for k, _ in t.inorder()], t.level_order(), t.root.key)
try:
    del t[999]
except KeyError as e:
    print("KeyError", e)
try:
    t[1]
except KeyError as e:
    print("KeyError", e)
t[40] = "updated"
print(t[40], len(t))
words = BST()
for w in "it was the best of times it was the worst of times".split():
    words[w] = words[w] + 1 if w in words else 1
print(list(words.inorder()), words.height())
degenerate = BST()
for i in range(50):
    degenerate[i] = i
print(degenerate.height(), len(degenerate), degenerate.range(45, 100))
