class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {self.balance}>"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Account, "alice", 100)
b = bank.open(SavingsAccount, "bob", 1000, rate=0.05)
bank.transfer(a.id, b.id, 30)
print(a, b, bank.total())
print("interest", b.add_interest(), b)
try:
    bank.transfer(a.id, b.id, 500)
except InsufficientFunds as e:
    print("failed:", e, e.needed, e.available)
try:
    a.deposit(-5)
except ValueError as e:
    print("failed:", e)
for acct in sorted(bank.accounts.values(), key=lambda x: -x.balance):
    print(acct.owner, acct.history)
print(isinstance(b, Account), type(b).__mro__[1].__name__)
