/**
 * Generates realistic applications for the benchmark and for tests: deterministic
 * (a seeded PRNG), with partners of several types and countries, varied activity
 * types, roles and durations (English and Swedish units, dates), comments, `x-`
 * notes, a few youth initiatives and, unless turned off, some rule violations.
 *
 *     generateApplication({ activities: 1000, seed: 1 })
 */

export interface GenerateOptions {
  readonly activities: number;
  readonly seed?: number;
  /** How many youth initiatives (default: one per 50 activities, at least one). */
  readonly youthInitiatives?: number;
  /** Share of activities with a deliberate mistake (default 0.04; 0 for a clean file). */
  readonly violationRate?: number;
}

/** mulberry32: a small, fast, deterministic PRNG. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

type OrgType =
  | 'school'
  | 'vet-school'
  | 'higher-education-institution'
  | 'adult-education-organisation'
  | 'youth-organisation'
  | 'ngo'
  | 'public-body'
  | 'enterprise';

interface Partner {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly type: OrgType;
}

const COUNTRIES = ['SE', 'DE', 'FI', 'FR', 'ES', 'IT', 'NO', 'PL', 'NL', 'AT', 'PT', 'EE', 'LT', 'CZ', 'IE', 'DK'];
const TOWNS: Readonly<Record<string, readonly string[]>> = {
  SE: ['Umeå', 'Luleå', 'Malmö', 'Göteborg', 'Växjö', 'Örebro'],
  DE: ['Köln', 'Lübeck', 'München', 'Dresden', 'Münster'],
  FI: ['Helsinki', 'Tampere', 'Oulu', 'Jyväskylä'],
  FR: ['Lyon', 'Nantes', 'Besançon', 'Rennes'],
  ES: ['Sevilla', 'Valencia', 'León', 'Cádiz'],
  IT: ['Bologna', 'Torino', 'Bari', 'Trento'],
  NO: ['Tromsø', 'Bergen', 'Trondheim'],
  PL: ['Kraków', 'Łódź', 'Gdańsk'],
  NL: ['Utrecht', 'Groningen', 'Delft'],
  AT: ['Graz', 'Linz', 'Innsbruck'],
  PT: ['Porto', 'Coimbra', 'Évora'],
  EE: ['Tartu', 'Pärnu'],
  LT: ['Vilnius', 'Kaunas'],
  CZ: ['Brno', 'Plzeň'],
  IE: ['Galway', 'Cork'],
  DK: ['Aarhus', 'Odense'],
};
const ORG_NAMES: Readonly<Record<OrgType, readonly string[]>> = {
  school: ['Östra skolan', 'Gesamtschule Nord', 'Lycée Jean Moulin', 'Scuola media Dante', 'Koulu Keskusta'],
  'vet-school': ['Yrkesgymnasiet', 'Berufskolleg West', 'Lycée professionnel', 'Ammattiopisto'],
  'higher-education-institution': ['University', 'Hochschule', 'Université', 'Universidad', 'Yliopisto'],
  'adult-education-organisation': ['Folkhögskola', 'Volkshochschule', 'Centre de formation', 'Kansalaisopisto'],
  'youth-organisation': ['Ungdomens hus', 'Jugendzentrum', 'Maison des jeunes', 'Nuorisotalo'],
  ngo: ['Föreningen Framtid', 'Verein Brücke', 'Association Horizon'],
  'public-body': ['Kommun', 'Stadtverwaltung', 'Mairie', 'Comune'],
  enterprise: ['Energi AB', 'Technik GmbH', 'Solutions SARL'],
};
const TITLE_WORDS = [
  'Demokrati',
  'Hållbarhet',
  'Digital literacy',
  'Klimat',
  'Citizenship',
  'Maker spaces',
  'Mångfald',
  'Språkbad',
  'Open science',
  'Entreprenörskap',
  'Inclusion',
  'Water and energy',
  'Läsfrämjande',
  'Robotics',
];
const TITLE_FORMS = ['{0} i {1}', '{0} in {1}', '{0} workshop', 'Veckan om {0}', '{0} – a joint study week', 'Lärande om {0}'];

type ActivityType =
  | 'short-term-pupil-exchange'
  | 'short-term-staff-training'
  | 'blended-mobility'
  | 'intensive-study-programme'
  | 'long-term-pupil-mobility'
  | 'long-term-teaching-assignment'
  | 'long-term-youth-worker-mobility';

/** Weighted: short exchanges and staff training are the bulk of a real application. */
const TYPE_WEIGHTS: readonly [ActivityType, number][] = [
  ['short-term-pupil-exchange', 30],
  ['short-term-staff-training', 25],
  ['blended-mobility', 15],
  ['intensive-study-programme', 10],
  ['long-term-pupil-mobility', 7],
  ['long-term-teaching-assignment', 8],
  ['long-term-youth-worker-mobility', 5],
];

function pickType(random: Random): ActivityType {
  const total = TYPE_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [type, weight] of TYPE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return type;
  }
  return TYPE_WEIGHTS[0][0];
}

