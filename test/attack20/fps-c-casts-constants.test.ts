import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positives, found by running the guard over ordinary files (/usr/include, PKCS #11 and OpenSSL headers). C
 * code assigning to a name with a secret word in it was redacted as a generic secret where the value is code:
 *
 * - a macro's constant in the parentheses C headers put around it (`#define CKK_GENERIC_SECRET (0x10UL)`): bare
 *   (`0x10UL`) it was already read as a constant (secret-value.ts' isSuffixedConstant), its brackets made it long
 *   enough to be judged random;
 * - a cast before its operand (`secret = (uint8_t)x;`, `secret_len = (size_t)len;`, `passwd = (char*)pw;`), and a
 *   pointer's cast read from its blank on (`token = (struct token *)malloc(…` gave `*)malloc(sizeof(struct`);
 * - a function pointer's declarator (`typedef xmlSecKeyPtr (*xmlSecCryptoAppPkcs12LoadMethod)(const char* …`).
 *
 * A cast's parentheses hold a type's name (C's own, a `_t` typedef, the kernel's `u8`, or any name with its `*`) and
 * an operand follows them; a password in brackets, a literal after a cast, or a random word in brackets is still one.
 */

const C_CODE = [
  '#define CKK_GENERIC_SECRET\t(0x10UL)',
  '#define CKM_GENERIC_SECRET_KEY_GEN\t(0x350UL)',
  '#define CKR_KEY_NEEDED\t\t\t\t(0x66UL)',
  '#define SECRET_FLAG (0x20u)',
  'secret = (uint8_t)x;',
  'secret_len = (size_t)len;',
  'passwd = (char*)pw;',
  'secret = (unsigned char)c;',
  'token = (struct token *)malloc(sizeof(struct token));',
  'password = (const char *)(buf + 4);',
  'secret = (u8)(x >> 8);',
  'typedef xmlSecKeyPtr            (*xmlSecCryptoAppPkcs12LoadMethod)      (const char* filename,',
  'typedef xmlSecKeyPtr (*xmlSecCryptoAppPkcs12LoadMemoryMethod)(const xmlSecByte* data,',
]

t.test('C constants, casts and declarators after a secret word are code', async (t) => {
  assertNothingFound(t, [...C_CODE, C_CODE.join('\n')])
})

t.test('a secret in brackets, after a cast or shaped like one is still found', async (t) => {
  assertFoundAs(
    t,
    [
      ['password = (char*)"Xk9#mq2!vL"', 'Xk9#mq2!vL'],
      ['secret = (size_t)"Xk9mQ2vL7wZr4"', 'Xk9mQ2vL7wZr4'],
      ['api_key = (aB3xK9mQ2vL7wZ)', '(aB3xK9mQ2vL7wZ)'],
      // Brackets around no type's name, and no call after a cast's tail.
      ['password = (pw)Xk9#mq2!vL', '(pw)Xk9#mq2!vL'],
      ['password: (Xk9mq2)vL7abc', '(Xk9mq2)vL7abc'],
      ['password: *)Xk9mq2vL7', '*)Xk9mq2vL7'],
      // No C constant: letters past its hexadecimal digits, or more than 32 bits of them.
      ['secret = (0xXk9mq2vL7UL)', '(0xXk9mq2vL7UL)'],
      ['secret = (0x9f3a7c2e5b1d4f60UL)', '(0x9f3a7c2e5b1d4f60UL)'],
    ],
    'generic_secret',
  )
})

t.test('C code streamed comes out as the whole one', async (t) => {
  assertStreamedAsWhole(t, C_CODE)
})
