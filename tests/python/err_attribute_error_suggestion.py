# A misspelled attribute: the AttributeError line carries a suggestion.
class Account:
    def __init__(self):
        self.balance = 100
acct = Account()
print(acct.balance)
print(acct.balanse)
