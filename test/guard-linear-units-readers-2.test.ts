import { linearWorkOnUnits } from './helpers/linear-units.js'

// Crafted units for the readers widened after attack 14 (the later ones; the first are in
// guard-linear-units-readers.test.ts: one file ran past the suite's per-file limit under coverage), in a process of their own (the work meter patches the regex
// and string primitives of its process): doubling a unit's repetitions must at most double the counted work.

// The readings review 18's recall findings changed: an SSN table read without a rule (aligned columns) and its rows'
// other cells, a header with more than the keyword, a Wi-Fi key's labels (netsh aligns its colons), the account
// tools' word before a command or a setter, a security key's label before a device, a Windows switch after a slash,
// a net user operand opening with a bracket, and CONNECT after RMAN's prompt and in inline code.
linearWorkOnUnits('aligned SSN columns, Wi-Fi key labels, command operands and Oracle prompts', [
  'name  ssn  dob\n',
  'name  ssn  dob\nJane  536221234  1980\n',
  'ssn  ssn  ssn  ',
  'Name | SSN | Phone\nJohn | 123456789 | 555-0100\n',
  'SSN/Tax ID,Name\n123456789,John\n',
  'Key Content                    : ',
  'WPA2 key: Kx8mQ2zzT9 ',
  'network network key ',
  'sudo -u a -u a -u a ',
  "conf.set('mysql', 'passwd', 'hunter2024') ",
  'security key: YubiKey5 ',
  'login: alice /times:a ',
  'net user a <b /add ',
  'net user a [b | *] ',
  'RMAN> connect target sys/Oracle2024x@prod\n',
  '`connect scott/Tiger2024x@orcl` ',
])

// The readings review 20's findings changed: a Wi-Fi key read to its line's end (or its closing quote), a setting or
// a placeholder after a key label.
linearWorkOnUnits('Wi-Fi passphrases to the line end', [
  'Key Content            : correct horse battery staple\n',
  'PSK: a b ',
  'WPA2 key: "a b ',
  'PSK: 128-bit ',
  'Network key: see the sticker ',
])

// Review 22: a line after a key label is read word by word to tell a sentence from a passphrase.
linearWorkOnUnits('Wi-Fi key label prose read word by word', [
  'PSK: the one under your router\n',
  'PSK: a b c d e f g h i j k l ',
  'WPA2 key: Printed underneath.\n',
  "PSK: it's l'étiquette ",
])

linearWorkOnUnits('aligned SSN tables read past ragged rows', [
  'Name    SSN        DOB\n',
  'Mary  Jane  536221235\n',
  'MaryJane  536221235  1991\n',
])

linearWorkOnUnits('passwd after labels, list lines, brackets and bars', [
  'User: admin\npasswd a ',
  'a | passwd a ',
  'run: passwd a ',
  '$ a | passwd a\n',
])

// SSN columns read row by row as long as rows keep coming (table-reach.ts), pasted again and again.
linearWorkOnUnits('SSN tables read row by row', [
  'Name,SSN\nJane,536221234\n',
  ' name | ssn\n------+-----\n Jane | 536221234\n',
  'name  ssn\nJane  536221234\nJohn  536221235\n',
  'Jane  536221234  1990\n',
])

// Review 25: a Wi-Fi key's line is matched against a length rule and a place before it is read as a phrase; Wi-Fi
// password labels and German Wi-Fi compounds read their line as a key's label does; a label line's value takes in its
// closing punctuation (its line read back 120 characters at most); a quote after a name's operator is looked back on,
// within 200 characters, for the literal it closes; a note's label and three words are looked back on before passwd.
linearWorkOnUnits('review 25: Wi-Fi key notes and labels, value tails, concatenated literals, note labels', [
  'PSK: 8 to 8 to 8 to 8 ',
  'WPA2 key: a b c d on the back of ',
  'Wi-Fi password: over the rainbow\n',
  'WLAN-Schlüssel: blaue Blume im Wald\n',
  'password: Summer2024!\n',
  'password: a1b2c3d4!!!!!!!!!!!! ',
  '"password=" + ',
  'f"pwd={a}&x={b}" ',
  'Note: a b c passwd deploy ',
])
