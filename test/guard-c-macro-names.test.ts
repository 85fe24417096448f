import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// C headers alias a key's, a token's or a password's macro to another name, an expression or a flag's number:
// `#define PKCS12_key_gen PKCS12_key_gen_utf8`, `#define TLS1_RT_CRYPTO_KEY (TLS1_RT_CRYPTO | 0x6)`, `#define
// CKA_NSS_PASSWORD_CHECK 0xce534356UL`. A snake-case name whose parts keep one case each, two of them words, and a
// 32-bit constant with C's integer suffix are no secret (secret-value.ts' isSnakeCaseName, C_SUFFIXED_CONSTANT).

const HEADER = [
  '#define PKCS12_key_gen PKCS12_key_gen_utf8',
  '#define SECMOD_OWN_PW_DEFAULTS PK11_OWN_PW_DEFAULTS',
  '#define camellia192_invert_key camellia256_invert_key',
  '#define TLS1_RT_CRYPTO_KEY (TLS1_RT_CRYPTO | 0x6)',
  '#define CKA_NSS_PASSWORD_CHECK          0xce534356UL',
  '#define CKM_NSS_AES_KEY_WRAP            0xce534351UL',
  'static const uint32_t SESSION_KEY_FLAG = 0x5u;',
]

t.test("a C macro's alias, expression or flag is no secret", async (t) => {
  assertNothingFound(t, [...HEADER, HEADER.join('\n')])
})

t.test('a key or a password a macro holds is still one', async (t) => {
  assertFound(t, [
    ['#define API_KEY "Xq7vLm2Rz9wKp4"', 'Xq7vLm2Rz9wKp4'],
    ['#define SECRET_TOKEN Xq7vLm2Rz9wKp4', 'Xq7vLm2Rz9wKp4'],
    // A 128-bit key is no 32-bit flag.
    ['#define AES_KEY 0x2b7e151628aed2a6abf7158809cf4f3c', '0x2b7e151628aed2a6abf7158809cf4f3c'],
    // One word in it: a generated value's parts are not words.
    ['password: k8s_token_ab12cd34ef56', 'k8s_token_ab12cd34ef56'],
    ['PASSWORD=Summer_2024', 'Summer_2024'],
    ['password = abc123_def456', 'abc123_def456'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [`${HEADER.join('\n')}\n#define WIFI_PASSWORD "Sommer2024!x"`])
})
