// The JSON shapes Assay writes as W3C Web Annotations, and the `assay:` extension vocabulary
// that carries what the W3C model has no words for (assessments, document citation).
import type { Confidence, Credibility, Probability, Reliability } from '../../api/assessments.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Namespace of the `assay:` extension terms. A URN rather than an https IRI: Assay is an
 * offline tool with no web domain of its own, JSON-LD needs only an absolute IRI (vocabulary
 * IRIs are never fetched), and an https IRI on a domain we do not control could later be
 * claimed by someone else. If the project gets a domain, change it here and in WEB-ANNOTATION.md.
 */
export const ASSAY_NAMESPACE = 'urn:assay:vocab#';

export const ASSAY_CONTEXT = { assay: ASSAY_NAMESPACE } as const;

export type AssayContext = typeof ASSAY_CONTEXT;
export type WebAnnotationContext = [typeof ANNO_CONTEXT, AssayContext];

export const WEB_ANNOTATION_CONTEXT: WebAnnotationContext = [ANNO_CONTEXT, ASSAY_CONTEXT];

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  format?: 'text/markdown';
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Every key is prefixed so that none can clash with a term of the W3C context (e.g. `source`). */
export interface AssayAssessment {
  'assay:reliability'?: Reliability;
  'assay:credibility'?: Credibility;
  'assay:probability'?: Probability;
  'assay:confidence'?: Confidence;
}

/** The citation of the annotated document, as the exporting workspace knew it. */
export interface AssayDocument {
  'assay:title': string;
  'assay:source'?: string;
  'assay:author'?: string;
  'assay:date'?: string;
  'assay:url'?: string;
  'assay:language'?: string;
  /** The analyst's tags on the whole document. */
  'assay:tags'?: string[];
  /** The analyst's note on the whole document (Markdown). */
  'assay:note'?: string;
}

export interface WebAnnotationTarget {
  type: 'SpecificResource';
  /** `ni:///sha-256;…` of the document body (RFC 6920). */
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
  'assay:document': AssayDocument;
  /** The pages of a paged document the passage lies on: "p. 12" or "pp. 12–13". */
  'assay:pages'?: string;
}

/** A rating of the passage against a hypothesis (Analysis of Competing Hypotheses). */
export interface AssayRating {
  /** The hypothesis's statement, as listed in the collection's `assay:hypotheses`. */
  'assay:hypothesis': string;
  'assay:consistency': 'CC' | 'C' | 'N' | 'I' | 'II' | 'NA';
  'assay:relevance': 'low' | 'medium' | 'high';
  'assay:reason'?: string;
  /** Who rated, when not the exporting analyst (a rating imported from someone else). */
  'assay:rater'?: string;
}

export interface AssayHypothesis {
  'assay:statement': string;
  'assay:note'?: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created?: string;
  modified?: string;
  /** Absent for a bare highlight: the model allows an annotation without a body. */
  body?: TextualBody[];
  target: WebAnnotationTarget;
  /** Absent when nothing was assessed. */
  'assay:assessment'?: AssayAssessment;
  /** Ratings against the collection's hypotheses. */
  'assay:ratings'?: AssayRating[];
  /** Annotations (urn:uuid IRIs) the analyst linked to this one as reporting the same claim. */
  'assay:sameClaimAs'?: string[];
}

export interface StandaloneWebAnnotation extends WebAnnotation {
  '@context': WebAnnotationContext;
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: { id: string; label: string; total: number };
  startIndex: 0;
  items: WebAnnotation[];
}

export interface WebAnnotationCollection {
  '@context': WebAnnotationContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: 'Assay' };
  /** The question the hypotheses answer. */
  'assay:question'?: string;
  /** The hypotheses, in the analyst's order. */
  'assay:hypotheses'?: AssayHypothesis[];
  first: AnnotationPage;
  last: string;
}
