import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, review of round 27's named hex keys: `encryption key: 4f9c…` and `ENCRYPTION_KEY=…` were found, but a
 * config file names the key by the map it sits in, and its lone `key` went out: YAML's `encryption:` over
 * `  key: 4f9c…`, JSON's `{"encryption": {"key": "…"}}` (after other members too), TOML's `[crypto]` table over
 * `key = "…"`, a flow map's `encryption: {key: …}`. The map's name (its last word, the table's last part) is now read
 * as the word before the key is, when it is a cipher's key's word; other maps' keys (a cache's, a sort's, an image's),
 * a key below a public map, placeholders and references stay.
 */

const HEX = '4f9c2b7e1a8d3f6c0b5e9a2d7c4f1e8b'
const HEX64 = '9e3a7c1f5b2d8e4a6c0f3b9d7e1a5c2f8b4d6e0a3c7f1b9e5d2a8c4f6b0e3d71'

t.test('a lone key in a map named by what it encrypts or signs', async (t) => {
  assertFound(t, [
    [`encryption:\n  key: ${HEX64}`, HEX64],
    [`crypto:\n  enabled: true\n  # rotated 2024-05\n  key: ${HEX64}`, HEX64],
    [`active_record_encryption:\n  key: ${HEX}`, HEX],
    [`cache:\n  encryption:\n    key: ${HEX}`, HEX],
    [`aes:\n  key: ${HEX}\n  iv: ${HEX64}`, HEX],
    [`signing:\n  key: "0x${HEX64}"`, `0x${HEX64}`],
    [
      `hmac:\n  key: 4f:9c:2b:7e:1a:8d:3f:6c:0b:5e:9a:2d:7c:4f:1e:8b`,
      '4f:9c:2b:7e:1a:8d:3f:6c:0b:5e:9a:2d:7c:4f:1e:8b',
    ],
    [`{"encryption": {"key": "${HEX}"}}`, HEX],
    [`{"encryption": {"algorithm": "aes-256-gcm", "rotate": true, "key": "${HEX}"}}`, HEX],
    [`{\n  "aes": {\n    "key": "${HEX.toUpperCase()}"\n  }\n}`, HEX.toUpperCase()],
    [`[database.encryption]\ncipher = "aes-256-gcm"\nkey = "${HEX64}"`, HEX64],
    [`[crypto]\r\nkey = "${HEX}"`, HEX],
    [`crypto = {key = "${HEX}"}`, HEX],
    [`encryption: {key: ${HEX}}`, HEX],
    [`${'# padding line of a long config file\n'.repeat(6)}wallet:\n  key: ${HEX64}`, HEX64],
  ])
})

t.test("other maps' keys, public maps, placeholders and references stay", async (t) => {
  assertNothingFound(t, [
    `cache:\n  key: ${HEX}`,
    `sort:\n  key: ${HEX}`,
    `image:\n  digest: sha256:${HEX64}\n  key: ${HEX}`,
    `encryption:\n  public:\n    key: ${HEX}`,
    `signing:\n  keys:\n    - key: ${HEX}`,
    `- name: encryption\n  key: ${HEX}`,
    `encryption:\nkey: ${HEX}`,
    `encryption: true\nkey: ${HEX}`,
    `[crypto]\nenabled = true\n\n[cache]\nkey = "${HEX}"`,
    `[crypto]\n  key = "${HEX}"`,
    'encryption:\n  key: stored-in-kms',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference is the placeholder this case tests
    'encryption:\n  key: ${ENCRYPTION_KEY}',
    'encryption:\n  key: 00000000000000000000000000000000',
    `{"encryption": {"key_id": "${HEX}"}}`,
    `{"cache": {"key": "${HEX}"}}`,
  ])
})

linearWorkOnUnits("a lone key in a cipher's map", [
  'encryption:\n  key: ',
  '  key: ',
  'key:\n',
  '[crypto]\nkey = ',
  '{"aes": {"a": "b", "key": ',
  '{"a": 1, ',
])
