# 2D geometry: a Vector class, polygon area/perimeter/centroid, convex hull, point-in-polygon, intersections.
import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __iter__(self): return iter((self.x, self.y))
    def __repr__(self): return "Vec(%g, %g)" % (self.x, self.y)
    def dot(self, o): return self.x * o.x + self.y * o.y
    def cross(self, o): return self.x * o.y - self.y * o.x
    def rotate(self, deg):
        r = math.radians(deg)
        c, s = math.cos(r), math.sin(r)
        return Vec(round(self.x * c - self.y * s, 9), round(self.x * s + self.y * c, 9))
    def normalized(self): return self / abs(self)
def area(poly):
    return sum(a.cross(b) for a, b in zip(poly, poly[1:] + poly[:1])) / 2
def perimeter(poly):
    return sum(abs(b - a) for a, b in zip(poly, poly[1:] + poly[:1]))
def centroid(poly):
    a = area(poly)
    cx = sum((p.x + q.x) * p.cross(q) for p, q in zip(poly, poly[1:] + poly[:1])) / (6 * a)
    cy = sum((p.y + q.y) * p.cross(q) for p, q in zip(poly, poly[1:] + poly[:1])) / (6 * a)
    return Vec(cx, cy)
def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    def half(seq):
        out = []
        for p in seq:
            while len(out) >= 2 and (out[-1] - out[-2]).cross(p - out[-2]) <= 0:
                out.pop()
            out.append(p)
        return out
    lower, upper = half(pts), half(reversed(pts))
    return lower[:-1] + upper[:-1]
def inside(point, poly):
    result = False
    for a, b in zip(poly, poly[1:] + poly[:1]):
        if (a.y > point.y) != (b.y > point.y):
            x_cross = a.x + (point.y - a.y) * (b.x - a.x) / (b.y - a.y)
            if point.x < x_cross:
                result = not result
    return result
def segment_intersection(p1, p2, p3, p4):
    d1, d2 = p2 - p1, p4 - p3
    denom = d1.cross(d2)
    if denom == 0:
        return None
    t = (p3 - p1).cross(d2) / denom
    u = (p3 - p1).cross(d1) / denom
    if 0 <= t <= 1 and 0 <= u <= 1:
        return p1 + d1 * t
    return None
square = [Vec(0, 0), Vec(4, 0), Vec(4, 4), Vec(0, 4)]
tri = [Vec(0, 0), Vec(6, 0), Vec(0, 3)]
L_shape = [Vec(0, 0), Vec(6, 0), Vec(6, 2), Vec(2, 2), Vec(2, 6), Vec(0, 6)]
for name, poly in [("square", square), ("triangle", tri), ("L", L_shape)]:
    print("%-8s area=%g perimeter=%.4f centroid=%r" % (name, area(poly), perimeter(poly), centroid(poly)))
print(area(list(reversed(square))), Vec(3, 4) + Vec(1, 1), 2 * Vec(1, -2), abs(Vec(3, 4)), Vec(1, 0).dot(Vec(0, 1)), Vec(1, 0).cross(Vec(0, 1)))
print(Vec(1, 0).rotate(90), Vec(1, 1).rotate(45), Vec(3, 4).normalized(), list(Vec(5, 6)), sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]))
cloud = [Vec((i * 37) % 11, (i * 53) % 13) for i in range(30)]
hull = convex_hull(cloud)
print(len(set(cloud)), hull, area(hull))
for pt in [Vec(1, 1), Vec(3, 3), Vec(5, 1), Vec(1, 5), Vec(7, 7), Vec(2.5, 1.5)]:
    print(pt, "inside L:", inside(pt, L_shape))
print(segment_intersection(Vec(0, 0), Vec(4, 4), Vec(0, 4), Vec(4, 0)), segment_intersection(Vec(0, 0), Vec(1, 1), Vec(2, 2), Vec(3, 5)),
      segment_intersection(Vec(0, 0), Vec(2, 0), Vec(0, 1), Vec(2, 1)))
circle = [Vec(math.cos(2 * math.pi * k / 360), math.sin(2 * math.pi * k / 360)) for k in range(360)]
print("360-gon area %.6f vs pi %.6f" % (area(circle), math.pi))
angles = sorted(round(math.degrees(math.atan2(v.y, v.x)), 3) for v in square[1:])
print(angles, round(math.degrees(math.acos(Vec(1, 0).dot(Vec(1, 1).normalized()))), 6))
