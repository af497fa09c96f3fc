# A small validation library built on a custom exception hierarchy, notes and groups.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return "%s: %s" % (self.field, self.message)

class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")

class WrongType(ValidationError):
    def __init__(self, field, expected, got):
        super().__init__(field, "expected %s, got %s" % (expected.__name__, type(got).__name__))

class OutOfRange(ValidationError):
    pass

class Schema:
    def __init__(self, **fields):
        self.fields = fields
    def validate(self, record):
        errors = []
        clean = {}
        for name, (kind, required, check) in self.fields.items():
            try:
                if name not in record:
                    if required:
                        raise MissingField(name)
                    continue
                value = record[name]
                if not isinstance(value, kind):
                    raise WrongType(name, kind, value)
                if check is not None:
                    check(name, value)
                clean[name] = value
            except ValidationError as e:
                errors.append(e)
        if errors:
            raise ExceptionGroup("record invalid (%d problems)" % len(errors), errors)
        return clean

def in_range(lo, hi):
    def check(name, value):
        if not lo <= value <= hi:
            raise OutOfRange(name, "%r not in [%r, %r]" % (value, lo, hi))
    return check

def non_empty(name, value):
    if not value.strip():
        raise ValidationError(name, "must not be blank")

schema = Schema(name=(str, True, non_empty), age=(int, True, in_range(0, 150)), email=(str, False, None),
                score=(float, False, in_range(0.0, 1.0)))
records = [
    {"name": "Ann", "age": 31, "email": "ann@example.com"},
    {"name": "  ", "age": 200},
    {"age": "old", "score": 1.5},
    {"name": "Bob", "age": 40, "score": 0.75},
    {},
]
for i, rec in enumerate(records):
    try:
        print(i, "ok", schema.validate(rec))
    except* MissingField as g:
        print(i, "missing:", sorted(e.field for e in g.exceptions))
    except* WrongType as g:
        print(i, "types:", [str(e) for e in g.exceptions])
    except* ValidationError as g:
        print(i, "other:", [str(e) for e in g.exceptions])

def load_all(rows):
    good, bad = [], 0
    for n, row in enumerate(rows):
        try:
            good.append(schema.validate(row))
        except ExceptionGroup as g:
            bad += 1
            g.add_note("row %d" % n)
            last = g
    return good, bad, last

good, bad, last = load_all(records)
print(len(good), bad, last.__notes__, last.message)
print([type(e).__name__ for e in last.exceptions])
print(issubclass(OutOfRange, ValidationError), isinstance(MissingField("x"), ValidationError), repr(MissingField("x")))
def strict_parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ValidationError("text", "not an integer: %r" % text) from e
for t in ["12", "x1", ""]:
    try:
        print(strict_parse(t))
    except ValidationError as e:
        print("error:", e, "| caused by:", type(e.__cause__).__name__, e.__cause__)
