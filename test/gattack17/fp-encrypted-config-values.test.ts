import t from 'tap'
import { assertClean, found } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): references to a secret store are no secret, and so is "Ansible `!vault`
 * (ciphertext)": `password: !vault |` with its `$ANSIBLE_VAULT;1.1;AES256` body is left alone today.
 * Input family: the other tools' encrypted values, written in place of the password in files made to be committed
 * and shared: Mozilla SOPS (`ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`, in YAML, JSON, .env and INI files alike),
 * Jasypt for Spring Boot (`ENC(…)`) and Spring Cloud Config (`{cipher}…`). The value is ciphertext under a key
 * kept elsewhere (KMS, age, a master password), exactly as `!vault` is.
 * What happens: the whole ciphertext is reported as a generic_secret, so a prompt asking why `sops -d` fails on the
 * file is refused (422) and a reply quoting the file is redacted.
 * Suspected mechanism: the reference lists of src/guard/secret-value.ts (INDIRECTIONS at :14-15 with `!vault`,
 * SECRET_STORE_REFERENCES at :21-23) hold no ciphertext envelope, so the envelope's random `iv`/`tag`/`data`
 * fields make the value look like a secret (src/guard/secret-value.ts, isSecretLike/isPassword).
 * Expected to FAIL on main.
 */

const SOPS =
  'ENC[AES256_GCM,data:Kq2LzVx8mWp3xRt7,iv:9fKq2LzVx8mWp3xRt7bNf1cYh5gJsA0dKq2LzVx8mWp3=,tag:Yh5gJsA0dKq2LzVx8mW1aQ==,type:str]'

t.test('a SOPS-encrypted password is no secret, in any of the formats SOPS writes', async (t) => {
  assertClean(t, [
    `database:\n    host: db01.internal\n    password: ${SOPS}`,
    `{\n    "db_password": "${SOPS}",\n    "sops": {"kms": []}\n}`,
    `DB_PASSWORD=${SOPS}`,
    `[database]\npassword = ${SOPS}`,
  ])
})

t.test('a Jasypt or Spring Cloud Config ciphertext is no secret', async (t) => {
  assertClean(t, [
    'spring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)',
    'spring:\n  datasource:\n    password: ENC(nqJ1sT8wV0yxKpZ3mL7cR2dF9gH4bN6e)',
    "spring.mail.password='{cipher}AQA9fKq2LzVx8mWp3xRt7bNf1cYh5gJsA0dKq2LzVx8mWp3'",
  ])
})

t.test('control (passes today): a plain password beside such files stays a secret', async (t) => {
  t.not(found('spring.datasource.password=G6N718UuyPE5bHy').length, 0)
  t.not(found('DB_PASSWORD=Kq2LzVx8mWp3xRt7').length, 0)
})
