// Schema of the facts about the open workspace: its file, counts, schema and index state.
import * as v from 'valibot';

export const WorkspaceInfoSchema = v.object({
  path: v.string(),
  schemaVersion: v.number(),
  documentCount: v.number(),
  annotationCount: v.number(),
  tagCount: v.number(),
  index: v.object({ segments: v.number(), documents: v.number(), pending: v.number(), version: v.number() }),
});
