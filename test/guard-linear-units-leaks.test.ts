import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readers widened by the leaks attack of round 20 (test/attack20/leaks-*.test.ts), in a process of their own
// (the work meter patches the regex and string primitives of its process).
linearWorkOnUnits('a literal login pair handed to a base64 encoder', [
  "btoa('admin:Xk9mQ2vLp7') ",
  "btoa('a:a:a:a:a:a:a:a:a:a:a:a:a:a:a:a:a:a:a:a ",
  'Buffer.from("admin:Xk9mQ2vLp7") ',
  'echo -n admin:Xk9mQ2vLp7 echo ',
  'b64encode(b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'EncodeToString([]byte(Encoding.UTF8.GetBytes(',
])

linearWorkOnUnits("a secret's parts after its line continuations", [
  'sk-proj-abcDEF123456ghiJKL789\\\nmnoPQR012\\\n',
  'API_KEY=Xk9mQ2vLp7Rt4Wz8Nc3B\\\n5Hq1\\\n \\\n',
  '\\\n\\\n  -',
])

linearWorkOnUnits('password labels: Hungarian pedig, Turkish accusatives, braces, p=, a random bracketed word', [
  'a jelszavam pedig Xk9mQ2vLp7 ',
  'jelszavam pedig pedig ',
  'şifremi Xk9mQ2vLp7 olarak ',
  'şifremizi şifreyi parolamı ',
  'password {prod} Xk9mQ2vLp7 ',
  'pw {a} pw (Xk9mQ2vLp7) pw [b] ',
  'username=admin p=Xk9mQ2vLp7 ',
  'u=u=u=p=',
])

linearWorkOnUnits('a leader or a drawn arrow between a name and its value', [
  'Password ....... Xk9mQ2vLp7 ',
  'password . . . . . . . . . . . . . ',
  'pw ________________________________________________________________________________________ ',
  'token ------> token ==> pw » pw ⇒ ',
  'password-------',
])

linearWorkOnUnits('national ids: a henkilötunnus, an AHV number, a fødselsnummer and a T.C. kimlik number', [
  'HETU 131052-308T ',
  '131052A308 131052- ',
  '756.1234.5678.97 756.1234. ',
  'fnr 15038545660 ',
  'tc kimlik 12345678950 kimlik ',
])

linearWorkOnUnits('a JWT wrapped over two lines', [
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1LTQ4\nMjEzIn0.Zk3Qv9LmP2xR7tW4yN8cB1hJ6dF0gA5sE3uI9oK2lMn ',
  'eyJhbGciOiJIUzI1NiJ9\n.eyJ\n.',
  'eyJ\n eyJ\n  eyJ.',
])

linearWorkOnUnits('an e-mail address written against harvesters', [
  'jane.doe [at] northwind [dot] io ',
  'a at b dot c at d dot ',
  '[at][at](at){at}<at>[@](@) ',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa at bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb dot ',
  'x.y at a.b.c.d.e.f.g.h.i.j.k ',
])

linearWorkOnUnits('a typing tag before a block scalar indicator', [
  'password: !!str |\n  Xk9mQ2vLp7\n',
  'pw: !a pw: !!b   pw: !c |',
  'token: !!binary >-\n',
])

linearWorkOnUnits("a secret store's CLI fed its value", [
  'echo Xk9mQ2vLp7 | gh secret set A\n',
  'gh secret set A <<< Xk9mQ2vLp7 ',
  'gh secret set gh secret set <<< <<< ',
  'echo a | echo b | vercel env add X ',
])
