/** `npm run check:data [file]`: validates a dataset (default data/campaigns.json, or $DATA). */
import { checkDataFile } from './check-data-lib.ts';

const file = process.argv[2] ?? process.env.DATA ?? 'data/campaigns.json';
const { ok, lines } = checkDataFile(file);
if (ok) console.log(lines.join('\n'));
else {
  console.error(lines.join('\n'));
  console.error(`${lines.length} problem${lines.length > 1 ? 's' : ''} found.`);
  process.exit(1);
}
