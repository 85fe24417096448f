// A hardware security key is a device as well as a secret's name: German's `Sicherheitsschlüssel`, French's `clé de
// sécurité`, Italian's `chiave di sicurezza` and English's `security key` name a FIDO token (`YubiKey 5 NFC`,
// `Titan K40`) as often as a password. After such a label, a maker's or product's name with its model (`YubiKey5C`,
// `Nitrokey-3A`, `Feitian-K9`) says which device is meant: it unlocks nothing written down. Only that label names a
// device: an `api_key`, a `secret_key` or a `Netzwerkschlüssel` holds a secret, whatever word it starts with
// (`api_key = "Titan2024"`).
const SECURITY_KEY_MODEL =
  /^(?:yubikey|yubico|titan|feitian|epass|biopass|nitrokey|solokeys?|solo|onlykey|thetis|token2|hyperfido|verimark|trezor|ledger)(?:[-_ ]?(?:[a-z]{0,5}\d{1,3}[a-z]{0,3}|nfc|nano|bio|fips|mini|plus|pro|usb|series|key|ci?|a))*$/i
// The same model in a product's full name, as a settings page or an inventory lists it: its maker first (`Google Titan
// Security Key`, `SoloKeys Solo 2`, `Feitian ePass FIDO2 K9`), the words of its line (`FIDO2`, `Security Key`,
// `USB-C`), then, after a comma, a bracket or a dash between blanks, what is said about it (`YubiKey 5C NFC (firmware
// 5.4.3)`, `YubiKey 5Ci — works with iPhone`, `, registered 2024-03-01`). A password run on from a maker's name has no
// such break after a model (`Titan-Kx9mQ2vLp7`).
const MAKER = /^(?:google|yubico|feitian|solokeys|nitrokey|token2|thetis|kensington)[ \t]{1,2}/i
const LINE_WORDS = /(?:[ \t-](?:fido2?|u2f|security[ \t]key|usb-?[ac]|lightning|edition|epass|biopass|solo))+$/i
const DESCRIPTION_BREAK = /[ \t]{0,2}(?:[,;(]|[ \t][-–—][ \t])/
const MODEL_MOST = 40

/** Whether `value` names a hardware security key's model rather than a secret, alone or described (see above). */
export function isSecurityKeyModel(value: string): boolean {
  if (value.length <= MODEL_MOST && SECURITY_KEY_MODEL.test(value)) return true
  const described = DESCRIPTION_BREAK.exec(value.slice(0, MODEL_MOST + 2))
  if (described === null && value.length > MODEL_MOST) return false
  let model = described === null ? value : value.slice(0, described.index)
  const maker = MAKER.exec(model)
  if (maker !== null) model = model.slice(maker[0].length)
  model = model.replace(LINE_WORDS, '')
  return model.length > 0 && SECURITY_KEY_MODEL.test(model)
}

// The label as one identifier (`security_key`, `securityKey`, `Sicherheitsschlüssel`), or a key's word with its
// qualifier as a separate word: English and Dutch put it before (`security key`), the Romance languages and Russian
// after (`clé de sécurité`, `llave de seguridad`, `ключ безопасности`).
const LABEL_WORD =
  /(?:^|[-_.])(?:security[-_]?key|sicherheitsschl(?:ü|ue|u)ssel|beveiligingssleutel|cl[ée]f?[-_]de[-_]s[ée]curit[ée])$/i
const KEY_WORD = /^(?:key|schl(?:ü|ue|u)ssel|cl[ée]f?|clave|llave|chiave|chave|sleutel|ключ)$/i
const QUALIFIER_BEFORE = /(?:security[ \t]{1,4}|sicherheits-?)$/i
const QUALIFIER_AFTER =
  /^[ \t]{1,4}(?:d[eia][ \t]{1,4}(?:s[ée]curit[ée]|sicurezza|seguridad|seguran[çc]a)|безопасности)/i

/** Whether the keyword `identifier`, ending at `end` in `text`, is a security key's label (see above). */
export function isSecurityKeyLabel(text: string, identifier: string, end: number): boolean {
  if (LABEL_WORD.test(identifier)) return true
  if (!KEY_WORD.test(identifier)) return false
  const start = end - identifier.length
  return (
    QUALIFIER_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || QUALIFIER_AFTER.test(text.slice(end, end + 24))
  )
}

/** Whether `value`, read after the keyword `identifier` ending at `end`, names the device a security key's label means. */
export function isSecurityKeyDevice(text: string, identifier: string, end: number, value: string): boolean {
  return isSecurityKeyLabel(text, identifier, end) && isSecurityKeyModel(value)
}
