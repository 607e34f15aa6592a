// Types of the generated validator (schema-validator.js, made by scripts/generate-validator.mjs).
import type { ErrorObject } from 'ajv';

declare const validate: {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
};
export = validate;
