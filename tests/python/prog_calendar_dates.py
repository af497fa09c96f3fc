# Date arithmetic without the datetime module: leap years, day-of-week, month calendars, differences.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def to_ordinal(y, m, d):
    """Days since 0001-01-01 (which is day 1), like date.toordinal()."""
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(days_in_month(y, k) for k in range(1, m))
    return days + d
def from_ordinal(n):
    y = max(1, (n * 400) // 146097)
    while to_ordinal(y + 1, 1, 1) <= n:
        y += 1
    while to_ordinal(y, 1, 1) > n:
        y -= 1
    m = 1
    while to_ordinal(y, m, days_in_month(y, m)) < n:
        m += 1
    return y, m, n - to_ordinal(y, m, 1) + 1
def weekday(y, m, d):
    return (to_ordinal(y, m, d) - 1) % 7
def month_calendar(y, m):
    lines = ["%s %d" % (MONTHS[m - 1], y), " ".join(DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + ["%2d" % d for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines
for line in month_calendar(2024, 2) + [""] + month_calendar(2000, 10):
    print(line)
for y in [1900, 2000, 2023, 2024, 2100, 2400]:
    print(y, "leap" if is_leap(y) else "common", sum(days_in_month(y, m) for m in range(1, 13)))
for date in [(1969, 7, 20), (2000, 1, 1), (1999, 12, 31), (2024, 2, 29), (1, 1, 1), (9999, 12, 31)]:
    print("%04d-%02d-%02d" % date, DAYS[weekday(*date)], to_ordinal(*date), from_ordinal(to_ordinal(*date)) == date)
def add_days(date, n):
    return from_ordinal(to_ordinal(*date) + n)
print(add_days((2024, 2, 28), 1), add_days((2024, 2, 28), 2), add_days((2023, 12, 31), 1), add_days((2024, 3, 1), -1), add_days((2000, 1, 1), 10000))
def diff(a, b):
    return to_ordinal(*b) - to_ordinal(*a)
print(diff((2000, 1, 1), (2024, 1, 1)), diff((2024, 12, 25), (2024, 1, 1)), diff((1970, 1, 1), (2038, 1, 19)))
fridays13 = [(y, m) for y in range(2024, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13th:", ["%d-%02d" % fm for fm in fridays13])
def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return y, month, day + 1
print([("%d-%02d-%02d" % easter(y)) for y in (2000, 2019, 2024, 2025, 2038)])
def iso_week(y, m, d):
    wd = weekday(y, m, d)
    thursday = to_ordinal(y, m, d) - wd + 3
    ty = from_ordinal(thursday)[0]
    return ty, (thursday - to_ordinal(ty, 1, 1)) // 7 + 1
print([iso_week(*dt) for dt in [(2024, 1, 1), (2023, 1, 1), (2020, 12, 31), (2021, 1, 3), (2026, 12, 31)]])
