// Lints an OpenAPI document with the pinned Redocly CLI and this directory's redocly.yaml.
// Usage: node lint.mjs <document>. Prints the CLI's report; exits with its code (non-zero on any error).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const document = process.argv[2];
if (!document) {
  console.error('usage: node lint.mjs <openapi document>');
  process.exit(2);
}
const run = spawnSync(process.execPath,
  [cli, 'lint', document, '--config', join(here, 'redocly.yaml'), '--format', 'stylish', '--max-problems', '1000'],
  // no telemetry, no update check: CI must not depend on Redocly's servers
  { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
if (run.error) {
  console.error(run.error.message);
  process.exit(2);
}
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exit(run.status ?? 2);
