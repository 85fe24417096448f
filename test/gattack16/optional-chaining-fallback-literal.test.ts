import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A value that is a lookup is judged by the literal it falls back to
 * (`process.env.DB_PASSWORD || '…'`, `?? "…"`, `or "…"`, `?: "…"`)".
 * Input family: the same fallback written with optional chaining, as modern JavaScript/TypeScript, Kotlin, C# and
 * Swift write every lookup: `user?.password ?? '…'`, `config?.db?.password || "…"`, `window?.ENV?.API_KEY ?? "…"`,
 * `settings?.Password ?? "…"`, `defaults?.string(forKey: "token") ?? "…"`.
 * What happens: the lookup (`user?.password`) is taken for the value itself, found as a `generic_secret` and
 * redacted, and the literal after `??`/`||` (the real password) is never judged: it stays in the redacted text,
 * which reads `const password = [REDACTED:generic_secret] ?? 'Tq7#vLm2!zR9'`. The plain-dot lookups
 * (`opts.password ?? '…'`, `process.env.DB_PASSWORD || '…'`) and `process.env?.JWT_SECRET ?? '…'` are redacted
 * right (controls.test.ts). See also fp-optional-chaining-references.test.ts (the lookup alone, a false positive).
 */

t.test('the literal an optional-chaining lookup falls back to is redacted', async (t) => {
  assertRedacted(t, [
    ["const password = user?.password ?? 'Tq7#vLm2!zR9'", 'Tq7#vLm2!zR9'],
    ['const dbPassword = config?.db?.password || "Tq7#vLm2!zR9";', 'Tq7#vLm2!zR9'],
    ['const apiKey = window?.ENV?.API_KEY ?? "Xk29aBcD7eFgH1jKlMnO3pQr"', 'Xk29aBcD7eFgH1jKlMnO3pQr'],
    ['var password = settings?.Password ?? "Tq7#vLm2!zR9";', 'Tq7#vLm2!zR9'],
    ['let token = defaults?.string(forKey: "token") ?? "Xk29aBcD7eFgH1jKlMnO3pQr"', 'Xk29aBcD7eFgH1jKlMnO3pQr'],
    [
      'export const db = {\n  host: env?.DB_HOST ?? "localhost",\n  password: env?.DB_PASSWORD ?? "Tq7#vLm2!zR9",\n}',
      'Tq7#vLm2!zR9',
    ],
  ])
})
