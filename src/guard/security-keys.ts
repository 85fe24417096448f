// A hardware security key is a device as well as a secret's name: German's `Sicherheitsschlüssel`, French's `clé de
// sécurité`, Italian's `chiave di sicurezza` and English's `security key` name a FIDO token (`YubiKey 5 NFC`,
// `Titan K40`) as often as a password. After such a label, a maker's or product's name with its model (`YubiKey5C`,
// `Nitrokey-3A`, `Feitian-K9`) says which device is meant: it unlocks nothing written down.
const SECURITY_KEY_MODEL =
  /^(?:yubikey|yubico|titan|feitian|epass|biopass|nitrokey|solokeys?|solo|onlykey|thetis|token2|hyperfido|verimark|trezor|ledger)(?:[-_ ]?(?:[a-z]{0,5}\d{1,3}[a-z]{0,3}|nfc|nano|bio|fips|mini|plus|pro|usb|series|key|ci?|a))*$/i

/** Whether `value` names a hardware security key's model rather than a secret. */
export function isSecurityKeyModel(value: string): boolean {
  return value.length <= 40 && SECURITY_KEY_MODEL.test(value)
}
