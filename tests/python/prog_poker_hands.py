# Poker hand evaluation and ranking, with a seeded shuffle, tie-breaking and hand-category statistics.
RANKS = "23456789TJQKA"
SUITS = "cdhs"
CATEGORIES = ["high card", "pair", "two pair", "three of a kind", "straight", "flush", "full house", "four of a kind", "straight flush"]
def evaluate(hand):
    values = sorted((RANKS.index(c[0]) for c in hand), reverse=True)
    suits = {c[1] for c in hand}
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    groups = sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0]))
    shape = [n for _, n in groups]
    ordered = [v for v, _ in groups]
    unique = sorted(set(values), reverse=True)
    straight_high = None
    if len(unique) == 5 and unique[0] - unique[4] == 4:
        straight_high = unique[0]
    elif unique == [12, 3, 2, 1, 0]:
        straight_high = 3
    flush = len(suits) == 1
    if straight_high is not None and flush:
        return (8, [straight_high])
    if shape == [4, 1]:
        return (7, ordered)
    if shape == [3, 2]:
        return (6, ordered)
    if flush:
        return (5, values)
    if straight_high is not None:
        return (4, [straight_high])
    if shape == [3, 1, 1]:
        return (3, ordered)
    if shape == [2, 2, 1]:
        return (2, ordered)
    if shape == [2, 1, 1, 1]:
        return (1, ordered)
    return (0, values)
def describe(hand):
    cat, kickers = evaluate(hand)
    return "%s (%s)" % (CATEGORIES[cat], "".join(RANKS[k] for k in kickers))
examples = ["AH KH QH JH TH", "5c 4c 3c 2c Ac", "9s 9h 9d 9c 2h", "Kd Kh Ks 4c 4d", "2h 7h 9h Jh Kh", "6c 5d 4h 3s 2c",
            "As 2d 3h 4s 5c", "Qs Qh Qd 8c 3h", "Jh Js 4c 4d Ac", "Tc Td 9h 8s 2c", "Ac Kd 9h 7s 3c"]
hands = [[c[0].upper() + c[1].lower() for c in e.split()] for e in examples]
for h in hands:
    print(" ".join(h), "->", describe(h))
ranked = sorted(hands, key=evaluate, reverse=True)
print("best:", " ".join(ranked[0]), "| worst:", " ".join(ranked[-1]))
showdown = [("alice", "Ah Ad Kc Kd 2s"), ("bob", "Ac As Kh Ks 3d"), ("carol", "Qh Qd Qs 5c 6c")]
scores = {name: evaluate([c[0].upper() + c[1] for c in h.split()]) for name, h in showdown}
top = max(scores.values())
print("showdown winner(s):", [n for n, s in scores.items() if s == top], "| alice vs bob:", scores["alice"] < scores["bob"])
class Rng:
    def __init__(self, seed):
        self.s = seed
    def below(self, n):
        self.s = (self.s * 6364136223846793005 + 1) % 2 ** 64
        return (self.s >> 33) % n
def shuffled_deck(rng):
    deck = [r + s for r in RANKS for s in SUITS]
    for i in range(len(deck) - 1, 0, -1):
        j = rng.below(i + 1)
        deck[i], deck[j] = deck[j], deck[i]
    return deck
rng = Rng(12345)
tally = [0] * len(CATEGORIES)
best_seen = None
for deal in range(3000):
    deck = shuffled_deck(rng) if deal % 10 == 0 else deck[5:] + deck[:5]
    hand = deck[:5]
    ev = evaluate(hand)
    tally[ev[0]] += 1
    if best_seen is None or ev > best_seen[0]:
        best_seen = (ev, hand)
for name, n in zip(CATEGORIES, tally):
    print("%-16s %5d  %6.2f%%" % (name, n, 100 * n / 3000))
print("best dealt:", " ".join(best_seen[1]), "->", describe(best_seen[1]))
print(shuffled_deck(Rng(1))[:13])
