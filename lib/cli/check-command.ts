// The `check` command (DESIGN §4): one post from the arguments, or many as JSON lines.
// Exit status: 0 nothing at warn or above, 1 some finding at warn/block, 2 usage error or invalid policy.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import '../lists/bundled';
import { checkDraft, strongest } from '../engine';
import { resolvePolicy } from '../policy/validate';
import type { Policy } from '../policy/schema';
import { CONTEXTS, type Draft, type DraftContext, type Finding, type ImageAnalysis, type Lang } from '../types';
import { analyseImageFiles } from '../image/node';

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

const USAGE = `gebruik / usage:
  check [--policy FILE] [--image FILE]... [--context post|reply|comment] [--now ISO-TIME] [--lang nl|en] "tekst"
  check [--policy FILE] [--now ISO-TIME] [--lang nl|en] --jsonl < posts.jsonl`;

/** The JSON shape of one result line. */
function resultLine(id: unknown, findings: Finding[]): string {
  return JSON.stringify({ id, findings });
}

function loadPolicy(path: string | undefined, io: Io): Policy | undefined {
  if (!path) return resolvePolicy(undefined).policy;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    io.stderr(`Beleid niet te lezen / cannot read policy ${path}: ${(e as Error).message}`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    io.stderr(`Beleid is geen geldige JSON / policy is not valid JSON (${path}): ${(e as Error).message}`);
    return undefined;
  }
  const { policy, problems } = resolvePolicy(json);
  if (problems.length) {
    for (const p of problems) io.stderr(`beleid/policy ${p.path}: ${p.reason.nl} / ${p.reason.en}`);
    io.stderr(`${path}: ${problems.length} fout(en) in het beleid, niets gecontroleerd / ${problems.length} problem(s) in the policy, nothing checked`);
    return undefined;
  }
  return policy;
}

// ISO 8601 only: Date.parse accepts other formats differently per runtime ("3/10/2026" is March or
// October). Without an offset the time is local, as the lesson hours in the policy are.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseNow(value: string | undefined): Date | undefined | 'invalid' {
  if (value === undefined) return undefined;
  if (!ISO_TIME.test(value.trim())) return 'invalid';
  const d = new Date(value.trim());
  return Number.isNaN(d.getTime()) ? 'invalid' : d;
}

export async function runCheck(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        policy: { type: 'string' },
        image: { type: 'string', multiple: true },
        context: { type: 'string' },
        now: { type: 'string' },
        lang: { type: 'string' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const lang: Lang = values.lang === 'en' ? 'en' : 'nl';
  if (values.lang && values.lang !== 'nl' && values.lang !== 'en') {
    io.stderr(`--lang: nl of en / nl or en\n${USAGE}`);
    return 2;
  }
  const now = parseNow(values.now);
  if (now === 'invalid') {
    io.stderr(`--now: geen geldige ISO-tijd zoals 2026-03-10T10:00 / not a valid ISO time such as 2026-03-10T10:00: ${values.now}\n${USAGE}`);
    return 2;
  }
  const context = (values.context ?? 'post') as DraftContext;
  if (!CONTEXTS.includes(context)) {
    io.stderr(`--context: post, reply of comment\n${USAGE}`);
    return 2;
  }
  const policy = loadPolicy(values.policy, io);
  if (!policy) return 2;

  if (values.jsonl) {
    if (positionals.length || values.image?.length) {
      io.stderr(`--jsonl leest posts van standaardinvoer; geef geen tekst of --image mee / reads posts from stdin\n${USAGE}`);
      return 2;
    }
    return runJsonl(io, policy, lang, now);
  }
  if (positionals.length !== 1) {
    io.stderr(`geef precies één tekst / give exactly one text\n${USAGE}`);
    return 2;
  }
  let findings: Finding[];
  try {
    const images = values.image?.length ? await analyseImageFiles(values.image) : [];
    const draft: Draft = { text: positionals[0]!, context, hasImages: images.length > 0, images, now };
    findings = checkDraft(draft, policy, { lang });
  } catch (e) {
    // Never exit 0 on a post that was not checked: 0 would read as "nothing found".
    const message = `controle mislukt / check failed: ${(e as Error).message}`;
    io.stdout(JSON.stringify({ id: 'cli', error: message }));
    io.stderr(message);
    return 2;
  }
  io.stdout(resultLine('cli', findings));
  return exitCode(findings);
}

function exitCode(findings: Finding[]): number {
  const s = strongest(findings);
  return s === 'warn' || s === 'block' ? 1 : 0;
}

type JsonlInput = { id?: unknown; text?: unknown; context?: unknown; hasImages?: unknown; images?: unknown; now?: unknown };

async function runJsonl(io: Io, policy: Policy, lang: Lang, now: Date | undefined): Promise<number> {
  let worst = 0;
  let lineNo = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let input: JsonlInput;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
      input = parsed as JsonlInput;
    } catch (e) {
      io.stdout(JSON.stringify({ id: `line ${lineNo}`, error: `regel ${lineNo} is geen geldig JSON-object / line ${lineNo} is not a valid JSON object: ${(e as Error).message}` }));
      continue;
    }
    const id = input.id ?? `line ${lineNo}`;
    const problem = describeBadInput(input);
    if (problem) {
      io.stdout(JSON.stringify({ id, error: problem }));
      continue;
    }
    try {
      const paths = (input.images as string[] | undefined) ?? [];
      const images: ImageAnalysis[] = paths.length ? await analyseImageFiles(paths) : [];
      const lineNow = typeof input.now === 'string' ? (parseNow(input.now) as Date) : now;
      const draft: Draft = {
        text: input.text as string,
        context: (input.context as DraftContext | undefined) ?? 'post',
        hasImages: Boolean(input.hasImages) || images.length > 0,
        images,
        now: lineNow,
      };
      const findings = checkDraft(draft, policy, { lang });
      io.stdout(resultLine(id, findings));
      worst = Math.max(worst, exitCode(findings));
    } catch (e) {
      io.stdout(JSON.stringify({ id, error: `controle mislukt / check failed: ${(e as Error).message}` }));
    }
  }
  return worst;
}

function describeBadInput(input: JsonlInput): string | undefined {
  if (typeof input.text !== 'string') return '"text" ontbreekt of is geen tekst / "text" is missing or not a string';
  if (input.context !== undefined && !CONTEXTS.includes(input.context as DraftContext))
    return `"context" moet post, reply of comment zijn / must be post, reply or comment (kreeg/got ${JSON.stringify(input.context)})`;
  if (input.images !== undefined && (!Array.isArray(input.images) || input.images.some((p) => typeof p !== 'string')))
    return '"images" moet een lijst met bestandspaden zijn / must be a list of file paths';
  if (input.hasImages !== undefined && typeof input.hasImages !== 'boolean')
    return `"hasImages" moet true of false zijn / must be true or false (kreeg/got ${JSON.stringify(input.hasImages)})`;
  if (input.now !== undefined && (typeof input.now !== 'string' || parseNow(input.now) === 'invalid'))
    return `"now" moet een ISO-tijd zijn zoals 2026-03-10T10:00 / must be an ISO time such as 2026-03-10T10:00 (kreeg/got ${JSON.stringify(input.now)})`;
  return undefined;
}
