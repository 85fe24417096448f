import t from 'tap'
import { assertClean, assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): a password assignment "in … code" is found, a typed declaration too
 * (`password: SecretStr = SecretStr("…")`, found today), and "a string literal with a prefix … is read as its
 * content" (`b"…"`); only "a call that computes it (`re.compile(…)`, `Regex::new(…)`)" is passed over.
 * Input family: the password literal wrapped in the conversion or container that a language's type demands, in Go
 * (`[]byte("…")`, `http.Header{"X-Api-Key": []string{"…"}}`), Rust (`String::from("…")`, `Some("…".into())`,
 * `Secret::new(…)`), Python (`SecretStr("…")` untyped, `str("…")`, `bytes("…", "utf-8")`, a list of keys), Java/C#/
 * Kotlin/Swift (`new String("…")`, `List.of("…")`, `String[] … = {"…"}`, `new[] { "…" }`, `new SecureString("…")`,
 * `Optional.of("…")`), and casts or parentheses (`(String) "…"`, `<string>"…"`, `("…")`).
 * None of these computes anything: the literal is the password.
 * What happens: the literal is left visible. In the Go header map the guard even redacts the wrong span (the
 * `[]string{` before the literal) and keeps the key: `http.Header{"X-Api-Key": [REDACTED:generic_secret]"743b…"}}`;
 * the same wrapper around a lookup (`[]byte(os.Getenv("DB_PASSWORD"))`) is a false positive for that reason.
 * Controls (controls.test.ts): `.to_string()`, `.toCharArray()`, `.encode()` after the literal and the typed
 * `SecretStr` declaration are found; `String::new()`, `str(uuid.uuid4())`, `SecretStr(os.environ["PW"])` are clean.
 */

const PW = 'Tq7#vLm2!zR9'
const HEX = '743bb1e98eca0ef75b47cd9b8bdc291c'

t.test('a password literal inside a conversion or container is redacted', async (t) => {
  assertRedacted(t, [
    [`cfg := Config{Addr: "db:5432", Password: []byte("${PW}")}`, PW],
    [`password := []byte("${PW}")`, PW],
    [`req.Header = http.Header{"X-Api-Key": []string{"${HEX}"}}`, HEX],
    [`let password = String::from("${PW}");`, PW],
    [`    password: Some("${PW}".into()),`, PW],
    [`password: Secret::new("${PW}".into())`, PW],
    [`password = SecretStr("${PW}")`, PW],
    [`password = str("${PW}")`, PW],
    [`password = bytes("${PW}", "utf-8")`, PW],
    [`API_KEYS = ["${HEX}"]`, HEX],
    [`String password = new String("${PW}");`, PW],
    [`headers.put("X-Api-Key", List.of("${HEX}"));`, HEX],
    [`String[] passwords = {"${PW}"};`, PW],
    [`var secrets = new[] { "${PW}" };`, PW],
    [`password = new SecureString("${PW}")`, PW],
    [`password = Optional.of("${PW}")`, PW],
    [`password = (String) "${PW}";`, PW],
    [`string password = (string)"${PW}";`, PW],
    [`const password = <string>"${PW}";`, PW],
    [`password = ("${PW}")`, PW],
  ])
})

t.test('the same wrapper around a lookup is no secret', async (t) => {
  assertClean(t, ['password := []byte(os.Getenv("DB_PASSWORD"))', 'cfg.Password = []byte(os.Getenv("DB_PASSWORD"))'])
})
