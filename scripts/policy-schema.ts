// Writes public/managed_schema.json from lib/policy/schema.ts (see lib/policy/managed-schema.ts).
import { writeFileSync } from 'node:fs';
import { renderManagedSchema } from '../lib/policy/managed-schema';

writeFileSync(new URL('../public/managed_schema.json', import.meta.url), renderManagedSchema());
console.log('public/managed_schema.json bijgewerkt');
