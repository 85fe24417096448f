import t from 'tap'
import { errorText, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { buildGateway } from '../helpers/gateway.js'

/**
 * Promise (README and docs/gateway.md): "Mistral's SDKs and `curl` work unchanged"; the gateway "accepts exactly the
 * calls the route does" and refuses only fields the plugin does not take (named) and camelCase names.
 *
 * Broken: Mistral's API, and its SDKs' types, take `null` for its optional parameters (`max_tokens`, `temperature`,
 * `top_p`, `random_seed`, `n`, `stop`, `presence_penalty`, `frequency_penalty`, `tools`): the TypeScript SDK sends
 * `"max_tokens": null` when the caller passes `maxTokens: null` (its type is `number | null | undefined`), and the
 * Python SDK does the same for `max_tokens=None`, the usual way a wrapper passes "no value" on. The local Mistral
 * server, which checks bodies with the SDK's own request schemas, accepts them; the gateway answers 400
 * FST_MISTRAL_VALIDATION ("Invalid input: expected number, received null"). Code that works against Mistral breaks
 * when pointed at the gateway. Severity: low-medium (wire compatibility, no security impact; fails closed).
 */

const messages = [{ role: 'user' as const, content: 'Hi' }]
const NULLABLE: Array<[sdkName: string, wireName: string]> = [
  ['maxTokens', 'max_tokens'],
  ['temperature', 'temperature'],
  ['topP', 'top_p'],
  ['randomSeed', 'random_seed'],
  ['n', 'n'],
  ['stop', 'stop'],
  ['presencePenalty', 'presence_penalty'],
  ['frequencyPenalty', 'frequency_penalty'],
  ['tools', 'tools'],
]

t.test(
  'the SDK, unchanged, with an optional parameter set to null: Mistral takes it, so does the gateway',
  async (t) => {
    const { sdk, mock } = await buildGateway(t)
    for (const [sdkName, wireName] of NULLABLE) {
      // Mistral (the strict local server) takes the wire body as the SDK writes it.
      const direct = await fetch(`${mock.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TEST_API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'mistral-small-latest', messages, [wireName]: null }),
      })
      t.equal(direct.status, 200, `${wireName}: null is a body Mistral accepts`)
      const outcome = await sdk.chat.complete({ model: 'mistral-small-latest', messages, [sdkName]: null }).then(
        () => 'answered',
        (error: unknown) => {
          recordOutput(errorText(error))
          return (error as { statusCode?: number }).statusCode
        },
      )
      t.equal(outcome, 'answered', `${sdkName}: null through the gateway is answered`)
    }
  },
)
