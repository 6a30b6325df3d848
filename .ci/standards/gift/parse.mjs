// Parses a GIFT file (or stdin) with gift-pegjs, the independent parser Fakh's GIFT export must satisfy.
// Prints the parsed questions as JSON; on a syntax error prints the parser's message and location and exits 1.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parse } = require('gift-pegjs');

const source = readFileSync(process.argv[2] ?? 0, 'utf8');
try {
  process.stdout.write(JSON.stringify(parse(source), null, 2) + '\n');
} catch (error) {
  const at = error.location ? ` at line ${error.location.start.line}, column ${error.location.start.column}` : '';
  process.stderr.write(`gift-pegjs: ${error.message}${at}\n`);
  process.exit(1);
}
