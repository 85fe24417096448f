import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of HL7 v2 messages as hospital and lab interfaces log them and
 * developers paste them: the patient segment `PID|1||MRN^^^HOSP^MR||ROE^JANE||19870314|F|…` carries the date of birth
 * in its seventh field, `YYYYMMDD` with an optional time, and no label names it.
 */

const MSH = 'MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202612061200||ADT^A01|MSG00001|P|2.5'

t.test("the date of birth in a patient segment's seventh field", async (t) => {
  assertFound(t, [
    [`${MSH}\nPID|1||123456^^^HOSP^MR||ROE^JANE^A||19870314|F|||12 ELM ST^^SPRINGFIELD^IL^62704`, '19870314'],
    [`${MSH}\rPID|1||MRN889^^^H^MR||DOE^JOHN||198703141230|M\rPV1|1|I`, '198703141230'],
    ['PID|||A77^^^H||KIM^MIN||19870314^D|F', '19870314'],
    ['2026-12-06 20:41:07 INFO inbound ADT:\nPID|1||MRN-5521^^^LAB||NOVAK^PETRA||19920229', '19920229'],
  ])
  t.same(found('PID|1||M1^^^H||ROE^JANE||19870314|F'), [['date_of_birth', '19870314']])
})

t.test('other segments, an empty or impossible seventh field and a segment in a sentence stay clean', async (t) => {
  assertNothingFound(t, [
    'PID|1||MRN889^^^H^MR||DOE^JOHN|||M',
    'OBX|1|NM|GLU^Glucose||19870314|mg/dL',
    'PID|1||MRN889^^^H^MR||DOE^JOHN||20991301|M',
    'PID|1||MRN889^^^H^MR||DOE^JOHN||1987031|M',
    'PID|1||MRN889^^^H^MR||DOE^JOHN\nNTE|1||19870314',
    `PID|1||${'7'.repeat(220)}||19870314|F`,
    'PID|1||MRN889',
    'The PID|1 segment holds the patient; 19870314 is an example.',
    'ps -o pid|grep 19870314',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, [`${MSH}\nPID|1||123456^^^HOSP^MR||ROE^JANE^A||19870314|F|||12 ELM ST`], {
    seed: 3107,
    withFindings: 250,
  })
})
