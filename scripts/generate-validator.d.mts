// Types of scripts/generate-validator.mjs, for the TypeScript scripts and tests that import it.
export declare const VALIDATOR_FILE: string;
export declare function generateValidatorSource(dir?: string): string;
export declare function generateValidator(outDir: string): string[];
