// Child process of text.bench.ts: the cost of the very first check after start-up.
// Prints one JSON line {importMs, firstMs}. Not a bench section (no .bench.ts suffix).
export {};
const t0 = performance.now();
await import('../../lib/lists/bundled');
const { checkDraft } = await import('../../lib/engine');
const { resolvePolicy } = await import('../../lib/policy/validate');
const { dutchPost } = await import('./text-samples');
const t1 = performance.now();
const { policy } = resolvePolicy(undefined);
const findings = checkDraft({ text: dutchPost(280), context: 'post', hasImages: false, now: new Date('2026-03-10T19:30:00+01:00') }, policy);
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, findings: findings.length }));
