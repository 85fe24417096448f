import t from 'tap'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Commands written as argument vectors (src/guard/argv-commands.ts): the vector's literals are the command line a
// shell would have split, read by the command-line readers. Each case lists every password the guard must find; the
// near misses are vectors and lists of strings holding none.

const CASES: Array<[string, string[]]> = [
  // Python, Node, Go, Java, Rust, .NET, with single quotes, across lines.
  [`subprocess.Popen(['sshpass', '-p', 'Tr0ub4dor9x', 'scp', 'f', 'h:'])`, ['Tr0ub4dor9x']],
  [`spawn("mysqldump", ["-u", "backup", "-pZq8vN3pLm2", "--all-databases"])`, ['Zq8vN3pLm2']],
  ['cmd := exec.CommandContext(ctx, "sqlcmd", "-S", "db", "-U", "sa", "-P", "Tr0ub4dor9x")', ['Tr0ub4dor9x']],
  [
    'new ProcessBuilder(\n    "htpasswd",\n    "-b",\n    "/etc/nginx/.htpasswd",\n    "bob",\n    "Zq8vN3pLm2"\n)',
    ['Zq8vN3pLm2'],
  ],
  ['Command::new("7z").arg("x").arg("-pTr0ub4dor9x").arg("a.7z")', ['Tr0ub4dor9x']],
  ['Process.Start("net.exe", "user svc Zq8vN3pLm2 /add /y")', ['Zq8vN3pLm2']],
  // Exec forms and argument lists of their own.
  ['RUN ["/bin/sh", "-c", "echo Tr0ub4dor9x | docker login -u bot --password-stdin"]', ['Tr0ub4dor9x']],
  ['ENTRYPOINT ["sqlplus", "system/Zq8vN3pLm2@XE", "@init.sql"]', ['Zq8vN3pLm2']],
  ["args: ['--user=app', '-pTr0ub4dor9x', '--host=db']", ['Tr0ub4dor9x']],
  ['cmd = ["redis-cli", "-h", "cache", "-a", "Zq8vN3pLm2", "ping"]', ['Zq8vN3pLm2']],
]

const NEAR_MISSES = [
  'subprocess.run(["ssh", "-p", "2222", "root@host"])',
  'subprocess.run(["mysql", "-u", "root", "-p", "app"])',
  'subprocess.run(["sshpass", "-p", os.environ["SSHPASS"], "ssh", "host"])',
  'exec.Command("sshpass", "-e", "ssh", "root@host")',
  'CMD ["nginx", "-g", "daemon off;"]',
  'cmd = ["mysql", "app", "Tr0ub4dor9x"]',
  'names = ["net", "user", "list"]',
  'args: ["-u", "root", "-p3306"]',
  'args: ["-u", "root"]',
  '["net", "user", "bob", "*", "/add"]',
  'print("sshpass", "-p")',
  // A value the joined line reads across two literals is no one literal's.
  `["sqlcmd", "-P", "'amber falcon", "river copper'"]`,
  `["sshpass", "${'x'.repeat(240)}", "-p", "Tr0ub4dor9x"]`,
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...NEAR_MISSES]

t.test('a password given to a command written as an argument vector is found', async (t) => {
  for (const [text, passwords] of CASES) {
    t.same(
      found(text),
      passwords.map((password) => ['generic_secret', password]),
      JSON.stringify(text),
    )
  }
  assertClean(t, NEAR_MISSES)
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 2031, withFindings: 50 })
})
