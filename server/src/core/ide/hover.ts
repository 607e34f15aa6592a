import { isCountryCode } from '../format/countries';
import type { FeatureInput } from './completion';
import { cursorContext, type PathSegment } from '../syntax/cursor-context';
import { formatDate } from '../format/dates';
import { formatTerm, type Duration } from '../format/duration';
import { groupsSharingActivityDuration, periodLastDay } from '../model/facts';
import {
  activityTypeMarkdown,
  countryMarkdown,
  fieldMarkdown,
  organisationTypeMarkdown,
  partnerMarkdown,
  priorityMarkdown,
  purposeMarkdown,
  rangeText,
  roleMarkdown,
  rolesList,
  ruleMarkdown,
  schemaDescription,
} from './explain';
import { translator, type Translator } from '../base/i18n';
import { inlineLabel } from '../format/wording';
import type { Activity, Field, Group, Partner } from '../model/model';
import { RULES_BY_ID } from '../check/rules';
import { resolveSchema, schemaAt } from '../format/schema-info';
import type { Finding, Locale, Span } from '../base/types';
import {
  ACTIVITY_TYPES,
  durationBounds,
  FIELDS,
  isKeyOf,
  ORGANISATION_TYPES,
  PRIORITIES,
  PURPOSES,
  ROLES,
  type Role,
} from '../format/vocabulary';

/**
 * Hover help at a cursor: a key's description from the schema, an enumerated
 * value's labels and what the guide says about it, a duration in days against
 * its allowed range, the partner a reference names, a country's name, and the
 * explanation of every rule reported at that place. Plain data; lsp/hover.ts
 * turns it into an LSP hover.
 */
export interface HoverInput extends FeatureInput {
  /** The findings of the current check (a CheckResult has them): hover explains their rules. */
  readonly findings: readonly Finding[];
}

export interface HoverResult {
  readonly markdown: string;
  /** The hovered node's text, or the diagnostic's range when no node is under the cursor. */
  readonly span: Span;
}

const SEPARATOR = '\n\n---\n\n';

/** The hover at `offset`, or undefined when there is nothing to say. Never throws. */
export function hoverAt(input: HoverInput, offset: number, locale: Locale): HoverResult | undefined {
  try {
    return new Hoverer(input, translator(locale)).at(offset);
  } catch {
    return undefined;
  }
}

type Pattern = readonly (string | '#')[];

