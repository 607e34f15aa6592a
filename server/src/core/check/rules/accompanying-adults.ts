import type { ActivityRule, Messages, NoData } from '../rule';
import { accompanyingFixes } from '../fixes/add-key';

const MESSAGES = {
  noAdults: {
    en: 'Pupils on a short-term exchange should always be accompanied by adults who ensure their protection and safety: give the number of accompanying adults under `accompanying`.',
    sv: 'Elever på ett kortare utbyte bör alltid ha sällskap av vuxna som kan garantera deras skydd och säkerhet: ange antalet medföljande vuxna under `accompanying`.',
  },
} as const satisfies Messages;

export const accompanyingAdults: ActivityRule<typeof MESSAGES, NoData> = {
  id: 'accompanying-adults',
  severity: 'warning',
  kind: 'activity',
  messages: MESSAGES,
  fixes: accompanyingFixes,
  guideSection: 'Kortare utbyten för elevgrupper (3 dagar till 2 månader)',
  docs: {
    en: {
      summary: 'Warns when a short-term exchange of pupils plans no accompanying adults.',
      details:
        'The guide says pupils on short-term exchanges "bör alltid ha sällskap av vuxna" (should always be accompanied by adults) who ensure their protection and safety and help them learn as much as possible. A `short-term-pupil-exchange` with no `accompanying` key, or with `accompanying: 0`, gets a warning at its `type`. Give the number of accompanying adults, for example `accompanying: 2`.',
    },
    sv: {
      summary: 'Varnar när ett kortare utbyte för elevgrupper inte har några medföljande vuxna.',
      details:
        'Enligt handledningen bör elever som deltar i korta utbyten "alltid ha sällskap av vuxna" som kan garantera deras skydd och säkerhet och se till att de lär sig så mycket som möjligt. Ett `short-term-pupil-exchange` utan nyckeln `accompanying`, eller med `accompanying: 0`, får en varning vid sin `type`. Ange antalet medföljande vuxna, till exempel `accompanying: 2`.',
    },
  },
  fixDocs: {
    en: 'Adds `accompanying: 1` (or sets `0` to `1`) for you to change to the real number; Fix all leaves it, as only you know how many adults travel.',
    sv: 'Lägger till `accompanying: 1` (eller ändrar `0` till `1`) som du sedan ändrar till det verkliga antalet; Fix all lämnar den, eftersom bara du vet hur många vuxna som följer med.',
  },
  check({ tr, activity, report }) {
    if (activity.type?.value !== 'short-term-pupil-exchange') return;
    const written = activity.raw['accompanying'] !== undefined;
    // Written but not a whole number >= 0: the schema reports it.
    if (written && activity.accompanying?.value !== 0) return;
    report(
      activity.type.span,
      tr.t('noAdults'),
    );
  },
};
