import type { ItemContext, PathSegment, ValueContext } from '../../syntax/cursor-context';
import type { UnitStyle } from '../../format/duration';
import { fileUnitStyle } from '../../model/facts';
import { translator, type Translator } from '../../base/i18n';
import type { Activity, Application, Group, Partner } from '../../model/model';
import type { Locale } from '../../base/types';
import type { FieldId } from '../../format/vocabulary';
import type { CompletionEntry, CompletionKind, FeatureInput } from './types';

/** What every completion reads: the application, the UI locale, and a few lookups over the model. */
export class Scope {
  readonly app: Application;
  readonly locale: Locale;
  /** The UI locale's translator, passed in by completionsAt. */
  readonly tr: Translator;

  constructor(input: FeatureInput, locale: Locale) {
    this.app = input.app;
    this.locale = locale;
    this.tr = translator(locale);
  }

  activityAt(index: PathSegment | undefined): Activity | undefined {
    return this.app.activities?.items.find((activity) => activity.index === index);
  }

  groupAt(activity: Activity | undefined, index: PathSegment | undefined): Group | undefined {
    return activity?.participants.find((group) => group.index === index);
  }

  get field(): FieldId | undefined {
    return this.app.project?.field?.value;
  }

  get partners(): Partner[] {
    return (this.app.partners?.items ?? []).filter((partner) => partner.id !== undefined);
  }

  /** The file's unit language (see fileUnitStyle), or the UI locale's when no duration is readable yet. */
  unitStyle(): UnitStyle {
    return fileUnitStyle(this.app) ?? this.locale;
  }

  value(
    context: ValueContext | ItemContext,
    value: string,
    kind: CompletionKind,
    sortText: string,
    detail?: string,
    documentation?: string,
    filterText?: string,
  ): CompletionEntry {
    const lead = context.kind === 'item' ? '- ' : context.needsSpace ? ' ' : '';
    const quote = context.kind === 'value' ? context.quote : undefined;
    return {
      label: value,
      kind,
      detail,
      documentation,
      sortText,
      filterText: quote ? `${quote}${filterText ?? value}` : filterText,
      insertText: `${lead}${value}`,
      snippet: false,
      replace: context.replace,
    };
  }
}
