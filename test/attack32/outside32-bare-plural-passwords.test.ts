import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (outside32), bare plural password names: `PASSWORDS=Summer2024!,Winter2025#`, `passphrases: …`. Round 31
 * read a plural only after a qualifying word (`DB_PASSWORDS`), so a list of passwords under the bare name stayed in
 * clear. Bare `passwords` and `passphrases` are read as the singular now, with the value judged as a password's; bare
 * `tokens`, `secrets` and `keys` still name a program's lists as often, and stay unread.
 */

t.test('passwords under a bare plural name', async (t) => {
  assertFound(t, [
    ['PASSWORDS=Summer2024!,Winter2025#', 'Summer2024!'],
    ['PASSWORDS=Summer2024!,Winter2025#', 'Winter2025#'],
    ['passwords: Gr4nite-Falls', 'Gr4nite-Falls'],
    ['export PASSWORDS="Kx9mQ2vLp7aB"', 'Kx9mQ2vLp7aB'],
    ["export PASSPHRASES='tulip anchor 47 velvet'", 'tulip anchor 47 velvet'],
    ['"passwords": "Ostrava#2025x"', 'Ostrava#2025x'],
    ['passwords = hunter2', 'hunter2'],
    // A heading over a list of accounts' values, still read as a heading.
    ['Passwords:\nKx9mQ2vLp7 for root\nTz2kW8mXc4 for admin', 'Tz2kW8mXc4'],
    ['passwords:\n  - Summer2024!\n  - Winter2025#', 'Winter2025#'],
  ])
})

t.test("a program's lists, settings and counts under the bare plural stay clean", async (t) => {
  assertNothingFound(t, [
    'passwords = load_passwords()',
    'passwords = []',
    'passwords: 3',
    'Passwords must be at least 12 characters.',
    'passwords:\n  - db_password\n  - api_password',
    'PASSWORDS=$PASSWORDS',
    'passwords = get_secret("app/passwords")',
    'passwords: see vault',
    'passwords: true',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow's expression, as written
    'passwords=${{ secrets.PASSWORDS }}',
    '"passwords": {"min_length": 12, "require_symbols": true}',
    'passwords:\n  min_length: 12',
    'PASSWORDS_FILE=/etc/app/passwords.txt',
    'passwords: N/A',
    'tokens = [secret_a, secret_b]',
    'secrets = [secret_a, secret_b]',
    'tokens: 4096',
    '"usage": {"prompt_tokens": 12, "total_tokens": 60}',
    'authorized_keys: /home/deploy/.ssh/authorized_keys',
    'Passwords:\nSee the wiki for details',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, ['PASSWORDS=Summer2024!,Winter2025#\nDEBUG=false', 'passwords: Gr4nite-Falls and more'], {
    seed: 3201,
    withFindings: 300,
  })
})
