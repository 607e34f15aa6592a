/**
 * The structure of the application format (spec: "Structure"): which mappings it has, the keys
 * of each, what value each key takes, which keys are required, and what every key and every
 * enumeration means, in English and Swedish. This is the one place these are written:
 * json-schema.ts builds the JSON Schema from it (hover, completion and the `schema` rule read
 * that), and `npm run generate` writes it to schemas/partnership-application.schema.json, from
 * which the validator and the grammar are generated in turn.
 */
import {
  ACTIVITY_TYPES,
  FIELDS,
  ORGANISATION_TYPES,
  PRIORITIES,
  PURPOSES,
  ROLES,
  type Label,
} from './vocabulary';

/** A text in both languages of the format (the same shape as a label). */
export type Text = Label;

export type MappingName = 'project' | 'partner' | 'activity' | 'participantGroup' | 'youthInitiative' | 'youthGroup';
export type EnumerationName = 'field' | 'activityType' | 'role' | 'organisationType' | 'priority' | 'purpose';
export type DefinitionName = MappingName | EnumerationName;

/** What a key's value is. Durations, countries and partner references are checked by rules, not here. */
export type Value =
  | { readonly kind: 'text'; readonly pattern?: string; readonly examples?: readonly string[] }
  | { readonly kind: 'date' }
  | { readonly kind: 'duration' }
  | { readonly kind: 'integer'; readonly minimum: number }
  | { readonly kind: 'boolean'; readonly default?: boolean }
  | { readonly kind: 'one'; readonly of: DefinitionName }
  | { readonly kind: 'list'; readonly of: DefinitionName; readonly minItems?: number };

export interface Key {
  /** Only the top-level lists have one: they have no definition of their own to carry it. */
  readonly title?: string;
  /** Left out when the value is `one` definition: the definition's description is the key's. */
  readonly description?: Text;
  readonly value: Value;
}

export interface Mapping {
  readonly title: string;
  readonly description: Text;
  readonly required: readonly string[];
  readonly keys: Readonly<Record<string, Key>>;
  /** A key that becomes required when another key has a given value. */
  readonly requiredWhen?: { readonly key: string; readonly equals: string; readonly required: readonly string[] };
}

export interface Enumeration {
  readonly title: string;
  readonly description: Text;
  /** The sentence that introduces the list of values in the Markdown description. */
  readonly intro: Text;
  readonly values: Readonly<Record<string, Label>>;
}

/** What a partner id may look like (spec: "Structure"), so that `host` and `from` can name it. */
export const PARTNER_ID_PATTERN = '^[A-Za-z][A-Za-z0-9_-]*$';

const TEXT: Value = { kind: 'text' };
const DATE: Value = { kind: 'date' };
const DURATION: Value = { kind: 'duration' };
const BOOLEAN: Value = { kind: 'boolean' };
const COUNTRY: Value = { kind: 'text', examples: ['SE', 'FI', 'DE'] };
const one = (of: DefinitionName): Value => ({ kind: 'one', of });
const list = (of: DefinitionName, minItems?: number): Value => ({ kind: 'list', of, minItems });
const integer = (minimum: number): Value => ({ kind: 'integer', minimum });

