import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): a password/secret/token/api_key "assignment in env files, YAML, JSON,
 * code …"; today an unquoted value after a space is found (`db.password Tq7#…`, Redis `requirepass …`, `set password
 * "…"`), and so are `name=… value=…` attributes (`<property name="password" value="…"/>`): controls.test.ts.
 * Input family: DSLs that set a property by a method call without an operator, quoting the value: Gradle's Groovy DSL
 * (Android `signingConfigs { release { storePassword "…" keyPassword "…" } }`, a Maven repository's
 * `credentials { username "…" password "…" }`), fastlane/Ruby DSLs (`password "…"`); and XML elements named after
 * the secret that carry it in a `value` attribute (`<Password value="…"/>`, `<ApiKey value="…" />`).
 * What happens: the password is left visible: a quoted value after a space (no `=` or `:`) is not read, though the
 * same value unquoted is, and an element's own name is not taken as the name of its `value` attribute.
 */

const PW = 'Tq7#vLm2!zR9'

t.test(
  'a quoted value set without an operator, or in a value attribute of a secret element, is redacted',
  async (t) => {
    assertRedacted(t, [
      [
        `signingConfigs {\n    release {\n        storeFile file("release.jks")\n        storePassword "${PW}"\n        keyAlias "release"\n        keyPassword "${PW}"\n    }\n}`,
        PW,
      ],
      [`storePassword '${PW}'`, PW],
      [
        `maven {\n    url "https://nexus.acme-corp.net/repository/maven-releases/"\n    credentials {\n        username "deploy"\n        password "${PW}"\n    }\n}`,
        PW,
      ],
      [`password '${PW}'`, PW],
      [`<Password value="${PW}"/>`, PW],
      [`<ApiKey value="${PW}" />`, PW],
    ])
  },
)
