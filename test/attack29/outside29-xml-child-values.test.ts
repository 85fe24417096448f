import t from 'tap'
import { assertFinds, assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 29 (outside29), an outside tester's probe of XML configuration: a secret named by an element's `name`
 * attribute whose value is a `<value>` child (Spring's `<property name="password"><value>…</value></property>`,
 * .NET's `<setting name="ApiKey" serializeAs="String"><value>…</value></setting>`), and a Java EE descriptor's
 * `<param-name>password</param-name><param-value>…</param-value>` (web.xml's `<init-param>`, `<context-param>`,
 * `<env-entry>`), went out in clear; the .NET setting's next attribute (`serializeAs=`) was reported in its place.
 */

const PASSWORD = 'Qz8kLm2Pwx'
const KEY = 'Qz8kLm2PwxA7bN3vR4tY5uI6'

t.test("a name attribute's value in a `<value>` child", async (t) => {
  assertFinds(t, [
    [`<property name="password"><value>${PASSWORD}</value></property>`, PASSWORD],
    [`<property name="password">\n    <value>${PASSWORD}</value>\n</property>`, PASSWORD],
    [
      `<bean id="ds" class="org.apache.commons.dbcp.BasicDataSource">\n  <property name="username" value="app"/>\n  <property name="password">\n    <value>${PASSWORD}</value>\n  </property>\n</bean>`,
      PASSWORD,
    ],
    [`<setting name="ApiKey" serializeAs="String"><value>${KEY}</value></setting>`, KEY],
    [`<setting name="DbPassword" serializeAs="String">\n  <value>${PASSWORD}</value>\n</setting>`, PASSWORD],
    [`<attribute name="client_secret" type="string"><value>${KEY}</value></attribute>`, KEY],
  ])
})

t.test("a descriptor's `-name` element and its `-value` element", async (t) => {
  assertFinds(t, [
    [`<context-param><param-name>apiKey</param-name><param-value>${KEY}</param-value></context-param>`, KEY],
    [
      `<init-param>\n  <param-name>password</param-name>\n  <param-value>${PASSWORD}</param-value>\n</init-param>`,
      PASSWORD,
    ],
    [
      `<env-entry><env-entry-name>dbPassword</env-entry-name><env-entry-type>java.lang.String</env-entry-type><env-entry-value>${PASSWORD}</env-entry-value></env-entry>`,
      PASSWORD,
    ],
    [
      `<init-param>\n  <param-name>jwt.secret</param-name>\n  <description>signing key</description>\n  <param-value>${KEY}</param-value>\n</init-param>`,
      KEY,
    ],
  ])
  assertFound(t, [
    [`<init-param><param-name>password</param-name><param-value>${PASSWORD}</param-value></init-param>`, PASSWORD],
    [`<property name="password"><value>${PASSWORD}</value></property>`, PASSWORD],
  ])
})

t.test("a tag's attributes after a secret's name are no value", async (t) => {
  assertNothingFound(t, [
    '<setting name="ApiKey" serializeAs="String"><value /></setting>',
    '<setting name="ApiKey" serializeAs="String"/>',
    '<x name="token" serializeAs="String">',
    '<x name="ApiKey" someAttr="String">',
  ])
})

t.test('settings, references and other parameters stay clean', async (t) => {
  assertNothingFound(t, [
    '<setting name="Theme" serializeAs="String"><value>Dark</value></setting>',
    '<setting name="Timeout" serializeAs="String"><value>30</value></setting>',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal reference is the placeholder this case tests
    '<property name="password"><value>${db.password}</value></property>',
    '<property name="password"><ref bean="dbPassword"/></property>',
    '<property name="url"><value>jdbc:mysql://db:3306/app</value></property>',
    '<context-param><param-name>timeout</param-name><param-value>30</param-value></context-param>',
    '<init-param><param-name>passwordPolicy</param-name><param-value>strict</param-value></init-param>',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal reference is the placeholder this case tests
    '<init-param><param-name>password</param-name><param-value>${PASSWORD}</param-value></init-param>',
    '<init-param><param-name>password</param-name><param-value>changeme</param-value></init-param>',
    '<env-entry><env-entry-name>apiKey</env-entry-name><env-entry-type>java.lang.String</env-entry-type></env-entry>',
    'Run it with --name password --region eu-west-1',
    '<param-name>The admin password is required.</param-name><param-value>Qz8kLm2Pwx</param-value>',
  ])
})

linearWorkOnUnits('XML child values', [
  '<property name="password"><value>Qz8kLm2Pwx</value></property>',
  '<p-name>password</p-name><x></x><x></x><x></x>',
  '<a-name>',
  '<setting name="k" a=',
])
