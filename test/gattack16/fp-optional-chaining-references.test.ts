import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "The value is judged when it is not a placeholder (… `process.env.X` …),
 * not a reference or path, not a call that computes it"; `const token = session.access_token` is clean today.
 * Input family: code that reads a secret from an object with optional chaining (`?.`), in JavaScript/TypeScript
 * (Supabase's own `session?.access_token`), Kotlin, C# and Swift: the everyday way to write that lookup now.
 * What happens: the lookup is read as a literal value (the `?` makes it look like a random-looking string with a
 * symbol) and reported as a `generic_secret`: redacted in replies, and a prompt pasting such code is refused with 422
 * under the default `block`. The same lookups with a plain `.` are clean. (The same mis-reading also hides the real
 * literal after `??`: optional-chaining-fallback-literal.test.ts.)
 */

t.test('an optional-chaining lookup is a reference, not a secret', async (t) => {
  assertClean(t, [
    "const { data: { session } } = await supabase.auth.getSession()\nconst token = session?.access_token ?? ''",
    'const token = session?.access_token',
    'const apiKey = config?.apiKey',
    "const password = user?.password ?? ''",
    'let secret = ctx?.secrets?.stripe',
    'token = response?.data?.token',
    'api_key = settings?.api_key',
    "const token = localStorage?.getItem('token')",
    'val token = session?.accessToken',
    'var token = result?.AccessToken;',
  ])
})
