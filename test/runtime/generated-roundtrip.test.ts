import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateOptions } from '../../generator/generate.js';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = 'test/runtime/fixtures/events';
const tempRoot = join(repository, 'test', '.tmp-runtime-roundtrip');

/** Generates the fixture docs into a folder under the temp root and imports its index module. */
async function generateAndImport(name: string, options: Partial<GenerateOptions> = {}): Promise<Record<string, any>> {
  const out = join(tempRoot, name);
  const result = generate({ input: fixtures, out, cwd: repository, ...options });
  expect(result.hasErrors).toBe(false);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  for (const file of result.files) writeFileSync(join(out, file.path), file.content);
  return import(join(out, 'index.ts'));
}

/** An event as the API writes it, with date-times in three forms. */
const eventJson = {
  event_id: 'evt_1',
  occurred_at: '2021-07-21T14:00:00Z',
  status: 'active',
  attendee_count: 2,
  ratio: 2,
  attendees: [
    { display_name: 'Ada', attended_at: '2021-07-21T14:05:00+02:00', role: 'host' },
    { display_name: 'Grace', attended_at: '2021-07-21T14:06:00.000Z', role: 'speaker', badge: 7 },
  ],
  tag_groups: [['a', 'b'], ['c']],
  score: { points: 87, max_points: 100 },
  checkpoints: { doors_open: '2021-07-21T13:30:00.123456Z' },
  starts_on: '2021-07-21',
  note: '2021-07-21T14:00:00Z',
  venue: { city: 'London' },
};

