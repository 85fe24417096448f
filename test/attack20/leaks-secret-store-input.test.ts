import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'
import { assertSplitEverywhere } from './leaks-stream-splits.js'

/**
 * Outside attack, round 20 (leaks). A secret handed to a secret store's CLI on its input rather than as an argument
 * (`echo X | gh secret set NAME`, `vercel env add NAME production <<< X`, `printf %s X | docker secret create name -`,
 * `echo -n X | wrangler secret put NAME`) went out in clear, where `echo X | passwd --stdin` and `docker login
 * --password-stdin` were read. The CLIs are openings of src/guard/command-secrets.ts now, read as chpasswd's input is.
 */

const PW = 'Xk9mQ2vLp7'
const FED: ReadonlyArray<readonly [string, string]> = [
  [`echo ${PW} | gh secret set DB_PASSWORD`, PW],
  [`gh secret set DB_PASSWORD <<< ${PW}`, PW],
  [`vercel env add DB_PASSWORD production <<< "${PW}"`, PW],
  [`echo "${PW}" | vercel env add DB_PASSWORD production`, PW],
  [`printf %s ${PW} | docker secret create db_password -`, PW],
  [`echo -n ${PW} | wrangler secret put API_TOKEN`, PW],
  [`echo -n ${PW} | npx wrangler pages secret put API_TOKEN`, PW],
]

t.test('the value fed to a secret store is found', async (t) => {
  assertFound(t, FED)
  for (const [text] of FED) t.same(found(text), [['generic_secret', PW]], text)
})

t.test('a file, a variable, a flag value or another subcommand stays as it was', async (t) => {
  assertNothingFound(t, [
    'gh secret set DB_PASSWORD < secret.txt',
    'gh secret set DB_PASSWORD <<< "$PW"',
    'echo $PW | gh secret set X',
    'gh secret set --help',
    'echo done | gh secret list',
    'docker secret create db_password ./pw.txt',
  ])
  t.same(found(`gh secret set DB_PASSWORD --body ${PW}`), [['generic_secret', PW]], 'the flag value as before')
  t.same(found(`podman login -u bob -p ${PW} quay.io`), [['generic_secret', PW]], 'a login flag as before')
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    FED.map(([text]) => `${text}\ndone`),
    { seed: 2012, withFindings: 200 },
  )
})

t.test('streamed at every cut as whole', async (t) => {
  assertSplitEverywhere(t, FED)
})
