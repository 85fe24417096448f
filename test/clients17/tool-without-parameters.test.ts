import t, { type Test } from 'tap'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * Expected to FAIL on main. docs/chat-surface.md types a tool as `{ function: { name, description?, parameters?,
 * strict? } }` and the public `Tool` type (src/types.ts:120) makes `parameters` optional, but Mistral requires it
 * (the SDK's `FunctionT.parameters: z.record(...)`, not optional; the local server refuses its absence with 422,
 * as Mistral does). The plugin accepts the tool, counts it, reserves the budget and sends it on; Mistral refuses
 * it, and the caller gets 400 FST_MISTRAL_UPSTREAM_REJECTED, "Mistral's reason is in the server log only": no
 * field named, nothing to fix from the answer. With `transport: 'sdk'` the SDK refuses it before any call, with
 * the same opaque answer.
 *
 * What the caller should see, either: the call answered (the plugin sends `parameters: {}`, an empty schema,
 * for a tool without one), or 400 FST_MISTRAL_VALIDATION naming `tools.0.function.parameters` before anything
 * is sent. Never an upstream rejection that names nothing.
 *
 * Suspected mechanism: src/chat-request.ts:41 (the tool's schema) and src/types.ts:120 take `parameters` as
 * optional; src/transport/wire-chat.ts:53-61 (wireTool) and src/transport/sdk.ts:121-122 send the tool as given.
 */

const model = 'mistral-small-latest'
const request = {
  model,
  messages: [{ role: 'user', content: 'What time is it?' }],
  tools: [{ type: 'function', function: { name: 'current_time', description: 'The current time' } }],
}

interface Answer {
  status: number
  code?: string
  paths: string[]
}

function judge(t: Test, where: string, answer: Answer): void {
  const answered = answer.status === 200
  const named =
    answer.status === 400 &&
    answer.code === 'FST_MISTRAL_VALIDATION' &&
    answer.paths.some((path) => /^tools\.0\.function\.parameters$/.test(path))
  t.ok(answered || named, `${where}: answered, or refused naming the tool's parameters`, { found: answer })
  t.not(answer.code, 'FST_MISTRAL_UPSTREAM_REJECTED', `${where}: not an upstream rejection that names nothing`)
}

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: a tool offered without parameters`, async (t) => {
    const { app } = await buildGateway(t, { plugin: { transport } })

    const route = await app.inject({ method: 'POST', url: '/api/chat', payload: request })
    judge(t, 'the chat route', {
      status: route.statusCode,
      code: route.json().code,
      paths: (route.json().details ?? []).map((detail: { path: string }) => detail.path),
    })

    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload: request,
    })
    judge(t, 'the gateway', {
      status: gateway.statusCode,
      code: gateway.json().code,
      paths: (gateway.json().details ?? []).map((detail: { path: string }) => detail.path),
    })

    const direct = await app.mistral.chat.complete(request as never).then(
      (): Answer => ({ status: 200, paths: [] }),
      (error: { statusCode: number; code: string; details?: Array<{ path: string }> }): Answer => ({
        status: error.statusCode,
        code: error.code,
        paths: (error.details ?? []).map((detail) => detail.path),
      }),
    )
    judge(t, 'app.mistral.chat.complete', direct)
  })
}
