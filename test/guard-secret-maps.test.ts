import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// YAML maps under a key naming secrets, in the layouts an outside attack wrote them in: comment and blank lines among
// the children, a comment after the key, nested maps, and flow maps (YAML's `{a: b}` and JSON's objects).

t.test('a comment or a blank line among the children does not end the map', async (t) => {
  assertFound(t, [
    ['passwords:\n  # the admins\n  admin: Rv7nQ3wLp9\n  bob: Tz2kW8mXc4', 'Tz2kW8mXc4'],
    ['passwords:\n  admin: Rv7nQ3wLp9\n  # rotated 2026-11\n  bob: Tz2kW8mXc4', 'Tz2kW8mXc4'],
    ['credentials:\n  alice: Hs8vN2qRt6Lw\n\n  carol: Jp4xM9bVz3Qe', 'Jp4xM9bVz3Qe'],
    ['passwords:   # do not commit\n  root: Gm5tY8pLx2', 'Gm5tY8pLx2'],
    ['secrets:\r\n  # prod\r\n  stripe: Wq6zK3nTr8vBm2Lx\r\n', 'Wq6zK3nTr8vBm2Lx'],
    ['"passwords":\n  # quoted key\n  root: Gm5tY8pLx2', 'Gm5tY8pLx2'],
  ])
})

t.test("a child holding a map of its own: its children's values are the map's", async (t) => {
  assertFound(t, [
    ['secrets:\n  prod:\n    stripe: Wq6zK3nTr8vBm2Lx', 'Wq6zK3nTr8vBm2Lx'],
    ['secrets:\n  prod:\n    stripe: Wq6zK3nTr8vBm2Lx\n  dev:\n    stripe: Yc3hB7tNq5wKr9Ds', 'Yc3hB7tNq5wKr9Ds'],
    ['passwords:\n  mysql:\n    root: plumtree42\n', 'plumtree42'],
    ['credentials:\n  aws:  # main account\n    ci: Fb8rL2xQm6Tz', 'Fb8rL2xQm6Tz'],
  ])
  t.same(found('secrets:\n  prod:\n    stripe: Wq6zK3nTr8vBm2Lx\n    host: db7.example.com\n    port: 5432'), [
    ['generic_secret', 'Wq6zK3nTr8vBm2Lx'],
  ])
})

t.test("a flow map's pairs, YAML's or JSON's", async (t) => {
  assertFound(t, [
    ['passwords: {admin: Rv7nQ3wLp9, bob: Tz2kW8mXc4}', 'Tz2kW8mXc4'],
    ['passwords: {admin: Rv7nQ3wLp9, bob: Tz2kW8mXc4}', 'Rv7nQ3wLp9'],
    ["passwords: { root: 'plumtree42' }", 'plumtree42'],
    ['{"secrets": {"stripe": "Wq6zK3nTr8vBm2Lx", "host": "db7.example.com"}}', 'Wq6zK3nTr8vBm2Lx'],
    ['  credentials: {ci: Fb8rL2xQm6Tz4Wn}', 'Fb8rL2xQm6Tz4Wn'],
    ['secrets: {prod: {stripe: Wq6zK3nTr8vBm2Lx}, dev: {stripe: Yc3hB7tNq5wKr9Ds}}', 'Yc3hB7tNq5wKr9Ds'],
    ['{"secrets": {"prod": {"stripe": "Wq6zK3nTr8vBm2Lx"}}}', 'Wq6zK3nTr8vBm2Lx'],
    ['passwords: {db: {root: plumtree42}}', 'plumtree42'],
  ])
})

t.test("a child's block scalar: its value is the line below, and the next child is read after it", async (t) => {
  assertFound(t, [
    ['passwords:\n  admin: |\n    Rv7nQ3wLp9', 'Rv7nQ3wLp9'],
    ['passwords:\n  admin: |\n    Rv7nQ3wLp9\n  bob: >-\n    Tz2kW8mXc4', 'Tz2kW8mXc4'],
    ['secrets:\n  stripe: |-\n      Wq6zK3nTr8vBm2Lx\n', 'Wq6zK3nTr8vBm2Lx'],
    ['passwords:\n  motd: |\n    Welcome to the server\n  root: Gm5tY8pLx2', 'Gm5tY8pLx2'],
    ['passwords:\n  admin: |\n\n  bob: Tz2kW8mXc4', 'Tz2kW8mXc4'],
  ])
})

t.test('maps of settings, names and hosts, and empty maps, stay clean', async (t) => {
  assertClean(t, [
    'secrets: {}',
    'keys: {a: 1, b: 2}',
    'tokens: {min: 10, max: 2000}',
    'tokens: {primary: "#1f2937", spacing: 24px}',
    'credentials:\n  db:\n    host: db.internal.example.com\n    port: 5432\n    user: app_user7',
    'secrets:\n  # which store\n  provider: vault\n  mount: kv',
    'passwords:\n  policy:\n    minLength: 12\n    requireSymbols: true',
    'secrets:\n  prod:\n  dev:\nnext: 1',
    'passwords: {admin: see the vault, bob: ask}',
    // A member after the secrets' map closes is the outer object's.
    '{"secrets": {"name": "app"}, "description": "Hs8vN2qRt6Lw0pZ4qq"}',
    'secrets:\n  name: my-secret\n\n  namespace: default',
    // Not YAML pairs: a scalar with a colon in it, a key inside a sentence, a key line past the reach.
    'passwords:\n  # c\n  admin:Rv7nQ3wLp9',
    'the old passwords:\n  # c\n  root: Rv7nQ3wLp9',
    `passwords:  # ${'x'.repeat(240)}\n  root: Rv7nQ3wLp9`,
    `passwords:\n  admin: |\n    ${'x'.repeat(240)}\n  root: Rv7nQ3wLp9`,
    'secrets:\n  banner: >\n    Welcome aboard\n',
    'passwords:\n  admin: |',
  ])
})

t.test('maps: streamed and fast as whole and full', async (t) => {
  const texts = [
    'passwords:\n  # the admins\n  admin: Rv7nQ3wLp9\n  bob: Tz2kW8mXc4',
    'secrets:\n  prod:\n    stripe: Wq6zK3nTr8vBm2Lx',
    'passwords: {admin: Rv7nQ3wLp9, bob: Tz2kW8mXc4}',
    '{"secrets": {"stripe": "Wq6zK3nTr8vBm2Lx"}}',
  ]
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 1818, withFindings: 300 })
})
