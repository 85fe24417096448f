import { literalTest } from './literal-search.js'
import { holdsShape, registerShape } from './opening-shapes.js'
import { isPasswordLike } from './secret-value.js'
import { namesASecret, namesASecretColumn } from './secrets.js'
import type { Detector, Span } from './types.js'

// Passwords placed by position rather than after a name: the argument a call takes its password at
// (`DriverManager.getConnection(url, "bob", "…")`, `ftp.login('bob', '…')`, `create_user('admin', 'a@b.c', '…')`,
// SQL Server's `EXEC sp_addlogin 'bob', '…'`, pgcrypto's `crypt('…', gen_salt('bf'))`), an SQL INSERT's value under
// the column its column list names a secret, Redis's `AUTH [user] …` and `ACL SETUSER … >…`, Capistrano's
// `set :password, "…"`, and the password of a Go MySQL DSN (`bob:…@tcp(db1:3306)/app`). Only literals are read; each
// is judged as a password value is (`isPasswordLike`).

// Each call, lower-cased, and the places (0 first) of its password arguments.
const PASSWORD_ARGUMENTS: Readonly<Record<string, readonly number[]>> = {
  sp_addlogin: [1],
  sp_password: [0, 1],
  create_user: [2],
  create_superuser: [2],
  auth: [1],
  login: [1],
  withcredentials: [1],
  usernamepasswordcredentials: [1],
  passwordauthentication: [1],
  getconnection: [2],
  mysqli_connect: [2],
  mysql_connect: [2],
  mysqli: [2],
  pdo: [2],
  crypt: [0],
  // Arduino and ESP sketches' Wi-Fi (`WiFi.begin(ssid, "…")`), MQTT's `username_pw_set(user, "…")`, a JWT's or an
  // HMAC's key (`jwt.sign(payload, "…")`, `crypto.createHmac("sha256", "…")`), Sequelize's `new Sequelize(db, user,
  // "…")`.
  'wifi.begin': [1],
  'wifi.softap': [1],
  'wifimulti.addap': [1],
  username_pw_set: [1],
  'jwt.sign': [1],
  'jwt.verify': [1],
  'jwt.encode': [1],
  'jwt.decode': [1],
  createhmac: [1],
  sequelize: [2],
  // Odoo's external API called from Python (`common.authenticate(db, user, "…", {})`, `common.login(db, user, "…")`,
  // `models.execute_kw(db, uid, "…", model, method, …)`): the XML-RPC call xmlrpc-calls.ts reads in its XML, by its
  // place. `login` and `authenticate` of any other receiver take other arguments.
  'common.authenticate': [2],
  'common.login': [2],
  'sock_common.authenticate': [2],
  'sock_common.login': [2],
  execute_kw: [2],
  // WordPress's XML-RPC API called from Python (`server.wp.getUsersBlogs(user, "…")`, `server.wp.getPosts(blog_id,
  // user, "…")`, `metaWeblog.newPost(blog_id, user, "…", post, publish)`): its methods take the login after the blog,
  // and `getUsersBlogs`, which lists the blogs, before any. PHP's IXR client names the method in its first argument
  // (`$client->query('wp.getUsersBlogs', user, "…")`, XMLRPC_QUERY).
  'wp.getusersblogs': [1],
  'wp.getposts': [2],
  'wp.getpost': [2],
  'wp.getprofile': [2],
  'wp.getusers': [2],
  'wp.getoptions': [2],
  'wp.newpost': [2],
  'wp.editpost': [2],
  'wp.deletepost': [2],
  'wp.uploadfile': [2],
  'metaweblog.newpost': [2],
  'metaweblog.getrecentposts': [2],
  'blogger.getusersblogs': [2],
  // The taxonomy's, the comments' and a page's readers (`wp.getPage(blog_id, page_id, user, "…")`), and MetaWeblog's
  // and Movable Type's calls on a post, its id first (`metaWeblog.editPost(post_id, user, "…", post, publish)`).
  'wp.getcategories': [2],
  'wp.getterms': [2],
  'wp.getcomments': [2],
  'wp.getpage': [3],
  'metaweblog.editpost': [2],
  'metaweblog.getpost': [2],
  'metaweblog.newmediaobject': [2],
  'mt.publishpost': [2],
  // HTTP clients' auth helpers: Ruby's Net::HTTP and Rust's reqwest `basic_auth(user, "…")` (reqwest wraps it in
  // `Some("…")`), reqwest's `bearer_auth("…")`, Spring's `headers.setBearerAuth("…")`, OkHttp's
  // `Credentials.basic(user, "…")`.
  basic_auth: [1],
  bearer_auth: [0],
  setbearerauth: [0],
  'credentials.basic': [1],
  // Database drivers that take a login after the host or before the database: Python's MySQLdb, PyMySQL (before 1.0)
  // and pymssql `connect(host, user, "…", db)`, cx_Oracle's `connect(user, "…", dsn)`, Perl's `DBI->connect(dsn,
  // user, "…")`, PHP's `mssql_connect(server, user, "…")` and `oci_connect(user, "…", db)`.
  'mysqldb.connect': [2],
  'pymysql.connect': [2],
  'pymssql.connect': [2],
  'cx_oracle.connect': [1],
  'dbi->connect': [2],
  mssql_connect: [2],
  // The same order, (database or host, user, "…"), as pasted for psycopg, MySQL Connector/Python, MariaDB's and IBM
  // Db2's drivers and PyGreSQL's DB-API module, python-oracledb as cx_Oracle; Perl's `DBI->connect_cached`, PHP's
  // ODBC, Db2, InterBase and Sybase connects and `mysqli_real_connect($link, host, user, "…")`.
  'psycopg2.connect': [2],
  'psycopg.connect': [2],
  'mysql.connector.connect': [2],
  'mariadb.connect': [2],
  'ibm_db.connect': [2],
  'ibm_db.pconnect': [2],
  'pgdb.connect': [2],
  'oracledb.connect': [1],
  'dbi->connect_cached': [2],
  odbc_connect: [2],
  odbc_pconnect: [2],
  db2_connect: [2],
  db2_pconnect: [2],
  ibase_connect: [2],
  sybase_connect: [2],
  mysql_pconnect: [2],
  mysqli_real_connect: [3],
  // redis-py's `Redis(host, port, db, "…")`, Ruby's `Net::POP3.start(address, port, account, "…")`, JavaMail's
  // `Transport.send(message, user, "…")`.
  'redis.redis': [3],
  'redis.strictredis': [3],
  'net::pop3.start': [3],
  'transport.send': [2],
  // SQLCipher's C API: `sqlite3_key(db, "…", len)`, `sqlite3_rekey`, and their `_v2` forms naming the schema first.
  sqlite3_key: [1],
  sqlite3_rekey: [1],
  sqlite3_key_v2: [2],
  sqlite3_rekey_v2: [2],
  oci_connect: [1],
  oci_pconnect: [1],
  oci_new_connect: [1],
  // File, mail and directory services: Python's `ftplib.FTP(host, user, "…")` (and `FTP_TLS`), Ruby's
  // `Net::FTP.open(host, user, "…")` and `Net::SMTP.start(address, port, helo, user, "…")`, poplib's `pass_("…")`,
  // PHP's `ftp_login($conn, user, "…")`, `imap_open(mailbox, user, "…")`, `ssh2_auth_password($conn, user, "…")` and
  // `ldap_bind($ds, dn, "…")`, python-ldap's `simple_bind_s(dn, "…")`, Paramiko's `auth_password(user, "…")`,
  // pysmb's `SMBConnection(user, "…", client, server)`; Requests' `HTTPDigestAuth(user, "…")` and `HTTPProxyAuth`,
  // pika's `PlainCredentials(user, "…")`.
  ftp: [2],
  ftp_tls: [2],
  'ftp.open': [2],
  'ftp.new': [2],
  'net::smtp.start': [4],
  pass_: [0],
  ftp_login: [2],
  imap_open: [2],
  ssh2_auth_password: [2],
  ldap_bind: [2],
  simple_bind: [1],
  simple_bind_s: [1],
  auth_password: [1],
  smbconnection: [1],
  httpdigestauth: [1],
  httpproxyauth: [1],
  plaincredentials: [1],
}
// The calls every web stack stores a password with, its password first: PHP `password_hash('…', PASSWORD_DEFAULT)`,
// Laravel `Hash::make('…')` and `bcrypt('…')`, Node `bcrypt.hash('…', 10)`/`hashSync`, `argon2.hash`, Python
// `bcrypt.hashpw(b"…", …)`, Werkzeug `generate_password_hash`, passlib `pwd_context.hash`, Java `BCrypt.hashpw`,
// Spring `passwordEncoder.encode`, Go `bcrypt.GenerateFromPassword([]byte("…"), …)`, Ruby `BCrypt::Password.create`.
// A hashing call of anything else (`crypto.createHash('sha256')`, `hashlib.sha256(b"…")`, `Base64.encode("…")`) names
// no password: the receiver or the call's own name must say it hashes one.
const HASH_CALL =
  /(?<![\w$])(?:password_hash|hash_password|hashPassword|generate_password_hash|make_password|Hash::make|bcrypt|hashpw|GenerateFromPassword|BCrypt::Password\.(?:create|new)|(?:bcrypt(?:js)?|argon2|scrypt|pwd_?context|pwd_?ctx|password_?context|passlib\.hash\.\w{1,30}|(?:bcrypt|argon2|pbkdf2)_\w{1,20})\.(?:hash|hashSync|hashpw|hash_password|encrypt)|(?:password_?encoder|passwordHasher|hasher)\.(?:encode|hash|hash_password|HashPassword))[ \t]{0,8}\(/gi
// A literal's wrappers before it: Python's byte string `b"…"`, Go's `[]byte("…")`.
const BYTES_OPENING = /(?:\[\]byte[ \t]{0,4}\([ \t]{0,4}|[bB](?=["']))/y
// Rust's optional argument around a literal: `Some("…")`.
const OPTION_OPENING = /Some[ \t]{0,4}\([ \t]{0,4}(?=["'])/y
// A call's name, then its bracket; SQL Server's procedures take their arguments after a blank, without one.
const CALL =
  /(?<![\w$])((?:sock_)?common\.(?:authenticate|login)|execute_kw|wp\.(?:getUsersBlogs|getPosts?|getProfile|getUsers|getOptions|newPost|editPost|deletePost|uploadFile|getCategories|getTerms|getComments|getPage)|metaWeblog\.(?:newPost|getRecentPosts|editPost|getPost|newMediaObject)|blogger\.getUsersBlogs|mt\.publishPost|sp_addlogin|sp_password|create_user|create_superuser|basic_auth|bearer_auth|setBearerAuth|Credentials\.basic|auth|login|withCredentials|UsernamePasswordCredentials|PasswordAuthentication|getConnection|mysqli_connect|mysql_connect|mysqli|PDO|crypt|WiFi\.(?:begin|softAP)|wifiMulti\.addAP|username_pw_set|jwt\.(?:sign|verify|encode|decode)|createHmac|Sequelize|(?:MySQLdb|pymysql|pymssql|cx_Oracle|oracledb|psycopg2?|mysql\.connector|mariadb|pgdb)\.connect|ibm_db\.p?connect|DBI->connect(?:_cached)?|mssql_connect|(?:odbc|db2)_p?connect|(?:ibase|sybase)_connect|mysql_pconnect|mysqli_real_connect|sqlite3_(?:re)?key(?:_v2)?|redis\.(?:Strict)?Redis|Net::POP3\.start|Transport\.send|oci_(?:p|new_)?connect|FTP(?:_TLS)?|FTP\.(?:open|new)|Net::SMTP\.start|pass_|ftp_login|imap_open|ssh2_auth_password|ldap_bind|simple_bind(?:_s)?|auth_password|SMBConnection|HTTP(?:Digest|Proxy)Auth|PlainCredentials)(?:[ \t]{0,8}\(|[ \t]{1,8}(?=[N'"@]|NULL))/gi
// Necessary for any of the shapes, in any case (looked for with the other opening shapes, opening-shapes.ts; prose says
// `login`, `connect` and `Authorization`, which are none): a call's name (or the end of it) with CALL's opening (`(`, or a blank then a quote, `@` or `N`), INSERT's blank, a
// prompt's `auth` (REDIS_AUTH takes lower case only after one; AUTH_COMMAND is its other case), ACL SETUSER,
// Capistrano's `set :` or a DSN's `@tcp`. Each part is bounded, so the test stays linear.
const CALL_WORDS = [
  'sp_password',
  'create_user',
  'create_superuser',
  'auth',
  'authentication',
  'login',
  'credentials',
  'basic',
  'connect',
  'connection',
  'connect_cached',
  'start',
  'mysqli',
  'pdo',
  'crypt',
  'hash',
  'hashsync',
  'hashpw',
  'make',
  'encode',
  'encrypt',
  'create',
  'frompassword',
  'hash_password',
  'hashpassword',
  'begin',
  'softap',
  'addap',
  'username_pw_set',
  'sign',
  'verify',
  'decode',
  'createhmac',
  'sequelize',
  'authenticate',
  'redis',
  'strictredis',
  'send',
  'sqlite3_key',
  'sqlite3_rekey',
  'key_v2',
  'rekey_v2',
  'ftp',
  'ftp_tls',
  'ftp.open',
  'ftp.new',
  'smtp.start',
  'pass_',
  'imap_open',
  'simple_bind',
  'simple_bind_s',
  'ldap_bind',
  'auth_password',
  'execute_kw',
  'wp.getusersblogs',
  'wp.getposts',
  'wp.getpost',
  'wp.getprofile',
  'wp.getusers',
  'wp.getoptions',
  'wp.newpost',
  'wp.editpost',
  'wp.deletepost',
  'wp.uploadfile',
  'metaweblog.newpost',
  'metaweblog.getrecentposts',
  'blogger.getusersblogs',
  'wp.getcategories',
  'wp.getterms',
  'wp.getcomments',
  'wp.getpage',
  'metaweblog.editpost',
  'metaweblog.getpost',
  'metaweblog.newmediaobject',
  'mt.publishpost',
  'query',
  'call',
  'methodcall',
]
const SHAPE_SOURCE = `(?:${CALL_WORDS.join('|').replaceAll('.', '\\.')})(?:[ \\t]{0,8}\\(|[ \\t]{1,8}[N'"@])|\\|[ \\t]{0,4}password_hash|auth["'][ \\t]{0,4}=>|userpwd[ \\t]{0,4},|insert[ \\t]|>[ \\t]{0,4}auth[ \\t]|acl[ \\t]{1,8}setuser|attach[ \\t]|set[ \\t]{1,8}:|@(?:tcp|udp|unix)`
// Every alternative of the shape but three opens with a word of these (ASCII letters, digits, `_` and `.`) followed
// by a blank, a bracket, a quote or a comma: where the shape opens with a word character, the run of them there is
// one of these words whole (the `i` flag folds no other character into ASCII). Most pairs the shape's words open in
// everyday text (`key`, `password`, `start`, `from`) open other words, ruled out so before the shape is tried. The
// run is compared by a hash, without a string made: a collision only lets the shape be tried.
const SHAPE_WORDS = [...CALL_WORDS, 'userpwd', 'insert', 'acl', 'attach', 'set']
const LONGEST_SHAPE_WORD = Math.max(...SHAPE_WORDS.map((word) => word.length))
const SHAPE_WORD_HASHES = new Set(SHAPE_WORDS.map(wordHash))

/** A hash of a run of ASCII word units, each with its bit 32 set (a letter's lower case), as `shapeCanOpen` reads one. */
function wordHash(word: string): number {
  let hash = 0
  for (let at = 0; at < word.length; at++) hash = (Math.imul(hash, 31) + (word.charCodeAt(at) | 32)) | 0
  return hash
}

/** Whether the shape can open at `at`: at a `|`, `>` or `@`, or at a word of SHAPE_WORDS read whole. */
function shapeCanOpen(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + LONGEST_SHAPE_WORD + 1)
  let end = at
  let hash = 0
  for (; end < limit; end++) {
    const code = text.charCodeAt(end)
    const letter = code | 32
    if (!((letter >= 97 && letter <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 46)) break
    hash = (Math.imul(hash, 31) + letter) | 0
  }
  return end === at || (end - at <= LONGEST_SHAPE_WORD && SHAPE_WORD_HASHES.has(hash))
}

const SHAPE = registerShape(new RegExp(SHAPE_SOURCE, 'i'), shapeCanOpen)
const AUTH_COMMAND = /AUTH[ \t]/
const mayHoldAuth = literalTest('AUTH')

// An argument list, or an INSERT's row, is read within this bound (and a password found within MAX_REACH of its
// shape's start: a streamed reply's screen reads 270 characters before a finding, stream-redact.ts).
const MAX_ARGUMENTS = 240
const MAX_REACH = 260

/**
 * The arguments from `from` up to the list's closing bracket (or, unbracketed, the line's or statement's end), split at
 * its top-level commas: each argument's span without blanks around it.
 */
function argumentsFrom(text: string, from: number, bracketed: boolean): Span[] {
  const limit = Math.min(text.length, from + MAX_ARGUMENTS)
  const args: Span[] = []
  let depth = 0
  let start = from
  for (let at = from; at <= limit; at++) {
    const code = at < limit ? text.charCodeAt(at) : -1
    if (code === 34 || code === 39) {
      at = closingQuote(text, at, limit)
      continue
    }
    if (code === 40 || code === 91 || code === 123) depth++
    else if ((code === 41 || code === 93 || code === 125) && depth > 0) depth--
    else if (
      code === -1 ||
      code === 41 ||
      (!bracketed && (code === 10 || code === 59)) ||
      (code === 44 && depth === 0)
    ) {
      args.push(trimmed(text, start, at))
      if (code !== 44) return code === -1 && at < text.length ? [] : args
      start = at + 1
    }
  }
  return args
}

/** Where the literal opened by the quote at `open` closes (`''` and `\'` escape it), or `limit` when it does not. */
function closingQuote(text: string, open: number, limit: number): number {
  const quote = text.charCodeAt(open)
  for (let at = open + 1; at < limit; at++) {
    const code = text.charCodeAt(at)
    if (code === 92) at++
    else if (code === quote) {
      if (text.charCodeAt(at + 1) !== quote) return at
      at++
    }
  }
  return limit
}

function trimmed(text: string, start: number, end: number): Span {
  let from = start
  let to = end
  while (from < to && text.charCodeAt(from) <= 32) from++
  while (to > from && text.charCodeAt(to - 1) <= 32) to--
  return { start: from, end: to }
}

/** A literal argument's content (`'…'`, `"…"`, T-SQL's `N'…'`), if the argument opens with one. */
function literalIn(text: string, arg: Span | undefined): Span | undefined {
  if (arg === undefined) return undefined
  const open = text.charCodeAt(arg.start) === 78 ? arg.start + 1 : arg.start
  const quote = text.charCodeAt(open)
  if (quote !== 34 && quote !== 39) return undefined
  // The argument's list passed over this literal whole: it closes within the argument.
  return { start: open + 1, end: closingQuote(text, open, arg.end) }
}

function callPasswords(text: string, spans: Span[]): void {
  CALL.lastIndex = 0
  for (let match = CALL.exec(text); match !== null; match = CALL.exec(text)) {
    const places = PASSWORD_ARGUMENTS[(match[1] as string).toLowerCase()] as readonly number[]
    const args = argumentsFrom(text, match.index + match[0].length, match[0].endsWith('('))
    for (const place of places) push(text, literalIn(text, unwrappedOption(text, args[place])), match.index, spans)
  }
  XMLRPC_QUERY.lastIndex = 0
  for (let match = XMLRPC_QUERY.exec(text); match !== null; match = XMLRPC_QUERY.exec(text)) {
    // The method's literal is the first argument: each place is one further on.
    const places = PASSWORD_ARGUMENTS[(match[2] as string).toLowerCase()] as readonly number[]
    const args = argumentsFrom(text, match.index + match[0].length, true)
    for (const place of places) push(text, literalIn(text, args[place]), match.index, spans)
  }
}
// Python's `server.call("wp.getUsersBlogs", user, "…")` and Node's xmlrpc `client.methodCall('wp.getUsersBlogs',
// [user, '…'], callback)` name it so too, Node's with the method's arguments in an array (its `[`, read past: its `]`
// stays inside the argument after the password's literal, which literalIn reads alone).
const XMLRPC_QUERY =
  /(?<![\w$])(?:query|call|methodCall)[ \t]{0,8}\([ \t]{0,8}(["'])(wp\.(?:getUsersBlogs|getPosts?|getProfile|getUsers|getOptions|newPost|editPost|deletePost|uploadFile|getCategories|getTerms|getComments|getPage)|metaWeblog\.(?:newPost|getRecentPosts|editPost|getPost|newMediaObject)|blogger\.getUsersBlogs|mt\.publishPost)\1[ \t]{0,8},[ \t]{0,8}\[?/gi

/** The argument without Rust's `Some(` before its literal (OPTION_OPENING); the argument as it is otherwise. */
function unwrappedOption(text: string, arg: Span | undefined): Span | undefined {
  if (arg === undefined || text.charCodeAt(arg.start) !== 83) return arg
  OPTION_OPENING.lastIndex = arg.start
  const opening = OPTION_OPENING.exec(text)?.[0].length ?? 0
  return { start: arg.start + opening, end: arg.end }
}

// Ruby's mail clients: `smtp.start(helo, user, "…", :login)` (Net::SMTP#start, its form on a `Net::SMTP.new(…)`),
// whose password is the argument before its last, the authentication type's symbol, and Net::IMAP's
// `imap.authenticate('LOGIN', user, "…")`, whose first argument names the mechanism. A `start` or `authenticate` of
// anything else names no password: the symbol or the mechanism must say it logs in. MailKit's
// `client.Authenticate(user, "…")` takes the login alone, two arguments. And a host's connect on a mail store or an
// SSH client, JavaMail's `transport.connect(host, user, "…")` or `(host, port, user, "…")` and Paramiko's
// `ssh.connect(host, 22, user, "…")`: the last of three (the second no port) or of four (the second one).
const AUTH_TYPED_CALL =
  /(?<![\w$])(?:(start|authenticate)|(?:transport|store|ssh|ssh_?client|client)\.(connect))(?:[ \t]{0,8}\(|[ \t]{1,8}(?=["']))/gi
const PORT_ARGUMENT = /^\d{1,5}$/
const KEYWORD_ARGUMENT = /^[A-Za-z_]\w{0,40}[ \t]{0,4}=(?!=)/
const AUTH_SYMBOL = /^:(?:login|plain|cram_md5|xoauth2)$/i
const AUTH_MECHANISM = /^["'](?:LOGIN|PLAIN|CRAM-MD5|DIGEST-MD5)["']$/i

// Net::SMTP#start without an authentication type: `smtp.start(helo, user, "…")` (the type defaults to `:plain`), or its
// type as a string (`'login'`). Its three places hold a password only on a receiver naming SMTP (`smtp`, `@smtp_conn`,
// `Net::SMTP.new(host, 587)`): a `start` of anything else (`server.start('a', 'b', 'c')`) takes other arguments.
const AUTH_STRING = /^["'](?:login|plain|cram_md5|xoauth2)["']$/i
const RUBY_KEYWORD_ARGUMENT = /^\w{1,40}:(?!:)/
// A receiver is read back within this bound from its call's `.`: a constant per `start`.
const MAX_RECEIVER = 160
const SMTP_WORD = /smtp/i

/** Whether the `start` at `at` is called on a receiver naming SMTP: `smtp.start`, `Net::SMTP.new(…).start`. */
function callsOnSmtp(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 46) return false
  const floor = Math.max(0, at - MAX_RECEIVER)
  let end = at - 1
  if (text.charCodeAt(end - 1) === 41) {
    // The receiver's own call (`Net::SMTP.new(host, port)`): back to its opening bracket, over those within it.
    let depth = 0
    let open = end - 1
    for (; open >= floor; open--) {
      const code = text.charCodeAt(open)
      if (code === 41) depth++
      else if (code === 40 && --depth === 0) break
    }
    if (open < floor) return false
    end = open
  }
  let start = end
  while (start > floor && isReceiverCode(text.charCodeAt(start - 1))) start--
  return SMTP_WORD.test(text.slice(start, end))
}

function wordOf(text: string, span: Span): string {
  return text.slice(span.start, span.end)
}

/** A receiver's character: a word's, or Ruby's `@`, `::` and `.` between names. */
function isReceiverCode(code: number): boolean {
  return (
    (code >= 48 && code <= 58) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 64 ||
    code === 46
  )
}

function authTypedPasswords(text: string, spans: Span[]): void {
  AUTH_TYPED_CALL.lastIndex = 0
  for (let match = AUTH_TYPED_CALL.exec(text); match !== null; match = AUTH_TYPED_CALL.exec(text)) {
    const args = argumentsFrom(text, match.index + match[0].length, match[0].endsWith('('))
    const words = args.map((arg) => text.slice(arg.start, arg.end))
    if (match[2] !== undefined) {
      // Python's keyword arguments after them (`timeout=5`) are no places.
      const places = args.filter((_, place) => !KEYWORD_ARGUMENT.test(words[place] as string))
      const withPort = PORT_ARGUMENT.test(String(words[1]))
      if ((places.length === 3 && !withPort) || (places.length === 4 && withPort)) {
        push(text, literalIn(text, places.at(-1)), match.index, spans)
      }
    } else if ((match[1] as string).length === 5) {
      if (args.length >= 3 && AUTH_SYMBOL.test(words.at(-1) as string)) {
        push(text, literalIn(text, args.at(-2)), match.index, spans)
      } else if (callsOnSmtp(text, match.index)) {
        // Ruby's keyword arguments after them (`tls_verify: false`) are no places.
        const places = args.filter((_, place) => !RUBY_KEYWORD_ARGUMENT.test(words[place] as string))
        const typed = places.length === 4 && AUTH_STRING.test(wordOf(text, places[3] as Span))
        if (places.length === 3 || typed) push(text, literalIn(text, places[2]), match.index, spans)
      }
    } else if (AUTH_MECHANISM.test(String(words[0]))) push(text, literalIn(text, args[2]), match.index, spans)
    else if (args.length === 2) push(text, literalIn(text, args[1]), match.index, spans)
  }
}

// SQLCipher's `ATTACH DATABASE 'file.db' AS name KEY '…'`: the passphrase a database is attached with, as `PRAGMA key`
// (secrets.ts) is the one it is opened with. The file is a literal or a bare name.
const ATTACH_KEY =
  /(?<![\w$])attach[ \t]{1,8}(?:database[ \t]{1,8})?(?:'[^'\n]{0,200}'|"[^"\n]{0,200}"|[\w.:/\\-]{1,200})[ \t]{1,8}as[ \t]{1,8}[\w"`[\]]{1,64}[ \t]{1,8}key[ \t]{1,8}(?=["'])/gi

function attachedKeys(text: string, spans: Span[]): void {
  ATTACH_KEY.lastIndex = 0
  for (let match = ATTACH_KEY.exec(text); match !== null; match = ATTACH_KEY.exec(text)) {
    // The literal alone: the statement is often itself inside another language's string (`execute("ATTACH …")`).
    const open = match.index + match[0].length
    const limit = Math.min(text.length, open + MAX_ARGUMENTS)
    const close = closingQuote(text, open, limit)
    if (close < limit) push(text, { start: open + 1, end: close }, match.index, spans)
  }
}

function hashedPasswords(text: string, spans: Span[]): void {
  HASH_CALL.lastIndex = 0
  for (let match = HASH_CALL.exec(text); match !== null; match = HASH_CALL.exec(text)) {
    const first = argumentsFrom(text, match.index + match[0].length, true)[0]
    if (first === undefined) continue
    BYTES_OPENING.lastIndex = first.start
    const opening = BYTES_OPENING.exec(text)?.[0].length ?? 0
    push(text, literalIn(text, { start: first.start + opening, end: first.end }), match.index, spans)
  }
}

// Ansible's documented way to set a user's password: `password: "{{ '…' | password_hash('sha512') }}"`, the literal
// before the filter.
const HASH_FILTER = /\|[ \t]{0,4}password_hash(?!\w)/g
const MAX_FILTERED = 128

function filteredPasswords(text: string, spans: Span[]): void {
  HASH_FILTER.lastIndex = 0
  for (let match = HASH_FILTER.exec(text); match !== null; match = HASH_FILTER.exec(text)) {
    let close = match.index - 1
    while (close >= 0 && isBlankCode(text.charCodeAt(close))) close--
    const quote = text.charCodeAt(close)
    if (quote !== 34 && quote !== 39) continue
    const limit = Math.max(0, close - MAX_FILTERED)
    let open = close - 1
    while (open >= limit && text.charCodeAt(open) !== quote && text.charCodeAt(open) !== 10) open--
    if (open < limit || text.charCodeAt(open) !== quote) continue
    push(text, { start: open + 1, end: close }, open, spans)
  }
}

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9
}

function push(
  text: string,
  value: Span | undefined,
  shapeStart: number,
  spans: Span[],
  accepts: (value: string) => boolean = isPasswordLike,
): void {
  if (value === undefined || value.end - shapeStart > MAX_REACH) return
  if (accepts(text.slice(value.start, value.end))) spans.push(value)
}

// `INSERT INTO users (username, password) VALUES ('admin', '…'), (…)`: the column list, then each row.
const INSERT =
  /(?<![\w$])insert[ \t]{1,8}(?:into[ \t]{1,8})?([\w."`[\]]{1,80})[ \t]{0,8}\(([^()]{1,200})\)[ \t\r\n]{0,8}values[ \t\r\n]{0,8}\(/gi
const COLUMN_WRAPPERS = /["`[\]]/g

/** The places of the columns naming a secret; a `key` column is its table's (`api_keys.key`: an API key). */
function secretColumns(table: string, columns: string[]): number[] {
  const places: number[] = []
  const tableName = (table.split('.').at(-1) as string).replace(COLUMN_WRAPPERS, '').replace(/s$/, '')
  columns.forEach((column, place) => {
    const name = column.trim().replace(COLUMN_WRAPPERS, '')
    if (namesASecretColumn(name) || (name.toLowerCase() === 'key' && namesASecretColumn(tableName))) places.push(place)
  })
  return places
}

/**
 * Each INSERT's quoted literals under the columns `placesOf` picks (by the table's name and its columns), pushed to
 * `spans` when `accepts` takes them: a password under a secret's column here, a date of birth under its column in
 * birth-dates.ts. Rows are read within MAX_REACH of the statement's start.
 */
export function insertLiterals(
  text: string,
  placesOf: (table: string, columns: string[]) => number[],
  accepts: (value: string) => boolean,
  spans: Span[],
): void {
  INSERT.lastIndex = 0
  for (let match = INSERT.exec(text); match !== null; match = INSERT.exec(text)) {
    const places = placesOf(match[1] as string, (match[2] as string).split(','))
    if (places.length === 0) continue
    // Each row: `(…)`, then `,` and the next one.
    let row = match.index + match[0].length
    while (row - match.index <= MAX_REACH) {
      const values = argumentsFrom(text, row, true)
      for (const place of places) push(text, literalIn(text, values[place]), match.index, spans, accepts)
      const close = values.at(-1)?.end ?? row
      let next = close + 1
      while (next < text.length && text.charCodeAt(next) <= 32) next++
      if (text.charCodeAt(next) !== 44) break
      next++
      while (next < text.length && text.charCodeAt(next) <= 32) next++
      if (text.charCodeAt(next) !== 40) break
      row = next + 1
    }
    INSERT.lastIndex = Math.max(INSERT.lastIndex, row)
  }
}

// Redis: `AUTH …` or `AUTH user …` ending its line, in capitals or after redis-cli's prompt (`redis>`,
// `127.0.0.1:6379>`, `…[2]>`); `ACL SETUSER name … >…` adds each password written after `>` (and `<` removes one).
const REDIS_AUTH =
  /^[ \t]{0,8}((?:redis|[\w.-]{1,64}:\d{1,5})(?:\[\d{1,2}\])?>[ \t]{0,4})?(auth)[ \t]{1,8}(?:\S{1,64}[ \t]{1,8})?(\S{1,128})[ \t]{0,8}\r?$/gim
const ACL_SETUSER = /(?<![\w-])acl[ \t]{1,8}setuser[ \t]{1,8}\S{1,64}((?:[ \t]{1,8}\S{1,128}){1,16})/gi

function redisPasswords(text: string, spans: Span[]): void {
  REDIS_AUTH.lastIndex = 0
  for (let match = REDIS_AUTH.exec(text); match !== null; match = REDIS_AUTH.exec(text)) {
    // `auth` in lower case is a word of prose unless the prompt says redis-cli reads it.
    if (match[1] === undefined && match[2] !== 'AUTH') continue
    const password = match[3] as string
    const end = match.index + match[0].trimEnd().length
    push(text, { start: end - password.length, end }, match.index, spans)
  }
  ACL_SETUSER.lastIndex = 0
  for (let match = ACL_SETUSER.exec(text); match !== null; match = ACL_SETUSER.exec(text)) {
    const rulesStart = match.index + match[0].length - (match[1] as string).length
    for (const rule of (match[1] as string).matchAll(/[><](\S+)/g)) {
      const start = rulesStart + (rule.index as number) + 1
      push(text, { start, end: start + (rule[1] as string).length }, match.index, spans)
    }
  }
}

// Capistrano's `set :db_password, "…"`; a Go MySQL DSN's `user:…@tcp(host:port)/db`.
const CAPISTRANO_SET = /(?<![\w:])set[ \t]{1,8}:(\w{1,40})[ \t]{0,4},[ \t]{0,4}(?=["'])/g
const GO_DSN = /(?<![\w/:@.-])[\w.-]{1,64}:([^\s@"'`/]{1,128})@(?:tcp|udp|unix)6?\(/g

function namedAndDsnPasswords(text: string, spans: Span[]): void {
  CAPISTRANO_SET.lastIndex = 0
  for (let match = CAPISTRANO_SET.exec(text); match !== null; match = CAPISTRANO_SET.exec(text)) {
    if (!namesASecret(match[1] as string)) continue
    // The literal alone: the statement is often itself inside another language's string (`execute("ATTACH …")`).
    const open = match.index + match[0].length
    const limit = Math.min(text.length, open + MAX_ARGUMENTS)
    const close = closingQuote(text, open, limit)
    if (close < limit) push(text, { start: open + 1, end: close }, match.index, spans)
  }
  GO_DSN.lastIndex = 0
  for (let match = GO_DSN.exec(text); match !== null; match = GO_DSN.exec(text)) {
    // The password holds no `@`: the last one ends it.
    const end = match.index + match[0].lastIndexOf('@')
    push(text, { start: end - (match[1] as string).length, end }, match.index, spans)
  }
}

// PHP's HTTP clients: Guzzle's `['auth' => ['user', '…']]` (the pair's second literal) and curl's
// `curl_setopt($ch, CURLOPT_USERPWD, "user:…")` (the literal's part after its first colon), as PycURL names the
// option too (`c.setopt(pycurl.USERPWD, "user:…")`, `c.setopt(c.USERPWD, …)`).
const GUZZLE_AUTH = /(["'])auth\1[ \t]{0,4}=>[ \t]{0,4}\[/g
const CURL_USERPWD = /(?:CURLOPT_|\.)(?:PROXY)?USERPWD[ \t]{0,4},[ \t]{0,4}(["'])[^"'\s:]{1,64}:/g

function phpClientPasswords(text: string, spans: Span[]): void {
  GUZZLE_AUTH.lastIndex = 0
  for (let match = GUZZLE_AUTH.exec(text); match !== null; match = GUZZLE_AUTH.exec(text)) {
    const args = argumentsFrom(text, match.index + match[0].length, true)
    push(text, literalIn(text, args[1]), match.index, spans)
  }
  CURL_USERPWD.lastIndex = 0
  for (let match = CURL_USERPWD.exec(text); match !== null; match = CURL_USERPWD.exec(text)) {
    const end = match.index + match[0].length
    // The name's characters hold no quote: the match's one quote opens the literal.
    const open = match.index + match[0].indexOf(match[1] as string)
    const limit = Math.min(text.length, end + MAX_ARGUMENTS)
    const close = closingQuote(text, open, limit)
    if (close < limit) push(text, { start: end, end: close }, match.index, spans)
  }
}

export const positionalCredentialDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, SHAPE) || (mayHoldAuth(text) && AUTH_COMMAND.test(text)),
  find(text) {
    const spans: Span[] = []
    callPasswords(text, spans)
    authTypedPasswords(text, spans)
    attachedKeys(text, spans)
    hashedPasswords(text, spans)
    filteredPasswords(text, spans)
    insertLiterals(text, secretColumns, isPasswordLike, spans)
    redisPasswords(text, spans)
    namedAndDsnPasswords(text, spans)
    phpClientPasswords(text, spans)
    return spans
  },
}
