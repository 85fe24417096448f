import { linearWorkOnUnits } from '../helpers/linear-units.js'

// The readers round 27's commands27 added or widened (test/attack27/commands27-*.test.ts), in a process of their own
// (the work meter patches the regex and string primitives of its process).
linearWorkOnUnits("an account file's line beside a .pgpass line", [
  'daemon:*:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n',
  'db:*:app:alice:Xk29vLq7Zp\n',
  'a:*:1:1:*:1:1:*:1:1:',
  ':*:1:1::*:-2:-2:',
  'bob:*:19000:0:99999:7:::\n',
])

linearWorkOnUnits("an SMTP client's start without an authentication type", [
  "smtp.start('h', 'u', 'Xk29vLq7Zp') ",
  "Net::SMTP.new('h', 587).start('h', 'u', 'Tr0ub4dor&3') ",
  'smtp.start(smtp.start(smtp.start( ',
  ').start( ).start( ',
  '((((((((((((((((((((x).start( ',
  'a))))))))))))))))))).start(',
  'smtp_smtp_smtp_smtp_smtp_smtp_smtp_smtp.start',
  "@smtp.start 'a', 'b', 'c', 'login', k: 1 ",
])

linearWorkOnUnits('a here-string feeding a command that reads a password', [
  "passwd <<< $'Xk29vLq7\\nXk29vLq7'\n",
  'passwd <<< passwd <<< ',
  "cat <<< 'Xk29vLq7Zp' | docker login --password-stdin ",
  'cat <<< | cat <<< | passwd ',
  '<<<<<<<<<<<< ',
  'sudo -S a b c d <<< ',
  "openssl rsa -passin stdin -passout stdin <<< 'Xk29vLq7Zp' ",
  'openssl -passin openssl -pass ',
  "--password-stdin 2>&1 <<< $'",
  'cat <<<x|',
])
