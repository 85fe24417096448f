import t from 'tap'
import { textFacts } from '../src/guard/facts.js'
import { toolPasswordDetector } from '../src/guard/tool-passwords.js'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Passwords everyday tools take on their command line, each in its own way (src/guard/tool-passwords.ts): a flag's
// next word, a value written on to its flag, a login's `user,…` or `user:…`, a keyword's next word, an operand by its
// place, and the input of a command reading its password there. Each case lists every password the guard must find.

const CASES: Array<[string, string[]]> = [
  // SQL Server's and Sybase's tools: -P apart or written on, any case of the command, quoted.
  ['sqlcmd -S tcp:db,1433 -U sa -PXk9mPq2vL7z', ['Xk9mPq2vL7z']],
  ['SQLCMD.EXE -U sa -P "Tr0ub4dor9x!" -d master', ['Tr0ub4dor9x!']],
  ['osql -E -S db -U app -P Zq8vN3pLm2', ['Zq8vN3pLm2']],
  // Cassandra, MQTT and FTP clients.
  ['cqlsh db1 9042 -u cassandra --password=Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ["mosquitto_sub -t '#' -u iot --pw Zq8vN3pLm2", ['Zq8vN3pLm2']],
  ['ncftpput -u ftp -p Tr0ub4dor9x host /remote file', ['Tr0ub4dor9x']],
  // Archives: the password written on to -p, or after zip's -P / --password.
  ['7za x -pZq8vN3pLm2 backup.7z', ['Zq8vN3pLm2']],
  ['unrar x -pTr0ub4dor9x archive.rar', ['Tr0ub4dor9x']],
  ['zip --password Tr0ub4dor9x -r out.zip dir/', ['Tr0ub4dor9x']],
  // An SSH key's old and new passphrases.
  ["ssh-keygen -p -P 'OldPass2023x' -N 'NewPass2024y' -f ~/.ssh/id_ed25519", ['OldPass2023x', 'NewPass2024y']],
  // Remote desktops, the Azure CLI.
  ['/usr/bin/rdesktop -u admin -p Zq8vN3pLm2 -g 1280x800 host', ['Zq8vN3pLm2']],
  ['wlfreerdp /v:host /u:bob /password:Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ["az vm create -n vm1 --admin-username azure --admin-password 'Tr0ub4dor9x!'", ['Tr0ub4dor9x!']],
  ['az login -u bot -p Zq8vN3pLm2', ['Zq8vN3pLm2']],
  // A deployment's `--password` is still one.
  ['az deployment group create -g rg1 --password Zq8vN3pLm2', ['Zq8vN3pLm2']],
  // Logins written user,password or user:password.
  ['lftp -u deploy,Zq8vN3pLm2 -e "mirror -R" sftp://h', ['Zq8vN3pLm2']],
  ['https --auth bob:Tr0ub4dor9x POST api.corp.io/x', ['Tr0ub4dor9x']],
  // A keyword's next word, an operand by its place.
  ['db2 CONNECT TO prod USER app USING Zq8vN3pLm2', ['Zq8vN3pLm2']],
  ['smbclient \\\\srv\\share Zq8vN3pLm2 -U bob -W CORP', ['Zq8vN3pLm2']],
  ['smbclient -W CORP -U bob //srv/share Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ['wpa_passphrase "Home Net" Zq8vN3pLm2 >> /etc/wpa_supplicant.conf', ['Zq8vN3pLm2']],
  ['wpa_passphrase HomeNet24 Zq8vN3pLm2', ['Zq8vN3pLm2']],
  // Assigned in a hostapd file, it is the passphrase itself.
  ['wpa_passphrase=Zq8vN3pLm2', ['Zq8vN3pLm2']],
  // Fed to the command's input.
  ['echo Zq8vN3pLm2 | vncpasswd -f > ~/.vnc/passwd', ['Zq8vN3pLm2']],
  ['gh secret set API_KEY -b Zq8vN3pLm2 --repo org/x', ['Zq8vN3pLm2']],
]

const NEAR_MISSES = [
  '7z a -p archive.7z dir',
  'zip -r out.zip dir',
  'sqlcmd -S db -E',
  "ssh-keygen -t ed25519 -N '' -f key",
  'ssh-keygen -N "$PASSPHRASE" -f key',
  'az login -u bot -p $AZ_PASS',
  'lftp -u deploy sftp://h',
  'lftp -u',
  'http -a bob GET x',
  'db2 connect to sample',
  'smbclient -L //srv -N',
  'wpa_passphrase Home',
  // The network's name alone, with a digit: the command prompts for the passphrase.
  'wpa_passphrase HomeNet24',
  'sudo wpa_passphrase Guest_Wifi3 | tee wpa.conf',
  'WPA_PASSPHRASE Cafe_5G2\n# reading passphrase from stdin',
  'vncpasswd -f < pw.txt',
  'gh secret set API_KEY < key.txt',
  'az group create -n rg1 -l westeurope',
  // Under deployments and deployment stacks `-p` is `--parameters`.
  'az deployment group create -g rg1 -f main.bicep -p @prod.params3.json',
  'AZ DEPLOYMENT sub create -l westeurope -f main.bicep -p region=weu2',
  'az stack group create -n s1 -g rg1 -f main.bicep -p @stack2.bicepparam',
  'rdesktop -p - host',
  'cqlsh -u cassandra -p',
  'mosquitto_pub -P %MQTT_PW% -t x',
  'unzip -P "$ZIP_PW" x.zip',
  'Run http -a to authenticate, then zip the logs.',
  'bcp -P',
  'db2 connect to sample user app using',
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...NEAR_MISSES]

t.test('a password given to a tool by its flag, login, keyword, place or input is found', async (t) => {
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
  assertFastAsFull(t, ALL_TEXTS, { seed: 2030, withFindings: 50 })
})

t.test(
  "the reader's precheck skips URLs and words that only hold a tool's name, and passes every text it finds in",
  async (t) => {
    const mayMatch = (text: string) => toolPasswordDetector.mayMatch?.(text, textFacts(text)) !== false
    for (const everyday of [
      'See https://example.com/docs and http://localhost:8080/health for details.',
      'Download the archive.zip, then run the gh CLI: gh pr create --fill',
      'The bazaar at Plaza Mayor opens at nine; ask for the rarest tea.',
      'curl -fsSL https://get.example.io/install.sh | sh',
    ]) {
      t.notOk(mayMatch(everyday), `skipped: ${everyday}`)
    }
    const read = CASES.map(([text]) => text).filter((text) => toolPasswordDetector.find(text).length > 0)
    t.ok(read.length >= 10, `${read.length} cases hold the reader's shapes`)
    for (const text of read) t.ok(mayMatch(text), `read: ${text.slice(0, 40)}`)
  },
)
