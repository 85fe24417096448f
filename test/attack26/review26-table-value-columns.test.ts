import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review of round 26's table headers (src/guard/config-pairs.ts, headerSaysNoValue). A row's value is read in its
 * second cell, or in its last past one description cell (`| DB_PASSWORD | the database | … |`), but the header was
 * always asked about its second column: under `| Key | Description | Value |` or `| Name | Type | Value |` the value in
 * the third cell went out in clear, the description's or the type's column saying "no value". The header is now asked
 * about the value's own column.
 */

t.test("a value in a row's last cell is judged by its own column's header", async (t) => {
  assertFound(t, [
    ['| Key | Description | Value |\n|---|---|---|\n| password | DB password | Rv8mK3xQw7Tz |', 'Rv8mK3xQw7Tz'],
    ['| Name | Type | Value |\n| --- | --- | --- |\n| DB_PASSWORD | string | Rv8mK3xQw7Tz |', 'Rv8mK3xQw7Tz'],
    ['| Setting | Notes | Current |\n|:--|:--|:--|\n| api_secret | rotated | Rv8mK3xQw7TzP2 |', 'Rv8mK3xQw7TzP2'],
    ['| Name | Type\n|---|---\n| password | DB | Rv8mK3xQw7Tz |', 'Rv8mK3xQw7Tz'],
  ])
})

t.test("a no-value column's cells stay clean, whichever column it is", async (t) => {
  assertNothingFound(t, [
    '| Name | Type | Example |\n|---|---|---|\n| password | string | Rv8mK3xQw7Tz |',
    '| Key | Default | Description |\n|---|---|---|\n| password | none | Rv8mK3xQw7Tz |',
    '| Package | Version |\n|---|---|\n| password | Rv8mK3xQw7Tz |',
    'Setting | Format\n--- | ---\npassword | Rv8mK3xQw7Tz',
  ])
})
