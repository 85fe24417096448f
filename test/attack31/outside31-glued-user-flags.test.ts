import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of curl's login written on to its short flag, as getopt reads it:
 * `curl -uadmin:<password>` and the proxy's `-Uuser:<password>`. Only `-u user:…` with a blank (or `=`) was read, so
 * the glued form, common in CI scripts and Artifactory/Nexus upload docs, kept the password in clear.
 */

t.test('a login written on to -u or -U', async (t) => {
  assertFound(t, [
    ['curl -uadmin:Hq7vR2nZx9 https://nexus.example.com/repository/raw/', 'Hq7vR2nZx9'],
    ['curl -s -uci-bot:Hq7vR2nZx9 -T app.jar https://repo.example.com/libs/', 'Hq7vR2nZx9'],
    ['curl -Uproxyuser:Pr0xyPa55 -x proxy.corp:3128 https://example.com', 'Pr0xyPa55'],
    ["curl -u'deploy:W4x!9qLmZ' -X PUT https://artifacts.example.com/a.tgz", 'W4x!9qLmZ'],
  ])
})

t.test("ids, a variable's password and flags without a login stay clean", async (t) => {
  assertNothingFound(t, [
    'curl -uadmin:$NEXUS_PASS https://nexus.example.com/repo',
    'curl -uadmin https://nexus.example.com/repo',
    'docker run -u1000:1000 alpine id',
    'docker exec -uroot:root web sh',
    'curl -uadmin:password https://nexus.example.com/repo',
    'Invoke-WebRequest -Uri:https://example.com/api -Method Get',
    'ls -ual /tmp:',
    // A run longer than any login's password is something else, not read.
    `curl -uadmin:Hq7vR2nZx9${'x9'.repeat(200)} https://nexus.example.com/repo`,
  ])
})
