import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of an address and its password pasted into a sentence or a record
 * rather than on a combo list's line of their own: `log in with ops@acme-corp.com:Winter2024!Qz now`, a semicolon
 * record (`jdoe@mailbox.org;Sunflower!92;DE`), a bar-separated one (`jdoe@mailbox.org | Sunflower!92 | 2023-01-04`).
 * Only an address opening its line with its password ending it was read.
 */

t.test('an address and its password within a line', async (t) => {
  assertFound(t, [
    ['Send the reports as ops@acme-corp.com:Winter2024!Qz from now on', 'Winter2024!Qz'],
    ['The test account is qa.bot@shop-demo.io:Xk29!fLqPm.', 'Xk29!fLqPm'],
    ['jdoe@mailbox.org | Sunflower!92 | 2023-01-04', 'Sunflower!92'],
    ['jdoe@mailbox.org|Sunflower!92|2023-01-04', 'Sunflower!92'],
    ['jdoe@mailbox.org;Sunflower!92;DE', 'Sunflower!92'],
    ['user,combo\n7,"m.keller@posteo.de:Pr1ncess#88x"', 'Pr1ncess#88x'],
    ['  - ops@acme-corp.com:Tr0ub4dor&3xK (rotated yesterday)', 'Tr0ub4dor&3xK'],
  ])
  t.same(
    found('jdoe@mailbox.org;Sunflower!92;DE').map(([type]) => type),
    ['email', 'generic_secret'],
  )
})

t.test('remotes, ports, address lists, tickets and plain words after an address stay clean', async (t) => {
  assertNothingFound(t, [
    'ssh git@github.com:Org/Repo2.git',
    'clone from git@gitlab.example.com:Team-A/Service_2 please',
    'alice@example.com;bob@example.com;carol@example.com',
    'Contact alice@example.com: Issue#42 is fixed',
    'alice@example.com:8080 is wrong',
    '| alice@example.com | Admin | Active2024 |',
    'From: alice@example.com; Re: Q4-Budget#2',
    'write to alice@example.com;Summer-Sale2024 starts',
    'alice@example.com |Xk29!fLqPm',
    'alice@example.com ;Xk29!fLqPm',
    'see alice@example.com:https://Xk29!fLqPm.example.com',
    `alice@example.com:Xk29!fLqPm${'a'.repeat(130)}`,
    'alice@example.com:Ab1!a@example.org',
    'alice@example.com:Ab1!',
  ])
})

t.test('after a real address, only the address is found where the word is no password', async (t) => {
  for (const text of [
    'ssh git@gitlab.acme-corp.com:Org/Repo2.git',
    'jdoe@mailbox.org;kim@mailbox.org;DE',
    'Write to jdoe@mailbox.org: Issue#42 is fixed',
    'jdoe@mailbox.org:8080 is wrong',
    '| jdoe@mailbox.org | Admin | Active2024 |',
    'jdoe@mailbox.org |Xk29!fLqPm',
    'jdoe@mailbox.org ;Xk29!fLqPm',
    'jdoe@mailbox.org, Xk29!fLqPm',
    'see jdoe@mailbox.org:https://Xk29!fLqPm.acme-corp.com',
    `jdoe@mailbox.org:Xk29!fLqPm${'a'.repeat(130)}`,
    'jdoe@mailbox.org:Ab1!a@acme-corp.com',
    'jdoe@mailbox.org:Ab1!xyz',
    'jdoe@mailbox.org;Summer-Sale2024 starts',
    'jdoe@mailbox.org;Xk29fLqPmZ7',
  ]) {
    t.notOk(
      found(text).some(([type]) => type !== 'email'),
      `only the address in ${JSON.stringify(text)}: ${JSON.stringify(found(text))}`,
    )
  }
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(
    t,
    ['Send the reports as ops@acme-corp.com:Winter2024!Qz from now on', 'jdoe@mailbox.org | Sunflower!92 | 2023-01-04'],
    { seed: 3103, withFindings: 300 },
  )
})
