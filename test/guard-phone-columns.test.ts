import t from 'tap'
import {
  assertFastAsFull,
  assertFound,
  assertNothingFound,
  assertStreamedAsWhole,
  found,
} from './helpers/guard-cases.js'

// A table's header cell naming a phone (phone.ts `withPhoneColumnCells`) labels every cell under it, as a phone word
// labels the number after it: each cell is judged as a labelled number is, within the header's reach.

const phones = (text: string) =>
  found(text)
    .filter(([type]) => type === 'phone')
    .map(([, value]) => value)

t.test('every row of a phone column is found, not only the first', async (t) => {
  const uk = ['07011524493', '07909266858', '07123456789', '07712345678', '07898765432', '07456123789']
  const csv = `name,phone\n${uk.map((number, i) => `Person ${i},${number}`).join('\n')}`
  t.same(phones(csv), uk)
  const fr = ['06 12 34 56 78', '07 98 76 54 32', '06 55 44 33 22']
  t.same(phones(`| Nom | Téléphone |\n|---|---|\n${fr.map((n, i) => `| Client ${i} | ${n} |`).join('\n')}`), fr)
  const de = ['015112345678', '01761234567', '0301234567']
  t.same(phones(`Name\tTelefon\n${de.map((n, i) => `Kunde ${i}\t${n}`).join('\n')}`), de)
  const us = ['4155552671', '2125550198', '6505550123']
  t.same(phones(`Name          Mobile\n${us.map((n, i) => `Customer ${i}    ${n}`).join('\n')}`), us)
  t.same(phones(`{"csv": "id;cell_phone;city\\n1;${us[0]};SF\\n2;${us[1]};NY"}`.replace(/\\n/g, '\n')), us.slice(0, 2))
})

t.test('bare Italian, Spanish, Indian and Brazilian numbers in a phone column', async (t) => {
  const cases: Array<[string, string[]]> = [
    ['nome,telefono\nMario,3471234567\nLuca,3209876543\nGiulia,3881122334', ['3471234567', '3209876543', '3881122334']],
    ['nombre;teléfono\nAna;612345678\nJuan;698765432', ['612345678', '698765432']],
    ['| Name | Mobile No |\n|---|---|\n| Ravi | 9876543210 |\n| Priya | 8765432109 |', ['9876543210', '8765432109']],
    ['nome,celular\nJoão,11987654321\nMaria,21998765432', ['11987654321', '21998765432']],
    ['name,contact_phone,city\nA,+39 347 123 4567,Rome\nB,(415) 555-2671,SF', ['+39 347 123 4567', '(415) 555-2671']],
    ['姓名,电话\n张三,13800138000\n李四,13912345678', ['13800138000', '13912345678']],
    [
      'name,tel\nA,+393471234567\nB,415-555-2671\nC,06.12.34.56.78',
      ['+393471234567', '415-555-2671', '06.12.34.56.78'],
    ],
  ]
  for (const [text, numbers] of cases) t.same(phones(text), numbers, text)
  assertFound(t, [
    ['nome,telefono\nMario,3471234567\nLuca,3209876543', '3209876543'],
    ['Name        Phone Number\nRavi        9876543210\nPriya       8765432109', '8765432109'],
    ['name\tmóvil\nAna\t612345678\nJuan\t698765432', '698765432'],
  ])
  assertStreamedAsWhole(t, [
    'name,phone\nPerson 0,07011524493\nPerson 1,07909266858\nPerson 2,07123456789',
    '| Name | Telefono |\n|---|---|\n| Mario | 3471234567 |\n| Luca | 3209876543 |',
  ])
})

t.test('controls: other columns, other values, and rows past the header', async (t) => {
  assertNothingFound(t, [
    'name,order_id\nA,3471234567\nB,3209876543',
    'name,phone\nA,12345678\nB,20240115\nC,n/a\nD,(tbd)\nE,+x',
    'id,phone_count\n1,3\n2,4',
    'name,phone\nA,100 200 300 400',
    'model,cellular\nX,yes',
  ])
  t.same(phones('name,automobile\nA,3471234567\nB,3209876543'), [])
  t.same(phones('device,cell\nA,3471234567'), ['3471234567'])
})

t.test('the fast path reads phone columns as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    [
      'name,phone\nPerson 0,07011524493\nPerson 1,07909266858',
      'nome,telefono\nMario,3471234567\nLuca,3209876543',
      'Name        Mobile\nRavi        9876543210',
      '| Nom | Téléphone |\n|---|---|\n| A | 06 12 34 56 78 |',
    ],
    { seed: 4103, withFindings: 200 },
  )
})
