import t from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * Issue 12 items 2-3: images may be `data:` only, and the guard reads every text that leaves. A `data:` URL is not
 * checked for an image MIME type nor read by the guard: `data:text/plain,<secret>` carries any text to Mistral past
 * the prompt guard, which refuses the same secret in every other field.
 */

const AWS = 'AKIAQ7ZK3M5N2P4R6T8V'
const images = { development: { allowImages: true, allowedImageSources: ['data:'] } }
const withImage = (imageUrl: string) => ({
  model: 'mistral-small-latest',
  messages: [{ role: 'user' as const, content: [{ type: 'image_url' as const, imageUrl }] }],
})

t.test('positive control: the same key in a text chunk is refused before Mistral', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { profiles: images } })
  const refused = await app.mistral.chat
    .complete({ model: 'mistral-small-latest', messages: [{ role: 'user', content: [{ type: 'text', text: AWS }] }] })
    .then(
      () => undefined,
      (error: { code?: string }) => error.code,
    )
  t.equal(refused, 'FST_MISTRAL_SENSITIVE_CONTENT')
  t.equal(mock.requests.length, 0)
})

for (const url of [`data:text/plain,${AWS}`, `data:,${AWS}`, `data:text/plain;charset=utf-8,key%20${AWS}`]) {
  t.test(`a secret in a non-image data: URL does not reach Mistral (${url.slice(0, 16)}…)`, async (t) => {
    const { app, mock } = await buildApp(t, { plugin: { profiles: images } })
    const code = await app.mistral.chat.complete(withImage(url)).then(
      () => 'accepted',
      (error: { code?: string }) => error.code,
    )
    t.not(code, 'accepted', 'the call is refused')
    t.notOk(JSON.stringify(mock.requests.map((request) => request.body)).includes(AWS), 'the key reached Mistral')
  })
}

t.test('a data: URL whose MIME type is not an image is refused', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { profiles: images } })
  const code = await app.mistral.chat.complete(withImage('data:text/html,<script>alert(1)</script>')).then(
    () => 'accepted',
    (error: { code?: string }) => error.code,
  )
  t.not(code, 'accepted')
  t.equal(mock.requests.length, 0)
})
