import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { newApplicationFields, newApplicationText } from '../core';
import type { Locale } from '../core';
import { FIELDS, isKeyOf, type FieldId } from '../core';
import type { ServerContext } from './context';
import { guarded } from './handler-guard';

/** `partnership/applicationFields`: the fields a new application can have, labelled in `locale` (default: the server's). */
export const APPLICATION_FIELDS_REQUEST = 'partnership/applicationFields';
/** `partnership/newApplication`: the text of a complete, valid application for a field, in a language. */
export const NEW_APPLICATION_REQUEST = 'partnership/newApplication';

export interface ApplicationFieldsParams {
  readonly locale?: Locale;
}

export interface NewApplicationParams {
  readonly field: FieldId;
  /** The language of the texts and unit words in the application (default: the server's locale). */
  readonly locale?: Locale;
  /** The project's first day, `YYYY-MM-DD` (default: the first day of the month six months from today). */
  readonly start?: string;
}

export interface NewApplicationResult {
  readonly text: string;
  /** A file name the client may offer when saving: `<field>.partnership.yaml`. */
  readonly fileName: string;
}

export function registerNewApplication(context: ServerContext): void {
  context.connection.onRequest(
    APPLICATION_FIELDS_REQUEST,
    guarded(context, APPLICATION_FIELDS_REQUEST, [], (params: ApplicationFieldsParams | undefined) =>
      newApplicationFields(localeOf(context, params?.locale)),
    ),
  );
  context.connection.onRequest(
    NEW_APPLICATION_REQUEST,
    guarded(context, NEW_APPLICATION_REQUEST, null, (params: NewApplicationParams | undefined): NewApplicationResult | null => {
      if (!isKeyOf(FIELDS, params?.field)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `field must be one of: ${Object.keys(FIELDS).join(', ')}`);
      }
      if (params.start !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(params.start)) {
        throw new ResponseError(ErrorCodes.InvalidParams, 'start must be a date YYYY-MM-DD');
      }
      const start = params.start ?? defaultStart(new Date());
      const text = newApplicationText({ field: params.field, locale: localeOf(context, params.locale), start });
      return { text, fileName: `${params.field}.partnership.yaml` };
    }),
  );
}

function localeOf(context: ServerContext, requested: unknown): Locale {
  return requested === 'en' || requested === 'sv' ? requested : context.configuration.config.locale;
}

/** Applications are written months ahead: the first day of the month six months after `today`. */
export function defaultStart(today: Date): string {
  const month = today.getUTCMonth() + 6;
  const year = today.getUTCFullYear() + Math.floor(month / 12);
  return `${year}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}
