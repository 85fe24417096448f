import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 26 (leaks, b). More passwords placed by position went to the model in clear: the (database or
 * host, user, "…") order pasted for psycopg, MySQL Connector/Python, MariaDB's, Db2's and PyGreSQL's drivers,
 * python-oracledb's (user, "…", dsn), Perl's `DBI->connect_cached`, PHP's ODBC, Db2, InterBase and Sybase connects and
 * `mysqli_real_connect`; Ruby's `smtp.start(helo, user, "…", :login)` (the password before the authentication type's
 * symbol) and Net::IMAP's `authenticate('LOGIN', user, "…")`; SQLCipher's `ATTACH DATABASE … KEY '…'` and its C API's
 * `sqlite3_key(db, "…", n)`. Each is now read in src/guard/positional-credentials.ts, a literal judged as a password
 * value is.
 */

const PASSWORD = 'Xk29vLq7Zp'

const DRIVERS: ReadonlyArray<readonly [string, string]> = [
  [`conn = psycopg2.connect('db', 'app', '${PASSWORD}')`, PASSWORD],
  [`conn = psycopg.connect("orders", "svc_orders", "${PASSWORD}")`, PASSWORD],
  [`cnx = mysql.connector.connect('127.0.0.1', 'app', '${PASSWORD}', 'shop')`, PASSWORD],
  [`conn = mariadb.connect("db1", "report", "Qv7#mLz2Rt")`, 'Qv7#mLz2Rt'],
  [`conn = ibm_db.connect("SAMPLE", "db2inst1", "${PASSWORD}")`, PASSWORD],
  [`conn = ibm_db.pconnect("SAMPLE", "db2inst1", "${PASSWORD}")`, PASSWORD],
  [`con = pgdb.connect('pg01:5432', 'app', '${PASSWORD}')`, PASSWORD],
  [`conn = oracledb.connect('scott', '${PASSWORD}', 'localhost/orclpdb')`, PASSWORD],
  [`my $dbh = DBI->connect_cached($dsn, 'root', '${PASSWORD}');`, PASSWORD],
  [`$c = odbc_connect('DSN=warehouse', 'sa', '${PASSWORD}');`, PASSWORD],
  [`$c = odbc_pconnect("DSN=warehouse", "sa", "${PASSWORD}");`, PASSWORD],
  [`$c = db2_connect('SAMPLE', 'db2inst1', '${PASSWORD}');`, PASSWORD],
  [`$c = ibase_connect('/srv/fb/app.fdb', 'SYSDBA', '${PASSWORD}');`, PASSWORD],
  [`$c = sybase_connect('SYB1', 'sa', '${PASSWORD}');`, PASSWORD],
  [`$c = mysql_pconnect('localhost', 'root', '${PASSWORD}');`, PASSWORD],
  [`mysqli_real_connect($link, 'localhost', 'root', '${PASSWORD}', 'app');`, PASSWORD],
]

const MAIL: ReadonlyArray<readonly [string, string]> = [
  ["smtp.start('mail.example.com', 'jdoe', 'Tr0ub4dor&3', :login)", 'Tr0ub4dor&3'],
  ["smtp.start 'mail.example.com', 'jdoe', 'Tr0ub4dor&3', :login", 'Tr0ub4dor&3'],
  [
    "Net::SMTP.new('smtp.example.com', 587).start('example.com', 'jdoe', 'Tr0ub4dor&3', :plain) do |smtp|",
    'Tr0ub4dor&3',
  ],
  [`smtp.start("example.com", "jdoe", "${PASSWORD}", :cram_md5)`, PASSWORD],
  [`imap.authenticate('LOGIN', 'jdoe', '${PASSWORD}')`, PASSWORD],
  [`imap.authenticate("CRAM-MD5", "jdoe", "${PASSWORD}")`, PASSWORD],
]

const HOSTS: ReadonlyArray<readonly [string, string]> = [
  ['transport.connect("smtp.example.com", "jdoe", "Tr0ub4dor&3");', 'Tr0ub4dor&3'],
  ['store.connect("imap.example.com", "jdoe", "Tr0ub4dor&3");', 'Tr0ub4dor&3'],
  [`transport.connect("smtp.example.com", 587, "jdoe", "${PASSWORD}");`, PASSWORD],
  [`ssh.connect("build01", 22, "root", "${PASSWORD}")`, PASSWORD],
  [`client.connect("build01", 22, "root", "${PASSWORD}", timeout=5)`, PASSWORD],
  [`Transport.send(message, "jdoe", "${PASSWORD}");`, PASSWORD],
  [`client.Authenticate("jdoe", "${PASSWORD}");`, PASSWORD],
  [`Net::POP3.start('pop.example.com', 110, 'jdoe', '${PASSWORD}') do |pop|`, PASSWORD],
  [`r = redis.Redis("cache01", 6379, 0, "${PASSWORD}")`, PASSWORD],
  [`r = redis.StrictRedis("cache01", 6379, 0, "${PASSWORD}")`, PASSWORD],
]

