# time's calendar functions: struct_time, gmtime/localtime/mktime, asctime/ctime,
# strftime (C library), argument errors, clocks; in a fixed zone (TZ=UTC then Europe/Paris).
import os, time
os.environ['TZ'] = 'UTC'
time.tzset()
print(time.struct_time.n_sequence_fields, time.struct_time.n_fields, time.timezone, time.altzone, time.daylight, time.tzname)
print(time.gmtime(0)); print(repr(time.localtime(86400*365)))
print(time.asctime(time.gmtime(0)), time.ctime(0), time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %Z', time.gmtime(1e9)))
print(time.mktime(time.localtime(1e9)))
for bad in [(1,2), 'x', (2020,1,1,0,0,0,0,1,-1,'UTC', 0), (2020,13,1,0,0,0,0,1,0), (2020,0,0,0,0,0,0,0,0)]:
    try: print(time.strftime('%Y %m %d', bad))
    except Exception as e: print(type(e).__name__, e)
for v in [1e20, float('nan'), 'x', -1.5]:
    try: print(time.gmtime(v))
    except Exception as e: print(type(e).__name__, e)
print(time.get_clock_info('monotonic'))
try: time.get_clock_info('x')
except ValueError as e: print(e)
print(time.localtime(0).tm_zone, time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
st = time.gmtime(1234567890)
print(st.tm_year, st[0], st[-1], len(st), tuple(st), time.mktime(st) - time.timezone)
print(time.strftime('%%|%y|%I %p|%U|%w|%c|%x|%X', st))
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)), time.clock_getres(time.CLOCK_REALTIME), time.monotonic() > 0)
print(time.struct_time((2000,1,1,0,0,0,5,1,0)))
print(time.asctime((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
import datetime
print(datetime.datetime.fromtimestamp(1e9, datetime.timezone.utc), datetime.date.fromtimestamp(1e9))
print(datetime.datetime(2020, 5, 17, 13, 4).strftime('%A %d %B %Y %H:%M'))
print(time.gmtime(-86400.5))
os.environ['TZ'] = 'Europe/Paris'
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
lt = time.localtime(1e9)
print(lt, lt.tm_zone, lt.tm_gmtoff)
print(time.mktime(lt), time.strftime('%H:%M %Z %z', lt))
print(time.localtime(1.2e9 - 86400 * 150).tm_isdst, time.ctime(1e9))
