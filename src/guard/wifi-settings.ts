// Whether a value written after a Wi-Fi label (the bare `wifi`/`WLAN` word, secrets.ts; a Wi-Fi key's label,
// auth-files.ts) gives one of the network's other settings or its device rather than its password. One rule for every
// Wi-Fi label, since routers' pages and Wi-Fi documentation write these after any of them (`PSK: 128-bit`).
// A setting: a QR payload's field (`WIFI:T:WPA;…;P:…;;`, whose password field command-secrets.ts reads), a standard
// (`802.11ac`, `WPA2-Personal`, `WEP`), a key length (`128-bit`, `64/128 bit`), a cipher (`AES-CCMP`, `TKIP+AES`), an
// address, a band (`5GHz`), or the network's name when it carries its band (`HomeNet5G`, `Cafe_2.4G`).
// A device, as a hardware sheet or a link summary names it: its interface (`wlan0`, `wlp3s0`, `wlx00c0ca123456`),
// chipset or driver (`RTL8821CE`, `BCM4360`, `mt7921e`, `ath9k`, `iwlwifi`), the standard's generation (`Wi-Fi 6E`)
// or the signal (`-67dBm`); code types the field (`ESP8266WiFi`, `WiFi6Config`, `Wlan0Interface`).
const WIFI_SETTING =
  /^(?:[tsphe]:\S{0,200}|802\.11[a-z]{0,3}|wpa\d?\S{0,40}|wep\S{0,40}|(?:\d{2,3}[/-])?\d{2,3}[- ]?bits?|(?:aes|ccmp|tkip|gcmp)(?:[-+/_ ](?:aes|ccmp|tkip|gcmp|\d{3})){0,3}|\d{1,3}(?:\.\d{1,3}){3}|\d{1,4}(?:\.\d{1,4})?\s?g(?:hz)?|\S{0,200}?[-_ ]?(?:5|2\.?4|6)g(?:hz)?)$/i
const WIFI_DEVICE =
  /^(?:wl(?:an\d{1,2}(?:mon)?|[op]\d{1,3}(?:s\d{1,3})?(?:f\d)?|x[\da-f]{12})|(?:rtl|bcm|mt|ar|qca|qcn|wcn|ax|be)\d{3,5}[a-z]{0,4}|ath\d{1,2}k|iwl(?:wifi|mvm|\d{4})|rtw\d{2}[a-z\d_]{0,12}|brcmfmac|wi-?fi ?[4-7]e?|-\d{1,3} ?dbm|esp\d{2,4}[a-z\d]{0,3}wi-?fi|(?:wi-?fi|wlan)\d{0,2}(?:config|configuration|interface|client|manager|settings|module|service|adapter|driver|options|state|status|type|info|class))$/i

/** Whether `written`, a Wi-Fi label's value, is another setting of the network or names its device. */
export function isWifiSettingOrDevice(written: string): boolean {
  return WIFI_SETTING.test(written) || WIFI_DEVICE.test(written)
}
