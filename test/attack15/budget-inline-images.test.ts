import t from 'tap'
import { IMAGE_TOKENS } from '../../src/budget/estimate.js'
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
 *
 * Lead's decision (fix19, after review 19's budget-inline-image-as-text): Mistral bills an image by its pixels,
 * capped (IMAGE_TOKENS at most), not by its base64's characters, so an image holds IMAGE_TOKENS whatever its size;
 * the size limits still count its characters. What this finding's family keeps: images are never free. Each holds at
 * least IMAGE_TOKENS, several add up, and a holder with fewer tokens left than its images' floor is refused 429
 * before anything reaches Mistral; with room for them the same call is let in.
 */

const PNG = (chars: number) => `data:image/png;base64,iVBORw0KGgo${'A'.repeat(chars - 33)}`
const text = { type: 'text', text: 'What is in these?' }
const user = (...content: unknown[]) => ({ role: 'user', content: [text, ...content] })
const image = (url: string) => ({ type: 'image_url', image_url: url })

const SHAPES: Array<[shape: string, images: number, messages: unknown[]]> = [
  ['one 90 000-character image', 1, [user(image(PNG(90_000)))]],
  ['six 15 000-character images', 6, [user(...Array.from({ length: 6 }, () => image(PNG(15_000))))]],
  ['an image in the { url } form', 1, [user({ type: 'image_url', image_url: { url: PNG(90_000) } })]],
  [
    'an image in an earlier turn',
    1,
    [user(image(PNG(90_000))), { role: 'assistant', content: 'A cat.' }, { role: 'user', content: 'Sure?' }],
  ],
]
// The texts, the reply asked for (100 tokens) and the messages' own share: well under a thousand.
const BESIDES = 1_000

const ask = (app: Awaited<ReturnType<typeof buildGateway>>['app'], messages: unknown[]) =>
  app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: { model: 'mistral-small-latest', max_tokens: 100, messages },
  })

for (const [shape, images, messages] of SHAPES) {
  t.test(`${shape}: holds at least IMAGE_TOKENS per image`, async (t) => {
    // Exactly the images' floor left: the texts and the reply do not fit beside them.
    const short = await buildGateway(t, {
      plugin: { profiles: { development: { allowImages: true } }, budget: { tokens: images * IMAGE_TOKENS } },
    })
    const refused = await ask(short.app, messages)
    t.equal(refused.statusCode, 429, `fewer than ${images} × IMAGE_TOKENS and the texts left: refused`)
    t.equal(refused.json().code, 'FST_MISTRAL_BUDGET_EXCEEDED', 'by the budget')
    t.equal(short.mock.requests.length, 0, 'nothing reaches Mistral')
    // Control: room for the images' floor and the rest, however many characters their base64 has.
    const room = await buildGateway(t, {
      plugin: {
        profiles: { development: { allowImages: true } },
        budget: { tokens: images * IMAGE_TOKENS + BESIDES },
      },
    })
    t.equal((await ask(room.app, messages)).statusCode, 200, 'with room for them, let in')
  })
}

t.test('the same characters as text are held as text (refused at 5 000 tokens)', async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { budget: { tokens: 5_000 } } })
  const res = await ask(app, [{ role: 'user', content: 'A'.repeat(90_000) }])
  t.equal(res.statusCode, 429, 'the same characters as text are refused by the budget')
  t.equal(mock.requests.length, 0)
})
