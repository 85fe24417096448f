import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: a Wi-Fi key's label in an ESPHome or Home Assistant config followed by a YAML tag
 * naming where the key is kept (`wifi_password: !secret wifi_pw`, `!include wifi.yaml`, `!env_var WIFI_PSK`) was read
 * as a WPA passphrase with a blank in it, the whole line redacted. The tag and the name after it are a reference, as
 * `password: !secret db_pw` already was; a passphrase (quoted, or opening with another `!` word) is still read.
 */

t.test("a YAML reference after a Wi-Fi key's label is no passphrase", async (t) => {
  assertNothingFound(t, [
    'wifi_password: !secret wifi_pw',
    'wifi_password: !secret wifi_password',
    'wifi_key: !secret home_wifi_key',
    'wifi password: !include wifi.yaml',
    'WIFI_PSK: !env_var WIFI_PSK',
    'esphome:\n  name: sensor-01\nwifi_ssid: !secret wifi_ssid\nwifi_password: !secret wifi_pw\n',
  ])
})

t.test('a passphrase after a Wi-Fi key label is still read', async (t) => {
  assertFound(t, [
    ['wifi_password: "!secret wifi_pw"', '!secret wifi_pw'],
    ['wifi_password: !Kx8m Q2zz', '!Kx8m Q2zz'],
    ['WiFi key: Kx8m Q2zz T9', 'Kx8m Q2zz T9'],
    ['wifi_password: !secret wifi pw 2024', '!secret wifi pw 2024'],
  ])
})
