// Runs the check command in-process with fake standard streams.
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCheck } from '../../../lib/cli/check-command';

export interface CliResult {
  code: number;
  /** stdout, one entry per line written. */
  out: string[];
  err: string;
  /** stdout lines parsed as JSON (throws on a line that is not JSON). */
  readonly json: Record<string, unknown>[];
}

export const policyFile = (name: string) => fileURLToPath(new URL(`../../fixtures/policies/${name}`, import.meta.url));

export async function cli(argv: string[], stdin = ''): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(argv, { stdin: Readable.from([stdin]), stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return {
    code,
    out,
    err: err.join('\n'),
    get json() {
      return out.map((l) => JSON.parse(l) as Record<string, unknown>);
    },
  };
}

export const jsonl = (...objects: unknown[]) => objects.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n') + '\n';
