# A doubly linked list with the sequence protocols, slicing, reversal and a merge sort.
class Node:
    __slots__ = ("value", "prev", "next")
    def __init__(self, value):
        self.value = value
        self.prev = self.next = None

class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for item in items:
            self.append(item)
    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self.size += 1
    def appendleft(self, value):
        node = Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev = self.head, node
            self.head = node
        self.size += 1
    def _node_at(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        if index < self.size // 2:
            node = self.head
            for _ in range(index):
                node = node.next
        else:
            node = self.tail
            for _ in range(self.size - 1 - index):
                node = node.prev
        return node
    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(self[i] for i in range(*index.indices(self.size)))
        return self._node_at(index).value
    def __setitem__(self, index, value):
        self._node_at(index).value = value
    def __delitem__(self, index):
        node = self._node_at(index)
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self.size -= 1
    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value
    def __len__(self):
        return self.size
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev
    def __contains__(self, value):
        return any(v == value for v in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return "LinkedList([%s])" % ", ".join(map(repr, self))
    def __add__(self, other):
        return LinkedList([*self, *other])
    def reverse(self):
        node = self.head
        self.head, self.tail = self.tail, self.head
        while node:
            node.prev, node.next = node.next, node.prev
            node = node.prev
    def index(self, value):
        for i, v in enumerate(self):
            if v == value:
                return i
        raise ValueError("%r is not in list" % (value,))

def merge_sort(ll):
    if len(ll) <= 1:
        return LinkedList(ll)
    mid = len(ll) // 2
    left, right = merge_sort(ll[:mid]), merge_sort(ll[mid:])
    out = LinkedList()
    li, ri = iter(left), iter(right)
    a, b = next(li, None), next(ri, None)
    while a is not None and b is not None:
        if a <= b:
            out.append(a); a = next(li, None)
        else:
            out.append(b); b = next(ri, None)
    for rest_first, rest in ((a, li), (b, ri)):
        if rest_first is not None:
            out.append(rest_first)
            for v in rest:
                out.append(v)
    return out

ll = LinkedList([5, 3, 8])
ll.append(1)
ll.appendleft(9)
print(ll, len(ll), ll[0], ll[-1], ll[2], 8 in ll, 7 in ll)
print(ll[1:4], ll[::-1], ll[::2], list(reversed(ll)))
ll[1] = 33
del ll[0]
print(ll)
last = ll.pop()
first = ll.pop(0)
print(last, first, ll)
ll.append(33)
ll.appendleft(0)
ll.reverse()
print(ll, ll.head.value, ll.tail.value, ll.index(33))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ll.index(99)
except ValueError as e:
    print(type(e).__name__, e)
data = LinkedList([(i * 37) % 23 for i in range(15)])
print(data)
print(merge_sort(data), merge_sort(LinkedList()), merge_sort(LinkedList([1])))
print(LinkedList("ab") + LinkedList("cd"), LinkedList([1, 2]) == LinkedList([1, 2]), sum(LinkedList(range(101))))
words = LinkedList("the quick brown fox".split())
while words:
    print(words.pop(0), end=" ")
print(len(words))
