import fc from 'fast-check'
import t, { type Test } from 'tap'
import { emailDetector, ipAddressDetector } from '../src/guard/contact.js'
import { textFacts } from '../src/guard/facts.js'
import { creditCardDetector, ibanDetector, ssnDetector } from '../src/guard/financial.js'
import { phoneDetector } from '../src/guard/phone.js'
import type { Detector, Span } from '../src/guard/types.js'

// The number-shaped and contact detectors' fast paths (phone, credit_card, iban, ssn, email, ip_address) read only
// candidate positions: digit runs the facts pass found, `@`, `:`. Each property holds one detector's fast path
// (precheck, then findFast) to its reference `find` on texts built from the pieces where their readers differ:
// separators, numbers joined or split at a run's edges, country codes, parentheses, words just before a number.

function fastSpans(detector: Detector, text: string): Span[] {
  const facts = textFacts(text)
  if (detector.mayMatch?.(text, facts) === false) return []
  return detector.findFast === undefined ? detector.find(text) : detector.findFast(text, facts)
}

const digits = fc.stringMatching(/^[0-9]{1,12}$/)

/** Texts made of `pieces` and random digit runs; `withFound` counts the texts where `find` finds something. */
function piecesText(pieces: readonly string[], maxLength = 24) {
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pieces) }, { weight: 2, arbitrary: digits }), {
      maxLength,
    })
    .map((parts) => parts.join(''))
}

function assertSame(t: Test, detector: Detector, texts: fc.Arbitrary<string>, seed: number, minFound: number) {
  let found = 0
  fc.assert(
    fc.property(texts, (text) => {
      const expected = detector.find(text)
      if (expected.length > 0) found++
      return JSON.stringify(fastSpans(detector, text)) === JSON.stringify(expected)
    }),
    { numRuns: 3_000, seed },
  )
  // Positive control: agreement on texts where nothing is found would prove nothing.
  t.ok(found >= minFound, `${detector.type}: ${found} of 3000 texts have findings`)
}

const NUMBER_GLUE = [' ', '  ', '.', '-', ' - ', '/', ',', ':', '_', '\n', '\t', '(', ')', '+', '#', '€', 'x', 'é']

const PHONE_PIECES = [
  ...NUMBER_GLUE,
  '0',
  '00',
  '1',
  '+1 ',
  '+33 ',
  '+44 20 ',
  '0033 ',
  '(11) ',
  '(555) ',
  '06 12 34 56 78',
  '06.12.34.56.78',
  '(555) 867-5309',
  '555-867-5309',
  '1 555 867 5309',
  '333 9876543',
  '655 12 34 56',
  '601 234 567',
  '912-44-0871',
  '9876543210',
  '0612345678',
  'call me ',
  'tel: ',
  'my number is ',
  'móvil ',
  'número ',
  'numer ',
  'whatsapp ',
  'order ',
  'ref ',
  'invoice ',
  'DE89 ',
  'GB82 WEST ',
  'FR76 3000 6000 ',
  'de89 ',
  'İ',
  'Σ ',
  'Roe,',
  ',42',
  '42,+',
  '256 512 1024',
  '443 808 8080',
  '04 12 19 33 41',
  '07 14 21 28 35',
  'Tel. ',
  '030/',
  ' / ',
  '(+49) ',
  '(+',
  'Handy: ',
  '"phone": "',
  '"wa_id":"',
  '"from":"',
  '手机：',
  'Телефон: ',
  'Tlf: ',
  'mobile_no: ',
  'phoneNumber=',
  'cells ',
  'ports ',
  'James ',
  'in ',
  '= [',
  '443 993 8443',
  '415 555 2671',
]

const PHONE_LEADS = [
  ...['', ' ', 'x', '+', '00', '0', '1 ', '(', 'call me ', 'tel ', 'móvil ', 'numero ', 'ref ', 'DE89 ', '(+'],
  ...['Tel.: ', '手机号：', '"from":"', 'msisdn=', 'my number is '],
]
const PHONE_JOINS = [' ', ' ', '.', '-', '-', '', ' (', ') ', '  ', '/', ',', '\n', ' / ', ') ']

/** Digit groups joined as people write phone numbers, with the words and marks that may come before and after. */
const groupedNumber = fc
  .tuple(
    fc.constantFrom(...PHONE_LEADS),
    fc.constantFrom(' ', '.', '-', ''),
    fc.array(
      fc.tuple(
        fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, fc.constantFrom(...PHONE_JOINS)),
        fc.oneof(
          { weight: 4, arbitrary: fc.stringMatching(/^[1-9][0-9]{1,3}$/) },
          { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,10}$/) },
        ),
      ),
      { minLength: 1, maxLength: 6 },
    ),
    fc.constantFrom('', ' ', '.', ',', '-', 'a', '/1', '.5', ':'),
  )
  .map(
    ([lead, join, groups, tail]) =>
      lead + groups.map(([otherJoin, group], i) => (i === 0 ? '' : (otherJoin ?? join)) + group).join('') + tail,
  )

