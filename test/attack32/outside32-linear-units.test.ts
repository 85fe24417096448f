import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 32 (outside32): the readers this round widened or added, each opening repeated (on one line and on many) so
 * that a reader reading past its bound, or again from each opening, would show as more than doubled work.
 */

linearWorkOnUnits('session logins', [
  'ftp> user alice S3cr3t!pw\n',
  'ftp> user ',
  'a1 LOGIN alice S3cr3t!pw\n',
  'a1 LOGIN "a" "',
  'a1 LOGIN ',
  '334 UGFzc3dvcmQ6\nUzNjcjN0IXB3\n',
  '334 UGFzc3dvcmQ6\n',
  'mosquitto_passwd -b f u Qm7pL2xZ9r ',
])
linearWorkOnUnits('gossip keys and plural names', [
  'encrypt = "pUqJrVyVRj5jsiYEkM/tFQ=="\n',
  'encrypt=Hq7vR2nZx9Lm4Kp8Wt3Yb6Nc1Jd5Fg0X ',
  'PASSWORDS=Summer2024!,Winter2025#\n',
  'Passwords:\n',
])
linearWorkOnUnits('birth dates in code, rows and segments', [
  'dob = LocalDate.of(1987, 3, 14);\n',
  'setDob(LocalDate.of(',
  'dob((((((((',
  "INSERT INTO p (name, dob) VALUES ('A', '1987-03-14');\n",
  'INSERT INTO p (dob) VALUES (',
  '  PID|1||1^^^H||D^J||19800101-0500|M\n',
  '  PID|',
])
linearWorkOnUnits('listed keys', [
  'api_key: a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js ',
  'a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js ',
  'a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js, ',
  'and ',
  `api_key: ${'a8Fk29LmQp3Zx7Rt9W'.repeat(16)}`,
])
linearWorkOnUnits('xml-rpc calls', [
  '<methodCall><methodName>login</methodName><params><param><value><string>a</string></value></param><param><value><string>Tr0ub4dor9x</string></value></param></params></methodCall>\n',
  '<methodName>login</methodName>',
  '<param><value><string>a</string></value></param>',
  '<methodName>wp.x</methodName><param><value>',
])
linearWorkOnUnits('bare key lists', [
  'keys: ["a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js"]\n',
  'keys: ["',
  "keys = ['",
  `keys: ["${'a8Fk29LmQp3Zx7Rt9W'.repeat(16)}`,
])
linearWorkOnUnits('login combos', [
  'login alice@mailbox.org:summer-2024 ',
  'login a@b.io:',
  'login ',
  'a@b.io:',
  `login a@b.io:${'a1'.repeat(70)}`,
])
