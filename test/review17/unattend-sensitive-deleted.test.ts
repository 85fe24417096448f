import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: provisioning.ts reads an unattend.xml secret element's `<Value>` as a password. After Windows Setup runs it
 * rewrites every such value to the literal marker `*SENSITIVE*DATA*DELETED*` (in C:\Windows\Panther\unattend.xml and
 * the setup logs) — the file admins actually paste when asking why a deployment failed. The marker is the proof that
 * no password is there. Severity: medium — every post-setup unattend.xml and sysprep troubleshooting thread.
 */
t.test("Windows Setup's own deleted-data marker", async (t) => {
  assertClean(t, [
    '<AdministratorPassword>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>',
    '<AutoLogon>\n  <Password>\n    <Value>*SENSITIVE*DATA*DELETED*</Value>\n  </Password>\n</AutoLogon>',
    '<Credentials><Password><Value>*SENSITIVE*DATA*DELETED*</Value></Password></Credentials>',
  ])
})
