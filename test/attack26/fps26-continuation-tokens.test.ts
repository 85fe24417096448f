import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (false positives). A listing's cursor under its other names (`"NextContinuationToken"` in
 * every S3 ListObjectsV2 reply, `continuation_token`, `pagination_token`) was redacted as a credential, where
 * `next_page_token` and `cursor` were not. Right before a token these words make it the list's cursor; further before
 * they say which secret it is, as `page` does (src/guard/secrets.ts, CURSOR_WORDS): the key that signs the cursors, and a
 * token beside one, are still found.
 */

const CURSORS = [
  'continuation_token: fcdfacb68d609f642181c0cd50ca96da5794170c',
  '{"IsTruncated": true, "NextContinuationToken": "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=", "KeyCount": 1000}',
  'pagination_token=7140dibdnow9c7btw3w29grvxfcgvpb9n9coe6kkhyxi7',
  'const continuationToken = "Xk9mQ2vLp7wZr4TbQ8nR3sV6"',
  'aws s3api list-objects-v2 --bucket logs --continuation-token 1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=',
]

t.test("a listing's continuation token is no credential", async (t) => {
  assertNothingFound(t, CURSORS)
  assertStreamedAsWhole(t, CURSORS)
})

t.test('secrets named with the same words are still found', async (t) => {
  const secret = 'Xk9mQ2vLp7wZr4TbQ8nR3sV6'
  assertFound(t, [
    [`PAGINATION_TOKEN_SECRET=${secret}`, secret],
    [`CONTINUATION_TOKEN_SIGNING_KEY=${secret}`, secret],
    [`PAGE_ACCESS_TOKEN=${secret}`, secret],
    [`continuation_token: fcdf, api_token: ${secret}`, secret],
  ])
})
