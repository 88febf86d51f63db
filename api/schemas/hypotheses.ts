// Schemas of Analysis of Competing Hypotheses: the question, its hypotheses, each highlight's rating
// against each hypothesis, their histories, and the matrix with its scores (see db/ach/).
import * as v from 'valibot';
import { CONSISTENCY, RELEVANCE } from '../ach.js';
import { AnnotationSchema, NoteSchema } from './annotations.js';
import { AssessmentFields } from './assessments.js';
import { DocumentPassageSchema, NonBlank, RowId, WholeNumber } from './common.js';

export const MAX_STATEMENT_LENGTH = 500;
export const MAX_REASON_LENGTH = 300;

export const ConsistencySchema = v.picklist(CONSISTENCY, `expected one of ${CONSISTENCY.join(', ')}`);
export const RelevanceSchema = v.picklist(RELEVANCE, `expected one of ${RELEVANCE.join(', ')}`);

const Statement = v.pipe(NonBlank, v.maxLength(MAX_STATEMENT_LENGTH, `expected at most ${MAX_STATEMENT_LENGTH} characters`));

export const HypothesisSchema = v.object({
  id: RowId,
  statement: v.string(),
  /** Markdown: what would have to be true, indicators to watch… */
  note: v.string(),
  /** 0-based place in the analyst's order (the matrix's columns). */
  position: v.number(),
  createdAt: v.string(),
  updatedAt: v.string(),
});

export const CreateHypothesisInput = v.strictObject({
  statement: Statement,
  note: v.optional(NoteSchema),
  /** Where to put it (0 = first); at the end when left out. */
  position: v.optional(WholeNumber),
});

export const UpdateHypothesisInput = v.strictObject({
  id: RowId,
  statement: v.optional(Statement),
  note: v.optional(NoteSchema),
  /** Moves it to this place (0 = first); the others close up. */
  position: v.optional(WholeNumber),
});

export const HypothesisIdInput = v.strictObject({ id: RowId });

export const DeleteHypothesisOutput = v.object({ id: RowId, ratingsDeleted: v.number() });

export const HypothesisHistoryEntrySchema = v.object({
  at: v.string(),
  action: v.picklist(['created', 'updated', 'moved', 'deleted']),
  /** The hypothesis as it stood after the change (before it, for 'deleted'). */
  snapshot: v.object({ statement: v.string(), note: v.string(), position: v.number() }),
});

export const QuestionSchema = v.object({ question: v.string() });

export const SetQuestionInput = v.strictObject({ question: v.pipe(v.string(), v.maxLength(1000, 'expected at most 1000 characters')) });

export const RatingSchema = v.object({
  annotationId: v.string(),
  hypothesisId: RowId,
  /** '' for this workspace's analyst; an imported rating keeps its author. */
  rater: v.string(),
  consistency: ConsistencySchema,
  relevance: RelevanceSchema,
  /** One line: why the passage bears on the hypothesis so. */
  reason: v.string(),
  updatedAt: v.string(),
});

export const RateInput = v.strictObject({
  annotationId: NonBlank,
  hypothesisId: RowId,
  /** null clears the rating. */
  consistency: v.nullable(ConsistencySchema),
  /** Medium when left out on a new rating; unchanged on an existing one. */
  relevance: v.optional(RelevanceSchema),
  reason: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(MAX_REASON_LENGTH, `expected at most ${MAX_REASON_LENGTH} characters`),
      v.check((text) => !/[\r\n]/.test(text), 'expected one line'),
    ),
  ),
});

export const ListRatingsInput = v.strictObject({
  annotationId: v.optional(NonBlank),
  hypothesisId: v.optional(RowId),
});

export const RatingHistoryEntrySchema = v.object({
  at: v.string(),
  hypothesisId: RowId,
  rater: v.string(),
  before: v.nullable(v.object({ consistency: ConsistencySchema, relevance: RelevanceSchema, reason: v.string() })),
  after: v.nullable(v.object({ consistency: ConsistencySchema, relevance: RelevanceSchema, reason: v.string() })),
});

const CellSchema = v.object({ consistency: ConsistencySchema, relevance: RelevanceSchema, reason: v.string() });

export const DIAGNOSTICITY = ['none', 'low', 'medium', 'high'] as const;

export const RelatedInput = v.strictObject({
  annotationId: NonBlank,
  limit: v.optional(v.pipe(WholeNumber, v.minValue(1, 'expected a whole number, 1 or more'), v.maxValue(50, 'expected at most 50'))),
});

