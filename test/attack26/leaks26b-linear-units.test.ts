import { linearWorkOnUnits } from '../helpers/linear-units.js'

// The readers round 26's second leaks attack added or widened (test/attack26/leaks26b-*.test.ts), in a process of
// their own (the work meter patches the regex and string primitives of its process).
linearWorkOnUnits("a driver's, a mail client's and SQLCipher's positional password", [
  "psycopg2.connect('d', 'u', 'Xk29vLq7Zp') ",
  "mysql.connector.connect( odbc_connect('a', 'b', 'Xk29vLq7Zp') ",
  "smtp.start('h', 'u', 'Tr0ub4dor&3', :login) ",
  'start(:login, :login, ',
  "start 'a', 'b', ",
  "imap.authenticate('LOGIN', 'u', 'Xk29vLq7Zp') authenticate( ",
  "ATTACH DATABASE 'a.db' AS e KEY 'Hunter2Vault!'; ",
  "attach 'a' as b key 'attach 'a' as b key ",
  "attach attach database 'x as ",
  'sqlite3_key(db, "Xk29vLq7Zp", 10); sqlite3_key_v2( ',
  'ssh.connect("h", 22, "u", "Xk29vLq7Zp", timeout=5) ',
  'client.connect(a=1, b=2, c=3, ',
  'store.connect( transport.connect( client.Authenticate("u", "Xk29vLq7Zp") ',
  "Net::POP3.start('h', 110, 'u', 'Xk29vLq7Zp') redis.Redis('h', 1, 0, 'Xk29vLq7Zp') ",
  'Transport.send(m, "u", "Xk29vLq7Zp") send( send( ',
])

linearWorkOnUnits("a listed key's items opening or closing with blanks", [
  '"ghp_Ab3dEf6hIj9kLm ", " 7NbJqR2sT5uV8wX1yZ4aB6cD", ',
  '"ghp_    ", "    ", ',
  '"ghp_", " ", " ", ',
  "'AKIA', '  ', ",
  '" ", " ", ',
])

linearWorkOnUnits("an address's plain @ before bare dot words", [
  'jean.dupont@orange dot fr ',
  'a@b dot c dot d dot e dot f ',
  'a.b @ c dot de ',
  '@ dot @ dot ',
  'x@ dot ',
  'aaaaaaaaaaaaaaaaaaaa@ dot ',
])

linearWorkOnUnits('a German account beside its Bankleitzahl, a CURP in small letters', [
  'Kontonummer 1234567890, BLZ 37040044\n',
  'Konto Konto BLZ BLZ ',
  'BLZ 370 400 44 Kto. 1234567890 ',
  'blz 12000 konto 123456 ',
  'curp: gomr850101hdfmrn09 ',
  'gomr850101hdfmrn09 gomr850101',
  'curp curp 850101h ',
])

linearWorkOnUnits("an account's hex key where a wallet takes it", [
  'accounts: ["0x9a3507e68b32521950ed1add2909ce48b3b9c1c23bb55f5d8c6071544a7445dc", ',
  '"0x9a3507e68b32521950ed1add2909ce48b3b9c1c23bb55f5d8c6071544a7445dc", accounts: [',
  'new Wallet( new Wallet("0x", ',
  "privateKeyToAccount('9a3507e68b32521950ed1add2909ce48b3b9c1c23bb55f5d8c6071544a7445dc') ",
  'accounts accounts: wallet.add(from_key(',
])
