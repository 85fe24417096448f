import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Review 34 (outside34's readers), WordPress's XML-RPC: Python's `server.call("wp.…", …)` and Node's
 * `client.methodCall('wp.…', [user, '…'], cb)` name the method in their first argument as PHP's `query` does, Node's
 * with the arguments in an array; and the taxonomy's, comments' and a page's methods, MetaWeblog's calls on a post and
 * Movable Type's `mt.publishPost` take the password in a known place too.
 */

const CALLS: ReadonlyArray<readonly [string, string]> = [
  ['server.call("wp.getUsersBlogs", "admin", "Yy8#kk77pw")', 'Yy8#kk77pw'],
  ["client.methodCall('wp.getUsersBlogs', ['admin','Yy8#kk77pw'], cb)", 'Yy8#kk77pw'],
  ["client.methodCall('wp.getPosts', [1, 'admin', 'Qm4$zz81xy'], function (err, posts) {})", 'Qm4$zz81xy'],
  ['server.wp.getCategories(1, "admin", "Tr0ub4dor&3")', 'Tr0ub4dor&3'],
  ['server.wp.getTerms(1, "admin", "Tr0ub4dor&3", "category")', 'Tr0ub4dor&3'],
  ['server.wp.getComments(1, "admin", "Tr0ub4dor&3", {})', 'Tr0ub4dor&3'],
  ['server.wp.getPage(1, 42, "admin", "Tr0ub4dor&3")', 'Tr0ub4dor&3'],
  ['server.metaWeblog.editPost(17, "admin", "Tr0ub4dor&3", post, True)', 'Tr0ub4dor&3'],
  ['server.metaWeblog.getPost(17, "admin", "Tr0ub4dor&3")', 'Tr0ub4dor&3'],
  ["$c->query('metaWeblog.newMediaObject', 1, 'admin', 'Tr0ub4dor&3', $file)", 'Tr0ub4dor&3'],
  ['server.mt.publishPost(17, "admin", "Tr0ub4dor&3")', 'Tr0ub4dor&3'],
]

t.test("a password in its place of WordPress's XML-RPC calls", async (t) => {
  for (const [text, password] of CALLS) t.same(found(text), [['generic_secret', password]], JSON.stringify(text))
  assertFound(t, CALLS)
})

t.test('a variable, another place or another method stays clean', async (t) => {
  assertNothingFound(t, [
    'server.call("wp.getUsersBlogs", "admin", password)',
    'rpc.call("wp.getPage", 1, "Yy8Xkk77pw", "admin", "x")',
    "client.methodCall('wp.getUsersBlogs', [user, pass], cb)",
    'server.call("system.listMethods", "Yy8Xkk77pw")',
    'call("wp.getTerms", 1, "admin", "<password>", "category")',
  ])
})
