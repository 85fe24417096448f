import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 34 (outside34): the readers this round widened or added, each opening repeated (on one line and on many) so
 * that a reader reading past its bound, or again from each opening, would show as more than doubled work.
 */

linearWorkOnUnits("a joined pair's closing bangs", [
  'password=Sommer2024! user=admin ',
  'password=Sommer2024!! ',
  'password=',
  'user=admin ',
  'a1! b2= ',
])
linearWorkOnUnits("WordPress's XML-RPC calls", [
  'server.wp.getUsersBlogs("admin", "S3cretPw!") ',
  "$c->query('wp.getUsersBlogs', 'admin', '",
  'wp.getPosts(1, ',
  "query('wp.getProfile', ",
  'query(',
])
linearWorkOnUnits('German tax numbers', [
  'Steuernummer: 21/815/08150 ',
  'Steuernummer ',
  '181/815/08155 ',
  '013 815 08153 ',
  'StNr 93815/0815',
])
linearWorkOnUnits('BitLocker recovery passwords', [
  '466895-217492-569250-069608-104434-135707-527241-083622 ',
  '466895-217492-',
  '466895-',
  '123456-234567-345678-456789-567890-678901-789012-890123 ',
])
linearWorkOnUnits("a SIM card's PUK", ['PUK: 59302718 ', 'PUK-Code der SIM ist ', 'PUK ', 'puk2: '])
linearWorkOnUnits('netrc entries', [
  'machine a.example.com login bob password Yy8#kk77\n',
  'machine ',
  'machine a.example.com ',
  'login bob ',
  'password ',
  `machine ${'a'.repeat(300)} `,
])
