# Rich comparison tries a proper subclass's reflected method first even when it is
# inherited unchanged (CPython do_richcompare), e.g. date != datetime.
import datetime
d = datetime.date.today(); dt = datetime.datetime.combine(d, datetime.time())
print(d != dt, dt != d, d == dt, dt == d)
class A:
    def __eq__(self, o): print("A.eq", type(self).__name__, type(o).__name__); return NotImplemented
class B(A): pass
print(A() == B(), B() == A(), A() != B())
class C(int): pass
print(1 < C(2), C(2) > 1, [1] == [1])
