import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (leaks). A password passed by position to a database driver, a file, mail or directory
 * service's client or an HTTP auth helper the guard had no place for went to the model in clear: Python's
 * `MySQLdb.connect(host, user, "…", db)` and `cx_Oracle.connect(user, "…", dsn)`, Perl's `DBI->connect(dsn, user,
 * "…")`, PHP's `oci_connect`, `ftp_login`, `imap_open`, `ssh2_auth_password` and `ldap_bind`, `ftplib.FTP(host, user,
 * "…")`, Ruby's `Net::FTP.open` and `Net::SMTP.start`, python-ldap's `simple_bind_s`, Paramiko's `auth_password`,
 * pysmb's `SMBConnection`, Requests' `HTTPDigestAuth`, pika's `PlainCredentials`, PycURL's `USERPWD`. Now each call's
 * password argument is read as `DriverManager.getConnection`'s is (src/guard/positional-credentials.ts): a literal
 * there judged as a password value; variables, empty strings, placeholders and defaults such as `guest` stay clean.
 */

const PASSWORD = 'Xk9mQ2vLp7Tr'

const CALLS: ReadonlyArray<readonly [string, string]> = [
  [`db = MySQLdb.connect("localhost", "root", "${PASSWORD}", "TESTDB")`, PASSWORD],
  [`conn = pymysql.connect("db", "root", "${PASSWORD}", "app")`, PASSWORD],
  [`conn = pymssql.connect('sql01', 'sa', 'Winter#2025x', 'crm')`, 'Winter#2025x'],
  [`conn = cx_Oracle.connect("scott", "${PASSWORD}", "db/orcl")`, PASSWORD],
  [`my $dbh = DBI->connect($dsn, 'root', '${PASSWORD}', { RaiseError => 1 });`, PASSWORD],
  [`$link = mssql_connect('sql01', 'sa', "${PASSWORD}");`, PASSWORD],
  [`$c = oci_connect('hr', '${PASSWORD}', 'localhost/XE');`, PASSWORD],
  [`$c = oci_pconnect("hr", "p4ss-W0rd-2024", "db");`, 'p4ss-W0rd-2024'],
  [`ftp = ftplib.FTP("ftp.corp.io", "admin", "${PASSWORD}")`, PASSWORD],
  [`ftp = FTP_TLS('ftp.corp.io', 'admin', '${PASSWORD}')`, PASSWORD],
  [`Net::FTP.open('ftp.corp.io', 'alice', '${PASSWORD}') do |ftp|`, PASSWORD],
  [`Net::SMTP.start('smtp.corp.io', 587, 'corp.io', 'alice', '${PASSWORD}', :login)`, PASSWORD],
  [`pop = poplib.POP3_SSL(host)\npop.user('alice')\npop.pass_('${PASSWORD}')`, PASSWORD],
  [`$ok = ftp_login($conn, 'alice', '${PASSWORD}');`, PASSWORD],
  [`$mbox = imap_open("{imap.corp.io:993/imap/ssl}INBOX", "alice", "${PASSWORD}");`, PASSWORD],
  [`ssh2_auth_password($conn, 'root', '${PASSWORD}');`, PASSWORD],
  [`ldap_bind($ds, 'cn=admin,dc=corp', '${PASSWORD}')`, PASSWORD],
  [`l.simple_bind_s("cn=admin,dc=corp", "${PASSWORD}")`, PASSWORD],
  [`transport.auth_password('root', '${PASSWORD}')`, PASSWORD],
  [`conn = SMBConnection('alice', '${PASSWORD}', 'client', 'server')`, PASSWORD],
  [`auth = HTTPDigestAuth('admin', '${PASSWORD}')`, PASSWORD],
  [`proxies_auth = HTTPProxyAuth("proxyuser", "${PASSWORD}")`, PASSWORD],
  [`creds = pika.PlainCredentials('app', '${PASSWORD}')`, PASSWORD],
  [`c.setopt(pycurl.USERPWD, 'alice:${PASSWORD}')`, PASSWORD],
  [`c.setopt(c.PROXYUSERPWD, "alice:${PASSWORD}")`, PASSWORD],
]

t.test("a password at a login call's place for it is found", async (t) => {
  assertFound(t, CALLS)
  t.same(found(`conn = cx_Oracle.connect("scott", "${PASSWORD}", "db/orcl")`), [['generic_secret', PASSWORD]])
  t.same(found(`Net::SMTP.start('smtp.corp.io', 587, 'corp.io', 'alice', '${PASSWORD}', :login)`), [
    ['generic_secret', PASSWORD],
  ])
})

t.test("the same calls' other arguments, variables, blanks and defaults give nothing", async (t) => {
  assertNothingFound(t, [
    'ftp = FTP("ftp.corp.io")',
    'ftp = FTP("ftp.corp.io", "anonymous", "guest")',
    'ftp = FTP(host, user, password)',
    'conn = cx_Oracle.connect("scott", "tiger", "db/orcl")',
    'conn = cx_Oracle.connect("scott/tiger@orcl")',
    'l.simple_bind_s("cn=admin,dc=corp", "")',
    'auth = HTTPDigestAuth(user, os.environ["PW"])',
    'pop.pass_(getpass.getpass())',
    '$mbox = imap_open("{imap.gmail.com:993/imap/ssl}INBOX", $user, $pw);',
    'c.setopt(pycurl.USERPWD, f"{user}:{pw}")',
    'c.setopt(c.USERPWD, "user:password")',
    'my $dbh = DBI->connect($dsn, $user, $pass);',
    "Net::SMTP.start('smtp.corp.io', 25, 'corp.io')",
    "FTP_TLS('ftp.corp.io', 'user', '<password>')",
    'db = MySQLdb.connect("localhost", "root", "", "test")',
    'db = MySQLdb.connect("localhost", "user", "password", "mydb")',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell placeholder is what this case tests
    'pymysql.connect("localhost", "root", "${DB_PASSWORD}", "app")',
    "ldap_bind($ds, 'cn=admin,dc=corp', $ldappass)",
    "PlainCredentials('guest', 'guest')",
    'The FTP("server") call opens a session, then ftp.login() sends the password.',
    "oci_connect('hr', 'welcome', 'localhost/XE')",
    "button.bind('<Return>', 'Xk9mQ2vLp7Tr')",
  ])
})
