import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 33 (outside33), Odoo's external API called from Python (`common.authenticate(db, user, "…", {})`,
 * `common.login(db, user, "…")`, `models.execute_kw(db, uid, "…", …)`), as its documentation's examples are pasted
 * with the real password filled in. Round 32 read these calls' passwords in the XML-RPC request's XML only.
 */

const CALLS: ReadonlyArray<readonly [string, string]> = [
  ['uid = common.authenticate(db, username, "S3cretPw!", {})', 'S3cretPw!'],
  ["uid = common.login(db, username, 'Odoo2024pw')", 'Odoo2024pw'],
  ["models.execute_kw(db, uid, \"S3cretPw!\", 'res.partner', 'search', [[]])", 'S3cretPw!'],
  ['uid = sock_common.login(DB, USER, "admin2024")', 'admin2024'],
  ["self.common.authenticate(self.db, 'admin', 'Tr0ub4dor3', {})", 'Tr0ub4dor3'],
  ["ids = models.execute_kw(\n    db, uid, 'Tr0ub4dor3',\n    'res.partner', 'search', [[]])", 'Tr0ub4dor3'],
]

t.test("the password of Odoo's calls from Python, by its place", async (t) => {
  for (const [text, password] of CALLS) t.same(found(text), [['generic_secret', password]], JSON.stringify(text))
  assertFound(t, CALLS)
})

t.test('a variable, an empty or a placeholder password and other arguments stay clean', async (t) => {
  assertNothingFound(t, [
    "models.execute_kw(db, uid, password, 'res.partner', 'search', [[]])",
    'uid = common.authenticate(db, username, password, {})',
    'common.authenticate(db, user, "", {})',
    "models.execute_kw(db, uid, 'admin', 'res.partner', 'read', [ids])",
    "models.execute_kw(db, uid, 'password', 'res.partner', 'read', [ids])",
    "common.login('mydb', 'admin')",
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [CALLS[0]?.[0] as string, CALLS[2]?.[0] as string], { seed: 3306, withFindings: 150 })
})
