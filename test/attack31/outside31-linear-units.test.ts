import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 31 (outside31): the readers this round widened or added, each opening repeated (on one line and on many) so
 * that a reader reading past its bound, or again from each opening, would show as more than doubled work.
 */

linearWorkOnUnits('inline combos', [
  'a@b.org:Xk29!fLqPm ',
  'a@b.org;',
  'a@b.org | ',
  'a@b.org|a@b.org:',
  `a@b.org:${'Ab1!'.repeat(3)}`,
])
linearWorkOnUnits('yaml cookie records', [
  '- name: sid\n  value: Xk29fLqP0mZr7TbWc3NvYd8HsJg1AeUo5RiKlQ4x\n  domain: a.io\n',
  '- name: sid\n',
  'name: sid\n  a: b\n',
  'cookies:\n- name: sid\n  value: ',
])
linearWorkOnUnits('xml-rpc members', [
  '<member><name>password</name><value><string>Gx8!qLm2Zr</string></value></member>',
  '<name>password</name><value><string>',
  '<name>password</name><value>   ',
])
linearWorkOnUnits('hl7 patient segments', ['PID|1||M||R||19870314|F\n', 'PID|', 'PID||||||', 'PID|a\n'])
linearWorkOnUnits('gossip keys and plural names', [
  'encrypt = "pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s="\n',
  'encrypt encrypt=',
  'API_KEYS=a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js\n',
  'prompt_tokens: 1, api_tokens: ',
])
linearWorkOnUnits('command lines', [
  'snmpwalk -v2c -c Xq9pL2mZ7r h ',
  'snmpwalk -c ',
  'curl -uadmin:Hq7vR2nZx9 ',
  '-ua:',
  'mysql -uroot -pXk29fLq!; ',
  'nmcli con mod C wifi-sec.psk Qm7pL2xZ9r ',
  'openssl passwd -6 -salt a ',
  'mkpasswd -m a Hq7vR2nZx9 ',
  `wpa_cli set_network 0 psk '"`,
])
linearWorkOnUnits('paseto tokens', [
  `v4.public.${'Xk29fLqP0mZr7TbWc3NvYd8HsJg1AeUo5RiKlQ4x'.repeat(2)} `,
  'v4.local.',
  'v2.public.a.',
])
