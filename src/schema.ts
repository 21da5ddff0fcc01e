/**
 * The output contract (shared SCHEMA.md, schema version 1) as zod schemas.
 *
 * This file is the only definition of the contract in code: the TypeScript
 * types are inferred from it, every result is validated against it before it
 * is written, and `breach-parse schema` prints it as JSON Schema (2020-12).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)');

/** Exact text and its half-open UTF-16 offsets into `document.text`. */
export const Evidence = z
  .object({
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((e) => e.end >= e.start, { message: 'evidence end before start' })
  .refine((e) => e.end - e.start === e.text.length, { message: 'evidence text length differs from its offsets' });
export type Evidence = z.infer<typeof Evidence>;

export const Warning = z.object({ code: z.string(), message: z.string() });
export type Warning = z.infer<typeof Warning>;

export const PARTY_KINDS = ['person', 'group', 'organization', 'authority'] as const;
export const PartyKind = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof PartyKind>;

export const ROLES = [
  'perpetrator',
  'insider',
  'seller',
  'reseller',
  'buyer',
  'victim',
  'data-holder',
  'complainant',
  'investigator',
  'spokesperson',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Party = z.object({
  id: z.string().regex(/^P\d+$/),
  kind: PartyKind,
  name: z.string().nullable(),
  description: z.string().nullable(),
  size: z.number().int().positive().nullable(),
  roles: z.array(Role),
  location: z.string().nullable(),
  mentions: z.array(Evidence),
});
export type Party = z.infer<typeof Party>;

export const DATA_CATEGORIES = [
  'name',
  'address',
  'phone',
  'email',
  'id-number',
  'bank-account',
  'payment-card',
  'transaction-record',
  'tax-record',
  'travel-record',
  'exam-registration',
  'credential',
  'medical',
  'location-trace',
  'vehicle',
  'property',
  'social-account',
  'biometric',
  'financial',
  'credit-record',
  'accommodation-record',
  'communication-record',
  'communication-content',
  'courier-waybill',
  'minor-data',
  'personal-information',
  'other',
] as const;
export const DataCategoryName = z.enum(DATA_CATEGORIES);
export type DataCategoryName = z.infer<typeof DataCategoryName>;

export const DataCategory = z.object({
  category: DataCategoryName,
  sensitive: z.boolean(),
  evidence: Evidence,
});
export type DataCategory = z.infer<typeof DataCategory>;

const numberOrNull = z.number().finite().nullable();

/** How much data, or how many people. */
export const Quantity = z.object({
  text: z.string(),
  value: numberOrNull,
  min: numberOrNull,
  max: numberOrNull,
  approximate: z.boolean(),
  unit: z.string().nullable(),
  evidence: Evidence,
});
export type Quantity = z.infer<typeof Quantity>;

export const MONEY_PURPOSES = ['profit', 'price', 'fine', 'loss', 'compensation', 'ransom', 'other'] as const;
export const MoneyPurpose = z.enum(MONEY_PURPOSES);
export type MoneyPurpose = z.infer<typeof MoneyPurpose>;

export const Money = z.object({
  id: z.string().regex(/^M\d+$/),
  text: z.string(),
  value: numberOrNull,
  min: numberOrNull,
  max: numberOrNull,
  approximate: z.boolean(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code').nullable(),
  purpose: MoneyPurpose,
  per: z.string().nullable(),
  conversionOf: z.string().nullable(),
  evidence: Evidence,
});
export type Money = z.infer<typeof Money>;

export const DATE_PRECISIONS = ['day', 'part-of-month', 'month', 'quarter', 'year', 'range'] as const;
export const DatePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const DateMention = z.object({
  text: z.string(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  precision: DatePrecision,
  relative: z.boolean(),
  evidence: Evidence,
});
export type DateMention = z.infer<typeof DateMention>;

export const LOCATION_LEVELS = ['country', 'province', 'city', 'district'] as const;
export const LocationLevel = z.enum(LOCATION_LEVELS);

export const Location = z.object({
  name: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  region: z.string().nullable(),
  level: LocationLevel,
  evidence: Evidence,
});
export type Location = z.infer<typeof Location>;

export const Transfer = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  verb: z.string(),
  evidence: Evidence,
});
export type Transfer = z.infer<typeof Transfer>;

export const OUTCOME_TYPES = [
  'arrest',
  'detention',
  'investigation',
  'charge',
  'sentence',
  'fine',
  'complaint',
  'remediation',
] as const;
export const OutcomeType = z.enum(OUTCOME_TYPES);
export type OutcomeType = z.infer<typeof OutcomeType>;

export const Outcome = z.object({
  type: OutcomeType,
  count: z.number().int().nonnegative().nullable(),
  subjects: z.array(z.string()),
  agent: z.string().nullable(),
  /** Prison term in months, for a `sentence`. */
  termMonths: z.number().nonnegative().nullable().optional(),
  /** Id of the Money item, for a `fine`. */
  amount: z.string().nullable().optional(),
  evidence: Evidence,
});
export type Outcome = z.infer<typeof Outcome>;

export const Incident = z.object({
  id: z.string().regex(/^I\d+$/),
  headline: z.string().nullable(),
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  summary: z.string().nullable(),
  parties: z.array(Party),
  dataCategories: z.array(DataCategory),
  volumes: z.array(Quantity),
  amounts: z.array(Money),
  dates: z.array(DateMention),
  locations: z.array(Location),
  transfers: z.array(Transfer),
  outcomes: z.array(Outcome),
});
export type Incident = z.infer<typeof Incident>;

export const Mentions = z.object({
  volumes: z.array(Quantity),
  amounts: z.array(Money),
  dates: z.array(DateMention),
  locations: z.array(Location),
  dataCategories: z.array(DataCategory),
});
export type Mentions = z.infer<typeof Mentions>;

export const DocumentInfo = z.object({
  source: z.string(),
  format: z.enum(['text', 'html']),
  encoding: z.string(),
  title: z.string().nullable(),
  published: isoDate.nullable(),
  referenceDate: isoDate.nullable(),
  referenceDateSource: z.enum(['flag', 'metadata', 'text', 'none']),
  url: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string().optional(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const Result = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  document: DocumentInfo,
  incidents: z.array(Incident),
  warnings: z.array(Warning),
  mentions: Mentions.optional(),
});
export type Result = z.infer<typeof Result>;

export const ErrorRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  document: z.object({ source: z.string() }),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorRecord = z.infer<typeof ErrorRecord>;

/** One output line: a result or an error record. */
export const OutputRecord = z.union([Result, ErrorRecord]);
export type OutputRecord = z.infer<typeof OutputRecord>;

/** The contract as JSON Schema (draft 2020-12), for `breach-parse schema`. */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(OutputRecord, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://breach-parse.dev/schema/v1.json',
    title: 'breach-parse output (schema version 1)',
    ...schema,
  };
}

/** Formats zod issues with their paths, one per line. */
export function formatIssues(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  if (error.issues.length > limit) lines.push(`… and ${error.issues.length - limit} more`);
  return lines.join('; ');
}
