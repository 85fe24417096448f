import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `api_token`): "… plus Telegram bot tokens". A bare token, `TELEGRAM_BOT_TOKEN=<token>`
 * and `TeleBot("<token>")` are found.
 *
 * Broken: the token inside the Bot API URL, `https://api.telegram.org/bot<token>/<method>`, is not found: the
 * `bot` prefix glued to the token's digits hides it. That URL is how the token is used and pasted (every curl example,
 * every webhook setup, every error log of a failed call). Severity: high (a promised token type, in its commonest
 * written form; the token controls the bot).
 */

const TOKEN = '123456789:AAE7f3kLm92QxPz81VbN4tRw0YhJc5eUa6s'
const OTHER_TOKEN = '5123456789:AAHk9mPq2vL7zQwErTy5uIoP8aSdFgHjKlZ'

const CASES: Array<[string, string]> = [
  [`https://api.telegram.org/bot${TOKEN}/getMe`, TOKEN.slice(10)],
  [`curl https://api.telegram.org/bot${OTHER_TOKEN}/sendMessage?chat_id=1`, OTHER_TOKEN.slice(11)],
  [`requests.post(f"https://api.telegram.org/bot${OTHER_TOKEN}/sendMessage", data=payload)`, OTHER_TOKEN.slice(11)],
  [`setWebhook: https://api.telegram.org/bot${TOKEN}/setWebhook?url=https://corp.io/hook`, TOKEN.slice(10)],
  [`Error: 401 Unauthorized for url: https://api.telegram.org/bot${TOKEN}/getUpdates`, TOKEN.slice(10)],
]

t.test('a Telegram bot token inside the Bot API URL is redacted', async (t) => {
  assertRedacted(t, CASES)
})
