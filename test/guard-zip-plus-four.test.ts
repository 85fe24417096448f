import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// A US ZIP+4 code after its state's abbreviation is a postal code, not a European number with a trunk 0
// (phone.ts' isZipPlusFour): the Free Software Foundation's address closes every GPL header pasted with its code.

t.test('a ZIP+4 code after a state abbreviation is no phone number', async (t) => {
  assertNothingFound(t, [
    ' * along with this program; if not, write to the Free Software\n * Foundation, Inc., 51 Franklin Street, Fifth Floor,' +
      ' Boston, MA 02110-1301, USA.\n */',
    'Free Software Foundation, Inc., 59 Temple Place - Suite 330, Boston, MA  02111-1307, USA',
    'Ship to: 1600 Amphitheatre Parkway, Mountain View, CA, 94043-1351',
    'Acme Corp\n742 Evergreen Terrace\nSpringfield, OR 97403-1234\nUnited States',
    'PO Box 12, Juneau AK 99801-0012',
  ])
})

t.test('the same digits are a phone number where no state stands before them', async (t) => {
  assertFoundAs(
    t,
    [
      ['Tel. 02110-1301', '02110-1301'],
      ['Rufen Sie an: 06221-4711', '06221-4711'],
      // A word of two capitals that is no state's abbreviation.
      ['Büro XY 02110-1301', '02110-1301'],
      // The dash ties the ZIP to its four: spaced, the groups are a number's.
      ['Boston, MA 0211 01301', '0211 01301'],
    ],
    'phone',
  )
})

t.test('a streamed GPL header comes out as the whole one', async (t) => {
  assertStreamedAsWhole(t, [
    '/*\n * You should have received a copy of the GNU General Public License along with this program; if not,' +
      ' write to the Free Software Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301, USA.\n */',
    'Call 06221-4711 or write to Boston, MA 02110-1301.',
  ])
})
