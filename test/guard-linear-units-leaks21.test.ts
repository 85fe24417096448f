import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers widened by the leaks attack of round 21 (test/attack20/leaks21-*.test.ts), in a process of their own
// (the work meter patches the regex and string primitives of its process).
linearWorkOnUnits("a command's password flag on a continued line", [
  'mysql -u root \\\n  -pS3cr3tPass db ',
  'mysql \\\n\\\n\\\n\\\n -p',
  'sshpass \\\r\n -p \\\n ',
  'net user `\n `\n `\n ',
])

linearWorkOnUnits('a key joined from string literals', [
  '"ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A" ',
  '"a" "b" "c" "d" ',
  "'a'+'b'.'c'..'d'&'e'||'f' ",
  '"sk-" \\\n "abc',
  '""""""',
])

linearWorkOnUnits('a passphrase of plain words after its label', [
  'passphrase: correct horse battery staple\n',
  'passphrase: passphrase: passphrase is passphrase = ',
  'pass phrase is: a b c d e f g h i j k l m n o p q r s t u v w x y z ',
  'frase de frase secreta: phrase de phrase secrète: ',
])

linearWorkOnUnits("a man page's markup between a label and its value", [
  '\\fB\\-\\-password\\fR=S3cret7x ',
  '\\f\\f\\f\\f\\&\\&\\- ',
  '\\f[BBBBBBBBBBBBBBBBBBBBBBB \\f(C \\*(A \\(d ',
  '\\fIsk\\-proj\\-abcDEF123456ghiJKL789mnoPQR012\\fR ',
])

linearWorkOnUnits('Russian, Indonesian and Polish phone words and reach phrases', [
  'звоните 8 (912) 345-67-89 ',
  'позвоните мне по номеру 8 912 345 67 89 ',
  'HP: 0812-3456-7890 WA: 081234567890 ',
  'hubungi saya di 0812 3456 7890 ',
  'kom. 601 234 567 dzwoń na 601234567 ',
  'nama,ponsel\nBudi,081234567890\n',
])

linearWorkOnUnits('a Grafana API key, base64 of its JSON', [
  'eyJrIjoiWVd3c3lhZ1c2UVFBNllrUThZODRDNHVTU0lRZ0tLQ1ciLCJuIjoiY2ktZGVwbG95IiwiaWQiOjN9 ',
  'eyJrIjoi eyJrIjoieyJrIjoi+/+/+/+/ ',
  `eyJrIjoi${'A'.repeat(420)} `,
])

linearWorkOnUnits('Russian, Indonesian and Polish national ids after their labels', [
  'СНИЛС 112-233-445 95 ',
  'ИНН 500123456750 NIP 123-456-32-18 ',
  'NIK: 3201014507900003 ',
  '123-456-32-18-123-456-32-18-',
])

linearWorkOnUnits('a value glued to a drawn arrow or a leader after its name', [
  'PASSWORD-->hunter2x9 ',
  'password------------------------------------------------------------> ',
  'Password......Xk9mQ2vLp7 ',
  'password.............................................................. ',
  'password--password--password--> ',
])

linearWorkOnUnits("curl's proxy user and password", [
  'curl --proxy-user alice:Pw7vL2xKp9Zq ',
  '-U -U -U --proxy-user --proxy-user= ',
  '-U a:-U b:-U c: ',
])

linearWorkOnUnits("an address with another language's words for @ and .", [
  'ivan.petrov собака yandex.ru ',
  'jan.kowalski [małpa] wp [kropka] pl ',
  'a.b arroba c punto d punto e punto f punto g ',
  ' собака  małpa  arobase  arroba (ät) [punkt] ',
])

linearWorkOnUnits('a passphrase after its label and a dash or an arrow', [
  'GPG passphrase - open sesame forever green\n',
  'passphrase - passphrase — passphrase -> passphrase => passphrase → ',
])
