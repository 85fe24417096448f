import t from 'tap'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Finding (severity: medium): the budget's hold leaves inline images out. docs/chat-surface.md: "The size limits and
 * budget estimates count all of it, inline images included", and the size limits do count a `data:` URL's
 * characters (src/policy.ts), but the budget's estimate reads only the texts the guard reads
 * (src/budget/estimate.ts → mapRequestTexts, which skips `data:` URLs), so an image of any size adds nothing to what
 * a call holds. Mistral bills an image as prompt tokens (a large image costs thousands), so a holder with a few
 * hundred tokens left is let in with eight 90 000-character images (the `maxImages` and size limits allow them), and
 * concurrent calls with images each hold only their text: the budget's bound on a burst is gone for any profile with
 * `allowImages: true`. Reachable from the gateway, the chat route and `app.mistral`.
 * The family: one large image, several smaller ones, the `{ url }` form, an image in an earlier turn; the near miss
 * (the same characters as text) is refused today. Expected hold: at least a token per four characters, the
 * estimate's documented floor, as for any other text that travels.
 */

const PNG = (chars: number) => `data:image/png;base64,iVBORw0KGgo${'A'.repeat(chars - 33)}`
const text = { type: 'text', text: 'What is in these?' }
const user = (...content: unknown[]) => ({ role: 'user', content: [text, ...content] })
const image = (url: string) => ({ type: 'image_url', image_url: url })

const SHAPES: Array<[shape: string, messages: unknown[]]> = [
  ['one 90 000-character image', [user(image(PNG(90_000)))]],
  ['six 15 000-character images', [user(...Array.from({ length: 6 }, () => image(PNG(15_000))))]],
  ['an image in the { url } form', [user({ type: 'image_url', image_url: { url: PNG(90_000) } })]],
  [
    'an image in an earlier turn',
    [user(image(PNG(90_000))), { role: 'assistant', content: 'A cat.' }, { role: 'user', content: 'Sure?' }],
  ],
]

t.test('a call with inline images holds at least a token per four characters of them', async (t) => {
  const { app, mock } = await buildGateway(t, {
    plugin: {
      profiles: { development: { allowImages: true } },
      // Room for the texts and the reply (100 tokens asked), not for 90 000 characters of images.
      budget: { tokens: 5_000 },
    },
  })
  for (const [shape, messages] of SHAPES) {
    const sent = mock.requests.length
    const res = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload: { model: 'mistral-small-latest', max_tokens: 100, messages },
    })
    t.equal(res.statusCode, 429, `${shape}: more than the 5 000 tokens left, refused`)
    t.equal(res.json().code, 'FST_MISTRAL_BUDGET_EXCEEDED', `${shape}: by the budget`)
    t.equal(mock.requests.length, sent, `${shape}: nothing reaches Mistral`)
  }
  // Near miss, refused today: the same characters as text.
  const res = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: {
      model: 'mistral-small-latest',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'A'.repeat(90_000) }],
    },
  })
  t.equal(res.statusCode, 429, 'the same characters as text are refused by the budget')
})
