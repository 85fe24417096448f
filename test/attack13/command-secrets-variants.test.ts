import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, src/guard/command-secrets.ts): a password given as the argument of a command or a statement
 * (SQL `IDENTIFIED BY` / `WITH PASSWORD`, ConvertTo-SecureString, chpasswd, htpasswd -b, net user, sshpass -p, openssl)
 * is found and redacted, "in the cases people write it".
 *
 * Broken: the same commands written a little differently let the password through unredacted: SQL keywords spaced by
 * two blanks, a tab or a line break, or in title case; SQL Server's Unicode literal `N'…'` (how T-SQL scripts and the
 * SQL Server docs write every login's password) and PostgreSQL's escape literal `E'…'`; chpasswd run through `sudo -S`
 * or by its path, fed by `echo -n`, or a here-string written without a space; `htpasswd -b -C 10` (a flag with a value
 * shifts the operands); `net  user`, `net.exe user`; `sshpass -p password` with the space sshpass's own manual uses;
 * PowerShell's bare `-String` argument, a tab after the cmdlet, or the cmdlet in any other case (PowerShell ignores
 * case; the guard then redacts the cmdlet's name instead of the password); openssl's `-k password`. Severity: medium (a
 * password in a pasted script or runbook reaches Mistral and the logs; every member is a form the tools accept and docs
 * print).
 */

const LEAKS: Array<[string, string]> = [
  ["CREATE USER app IDENTIFIED  BY 'Zq7!pLm2x';", 'Zq7!pLm2x'],
  ["CREATE USER app IDENTIFIED\tBY 'Zq7!pLm2x';", 'Zq7!pLm2x'],
  ["CREATE USER app IDENTIFIED BY\n  'Zq7!pLm2x';", 'Zq7!pLm2x'],
  ["create user app Identified By 'Zq7!pLm2x';", 'Zq7!pLm2x'],
  ["CREATE LOGIN app WITH PASSWORD = N'Zq7!pLm2x';", 'Zq7!pLm2x'],
  ["ALTER LOGIN sa WITH PASSWORD = N'Zq7!pLm2x' MUST_CHANGE;", 'Zq7!pLm2x'],
  ["ALTER USER app PASSWORD E'Zq7!pLm2x';", 'Zq7!pLm2x'],
  ["echo 'deploy:Xk9#mQ2!' | sudo -S chpasswd", 'Xk9#mQ2!'],
  ['echo "deploy:Xk9#mQ2!" | /usr/sbin/chpasswd', 'Xk9#mQ2!'],
  ["echo -n 'deploy:Xk9#mQ2!' | chpasswd", 'Xk9#mQ2!'],
  ["echo  'deploy:Xk9#mQ2!' | chpasswd", 'Xk9#mQ2!'],
  ["chpasswd <<<'deploy:Xk9#mQ2!'", 'Xk9#mQ2!'],
  ['htpasswd -b -C 10 .htpasswd admin Xk9#mQ2!', 'Xk9#mQ2!'],
  ['net  user bob Pa55w0rd! /add', 'Pa55w0rd!'],
  ['net.exe user bob Pa55w0rd! /add', 'Pa55w0rd!'],
  ['sshpass -p Xk9#mQ2! ssh root@host', 'Xk9#mQ2!'],
  ['$pw = ConvertTo-SecureString -String P@ssw0rd!23 -AsPlainText -Force', 'P@ssw0rd!23'],
  ['$s = ConvertTo-SecureString\t"P@ssw0rd!23" -AsPlainText -Force', 'P@ssw0rd!23'],
  ['$s = convertTo-SecureString "P@ssw0rd!23" -AsPlainText -Force', 'P@ssw0rd!23'],
  ['$s = Convertto-Securestring "P@ssw0rd!23" -AsPlainText -Force', 'P@ssw0rd!23'],
  ['openssl enc -aes-256-cbc -k Xk9mQ2zzpL -in secrets.tar', 'Xk9mQ2zzpL'],
]

t.test('a password given to a command written a little differently is still redacted', async (t) => {
  assertRedacted(t, LEAKS)
})
