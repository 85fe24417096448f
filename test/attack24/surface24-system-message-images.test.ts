import t from 'tap'
import type { ChatMessage } from '../../src/index.js'
import { errorText, recordOutput } from '../helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Outside use, round 24. Mistral's system message takes text chunks only (mistral-common's SystemMessage, and the
 * SDK's `SystemMessageContentChunks`: text and thinking); the policy took an image chunk in any role. A system message
 * with an image was sent on, and the caller got 400 `FST_MISTRAL_UPSTREAM_REJECTED`, naming nothing (with the SDK
 * transport, the SDK refused it before sending, the same unnamed answer). Now it breaks the rule `parameter` at the
 * chunk's path (403), on the route, the gateway and a direct call, before anything is sent; the other roles keep their
 * images.
 */

const image = 'https://images.example/photo.png'
const profile = { allowImages: true, allowedImageSources: ['images.example'] }

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: an image in a system message is refused at its path before it is sent`, async (t) => {
    const { app, mock, logs } = await buildGateway(t, { plugin: { transport, profiles: { development: profile } } })
    const system = (imageChunk: unknown) => ({
      role: 'system',
      content: [{ type: 'text', text: 'You describe pictures.' }, imageChunk],
    })
    const route = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: {
        model: 'mistral-small-latest',
        messages: [system({ type: 'image_url', imageUrl: image }), { role: 'user', content: 'hi' }],
      },
    })
    t.equal(route.statusCode, 403, route.body)
    t.match(route.json(), {
      code: 'FST_MISTRAL_POLICY_VIOLATION',
      details: [{ rule: 'parameter', path: 'messages.0.content.1' }],
    })
    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload: {
        model: 'mistral-small-latest',
        messages: [
          system({ type: 'image_url', image_url: { url: image, detail: 'low' } }),
          { role: 'user', content: 'hi' },
        ],
      },
    })
    t.equal(gateway.statusCode, 403, gateway.body)
    t.match(gateway.json(), { code: 'FST_MISTRAL_POLICY_VIOLATION', param: 'messages.0.content.1' })
    const direct = await app.mistral.chat
      .complete({
        model: 'mistral-small-latest',
        messages: [system({ type: 'image_url', imageUrl: image }), { role: 'user', content: 'hi' }] as ChatMessage[],
      })
      .then(
        () => undefined,
        (error: unknown) => {
          recordOutput(errorText(error))
          return error as { code?: string; details?: unknown }
        },
      )
    t.match(direct, { code: 'FST_MISTRAL_POLICY_VIOLATION', details: [{ path: 'messages.0.content.1' }] })
    t.equal(mock.requests.length, 0, 'nothing was sent')
    t.same(
      auditEntries(logs).map((entry) => [entry.action, entry.statusCode]),
      [
        ['chat.complete', 403],
        ['gateway.chat.completions', 403],
        ['chat.complete', 403],
      ],
      'one entry for each, the refusal',
    )
  })
}

t.test('the other roles keep their images', async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { profiles: { development: profile } } })
  const withImage = [
    { type: 'text', text: 'look' },
    { type: 'image_url', imageUrl: image },
  ]
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: {
      model: 'mistral-small-latest',
      messages: [
        { role: 'system', content: [{ type: 'text', text: 'You describe pictures.' }] },
        { role: 'user', content: withImage },
        {
          role: 'assistant',
          content: withImage,
          toolCalls: [{ id: 'abcdefghi', function: { name: 'look', arguments: '{}' } }],
        },
        { role: 'tool', toolCallId: 'abcdefghi', content: withImage },
      ],
      tools: [{ type: 'function', function: { name: 'look', parameters: {} } }],
    },
  })
  t.equal(response.statusCode, 200, response.body)
  t.equal(mock.requests.length, 1)
})

t.test("the types refuse an image in a system message, as the SDK's do", async (t) => {
  // @ts-expect-error: a system message takes text chunks only
  const system: ChatMessage = { role: 'system', content: [{ type: 'image_url', imageUrl: image }] }
  const text: ChatMessage = { role: 'system', content: [{ type: 'text', text: 'ok' }] }
  t.ok(system && text)
})
