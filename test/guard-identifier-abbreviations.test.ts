import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from './helpers/guard-cases.js'

// Abbreviated identifier labels (labels.ts): German stems cut short before `Nr.` (`Art.-Nr.`, `Best.-Nr.`, `Rg.-Nr.`)
// and English ones before a number sign (`Inv#`, `Cust#`) or alone (`Txn`, `Trx`). A number after them identifies an
// item, an order, an invoice, a customer, not a person. The owner words need their number word (`Cust #`), as
// `Customer: …` may be followed by a person's SSN; an insurance number (`Vers.-Nr.`) is a person's.

t.test('a 3-2-4 number after an abbreviated identifier label is no SSN', async (t) => {
  assertNothingFound(t, [
    'Art-Nr. 536-22-1234',
    'Art. Nr. 536-22-1234',
    'ART.-NR.: 536-22-1234',
    'Rg.-Nr. 536-22-1234',
    'Auftr.-Nr. 536-22-1234',
    'Ku.-Nr.: 536-22-1234',
    'Bel.-Nr. 536-22-1234',
    'Vorg.-Nr. 536-22-1234',
    'Ref.-Nr. 536-22-1234',
    'INV #536-22-1234',
    'Inv. # 536-22-1234',
    'Acct # 536-22-1234',
    'cust#536-22-1234',
    'Ord #: 536-22-1234',
    'TXN: 536-22-1234',
    'trx 536-22-1234',
    'Trx ID: 536-22-1234',
    'Txn-No 536-22-1234',
  ])
})

t.test('controls: the same numbers after a person’s label, or an owner word alone, stay SSNs', async (t) => {
  assertFound(t, [
    ['Vers.-Nr. 536-22-1234', '536-22-1234'],
    ['Cust: 536-22-1234', '536-22-1234'],
    ['Acct holder SSN 536-22-1234', '536-22-1234'],
    ['Invited guest, SSN: 536-22-1234', '536-22-1234'],
    ['Art 536-22-1234', '536-22-1234'],
    ['Ord 536-22-1234', '536-22-1234'],
    ['Best regards, 536-22-1234', '536-22-1234'],
    ['Start. Nr. 536-22-1234', '536-22-1234'],
  ])
})

t.test('the fast path reads these labels as the full scan does', async (t) => {
  assertFastAsFull(t, ['Art.-Nr. 536-22-1234', 'Inv# 536-22-1234', 'Cust: 536-22-1234', 'Vers.-Nr. 536-22-1234'], {
    seed: 1619,
    withFindings: 20,
  })
})
