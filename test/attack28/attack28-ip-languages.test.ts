import t from 'tap'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28 (attack28), an outside tester's probe of ips28 in other languages: whose the address is said after its
 * words in German, Russian and Polish (`IP-Adresse des Kunden`, `IP-адрес пользователя`, `adres IP klienta`), and
 * before them in Chinese, Japanese and Korean (`用户IP`, `我的IP是`, `私のIPアドレスは`, `사용자 IP`, `내 IP는`), kept
 * the address in clear.
 */

const A = '81.2.69.160'

t.test('whose the address is, in other languages', async (t) => {
  assertFoundAs(
    t,
    [
      [`IP-Adresse des Kunden: ${A}`, A],
      [`die IP des Benutzers war ${A}`, A],
      [`IP-адрес пользователя: ${A}`, A],
      [`IP клиента ${A}`, A],
      [`adres IP klienta: ${A}`, A],
      [`IP użytkownika: ${A}`, A],
      [`用户IP：${A}`, A],
      [`客户端IP地址: ${A}`, A],
      [`我的IP是${A}`, A],
      [`我的IP地址是 ${A}`, A],
      [`私のIPアドレスは${A}です`, A],
      [`ユーザーのIP: ${A}`, A],
      [`사용자 IP: ${A}`, A],
      [`내 IP는 ${A} 입니다`, A],
    ],
    'ip_address',
  )
})

t.test('a server’s or a company’s address stays clean', async (t) => {
  assertNothingFound(t, [
    `服务器IP：${A}`,
    `サーバーのIPアドレスは${A}`,
    `IP des Servers: ${A}`,
    `IP сервера ${A}`,
    `사내 IP: ${A}`,
    `서버 IP: ${A}`,
  ])
})

linearWorkOnUnits('whose the address is, in other languages', ['ip-adresse des ', 'ip клиента ', '用户ip ', '내 ip '])
