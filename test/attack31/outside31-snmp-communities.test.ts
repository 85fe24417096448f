import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31 (outside31), an outside tester's probe of SNMP v1/v2c community strings on Net-SNMP's command lines:
 * `snmpwalk -v2c -c <community> host`, the community written on to its flag (`-cN0c…`), and the other tools of the
 * suite (`snmpbulkget`, `snmpgetnext`, `snmptable`, `snmpstatus`). The community is the agent's one shared secret, but
 * only v3's `-A`/`-X` passphrases were read.
 */

t.test("a community given to Net-SNMP's tools", async (t) => {
  assertFound(t, [
    ['snmpwalk -v2c -c Xq9pL2mZ7r core-sw1.lan', 'Xq9pL2mZ7r'],
    ['snmpwalk -v 2c -c corpRO2024 switch01 ifDescr', 'corpRO2024'],
    ['$ snmpbulkwalk -v2c -cN0c-R3ad0nly edge-rtr .1.3.6.1.2.1.2', 'N0c-R3ad0nly'],
    ['snmptable -v 2c -c Mon1t0r!ng core-sw1 IF-MIB::ifTable', 'Mon1t0r!ng'],
    ['snmpgetnext -v1 -c Zk8pW3qLm ups01 sysName', 'Zk8pW3qLm'],
    ['snmpbulkget -v2c -Cn0 -Cr10 -c Wr1teC0mm7 pdu-a ifTable', 'Wr1teC0mm7'],
    ['for h in sw1 sw2; do snmpstatus -v2c -c 7hQ2mLp9Xz "$h"; done', '7hQ2mLp9Xz'],
    ['SNMPGET.EXE -v2c -c Rv9kT3pQ core-sw1 sysUpTime.0', 'Rv9kT3pQ'],
  ])
})

t.test("the default communities, a variable's and a placeholder stay clean", async (t) => {
  assertNothingFound(t, [
    'snmpwalk -v2c -c public core-sw1.lan',
    'snmpget -v2c -c private core-sw1 sysUpTime.0',
    'snmpwalk -v2c -c $COMMUNITY $HOST',
    'snmpwalk -v2c -c "$SNMP_COMMUNITY" core-sw1',
    'snmpstatus -c <community> core-sw1',
    'snmpbulkwalk -v2c -Cr25 -c public core-sw1 ifTable',
    'snmpwalk -v2c -c',
    'Use snmpwalk with -c and the community string your network team gave you.',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(
    t,
    ['snmpwalk -v2c -c Xq9pL2mZ7r core-sw1.lan', '$ snmpbulkwalk -v2c -cN0c-R3ad0nly edge-rtr .1.3.6.1.2.1.2'],
    { seed: 3101, withFindings: 200 },
  )
})
