import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// Chinese, Japanese and Korean are typed without a space between a word and the Latin letters after it: `密码Xk92…`,
// `WiFi密码…`, `パスワード…です`, `비번…`. A name's value had to stand apart from it (so that `パスワードを…` is no value),
// and such a value went out (secrets.ts gluedValue). It is read when the name ends in one of those scripts and a
// random-looking printable ASCII run follows at once.

const GLUED: Array<[string, string]> = [
  ['密码Xk92mqLz7Wq', 'Xk92mqLz7Wq'],
  ['用户admin密码Xk92mqLz7Wq', 'Xk92mqLz7Wq'],
  ['WiFi密码Xk92mqLz7Wq，谢谢', 'Xk92mqLz7Wq'],
  ['我的密碼是…不對，密碼Hx8#kLm2Qz才對', 'Hx8#kLm2Qz'],
  ['パスワードXk92mqLz7Wqです', 'Xk92mqLz7Wq'],
  ['ﾊﾟｽﾜｰﾄﾞXk92mqLz7Wq', 'Xk92mqLz7Wq'],
  ['비번Xk92mqLz7Wq', 'Xk92mqLz7Wq'],
  ['令牌ghx7Kp2QmZ9vLs4T', 'ghx7Kp2QmZ9vLs4T'],
  ['服务器密钥Qm7vR2pLs9Kd.', 'Qm7vR2pLs9Kd'],
]

t.test('a random-looking value typed against a CJK name is found', async (t) => {
  assertFound(t, GLUED)
})

// Words after the name (Latin or CJK), digits alone, words with a digit that read as names (an error, a hash
// algorithm), and the Latin name of a thing after a katakana word.
t.test('words, names and numbers against a CJK name are not', async (t) => {
  assertNothingFound(t, [
    '密码错误',
    '密码ABC',
    '密码Test',
    '密码is wrong',
    '密码123456',
    '密码Error404',
    '密码SHA256',
    'トークンAPIを使う',
    'パスワードをリセット',
  ])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    GLUED.map(([text]) => text),
    { seed: 2620, withFindings: 200 },
  )
})
