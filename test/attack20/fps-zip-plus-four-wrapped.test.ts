import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (Python, C, shell and man page sources). A GPL
 * header wrapped in a comment breaks the Free Software Foundation's address after `Boston, MA`: the ZIP+4 code
 * opens the next line behind the comment's leader (`# 02110-1301  USA`, ` * 02110-1301 USA`), and was redacted as a
 * phone number: the state's abbreviation was looked for on the code's own line only (phone.ts' isZipPlusFour). Every
 * Python module or C file pasted whole with its licence lost a line and counted a phone number in its audit entry.
 */

const WRAPPED = [
  '# along with this program; if not, write to the Free Software\n# Foundation, Inc., 51 Franklin Street, Fifth Floor,' +
    ' Boston, MA\n# 02110-1301  USA',
  '/*\n * Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA\n * 02110-1301 USA\n */',
  '// Foundation, Inc., 59 Temple Place, Suite 330, Boston, MA\r\n// 02111-1307  USA',
  ';; Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA\n;; 02110-1301, USA.',
  '-- Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA\n-- 02110-1301 USA',
  '.\\" Foundation, Inc., 59 Temple Place, Suite 330, Boston, MA\n.\\" 02111-1307, USA.',
  'Free Software Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA\n02110-1301, USA.',
  '   Boston, MA,\n   02110-1301 USA',
]

t.test('a ZIP+4 code on the line after its state is no phone number', async (t) => {
  assertNothingFound(t, [...WRAPPED, WRAPPED.join('\n')])
})

t.test('a number is still a phone number on the line after a state where words stand between', async (t) => {
  assertFoundAs(
    t,
    [
      ['Boston, MA\nTel. 02110-1301', '02110-1301'],
      ['Boston, MA\n# Rufen Sie an: 06221-4711', '06221-4711'],
      // A word of two capitals that is no state's abbreviation.
      ['Büro XY\n# 02110-1301', '02110-1301'],
      // Spaced, the groups are a number's, on either line.
      ['Boston, MA\n# 0211 01301', '0211 01301'],
    ],
    'phone',
  )
})

t.test('a wrapped GPL header streamed comes out as the whole one', async (t) => {
  assertStreamedAsWhole(t, WRAPPED)
})
