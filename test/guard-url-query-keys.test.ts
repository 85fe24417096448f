import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// An API key in a URL's query under its provider's parameter name (`key=`, `appid=`, `auth=`, `authkey=`,
// `userkey=`, `appkey=`): a random value of letters and digits, 16 or longer, is found (signed-urls.ts,
// queryKeyDetector); words, placeholders and short ids in the same places stay clean.

const HEX = '5be0c47d91a2f83e6d07b4c9a1e2f3d4'
const MIXED = 'Qk7ZpW2nX9vLr4TsB8cM'

const FOUND: Array<[string, string]> = [
  [`https://api.openweathermap.org/data/2.5/forecast?lat=48.85&lon=2.35&APPID=${HEX}`, HEX],
  [`curl 'https://maps.example-geo.net/v2/route?from=a&to=b&key=${MIXED}'`, MIXED],
  [`<img src="https://tiles.acme-maps.io/{z}/{x}/{y}.png?app_id=${HEX}&amp;lang=en">`, HEX],
  [`fetch(\`https://acme-chat.firebaseio.com/rooms.json?print=pretty&auth=${MIXED}\`)`, MIXED],
  [`GET /api/sendhttp.php?authkey=${HEX};route=4 HTTP/1.1`, HEX],
  [`https://api.pushover.example/1/messages.json?user_key=${MIXED}#top`, MIXED],
  [`https://api.acme-feed.net/v3/items?appkey=${HEX}\nhttps://api.acme-feed.net/v3/next`, HEX],
  [`203.0.113.9 - - "GET /weather?q=Oslo&appid=${HEX} HTTP/1.1" 200 512`, HEX],
]

t.test('a random API key under a provider parameter name in a URL query is found', async (t) => {
  assertFound(t, FOUND)
})

t.test('controls: words, placeholders and short ids under the same names stay clean', async (t) => {
  assertNothingFound(t, [
    'https://example-shop.net/search?key=running-shoes-for-women&page=2',
    'https://example-shop.net/cart?key=value&sort=asc',
    'https://api.openweathermap.org/data/2.5/weather?q=Paris&appid=YOUR_API_KEY',
    'https://api.openweathermap.org/data/2.5/weather?q=Paris&appid={API_KEY}',
    'https://api.openweathermap.org/data/2.5/weather?q=Paris&appid=<your-app-id>',
    'https://www.googleapis.com/youtube/v3/search?part=snippet&key=INSERT_YOUR_KEY_HERE',
    'https://wiki.acme-corp.net/view?key=ENG2024&page=Home',
    'https://docs.acme-corp.net/page?auth=sso&lang=en',
    'https://acme-corp.net/login?auth=required&next=/home',
    'Press the key=value pairs into the form; ?key=abc is a query.',
    'https://store.acme-corp.net/item?key=12345678901234567890',
  ])
})

t.test('fast path == full scan on cut and upper-cased variants', async (t) => {
  assertFastAsFull(
    t,
    FOUND.map(([text]) => text),
    { seed: 1619, withFindings: 200 },
  )
})