const SHORT_DURATIONS = ['5 days', '7 days', '10 days', '1 week', '2 weeks', '6 dagar', '1 vecka', '2 veckor', '12 dagar', '3 weeks'];
const LONG_DURATIONS = ['3 months', '4 months', '6 months', '2 månader', '5 månader', '1 month 15 days', '10 weeks', '9 months'];

const VIOLATIONS = [
  'unknown-host',
  'too-short',
  'wrong-role',
  'no-accompanying',
  'unknown-key',
  'bad-unit',
  'lower-case-residence',
  'young-pupil',
  'no-virtual',
  'outside-period',
  'duplicate-id',
  'bare-number',
] as const;
type Violation = (typeof VIOLATIONS)[number];

const PROJECT_START = Date.UTC(2027, 8, 1);
const DAY_MS = 86_400_000;

function date(days: number): string {
  return new Date(PROJECT_START + days * DAY_MS).toISOString().slice(0, 10);
}

class Writer {
  readonly lines: string[] = [];
  line(text: string): void {
    this.lines.push(text);
  }
}

export function generateApplication(options: GenerateOptions): string {
  const random = prng(options.seed ?? 1);
  const activityCount = options.activities;
  const violationRate = options.violationRate ?? 0.04;
  const out = new Writer();

  out.line(`# Generated application: ${activityCount} activities (seed ${options.seed ?? 1}).`);
  out.line('# A cross-sectoral partnership of schools, universities and youth organisations.');
  out.line('project:');
  out.line(`  title: ${pick(random, TITLE_WORDS)} i Europa`);
  out.line('  field: cross-sectoral');
  out.line('  start: 2027-09-01');
  out.line('  duration: 36 months');
  out.line('  priorities: [active-participation-in-society, strategic-use-of-ict, equity-and-inclusion]');
  out.line('  summary: >');
  out.line('    Schools, universities and youth organisations in several countries work');
  out.line('    together on democracy, sustainability and digital skills.');
  out.line('');

  // Partners: every kind the activities need, in several countries.
  const partnerCount = Math.max(6, Math.min(40, 6 + Math.floor(activityCount / 150)));
  const kinds: OrgType[] = ['school', 'higher-education-institution', 'youth-organisation', 'vet-school', 'adult-education-organisation', 'ngo', 'public-body', 'enterprise'];
  const partners: Partner[] = [];
  for (let i = 0; i < partnerCount; i++) {
    const type = i < 6 ? (['school', 'school', 'higher-education-institution', 'higher-education-institution', 'youth-organisation', 'youth-organisation'] as const)[i] : pick(random, kinds);
    const country = COUNTRIES[i % COUNTRIES.length];
    const town = pick(random, TOWNS[country]);
    const prefix = { school: 'school', 'vet-school': 'vet', 'higher-education-institution': 'uni', 'adult-education-organisation': 'adult', 'youth-organisation': 'youth', ngo: 'ngo', 'public-body': 'city', enterprise: 'company' }[type];
    partners.push({ id: `${country.toLowerCase()}-${prefix}${i >= COUNTRIES.length ? `-${i}` : ''}`, name: `${pick(random, ORG_NAMES[type])} ${town}`, country, type });
  }
  out.line('partners:');
  partners.forEach((partner, index) => {
    out.line(`  - id: ${partner.id}`);
    out.line(`    name: ${partner.name}`);
    out.line(`    country: ${partner.country}`);
    out.line(`    type: ${partner.type}`);
    if (index === 0) out.line('    coordinator: true');
  });
  out.line('');

  const ofType = (...types: OrgType[]) => partners.filter((partner) => types.includes(partner.type));
  const schools = ofType('school', 'vet-school');
  const universities = ofType('higher-education-institution');
  const youth = ofType('youth-organisation');
  const education = ofType('school', 'vet-school', 'higher-education-institution', 'adult-education-organisation');
  const abroad = (list: readonly Partner[], host: Partner) => {
    const others = list.filter((partner) => partner.country !== host.country);
    return others.length > 0 ? others : partners.filter((partner) => partner.country !== host.country);
  };

  out.line('activities:');
  for (let n = 1; n <= activityCount; n++) {
    const violation: Violation | undefined = random() < violationRate ? pick(random, VIOLATIONS) : undefined;
    let type = pickType(random);
    if (violation === 'no-accompanying' || violation === 'young-pupil') type = violation === 'young-pupil' ? 'long-term-pupil-mobility' : 'short-term-pupil-exchange';
    if (violation === 'no-virtual') type = 'blended-mobility';
    const id = violation === 'duplicate-id' && n > 1 ? `A${n - 1}` : `A${n}`;
    const long = type.startsWith('long-term');
    let host: Partner;
    let senders: readonly Partner[];
    let roles: readonly string[];
    switch (type) {
      case 'short-term-pupil-exchange':
      case 'long-term-pupil-mobility':
        host = pick(random, schools);
        senders = abroad(schools, host);
        roles = ['pupil'];
        break;
      case 'intensive-study-programme':
        host = pick(random, universities);
        senders = universities;
        roles = ['student', 'teacher', 'student'];
        break;
      case 'long-term-youth-worker-mobility':
        host = pick(random, youth);
        senders = abroad(youth, host);
        roles = ['youth-worker'];
        break;
      case 'long-term-teaching-assignment':
        host = pick(random, education);
        senders = abroad(education, host);
        roles = ['teacher', 'staff'];
        break;
      case 'blended-mobility':
        host = pick(random, education);
        senders = education;
        roles = ['student', 'pupil', 'adult-learner'];
        break;
      default:
        host = pick(random, partners);
        senders = abroad(partners, host);
        roles = ['teacher', 'staff'];
    }

    if (random() < 0.15) out.line(`  # ${pick(random, ['Planned with the host', 'Preliminary dates', 'Budget line 3', 'Se bilaga 2'])}`);
    out.line(`  - id: ${id}`);
    out.line(`    type: ${type}`);
    const titleLine = `${(violation === 'unknown-key' ? 'titel' : 'title')}: ${pick(random, TITLE_FORMS).replace('{0}', pick(random, TITLE_WORDS)).replace('{1}', host.name.split(' ').pop() ?? 'Europa')}`;
    out.line(`    ${titleLine}`);
    out.line(`    host: ${violation === 'unknown-host' ? `${host.id.slice(0, -1)}` : host.id}`);
    if (type === 'long-term-teaching-assignment') out.line(`    purpose: ${pick(random, ['teaching', 'training'])}`);
    let duration = long ? pick(random, LONG_DURATIONS) : pick(random, SHORT_DURATIONS);
    if (violation === 'too-short') duration = long ? '3 weeks' : '2 days';
    if (violation === 'bad-unit') duration = pick(random, ['3 veckr', '5 dys', '2 monts']);
    if (violation === 'bare-number') duration = '10';
    const offset = between(random, 10, 900);
    if (random() < 0.2 && !long && violation === undefined) {
      // Dates only: the duration is counted from them.
      const days = between(random, 5, 12);
      out.line(`    start: ${date(offset)}`);
      out.line(`    end: ${date(offset + days - 1)}`);
    } else {
      out.line(`    duration: ${duration}${random() < 0.1 ? '   # agreed with the host' : ''}`);
      out.line(`    start: ${violation === 'outside-period' ? date(-40) : date(offset)}`);
    }
    if (type === 'short-term-pupil-exchange' && violation !== 'no-accompanying') out.line(`    accompanying: ${between(random, 1, 4)}`);
    if (type === 'intensive-study-programme') out.line('    ects: true');
    if (type === 'blended-mobility' && violation !== 'no-virtual') out.line(`    virtual: ${pick(random, ['Weekly video sessions', 'Gemensam digital plattform', 'Online workshops before the visit'])}`);
    out.line('    participants:');
    const groupCount = type === 'intensive-study-programme' ? 3 : long ? between(random, 1, 2) : between(random, 2, 3);
    for (let g = 0; g < groupCount; g++) {
      const from = type === 'intensive-study-programme' ? universities[g === 2 ? 1 % universities.length : 0] : pick(random, senders);
      let role = roles[g % roles.length];
      if (violation === 'wrong-role' && g === 0) role = type === 'short-term-pupil-exchange' ? 'teacher' : 'pupil';
      out.line(`      - from: ${from.id}`);
      out.line(`        role: ${role}`);
      out.line(`        count: ${long ? between(random, 1, 3) : between(random, 4, 20)}`);
      if (role === 'pupil') out.line(`        age: ${violation === 'young-pupil' ? 13 : between(random, 14, 17)}`);
      if (!long && g > 0 && random() < 0.15) out.line(`        duration: ${pick(random, ['5 days', '1 vecka', '8 dagar'])}`);
      if (type === 'long-term-teaching-assignment') out.line(`        residence: ${violation === 'lower-case-residence' ? from.country.toLowerCase() : from.country}`);
    }
    if (random() < 0.05) out.line(`    x-note: ${pick(random, ['check insurance', 'kontakta värden', 'budget approved'])}`);
  }
  out.line('');

  const initiatives = options.youthInitiatives ?? Math.max(1, Math.floor(activityCount / 50));
  if (initiatives > 0) {
    out.line('youth-initiatives:');
    for (let n = 1; n <= initiatives; n++) {
      out.line(`  - id: Y${n}`);
      out.line(`    title: ${pick(random, ['Unga röster', 'Young voices', 'Klimatpodden', 'Street art for all'])}`);
      out.line('    groups:');
      const first = pick(random, COUNTRIES);
      out.line(`      - country: ${first}`);
      out.line(`        members: ${between(random, 4, 10)}`);
      const minors = random() < 0.5;
      if (minors) out.line('        minors: true');
      out.line(`      - country: ${pick(random, COUNTRIES.filter((c) => c !== first))}`);
      out.line(`        members: ${between(random, 4, 10)}`);
      if (!minors || random() < 0.9) out.line(`    coach: ${pick(random, ['Anna Berg', 'Jonas Weber', 'Aino Virtanen'])}`);
    }
    out.line('');
  }
  out.line('x-internal-reference: UHR-2027-0042');
  return out.lines.join('\n') + '\n';
}
