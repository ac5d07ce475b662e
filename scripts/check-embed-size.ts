/**
 * Prints the host script's gzip size and fails above its 3 KB budget: partners
 * load it on their own pages. Usage: tsx scripts/check-embed-size.ts [dir] (default $DIST or dist).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 3 * 1024;
const dir = process.argv[2] ?? process.env.DIST ?? 'dist';
const file = join(dir, 'embed.js');
const bytes = readFileSync(file);
const gzip = gzipSync(bytes, { level: 9 }).length;
const line = `${file}: ${bytes.length} B, ${gzip} B gzip (budget ${BUDGET} B)`;
if (gzip > BUDGET) {
  console.error(`${line}: over budget`);
  process.exit(1);
}
console.log(line);
