import { ResponseError } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { errorText } from './log';

/**
 * Wraps a request handler of a navigation or hint feature: the core never
 * throws by design, but should a handler fail anyway, the editor gets
 * `fallback` (an empty answer) and the log says why, once per distinct
 * error. A ResponseError is an intended answer (a refused rename) and passes.
 */
export function guarded<P, R, F>(
  context: ServerContext,
  name: string,
  fallback: F,
  handler: (params: P) => R,
): (params: P) => R | F {
  return (params) => {
    try {
      return handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      context.log.once(`${name}:${errorText(error)}`, 'error', `${name} failed: ${errorText(error)}`);
      return fallback;
    }
  };
}
