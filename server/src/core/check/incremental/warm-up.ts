import type { CheckConfig } from '../../base/types';
import { checkIncremental } from './index';

/**
 * A small application, checked at server start (see warmUp): comments, a flow
 * list, a folded block scalar, Swedish and English units, each activity type,
 * a youth initiative and a few mistakes, so that most of the parser's and the
 * checker's code runs once, messages included. (Made by scripts/bench/generate.ts
 * with 6 activities, seed 3, half of them with a mistake.)
 */
const SAMPLE = `# Generated application: 6 activities (seed 3).
# A cross-sectoral partnership of schools, universities and youth organisations.
project:
  title: Inclusion i Europa
  field: cross-sectoral
  start: 2027-09-01
  duration: 36 months
  priorities: [active-participation-in-society, strategic-use-of-ict, equity-and-inclusion]
  summary: >
    Schools, universities and youth organisations in several countries work
    together on democracy, sustainability and digital skills.

partners:
  - id: se-school
    name: Lycée Jean Moulin Umeå
    country: SE
    type: school
    coordinator: true
  - id: de-school
    name: Scuola media Dante Köln
    country: DE
    type: school
  - id: fi-uni
    name: Université Tampere
    country: FI
    type: higher-education-institution
  - id: fr-uni
    name: Hochschule Lyon
    country: FR
    type: higher-education-institution
  - id: es-youth
    name: Ungdomens hus León
    country: ES
    type: youth-organisation
  - id: it-youth
    name: Maison des jeunes Bologna
    country: IT
    type: youth-organisation

activities:
  - id: A1
    type: long-term-teaching-assignment
    title: Entreprenörskap in Köln
    host: de-school
    purpose: training
    duration: 10 weeks
    start: 2027-07-23
    participants:
      - from: fr-uni
        role: teacher
        count: 3
        residence: FR
  - id: A2
    type: short-term-pupil-exchange
    title: Demokrati i Umeå
    host: se-school
    duration: 2 weeks
    start: 2029-10-19
    accompanying: 4
    participants:
      - from: de-school
        role: pupil
        count: 5
        age: 15
      - from: de-school
        role: pupil
        count: 18
        age: 15
      - from: de-school
        role: pupil
        count: 13
        age: 17
  - id: A3
    type: blended-mobility
    title: Lärande om Entreprenörskap
    host: de-school
    duration: 1 vecka   # agreed with the host
    start: 2030-01-06
    participants:
      - from: fi-uni
        role: student
        count: 18
      - from: de-school
        role: pupil
        count: 13
        age: 15
  - id: A4
    type: short-term-staff-training
    title: Lärande om Entreprenörskap
    host: es-youth
    start: 2029-07-28
    end: 2029-08-04
    participants:
      - from: fr-uni
        role: teacher
        count: 17
      - from: fr-uni
        role: staff
        count: 20
  - id: A5
    type: long-term-teaching-assignment
    title: Open science in Lyon
    host: fr-uni
    purpose: training
    duration: 2 månader
    start: 2029-02-25
    participants:
      - from: se-school
        role: teacher
        count: 3
        residence: SE
      - from: se-school
        role: staff
        count: 3
        residence: SE
  # Preliminary dates
  - id: A5
    type: short-term-pupil-exchange
    title: Lärande om Språkbad
    host: de-school
    duration: 7 days
    start: 2027-09-15
    accompanying: 3
    participants:
      - from: se-school
        role: pupil
        count: 17
        age: 14
      - from: se-school
        role: pupil
        count: 6
        age: 16
      - from: se-school
        role: pupil
        count: 16
        age: 15

youth-initiatives:
  - id: Y1
    title: Street art for all
    groups:
      - country: FR
        members: 6
        minors: true
      - country: PL
        members: 7
    coach: Aino Virtanen

x-internal-reference: UHR-2027-0042

`;

/**
 * Checks a small application once, so that the first real check does not pay
 * for compiling the parser, the checker and the rules: JavaScript engines
 * compile a function when it first runs and optimise it as it keeps running.
 * About 20 ms at the start of a server; the first document a user opens is
 * then checked in about the time the `yaml` package alone takes to parse it in
 * a fresh process (100 activities: 74 ms rather than 90 ms). Pure: nothing is kept.
 */
export function warmUp(config: CheckConfig = { locale: 'en', rules: {} }): void {
  checkIncremental(undefined, SAMPLE, config);
}
