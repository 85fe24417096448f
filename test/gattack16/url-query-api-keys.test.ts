import t from 'tap'
import { assertClean, assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret` and `api_token`): an api_key/token assignment is found, "the signature of a
 * pre-signed or shared-access URL (`sig=`, `X-Goog-Signature=`, …)" too; in a URL query `api_key=`, `apikey=`,
 * `access_token=`, `token=`, `client_secret=` are found today. Less firmly promised: a bare `key` is deliberately no
 * secret name in prose and configs.
 * Input family: the API key as the query parameter the provider names it, in URLs pasted from tutorials, browser
 * address bars and access logs: OpenWeatherMap `appid=`, Google/Bing/Steam/WeatherAPI `key=`, Firebase REST `auth=`,
 * MSG91 `authkey=`, `userkey=`; each a 32-hex random key inside an https URL's query.
 * What happens: the key is left visible, while the same URL with `api_key=` is redacted.
 */

const HEX = '743bb1e98eca0ef75b47cd9b8bdc291c'

t.test('a random API key in a URL query under the provider’s parameter name is redacted', async (t) => {
  assertRedacted(t, [
    [`https://api.openweathermap.org/data/2.5/weather?q=Paris&appid=${HEX}&units=metric`, HEX],
    [`GET https://api.weatherapi.com/v1/current.json?key=${HEX}&q=London`, HEX],
    [`https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=${HEX}&steamids=7656`, HEX],
    [`curl "https://acme-app.firebaseio.com/users.json?auth=${HEX}"`, HEX],
    [`https://control.msg91.com/api/v5/flow/?authkey=${HEX}`, HEX],
    [`https://api.acme-corp.net/v1/feed?userkey=${HEX}&page=2`, HEX],
  ])
})

t.test('controls: found today; parameters without a random value stay clean', async (t) => {
  assertRedacted(t, [
    [`https://api.acme-corp.net/v1/export?api_key=${HEX}&format=csv`, HEX],
    [`https://api.acme-corp.net/v1/export?access_token=${HEX}`, HEX],
  ])
  assertClean(t, [
    'https://api.openweathermap.org/data/2.5/weather?q=Paris&appid={API_KEY}',
    'https://www.googleapis.com/youtube/v3/search?part=snippet&key=YOUR_API_KEY',
    'https://example-shop.net/cart?key=value&sort=asc',
  ])
})