export const DOCUMENT: Mapping = {
  title: 'Erasmus+ Strategic Partnership application',
  description: {
    en: 'An application for an Erasmus+ Strategic Partnership: the project, the partner organisations, and optionally the learning, teaching and training activities and the transnational youth initiatives. Keys starting with `x-` are free extension fields anywhere.',
    sv: 'En ansökan om ett strategiskt partnerskap inom Erasmus+: projektet, partnerorganisationerna och eventuellt verksamheterna för lärande, undervisning och utbildning samt ungdomsinitiativen över gränserna. Nycklar som börjar med `x-` är fria tilläggsfält var som helst.',
  },
  required: ['project', 'partners'],
  keys: {
    project: { value: one('project') },
    partners: {
      title: 'Partners',
      description: {
        en: 'The organisations taking part in the partnership, at least one (and from at least two countries). Exactly one of them is the coordinator.',
        sv: 'Organisationerna som deltar i partnerskapet, minst en (och från minst två länder). Exakt en av dem är samordnare.',
      },
      value: list('partner', 1),
    },
    activities: {
      title: 'Learning, teaching and training activities',
      description: {
        en: 'The learning, teaching and training activities of the project (optional): each names its type, the host partner, when and how long, and the groups of participants that partners send.',
        sv: 'Projektets verksamheter för lärande, undervisning och utbildning (valfritt): var och en anger typ, mottagande partner, när och hur länge samt de deltagargrupper som partnerna skickar.',
      },
      value: list('activity'),
    },
    'youth-initiatives': {
      title: 'Transnational youth initiatives',
      description: {
        en: 'Transnational youth initiatives (optional, for projects in the field `youth`): initiatives that groups of young people from at least two countries run together.',
        sv: 'Ungdomsinitiativ över gränserna (valfritt, för projekt inom området `youth`): initiativ som grupper av unga från minst två länder genomför tillsammans.',
      },
      value: list('youthInitiative'),
    },
  },
};

