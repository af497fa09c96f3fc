# Invoice generation exercising format specs, rounding rules, alignment and currency math in cents.
ITEMS = [("Consulting (hours)", 12.5, 9500), ("Travel expenses", 1, 43210), ("License — annual", 3, 129900),
         ("Support plan", 1, 0), ("Hardware: rack unit", 2, 249999), ("Discount voucher", 1, -15000)]
TAX_RATES = {"standard": 0.2, "reduced": 0.05}
def cents_round(x):
    """Round half away from zero to whole cents."""
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)
def money(cents, width=0, symbol="$"):
    sign = "-" if cents < 0 else ""
    text = "%s%s%s" % (sign, symbol, format(abs(cents) / 100, ",.2f"))
    return text.rjust(width)
lines = []
for desc, qty, unit in ITEMS:
    total = cents_round(qty * unit)
    lines.append((desc, qty, unit, total))
W = 72
print("=" * W)
print("{:^{w}}".format("INVOICE #2024-0042", w=W))
print("{:^{w}}".format("Ferro Consulting Ltd.", w=W))
print("=" * W)
print("{:<28} {:>8} {:>14} {:>18}".format("Description", "Qty", "Unit price", "Amount"))
print("-" * W)
for desc, qty, unit, total in lines:
    qty_text = ("%g" % qty) if qty != int(qty) else str(int(qty))
    print("{:<28.28} {:>8} {:>14} {:>18}".format(desc, qty_text, money(unit), money(total)))
subtotal = sum(t for *_, t in lines)
tax = cents_round(subtotal * TAX_RATES["standard"])
print("-" * W)
print("{:>51} {:>20}".format("Subtotal:", money(subtotal)))
print("{:>51} {:>20}".format("Tax ({:.0%}):".format(TAX_RATES["standard"]), money(tax)))
print("{:>51} {:>20}".format("TOTAL DUE:", money(subtotal + tax)))
print("=" * W)
for n in [0, 5, -5, 99, 100, 123456789, -100000, 1]:
    print("{:>12} | {:<14}| {:^14} | {:>+10.2f} | {:e}".format(n, money(n), money(n, symbol="€"), n / 100, n / 100))
print([cents_round(x) for x in (0.5, 1.5, 2.5, -0.5, -2.5, 10.4999, 10.5)], [round(x) for x in (0.5, 1.5, 2.5, -0.5, -2.5)])
installments = 7
base, remainder = divmod(subtotal + tax, installments)
plan = [base + (1 if i < remainder else 0) for i in range(installments)]
print("installments:", [money(p) for p in plan], sum(plan) == subtotal + tax)
for pct in (0.0, 0.075, 0.125, 1 / 3):
    print("{:>7.3%} of {} = {}".format(pct, money(subtotal), money(cents_round(subtotal * pct))))
print("{:,}".format(subtotal), "{:_d}".format(subtotal), "{:08.2f}".format(3.14159), "{:+.1e}".format(-subtotal / 100), "{:x}".format(subtotal))
print("%-10s|%10s|%-+8.2f|%08.3f|%.0f" % ("left", "right", 3.14159, -2.5, 2.5))
