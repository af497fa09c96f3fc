class ValidationError(Exception):
    pass
def validate(v):
    if v < 0:
        raise ValidationError(f"negative value: {v}")
for v in [1, 2, -3]:
    validate(v)
    print("ok", v)