export const MAPPINGS: Readonly<Record<MappingName, Mapping>> = {
  project: {
    title: 'Project',
    description: {
      en: 'The project as a whole: its title and field, when it starts, how long it runs, and the priorities it addresses.',
      sv: 'Projektet som helhet: titel och område, när det börjar, hur länge det pågår och vilka prioriteringar det tar upp.',
    },
    required: ['title', 'field'],
    keys: {
      title: {
        description: {
          en: "The project's title, as it appears in the application.",
          sv: 'Projektets titel, så som den står i ansökan.',
        },
        value: TEXT,
      },
      field: { value: one('field') },
      start: {
        description: {
          en: "The project's first day, written YYYY-MM-DD. With `duration` it sets the project period that every activity must fall within.",
          sv: 'Projektets första dag, skriven ÅÅÅÅ-MM-DD. Tillsammans med `duration` anger den projektperioden som alla verksamheter måste ligga inom.',
        },
        value: DATE,
      },
      duration: {
        description: {
          en: 'How long the project runs, for example `24 months` or `2 years`. Months are added as calendar months from `start`.',
          sv: 'Hur länge projektet pågår, till exempel `24 månader` eller `2 år`. Månader räknas som kalendermånader från `start`.',
        },
        value: DURATION,
      },
      priorities: {
        description: {
          en: 'The priorities from the programme guide\'s "I fokus" list that the project addresses.',
          sv: 'De prioriteringar ur handledningens lista ”I fokus” som projektet tar upp.',
        },
        value: list('priority'),
      },
      summary: {
        description: {
          en: "A short summary of the project's aims, activities and expected results.",
          sv: 'En kort sammanfattning av projektets mål, verksamheter och förväntade resultat.',
        },
        value: TEXT,
      },
    },
  },
  partner: {
    title: 'Partner',
    description: {
      en: 'An organisation taking part in the partnership.',
      sv: 'En organisation som deltar i partnerskapet.',
    },
    required: ['id', 'name', 'country', 'type'],
    keys: {
      id: {
        description: {
          en: 'A short identifier for the organisation, used by `host` and `from` in activities. It starts with a letter and holds only letters, digits, `-` and `_`; each partner has its own.',
          sv: 'En kort identifierare för organisationen som används av `host` och `from` i verksamheterna. Den börjar med en bokstav och innehåller bara bokstäver, siffror, `-` och `_`; varje partner har en egen.',
        },
        value: { kind: 'text', pattern: PARTNER_ID_PATTERN, examples: ['se-school'] },
      },
      name: {
        description: { en: "The organisation's full name.", sv: 'Organisationens fullständiga namn.' },
        value: TEXT,
      },
      country: {
        description: {
          en: 'The country where the organisation is established, as an ISO 3166-1 alpha-2 code in capitals, for example `SE`, `FI` or `DE`.',
          sv: 'Landet där organisationen är etablerad, som en ISO 3166-1 alpha-2-kod med versaler, till exempel `SE`, `FI` eller `DE`.',
        },
        value: COUNTRY,
      },
      type: { value: one('organisationType') },
      coordinator: {
        description: {
          en: '`true` for the partner that coordinates the project and submits the application. Exactly one partner is the coordinator.',
          sv: '`true` för den partner som samordnar projektet och lämnar in ansökan. Exakt en partner är samordnare.',
        },
        value: BOOLEAN,
      },
    },
  },
  activity: {
    title: 'Activity',
    description: {
      en: 'A learning, teaching or training activity: one partner hosts it and partners send groups of participants to it.',
      sv: 'En verksamhet för lärande, undervisning eller utbildning: en partner tar emot den och partnerna skickar deltagargrupper till den.',
    },
    required: ['id', 'type', 'host', 'participants'],
    keys: {
      id: {
        description: {
          en: 'A short identifier for the activity, for example `C1`; each activity has its own.',
          sv: 'En kort identifierare för verksamheten, till exempel `C1`; varje verksamhet har en egen.',
        },
        value: { kind: 'text', examples: ['C1'] },
      },
      type: { value: one('activityType') },
      title: {
        description: { en: 'A descriptive title for the activity.', sv: 'En beskrivande titel för verksamheten.' },
        value: TEXT,
      },
      host: {
        description: {
          en: 'The `id` of the partner that receives the participants: the host organisation.',
          sv: '`id` för den partner som tar emot deltagarna: den mottagande organisationen.',
        },
        value: TEXT,
      },
      duration: {
        description: {
          en: 'How long the activity lasts, for example `7 days` or `3 months`. Required unless both `start` and `end` are given; when written, it wins over the dates. A participant group can override it with its own `duration`.',
          sv: 'Hur länge verksamheten pågår, till exempel `7 dagar` eller `3 månader`. Krävs om inte både `start` och `end` anges; när den skrivs gäller den före datumen. En deltagargrupp kan ersätta den med en egen `duration`.',
        },
        value: DURATION,
      },
      start: {
        description: {
          en: "The activity's first day, written YYYY-MM-DD.",
          sv: 'Verksamhetens första dag, skriven ÅÅÅÅ-MM-DD.',
        },
        value: DATE,
      },
      end: {
        description: {
          en: "The activity's last day, written YYYY-MM-DD. With `start` and no `duration`, the activity lasts from `start` to `end`, both days counted.",
          sv: 'Verksamhetens sista dag, skriven ÅÅÅÅ-MM-DD. Med `start` och utan `duration` pågår verksamheten från `start` till `end`, båda dagarna medräknade.',
        },
        value: DATE,
      },
      purpose: { value: one('purpose') },
      ects: {
        description: {
          en: "Intensive study programmes: `true` when the students' work is recognised with ECTS credits, as the programme guide expects.",
          sv: 'Intensiva studieprogram: `true` när studenternas arbete tillgodoräknas med ECTS-poäng, som handledningen förutsätter.',
        },
        value: BOOLEAN,
      },
      virtual: {
        description: {
          en: 'Blended mobility: the virtual part that goes with the physical mobility, for example `Weekly video sessions`. Blended mobility needs one.',
          sv: 'Blandat utbyte: den virtuella delen som hör till det fysiska utbytet, till exempel `Videomöten varje vecka`. Ett blandat utbyte måste ha en.',
        },
        value: TEXT,
      },
      accompanying: {
        description: {
          en: 'Short-term exchanges of groups of pupils: how many adults (teachers or other staff) accompany the pupils. Pupils should always travel with accompanying adults.',
          sv: 'Kortare utbyten för elevgrupper: hur många vuxna (lärare eller annan personal) som följer med eleverna. Elever bör alltid resa med medföljande vuxna.',
        },
        value: integer(0),
      },
      participants: {
        description: {
          en: 'The groups of participants, at least one: typically one entry for each sending partner and role.',
          sv: 'Deltagargrupperna, minst en: oftast en post för varje sändande partner och roll.',
        },
        value: list('participantGroup', 1),
      },
    },
    requiredWhen: { key: 'type', equals: 'long-term-teaching-assignment', required: ['purpose'] },
  },
  participantGroup: {
    title: 'Participant group',
    description: {
      en: 'A group of participants that one partner sends to the activity, all with the same role.',
      sv: 'En grupp deltagare som en partner skickar till verksamheten, alla med samma roll.',
    },
    required: ['from', 'role', 'count'],
    keys: {
      from: {
        description: { en: 'The `id` of the partner that sends this group.', sv: '`id` för den partner som skickar gruppen.' },
        value: TEXT,
      },
      role: { value: one('role') },
      count: {
        description: {
          en: 'How many participants the group has: a whole number, at least 1.',
          sv: 'Hur många deltagare gruppen har: ett heltal, minst 1.',
        },
        value: integer(1),
      },
      duration: {
        description: {
          en: "How long this group takes part, when it differs from the activity's `duration`.",
          sv: 'Hur länge den här gruppen deltar, när det skiljer sig från verksamhetens `duration`.',
        },
        value: DURATION,
      },
      age: {
        description: {
          en: "The youngest participant's age in whole years. Long-term study mobility of pupils is for pupils aged 14 or older.",
          sv: 'Den yngsta deltagarens ålder i hela år. Längre utbyten i studiesyfte för elever gäller elever som fyllt 14 år.',
        },
        value: integer(0),
      },
      residence: {
        description: {
          en: "The participants' country of residence, as an ISO 3166-1 alpha-2 code, for example `SE`. In a long-term teaching or training assignment it must not be the host's country.",
          sv: 'Deltagarnas bosättningsland, som en ISO 3166-1 alpha-2-kod, till exempel `SE`. I ett längre undervisnings- eller fortbildningsuppdrag får det inte vara värdorganisationens land.',
        },
        value: COUNTRY,
      },
    },
  },
  youthInitiative: {
    title: 'Youth initiative',
    description: {
      en: 'A transnational youth initiative: groups of young people from at least two countries who run a project together.',
      sv: 'Ett ungdomsinitiativ över gränserna: grupper av unga från minst två länder som genomför ett projekt tillsammans.',
    },
    required: ['id', 'groups'],
    keys: {
      id: {
        description: {
          en: 'A short identifier for the youth initiative, for example `Y1`; each initiative has its own.',
          sv: 'En kort identifierare för ungdomsinitiativet, till exempel `Y1`; varje initiativ har en egen.',
        },
        value: { kind: 'text', examples: ['Y1'] },
      },
      title: {
        description: { en: 'A descriptive title for the initiative.', sv: 'En beskrivande titel för initiativet.' },
        value: TEXT,
      },
      groups: {
        description: {
          en: 'The groups of young people that run the initiative together: at least two, from different countries.',
          sv: 'Grupperna av unga som genomför initiativet tillsammans: minst två, från olika länder.',
        },
        // No minItems: fewer than two groups is youth-initiative-groups' finding (spec: "Rules"), not the schema's.
        value: list('youthGroup'),
      },
      coach: {
        description: {
          en: 'The coach who supports the young people. Needed when any group includes minors.',
          sv: 'Coachen som stöder de unga. Behövs när någon grupp har minderåriga.',
        },
        value: TEXT,
      },
    },
  },
  youthGroup: {
    title: 'Youth group',
    description: {
      en: 'A group of young people from one country taking part in the initiative.',
      sv: 'En grupp unga från ett land som deltar i initiativet.',
    },
    required: ['country'],
    keys: {
      country: {
        description: {
          en: 'The country the group comes from, as an ISO 3166-1 alpha-2 code, for example `SE`.',
          sv: 'Landet som gruppen kommer från, som en ISO 3166-1 alpha-2-kod, till exempel `SE`.',
        },
        value: COUNTRY,
      },
      members: {
        description: {
          en: 'How many young people the group has: a whole number, at least 1.',
          sv: 'Hur många unga gruppen har: ett heltal, minst 1.',
        },
        value: integer(1),
      },
      minors: {
        description: {
          en: '`true` when the group includes young people under 18; the initiative then needs a `coach`. Default `false`.',
          sv: '`true` när gruppen har unga under 18 år; initiativet behöver då en `coach`. Standard är `false`.',
        },
        value: { kind: 'boolean', default: false },
      },
    },
  },
};

