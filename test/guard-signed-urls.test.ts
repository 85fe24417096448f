import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// The signature of a pre-signed or shared-access URL and the secret path of a Teams webhook (signed-urls.ts).

const SIG = 'q8Zr2LmN4vTx6Pb9Wc1Ks3Yd5Fg7Jh0Ae2Ru4T%2BxQ%3D'
const HEX = 'a3f9c1e7b24d08f6e5c3a1b9d7f20e4c6b8a0d2f4e6c8b0a2d4f6e8c0b2a4d6f'

t.test('a URL signature or a webhook secret is found', async (t) => {
  assertFound(t, [
    [`https://acct.file.core.windows.net/share/a.txt?sp=r&st=2025-01-01&sig=${SIG}&spr=https`, SIG],
    [`BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&sig=${SIG}`, SIG],
    [`"sasUrl": "https://x.blob.core.windows.net/c?sv=2021-08-06&SIG=${SIG}"`, SIG],
    [`https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${HEX}`, HEX],
    [`curl 'https://storage.googleapis.com/b/o?x-goog-signature=${HEX}#frag'`, HEX],
    [`https://api.corp.io/download?id=7&signature=${SIG}`, SIG],
    [
      'https://corp.webhook.office.com/webhookb2/a@b/IncomingWebhook/9f3c2a7b1e8d4f6a0c5b9e2d7f1a3c8b/0e4c6b8a/V2Qx7Lm',
      '9f3c2a7b1e8d4f6a0c5b9e2d7f1a3c8b',
    ],
  ])
})

t.test('a signature parameter without a secret, or a webhook path without an id, stays clean', async (t) => {
  assertNothingFound(t, [
    'https://api.corp.io/docs?sig=true&page=2',
    'https://x.blob.core.windows.net/c?sv=2021-08-06&sig=<signature>',
    'the signature=required field',
    'https://outlook.office.com/webhook/IncomingWebhook/',
    'See /IncomingWebhook/short for the path.',
    'https://api.corp.io/x?designer=Xk9mPq2vL7zQwErTy5uI',
  ])
})
