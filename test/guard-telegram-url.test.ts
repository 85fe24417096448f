import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// A Telegram bot token glued to the `bot` of a Bot API path (tokens.ts): found as the bare token is, and only there.

const TOKEN = '7012345678:AAF3kLm92QxPz81VbN4tRw0YhJc5eUa6sQw'

t.test('a bot token in a Bot API URL is found', async (t) => {
  assertFound(t, [
    [`http://api.telegram.org/bot${TOKEN}/getUpdates?offset=-1`, TOKEN.slice(11)],
    [`wget https://api.telegram.org/file/bot${TOKEN}/photos/file_1.jpg`, TOKEN.slice(11)],
    [`TELEGRAM_API=https://api.telegram.org/bot${TOKEN}`, TOKEN.slice(11)],
    [`fetch(\`https://api.telegram.org/bot${TOKEN}/sendPhoto\`)`, TOKEN.slice(11)],
    [`POST /bot${TOKEN}/setWebhook HTTP/1.1`, TOKEN.slice(11)],
  ])
})

t.test('a token-like text glued to other words stays clean', async (t) => {
  assertNothingFound(t, [
    `https://example.org/robot${TOKEN}/x`,
    `https://api.telegram.org/bots${TOKEN}/getMe`,
    `https://api.telegram.org/bot1${TOKEN}/getMe`,
    'https://api.telegram.org/bot7012345678:AAF3kLm92Qx/getMe',
    `https://api.telegram.org/bot<TOKEN>/getMe`,
  ])
})