/** A passage elsewhere in the corpus that reports what a highlight reports. */
export const RelatedPassageSchema = v.object({
  /** The passage is the sentence. */
  ...DocumentPassageSchema.entries,
  /** The share (0–1) of the highlight's distinctive weight this sentence carries. */
  score: v.number(),
  /** The highlight's distinctive words found in it, as written there. */
  shared: v.array(v.string()),
  /** The highlight already covering this sentence, if any. */
  annotationId: v.nullable(v.string()),
  /** True when that highlight is linked to this one as the same claim. */
  sameClaim: v.boolean(),
  /**
   * Found at import as copied wording (db/copies/): 'copy-of' — this passage copies the highlighted
   * one (its document is later); 'copied-by' — the highlighted passage copies this one. Absent otherwise.
   */
  copy: v.optional(v.picklist(['copy-of', 'copied-by'])),
});

export const ConfirmSameClaimInput = v.pipe(
  v.strictObject({ annotationId: NonBlank, documentId: RowId, start: WholeNumber, end: WholeNumber }),
  v.check((input) => input.start < input.end, 'start must come before end'),
);

export const ConfirmSameClaimOutput = v.object({ annotation: AnnotationSchema, created: v.boolean() });

export const UnlinkSameClaimInput = v.strictObject({ annotationId: NonBlank, otherId: NonBlank });

export const ClaimReportSchema = v.object({
  annotationId: v.string(),
  documentId: RowId,
  exact: v.string(),
  title: v.string(),
  source: v.nullable(v.string()),
  date: v.nullable(v.string()),
});

export const AchRowSchema = v.object({
  annotationId: v.string(),
  documentId: RowId,
  exact: v.string(),
  title: v.string(),
  source: v.nullable(v.string()),
  date: v.nullable(v.string()),
  /** "p. 12" or "pp. 12–13" for paged documents; else null. */
  pages: v.nullable(v.string()),
  reliability: AssessmentFields.reliability,
  credibility: AssessmentFields.credibility,
  /** The passage's credibility weight from its grades (1 when ungraded). */
  weight: v.number(),
  /** Keyed by hypothesis id. */
  ratings: v.record(v.string(), CellSchema),
  /** How differently the passage bears on the hypotheses: none (the same everywhere) … high; null with fewer than two ratings. */
  diagnosticity: v.nullable(v.picklist(DIAGNOSTICITY)),
  /** Documents reporting this claim: the passage's own, those linked to it as the same claim, and those carrying a copy of one of those passages. */
  reports: v.number(),
  /** Independent sources among those documents: a copy counts with its origin, and relays named alike count once. */
  independentSources: v.number(),
  /** Other analysts' ratings (imported), keyed by hypothesis id. */
  others: v.record(v.string(), v.array(v.object({ rater: v.string(), consistency: ConsistencySchema, relevance: RelevanceSchema }))),
  /** Hypotheses on which another analyst rated this passage differently from this analyst. */
  disagreements: v.array(RowId),
});

export const AchHypothesisSchema = v.object({
  ...HypothesisSchema.entries,
  /** PARC ACH: I counts 1, II counts 2; consistent evidence counts nothing. Lower is more likely. */
  inconsistency: v.number(),
  /** The same, each rating weighted by its relevance and its passage's credibility weight. */
  weightedInconsistency: v.number(),
  /** 1 = least inconsistent; ties share a rank. */
  rank: v.number(),
  /** Passages rated against it (NA aside): 0 means its score says nothing yet. */
  rated: v.number(),
});

export const AchSensitivitySchema = v.object({
  annotationId: v.string(),
  /** The ranking (hypothesis ids, most likely first) without this passage. */
  ranking: v.array(RowId),
  /** The hypotheses that would rank first without it (several when they tie). */
  leaders: v.array(RowId),
  /** True when the first place would change: another hypothesis leads, or ties for the lead. */
  leaderChanges: v.boolean(),
});

export const AchSchema = v.object({
  question: v.string(),
  /** In the analyst's order. */
  hypotheses: v.array(AchHypothesisSchema),
  /** Hypothesis ids, most likely (least inconsistent) first. */
  ranking: v.array(RowId),
  /** Passages rated against at least one hypothesis (by this analyst or another), in document order. */
  rows: v.array(AchRowSchema),
  /** The passages whose removal (or disproof) would change the ranking. */
  sensitivity: v.array(AchSensitivitySchema),
  /** The ranking again without passages graded E or F for reliability. */
  withoutWeakSources: v.object({ ranking: v.array(RowId), excluded: v.number(), changed: v.boolean() }),
});
