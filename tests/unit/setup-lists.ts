// Vitest setup (unit project): registers the bundled word and name lists, as the CLI does.
import '../../lib/lists/bundled';