t.test('phone: the fast path finds what find finds (fast-check)', async (t) => {
  assertSame(t, phoneDetector, piecesText(PHONE_PIECES), 2611, 200)
  const twoNumbers = fc
    .tuple(groupedNumber, fc.constantFrom(...NUMBER_GLUE), groupedNumber)
    .map((parts) => parts.join(''))
  assertSame(t, phoneDetector, twoNumbers, 2612, 200)
})

t.test('phone: a candidate cut at its longest, then a number (fast-check)', async (t) => {
  // The reader stops taking groups once a candidate is 24 characters long; the next number starts a new candidate.
  const cutThenNumber = fc
    .tuple(
      fc.constantFrom(
        '1234 1234 1234 1234 123',
        '1234 1234 1234 1234 1234',
        '1234 1234 1234 1234 12345',
        '12 34 56 78 90 12 34 5',
      ),
      fc.constantFrom(' ', '-', '.', ' (', ''),
      groupedNumber,
    )
    .map((parts) => parts.join(''))
  assertSame(t, phoneDetector, cutThenNumber, 2614, 100)
})

t.test('phone: digit groups after an IBAN head of any length, as find reads them (fast-check)', async (t) => {
  // The fast path walks back over the head's groups of four; the reference reads a 40-character window.
  const afterIbanHead = fc
    .tuple(
      fc.constantFrom('', 'x', 'IBAN ', 'A'),
      fc.constantFrom('DE89', 'GB82', 'de89', 'D889', 'DE8', '89'),
      fc
        .tuple(fc.nat({ max: 9 }), fc.constantFrom(' 3704', ' WEST', ' 00A4'), fc.constantFrom('', ' 123', '  0044'))
        .map(([count, group, broken]) => group.repeat(count) + broken),
      fc.constantFrom(' ', '  ', ''),
      groupedNumber,
    )
    .map((parts) => parts.join(''))
  assertSame(t, phoneDetector, afterIbanHead, 2613, 100)
})

