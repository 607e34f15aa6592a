import type { ActivityRule, Messages, NoData } from '../rule';
import { ectsFixes } from '../fixes/add-key';

const MESSAGES = {
  noEcts: {
    en: 'The work of the students in an intensive study programme should be recognised with ECTS credits (or an equivalent system): set `ects: true` once it is.',
    sv: 'Studenternas arbete i ett intensivt studieprogram bör erkännas med ECTS-poäng (eller ett motsvarande system): ange `ects: true` när det görs.',
  },
} as const satisfies Messages;

export const ispEcts: ActivityRule<typeof MESSAGES, NoData> = {
  id: 'isp-ects',
  severity: 'warning',
  kind: 'activity',
  messages: MESSAGES,
  fixes: ectsFixes,
  guideSection:
    'Intensiva studieprogram (studenter: 5 dagar till 2 månader, inbjudna lärare och annan personal: 1 dag till 2 månader)',
  docs: {
    en: {
      summary: 'Warns when the students\' work in an intensive study programme is not recognised with ECTS credits.',
      details:
        'Among the characteristics of a good intensive study programme, the guide says the participating students\' work "bör erkännas genom ECTS-poäng (eller motsvarande system)" (should be recognised through ECTS credits or an equivalent system). An `intensive-study-programme` with at least one `student` group and no `ects: true` gets a warning at its `type`. Set `ects: true` once the partner institutions have agreed on the recognition.',
    },
    sv: {
      summary: 'Varnar när studenternas arbete i ett intensivt studieprogram inte erkänns med ECTS-poäng.',
      details:
        'Bland egenskaperna hos ett bra intensivt studieprogram anger handledningen att de deltagande studenternas arbete "bör erkännas genom ECTS-poäng (eller motsvarande system)". Ett `intensive-study-programme` med minst en `student`-grupp och utan `ects: true` får en varning vid sin `type`. Ange `ects: true` när partnerlärosätena har kommit överens om erkännandet.',
    },
  },
  fixDocs: {
    en: 'Adds `ects: true` (or sets `false` to `true`) once the students\' work is recognised; Fix all leaves it, as only you know whether it is.',
    sv: 'Lägger till `ects: true` (eller ändrar `false` till `true`) när studenternas arbete erkänns; Fix all lämnar den, eftersom bara du vet om det gör det.',
  },
  check({ tr, activity, report }) {
    if (activity.type?.value !== 'intensive-study-programme') return;
    if (!activity.participants.some((group) => group.role?.value === 'student')) return;
    const written = activity.raw['ects'] !== undefined;
    // Written but not a boolean: the schema reports it.
    if (written && activity.ects?.value !== false) return;
    report(
      activity.type.span,
      tr.t('noEcts'),
    );
  },
};
