// npm run eval:images — runs the image engine and the rules on the labelled image set
// (tests/fixtures/images/labels.jsonl) and prints precision/recall per rule, OCR word recall on
// the rendered text images, and the estimated ages per kind of photo.
//   --fairface DIR   also report the age model on all 540 FairFace faces of DIR (ground_truth.json)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import '../lib/lists/bundled';
import { checkDraft } from '../lib/engine';
import { analyseImageFiles, shutdownImageEngine } from '../lib/image/node';
import { resolvePolicy } from '../lib/policy/validate';
import type { Draft, RuleId } from '../lib/types';

const { values } = parseArgs({ options: { fairface: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } } });
const policy = resolvePolicy(undefined).policy;
type Label = { id: string; text: string; images: string[]; expect: RuleId[]; kind: string; words?: string };
const labels: Label[] = readFileSync('tests/fixtures/images/labels.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));

const RULES: RuleId[] = ['child-portrait', 'photo-consent', 'named-photo', 'unchecked-image'];
const counts = new Map(RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
let ocrWords = 0;
let ocrFound = 0;
const imageSourced: string[] = [];
const wrong: string[] = [];
const started = Date.now();
for (const label of labels) {
  const images = await analyseImageFiles(label.images);
  const draft: Draft = { text: label.text, context: 'post', hasImages: true, images };
  const findings = checkDraft(draft, policy);
  const fired = new Set(findings.map((f) => f.rule));
  for (const rule of RULES) {
    const c = counts.get(rule)!;
    const want = label.expect.includes(rule);
    if (want && fired.has(rule)) c.tp++;
    else if (want) c.fn++;
    else if (fired.has(rule)) c.fp++;
  }
  const missed = label.expect.filter((r) => !fired.has(r));
  const extra = RULES.filter((r) => fired.has(r) && !label.expect.includes(r));
  if (missed.length || extra.length)
    wrong.push(`${label.id}: missed [${missed}] extra [${extra}] faces ${JSON.stringify(images.map((i) => i.faces?.map((f) => f.age) ?? i.status))}`);
  if (label.words) {
    const got = (images[0]?.text ?? '').toLowerCase();
    const words = label.words.toLowerCase().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    ocrWords += words.length;
    ocrFound += words.filter((w) => got.includes(w.replace(/[!:,]$/, ''))).length;
    for (const f of findings) if (f.source === 'image') imageSourced.push(`${label.id}: ${f.rule} “${f.excerpt ?? ''}”`);
  }
  if (values.verbose) console.log(label.id, JSON.stringify(images.map((i) => ({ s: i.status, faces: i.faces?.map((f) => [f.age, f.childProbability]), text: i.text }))), [...fired]);
}
await shutdownImageEngine();

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
console.log(`\n${labels.length} labelled posts with images, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
console.log('rule              precision  recall   tp  fp  fn');
for (const [rule, c] of counts) console.log(`${rule.padEnd(18)}${pct(c.tp / (c.tp + c.fp)).padStart(9)}${pct(c.tp / (c.tp + c.fn)).padStart(8)}${String(c.tp).padStart(5)}${String(c.fp).padStart(4)}${String(c.fn).padStart(4)}`);
console.log(`\nOCR word recall on rendered text images: ${ocrFound}/${ocrWords} = ${pct(ocrFound / ocrWords)}`);
console.log('findings from text inside images:\n  ' + imageSourced.join('\n  '));
if (wrong.length) console.log('\nnot as labelled:\n  ' + wrong.join('\n  '));

if (values.fairface) {
  const truth: Array<{ filename: string; age: string }> = JSON.parse(readFileSync(join(values.fairface, 'ground_truth.json'), 'utf8'));
  const groups = new Map<string, { n: number; found: number; child: number; unsure: number; adult: number }>();
  const { ageClass } = await import('../lib/image/child');
  for (const t of truth) {
    const [a] = await analyseImageFiles([join(values.fairface, t.filename)], { ocr: false });
    const g = groups.get(t.age) ?? { n: 0, found: 0, child: 0, unsure: 0, adult: 0 };
    g.n++;
    const face = a?.faces?.[0];
    if (face) {
      g.found++;
      g[ageClass(face.childProbability)]++;
    }
    groups.set(t.age, g);
  }
  console.log('\nFairFace, all faces: age group → detected, and of those: child / unsure / adult');
  for (const [age, g] of [...groups].sort()) console.log(`${age.padEnd(6)} ${g.found}/${g.n}  child ${g.child}  unsure ${g.unsure}  adult ${g.adult}`);
}
