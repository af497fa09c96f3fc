# complex repr/format/arithmetic across special values (inf, nan, signed zeros, huge and tiny parts).
inf, nan = float('inf'), float('nan')
vals = [0j, 1j, -1j, 1+1j, -2.5+3j, complex(inf, 0), complex(0, inf), complex(nan, 1), complex(-0.0, -0.0), 1e300+1e300j, 3e-320+1j, complex(1, -0.0)]
for a in vals:
    row = [repr(a), str(a), format(a, ''), format(a, '.2f'), format(a, 'g'), format(a, '>30'), format(a, '+.3e'), repr(-a), repr(a.conjugate())]
    try: row.append(repr(abs(a)))
    except Exception as e: row.append(type(e).__name__ + str(e))
    for b in vals[:6] + [2, 0.5, -1, 3]:
        for op in ['+', '-', '*', '/', '**']:
            try:
                r = eval('a %s b' % op)
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__ + ' ' + str(e))
    row.append(hash(a) if a == a else 'nan')
    print(row)
for s in ['1e400j', '-1e400+1e400j', 'nanj', '-nan-nanj', '1e-400j', ' ( -1.5E+3-2.5e-3J ) ', '\t1j\n']:
    print(repr(complex(s)))
