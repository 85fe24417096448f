import { generateKeyPairSync } from 'node:crypto'
import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// Secrets longer than the 200 characters a spaced value may take (secrets.ts' MAX_VALUE): a value without blanks is
// read to its end and judged by its first 200 characters, and a private key written as one run of base64 (its DER
// bytes, or its PEM block encoded again) is a private key whatever name it is given (encoded-keys.ts).

// A fixed pseudo-random body (a linear congruential generator, fixed seed) in the given alphabet.
function body(length: number, seed: number, alphabet: string): string {
  let state = seed
  let out = ''
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648
    out += alphabet[(state >>> 16) % alphabet.length]
  }
  return out
}
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const HEX = '0123456789abcdef'
const middle = (value: string) => value.slice(150, 230)

const REFRESH = body(420, 3, BASE64URL)
const HEX_512 = body(512, 5, HEX)
const OPAQUE_900 = body(900, 9, BASE64URL.slice(0, 62))

t.test('a long value without blanks is read to its end under any name and in any syntax', async (t) => {
  assertFound(t, [
    [`refresh_token: ${REFRESH}`, middle(REFRESH)],
    [`export JWT_SECRET=${HEX_512}`, middle(HEX_512)],
    [`jwt_secret = '${HEX_512}'`, middle(HEX_512)],
    [`"clientSecret": "${OPAQUE_900}",`, middle(OPAQUE_900)],
    [`<apiKey>${OPAQUE_900}</apiKey>`, middle(OPAQUE_900)],
    [`Authorization: Bearer ${OPAQUE_900}`, middle(OPAQUE_900)],
    [`the token is ${OPAQUE_900}.`, middle(OPAQUE_900)],
    [`SESSION_SECRET=${OPAQUE_900}!`, middle(OPAQUE_900)],
    [`password: ${REFRESH})`, middle(REFRESH)],
  ])
})

t.test('a long value stays clean where a short one would: a placeholder, a spaced text, a reference', async (t) => {
  assertNothingFound(t, [
    `token: ${'x'.repeat(300)}`,
    `secret=${'ab'.repeat(150)}`,
    // Spaced text past 200 characters is a description, not a value, in quotes or in an element.
    `"password": "${'Use a long passphrase of random words, never reused, and keep it in the vault. '.repeat(4)}"`,
    `<password>${'Use a long passphrase of random words, never reused, and keep it in the vault. '.repeat(4)}</password>`,
    `api_key = 「${OPAQUE_900}」`,
  ])
})

const b64 = (der: string | Buffer) => Buffer.from(der).toString('base64')
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const ed = generateKeyPairSync('ed25519')
const KEYS = {
  pkcs1: b64(rsa.privateKey.export({ type: 'pkcs1', format: 'der' })),
  pkcs8: b64(rsa.privateKey.export({ type: 'pkcs8', format: 'der' })),
  sec1: b64(ec.privateKey.export({ type: 'sec1', format: 'der' })),
  ecPkcs8: b64(ec.privateKey.export({ type: 'pkcs8', format: 'der' })),
  ed25519: b64(ed.privateKey.export({ type: 'pkcs8', format: 'der' })),
  encrypted: b64(rsa.privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'pw' })),
  pemOfRsa: b64(rsa.privateKey.export({ type: 'pkcs1', format: 'pem' })),
  pemOfEd25519: b64(ed.privateKey.export({ type: 'pkcs8', format: 'pem' })),
}
const keyMiddle = (key: string) => key.slice(20, 60)

t.test('a private key in base64 is found whatever its name, bare or in code', async (t) => {
  assertFound(t, [
    [`GITHUB_APP_PRIVATE_KEY=${KEYS.pkcs1}`, keyMiddle(KEYS.pkcs1)],
    [`new PKCS8EncodedKeySpec(Base64.getDecoder().decode("${KEYS.pkcs8}"))`, keyMiddle(KEYS.pkcs8)],
    [`Here is the device key:\n${KEYS.sec1}\nKeep it safe.`, keyMiddle(KEYS.sec1)],
    [`const der = Buffer.from('${KEYS.ecPkcs8}', 'base64')`, keyMiddle(KEYS.ecPkcs8)],
    [`ed25519: ${KEYS.ed25519}`, keyMiddle(KEYS.ed25519)],
    [`blob = "${KEYS.encrypted}"`, keyMiddle(KEYS.encrypted)],
    [`data:\n  ssl.key: ${KEYS.pemOfRsa}`, keyMiddle(KEYS.pemOfRsa)],
    [`{"key_b64": "${KEYS.pemOfEd25519}"}`, keyMiddle(KEYS.pemOfEd25519)],
  ])
})

t.test('public keys, certificates and base64 of other texts stay clean', async (t) => {
  assertNothingFound(t, [
    `public_key_der: ${b64(rsa.publicKey.export({ type: 'spki', format: 'der' }))}`,
    `rsa_pub: ${b64(rsa.publicKey.export({ type: 'pkcs1', format: 'der' }))}`,
    `ec: ${b64(ec.publicKey.export({ type: 'spki', format: 'der' }))}`,
    `pub_pem_b64: ${b64(rsa.publicKey.export({ type: 'spki', format: 'pem' }))}`,
    // A certificate's DER opens two SEQUENCEs with long lengths; a PEM certificate's BEGIN line names no key.
    `ca.crt: ${b64(Buffer.concat([Buffer.from([0x30, 0x82, 0x03, 0x10, 0x30, 0x82, 0x02, 0xf8]), Buffer.alloc(60, 7)]))}`,
    `ca.crt: ${b64(`-----BEGIN CERTIFICATE-----\n${'MIIB'.repeat(20)}\n-----END CERTIFICATE-----\n`)}`,
    // A SEQUENCE holding a version, then neither a key's nor an algorithm's field.
    `blob: ${b64(Buffer.concat([Buffer.from([0x30, 0x81, 0x90, 0x02, 0x01, 0x00, 0x05]), Buffer.alloc(60, 9)]))}`,
    `blob: ${b64(Buffer.concat([Buffer.from([0x30, 0x81, 0x90, 0x02, 0x01, 0x01, 0x05]), Buffer.alloc(60, 9)]))}`,
    `blob: ${b64(Buffer.concat([Buffer.from([0x30, 0x81, 0x90, 0x02, 0x01, 0x03, 0x05]), Buffer.alloc(60, 9)]))}`,
    `blob: ${b64(Buffer.concat([Buffer.from([0x30, 0x81, 0x90, 0x02, 0x02, 0x00, 0x05]), Buffer.alloc(60, 9)]))}`,
    `blob: ${b64(Buffer.concat([Buffer.from([0x30, 0x83, 0x01, 0x00, 0x00, 0x02, 0x01, 0x00]), Buffer.alloc(60, 9)]))}`,
    // An algorithm SEQUENCE first (a public key's), not a password-based encryption scheme.
    `blob: ${b64(Buffer.concat([Buffer.from([0x30, 0x81, 0x90, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]), Buffer.alloc(60, 9)]))}`,
    'MIME types and MD5 sums, MAC addresses: Most of them are not keys.',
    `MIIB${'A'.repeat(40)}`,
  ])
})

t.test('a PEM block encoded again is found in a text without the letter M', async (t) => {
  const body = 'xSexqajAltnOyRIN1owJkNXkp5HWBCug9CEhoqA9SmUjrkCY'
  const encoded = b64(`-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`)
  t.notOk(encoded.includes('M'), 'no M the DER precheck could see')
  assertFound(t, [[`tls.key: ${encoded}`, encoded.slice(20, 60)]])
})
