# A library catalog: record classes with ordering/equality/hash, loans with due dates, fines and searches.
class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        values = dict(zip(self.fields, args))
        overlap = set(values) & set(kwargs)
        if overlap:
            raise TypeError("duplicate values for %s" % sorted(overlap))
        values.update(kwargs)
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError("%s missing fields: %s" % (type(self).__name__, ", ".join(missing)))
        extra = sorted(set(values) - set(self.fields))
        if extra:
            raise TypeError("%s got unexpected fields: %s" % (type(self).__name__, ", ".join(extra)))
        for f in self.fields:
            object.__setattr__(self, f, values[f])
    def _key(self):
        return tuple(getattr(self, f) for f in self.fields)
    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    def __hash__(self):
        return hash(self._key())
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.fields))
    def __setattr__(self, name, value):
        raise AttributeError("%s is immutable" % type(self).__name__)
    def replace(self, **changes):
        return type(self)(**{**{f: getattr(self, f) for f in self.fields}, **changes})
class Book(Record):
    fields = ("title", "author", "year", "isbn")
class Member(Record):
    fields = ("name", "member_id")
class Library:
    DAILY_FINE = 25
    LOAN_DAYS = 14
    def __init__(self):
        self.books, self.loans, self.history = {}, {}, []
    def add(self, book, copies=1):
        self.books.setdefault(book.isbn, [book, 0])[1] += copies
    def available(self, isbn):
        return self.books[isbn][1] - sum(1 for (i, _) in self.loans if i == isbn)
    def lend(self, isbn, member, day):
        if isbn not in self.books:
            raise KeyError("no such book: %s" % isbn)
        if self.available(isbn) <= 0:
            raise LookupError("%r is not available" % self.books[isbn][0].title)
        if (isbn, member) in self.loans:
            raise ValueError("%s already has %r" % (member.name, self.books[isbn][0].title))
        self.loans[(isbn, member)] = day + self.LOAN_DAYS
        self.history.append(("lend", isbn, member.member_id, day))
    def giveback(self, isbn, member, day):
        due = self.loans.pop((isbn, member))
        fine = max(0, day - due) * self.DAILY_FINE
        self.history.append(("return", isbn, member.member_id, day))
        return fine
    def search(self, text):
        text = text.lower()
        return sorted(b for b, _ in self.books.values() if text in b.title.lower() or text in b.author.lower())
lib = Library()
books = [Book("Dune", "Frank Herbert", 1965, "0441013597"), Book("Neuromancer", "William Gibson", 1984, "0441569595"),
         Book("Hyperion", "Dan Simmons", 1989, "0553283685"), Book("Foundation", "Isaac Asimov", 1951, "0553293354"),
         Book("The Dispossessed", "Ursula K. Le Guin", 1974, "0061054887")]
for i, b in enumerate(books):
    lib.add(b, copies=1 + i % 2)
ann, bob = Member("Ann", 1), Member("Bob", 2)
print(ann, bob, ann == Member("Ann", 1), ann < bob, len({ann, Member("Ann", 1), bob}))
for action in [("lend", "0441013597", ann, 1), ("lend", "0441013597", bob, 2), ("lend", "0441569595", bob, 2),
               ("lend", "0441569595", ann, 3), ("lend", "0441569595", ann, 4), ("lend", "9999999999", ann, 5),
               ("return", "0441013597", ann, 20), ("lend", "0441013597", bob, 21), ("return", "0441569595", bob, 10),
               ("return", "0441569595", ann, 30)]:
    kind, isbn, member, day = action
    try:
        if kind == "lend":
            lib.lend(isbn, member, day)
            print("day %2d: %s borrows %s" % (day, member.name, lib.books[isbn][0].title))
        else:
            fine = lib.giveback(isbn, member, day)
            print("day %2d: %s returns %s, fine %d.%02d" % ((day, member.name, lib.books[isbn][0].title) + divmod(fine, 100)))
    except (KeyError, LookupError, ValueError) as e:
        print("day %2d: refused (%s: %s)" % (day, type(e).__name__, e))
print(lib.search("an"), [b.year for b in lib.search("on")])
print(sorted(books)[0].title, sorted(books, key=lambda b: b.year)[0].title, max(books, key=lambda b: len(b.title)).title)
print({isbn: lib.available(isbn) for isbn in sorted(lib.books)})
newer = books[0].replace(year=2005)
print(newer, newer == books[0], books[0].year)
for bad in [lambda: Book("x"), lambda: Book("a", "b", 1, "i", extra=1), lambda: Book("a", "b", 1, "i", title="t"), lambda: setattr(ann, "name", "Zed")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(len(lib.history), lib.history[-3:])
