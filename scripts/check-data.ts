/**
 * `npm run check:data [file]`: validates a dataset (default data/campaigns.json, or $DATA).
 * Prints one line per problem (`file › campaign id › field: message`) to stderr and exits 1,
 * or a one-line summary and exits 0. The logic lives in check-data-lib.ts.
 */
import { checkDataFile, dataFileFrom } from './check-data-lib.ts';
import { isEntryPoint } from './entry-point.ts';

function main(): number {
  const { ok, lines } = checkDataFile(dataFileFrom(process.argv.slice(2), process.env));
  if (ok) {
    console.log(lines.join('\n'));
    return 0;
  }
  console.error(lines.join('\n'));
  if (!lines[0]?.includes('cannot read the file')) {
    console.error(`${lines.length} problem${lines.length > 1 ? 's' : ''} found.`);
  }
  return 1;
}

if (isEntryPoint(import.meta.url)) process.exitCode = main();
