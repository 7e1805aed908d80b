// The example exports in docs/uitrol/ (linked from docs/uitrol.md) are what the builder makes of
// the example policy today: regenerate with `npm run policy:export` after changing the schema.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { exportFiles, seededUuids } from '../../../lib/policy/exports/files';
import { DEFAULT_IDS } from '../../../lib/policy/exports/ids';
import { importPolicy } from '../../../lib/policy/exports';
import { examplePolicy } from './fixtures';

describe('docs/uitrol example files', () => {
  it.each(exportFiles(examplePolicy, DEFAULT_IDS, 'postwijs').map((f) => [f.fileName, f]))('%s is current and reads back to the example', (name, file) => {
    const onDisk = readFileSync(new URL(`../../../docs/uitrol/${name}`, import.meta.url));
    expect(Buffer.from(file.bytes).equals(onDisk)).toBe(true);
    expect(importPolicy(new Uint8Array(onDisk)).policy).toBeDefined();
  });

  it('seeded UUIDs are valid, distinct and repeatable', () => {
    const a = seededUuids('x');
    const list = [a(), a(), a()];
    expect(new Set(list).size).toBe(3);
    for (const u of list) expect(u).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-8[0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(seededUuids('x')()).toBe(list[0]);
  });
});
