import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// Ciphertext in its tool's envelope written in place of a secret is no secret (secret-value.ts' CIPHERTEXT), as
// Ansible's `!vault` is.

t.test('an encrypted value in its envelope is no secret', async (t) => {
  assertNothingFound(t, [
    'db_password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAjm2+]',
    '{"api_key": "EJ[1:Cbkk2mQ2nkNSrE0PXw8mhH1x7mHV7bERGcJSQjCnUSY=:MT8w0EfqD1GwkjUjBtkdZBzJrxp7D7Uq:zzk2sYvjA/Da4pM6ZGhxvl5CDzQdB6yWSgkDrdQ=]"}',
    'DB_PASSWORD="encrypted:BDqDBibm4wsYqMpCjTQ6BsDHmMadg9K3dAt+Z9HPMfLEIRVz50hmLXPXRuDBXaJi/LwWYEVUNiq0HISr"',
    'secret_key: ENC[AES256_GCM,data:Tq7vLm2zR9xKq4Wn,iv:8pZ3mB6cV1sD5fG0hJ2kQ9wE4rT7yU1i=,tag:Zq8vN3pLm2Wx7Kd4Rt9Y1g==,type:str]',
    'spring.datasource.password={cipher}f3a91c0b7d2e4856a1c9e0b3d7f2a4c8e1b5d9f3',
  ])
})

t.test('a value only shaped like an envelope stays a secret', async (t) => {
  assertFound(t, [
    ['password: ENC[Xk9mq2vL,Tq7vLm2z]', 'ENC[Xk9mq2vL,Tq7vLm2z]'],
    ['DB_PASSWORD=encrypted-Tq7vLm2zR9xK', 'encrypted-Tq7vLm2zR9xK'],
  ])
})
