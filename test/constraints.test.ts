import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  hostBreaks,
  hostRequirements,
  mustBeAbroad,
  ORGANISATION_REQUIREMENTS,
  residenceAllowed,
  senderBreaks,
  senderRequirements,
  type Situation,
} from '../server/src/core/format/constraints';
import type { RuleDocs } from '../server/src/core/check/rule';
import { RULES_BY_ID } from '../server/src/core/check/rules';
import { ORGANISATION_TYPES } from '../server/src/core/format/vocabulary';

const rules = (requirements: readonly { rule: string }[]) => requirements.map((r) => r.rule);
const assignment = (field: Situation['field'], purpose?: Situation['purpose']): Situation => ({
  field,
  type: 'long-term-teaching-assignment',
  purpose,
});

describe('constraints: who may host and send', () => {
  it('a teaching assignment follows its field and purpose', () => {
    assert.deepEqual(rules(hostRequirements(assignment('higher-education', 'teaching'))), ['he-teaching-host']);
    assert.deepEqual(rules(hostRequirements(assignment('higher-education', 'training'))), []);
    assert.deepEqual(rules(senderRequirements(assignment('higher-education', 'training'), 'teacher')), ['he-training-sender']);
    assert.deepEqual(rules(senderRequirements(assignment('higher-education', 'teaching'), 'teacher')), []);
    assert.deepEqual(rules(senderRequirements(assignment('vet', 'teaching'), 'staff')), ['assignment-sender']);
    assert.deepEqual(rules(senderRequirements(assignment('cross-sectoral'), undefined)), ['assignment-sender']);
  });

  it('a requirement on an unknown field, purpose or role does not apply (one mistake, one diagnostic)', () => {
    assert.deepEqual(rules(senderRequirements(assignment(undefined, 'training'), 'teacher')), []);
    assert.deepEqual(rules(hostRequirements(assignment('higher-education', undefined))), []);
    assert.deepEqual(rules(senderRequirements({ type: 'intensive-study-programme' }, undefined)), []);
  });

  it('intensive study programmes restrict the senders of students and teachers only', () => {
    const isp: Situation = { field: 'youth', type: 'intensive-study-programme' };
    assert.deepEqual(rules(senderRequirements(isp, 'student')), ['isp-participants']);
    assert.deepEqual(rules(senderRequirements(isp, 'teacher')), ['isp-participants']);
    assert.deepEqual(rules(senderRequirements(isp, 'expert')), []);
    assert.deepEqual(rules(senderRequirements(isp, 'staff')), []);
    assert.deepEqual(rules(hostRequirements(isp)), []);
  });

  it('a host breaks its type requirement and the abroad requirements of the groups', () => {
    const broken = hostBreaks(assignment('higher-education', 'teaching'), { type: 'school', country: 'SE' }, [
      { role: 'teacher', sender: { type: 'school', country: 'SE' } },
      { role: 'staff', sender: { type: 'school', country: 'FI' }, residence: 'SE' },
    ]);
    assert.deepEqual(broken, ['he-teaching-host', 'long-term-abroad', 'host-country-residence']);
    assert.deepEqual(hostBreaks(assignment('higher-education', 'teaching'), { type: 'higher-education-institution', country: 'NL' }, []), []);
  });

  it('a sender breaks its type requirement and, in a long-term type or a pupil exchange, the host country', () => {
    const pupils: Situation = { field: 'school-education', type: 'long-term-pupil-mobility' };
    const host = { type: 'school', country: 'DE' } as const;
    assert.deepEqual(senderBreaks(pupils, { type: 'vet-school', country: 'DE' }, 'pupil', host), ['long-term-abroad']);
    assert.deepEqual(senderBreaks(pupils, { type: 'enterprise', country: 'SE' }, 'pupil', host), ['pupil-schools']);
    assert.deepEqual(senderBreaks(pupils, { type: 'school', country: 'SE' }, 'pupil', host), []);
    const exchange: Situation = { field: 'school-education', type: 'short-term-pupil-exchange' };
    // A short-term pupil exchange is between schools of different countries too (pupil-exchange-abroad).
    assert.deepEqual(senderBreaks(exchange, { type: 'school', country: 'DE' }, 'pupil', host), ['pupil-exchange-abroad']);
    assert.deepEqual(senderBreaks(exchange, { type: 'school', country: 'SE' }, 'pupil', host), []);
  });

  it('unknown facts break nothing', () => {
    const pupils: Situation = { field: 'school-education', type: 'long-term-pupil-mobility' };
    assert.deepEqual(senderBreaks(pupils, {}, 'pupil', { country: 'DE' }), []);
    assert.deepEqual(hostBreaks(pupils, {}, [{ sender: { country: 'DE' } }]), []);
  });

  it('abroad: long-term types send abroad, teaching assignments also not to the country of residence', () => {
    assert.equal(mustBeAbroad('long-term-abroad', 'long-term-youth-worker-mobility'), true);
    assert.equal(mustBeAbroad('long-term-abroad', 'short-term-staff-training'), false);
    assert.equal(residenceAllowed('long-term-teaching-assignment', 'SE', { country: 'SE' }), false);
    assert.equal(residenceAllowed('long-term-teaching-assignment', 'FI', { country: 'SE' }), true);
    assert.equal(residenceAllowed('long-term-pupil-mobility', 'SE', { country: 'SE' }), true);
  });
});

describe('rule docs', () => {
  // The docs are prose, written by hand; this keeps them from contradicting the data: the
  // organisation types a rule's docs name in backticks are exactly those its requirements allow.
  it('name exactly the organisation types the constraints allow', () => {
    const byRule = new Map<string, Set<string>>();
    for (const requirement of ORGANISATION_REQUIREMENTS) {
      const types = byRule.get(requirement.rule) ?? new Set<string>();
      for (const type of requirement.types) types.add(type);
      byRule.set(requirement.rule, types);
    }
    assert.deepEqual([...byRule.keys()].sort(), ['assignment-sender', 'he-teaching-host', 'he-training-sender', 'isp-participants', 'pupil-schools']);
    for (const [id, types] of byRule) {
      const rule = RULES_BY_ID.get(id);
      if (!rule) assert.fail(id);
      for (const locale of ['en', 'sv'] as const) {
        const docs: RuleDocs = rule.docs[locale];
        const named: string[] = [...`${docs.summary} ${docs.details}`.matchAll(/`([a-z-]+)`/g)]
          .map((match) => match[1])
          .filter((word) => word in ORGANISATION_TYPES);
        assert.deepEqual(new Set(named), types, `${id} (${locale})`);
      }
    }
  });
});
