e = ValueError("with notes")
e.add_note("extra context")
raise e
