import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: a deploy or build tool's token, which the tool replaces with the setting's value when
 * it runs, was read as the password it stands for: Azure Pipelines' Replace Tokens `#{DB_PASSWORD}#`, Maven's and
 * Gradle's resource filtering `@db.password@`, `@@DB_PASSWORD@@`, Visual Studio template parameters `$DB_PASSWORD$`,
 * a batch file's escaped `%%DB_PASSWORD%%`. Between the marks stands a setting's name; a password between the same
 * marks (`@Summer2024@`, `$Xk9mQ2$`) is still read.
 */

t.test("a tool's replaced token is no password", async (t) => {
  assertNothingFound(t, [
    'password: "#{DB_PASSWORD}#"',
    "password: '#{DbPassword}#'",
    'password: #{db.password}#',
    'password: @@DB_PASSWORD@@',
    'spring.datasource.password=@db.password@',
    '<password>@jdbc.password@</password>',
    'password: $DB_PASSWORD$',
    'set PASSWORD=%%DB_PASSWORD%%',
    'api_key: @AWS_S3_KEY@',
  ])
})

t.test('a password between the same marks is still read', async (t) => {
  assertFound(t, [
    ['password: @Summer2024@', '@Summer2024@'],
    ['password: $Xk9mQ2vL$', 'Xk9mQ2vL'],
    ['password: #{Xk9mQ2vL}#', 'Xk9mQ2vL'],
    ['password: @@Xk9mQ2vL@@', 'Xk9mQ2vL'],
    ['password: $ADMIN2024$', 'ADMIN2024'],
    ['password: @summer2024@', 'summer2024'],
  ])
})
