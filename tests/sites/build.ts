// Bundles the three replica apps (React + draft-js for X, React + Lexical for Facebook and
// Instagram) into static files the replica server serves. Runs offline from node_modules with
// esbuild; the result is cached under tests/sites/.build and rebuilt only when a source file or
// the installed editor versions change.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const SITES_DIR = dirname(fileURLToPath(import.meta.url));
export const BUILD_DIR = join(SITES_DIR, '.build');
const ROOT = join(SITES_DIR, '..', '..');
const ALL_APPS = ['x', 'facebook', 'instagram'] as const;
/** Replicas whose sources exist (all three once written). */
const APPS = ALL_APPS.filter((app) => existsSync(join(SITES_DIR, app, 'main.tsx')));
/** Packages whose version is part of the cache key (a reinstall must rebuild). */
const KEY_PACKAGES = ['react', 'react-dom', 'draft-js', 'lexical', '@lexical/react', 'esbuild'];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(tsx?|css)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out.sort();
}

function cacheKey(): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(SITES_DIR)) {
    hash.update(relative(SITES_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const pkg of KEY_PACKAGES) {
    const manifest = join(ROOT, 'node_modules', pkg, 'package.json');
    hash.update(pkg).update(existsSync(manifest) ? String(JSON.parse(readFileSync(manifest, 'utf8')).version) : '-');
  }
  return hash.digest('hex');
}

/** Builds the replica bundles unless the cached ones are current. Returns the bundle folder. */
export async function buildSites(options: { force?: boolean } = {}): Promise<string> {
  const key = cacheKey();
  const stampFile = join(BUILD_DIR, 'stamp');
  const complete = APPS.every((app) => existsSync(join(BUILD_DIR, `${app}.js`)));
  if (!options.force && complete && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === key) {
    return BUILD_DIR;
  }
  // Build into a fresh folder and swap it in, so a concurrent reader never sees half a build.
  const tmp = `${BUILD_DIR}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(APPS.map((app) => [app, join(SITES_DIR, app, 'main.tsx')])),
    outdir: tmp,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome110',
    minify: true,
    sourcemap: false,
    jsx: 'automatic',
    jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis', __DEV__: 'false' },
    logLevel: 'error',
    absWorkingDir: ROOT,
  });
  writeFileSync(join(tmp, 'stamp'), key);
  const old = `${BUILD_DIR}.old-${process.pid}-${Date.now()}`;
  if (existsSync(BUILD_DIR)) renameSync(BUILD_DIR, old);
  renameSync(tmp, BUILD_DIR);
  rmSync(old, { recursive: true, force: true });
  return BUILD_DIR;
}

/** Size in bytes of each built bundle (for the smoke test and the demo's log line). */
export function bundleSizes(): Record<string, number> {
  return Object.fromEntries(APPS.map((app) => [app, statSync(join(BUILD_DIR, `${app}.js`)).size]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  await buildSites({ force: process.argv.includes('--force') });
  console.log(`replica sites built in ${Date.now() - started} ms:`, bundleSizes());
}
