import t from 'tap'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// A key, token or access code labelled in the user's language, and a password word in a sentence's form or a national
// word before its operator or copula (src/guard/key-labels.ts). Each case lists every value the guard must find; the near misses are the same words in prose, as
// other labels, or before values that are none.

const TOKEN = 'aB3dE5fG7hJ9kL1mN3pQ'

const CASES: Array<[string, string[]]> = [
  [`APIトークン = "${TOKEN}"`, [TOKEN]],
  [`인증 토큰: ${TOKEN}`, [TOKEN]],
  ['Klucz prywatny: Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ['Erişim anahtarı = Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['Nøkkel: Zq8vN3pLm2.', ['Zq8vN3pLm2']],
  ['CÓDIGO DE ACCESO: Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['Khóa bí mật: Tr0ub4dor9x', ['Tr0ub4dor9x']],
  [`API-nyckel：「${TOKEN}」`, [TOKEN]],
  // Password words in a sentence's forms, before their language's copula, and national words.
  ['Salasanani on Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ['jelszavad: Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['Паролата на рутера е Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ['Wi-Fi geslo je Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['Tīkla parole ir Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ["Parol: 'Zq8vN3pLm2'", ['Zq8vN3pLm2']],
  // A lock's key in Japanese and Korean, with or without a word of its own before `キー` / `키`.
  ['APIキー: Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['暗号化キー = Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ['API 키: Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['비밀 키：Tr0ub4dor9x', ['Tr0ub4dor9x']],
  // A lock's key with a word of its own beside it is still one.
  ['Khóa bảo mật: Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['Gizli anahtar: Zq8vN3pLm2', ['Zq8vN3pLm2']],
  // Labels after prose, some of it holding the label's word: the search for a label starts from the word's first
  // occurrence, less the words a label may hold before it (`API-código de `, `الرقم `).
  ['Gracias por su paciencia. Su código de acceso: Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['El acceso es libre los lunes. API-código de acceso: Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['Ten klucz otwiera drzwi.\nKlucz API: Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ['Bitte notieren Sie sich Folgendes. الرقم السري: Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ['Vanha salasana on vaihdettava. Uusi salasanani on Tr0ub4dor9x', ['Tr0ub4dor9x']],
]

const NEAR_MISSES = [
  'キーボード: Logitech K120',
  'klucz do mieszkania leży pod wycieraczką',
  'API anahtarı: buraya yazın',
  '토큰: 없음',
  'Avain: see the vault',
  'klucz: 12345',
  'Der Zugangscode wird per SMS gesendet.',
  'nyckel: ',
  "La parole est d'argent, le silence est d'or.",
  'Le parole: poche ma buone',
  'salasana on vaihdettava',
  'geslo je prekratko',
  'Parole ir jāmaina reizi mēnesī',
  'parolen: Tr0ub4dor9x',
  'Parole chiave: SEO2024x',
  // A keyboard's keys and a table's keys, and a shortcut's value under any label.
  'ファンクションキー: F12',
  'ソートキー: created2024',
  'プライマリキー = user42',
  '핫키: Ctrl+Alt+T',
  '정렬 키: created2024',
  '기본키 = order42',
  'APIキー: Ctrl+Shift+K',
  // The word for "key" in compounds naming a course, a keyword or an exam's answer key.
  'Khoa hoc: Java17 co ban',
  'Anahtar kelimeler: seo2024',
  'Cevap anahtarı: 1c2a3d4b',
  'Klucz rozwiązań: 1b2a3c',
  'Khóa đáp án: 1a2c3b4d',
  // The same words after prose, in prose or before no value.
  'Gracias por su paciencia. El código de acceso llega por SMS.',
  'El acceso es libre los lunes. API-código de acceso: ninguno',
  'Bitte notieren Sie sich Folgendes. الرقم السري: ',
  'Ten klucz otwiera drzwi. Cevap anahtarı: 1c2a3d4b',
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...NEAR_MISSES]

t.test("a key labelled in the user's language is found, and only it", async (t) => {
  for (const [text, values] of CASES) {
    t.same(
      found(text),
      values.map((value) => ['generic_secret', value]),
      JSON.stringify(text),
    )
  }
  assertClean(t, NEAR_MISSES)
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 2037, withFindings: 50 })
})
