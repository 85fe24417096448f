import t from 'tap'
import { assertFastAsFull, assertFoundAs, assertNothingFound } from './helpers/guard-cases.js'

// A password in a URL is one whatever the scheme (blocks.ts CONNECTION_URL reads any RFC 3986 scheme, compound ones
// such as `git+https` whole): proxies, cameras, brokers, remote desktops and shares, found as `database_url`.

t.test('a password in a URL of a scheme the attack did not name is redacted as a credential URL', async (t) => {
  const cases: Array<[string, string]> = [
    ['WS_URL=wss://bot:Zr8kQm2vLx5t@chat.hydro-nord.de/socket', 'Zr8kQm2vLx5t'],
    ['export https_proxy=socks5://bob:Zr8kQm2vLx5t@10.0.0.5:1080', 'Zr8kQm2vLx5t'],
    ['open smb://WORKGROUP;jdoe:Zr8kQm2vLx5t@fileserver.lan/share', 'Zr8kQm2vLx5t'],
    ['remote: vnc://admin:Zr8kQm2vLx5t@desk-12.lan:5900', 'Zr8kQm2vLx5t'],
    ['COAP=coap+tcp://dev:Zr8kQm2vLx5t@iot.hydro-nord.de', 'Zr8kQm2vLx5t'],
  ]
  assertFoundAs(t, cases, 'database_url')
})

t.test('controls: placeholders, default passwords and URLs without a password stay clean', async (t) => {
  assertNothingFound(t, [
    'ffplay rtsp://admin:password@camera.local:554/',
    'mqtt://user:<password>@broker.local:1883',
    'git clone git+ssh://git@github.com/org/repo.git',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell placeholder is what this case tests
    'nats://${NATS_USER}:${NATS_PASS}@nats.local:4222',
    'a://b:c@d.test and an overlong scheme aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa://u:Zr8kQm2vLx5t@h.test',
  ])
})

t.test('the fast path reads these URLs as the full scan does', async (t) => {
  assertFastAsFull(
    t,
    [
      'ALL_PROXY=socks5h://bob:Vq4mZt8wLp2k@proxy.lyon-transit.fr:1080',
      'pip install git+https://ci-bot:Rq2vNz7kWp4m@git.lyon-transit.fr/libs/geo.git@v1.4.0',
      'x jdbc:mysql+srv://app:Rq2vNz7kWp4m@db.lan/app y svn+ssh://bob:Rq2vNz7kWp4m@svn.lan/repo',
    ],
    { seed: 1717, withFindings: 100 },
  )
})
