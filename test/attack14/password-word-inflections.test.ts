import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "about 45 languages' words for password …, read before `:`/`=` or each
 * language's copula, particle or dash (`is`, `est`, `adalah`, `là`, `είναι`, …)"; "with a Turkish suffix, `parolası`,
 * always the password". `Salasana:`, `Jelszó:`, `парола:`, `Heslo je`, `Lozinka je` and `Slaptažodis yra` are found.
 *
 * Broken: in the languages it covers, the forms a sentence needs are missed: Finnish with its copula `on`
 * (`salasana on …`, `WLAN:n salasana on …`, possessive `salasanasi on …`), Hungarian's possessive (`jelszavam`, `a wifi
 * jelszava: …`), Bulgarian's definite form (`паролата е …`). And common national words are absent: Slovenian
 * `geslo`, Latvian `parole` (`Parole ir …`), Estonian `salasõna`, Persian `کلمه عبور` (`رمز عبور` is found), Arabic
 * `الرقم السري`, Georgian `პაროლი`, Armenian `գաղտնաբառ`, Kazakh `құпия сөз`, Uzbek `parol`, Basque `pasahitza`.
 * Severity: medium (a password leaves in clear when a user writes a normal sentence in their language).
 */

const PASSWORD = 'Xk9mPq2vL7z'

const TEXTS = [
  `salasana on ${PASSWORD}`,
  `WLAN:n salasana on ${PASSWORD}`,
  `salasanasi on ${PASSWORD}`,
  `jelszavam: ${PASSWORD}`,
  `a wifi jelszava: ${PASSWORD}`,
  `паролата е ${PASSWORD}`,
  `Паролата за wifi е ${PASSWORD}`,
  `Geslo je ${PASSWORD}`,
  `geslo: ${PASSWORD}`,
  `Parole ir ${PASSWORD}`,
  `parole: ${PASSWORD}`,
  `salasõna: ${PASSWORD}`,
  `کلمه عبور: ${PASSWORD}`,
  `الرقم السري: ${PASSWORD}`,
  `პაროლი: ${PASSWORD}`,
  `գաղտնաբառ: ${PASSWORD}`,
  `құпия сөз: ${PASSWORD}`,
  `parol: ${PASSWORD}`,
  `pasahitza: ${PASSWORD}`,
]

t.test(
  'a password introduced by a covered word in its inflected form, or by a common national word, is redacted',
  async (t) => {
    assertRedacted(
      t,
      TEXTS.map((text) => [text, PASSWORD]),
    )
  },
)
