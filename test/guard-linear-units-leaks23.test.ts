import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers added or widened by round 23's leaks attack (test/attack23/leaks23-*.test.ts), in a process of their
// own (the work meter patches the regex and string primitives of its process): the bracketed values of secrets.ts,
// the table rows of short-names.ts, the separators of spaced-letters.ts.
linearWorkOnUnits('a generated value in brackets after a label', [
  'password: [Xk9mQ2vLp7] ',
  'password: <<Xk9mQ2vLp7>> ',
  'password: {{{{[[[[<<<< ',
  'password: [Xk9mQ2vLp7 ',
])

linearWorkOnUnits("a code in a table's row", [
  '| OTP | 123987 |\n',
  '<th>PIN</th><td>4821</td>',
  '| PIN | PIN | PIN | ',
  '</td><td></td><td>',
])

linearWorkOnUnits('a value spaced by wider blanks, tabs or dashes', [
  'g  h  p  _  a  B  3  d ',
  'a\tb\t1\t',
  'a-b-c-1-',
  'a - b - c - 1 - ',
  'x  ',
  'password: X k 9 m Q 2 v ',
  '=a b c 1 2 3 :',
])

linearWorkOnUnits('a key in groups, wrapped, stuttered, cut or typed with look-alikes', [
  'AKIA.IOSF.ODNN.7EXA.',
  'AKIA  IOSF  ODNN  7EXA  ',
  'AKIA IOSF ODNN\n7EXA ',
  'AKIA\nAKIA\n',
  'AKIA AKIA AKIA ',
  'gh\np_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A\n',
  'gh\np_\n',
  'sk\n',
  'АКІА QW7R ',
  'ЗЗЗ АКІА',
])

linearWorkOnUnits('a key filled into several or named placeholders, or joined by reassignment', [
  '"ghp_%s%s" % ("aB3d", "E5fG") ',
  '"ghp_{a}{b}".format(a="x", b="y") ',
  '"%(a)s" % {"a": "x"} ',
  'printf "ghp_%s" "aB3d" ',
  "%s%s%s%s%s' '",
  's = "ghp_aB3d"\ns = s + "E5fG"\n',
  'a = a + a = a + ',
  '{a}{b}", b="',
])

linearWorkOnUnits('a code spaced digit by digit', [
  'PIN: 4 8 2 1 ',
  'OTP is 4-9-2-1-8-3 ',
  'pin: 4 4 4 4 4 4 4 4 4 ',
  '| OTP | 1 ',
])
