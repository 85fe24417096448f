import t from 'tap'
import { assertClean, assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `ssn`/`phone`): "A number right after an identifier label is not an SSN": order, invoice,
 * reference, transaction, item, customer or account number … "About 30 languages, … compounds by known stems"
 * (`Bestellnummer:`, `Rechnung Nr.`); `Artikel-Nr.`, `Bestell-Nr.`, `Kunden-Nr.`, `Ref#` are excused today.
 * Input family: the abbreviated labels invoices, delivery notes and order e-mails actually print: German `Art.-Nr.`
 * (Artikelnummer, item), `Best.-Nr.` (order), `Re.-Nr.` (invoice), `Kd.-Nr.` (customer), `Lief.-Nr.` (delivery);
 * English `Inv#`, `Ord#`, `Cust#`, `Acct#`, `Txn`, `Trx-ID`, before a dashed 3-2-4 number.
 * What happens: the number is reported as an `ssn` (redacted; a prompt with such an order e-mail is refused with 422),
 * though the same label written out is excused.
 */

t.test('a number after an abbreviated identifier label is not an SSN', async (t) => {
  assertClean(t, [
    'Art.-Nr. 536-22-1234, Menge 2',
    'Art.Nr.: 536-22-1234',
    'Best.-Nr. 536-22-1234 vom 12.03.2026',
    'Re.-Nr. 536-22-1234',
    'Kd.-Nr. 536-22-1234',
    'Lief.-Nr. 536-22-1234',
    'Inv# 536-22-1234 due 2026-12-15',
    'Ord# 536-22-1234',
    'Cust# 536-22-1234',
    'Acct# 536-22-1234',
    'Txn 536-22-1234 settled',
    'Trx-ID 536-22-1234',
  ])
})

t.test('controls: the labels written out are excused; an SSN after its own label stays found', async (t) => {
  assertClean(t, ['Artikel-Nr. 536-22-1234', 'Bestell-Nr. 536-22-1234', 'Kunden-Nr. 536-22-1234', 'Ref# 536-22-1234'])
  assertRedacted(t, [
    ['SSN 536-22-1234', '536-22-1234'],
    ['Sozialversicherungsnummer 536-22-1234', '536-22-1234'],
    ['Jane Roe, 536-22-1234', '536-22-1234'],
  ])
})
