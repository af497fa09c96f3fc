# A small n-body simulation (sun + planets) with energy conservation checks and orbit statistics.
import math
PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
class Body:
    def __init__(self, name, x, y, z, vx, vy, vz, mass):
        self.name = name
        self.pos = [x, y, z]
        self.vel = [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR]
        self.mass = mass * SOLAR_MASS
bodies = [
    Body("sun", 0, 0, 0, 0, 0, 0, 1),
    Body("jupiter", 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
    Body("saturn", 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
    Body("uranus", 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
    Body("neptune", 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
]
def offset_momentum():
    px = sum(b.vel[0] * b.mass for b in bodies)
    py = sum(b.vel[1] * b.mass for b in bodies)
    pz = sum(b.vel[2] * b.mass for b in bodies)
    sun = bodies[0]
    sun.vel = [-px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS]
def energy():
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b.mass * sum(v * v for v in b.vel)
        for b2 in bodies[i + 1:]:
            d = math.sqrt(sum((p - q) ** 2 for p, q in zip(b.pos, b2.pos)))
            e -= b.mass * b2.mass / d
    return e
pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
def advance(dt, steps):
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1.pos[0] - b2.pos[0]
            dy = b1.pos[1] - b2.pos[1]
            dz = b1.pos[2] - b2.pos[2]
            mag = dt * (dx * dx + dy * dy + dz * dz) ** -1.5
            m1, m2 = b1.mass * mag, b2.mass * mag
            b1.vel[0] -= dx * m2; b1.vel[1] -= dy * m2; b1.vel[2] -= dz * m2
            b2.vel[0] += dx * m1; b2.vel[1] += dy * m1; b2.vel[2] += dz * m1
        for b in bodies:
            b.pos[0] += dt * b.vel[0]
            b.pos[1] += dt * b.vel[1]
            b.pos[2] += dt * b.vel[2]
offset_momentum()
e0 = energy()
print("%.9f" % e0)
distances = {b.name: [] for b in bodies[1:]}
for chunk in range(10):
    advance(0.01, 200)
    for b in bodies[1:]:
        distances[b.name].append(math.dist(b.pos, bodies[0].pos))
    print("t=%5.1f energy %.9f" % ((chunk + 1) * 2.0, energy()))
e1 = energy()
print("relative energy drift: %.3e" % abs((e1 - e0) / e0))
for name, ds in distances.items():
    print("%-8s min %.4f max %.4f mean %.4f" % (name, min(ds), max(ds), sum(ds) / len(ds)))
momentum = [sum(b.vel[k] * b.mass for b in bodies) for k in range(3)]
print("total momentum ~ 0:", all(abs(p) < 1e-12 for p in momentum))
angle = math.degrees(math.atan2(bodies[1].pos[1], bodies[1].pos[0]))
print("jupiter angle %.3f deg, speed %.5f AU/yr" % (angle, math.hypot(*bodies[1].vel)))
