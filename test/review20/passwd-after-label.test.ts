import t from 'tap'
import { assertClean, assertFound } from '../helpers/guard-cases.js'

// Finding (review 20, medium-high): fix18's account-operands.ts calls the word after `passwd` an account name (not a
// password) whenever `passwd` opens a command, and it takes a colon before it (`Then run:`), a line's start, `(`, `|`
// or `>` as a command's start. But a colon also ends a label (`Credentials:`, `Wi-Fi:`), a line's start also opens the
// next line of a credentials list (`User: admin` above), and `(`, `|`, `->` also part a login from its password in
// prose. There `passwd` is the abbreviation of "password" and the lower-case word after it (`welcome2024`,
// `sunshine2024`: a password as people write one, and also an account's shape) is the password; it goes out. A
// command's colon is the end of an instruction (`run:`, `type:`); a label's colon, or a login given just before,
// makes `passwd` the password's name.

t.test('a password after passwd in a label, a credentials list or a login pair', async (t) => {
  assertFound(t, [
    ['Credentials: passwd welcome2024', 'welcome2024'],
    ['Wi-Fi: passwd sunshine2024', 'sunshine2024'],
    ['Server: db01\nUser: admin\npasswd sunshine2024', 'sunshine2024'],
    ['user admin (passwd welcome2024)', 'welcome2024'],
    ['router admin | passwd sunshine2024', 'sunshine2024'],
  ])
})

t.test('near misses stay clean: passwd as the command it is, with an account after it', async (t) => {
  assertClean(t, ['Then run:\n$ sudo passwd deploy', 'To reset it, run: passwd deploy', '`passwd deploy`'])
})
