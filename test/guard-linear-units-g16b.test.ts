import { linearWorkOnUnits } from './helpers/linear-units.js'

// Crafted units for the readers widened after attack 16 (secret labels and operators), in a process of their own
// (the work meter patches the regex and string primitives of its process): doubling a unit's repetitions must at
// most double the counted work.

// positional-credentials.ts and command-secrets.ts: each call reads one bounded argument list, the filter looks
// back a bounded way, mkpasswd reads its line's bounded words.
linearWorkOnUnits('hashing calls, the password_hash filter and mkpasswd', [
  "bcrypt.hash('a', ",
  'password_hash(',
  'Hash::make([]byte(',
  "bcrypt.hashpw(b'",
  "'a' | password_hash ",
  '| password_hash',
  "'Tq7#vLm2!zR9' |password_hash('x') ",
  'mkpasswd -m ',
  'mkpasswd -s mkpasswd ',
])

// secrets.ts: the abbreviations are keywords read as the others; arrows, pairs and VALUE clauses are bounded operators.
linearWorkOnUnits('password abbreviations, arrows and other languages’ forms', [
  'p/w: ',
  'psw=',
  'pswd → ',
  'p/wp/w ',
  'password → ',
  'Password for a => ',
  'password <- ',
  'password <<- ',
  '"a" -> password ',
  "'a' ->> token\n",
  'password = [[',
  'password = [==[a',
  '{password, "',
  '(password . "',
  "lv_password TYPE string VALUE '",
  "WS-PASSWORD PIC X(12) VALUE 'a'.",
  'storePassword "Tq7#vLm2!zR9"\n',
  '<Password value="',
  '<Password value="a"/>',
  'Authorization: Bot ',
  'Authorization: Bot Bot ',
  'authorization: a-b ',
])

// signed-urls.ts and service-secrets.ts: each parameter reads one bounded value, each file name a bounded reach.
linearWorkOnUnits('URL query keys and service secrets files', [
  '?key=',
  '&appid=abc123',
  '?auth=a&key=',
  '?key=5be0c47d91a2f83e6d07b4c9a1e2f3d4',
  ': PSK "',
  ': PSK a ',
  'userlist.txt\n',
  'userlist.txt\n"a" "Tq7#vLm2!zR9"\n',
  '"a" "b"\n',
  'chap-secrets\n',
  'client server secret\na * b *\n',
  'chap-secrets a * Tq7#vLm2!zR9 *\n',
])
