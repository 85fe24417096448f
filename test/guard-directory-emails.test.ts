import t from 'tap'
import {
  assertFastAsFull,
  assertFound,
  assertNothingFound,
  assertStreamedAsWhole,
  found,
} from './helpers/guard-cases.js'

// An address on an internal directory domain (`.local`, as Active Directory forests and Kerberos realms are often
// named) is a mailbox or a user principal like one on `.corp` or `.lan`: a local part, an `@`, two labels or more.
// `.local` is no reserved name for an address (contact.ts `RESERVED_TOP_LABELS`); a host name without a local part,
// `localhost` and the other reserved names stay what they were.

t.test('an address on a .local directory domain is found', async (t) => {
  assertFound(t, [
    ['Account Name: jane.roe@acme.local', 'jane.roe@acme.local'],
    ['kinit JROE@ACME.LOCAL', 'JROE@ACME.LOCAL'],
    ['{"userPrincipalName": "m.kowalski@corp.fabrikam.local", "enabled": true}', 'm.kowalski@corp.fabrikam.local'],
    ["const admin = 'svc_backup@ad.contoso.local'", 'svc_backup@ad.contoso.local'],
    ['2024-03-01T10:00:01Z sshd[811]: Accepted publickey for p.novak@hq.local from 10.1', 'p.novak@hq.local'],
    ['| name | upn |\n|---|---|\n| Jane | jane.roe@acme.local |', 'jane.roe@acme.local'],
    ['Mail an Max.Mustermann@intranet.firma.local schicken.', 'Max.Mustermann@intranet.firma.local'],
    ['krbtgt/ACME.LOCAL@ACME.LOCAL requested by administrator@acme.local', 'administrator@acme.local'],
  ])
  t.same(found('Account Name: jane.roe@acme.local'), [['email', 'jane.roe@acme.local']])
  t.same(found('user=JROE@ACME.LOCAL;'), [['email', 'JROE@ACME.LOCAL']])
  assertStreamedAsWhole(t, ['Account Name: jane.roe@acme.local', 'kinit JROE@ACME.LOCAL'])
})

t.test('controls: no local part, reserved names, and what only looks like an address', async (t) => {
  assertNothingFound(t, [
    'ping printer.local',
    'open http://raspberrypi.local:8080/',
    'ssh-keygen -R nas.local',
    'root@localhost',
    'jane@acme.localhost',
    'user@server.test',
    'jane@local',
    '@media (max-width: 600px) { .local { color: red } }',
    '@Component({ selector: "app-local" })',
    'npm i @acme/local-storage',
    'icon@2x.png and icon@3x.local.png',
    'wg-quick@wg0.service',
    'git@gitlab.acme.local:team/app.git',
  ])
})

t.test('the fast path reads these addresses as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    ['Account Name: jane.roe@acme.local', 'kinit JROE@ACME.LOCAL x', 'a@b.local.', 'x@y.local@z', 'ping printer.local'],
    { seed: 4101, withFindings: 100 },
  )
})
