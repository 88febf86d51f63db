// The annotation filter options shared by `annotations` and `export`, declared once.
import type { AnnotationFilter } from '../api/types.js';
import { stringOption, type OptionTable, type ParsedArgs } from './args.js';
import { confidence, credibility, nonEmpty, positiveInteger, probability, reliability } from './validate.js';

export const ANNOTATION_FILTER_OPTIONS: OptionTable = {
  doc: { type: 'string', value: 'ID', description: 'only highlights in this document' },
  tag: { type: 'string', value: 'TAG', description: 'only highlights carrying this tag' },
  reliability: { type: 'string', value: 'A-F', description: 'only this source reliability' },
  credibility: { type: 'string', value: '1-6', description: 'only this information credibility' },
  probability: { type: 'string', value: 'SLUG', description: 'only this estimative probability (e.g. likely)' },
  confidence: { type: 'string', value: 'LEVEL', description: 'only this confidence: low, moderate or high' },
};

export function annotationFilter(args: ParsedArgs): AnnotationFilter {
  const filter: AnnotationFilter = {};
  const doc = stringOption(args, 'doc');
  if (doc !== undefined) filter.documentId = positiveInteger(doc, '--doc');
  const tag = stringOption(args, 'tag');
  if (tag !== undefined) filter.tag = nonEmpty(tag, '--tag');
  const rel = stringOption(args, 'reliability');
  if (rel !== undefined) filter.reliability = reliability(rel);
  const cred = stringOption(args, 'credibility');
  if (cred !== undefined) filter.credibility = credibility(cred);
  const prob = stringOption(args, 'probability');
  if (prob !== undefined) filter.probability = probability(prob);
  const conf = stringOption(args, 'confidence');
  if (conf !== undefined) filter.confidence = confidence(conf);
  return filter;
}
