import t from 'tap'
import { assertClean, assertFinds } from '../helpers/guard-cases.js'

/**
 * Speed 33: a dumper's labelled NT hash (`* NTLM : <hash>`) is looked for only in a text that holds `NTLM` as
 * written, which every such line does; the label in another case or misspelt was never read, and a hash under
 * another label is no dump's.
 */
const HASH = '8846f7eaee8fb117ad06bdd830b7586c'

t.test('a labelled NT hash is found at the start, in the middle and at the end of a text', async (t) => {
  assertFinds(t, [
    [`* NTLM     : ${HASH}`, HASH],
    [`Hash NTLM: ${HASH}`, HASH],
    [`* Username : svc * NTLM : ${HASH}`, HASH],
    [`mimikatz output\n  NTLM: ${HASH}\ndone`, HASH],
    [`NTLM:${HASH}`, HASH],
  ])
})

t.test('without NTLM as written, a hash after a colon is no labelled dump', async (t) => {
  assertClean(t, [`* ntlm : ${HASH}`, `* NTLN : ${HASH}`, `checksum: ${HASH}`])
})
