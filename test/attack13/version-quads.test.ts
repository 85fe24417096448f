import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (docs/guard.md, commits f039cc2 / 1919b5f): a padded quad after a version word (`Firmware 10.00.01.05`,
 * `version 01.02.03.04`, in more languages, `Ver.`, `Версия`, `バージョン`) is a version number, not a private address.
 *
 * Broken: the version word must stand right before the quad, so the way release notes and support chats actually
 * phrase it is still redacted as an ip_address: `version number …`, `version is …`, `build no. …`, Chinese `版本号：`,
 * Vietnamese `Phiên bản`, Turkish `Sürüm`, a version in parentheses or after `=`, and the second of two versions in a
 * range. Severity: low (false positives: version numbers redacted, audit counts an address).
 */

const VERSIONS = [
  'version number 10.00.01.05',
  'the installed version is 10.00.01.05',
  'build no. 10.00.00.01',
  '版本号：10.00.01.05',
  'Phiên bản 10.00.01.05',
  'Sürüm 10.00.01.05',
  'Firmware (10.00.01.05)',
  'firmware=10.00.01.05',
  'Version 10.00.01.05 / 10.00.01.06',
]

t.test('a padded version number phrased as people write it is not an address', async (t) => {
  assertClean(t, VERSIONS)
})
