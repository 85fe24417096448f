import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// Passwords on the command lines of tools people paste: OpenShift's `oc login -u … -p …` (CRC prints it), RabbitMQ's
// management CLI, IPMI, Windows remoting (evil-winrm, winrs), the pentest tools' login lines (crackmapexec, nxc),
// SNMPv3's passphrases, VMware's guest password. Their flags were not on the tools list (tool-passwords.ts TOOLS).

const LINES: Array<[string, string]> = [
  ['oc login -u kubeadmin -p Xk92m-qLz7W-Pl0Ab-Rt5Yu https://api.crc.testing:6443', 'Xk92m-qLz7W-Pl0Ab-Rt5Yu'],
  ['$ oc login --username=dev --password=Xk92mqLz7Wq', 'Xk92mqLz7Wq'],
  ['rabbitmqadmin -u admin -p Xk92mqLz7Wq list queues', 'Xk92mqLz7Wq'],
  ['ipmitool -I lanplus -H bmc.local -U admin -P Xk92mqLz7Wq chassis status', 'Xk92mqLz7Wq'],
  ['evil-winrm -i dc01 -u Administrator -p Xk92mqLz7Wq', 'Xk92mqLz7Wq'],
  ['crackmapexec smb dc01 -u admin -p Xk92mqLz7Wq --shares', 'Xk92mqLz7Wq'],
  ['nxc winrm dc01 -u svc_backup -p Xk92mqLz7Wq', 'Xk92mqLz7Wq'],
  ['snmpget -v3 -l authPriv -u mon -a SHA -A Xk92mqLz7Wq -x AES -X Yt83nwKa8Er host sysName.0', 'Xk92mqLz7Wq'],
  ['snmpwalk -v3 -l authPriv -u mon -a SHA -A Xk92mqLz7Wq -x AES -X Yt83nwKa8Er host', 'Yt83nwKa8Er'],
  ['vmrun -T ws -gu user -gp Xk92mqLz7Wq runProgramInGuest vm.vmx /bin/ls', 'Xk92mqLz7Wq'],
  ['winrs -r:server -u:admin -p:Xk92mqLz7Wq ipconfig', 'Xk92mqLz7Wq'],
]

t.test("a password on these tools' command lines is found", async (t) => {
  assertFound(t, LINES)
})

// The same tools without a password, `-p` meaning a template's parameter, files of passwords, the word in prose.
t.test('their other flags and words are not', async (t) => {
  assertNothingFound(t, [
    'oc get pods -n prod',
    'oc new-app mysql -p MYSQL_USER=app -p MYSQL_DATABASE=shop',
    'oc process -f template.yaml -p NAME=frontend',
    'nxc smb hosts.txt -u users.txt -p passwords.txt',
    'the oc tool logs you in',
    'rabbitmqadmin list queues',
    'snmpwalk -v2c -c public host',
  ])
})

t.test('fast as full, in any case and cut short', async (t) => {
  assertFastAsFull(
    t,
    LINES.map(([text]) => text),
    { seed: 2623, withFindings: 200 },
  )
})
