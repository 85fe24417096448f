import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// Phone numbers as signatures, cards and chats write them (phone.ts): the trunk 0 in brackets after a country code
// before a one-digit area code (`+33 (0)6 …`); the labels of Russian and Indonesian in their inflected and short
// forms; and signed decimals (coordinates, deltas) that are no international numbers.

t.test('a one-digit area code after a bracketed trunk 0 is found', async (t) => {
  assertFound(t, [
    ['Tel +33 (0)4 72 10 30 30', '10 30 30'],
    ['+33(0)6 12 34 56 78', '34 56 78'],
    ['+31 (0)6-12345678', '12345678'],
    ['+31 (0)2 0123 4567', '0123 4567'],
    ['+39 (0)6 6982 1234', '6982 1234'],
    ['+43 (0)1 5123 4567', '5123 4567'],
    ['Kontakt: +43 (0) 1 512 34 56', '512 34 56'],
    ['+33 (0)1.42.68.53.00', '68.53.00'],
    ['Claire;+33 (0)7 81 22 48 90;Lyon', '22 48 90'],
  ])
})

t.test('controls: a bracketed 0 before too few digits, or no country code, is no number', async (t) => {
  assertNothingFound(t, ['+33 (0)6 12 34', 'Section (0)6 12 34 56 78', 'x(0)6 12 34 56 78', '+33 (0)6 1'])
})

t.test('inflected and short phone labels in Russian and Indonesian', async (t) => {
  assertFound(t, [
    ['Контактный телефон: 8 912 345-67-89', '345-67-89'],
    ['Звоните по телефону: 8 (812) 555-12-34', '555-12-34'],
    ['с телефоном 8 912 345 67 89', '345 67 89'],
    ['Мобильный: 8 912 345 67 89', '345 67 89'],
    ['Номер мобильного телефона 8-912-345-67-89', '345-67-89'],
    ['моб. 8 912 345 67 89', '345 67 89'],
    ['telepon 021-5551234', '5551234'],
    ['No HP: 0812 3456 7890', '3456 7890'],
    ['nomor wa 081234567890', '081234567890'],
    ['Nomer HP anda: 0857-1234-5678', '1234-5678'],
    ['Hubungi WhatsApp 0812-3456-7890', '3456-7890'],
    ['whatsApp_number: 081234567890', '081234567890'],
  ])
})

t.test('controls: the same words before numbers that are no phone numbers', async (t) => {
  assertNothingFound(t, [
    'HP 1020 printer, 2 pages',
    'Harga HP 3.500.000',
    'WA 98101 is a ZIP code',
    'телефона нет, 2 шт.',
    'Моб. приложение версии 2.14.1',
    'telepon 2024',
  ])
})

t.test('signed decimals are no international numbers; dotted numbers still are', async (t) => {
  assertNothingFound(t, [
    'lat=+51.5073509&lng=-0.1277583',
    '"lat":+37.7749295,"lng":-122.4194155',
    'Δ +45.1234567 ms',
    'growth +33.2500000%',
    '+7.1234567',
    '+61.9876543 south',
    '+1.23456789',
    '+19.99',
  ])
  assertFound(t, [
    ['+48.601234567', '601234567'],
    ['+33.612345678', '612345678'],
    ['+7.9123456789', '9123456789'],
    ['+49.30.901820', '901820'],
    ['+44.20.7946.0958', '7946'],
  ])
})

t.test('the fast path reads these numbers as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    [
      'Tel +33 (0)4 72 10 30 30',
      '+31 (0)6-12345678',
      'Номер телефона: 8 (912) 345-67-89',
      'Nomor WA: 0812-3456-7890',
      'pos=+52.5200066,+13.4049540',
      '+48.601234567',
    ],
    { seed: 1617, withFindings: 100 },
  )
})