/** A number of `length` digits starting with `prefix` whose last digit makes the Luhn sum a multiple of 10. */
function withLuhnDigit(body: string): string {
  for (let check = 0; check <= 9; check++) {
    const digits = `${body}${check}`
    let sum = 0
    for (let i = 0; i < digits.length; i++) {
      let value = Number(digits[digits.length - 1 - i])
      if (i % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2
      sum += value
    }
    if (sum % 10 === 0) return digits
  }
  return body
}

const CARD_SEPARATORS = [' ', '', '-', '.', '/', '_', '\n', '\r\n', ' - ', '\t', '  ', ',', ' . ', 'x']

/** Card-length digit strings (valid Luhn most of the time) cut into groups and joined by card separators. */
const cardShaped = fc
  .tuple(
    fc.constantFrom('4', '51', '37', '6011', '35', '62', '36', '2221', '5018', '9', '0', '82', '9792', '5067', '6761'),
    fc.integer({ min: 10, max: 18 }),
    fc.boolean(),
    fc.constantFrom(
      ...[[4, 4, 4, 4], [4, 6, 5], [4, 6, 4], [4, 4, 4, 4, 3], [4, 4, 4, 1], [16], [4, 4, 4, 4, 2], [4, 4, 4], [12]],
    ),
    fc.array(fc.constantFrom(...CARD_SEPARATORS), { minLength: 5, maxLength: 5 }),
    fc.stringMatching(/^[0-9]{18}$/),
  )
  .map(([prefix, length, valid, layout, separators, filler]) => {
    const body = (prefix + filler).slice(0, length)
    const digits = valid ? withLuhnDigit(body) : `${body}7`
    let out = ''
    let at = 0
    layout.forEach((size, i) => {
      if (at >= digits.length) return
      out += (i === 0 ? '' : separators[i - 1]) + digits.slice(at, at + size)
      at += size
    })
    return out + digits.slice(at)
  })

const CONTEXT = [
  '',
  ' ',
  '.',
  '1',
  '1 ',
  '1\r',
  '1\r\n',
  '-',
  '.5',
  ',',
  '\n',
  'a',
  'test card ',
  'x ',
  ': ',
  '4111 1111 1111 1111',
]

const inContext = (shaped: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.constantFrom(...CONTEXT),
      shaped,
      fc.constantFrom(...CONTEXT),
      fc.option(shaped),
      fc.constantFrom(...CONTEXT),
    )
    .map(([before, value, between, other, after]) => before + value + between + (other ?? '') + after)

t.test('credit_card: the fast path finds what find finds (fast-check)', async (t) => {
  assertSame(t, creditCardDetector, inContext(cardShaped), 2621, 150)
  assertSame(
    t,
    creditCardDetector,
    piecesText([...CARD_SEPARATORS, ...CONTEXT, '4539 1488 0343 6467', '1234']),
    2622,
    0,
  )
})

const SSN_SEPARATORS = ['-', '-', '-', '-', ' ', '.', '/', '_', '\t', '', '--', 'x']

const ssnShaped = fc
  .tuple(
    fc.constantFrom('078', '123', '219', '078', '123', '000', '666', '912', '1234', '12'),
    fc.constantFrom(...SSN_SEPARATORS),
    fc.option(fc.constantFrom(...SSN_SEPARATORS), { freq: 3 }),
    fc.constantFrom('05', '44', '05', '44', '00', '1', '123'),
    fc.constantFrom('1120', '4321', '1120', '4321', '0000', '12345', '987'),
  )
  .map(([area, separator, other, group, serial]) => area + separator + group + (other ?? separator) + serial)

const SSN_CONTEXT = [
  '',
  ' ',
  'ssn ',
  'SSN: ',
  'social security ',
  'soc. sec. ',
  'social ',
  'part no. ',
  '-',
  '1',
  '.5',
  ',5',
  ' -',
  ' 5',
  'Roe,',
  ',42,',
  'customer_ssn: ',
  'socialSecurityNumber=',
  'SSNValue ',
  'assn ',
  'name,ssn,age\nJane Roe Longer Name Here, ',
  ',42\nJohn Doe With A Very Long Name Too,',
  '| Name | Social Security Number |\n|---|---|\n| Jane | ',
]

t.test('ssn: the fast path finds what find finds (fast-check)', async (t) => {
  const texts = fc
    .tuple(
      fc.constantFrom(...SSN_CONTEXT),
      ssnShaped,
      fc.constantFrom(...SSN_CONTEXT),
      ssnShaped,
      fc.constantFrom(...SSN_CONTEXT),
    )
    .map((parts) => parts.join(''))
  assertSame(t, ssnDetector, texts, 2631, 100)
})

const octet = fc.oneof(fc.nat({ max: 300 }).map(String), fc.constantFrom('0', '00', '01', '255', '256', '1000'))
const ipv4Shaped = fc
  .tuple(
    fc.constantFrom('10', '172.16', '172.31', '172.15', '192.168', '192.169', '11', '127', '1'),
    fc.array(octet, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '', '/8', '/16', '/24', '/32', '/33', '/', '.', ':80'),
  )
  .map(([head, octets, suffix]) => [head, ...octets].join('.') + suffix)

const hexGroup = fc.stringMatching(/^[0-9a-fA-F]{1,5}$/)
const ipv6Shaped = fc
  .tuple(
    fc.constantFrom('fd12', 'FD00', 'fc00', '2a01', '2A01', '3fff', '2001', 'fe80', '1a01', 'fd1', 'fdx1'),
    fc.array(fc.tuple(fc.constantFrom(':', ':', '::', ':::'), hexGroup), { minLength: 1, maxLength: 9 }),
    fc.constantFrom('', '', '::', '/32', '/48', '/64', '/128', ':', 'g'),
  )
  .map(([head, groups, suffix]) => head + groups.map(([join, group]) => join + group).join('') + suffix)

// Ranges on either side of the broad-range rule: a prefix of 16 or less with the host bits all zero.
const broadRanges = fc.constantFrom(
  '10.0.0.0/16',
  '10.1.0.0/16',
  '172.16.0.0/16',
  '192.168.0.0/16',
  '192.168.1.0/16',
  '10.0.0.0/17',
  '10.1.0.0/15',
  '10.0.0.0/0',
  '10.128.0.0/9',
  '10.0.0.0/32',
  '10.0.0.0/33',
)

const IP_CONTEXT = ['', ' ', '.', 'x', ':', '::', 'a:', '1.', 'ip ', '\n', '_', '-', '2001:db8:']
// Version words and ranges before a padded quad (`version is 10.00.01.05`, `Version 10.00.01.05 / 10.00.01.06`).
const VERSION_CONTEXT = [
  'version is ',
  'build no. ',
  '版本号为',
  'Firmware (',
  'firmware=',
  ' / ',
  ' to ',
  'Sürüm ',
  'v',
  // Section words and the joins of a range's bounds (`section 10.2.3.4`, `10.0.0.0 - 10.255.255.255`).
  'section ',
  '§ ',
  'Dewey ',
  'line ',
  '-',
  ' – ',
]
// IPv4 hosts as mapped or NAT64 IPv6 addresses in their all-hex form (`::ffff:c0a8:0114`, `64:ff9b::a00:5`).
const mappedShaped = fc
  .tuple(
    fc.constantFrom('::ffff:', '::FFFF:', '0:0:0:0:0:ffff:', '64:ff9b::', '::ffff::', '1::ffff:', '64:ff9b:'),
    fc.constantFrom('c0a8', 'ac10', 'a00', '0a00', '808', '7f00', 'c000', 'ac20'),
    fc.constantFrom(':0114', ':1', ':0005', ':', '', ':1:2', '.1'),
  )
  .map((parts) => parts.join(''))
const rangeBounds = fc.constantFrom(
  '10.0.0.0',
  '10.255.255.255',
  '172.16.0.0',
  '172.31.255.255',
  '10.1.2.0',
  '10.1.2.255',
)

t.test('ip_address: the fast path finds what find finds (fast-check)', async (t) => {
  const texts = fc
    .tuple(
      fc.constantFrom(...IP_CONTEXT, ...VERSION_CONTEXT),
      fc.oneof(ipv4Shaped, ipv6Shaped, broadRanges, rangeBounds),
      fc.constantFrom(...IP_CONTEXT, ...VERSION_CONTEXT),
      fc.oneof(ipv4Shaped, ipv6Shaped, rangeBounds, mappedShaped),
      fc.constantFrom(...IP_CONTEXT),
    )
    .map((parts) => parts.join(''))
  assertSame(t, ipAddressDetector, texts, 2641, 100)
})

const emailShaped = fc
  .tuple(
    fc.constantFrom(
      'jane',
      'jane.doe',
      'j.d+tag',
      '.jane',
      'jane.',
      'é',
      'ünï',
      'a_b-c%d',
      '',
      'x'.repeat(70),
      '张三',
      '김철수',
    ),
    fc.constantFrom('@', '@', '@@', '@.'),
    fc.constantFrom(
      'acme',
      'acme-corp',
      'mail.acme',
      'example',
      'sub.example',
      'a..b',
      '-acme',
      'xn--bcher-kva',
      '',
      '上海',
      '회사',
    ),
    fc.constantFrom(
      '.com',
      '.io',
      '.png',
      '.test',
      '.org',
      '.c',
      '.co.uk',
      '.',
      '-',
      '.123',
      '.local',
      '.x'.repeat(3),
      `.${'q'.repeat(24)}`,
      `.${'Q'.repeat(25)}`,
      '.COM',
      '.Example.Net',
      '.中国',
      '.한국',
    ),
    fc.constantFrom(
      '',
      '',
      '.',
      '-',
      ':org/repo.git',
      ':',
      ':8080',
      '@',
      '/',
      '>',
      'é',
      '，不见',
      ' 出差',
      '으로',
      '发',
      ' 에서',
    ),
  )
  .map((parts) => parts.join(''))

const EMAIL_CONTEXT = [
  ...['', ' ', '/', '@', 'mailto:', '<', '.', 'git@', 'logo@2x.png ', '\n'],
  ...['wg-quick@wg0.service ', '.service', '.timer ', 'jane@mail.services '],
]

t.test('email: the fast path finds what find finds (fast-check)', async (t) => {
  const texts = fc
    .tuple(fc.constantFrom(...EMAIL_CONTEXT), emailShaped, fc.constantFrom(...EMAIL_CONTEXT), emailShaped)
    .map((parts) => parts.join(''))
  assertSame(t, emailDetector, texts, 2651, 200)
})

const IBANS = [
  'DE89 3704 0044 0532 0130 00',
  'GB82 WEST 1234 5698 7654 32',
  'FR14 2004 1010 0505 0001 3M02 606',
  'NO9386011117947',
]

const ibanShaped = fc
  .tuple(
    fc.constantFrom(...IBANS),
    fc.constantFrom(' ', '', '-', '.', '/', '_', '\t', '  ', '\n', ' \n ', '\r\n'),
    fc.boolean(),
    fc.option(fc.nat({ max: 30 })),
  )
  .map(([iban, separator, lower, typo]) => {
    let text = iban.replaceAll(' ', separator)
    if (lower) text = text.toLowerCase()
    if (typo !== null && typo < text.length)
      text = text.slice(0, typo) + (text[typo] === '1' ? '2' : '1') + text.slice(typo + 1)
    return text
  })

const IBAN_CONTEXT = ['', ' ', 'IBAN: ', 'x', '1', 'DE', 'de12', '.', '\n', 'A', ' 12', 'PL', 'DE ', 'IBAN: DE 89 ']

t.test('iban: the fast path finds what find finds (fast-check)', async (t) => {
  const texts = fc
    .tuple(fc.constantFrom(...IBAN_CONTEXT), ibanShaped, fc.constantFrom(...IBAN_CONTEXT), ibanShaped)
    .map((parts) => parts.join(''))
  assertSame(t, ibanDetector, texts, 2661, 400)
})
