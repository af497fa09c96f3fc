__all__ = ["public_a", "public_b"]
public_a = 1
public_b = 2
hidden = 3
_private = 4
