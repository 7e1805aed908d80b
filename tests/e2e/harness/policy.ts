// Managed (enterprise) policy for the extension in tests, the way schools roll it out: Chromium on
// Linux reads every *.json in /etc/chromium/policies/managed/ at start; extension policy goes under
// "3rdparty" → "extensions" → <extension id> and reaches the extension as chrome.storage.managed
// (only for keys its managed_schema declares). Writing there needs root; CI runs as root.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANAGED_POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** The id Chromium gives an unpacked extension: the first 128 bits of the SHA-256 of the
 *  manifest's "key" (the DER public key) or, without a key, of the folder's absolute path, written
 *  with the letters a–p instead of hex digits. */
export function unpackedExtensionId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { key?: string };
  const source = manifest.key ? Buffer.from(manifest.key, 'base64') : realpathSync(extensionDir);
  const hex = createHash('sha256').update(source).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Writes `policy` as the managed policy of the extension `extensionId`, in a file of its own
 *  (named after this process, so parallel runs and other policies are left alone). Returns the
 *  file, to pass to clearManagedPolicy(). Takes effect for browsers launched afterwards. */
export function writeManagedPolicy(extensionId: string, policy: object): string {
  const file = join(MANAGED_POLICY_DIR, `postwijs-test-${process.pid}.json`);
  try {
    mkdirSync(MANAGED_POLICY_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      throw new Error(`Cannot write ${file}: a managed policy needs root (CI runs as root), or set CHROMIUM_POLICY_DIR for a browser that reads another folder.`);
    }
    throw error;
  }
  return file;
}

export function clearManagedPolicy(file: string): void {
  rmSync(file, { force: true });
}
