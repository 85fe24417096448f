import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (GitHub workflows in node_modules, Debian changelogs,
 * libxslt's HTML index, /etc/mime.types, Dutch man pages): the most frequent generic_secret left. A `user / password`
 * pair needs a login word within 80 characters before it, and that reach ran over line ends, so a path two lines
 * below `persist-credentials: false` or the `users` of a changelog's author line read as a login and its password: `actions` /
 * `setup-node@v4`, `doc` / `GetIndex.3`, `application` / `vnd.3gpp.mcptt-info+xml`. The login word now stands on the
 * pair's line, or ends (or a colon ends) a label line right above a pair that opens its own line.
 */

const PATHS = [
  '      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 22',
  '        with:\n          persist-credentials: false\n      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
  '      - name: Checkout\n        with:\n          persist-credentials: false\n\n      - name: Dependency review\n        uses: actions/dependency-review-action@v5',
  '2012-06-29  Donal K. Fellows, for the users list\n\n\t* doc/GetIndex.3: Reinforced the description of the requirement for',
  '2013-01-03  Donal K. Fellows, for the users list\n\n\t* doc/fconfigure.n, doc/CrtChannel.3: Updated to reflect the fact',
  '<a href="html/libxslt-transform.html#xsltRunStylesheetUser">xsltRunStylesheetUser</a><br />\n<a href="html/libxslt-xsltutils.html#xsltSetCtxtSortFunc">xsltSetCtxtSortFunc</a><br />',
  'application/vnd.3gpp.mcdata-user-profile+xml\napplication/vnd.3gpp.mcptt-affiliation-command+xml\napplication/vnd.3gpp.mcptt-floor-request+xml',
  'Wanneer een nieuwe gebruiker wordt aangemaakt, zoekt adduser(8) in alle\nUID/GID-poolbestanden naar een regel',
  'Login:\n\nsee doc/GetIndex.3 for the table',
]

t.test('a path below a login word on another line is no login pair', async (t) => {
  assertNothingFound(t, [...PATHS, PATHS.join('\n')])
})

t.test('a pair after a login word on its line, or under a label line, is still found', async (t) => {
  assertFound(t, [
    ['the admin login is admin / P@ssw0rd99', 'P@ssw0rd99'],
    ['login: alice /Hunter2024!', 'Hunter2024'],
    ['user/pass: admin/Adm1n!2024', 'Adm1n!2024'],
    ['Login:\nadmin / Adm1n!2024', 'Adm1n!2024'],
    ['Router credentials\r\n  - admin / Kx8mQ2zzT!x', 'Kx8mQ2zzT!x'],
    ['WiFi credentials:\nHomeNet / Kx8mQ2zzT!x', 'Kx8mQ2zzT!x'],
    ['SSID / key: Office5 / Tr0u!b4dor9x', 'Tr0u!b4dor9x'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, PATHS)
})
