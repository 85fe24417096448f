import { linearWorkOnUnits } from './helpers/linear-units.js'

// Crafted units for the readers widened after attack 17 (secrets.ts' values and keywords, secret-value.ts' references),
// in a process of their own (the work meter patches the regex and string primitives of its process): doubling a unit's
// repetitions must at most double the counted work.

// Each spaced quote reads up to one line's bounded value; a here-document opener, a field's name after `&` and a
// backtick command's words are bounded too.
linearWorkOnUnits('spaced quotes, here-documents, form fields, backtick commands and mdp', [
  'password: « ',
  'mot de passe « a',
  '«\u00a0» ',
  'password: „ a “ ',
  'password = <<EOF\n',
  'DB_PASSWORD <<~A.b.c.d\n',
  'password = <<<"EOT"\nVq4mZt8wLp2k\n',
  "read -d '' token <<'EOF' ",
  'password=a&b=',
  '&password=&a',
  'password=Vq4mZt8wLp2k&amp;',
  'password=`cat /a ',
  'password=`cat /a` ',
  'token: `a b c d ',
  'password: ENC[AES256_GCM,data:a',
  'password: EJ[1:a:b:c',
  'mdp : ',
  'mdpmdp',
])
