import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, commit 22dbe30): the new words for a password (비밀번호, 패스워드, 암호, mat khau, PIN code…)
 * introduce a value as `password` does, in prose (`패스워드는 … 입니다`) and as a config name.
 *
 * Broken: Korean written with the topic particle and then a colon (`비밀번호는: …`, how a notice or a chat line lists
 * it) is clean, though `비밀번호: …` and `비밀번호는 …` are both found; `pin_code` / `PIN_CODE` as a config or JSON name
 * is clean while `pinCode`, `PIN-Code` and `pincode` are found, and so is `PIN code` as a Markdown table's name cell
 * (`Passcode` and `비밀번호` there are found); and the Vietnamese word as programmers name the field (`matKhau`,
 * `mat_khau`, `MAT_KHAU`) is clean while the spaced `mat khau` is found. Severity: medium (the password reaches
 * Mistral unredacted).
 */

const PASSWORD = 'Tr0ub4dor&3'

const LEAKS = [
  `비밀번호는: ${PASSWORD}`,
  `패스워드는: ${PASSWORD}`,
  `암호는: ${PASSWORD}`,
  `비밀번호는 : ${PASSWORD}`,
  `{"pin_code": "${PASSWORD}"}`,
  `PIN_CODE=${PASSWORD}`,
  `pin_code: ${PASSWORD}`,
  `matKhau = "${PASSWORD}"`,
  `{"mat_khau": "${PASSWORD}"}`,
  `MAT_KHAU=${PASSWORD}`,
  `| Field | Value |\n|---|---|\n| PIN code | ${PASSWORD} |`,
  `env:\n  - name: PIN_CODE\n    value: "${PASSWORD}"`,
]

t.test('the new password words introduce a value in these everyday forms too', async (t) => {
  assertRedacted(
    t,
    LEAKS.map((text) => [text, PASSWORD]),
  )
})