describe('generated models round trip', () => {
  let models: Record<string, any>;
  let dropping: Record<string, any>;

  beforeAll(async () => {
    rmSync(tempRoot, { recursive: true, force: true });
    models = await generateAndImport('open', { openEnums: ['AttendeeRole'] });
    dropping = await generateAndImport('drop', { unknownProperties: 'drop' });
  });

  afterAll(() => {
    rmSync(tempRoot, { recursive: true, force: true });
  });

  it('compiles under strict settings', () => {
    const tsc = join(repository, 'node_modules', '.bin', 'tsc');
    const flags = ['--ignoreConfig', '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--noUncheckedIndexedAccess', '--verbatimModuleSyntax', '--types', '', '--lib', 'es2023'];
    const files = ['index.ts', 'Event.ts', 'Attendee.ts', 'AttendeeRole.ts', 'EventScore.ts', 'EventStatus.ts', 'ScoreDetail.ts', 'runtime.ts'];
    let output = '';
    try {
      execFileSync(tsc, [...flags, ...files], { cwd: join(tempRoot, 'open'), stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: Buffer }).stdout ?? error);
    }
    expect(output).toBe('');
  });

  it('reads dates, enums, arrays, maps and unions', () => {
    const event = models.Event.fromJSON(eventJson);

    expect(event).toBeInstanceOf(models.Event);
    expect(event.occurredAt).toBeInstanceOf(Date);
    expect(event.occurredAt.toISOString()).toBe('2021-07-21T14:00:00.000Z');
    expect(event.attendees[0]).toBeInstanceOf(models.Attendee);
    expect(event.attendees[0].attendedAt.toISOString()).toBe('2021-07-21T12:05:00.000Z');
    expect(event.attendees[1].role).toBe('speaker');
    expect(event.attendees[1].additionalProperties).toEqual({ badge: 7 });
    expect(event.tagGroups).toEqual([['a', 'b'], ['c']]);
    expect(event.score).toBeInstanceOf(models.ScoreDetail);
    expect(event.score.maxPoints).toBe(100);
    expect(event.checkpoints.doors_open.toISOString()).toBe('2021-07-21T13:30:00.123Z');
    expect(event.startsOn).toBe('2021-07-21');
    expect(event.note).toBe('2021-07-21T14:00:00Z');
    expect(event.ratio).toBe(2);
  });

  it('writes back the identical JSON', () => {
    const event = models.Event.fromJSON(eventJson);

    expect(event.toJSON()).toEqual(eventJson);
    expect(JSON.stringify(event)).toBe(JSON.stringify(eventJson));
  });

  it('keeps each date-time form on a round trip', () => {
    for (const text of ['2021-07-21T14:00:00.000Z', '2021-07-21T14:00:00Z', '2021-07-21T16:00:00+02:00', '2021-07-21T09:30:00-0430', '2021-07-21T14:00:00.1234567Z']) {
      const event = models.Event.fromJSON({ ...eventJson, occurred_at: text });
      expect(event.toJSON().occurred_at).toBe(text);
    }
  });

  it('writes a changed or new Date with toISOString', () => {
    const event = models.Event.fromJSON(eventJson);
    event.occurredAt.setUTCHours(15);
    expect(event.toJSON().occurred_at).toBe('2021-07-21T15:00:00.000Z');

    event.occurredAt = new Date(Date.UTC(2022, 0, 2, 3, 4, 5));
    expect(event.toJSON().occurred_at).toBe('2022-01-02T03:04:05.000Z');
  });

  it('picks the most specific union member', () => {
    const scoreOf = (score: unknown): unknown => models.Event.fromJSON({ ...eventJson, score }).score;

    expect(scoreOf('87')).toBe('87');
    expect(scoreOf(87)).toBe(87);
    expect(scoreOf(87.5)).toBe(87.5);
    expect(scoreOf({ points: 1 })).toBeInstanceOf(models.ScoreDetail);
    expect(models.compareFits(models.fitOf(models.eventScoreSchema, 2), models.fitOf(models.eventScoreSchema, 2.5))).toBeGreaterThan(0);
  });

  it('drops unknown properties when set to', () => {
    const event = dropping.Event.fromJSON({ ...eventJson, attendees: [] });

    expect(event.additionalProperties).toBeUndefined();
    expect(event.toJSON().venue).toBeUndefined();
    expect(event.toJSON().event_id).toBe('evt_1');
  });

  it('rejects unknown values of closed enums', () => {
    const result = dropping.Event.safeFromJSON(eventJson);

    expect(result.ok).toBe(false);
    expect(result.problems.map((problem: { message: string }) => problem.message)).toEqual(['$.attendees[1].role: expected one of "host", "guest", found string "speaker"']);
  });

  it('reports each kind of bad input with its path', () => {
    const messagesOf = (json: unknown): string[] => {
      const result = models.Event.safeFromJSON(json);
      return result.ok ? [] : result.problems.map((problem: { message: string }) => problem.message);
    };
    const { event_id: _eventId, ...withoutId } = eventJson;

    expect(messagesOf(withoutId)).toEqual(['$.event_id: the required property is missing (expected string)']);
    expect(messagesOf({ ...eventJson, attendee_count: 1.5 })).toEqual(['$.attendee_count: expected integer, found number 1.5']);
    expect(messagesOf({ ...eventJson, status: 'paused' })).toEqual(['$.status: expected one of "active", "cancelled", found string "paused"']);
    expect(messagesOf({ ...eventJson, occurred_at: '2021-02-30T14:00:00Z' })).toEqual(['$.occurred_at: expected ISO 8601 date-time, found string "2021-02-30T14:00:00Z"']);
    expect(messagesOf({ ...eventJson, occurred_at: '2021-07-21 14:00:00' })).toEqual(['$.occurred_at: expected ISO 8601 date-time, found string "2021-07-21 14:00:00"']);
    expect(messagesOf({ ...eventJson, starts_on: '2021-7-21' })).toEqual(['$.starts_on: expected ISO 8601 date (YYYY-MM-DD), found string "2021-7-21"']);
    expect(messagesOf({ ...eventJson, tag_groups: [['a'], [1]] })).toEqual(['$.tag_groups[1][0]: expected string, found number 1']);
    expect(messagesOf({ ...eventJson, attendees: [{ attended_at: 'soon' }] })).toEqual([
      '$.attendees[0].display_name: the required property is missing (expected string)',
      '$.attendees[0].attended_at: expected ISO 8601 date-time, found string "soon"',
    ]);
    expect(messagesOf({ ...eventJson, checkpoints: { 'doors open': 5 } })).toEqual(['$.checkpoints["doors open"]: expected ISO 8601 date-time, found number 5']);
    expect(messagesOf({ ...eventJson, status: null })).toEqual(['$.status: expected one of "active", "cancelled", found null']);
  });

  it('reports a union that no member fits', () => {
    const result = models.Event.safeFromJSON({ ...eventJson, score: { max_points: 3 } });

    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem.path).toBe('$.score');
    expect(problem.expected).toBe('one of string, integer, number, ScoreDetail object');
    expect(problem.message).toContain('string: $.score: expected string, found an object');
    expect(problem.message).toContain('ScoreDetail object: $.score.points: the required property is missing (expected integer)');
  });
});
