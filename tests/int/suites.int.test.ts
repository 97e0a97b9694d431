/**
 * The Local API suites in tests/int/*.suite.ts, run on one Payload and one SQLite database.
 * Booting Payload in a test file costs seconds (its modules load and warm up again in every file);
 * most of these suites' tests take milliseconds, so they share a boot (tests/helpers/payload.ts).
 *
 * Sharing a database, each suite looks only at the documents and users it made (by id, slug or a
 * name of its own) or at the four role users every suite gets. Jest runs the suites' root-level
 * `beforeAll` hooks first, in this order, then their tests. Mail goes to the in-memory transport
 * for all of them, as the notifications suite needs it from the boot on.
 * One suite alone: `npx jest tests/int/suites.int.test.ts -t '<a describe or test name>'`.
 */
import './notifications.suite'
import './webhooks.suite'
import './media.suite'
import './publication-integrity.suite'
import './access.suite'

process.env.EMAIL_TRANSPORT = 'memory'