export const ENUMERATIONS: Readonly<Record<EnumerationName, Enumeration>> = {
  field: {
    title: 'Field',
    description: {
      en: 'The field of education, training or youth work the project belongs to. It decides which activity types are particularly relevant.',
      sv: 'Det område inom utbildning eller ungdomsverksamhet som projektet hör till. Det avgör vilka typer av verksamheter som är särskilt relevanta.',
    },
    intro: {
      en: 'The field of education, training or youth work the project belongs to:',
      sv: 'Det område inom utbildning eller ungdomsverksamhet som projektet hör till:',
    },
    values: FIELDS,
  },
  activityType: {
    title: 'Activity type',
    description: {
      en: 'The type of learning, teaching or training activity. It decides which roles may take part and for how long.',
      sv: 'Typen av verksamhet för lärande, undervisning eller utbildning. Den avgör vilka roller som får delta och hur länge.',
    },
    intro: {
      en: 'The type of learning, teaching or training activity (programme guide, "Typ av verksamhet"):',
      sv: 'Typen av verksamhet för lärande, undervisning eller utbildning (handledningen, ”Typ av verksamhet”):',
    },
    values: ACTIVITY_TYPES,
  },
  role: {
    title: 'Participant role',
    description: {
      en: "The participants' role. Each activity type allows only some roles.",
      sv: 'Deltagarnas roll. Varje typ av verksamhet tillåter bara vissa roller.',
    },
    intro: {
      en: "The participants' role (each activity type allows only some roles):",
      sv: 'Deltagarnas roll (varje typ av verksamhet tillåter bara vissa roller):',
    },
    values: ROLES,
  },
  organisationType: {
    title: 'Organisation type',
    description: {
      en: 'The kind of organisation. Schools, VET schools, higher education institutions and adult education organisations are the education organisations.',
      sv: 'Typ av organisation. Skolor, yrkesskolor, lärosäten och vuxenutbildningsorganisationer är utbildningsorganisationerna.',
    },
    intro: {
      en: 'The kind of organisation (the first four are the education organisations):',
      sv: 'Typ av organisation (de fyra första är utbildningsorganisationerna):',
    },
    values: ORGANISATION_TYPES,
  },
  priority: {
    title: 'Priority',
    description: {
      en: 'A priority from the programme guide\'s "I fokus" list.',
      sv: 'En prioritering ur handledningens lista ”I fokus”.',
    },
    intro: {
      en: 'A priority from the programme guide\'s "I fokus" list:',
      sv: 'En prioritering ur handledningens lista ”I fokus”:',
    },
    values: PRIORITIES,
  },
  purpose: {
    title: 'Purpose',
    description: {
      en: 'Long-term teaching or training assignments only, and required there: `teaching` when the staff member teaches at the host, `training` when they receive training there.',
      sv: 'Endast för längre undervisnings- och fortbildningsuppdrag, och krävs där: `teaching` när personen undervisar hos värdorganisationen, `training` när personen fortbildar sig där.',
    },
    intro: {
      en: 'Long-term teaching or training assignments only (required there):',
      sv: 'Endast för längre undervisnings- och fortbildningsuppdrag (krävs där):',
    },
    values: PURPOSES,
  },
};
