import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by pasting a .NET project's config and a stack trace: an assembly's strong name ends with its
 * `PublicKeyToken=b77a5c561934e089` (in `web.config`'s `<assemblyIdentity publicKeyToken="…">`, every binding
 * redirect and every type name a runtime prints), and that hex was redacted as a token. It is the last bytes of the
 * hash of a public key, printed wherever the assembly is named. Now a name whose token is a public key's
 * (`PublicKeyToken`, `public_key_token`) names no secret (secrets.ts' isPublicKeyToken); a token under a private
 * key's or an API key's name is still found, and so is one named on its own next to a public key.
 */

const TOKENS = [
  '<assemblyIdentity name="Newtonsoft.Json" publicKeyToken="30ad4fe6b2a6aeed" culture="neutral" />',
  'System.Runtime, Version=8.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a',
  '<Reference Include="System.Web, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a" />',
  'public_key_token: b77a5c561934e089',
]

t.test("a public key's token is no secret", async (t) => {
  assertNothingFound(t, TOKENS)
})

t.test("a private key's or an API key's token is still found", async (t) => {
  assertFound(t, [
    ['private_key_token: b03f5f7f11d50a3a', 'b03f5f7f11d50a3a'],
    ['api_key_token=Xk9mQ2vL7pZq4', 'Xk9mQ2vL7pZq4'],
    ['publicKey=ab12cd34ef56ab78,token=Xk9mQ2vL7pZq4Tq', 'Xk9mQ2vL7pZq4Tq'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, TOKENS)
})
