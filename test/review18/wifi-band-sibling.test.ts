import t from 'tap'
import { assertClean, assertFound } from '../helpers/guard-cases.js'

// Finding (review 18, medium): prec18's sibling-network rule (secrets.ts isSwitchOrSiblingNetwork) reads the second
// half of a Wi-Fi `network / password` pair as a second network when it merely ends in a band (`…6g`, `…-5G`), starts
// with `wpa`, or is the network's name with a word on to it. Wi-Fi passwords are commonly built exactly that way
// (the band or the network's name is what people remember), and all of these were found before c68cd65..main. A
// sibling is the name and a network word (Guest, IoT, EXT, a band as the whole suffix), not any word: `Smith-Family`
// is a password, `HomeNet-Guest` a network.

t.test('a Wi-Fi password that ends in a band or starts with wpa', async (t) => {
  assertFound(t, [
    ['Wi-Fi: HomeNet / Tr0ub4dor6g', 'Tr0ub4dor6g'],
    ['Wi-Fi: HomeNet / wpaKx8mQ2zz9', 'wpaKx8mQ2zz9'],
    ['Wi-Fi: HomeNet / Sunshine-5G', 'Sunshine-5G'],
  ])
})

t.test("a Wi-Fi password made of the network's name and a word", async (t) => {
  assertFound(t, [
    ['Wi-Fi: Smith / Smith-Family', 'Smith-Family'],
    ['wifi login: Cafe / Cafe_Secret', 'Cafe_Secret'],
  ])
})

t.test('near misses the rule was for stay clean: two networks of one router', async (t) => {
  assertClean(t, ['SSID: HomeNet / HomeNet5G', 'Wi-Fi: HomeNet / HomeNet-Guest'])
})
