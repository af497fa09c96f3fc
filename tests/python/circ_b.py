import circ_a
seen_from_b = circ_a.value
value = "b"
