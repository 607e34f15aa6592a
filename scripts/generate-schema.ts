/**
 * Writes schemas/partnership-application.schema.json, the JSON Schema of the format, from the
 * core's description of it (server/src/core/format/keys.ts and vocabulary.ts, through json-schema.ts).
 * The YAML extension reads the file, and scripts/generate-validator.mjs compiles it.
 */
import { buildJsonSchema } from '../server/src/core/format/json-schema';
import { writeOutput } from './output';

export const SCHEMA_FILE = 'schemas/partnership-application.schema.json';

export function schemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

export function generateSchema(outDir: string): string[] {
  return [writeOutput(outDir, SCHEMA_FILE, schemaText())];
}
