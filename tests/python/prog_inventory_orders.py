# An inventory and order-processing system: classes, properties, custom exceptions, reports.
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__("%s: wanted %d, only %d available" % (sku, wanted, available))
        self.sku, self.wanted, self.available = sku, wanted, available
class UnknownProduct(InventoryError, KeyError):
    pass

class Product:
    def __init__(self, sku, name, price_cents, qty=0, tags=()):
        self.sku, self.name = sku, name
        self.price_cents = price_cents
        self.qty = qty
        self.tags = frozenset(tags)
    @property
    def price(self):
        return "%d.%02d" % divmod(self.price_cents, 100)
    @property
    def value_cents(self):
        return self.price_cents * self.qty
    def __repr__(self):
        return "Product(%r, %r, qty=%d)" % (self.sku, self.name, self.qty)

class Inventory:
    def __init__(self):
        self.products = {}
        self.log = []
    def add(self, product):
        if product.sku in self.products:
            raise InventoryError("duplicate sku %s" % product.sku)
        self.products[product.sku] = product
    def __getitem__(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None
    def restock(self, sku, qty):
        self[sku].qty += qty
        self.log.append(("restock", sku, qty))
    def reserve(self, lines):
        for sku, qty in lines:
            p = self[sku]
            if p.qty < qty:
                raise OutOfStock(sku, qty, p.qty)
        for sku, qty in lines:
            self[sku].qty -= qty
            self.log.append(("ship", sku, qty))
    def total_value(self):
        return sum(p.value_cents for p in self.products.values())
    def low_stock(self, threshold):
        return sorted((p for p in self.products.values() if p.qty <= threshold), key=lambda p: (p.qty, p.sku))
    def by_tag(self):
        tags = {}
        for p in self.products.values():
            for t in p.tags:
                tags.setdefault(t, []).append(p.sku)
        return {t: sorted(v) for t, v in sorted(tags.items())}

inv = Inventory()
for args in [("A100", "Widget", 250, 40, ("tools", "small")), ("B200", "Gadget", 1299, 5, ("electronics",)),
             ("C300", "Doohickey", 75, 200, ("small",)), ("D400", "Thingamajig", 4999, 1, ("electronics", "premium"))]:
    inv.add(Product(*args))
try:
    inv.add(Product("A100", "Dup", 1))
except InventoryError as e:
    print(type(e).__name__, e)
print("inventory value: $%d.%02d" % divmod(inv.total_value(), 100))
orders = [
    ("order-1", [("A100", 10), ("C300", 50)]),
    ("order-2", [("B200", 6)]),
    ("order-3", [("D400", 1), ("A100", 5)]),
    ("order-4", [("Z999", 1)]),
    ("order-5", [("D400", 1)]),
]
for order_id, lines in orders:
    try:
        inv.reserve(lines)
        total = sum(inv[s].price_cents * q for s, q in lines)
        print("%s shipped, total $%d.%02d" % ((order_id,) + divmod(total, 100)))
    except OutOfStock as e:
        print("%s backordered: %s (short by %d)" % (order_id, e, e.wanted - e.available))
    except UnknownProduct as e:
        print("%s rejected: unknown product %s; is KeyError: %s" % (order_id, e, isinstance(e, KeyError)))
inv.restock("D400", 3)
print("low stock:", inv.low_stock(5))
print("by tag:", inv.by_tag())
print("%-6s %-12s %8s %5s %10s" % ("SKU", "NAME", "PRICE", "QTY", "VALUE"))
for p in sorted(inv.products.values(), key=lambda p: -p.value_cents):
    print("%-6s %-12s %8s %5d %10s" % (p.sku, p.name, p.price, p.qty, "%d.%02d" % divmod(p.value_cents, 100)))
print(inv.log)
shipped = {}
for kind, sku, qty in inv.log:
    if kind == "ship":
        shipped[sku] = shipped.get(sku, 0) + qty
print(shipped, sum(shipped.values()))
