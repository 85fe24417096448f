import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (docs/guard.md, commit f039cc2): "an @ in Chinese or Korean prose (我在@张三.公司开会, 모임@강남.카페에서) is no
 * email": a local part that opens the sentence is the sentence's first words.
 *
 * Broken: the rule holds only when the sentence runs on right after the domain with no space or punctuation. The same
 * prose with a comma or a space after the place (`明天@上海.中国，不见不散` "tomorrow @Shanghai, see you there",
 * `下周一@北京.中国 出差`, `회의@본사.한국 에서 합니다`) is redacted as an email, with the time word as its local part.
 * Severity: low (false positives in chat; the audit counts an email).
 */

const PROSE = [
  '明天@上海.中国，不见不散',
  '下周一@北京.中国 出差',
  '谢谢@王五.公司，明天见',
  '회의@본사.한국 에서 합니다',
]

t.test('an @ opening a Chinese or Korean sentence that goes on after a comma or space is no email', async (t) => {
  assertClean(t, PROSE)
})
