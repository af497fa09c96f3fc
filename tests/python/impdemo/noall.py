import math as _math_alias
public_one = 1
public_two = "two"
_private_one = "hidden"
def public_func():
    return "public function"
class PublicClass:
    pass
