# `_datetime` gives the same classes as `datetime`, created under the module name
# 'datetime', so they pickle and print as CPython's C types do.
import datetime, _datetime, pickle, copy
print(datetime.date is _datetime.date, datetime.datetime is _datetime.datetime)
print(datetime.date.__module__, datetime.timezone.utc, _datetime.UTC is datetime.UTC)
print(sorted(n for n in dir(_datetime) if not n.startswith('_') and n != 'datetime_CAPI'))
d = datetime.datetime(2020, 1, 2, 3, 4, 5, 678, tzinfo=datetime.timezone(datetime.timedelta(hours=-3)))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(d, proto)) == d
print(repr(pickle.loads(pickle.dumps(d))), copy.deepcopy(d) == d)
print(pickle.dumps(datetime.date(2001, 2, 3), 0)[:40])
print(datetime.datetime.fromisoformat('2011-11-04T00:05:23+04:00'), d.isoformat(), d.strftime('%Y %j %a'))
print(datetime.timedelta(days=-1, seconds=5), tuple(datetime.date(2024, 2, 29).isocalendar()))
for bad in (b'2020', '2020', 2020.0):
    try:
        datetime.date(bad, 1, 1)
    except TypeError as e:
        print(type(e).__name__, e)
