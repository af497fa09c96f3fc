"""A small tour: classes, generators, comprehensions, f-strings and exceptions."""


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def primes(limit):
    sieve = [True] * limit
    for n in range(2, limit):
        if sieve[n]:
            yield n
            for m in range(n * n, limit, n):
                sieve[m] = False


acct = Account("ada").deposit(100).deposit(23)
print("Hello from ferropy!", acct)
print("primes:", list(primes(50)))
print("squares:", {n: n * n for n in range(6)})
try:
    acct.deposit(-1)
except ValueError as err:
    print(f"refused: {err}")
