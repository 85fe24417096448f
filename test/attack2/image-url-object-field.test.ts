import t from 'tap'
import { buildApp, errorText, recordOutput } from '../helpers/app.js'

/**
 * Issue 12 / issue 11 item 1: one pipeline and one validation for the route and `app.mistral`; unknown fields are
 * refused (Mistral answers 422 to them). An unknown field inside an image's `imageUrl` object is refused by the route
 * (400 FST_MISTRAL_VALIDATION) but silently stripped by `app.mistral.chat.complete`, which then calls Mistral.
 */

const request = {
  model: 'mistral-small-latest',
  messages: [
    { role: 'user', content: [{ type: 'image_url', imageUrl: { url: 'data:image/png;base64,AA', fetchFrom: 'x' } }] },
  ],
}
const profiles = { development: { allowImages: true, allowedImageSources: ['data:'] } }

t.test('the route refuses the unknown field (control)', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { profiles } })
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: request })
  t.equal(response.statusCode, 400)
  t.equal(response.json().code, 'FST_MISTRAL_VALIDATION')
  t.equal(mock.requests.length, 0)
})

t.test('app.mistral refuses the same unknown field before calling Mistral', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { profiles } })
  const code = await app.mistral.chat.complete(request as never).then(
    () => 'accepted',
    (error: { code?: string }) => {
      recordOutput(errorText(error))
      return error.code
    },
  )
  t.equal(code, 'FST_MISTRAL_VALIDATION')
  t.equal(mock.requests.length, 0)
})
