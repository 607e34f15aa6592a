/**
 * The small applications the feature tests share: a school-education project ("Demokrati i
 * skolan"), a Swedish coordinating school and a Finnish or German one, and a short-term pupil
 * exchange between them. Tests build their text from these parts instead of each keeping a copy;
 * a test whose assertions depend on where things are in its text finds them with `positionOf` /
 * `rangeOf` (or keeps its own text next to it, as protocol-navigation does).
 */

/** The project without its period: enough for the schema, not for the period rules. */
export const PROJECT = `project:
  title: Demokrati i skolan
  field: school-education
`;

/** The project's period, under `project:`. */
export const PERIOD = `  start: 2027-09-01
  duration: 24 months
`;

/** A school as an item under `partners:`; the Swedish one coordinates. */
function school(id: string, name: string, country: string, coordinator = false): string {
  return `  - id: ${id}
    name: ${name}
    country: ${country}
    type: school
${coordinator ? '    coordinator: true\n' : ''}`;
}

export const SE_SCHOOL = school('se-school', 'Östra gymnasiet', 'SE', true);
export const FI_SCHOOL = school('fi-school', 'Helsingin koulu', 'FI');
export const DE_SCHOOL = school('de-school', 'Gesamtschule Köln-Nord', 'DE');

export interface ExchangeOptions {
  readonly id?: string;
  readonly host?: string;
  readonly from?: string;
  /** The value as written (a trailing comment included, if the test wants one). */
  readonly duration?: string;
  /** Where `accompanying: 2` goes; `none` leaves it out (an accompanying-adults warning). */
  readonly accompanying?: 'before-participants' | 'after-participants' | 'none';
  /** Lines added to the participant group, at its indentation (`        duration: 3 months\n`). */
  readonly groupExtra?: string;
}

/** A short-term pupil exchange: ten pupils of `from` (se-school) at `host` (fi-school) for `duration` (7 days). */
export function pupilExchange(options: ExchangeOptions = {}): string {
  const { id = 'C1', host = 'fi-school', from = 'se-school', duration = '7 days', accompanying = 'before-participants' } = options;
  const adults = '    accompanying: 2\n';
  return `  - id: ${id}
    type: short-term-pupil-exchange
    host: ${host}
    duration: ${duration}
${accompanying === 'before-participants' ? adults : ''}    participants:
      - from: ${from}
        role: pupil
        count: 10
${options.groupExtra ?? ''}${accompanying === 'after-participants' ? adults : ''}`;
}

export interface ApplicationOptions {
  /** A comment line (or lines) before `project:`. */
  readonly header?: string;
  /** Whether the project states its period (start and duration). */
  readonly period?: boolean;
  readonly partners?: readonly string[];
  /** Activity items; none leaves out the `activities:` key. */
  readonly activities?: readonly string[];
  /** A blank line between the sections, as a person writes them. */
  readonly blankLines?: boolean;
}

/** An application of the shared parts; by default se-school and fi-school, no activities. */
export function schoolApplication(options: ApplicationOptions = {}): string {
  const { header = '', period = false, partners = [SE_SCHOOL, FI_SCHOOL], activities = [], blankLines = false } = options;
  const gap = blankLines ? '\n' : '';
  const sections = [`${header}${PROJECT}${period ? PERIOD : ''}`, `partners:\n${partners.join('')}`];
  if (activities.length > 0) sections.push(`activities:\n${activities.join('')}`);
  return sections.join(gap);
}

/** A valid application: two schools, one pupil exchange, the project's period; no diagnostics at all. */
export const VALID_APPLICATION = schoolApplication({
  header: '# A valid application: two schools, one pupil exchange.\n',
  period: true,
  blankLines: true,
  activities: [pupilExchange({ host: 'se-school', from: 'fi-school' })],
});

/** The 0-based line and UTF-16 character of `needle`'s `occurrence`-th appearance in `text`, plus `delta`. */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" is not in the text (occurrence ${occurrence})`);
  }
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** The LSP range of `needle` in `text` (its first appearance, or the `occurrence`-th). */
export function rangeOf(text: string, needle: string, occurrence = 0): { start: { line: number; character: number }; end: { line: number; character: number } } {
  return { start: positionOf(text, needle, 0, occurrence), end: positionOf(text, needle, needle.length, occurrence) };
}

/** The position just past the text's end (a range covering the whole document ends there). */
export function endOf(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
