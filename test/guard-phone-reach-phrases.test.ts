import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from './helpers/guard-cases.js'

// Numbers announced by how people say "call me at" / "reach me at" in German, French, Spanish, Italian, Portuguese,
// Dutch and English (phone.ts, REACH_PHRASES): the verb or noun in its inflections, a few words, the preposition, and
// the number read by its digits however it is grouped; German and Dutch with the verb after the number; the labels
// `Rufnummer`, `Tel.-Nr.`, "my number"; and a German mobile in DIN 5008's grouping (`0151 23456789`) on its own.

t.test('a number after a German or Dutch reach phrase is found, the verb before or after it', async (t) => {
  assertFound(t, [
    ['Sie können mich unter 0176 98765432 anrufen.', '98765432'],
    ['Du erreichst mich unter 015123456789', '015123456789'],
    ['Ruf mich unter 030123456789 an', '030123456789'],
    ['Bitte melden Sie sich unter der Nummer 23456789', '23456789'],
    ['Kontakt per SMS unter 23456789', '23456789'],
    ['Bel me op 0612345678', '0612345678'],
    ['Ik ben op 0612345678 bereikbaar', '0612345678'],
  ])
})

t.test('a number after a French, Spanish, Italian, Portuguese or English reach phrase is found', async (t) => {
  assertFound(t, [
    ['Rappelez le 0612345678 après 18h', '0612345678'],
    ['Tu peux me joindre le soir au 0612345678', '0612345678'],
    ['Llámanos al número 912345678', '912345678'],
    ['chiamateci allo 3331234567', '3331234567'],
    ['scrivimi su WhatsApp al 3471234567', '3471234567'],
    ['me liga no 11987654321', '11987654321'],
    ['Ligue para 912345678 amanhã', '912345678'],
    ['reach me on 612345678', '612345678'],
    ['Chiamami 3471234567 stasera', '3471234567'],
    ['Llámame 612345678', '612345678'],
    ['Liga-me 912345678', '912345678'],
    ['Bel 0612345678', '0612345678'],
  ])
})

t.test('the labels Rufnummer, Tel.-Nr., Rückruf and "my number" in several languages', async (t) => {
  assertFound(t, [
    ['Tel.Nr.: 0151 23456789', '23456789'],
    ['Mob.-Nr. 612345678', '612345678'],
    ['Rückruf: 0301234567', '0301234567'],
    ['Festnetz: 03012345678', '03012345678'],
    ['Mijn nummer is 612345678', '612345678'],
    ['O meu número é 912345678', '912345678'],
    ['Il mio numero è 3471234567', '3471234567'],
    ['Mi número es 612345678', '612345678'],
    ['Telemóvel: 912345678', '912345678'],
    ['Mi móvil es el 612345678', '612345678'],
    ['Il mio numero è il 3471234567', '3471234567'],
  ])
})

t.test('a German mobile in DIN 5008 grouping is found without a word', async (t) => {
  assertFound(t, [
    ['Max Mustermann\n0151 23456789', '23456789'],
    ['0160/91234567', '91234567'],
    ['0176 9876 5432', '9876 5432'],
  ])
})

t.test('controls: numbers after the same words that are amounts, counts, dates, versions or codes', async (t) => {
  assertNothingFound(t, [
    'Wir erreichen unter 25000000 Bedingungen',
    'Wir haben unter 25000000 Nutzer erreicht.',
    'Ich bin unter 23456789 Einträgen fündig geworden',
    'Sie erreichen uns unter der Auftragsnummer 23456789',
    'unter 10115 Berlin erreichbar',
    'llamar al 34512345 €',
    'ligue para 23456789 reais',
    'call us at 34512345 USD',
    'appelez le 2024 01 20',
    'Je vous ai appelé le 20-01-2024 à 10h',
    'contattami al 612.345.678',
    'rappel au 1.2.3.4567',
    'Artikel 0181 23456789',
    'Llama 3.1 405B',
    'Llama 70000000',
    'Chiamami 24 01 2024',
    'Mi móvil es el 20240115',
    'the op 23456789 belongs to user',
    'ring buffer on 23456789 entries',
  ])
  t.same(found('Kontakt unter DE89 3704 0044 0532 0130 00'), [['iban', 'DE89 3704 0044 0532 0130 00']])
})

t.test('the fast path reads these numbers as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    [
      'Ich bin tagsüber unter 0176 98765432 erreichbar.',
      'Rappelez-moi au 0781234567 svp',
      'Llámame al 678123456 por la tarde',
      'Max Mustermann\nTel.-Nr. 0151 23456789',
      'Wir erreichen unter 25000000 Bedingungen',
      'appelez le 2024 01 20',
    ],
    { seed: 1717, withFindings: 150 },
  )
})

t.test('a reach phrase reaches the number across one to three blanks or colons, and no further', async (t) => {
  assertFound(t, [
    ['Bitte melden Sie sich unter der Nummer:  23456789', '23456789'],
    ['Bitte melden Sie sich unter der Nummer\t:\t23456789', '23456789'],
    ['Proszę dzwonić pod nr. 512345678', '512345678'],
    ['Appelez au n° 612345678', '612345678'],
    ['позвоните мне по номеру 9161234567', '9161234567'],
  ])
  assertNothingFound(t, [
    'Bitte melden Sie sich unter der Nummer    23456789',
    'Bitte melden Sie sich unter der Nummer,23456789',
    'Bitte melden Sie sich unter der Nummer (Büro) 23456789',
    '  23456789',
    '23456789 Einträge',
  ])
})
