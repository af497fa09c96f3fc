from impdemo.cyc_x import x_value
y_value = "y sees " + x_value
try:
    from impdemo.cyc_x import x_late
except ImportError as e:
    partial_error = str(e).split(" (")[0]
