import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A wallet's secrets labelled in the user's language: a recovery phrase after `助记词`, `シードフレーズ`, `시드 문구`,
// `frase semilla`, `phrase de récupération`, `herstelzin`, `Secret phrase`, `seed =` (wallet-keys.ts LABEL), and a
// private key after Chinese `私钥`, with an operator or the copula `是` (key-labels.ts LABEL). The English labels alone
// were read, so the funds' keys went out.

const PHRASE = 'army van defense carry jealous true garbage claim echo media make crunch'
const KEY = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'

const LABELLED: Array<[string, string]> = [
  [`助记词：${PHRASE}`, PHRASE],
  [`我的助記詞是：${PHRASE}`, PHRASE],
  [`恢复短语:\n${PHRASE}`, PHRASE],
  [`シードフレーズ: ${PHRASE}`, PHRASE],
  [`ニーモニック = "${PHRASE}"`, PHRASE],
  [`시드 문구: ${PHRASE}`, PHRASE],
  [`frase semilla: ${PHRASE}`, PHRASE],
  [`Phrase de récupération : ${PHRASE}`, PHRASE],
  [`frase segreta: ${PHRASE}`, PHRASE],
  [`frase de recuperação: ${PHRASE}`, PHRASE],
  [`herstelzin: ${PHRASE}`, PHRASE],
  [`Wiederherstellungsphrase: ${PHRASE}`, PHRASE],
  [`Secret phrase: ${PHRASE}`, PHRASE],
  [`seed = "${PHRASE}"`, PHRASE],
  [`私钥：${KEY}`, KEY],
  [`钱包私钥: ${KEY.slice(2)}`, KEY.slice(2)],
  [`私钥是 ${KEY}`, KEY],
  ['私鑰=5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ', '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ'],
  ['APIキーは sk-abc123XyZ789qweRTY です', 'sk-abc123XyZ789qweRTY'],
  ['토큰은 ghx7Kp2QmZ9vLs4T 입니다', 'ghx7Kp2QmZ9vLs4T'],
]

t.test('a wallet phrase or key labelled in other languages is found', async (t) => {
  assertFound(t, LABELLED)
})

// The labels in questions and instructions, a seed that is a number or a verb, a copula before prose.
t.test('the labels in prose, and values that are none, are not', async (t) => {
  assertNothingFound(t, [
    '助记词是什么？',
    '私钥是什么？请妥善保管',
    '私钥: <你的私钥>',
    'seed: 42',
    'seed the database: army van defense',
    'random seed = 1234',
    'APIキーは必須です',
    'トークンは有効期限切れです',
    '토큰은 만료되었습니다',
    '秘密鍵は安全に保管してください',
    'frase segreta: non dirla a nessuno',
    // After a copula a sentence goes on about the key: only key material is a value there.
    'API 키는 X-Api-Key 헤더로 보내세요',
    'APIキーは X-Api-Key ヘッダーで送信します',
    'アクセストークンは JWT_v2 形式です',
    '캐시 키는 user:123:profile 형식입니다',
    '토큰은 Bearer2 스킴을 씁니다',
    // `seed` alone labels a phrase, not a name starting with it (a database's seeding lists).
    'seed_tables: users posts likes roles perms teams orgs tags notes files jobs logs',
    'seeds: users posts likes roles perms teams orgs tags notes files jobs logs',
  ])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    LABELLED.map(([text]) => text),
    { seed: 2619, withFindings: 200 },
  )
})
