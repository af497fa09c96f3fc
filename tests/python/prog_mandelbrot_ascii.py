# ASCII renderings of the Mandelbrot and Julia sets with complex arithmetic, plus escape-time stats.
PALETTE = " .:-=+*#%@"
def escape_time(c, limit=60, z=0j):
    for n in range(limit):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return n
    return limit
def render(fn, x0, x1, y0, y1, width, height, limit):
    rows, histogram = [], {}
    for j in range(height):
        y = y1 - (y1 - y0) * j / (height - 1)
        row = []
        for i in range(width):
            x = x0 + (x1 - x0) * i / (width - 1)
            n = fn(complex(x, y), limit)
            histogram[n] = histogram.get(n, 0) + 1
            row.append(PALETTE[-1] if n == limit else PALETTE[min(n * len(PALETTE) // limit * 3, len(PALETTE) - 2)])
        rows.append("".join(row))
    return rows, histogram
rows, hist = render(escape_time, -2.2, 0.8, -1.2, 1.2, 64, 24, 60)
print("\n".join(rows))
inside = hist.get(60, 0)
print("inside points:", inside, "of", 64 * 24, "| area estimate: %.4f" % (inside / (64 * 24) * 3.0 * 2.4))
print("most common escape times:", sorted(hist.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
julia_c = complex(-0.8, 0.156)
rows, hist = render(lambda z, limit: escape_time(julia_c, limit, z), -1.6, 1.6, -1.0, 1.0, 56, 18, 50)
print("\n".join(rows))
print("julia inside:", hist.get(50, 0))
for c in [0, -1, 1j, -2, 0.25, 0.26, complex(-0.75, 0.1), complex(-1.25, 0)]:
    print("%-14r %2d" % (c, escape_time(complex(c), 100)))
symmetric = all(escape_time(complex(x / 10, y / 10), 40) == escape_time(complex(x / 10, -y / 10), 40) for x in range(-20, 6) for y in range(0, 12))
print("symmetric about the real axis:", symmetric)
