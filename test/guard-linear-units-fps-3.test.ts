import { linearWorkOnUnits } from './helpers/linear-units.js'

// The false-positive round's last readers (test/attack20/fps-config-file-values, fps-prefixed-class-names), in a
// process of their own as test/guard-linear-units-fps.test.ts: doubling a unit's repetitions must at most double the
// counted work.
linearWorkOnUnits('false positives of ordinary code and text, 3', [
  "'PKPaymentToken', 'PKPushCredentials', ",
  "'TKTokenKeychainItem', 'TKTokenPasswordAuthOperation', ",
  'secret=_XXmSavmpNqAbcdefAbcdefAbcdef ',
  'authorityKeyIdentifier=keyid:always,issuer\n',
  'private_key = $dir/private/cakey.pem\nkpasswd 464/tcp\n',
])
