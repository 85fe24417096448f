import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: key-labels.ts reads Japanese `キー` and Korean `키` as a key label wherever they end a word, with no word
 * boundary before them, so the everyday compounds `ショートカットキー` / `ホットキー` (shortcut key, hot key),
 * `단축키` (shortcut key), `키보드 단축키` (keyboard shortcut) and the data keys `パーティションキー` / `파티션 키`
 * (partition key) label their value as a secret. A keyboard shortcut (`Ctrl+Shift+P`, `Alt+F4`) passes the value
 * test. English `Shortcut key:` / `Hotkey:` / `Partition key:` are excluded in secrets.ts; their Japanese and Korean
 * translations are not. Severity: medium — every Japanese/Korean editor or IDE manual, and every DynamoDB/Cosmos
 * table description in those languages, is a false positive.
 */
t.test('Japanese and Korean shortcut keys and data keys', async (t) => {
  assertClean(t, [
    'ショートカットキー: Ctrl+Shift+P',
    'コマンドパレットを開く — ショートカットキー：Ctrl+Shift+P',
    'ホットキー = Ctrl+F5',
    '단축키: Ctrl+Shift+P',
    '키보드 단축키: Alt+F4',
    '파티션 키: tenant42',
  ])
})
