import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (outside32), XML-RPC calls passing a password by its place, as a request log or a proxy's capture prints
 * the body: `<methodName>login</methodName>` then `<param>`s holding the user and the password, WordPress's
 * `wp.getUsersBlogs` and its `wp.*`/MetaWeblog methods (blog, user, password), Odoo's `authenticate` and `execute_kw`
 * (db, user or uid, password). Round 31 read only a struct member named `password`.
 */

const param = (value: string, type = 'string') => `<param><value><${type}>${value}</${type}></value></param>`
const call = (method: string, ...params: string[]) =>
  `<methodCall><methodName>${method}</methodName><params>${params.join('')}</params></methodCall>`

t.test('a password passed by its place to a method that takes one there', async (t) => {
  assertFound(t, [
    [call('login', param('admin'), param('Tr0ub4dor&amp;3')), 'Tr0ub4dor&amp;3'],
    [
      '<?xml version="1.0"?>\n<methodCall>\n  <methodName>wp.getUsersBlogs</methodName>\n  <params>\n' +
        '    <param><value><string>editor</string></value></param>\n' +
        '    <param><value><string>Gx8qLm2Zr7!</string></value></param>\n  </params>\n</methodCall>',
      'Gx8qLm2Zr7!',
    ],
    [
      call(
        'authenticate',
        param('prod_db'),
        param('admin'),
        param('Kx9mQ2vLp7'),
        '<param><value><struct></struct></value></param>',
      ),
      'Kx9mQ2vLp7',
    ],
    [call('execute_kw', param('prod_db'), param('2', 'int'), param('Kx9mQ2vLp7'), param('res.partner')), 'Kx9mQ2vLp7'],
    [
      '<methodCall><methodName>metaWeblog.newPost</methodName><params><param><value>1</value></param>' +
        '<param><value>editor</value></param><param><value>Gx8qLm2Zr7! </value></param></params></methodCall>',
      'Gx8qLm2Zr7!',
    ],
    [call('auth.login', param('ops'), param('Wq6zK3nTr8vB')), 'Wq6zK3nTr8vB'],
  ])
})

t.test('other methods, references, a login cut short and a lone user stay clean', async (t) => {
  assertNothingFound(t, [
    call('login', param('admin'), param('$PASSWORD')),
    call('examples.getStateName', param('41', 'i4')),
    call('login', param('admin')),
    call('system.listMethods'),
    call('search', param('prod_db'), param('Kx9mQ2vLp7')),
    call('wp.getUsersBlogs', param('editor')),
    // A login of three cut short before its end: its count, and so its password's place, is unknown.
    '<methodCall><methodName>login</methodName><params><param><value><string>prod_db</string></value></param><param><value><string>deploy2024</string></value></param>',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(
    t,
    [
      call('login', param('admin'), param('Tr0ub4dor9x')),
      call('authenticate', param('db'), param('admin'), param('Kx9mQ2vLp7')),
    ],
    { seed: 3206, withFindings: 250 },
  )
})
