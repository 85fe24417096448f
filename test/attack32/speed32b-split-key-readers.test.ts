import t from 'tap'
import { PROVIDER_TOKENS, providerTokenDetectors, providerTokenOpenings } from '../../src/guard/provider-tokens.js'
import { splitKeysJoined } from '../../src/guard/split-keys.js'
import { prefixedTokenDetectors, prefixedTokenOpenings, TOKEN_PREFIXES } from '../../src/guard/tokens.js'
import { buildGuardFixtures } from '../fixtures/guard/messages.js'
import { found } from '../helpers/guard-cases.js'

// Round 32 (speed32b): a split key's joined form is read (split-keys.ts, keyLength) only by the token readers whose
// prefixes open with its first two characters, and by those read otherwise (Telegram's, Atlas's, Azure's, Grafana's,
// SendGrid's), asked of every joined form. So every key a reader of literal prefixes finds must start with one of
// them, and a key must still be joined wherever its prefix stands: at the text's start and end, beside other
// scripts, in the other case, with a prefix of two characters or of a dozen.

const HEX = 'a3f9c2e18b7d4f6a0c5e9b2d8f1a7c3e6b0d4f9a2c8e5b1d7f3a9c6e0b4d8f2a'
const BODY = 'R8kT2mWq9ZpL4vXc7NbJ3sHd6YgF1eUa0Oyi'
const grouped = (body: string, width: number, separator: string) =>
  (body.match(new RegExp(`.{1,${width}}`, 'g')) as string[]).join(separator)

t.test('a split key is joined by the reader its prefix names', async (t) => {
  for (const [label, text, joined, type] of [
    ['GitHub at the start', `ghp_${grouped(BODY, 4, '-')}`, `ghp_${BODY}`, 'github_token'],
    [
      'GitLab at the end',
      `token glpat-${grouped(BODY.slice(0, 20), 4, ' ')}`,
      `glpat-${BODY.slice(0, 20)}`,
      'gitlab_token',
    ],
    ['Anthropic', `sk-ant-${grouped(BODY + BODY, 6, ' ')}`, `sk-ant-${BODY}${BODY}`, 'anthropic_key'],
    [
      'a provider table row',
      `shippo_live_${grouped(HEX.slice(0, 40), 5, ' ')}`,
      `shippo_live_${HEX.slice(0, 40)}`,
      'api_token',
    ],
    ['after another script, tabs', `é dop_v1_${grouped(HEX, 8, '\t')}`, `dop_v1_${HEX}`, 'api_token'],
    ['AWS', 'ключ:AKIA_IOSF_ODNN_7EXA_MPLF', 'AKIAIOSFODNN7EXAMPLF', 'aws_access_key'],
    ['the prefix in the other case', `GHP_${BODY}`, `ghp_${BODY}`, 'github_token'],
  ] as const) {
    t.ok(splitKeysJoined(text)?.text.includes(joined), label)
    t.ok(
      found(text).some(([found]) => found === type),
      `${label}: ${type}`,
    )
  }
})

t.test('a joined form no reader opens is left as written', async (t) => {
  for (const text of ['ghp_ aB3d E5fG', 'zz R8kT 2mWq 9ZpL 4vXc', 'g', 'AK', ''])
    t.equal(splitKeysJoined(text), undefined)
})

t.test('every key a reader of literal prefixes finds starts with one of them', async (t) => {
  const texts = buildGuardFixtures().map((message) => message.text)
  const prefixes = [...new Set([...TOKEN_PREFIXES, ...PROVIDER_TOKENS.flatMap((row) => row.prefixes)])]
  for (const prefix of prefixes) {
    texts.push(`${prefix}${BODY}${BODY}`, `${prefix}${HEX}`, `x ${prefix}${HEX.slice(0, 40)} y`, `id${prefix}${BODY}`)
  }
  const readers = [
    ...prefixedTokenDetectors.map((reader, i) => [reader, prefixedTokenOpenings[i]] as const),
    ...providerTokenDetectors.map((reader, i) => [reader, providerTokenOpenings[i]] as const),
  ]
  let keys = 0
  for (const [reader, openings] of readers) {
    if (openings === undefined) continue
    // Read by their first two characters: a prefix of one would never be asked.
    t.ok(
      openings.every((prefix) => prefix.length >= 2),
      `${reader.type}: prefixes of two characters or more`,
    )
    for (const text of texts) {
      for (const span of reader.find(text)) {
        keys++
        if (!openings.some((prefix) => text.startsWith(prefix, span.start))) {
          t.fail(`${reader.type} found ${JSON.stringify(text.slice(span.start, span.end))} without its prefixes`)
        }
      }
    }
  }
  t.ok(keys > prefixes.length, `${keys} keys read`)
})
