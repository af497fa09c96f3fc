# Invalid format specs name the type, for complex too.
for value in [12j, 12, 12.0, "12"]:
    for f in (lambda: "xx{value:%M}yy".format(value=value), lambda: format(value, "%M"),
              lambda: eval("f'xx{value:{\"%M\"}}yy'")):
        try:
            f()
        except ValueError as e:
            print(e)
