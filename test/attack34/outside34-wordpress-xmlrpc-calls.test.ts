import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 34 (outside34), WordPress's XML-RPC API called from Python (`server.wp.getUsersBlogs(user, "…")`,
 * `server.wp.getPosts(blog_id, user, "…")`, `metaWeblog.newPost(blog_id, user, "…", post, publish)`) and from PHP's
 * IXR client, which names the method in its first argument (`$client->query('wp.getUsersBlogs', user, "…")`): the
 * password by its place, as round 33 read Odoo's calls.
 */

const CALLS: ReadonlyArray<readonly [string, string]> = [
  ['server.wp.getUsersBlogs("admin", "S3cretPw!")', 'S3cretPw!'],
  ["blogs = server.wp.getUsersBlogs('editor', 'Tr0ub4dor3')", 'Tr0ub4dor3'],
  ['posts = server.wp.getPosts(1, "admin", "Wp2024pass", {"number": 5})', 'Wp2024pass'],
  ["srv.metaWeblog.newPost(1, 'admin', 'Blog#Pass42', post, True)", 'Blog#Pass42'],
  ["$client->query('wp.getUsersBlogs', 'admin', 'S3cretPw!');", 'S3cretPw!'],
  ['$rpc->query("wp.getProfile", 1, "editor", "Pr0file2024");', 'Pr0file2024'],
  ["profile = proxy.wp.getProfile(\n    1, 'admin', 'Kx7#mQ2vLp'\n)", 'Kx7#mQ2vLp'],
]

t.test("the password of WordPress's XML-RPC calls, by its place", async (t) => {
  for (const [text, password] of CALLS) t.same(found(text), [['generic_secret', password]], JSON.stringify(text))
  assertFound(t, CALLS)
})

t.test('variables, empty or placeholder passwords and other queries stay clean', async (t) => {
  assertNothingFound(t, [
    'server.wp.getUsersBlogs(username, password)',
    'server.wp.getUsersBlogs("admin", "")',
    'server.wp.getUsersBlogs("admin", "password")',
    'server.wp.getPosts(1, "admin", password)',
    'server.wp.getPosts(1, "admin", "draft")',
    "$client->query('wp.getUsersBlogs', $user, $pass);",
    "$db->query('SELECT 1', 'admin', 'S3cretPw!');",
    "$client->query('system.listMethods');",
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [CALLS[0]?.[0] as string, CALLS[4]?.[0] as string], { seed: 3402, withFindings: 100 })
})
