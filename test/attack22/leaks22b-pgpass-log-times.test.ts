import t from 'tap'
import { assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 22 (a false positive). A log line opening with its time (`10:12:01:5432:main:info:Starting`)
 * was read as a `.pgpass` line, the time's three numbers as a host (an IPv6 one without its `::`), a port and a
 * database, and its message was redacted as a password. Now a line whose first field is a time `hh:mm:ss` (with its
 * fraction or not) is no `.pgpass` line (src/guard/auth-files.ts); a real one, an IPv6 host with its `::`, still is.
 */

t.test('a log line opening with its time is no .pgpass line', async (t) => {
  assertNothingFound(t, [
    '10:12:01:5432:main:info:Starting',
    '10:12:01.123:5432:main:info:Starting',
    '23:59:59:80:web:warn:Retrying',
    '  09:05:33:1:worker:debug:tick42',
  ])
})

t.test('.pgpass lines are still read', async (t) => {
  t.same(found('db.example.com:5432:app:alice:Xk9mQ2vLp7'), [['generic_secret', 'Xk9mQ2vLp7']])
  t.same(found('10:12:01::1:5432:app:alice:Xk9mQ2vLp7'), [['generic_secret', 'Xk9mQ2vLp7']])
  t.same(found('12:5432:app:alice:Xk9mQ2vLp7'), [['generic_secret', 'Xk9mQ2vLp7']])
})
