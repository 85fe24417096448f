import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). A `.env.example` leaves its secrets empty (`OPENAI_API_KEY=`); the
 * reader of a value moved to the line below its name then took the next entry for it (`MODEL=gpt-4o-mini`,
 * `DB_HOST=localhost`, `STRIPE_SECRET_KEY=sk_test_...`) and redacted the name with its value. A line that gives a
 * name a value of its own is the next entry (src/guard/secrets.ts, isEntryLine); a value alone on the line below,
 * and a secret the next entry names, are still found.
 */

t.test("the entry after an empty secret is not that secret's value", async (t) => {
  assertNothingFound(t, [
    'OPENAI_API_KEY=\nMODEL=gpt-4o-mini',
    'SECRET_KEY=\nDEBUG=true',
    'DB_PASSWORD=\nDB_HOST=localhost',
    'api_key=\nbase_url=https://api.mistral.ai',
    'MISTRAL_API_KEY=\nSTRIPE_SECRET_KEY=sk_test_...',
    'environment:\n  - MISTRAL_API_KEY=\n  - PORT=3000',
    'MISTRAL_API_KEY=\nexport MISTRAL_MODEL=mistral-small-latest\n',
  ])
})

t.test('a value below its name, or named by the next entry, is still found', async (t) => {
  assertFound(t, [
    ['API_KEY=\nSECRET=Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['API_KEY=\nXk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['DB_PASSWORD=\n  Xk9mQ2vLp7wZr4\n', 'Xk9mQ2vLp7wZr4'],
    ['Password:\n  Tr0ub4dor&3xq', 'Tr0ub4dor&3xq'],
    ['secret:\n  value: Xk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    ['const secret =\n  env === "prod" ? "Xk9mQ2vLp7wZr4Tb" : "x"', 'Xk9mQ2vLp7wZr4Tb'],
    ['password =\n  "Xk9mQ2vLp7wZr4"', 'Xk9mQ2vLp7wZr4'],
  ])
})
