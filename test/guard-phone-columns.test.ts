import t from 'tap'
import { assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// A table's column named by a phone word is the label of every cell under it (src/guard/phone.ts, PHONE_COLUMN_NAME):
// a number in the third row is as much a phone number as one right under the header, whatever the columns before it,
// the delimiter, the quoting or the groups the number is written in. The phone rules still judge each cell.

const phones = (text: string) =>
  found(text)
    .filter(([type]) => type === 'phone')
    .map(([, value]) => value)

const TABLES: Array<[string, string[]]> = [
  ['name,mobile phone\nAlice,4155550123\nBob,4155550124\nCarl,4155550125', ['4155550123', '4155550124', '4155550125']],
  [
    'id,name,workPhone,city\n1,Alice,4155550123,Paris\n2,Bob,2125550199,Lyon\n3,Carl,3125550142,Nice',
    ['4155550123', '2125550199', '3125550142'],
  ],
  ['Name,Primary Contact Phone\nA,4155550123\nB,4155550124\nC,4155550125', ['4155550123', '4155550124', '4155550125']],
  ['name,Mobile No\nA,4155550123\nB,4155550124\nC,4155550125', ['4155550123', '4155550124', '4155550125']],
  ['Kunde,Handynummer\nA,4155550123\nB,4155550124\nC,4155550125', ['4155550123', '4155550124', '4155550125']],
  ['Nom;Numéro de téléphone\nA;4155550123\nB;4155550124\nC;4155550125', ['4155550123', '4155550124', '4155550125']],
  ['名前,電話番号\n山田,4155550123\n佐藤,4155550124\n鈴木,4155550125', ['4155550123', '4155550124', '4155550125']],
  ['id;Nom;Téléphone;Ville\n1;Alice;0612345678;Paris\n2;Bob;0698765432;Lyon', ['0612345678', '0698765432']],
  ['id\tname\tphone_number\n1\tAlice\t4155550123\n2\tBob\t4155550124', ['4155550123', '4155550124']],
  [
    '| Name | Work Phone | Team |\n| --- | --- | --- |\n| Alice | 415 555 0123 | Ops |\n| Bob | 415 555 0124 | Dev |',
    ['415 555 0123', '415 555 0124'],
  ],
  [
    '"name","phoneNumber","city"\n"Alice","4155550123","Paris"\n"Bob","4155550124","Lyon"',
    ['4155550123', '4155550124'],
  ],
  ['Kunde,Ort,Telefon\nAnna,Berlin,030 1234 5678\nBen,Hamburg,040 8765 4321', ['030 1234 5678', '040 8765 4321']],
]

t.test('every cell of a phone column within the header reach is read as a number after a phone word', async (t) => {
  for (const [text, numbers] of TABLES) t.same(phones(text), numbers, JSON.stringify(text))
})

t.test('the column must be named by a phone word, and the cell must still be a phone number', async (t) => {
  const clean = [
    'id,name,order,city\n1,Alice,4155550123,Paris\n2,Bob,2125550199,Lyon\n3,Carl,3125550142,Nice',
    'id,name,phone,city\n1,Alice,12345,Paris\n2,Bob,n/a,Lyon\n3,Carl,20240101,Nice',
    'graph,value\n1,4155550123\n2,4155550124\n3,4155550125',
    // Words that name other columns too: a device category in usage figures, a spreadsheet's or a network's cells,
    // paper weight, a tax file number, abbreviations. They name a phone column only with a number word.
    'Month,Desktop,Mobile,Tablet\n2024-01,52345678,23456789,3456789\n2024-02,51234567,24567890,3567890',
    'Country,Mobile,Broadband\nDE,107400000,36200000\nFR,72300000,31500000',
    'Sheet,Cells,Formulas\nBudget,12500000,340\nForecast,22500000,120\nActuals,32500000,98',
    'site,cell,rsrp\nA,26351234,-95\nB,26351235,-97',
    'Paper,GSM\nA4,80\nA3,23456789',
    'Client,TFN,ABN\nX,123456782,51824753556\nY,876543210,51824753557',
    'Name,Ph\nX,23456789\nY,34567890\nZ,45678901',
  ]
  for (const text of clean) t.same(phones(text), [], JSON.stringify(text))
})

t.test('a row holding a phone word is no header: a header line holds no digit', async (t) => {
  // Only the number right after the word is labelled, as before; the rows under it are not a phone column's.
  t.same(phones('Name,Kind,Number\nAlice,phone,23456789\nBob,23456790,x\nCarl,23456791,y'), ['23456789'])
})

t.test('streamed and fast as whole and full', async (t) => {
  const texts = TABLES.map(([text]) => text)
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 2612, withFindings: 60 })
})
