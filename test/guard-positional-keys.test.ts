import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// Secrets passed by position to calls every tutorial writes: an Arduino or ESP sketch's Wi-Fi (`WiFi.begin(ssid,
// "…")`), MQTT's `username_pw_set(user, "…")`, a JWT's or HMAC's key (`jwt.sign(payload, "…")`,
// `crypto.createHmac("sha256", "…")`), Sequelize's password (`new Sequelize(db, user, "…")`). No name says what the
// literal is there, and it went out (positional-credentials.ts PASSWORD_ARGUMENTS).

const PASSED: Array<[string, string]> = [
  ['WiFi.begin("HomeNet", "Xk92mqLz7Wq");', 'Xk92mqLz7Wq'],
  ['  WiFi.softAP("esp-ap", "Xk92mqLz7Wq");', 'Xk92mqLz7Wq'],
  ['wifiMulti.addAP("ssid_from_AP_1", "Xk92mqLz7Wq");', 'Xk92mqLz7Wq'],
  ['client.username_pw_set("sensor-1", "Xk92mqLz7Wq")', 'Xk92mqLz7Wq'],
  [
    'const token = jwt.sign({ sub: user.id }, "Xk92mqLz7WqPl0AbRt5Yu8Io", { expiresIn: "1h" })',
    'Xk92mqLz7WqPl0AbRt5Yu8Io',
  ],
  ['jwt.verify(token, "Xk92mqLz7WqPl0AbRt5Yu8Io")', 'Xk92mqLz7WqPl0AbRt5Yu8Io'],
  ["encoded = jwt.encode(payload, 'Xk92mqLz7WqPl0AbRt5Yu8Io', algorithm='HS256')", 'Xk92mqLz7WqPl0AbRt5Yu8Io'],
  [
    "const sig = crypto.createHmac('sha256', 'Xk92mqLz7WqPl0AbRt5Yu8Io').update(body).digest('hex')",
    'Xk92mqLz7WqPl0AbRt5Yu8Io',
  ],
  ['const db = new Sequelize("shop", "root", "Xk92mqLz7Wq", { dialect: "mysql" })', 'Xk92mqLz7Wq'],
]

t.test('a secret passed by position to a Wi-Fi, MQTT, JWT, HMAC or Sequelize call is found', async (t) => {
  assertFound(t, PASSED)
})

// References, tutorial placeholders, the same method names on other receivers, other arguments.
t.test('references, placeholders and other calls are not', async (t) => {
  assertNothingFound(t, [
    'WiFi.begin(ssid, password);',
    'WiFi.begin("HomeNet", WIFI_PASSWORD);',
    'jwt.sign(payload, process.env.JWT_SECRET)',
    'jwt.sign(payload, "secret")',
    'jwt.sign(payload, "your-256-bit-secret")',
    'tx.begin("a", "Xk92mqLz7Wq")',
    'Math.sign(x, "Xk92mqLz7Wq")',
    'crypto.createHmac("sha256", key)',
    'new Sequelize("sqlite::memory:")',
  ])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    PASSED.map(([text]) => text),
    { seed: 2622, withFindings: 200 },
  )
})
