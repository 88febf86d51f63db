// Schemas of the four assessments an annotation can carry, over the vocabularies in
// ../assessments.ts: null means "not assessed"; left out on input means "leave as it is".
import * as v from 'valibot';
import { CONFIDENCE, CREDIBILITY, PROBABILITY, RELIABILITY } from '../assessments.js';

export const ReliabilitySchema = v.picklist(RELIABILITY);
export const CredibilitySchema = v.picklist(CREDIBILITY);
export const ProbabilitySchema = v.picklist(PROBABILITY);
export const ConfidenceSchema = v.picklist(CONFIDENCE);

export const AssessmentFields = {
  reliability: v.nullable(ReliabilitySchema),
  credibility: v.nullable(CredibilitySchema),
  probability: v.nullable(ProbabilitySchema),
  confidence: v.nullable(ConfidenceSchema),
};

/** On input each assessment may be left out (unchanged) or null (cleared). */
export const AssessmentInputFields = {
  reliability: v.optional(AssessmentFields.reliability),
  credibility: v.optional(AssessmentFields.credibility),
  probability: v.optional(AssessmentFields.probability),
  confidence: v.optional(AssessmentFields.confidence),
};

export const AssessmentInputSchema = v.strictObject(AssessmentInputFields);