function matches(path: readonly PathSegment[], pattern: Pattern): boolean {
  return (
    path.length === pattern.length &&
    pattern.every((segment, i) => (segment === '#' ? typeof path[i] === 'number' : path[i] === segment))
  );
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

class Hoverer {
  constructor(
    private readonly input: HoverInput,
    private readonly tr: Translator,
  ) {}

  at(offset: number): HoverResult | undefined {
    const context = cursorContext(this.input.doc, offset);
    const parts: string[] = [];
    let span: Span | undefined;
    if ((context.kind === 'key' || context.kind === 'value') && context.node) {
      const content =
        context.kind === 'key'
          ? this.key(context.path, String(context.node.value ?? ''))
          : this.value(context.path, context.node.value);
      if (content) {
        parts.push(content);
        span = context.node.span;
      }
    }
    const seen = new Set<string>();
    for (const finding of this.input.findings) {
      if (!contains(finding.span, offset) || seen.has(finding.rule)) continue;
      const rule = RULES_BY_ID.get(finding.rule);
      if (!rule) continue;
      seen.add(finding.rule);
      parts.push(ruleMarkdown(this.tr, rule));
      span ??= finding.span;
    }
    if (parts.length === 0 || !span) return undefined;
    return { markdown: parts.join(SEPARATOR), span };
  }

  // --- keys ------------------------------------------------------------------

  private key(mappingPath: readonly PathSegment[], key: string): string | undefined {
    if (key.startsWith('x-')) return this.tr.t('`{0}`: a free extension field; the checker never reports it.', key);
    const mapping = resolveSchema(schemaAt(mappingPath));
    const property = mapping?.properties && Object.prototype.hasOwnProperty.call(mapping.properties, key) ? mapping.properties[key] : undefined;
    if (!property) return undefined;
    const description = schemaDescription(this.tr, property);
    const required = mapping?.required?.includes(key) ?? false;
    const heading = required ? `**\`${key}\`** (${this.tr.t('required')})` : `**\`${key}\`**`;
    return description ? `${heading}\n\n${description}` : heading;
  }

  // --- values ----------------------------------------------------------------

  private value(path: readonly PathSegment[], value: unknown): string | undefined {
    const app = this.input.app;
    if (matches(path, ['project', 'field'])) return isKeyOf(FIELDS, value) ? fieldMarkdown(this.tr, value) : undefined;
    if (matches(path, ['project', 'priorities', '#'])) return isKeyOf(PRIORITIES, value) ? priorityMarkdown(this.tr, value) : undefined;
    if (matches(path, ['project', 'duration'])) return this.projectDuration();
    if (matches(path, ['partners', '#', 'type'])) return isKeyOf(ORGANISATION_TYPES, value) ? organisationTypeMarkdown(this.tr, value) : undefined;
    if (matches(path, ['partners', '#', 'id'])) {
      const partner = app.partners?.items.find((item) => item.index === path[1]);
      return partner?.id ? partnerMarkdown(this.tr, partner) : undefined;
    }
    if (matches(path, ['activities', '#', 'type'])) {
      return isKeyOf(ACTIVITY_TYPES, value) ? activityTypeMarkdown(this.tr, value, app.project?.field?.value) : undefined;
    }
    if (matches(path, ['activities', '#', 'host']) || matches(path, ['activities', '#', 'participants', '#', 'from'])) {
      return this.partner(value);
    }
    if (matches(path, ['activities', '#', 'duration'])) return this.activityDuration(this.activity(path[1]));
    if (matches(path, ['activities', '#', 'purpose'])) return isKeyOf(PURPOSES, value) ? purposeMarkdown(this.tr, value) : undefined;
    if (matches(path, ['activities', '#', 'participants', '#', 'role'])) {
      return isKeyOf(ROLES, value) ? roleMarkdown(this.tr, value, this.activity(path[1])?.type?.value) : undefined;
    }
    if (matches(path, ['activities', '#', 'participants', '#', 'duration'])) {
      const activity = this.activity(path[1]);
      return this.groupDuration(activity, activity?.participants.find((group) => group.index === path[3]));
    }
    if (
      matches(path, ['partners', '#', 'country']) ||
      matches(path, ['activities', '#', 'participants', '#', 'residence']) ||
      matches(path, ['youth-initiatives', '#', 'groups', '#', 'country'])
    ) {
      return isCountryCode(value) ? countryMarkdown(this.tr, value) : undefined;
    }
    return undefined;
  }

  private activity(index: PathSegment | undefined): Activity | undefined {
    return this.input.app.activities?.items.find((activity) => activity.index === index);
  }

  private partner(id: unknown): string | undefined {
    const partner: Partner | undefined = typeof id === 'string' ? this.input.app.partnerById.get(id) : undefined;
    return partner ? partnerMarkdown(this.tr, partner) : undefined;
  }

  // --- durations -------------------------------------------------------------

  /** `**1 month 15 days** counts as 45 days.`, with the unit rule when the text is not in days. */
  private durationLine(field: Field<Duration>, written: unknown): string {
    const text = typeof written === 'string' ? written.trim().replace(/\s+/g, ' ') : '';
    const days = formatTerm(field.value.days, 'day', this.tr.locale);
    const line = this.tr.t('{0} counts as {1}.', `**${text}**`, days);
    const onlyDays = field.value.terms.every((term) => term.unit === 'day');
    return onlyDays ? line : `${line} ${this.tr.t('A week counts as 7 days, a month as 30 and a year as 360.')}`;
  }

  private groupDuration(activity: Activity | undefined, group: Group | undefined): string | undefined {
    if (!activity || !group?.duration) return undefined;
    const parts = [this.durationLine(group.duration, group.raw['duration']?.raw)];
    const type = activity.type?.value;
    const role = group.role?.value;
    const bounds = type && role ? durationBounds(type, role) : undefined;
    if (type && role && bounds) {
      parts.push(this.tr.t('The guide allows {0} for {1} in {2}.', rangeText(this.tr, bounds), inlineLabel(ROLES[role], this.tr.locale), inlineLabel(ACTIVITY_TYPES[type], this.tr.locale)));
      const days = group.duration.value.days;
      parts.push(days >= bounds.minDays && days <= bounds.maxDays ? this.tr.t('This duration lies within that range.') : this.tr.t('This duration lies outside that range.'));
    }
    return parts.join('\n\n');
  }

  private activityDuration(activity: Activity | undefined): string | undefined {
    if (!activity?.duration) return undefined;
    const parts = [this.durationLine(activity.duration, activity.raw['duration']?.raw)];
    const type = activity.type?.value;
    if (type) {
      const typeLabel = inlineLabel(ACTIVITY_TYPES[type], this.tr.locale);
      const sharing = groupsSharingActivityDuration(activity);
      const roles = [...new Set(sharing.map((group) => group.role?.value))].filter(
        (role): role is Role => role !== undefined && durationBounds(type, role) !== undefined,
      );
      if (roles.length > 0) {
        const days = activity.duration.value.days;
        const lines = roles.map((role) => {
          const bounds = durationBounds(type, role)!;
          const fits = days >= bounds.minDays && days <= bounds.maxDays;
          return `- \`${role}\` (${ROLES[role][this.tr.locale]}): ${rangeText(this.tr, bounds)}${fits ? '' : ` — ${this.tr.t('outside this range')}`}`;
        });
        parts.push(`${this.tr.t('Allowed in {0} for the groups that use this duration:', typeLabel)}\n${lines.join('\n')}`);
      } else {
        parts.push(`${this.tr.t('Allowed in {0}:', typeLabel)}\n${rolesList(this.tr, type)}`);
      }
      if (activity.participants.length > sharing.length) {
        parts.push(this.tr.t('Groups with a `duration` of their own use that one instead.'));
      }
    }
    return parts.join('\n\n');
  }

  /**
   * The project's duration is added to its start in calendar months (not 30-day
   * months, unlike activities): what matters is the period it sets.
   */
  private projectDuration(): string | undefined {
    const project = this.input.app.project;
    if (!project?.duration) return undefined;
    const raw = project.raw['duration']?.raw;
    const written = `**${typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : ''}**`;
    if (!project.start) {
      return this.tr.t('{0}, counted in calendar months from `start`: with a start date it sets the project period that every activity must fall within.', written);
    }
    const last = periodLastDay(project.start.value, project.duration.value);
    return this.tr.t('{0} from {1}: the project runs until {2}, and every activity must fall within that period.', written, formatDate(project.start.value), formatDate(last));
  }

}
