// Every export of one policy as files (name + bytes), as the builder downloads them; used by
// scripts/policy-export.ts and by the test that keeps the examples in docs/uitrol/ current.
import type { PartialPolicy } from '../schema';
import type { ExtensionIds } from './ids';
import { EXPORT_FORMATS } from './index';
import { toMobileconfig } from './macos';

export interface ExportFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * UUIDs derived from a seed (FNV-1a over seed and counter), so the same policy gives the same
 * .mobileconfig: regenerating unchanged examples changes no file. Randomness is not needed —
 * the UUIDs only tell one profile from another.
 */
export function seededUuids(seed: string): () => string {
  let n = 0;
  const hash = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).toUpperCase().padStart(8, '0');
  };
  return () => {
    const k = `${seed}:${n++}`;
    const h = hash(k) + hash(`a${k}`) + hash(`b${k}`) + hash(`c${k}`);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
}

export function exportFiles(policy: PartialPolicy, ids: ExtensionIds, seed?: string): ExportFile[] {
  return EXPORT_FORMATS.map((format) => {
    const text =
      format.id === 'macos' && seed !== undefined
        ? toMobileconfig(policy, { chrome: ids.chrome, edge: ids.edge, uuid: seededUuids(seed) })
        : format.build(policy, ids);
    return { fileName: format.fileName, bytes: format.encode(text) };
  });
}
