#!/usr/bin/env node
import { runCheck } from '../lib/cli/check-command';

const code = await runCheck(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
});
process.exitCode = code;
