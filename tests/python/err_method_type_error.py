# A TypeError from an operator inside a method called through several layers.
class Cart:
    def __init__(self):
        self.items = []
    def add(self, name, price):
        self.items.append((name, price))
    def total(self):
        return sum(price for _, price in self.items)
def checkout(cart):
    subtotal = cart.total()
    print("subtotal", subtotal)
    return subtotal * 1.2
cart = Cart()
cart.add("book", 12)
print(checkout(cart))
cart.add("pen", "3")
checkout(cart)