const SQLCIPHER: ReadonlyArray<readonly [string, string]> = [
  ["ATTACH DATABASE 'secret.db' AS enc KEY 'Hunter2Vault!';", 'Hunter2Vault!'],
  ["attach 'backup.db' as bak key 'Hunter2Vault!'", 'Hunter2Vault!'],
  [`ATTACH DATABASE "/data/enc.db" AS "enc" KEY "${PASSWORD}";`, PASSWORD],
  [`ATTACH DATABASE enc.db AS enc KEY '${PASSWORD}';`, PASSWORD],
  [`cur.execute("ATTACH DATABASE 'secret.db' AS enc KEY '${PASSWORD}'")`, PASSWORD],
  [`sqlite3_key(db, "${PASSWORD}", 10);`, PASSWORD],
  [`sqlite3_rekey(db, "${PASSWORD}", 10);`, PASSWORD],
  [`sqlite3_key_v2(db, "main", "${PASSWORD}", 10);`, PASSWORD],
]

t.test("a database driver's positional password is found", async (t) => {
  assertFound(t, DRIVERS)
  t.same(found(`conn = psycopg2.connect('db', 'app', '${PASSWORD}')`), [['generic_secret', PASSWORD]])
})

t.test("a Ruby mail client's password before its authentication type is found", async (t) => {
  assertFound(t, MAIL)
  t.same(found("smtp.start('mail.example.com', 'jdoe', 'Tr0ub4dor&3', :login)"), [['generic_secret', 'Tr0ub4dor&3']])
})

t.test("a mail store's, an SSH client's, a POP3 client's and Redis's positional password is found", async (t) => {
  assertFound(t, HOSTS)
  t.same(found(`ssh.connect("build01", 22, "root", "${PASSWORD}")`), [['generic_secret', PASSWORD]])
})

t.test("SQLCipher's attached database key and C API key are found", async (t) => {
  assertFound(t, SQLCIPHER)
  t.same(found("ATTACH DATABASE 'secret.db' AS enc KEY 'Hunter2Vault!';"), [['generic_secret', 'Hunter2Vault!']])
})

t.test('the same calls without a literal password, and look-alikes, give nothing', async (t) => {
  assertNothingFound(t, [
    'conn = psycopg2.connect(dsn)',
    "conn = psycopg2.connect('dbname=app user=app')",
    'conn = psycopg2.connect(host, user, password)',
    "cnx = mysql.connector.connect('localhost', 'root', '')",
    "cnx = mysql.connector.connect('localhost', 'user', 'password')",
    "smtp.start('mail.example.com', 'jdoe', 'password', :login)",
    'smtp.start(helo, user, secret, :login)',
    "server.start('a', 'b', 'Tr0ub4dor&3')",
    "t.start('x', 'Tr0ub4dor&3', :fast)",
    'job.start(:login)',
    "imap.authenticate('XOAUTH2', 'jdoe', token)",
    "imap.authenticate('PLAIN', 'jdoe', pw)",
    "auth.authenticate('session', 'jdoe', 'Tr0ub4dor&3')",
    "ATTACH DATABASE '/data/app.db' AS app;",
    'ATTACH DATABASE "plain.db" AS plaintext KEY "";',
    "ATTACH DATABASE 'encrypted.db' AS encrypted KEY 'testkey';",
    `ATTACH DATABASE 'a.db' AS enc KEY '${PASSWORD}`,
    "attach the file as a key 'thing' here",
    'sqlite3_key(db, key, strlen(key));',
    'ssh.connect("build01", 22, "root")',
    'client.connect("db", "app")',
    'client.connect("build01", "deploy", "Tr0ub4dor&3", 22)',
    'transport.connect("smtp.example.com", 587, "Tr0ub4dor&3")',
    'client.connect("build01", 22, "root", timeout=5)',
    'client.Authenticate(user, token)',
    "client.Authenticate('jdoe', 'Tr0ub4dor&3', cancel)",
    'ws.send("Tr0ub4dor&3")',
    'Transport.send(msg)',
    'r = redis.Redis("cache01", 6379, 0)',
    'Call start() when the mail server is up, then authenticate() with the LOGIN mechanism.',
  ])
})
