import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Review 34 (outside34's readers): the openings this review widened, each repeated (on one line and on many) so that
 * a reader reading past its bound, or again from each opening, would show as more than doubled work.
 */

linearWorkOnUnits("a joined password's padded group", ['password=hQ7xk2Lm pR9zW4tB= ', 'pR9zW4tB= ', 'u=mQ7zL2wR '])
linearWorkOnUnits('netrc default entries and accounts', [
  'default login bob password Yy8#kk77!\n',
  'default ',
  'machine login ',
  'machine a.example.com login bob account Xq7#mm22z ',
  'password Yy8#k"k77! ',
])
linearWorkOnUnits('BitLocker keys joined by blanks or wrapped', [
  '466895 217492 354255 099011 155353 681131 233618 529133 ',
  '466895 - 217492 - ',
  '466895-217492-354255-099011\n',
  '123456 ',
  '000000-000000-000000-000000-000000-000000-000000-000000 ',
])
linearWorkOnUnits("a SIM card's PUK in groups", [
  'PUK code: 5930 2718 ',
  'PUK 1: ',
  'PUK-koodi: 1234-',
  'PUK 12345678 ',
])
linearWorkOnUnits('German tax numbers, ELSTER and samples', [
  'Steuernummer: 2893081508152 ',
  'Steuernr. ',
  'Steuernummer im Format 12/345/67890 ',
  '000/000/00000 ',
])
linearWorkOnUnits('XML-RPC call and methodCall', [
  "client.methodCall('wp.getUsersBlogs', ['admin','Yy8#kk77pw'], cb) ",
  'server.call("wp.getPage", 1, ',
  "methodCall('mt.publishPost', [",
  'call(',
])
