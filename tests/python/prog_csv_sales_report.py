# Parse CSV text (with quoted fields), aggregate sales by region/product/month, and print formatted reports.
RAW = '''date,region,product,units,unit_price,notes
2024-01-05,North,Widget,12,2.50,
2024-01-17,South,Gadget,3,12.99,"rush order, gift wrap"
2024-01-20,North,Gadget,1,12.99,
2024-02-02,East,Widget,40,2.40,"bulk ""discount"""
2024-02-14,South,Doohickey,100,0.75,
2024-02-28,North,Widget,7,2.50,
2024-03-03,East,Gadget,5,12.49,
2024-03-15,West,Widget,22,2.50,"new, region"
2024-03-21,South,Gadget,2,12.99,
2024-03-30,West,Doohickey,60,0.80,
'''
def parse_csv(text):
    rows, row, field, i, quoted = [], [], [], 0, False
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"':
                if text[i + 1:i + 2] == '"':
                    field.append('"'); i += 1
                else:
                    quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            row.append("".join(field)); field = []
        elif ch == "\n":
            row.append("".join(field)); field = []
            rows.append(row); row = []
        else:
            field.append(ch)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows
rows = parse_csv(RAW)
header, records = rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]
print(header, len(records))
print([r["notes"] for r in records if r["notes"]])
for r in records:
    r["units"] = int(r["units"])
    r["cents"] = round(float(r["unit_price"]) * 100) * r["units"]
    r["month"] = r["date"][:7]
def money(cents):
    return "{:,.2f}".format(cents / 100)
def group_sum(key):
    totals = {}
    for r in records:
        totals[r[key]] = totals.get(r[key], 0) + r["cents"]
    return totals
grand = sum(r["cents"] for r in records)
for key in ("region", "product", "month"):
    totals = group_sum(key)
    print("\nBy %s:" % key)
    for name, cents in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        share = cents / grand
        print("  {:<10} {:>10} {:>7.1%} {}".format(name, money(cents), share, "*" * round(share * 40)))
print("\nGrand total:", money(grand))
products = sorted({r["product"] for r in records})
regions = sorted({r["region"] for r in records})
print("\n{:<8}".format("") + "".join("{:>11}".format(p) for p in products) + "{:>11}".format("TOTAL"))
for reg in regions:
    cells = [sum(r["cents"] for r in records if r["region"] == reg and r["product"] == p) for p in products]
    print("{:<8}".format(reg) + "".join("{:>11}".format(money(c) if c else "-") for c in cells) + "{:>11}".format(money(sum(cells))))
best = max(records, key=lambda r: (r["cents"], r["date"]))
print("\nlargest sale:", best["date"], best["region"], best["product"], money(best["cents"]))
units = {}
for r in records:
    units[r["product"]] = units.get(r["product"], 0) + r["units"]
print("units:", units, "avg price per unit:", {p: money(group_sum("product")[p] / units[p]) for p in sorted(units)})
def to_csv(rows):
    def q(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v
    return "\n".join(",".join(q(v) for v in row) for row in rows)
out = to_csv([header] + [[r[h] for h in header] for r in records[:4]])
print(out)
print(parse_csv(out + "\n")[1:] == [[str(r[h]) for h in header] for r in records[:4]])
