import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSettings, resolveLocale, toCheckConfig } from '../server/src/lsp/settings';

function read(raw: unknown) {
  const problems: string[] = [];
  return { settings: readSettings(raw, (problem) => problems.push(problem)), problems };
}

test('readSettings keeps known rule ids and severities, and reports the rest', () => {
  const { settings, problems } = read({
    locale: 'SV',
    rules: { 'isp-ects': 'off', schema: 'Warning', 'no-such-rule': 'error', coordinator: 'loud', 'isp-balance': 3 },
    other: true,
  });
  assert.deepEqual(settings, { locale: 'sv', rules: { 'isp-ects': 'off', schema: 'warning' } });
  assert.equal(problems.length, 3);
  assert.match(problems.join('\n'), /"no-such-rule"/);
  assert.match(problems.join('\n'), /coordinator: unknown severity "loud"/);
  assert.match(problems.join('\n'), /isp-balance: unknown severity number 3/);
});

test('readSettings: nothing given is no settings; wrong shapes are reported and ignored', () => {
  assert.deepEqual(read(undefined), { settings: {}, problems: [] });
  assert.deepEqual(read(null), { settings: {}, problems: [] });
  assert.deepEqual(read({ rules: null, locale: null }), { settings: {}, problems: [] });
  for (const raw of ['sv', 42, ['schema'], { rules: ['schema'] }, { locale: 'de' }, { locale: 1 }]) {
    const { settings, problems } = read(raw);
    assert.deepEqual(settings, {}, JSON.stringify(raw));
    assert.equal(problems.length, 1, JSON.stringify(raw));
  }
});

test('locale auto follows the client locale: sv for any sv*, else en', () => {
  assert.equal(resolveLocale('auto', 'sv'), 'sv');
  assert.equal(resolveLocale('auto', 'sv-SE'), 'sv');
  assert.equal(resolveLocale(undefined, 'sv-FI'), 'sv');
  assert.equal(resolveLocale('auto', 'en-US'), 'en');
  assert.equal(resolveLocale('auto', 'fi'), 'en');
  assert.equal(resolveLocale('auto', undefined), 'en');
  assert.equal(resolveLocale('en', 'sv'), 'en');
  assert.equal(resolveLocale('sv', 'en'), 'sv');
});

test('later settings layers replace the earlier ones key by key', () => {
  const initializationOptions = { locale: 'sv', rules: { schema: 'hint' } } as const;
  assert.deepEqual(toCheckConfig([initializationOptions, {}], 'en'), { locale: 'sv', rules: { schema: 'hint' } });
  assert.deepEqual(toCheckConfig([initializationOptions, { rules: { 'isp-ects': 'off' } }], 'en'), {
    locale: 'sv',
    rules: { 'isp-ects': 'off' },
  });
  assert.deepEqual(toCheckConfig([initializationOptions, { locale: 'auto' }], 'en'), {
    locale: 'en',
    rules: { schema: 'hint' },
  });
  assert.deepEqual(toCheckConfig([], undefined), { locale: 'en', rules: {} });
});
