import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, labels written letter by letter: `P A S S W O R D: …`, `p-a-s-s-w-o-r-d: …`, `p.a.s.s.w.o.r.d = …`,
 * `p a s s: …` hid the value from every keyword reader (spaced-letters.ts joins only runs holding a digit or a mark,
 * which a label does not). A label word of four letters or more, one separator between its letters (the same
 * throughout: one to three blanks, a tab, or `.`, `-`, `_`, `*`, `·` with blanks beside it or not), look-alikes
 * allowed, is now read as the word, so the value after it is judged as after `password`. A run that goes on past the
 * word (`P A S S W O R D S`, `p-a-s-s-a-g-e`) or a word that starts before it is no label.
 */

t.test('a value after a label written letter by letter', async (t) => {
  assertFound(t, [
    ['P A S S W O R D: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p-a-s-s-w-o-r-d: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p.a.s.s.w.o.r.d = Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p a s s: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['S E C R E T: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['T  O  K  E  N = Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p\ta\ts\ts: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p @ s s w 0 r d: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['A P I K E Y=Zk8xN2vB5mL1pO9iJk3v', 'Zk8xN2vB5mL1pO9iJk3v'],
    ['p_a_s_s_w_o_r_d="Xk9#mQ2v"', 'Xk9#mQ2v'],
    ['p*a*s*s*w*o*r*d: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['my p a s s w o r d is Xk9#mQ2v', 'Xk9#mQ2v'],
    ['"P-A-S-S-W-O-R-D": "Xk9#mQ2vLp"', 'Xk9#mQ2vLp'],
    ['w a c h t w o o r d: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['Login for the NAS -- user: admin, P A S S: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p. a. s. s: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['P - A - S - S - W - O - R - D: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['p a s s w o r d : Xk9#mQ2v', 'Xk9#mQ2v'],
    ['P·A·S·S·W·O·R·D: Xk9#mQ2v', 'Xk9#mQ2v'],
    ['Ｐ Ａ Ｓ Ｓ Ｗ Ｏ Ｒ Ｄ: Xk9#mQ2v', 'Xk9#mQ2v'],
  ])
})

t.test('spaced headings, words and runs that are no label', async (t) => {
  assertNothingFound(t, [
    'P A S S W O R D',
    'P A S S W O R D S',
    'P A S S\n\nThe exam results are in.',
    'P.A.S.S. program: Everyone welcome',
    'P. A. S. S. program: Everyone welcome',
    'I will p a s s on that: not interested',
    'S E C R E T   S A N T A: sign up by Friday',
    'p-a-s-s-a-g-e: a short one',
    'T O K E N: see below',
    'P A S S W O R D: <your password>',
    'p a s s w o r d: ********',
    'k e y: Xk9#mQ2v',
    'a p a s s: the word was split',
    'Rows p a-s s: mixed separators, no run',
    'Grades: A A P A S S W, then a retake',
    'u p a s sed: a typo in the notes',
    'Backup a s s: a stray letter after a word',
  ])
})

linearWorkOnUnits('labels written letter by letter', [
  'p a s s ',
  'P A S S W O R D: Xk9#mQ2v ',
  'p a s s a ',
  'p-a-s-s-',
  's e c r e t p a s s w o r d ',
  'p .  a .  s . ',
])
