# A vending machine state machine: coin handling, product selection, change-making with limited coins.
class VendingError(Exception):
    pass
class Machine:
    COINS = (200, 100, 50, 20, 10, 5)
    def __init__(self, products, float_coins):
        self.products = {code: dict(name=n, price=p, stock=s) for code, (n, p, s) in products.items()}
        self.coins = dict(float_coins)
        self.state = "idle"
        self.credit = 0
        self.inserted = []
        self.sales = []
    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError("rejected coin %d" % coin)
        if self.state == "out of order":
            raise VendingError("machine out of order")
        self.credit += coin
        self.inserted.append(coin)
        self.coins[coin] = self.coins.get(coin, 0) + 1
        self.state = "has credit"
    def make_change(self, amount):
        plan, remaining = {}, amount
        for coin in self.COINS:
            use = min(remaining // coin, self.coins.get(coin, 0))
            if use:
                plan[coin] = use
                remaining -= use * coin
        if remaining:
            return None
        return plan
    def select(self, code):
        if self.state != "has credit":
            raise VendingError("insert coins first")
        if code not in self.products:
            raise VendingError("unknown product %s" % code)
        product = self.products[code]
        if product["stock"] == 0:
            raise VendingError("%s is sold out" % product["name"])
        if self.credit < product["price"]:
            raise VendingError("%s costs %s, credit is %s" % (product["name"], fmt(product["price"]), fmt(self.credit)))
        change = self.make_change(self.credit - product["price"])
        if change is None:
            raise VendingError("cannot make change for %s, use exact money" % fmt(self.credit - product["price"]))
        for coin, n in change.items():
            self.coins[coin] -= n
        product["stock"] -= 1
        self.sales.append(code)
        self.credit, self.inserted = 0, []
        self.state = "idle"
        return product["name"], change
    def cancel(self):
        refund = list(self.inserted)
        for c in refund:
            self.coins[c] -= 1
        self.credit, self.inserted, self.state = 0, [], "idle"
        return refund
def fmt(cents):
    return "%d.%02d" % divmod(cents, 100)
m = Machine({"A1": ("Cola", 150, 2), "A2": ("Water", 90, 5), "B1": ("Chips", 125, 1), "B2": ("Candy", 65, 0)},
            {100: 2, 50: 1, 20: 2, 10: 1, 5: 0})
script = [("select", "A1"), ("insert", 100), ("insert", 3), ("select", "A1"), ("insert", 100), ("select", "A1"),
          ("insert", 200), ("select", "B2"), ("select", "B1"), ("insert", 50), ("insert", 20), ("insert", 20), ("select", "A2"),
          ("insert", 200), ("select", "Z9"), ("cancel",), ("insert", 100), ("insert", 50), ("select", "A1"),
          ("insert", 200), ("select", "A1"), ("insert", 100), ("insert", 20), ("select", "A2")]
for step in script:
    action, *args = step
    try:
        result = getattr(m, action)(*args)
        shown = result if result is not None else ""
        if action == "select":
            name, change = result
            shown = "vend %s, change %s (%s)" % (name, fmt(sum(c * n for c, n in change.items())), change)
        print("%-14s ok    %-10s credit=%-5s %s" % (" ".join(map(str, step)), m.state, fmt(m.credit), shown))
    except VendingError as e:
        print("%-14s ERROR %-10s credit=%-5s %s" % (" ".join(map(str, step)), m.state, fmt(m.credit), e))
print("stock:", {c: p["stock"] for c, p in m.products.items()})
print("coins:", dict(sorted(m.coins.items(), reverse=True)), "value:", fmt(sum(c * n for c, n in m.coins.items())))
print("sales:", m.sales, "revenue:", fmt(sum(m.products[c]["price"] for c in m.sales)))
