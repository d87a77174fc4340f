// Hand-written zod 3, zod 4 and valibot schemas of the benchmark model `ScorecardsPaginated` from
// stackone-php/2025-11-30, equivalent to its docs: nullable optional fields, wire names as keys,
// unknown keys allowed.
import * as v from 'valibot';
import { z as z4 } from 'zod';
import { z as z3 } from 'zod/v3';

const OVERALL_RECOMMENDATION = ['strong_yes', 'yes', 'no', 'strong_no', 'no_decision', 'unmapped_value'] as const;
const FIELD_TYPE = ['short_text', 'long_text', 'multi_select', 'single_select', 'boolean', 'number', 'date', 'phone', 'email', 'score', 'location', 'unmapped_value'] as const;

export function zod3Schema() {
  const text = z3.string().nullable().optional();
  const field = z3.object({
    id: text, remoteId: text, label: text,
    type: z3.enum(FIELD_TYPE).nullable().optional(),
    values: z3.array(z3.string()).nullable().optional(),
    required: z3.union([z3.boolean(), z3.enum(['true', 'false'])]).nullable().optional(),
  });
  const section = z3.object({ id: text, remoteId: text, label: text, fields: z3.array(field).nullable().optional() });
  const dateTime = z3.string().datetime({ offset: true }).nullable().optional();
  const scorecard = z3.object({
    id: text, remoteId: text, sections: z3.array(section).nullable().optional(), label: text,
    candidateId: text, remoteCandidateId: text, applicationId: text, remoteApplicationId: text,
    interviewId: text, remoteInterviewId: text, authorId: text, remoteAuthorId: text,
    overallRecommendation: z3.enum(OVERALL_RECOMMENDATION).nullable().optional(),
    createdAt: dateTime, updatedAt: dateTime,
  });
  const anyArray = z3.array(z3.unknown());
  const rawResponse = z3.object({
    method: z3.string(), url: z3.string(),
    body: z3.union([z3.string(), anyArray]).nullable().optional(),
    response: z3.union([anyArray, z3.string()]).nullable().optional(),
  });
  return z3.object({ nextPage: text, next: text, data: z3.array(scorecard), raw: z3.array(rawResponse).nullable().optional() });
}

export function zod4Schema() {
  const text = z4.string().nullable().optional();
  const field = z4.object({
    id: text, remoteId: text, label: text,
    type: z4.enum(FIELD_TYPE).nullable().optional(),
    values: z4.array(z4.string()).nullable().optional(),
    required: z4.union([z4.boolean(), z4.enum(['true', 'false'])]).nullable().optional(),
  });
  const section = z4.object({ id: text, remoteId: text, label: text, fields: z4.array(field).nullable().optional() });
  const dateTime = z4.iso.datetime({ offset: true }).nullable().optional();
  const scorecard = z4.object({
    id: text, remoteId: text, sections: z4.array(section).nullable().optional(), label: text,
    candidateId: text, remoteCandidateId: text, applicationId: text, remoteApplicationId: text,
    interviewId: text, remoteInterviewId: text, authorId: text, remoteAuthorId: text,
    overallRecommendation: z4.enum(OVERALL_RECOMMENDATION).nullable().optional(),
    createdAt: dateTime, updatedAt: dateTime,
  });
  const anyArray = z4.array(z4.unknown());
  const rawResponse = z4.object({
    method: z4.string(), url: z4.string(),
    body: z4.union([z4.string(), anyArray]).nullable().optional(),
    response: z4.union([anyArray, z4.string()]).nullable().optional(),
  });
  return z4.object({ nextPage: text, next: text, data: z4.array(scorecard), raw: z4.array(rawResponse).nullable().optional() });
}

export function valibotSchema() {
  const text = v.nullish(v.string());
  const field = v.object({
    id: text, remoteId: text, label: text,
    type: v.nullish(v.picklist(FIELD_TYPE)),
    values: v.nullish(v.array(v.string())),
    required: v.nullish(v.union([v.boolean(), v.picklist(['true', 'false'])])),
  });
  const section = v.object({ id: text, remoteId: text, label: text, fields: v.nullish(v.array(field)) });
  const dateTime = v.nullish(v.pipe(v.string(), v.isoTimestamp()));
  const scorecard = v.object({
    id: text, remoteId: text, sections: v.nullish(v.array(section)), label: text,
    candidateId: text, remoteCandidateId: text, applicationId: text, remoteApplicationId: text,
    interviewId: text, remoteInterviewId: text, authorId: text, remoteAuthorId: text,
    overallRecommendation: v.nullish(v.picklist(OVERALL_RECOMMENDATION)),
    createdAt: dateTime, updatedAt: dateTime,
  });
  const anyArray = v.array(v.unknown());
  const rawResponse = v.object({
    method: v.string(), url: v.string(),
    body: v.nullish(v.union([v.string(), anyArray])),
    response: v.nullish(v.union([anyArray, v.string()])),
  });
  return v.object({ nextPage: text, next: text, data: v.array(scorecard), raw: v.nullish(v.array(rawResponse)) });
}
