// Generates Chrome's managed storage schema (public/managed_schema.json, manifest
// storage.managed_schema) from the valibot field schemas, so the two cannot drift:
// `npm run policy:schema` writes the file, tests/unit/policy/managed-schema.test.ts proves it is
// current. Chrome's dialect (JSON Schema draft-03 subset): one `type` per node, top level is an
// object without additionalProperties. Values Chrome finds of the wrong TYPE are dropped before
// the extension sees them (shown on chrome://policy), so the schema declares types only — wrong
// values of the right type (an unknown mode, a bad e-mail) reach validatePolicy, which names them.
import { FIELD_DOCS } from './field-docs';
import { fieldSchemas, POLICY_FIELDS } from './schema';

export type JsonSchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

export interface ManagedSchemaNode {
  type: JsonSchemaType;
  title?: string;
  description?: string;
  properties?: Record<string, ManagedSchemaNode>;
  additionalProperties?: ManagedSchemaNode;
  items?: ManagedSchemaNode;
}

// The subset of valibot's schema objects this walker reads.
interface ValibotNode {
  type: string;
  wrapped?: ValibotNode;
  entries?: Record<string, ValibotNode>;
  item?: ValibotNode;
  value?: ValibotNode;
  options?: unknown[];
  pipe?: { type: string }[];
}

/** Converts one valibot schema into Chrome's schema dialect. Throws on shapes Chrome cannot express. */
export function toManagedNode(schema: ValibotNode): ManagedSchemaNode {
  switch (schema.type) {
    case 'optional':
      return toManagedNode(schema.wrapped!);
    case 'string':
    case 'picklist':
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
      return { type: schema.pipe?.some((a) => a.type === 'integer') ? 'integer' : 'number' };
    case 'array':
      return { type: 'array', items: toManagedNode(schema.item!) };
    case 'record':
      return { type: 'object', additionalProperties: toManagedNode(schema.value!) };
    case 'object': {
      const properties: Record<string, ManagedSchemaNode> = {};
      for (const [key, entry] of Object.entries(schema.entries!)) properties[key] = toManagedNode(entry);
      return { type: 'object', properties };
    }
    case 'union': {
      // Only unions of one JSON type can be expressed (e.g. '' | https-URL, both strings).
      const nodes = (schema.options as ValibotNode[]).map((o) => (o.type === 'literal' ? { type: 'string' as const } : toManagedNode(o)));
      const types = new Set(nodes.map((n) => n.type));
      if (types.size !== 1) throw new Error(`union of ${[...types].join('/')} cannot be a Chrome managed schema type`);
      return nodes[0]!;
    }
    default:
      throw new Error(`valibot type ${schema.type} has no managed schema mapping`);
  }
}

export function managedSchema(): { type: 'object'; properties: Record<string, ManagedSchemaNode> } {
  const properties: Record<string, ManagedSchemaNode> = {};
  for (const field of POLICY_FIELDS) {
    const node = toManagedNode(fieldSchemas[field] as unknown as ValibotNode);
    properties[field] = { title: FIELD_DOCS[field].label.nl, description: FIELD_DOCS[field].help.nl, ...node };
  }
  return { type: 'object', properties };
}

/** The file content of public/managed_schema.json. */
export function renderManagedSchema(): string {
  return `${JSON.stringify({ $schema: 'http://json-schema.org/draft-03/schema#', ...managedSchema() }, null, 2)}\n`;
}
