import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers the false-positive round of test/attack20/fps-*.test.ts changed, in a process of their own (the work
// meter patches the regex and string primitives of its process, so the file cannot join test/attack20's group):
// doubling a unit's repetitions must at most double the counted work.
linearWorkOnUnits('false positives of ordinary code and text', [
  'Boston, MA\n# 02110-1301  USA\n',
  'MA\n * 02110-1301 MA\n',
  'Portable : 06 12 34 56 78 42\n',
  'contact 06 12 34 56 78 42 ',
  'v8: "10.2.154.26-node.22",\n',
  '10.2.154.26-node.22 ',
  '#define CKK_GENERIC_SECRET (0x10UL)\n',
  'secret = (uint8_t)x; token = (struct token *)malloc(sizeof(struct token));\n',
  'typedef K (*xmlSecKeyLoadMethod)(const char* f);\n',
  'the password is locked\\&. ',
  'password: \\fBXk9#mq2!vL\\fR\n',
])
