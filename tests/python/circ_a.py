value = "a-start"
import circ_b
value = "a-done"
