import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Leak opened by the rule that a login pair's word stands on the pair's line or ends a label line right above it
 * (secrets.ts afterLoginWord, kept from paths under a login word): a label line naming the login anywhere but at its
 * end (`Credentials for the prod DB`, `Here's the login for the router`, `Staging login (read-only)`), or parted from
 * the pair by a blank line (`Account:`, a blank line, `admin / …`), no longer named the pair below it, and its password
 * went out. Such a label names a pair that is alone on its line, blank lines between; a path opening a line of prose
 * (`* doc/GetIndex.3: Reinforced …`) goes on past its pair, and a login word inside a path names none.
 */

t.test('a pair alone on its line under a label line naming a login is found', async (t) => {
  assertFound(t, [
    ['Credentials for the prod DB\nadmin / Xk9mQ2vL7Pq8', 'Xk9mQ2vL7Pq8'],
    ["Here's the login for the router\nadmin / Kx8mQ2zzT!x", 'Kx8mQ2zzT!x'],
    ['Staging login (read-only)\nviewer / Xk9mQ2vL7Pq8', 'Xk9mQ2vL7Pq8'],
    ['VPN user and password\njdoe / Xk9mQ2vL7Pq8  \nthanks', 'Xk9mQ2vL7Pq8'],
    ['Login details below\n\nadmin / Xk9mQ2vL7Pq8', 'Xk9mQ2vL7Pq8'],
    ['Account:\r\n\r\n  - admin / Xk9mQ2vL7Pq8\r\n', 'Xk9mQ2vL7Pq8'],
    ['Credentials (staging)\n\ndeploy / Xk9mQ2vL7Pq8', 'Xk9mQ2vL7Pq8'],
  ])
})

t.test('a path under a login word that goes on with its line, or in a path, is still no pair', async (t) => {
  assertNothingFound(t, [
    'Donal K. Fellows, for the users list\n\n\t* doc/GetIndex.3: Reinforced the description',
    'Prepared for the user group\ndocs/Intro.3: Reworded the opening paragraph',
    'application/vnd.user-profile+xml\napplication/vnd.3gpp.mcptt-info+xml',
    'see ~/.config/user.d/Prefs+1 for\nhome / Kx8mQ2zzT!x',
    'see ~/.config/user.d\nhome / Kx8mQ2zzT!x',
  ])
})
