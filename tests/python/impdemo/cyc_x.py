x_value = "x-early"
from impdemo.cyc_y import y_value
x_late = "x-late"
