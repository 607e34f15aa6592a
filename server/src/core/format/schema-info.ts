import { buildJsonSchema } from './json-schema';

/**
 * The JSON Schema of the application format, built from keys.ts and vocabulary.ts (the same
 * object `npm run generate` writes to schemas/partnership-application.schema.json), read as data:
 * which keys a mapping allows, which values an enumeration holds, and the descriptions that hover
 * and completion show. Validation itself runs through the code generated from the written file
 * (generated/schema-validator.js), never by compiling the schema here.
 */
export interface SchemaNode {
  readonly $schema?: string;
  readonly $ref?: string;
  readonly title?: string;
  readonly description?: string;
  readonly 'x-description-sv'?: string;
  readonly markdownDescription?: string;
  readonly 'x-markdown-description-sv'?: string;
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly enumDescriptions?: readonly string[];
  readonly 'x-enum-descriptions-sv'?: readonly string[];
  readonly const?: string;
  readonly format?: string;
  readonly examples?: readonly string[];
  readonly default?: boolean;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly minItems?: number;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly patternProperties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
  readonly if?: SchemaNode;
  readonly then?: SchemaNode;
}

export const APPLICATION_SCHEMA: SchemaNode = buildJsonSchema();

/** Follows `$ref`s (local `#/definitions/...` only) to the schema they name. */
export function resolveSchema(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let depth = 0; current?.$ref !== undefined && depth < 16; depth++) {
    const match = /^#\/definitions\/(.+)$/.exec(current.$ref);
    current = match ? APPLICATION_SCHEMA.definitions?.[match[1]] : undefined;
  }
  return current;
}

function own<T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/**
 * The schema that describes the value at `path` (keys of mappings and indexes of lists from the
 * top of the document), or undefined when the path leaves the format (an unknown key) or enters
 * a free `x-` extension field.
 */
export function schemaAt(path: readonly (string | number)[]): SchemaNode | undefined {
  let node = resolveSchema(APPLICATION_SCHEMA);
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = resolveSchema(node.items);
    else node = resolveSchema(own(node.properties, segment));
  }
  return node;
}

/** The keys a mapping schema names (not the `x-` extension fields). */
export function propertyNames(node: SchemaNode | undefined): string[] {
  return node?.properties ? Object.keys(node.properties) : [];
}
