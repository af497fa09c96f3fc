import circ_a
print(circ_a.value, circ_a.circ_b.value, circ_a.circ_b.seen_from_b)
import nspkg.mod
print(nspkg.mod.NAME, nspkg.__path__ is not None, getattr(nspkg, "__file__", None))
