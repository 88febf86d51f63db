// Schemas of tags: a name (unique regardless of case) and a #rrggbb colour.
import * as v from 'valibot';
import { RowId } from './common.js';

export const MAX_TAG_LENGTH = 64;

export const TagNameSchema = v.pipe(
  v.string(),
  v.check((name) => name.trim() !== '', 'expected a tag name, not a blank'),
  v.check((name) => name.trim().length <= MAX_TAG_LENGTH, `expected a tag name of at most ${MAX_TAG_LENGTH} characters`),
);

export const ColorSchema = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour written #rrggbb, e.g. #d55e00'));

export const TagSchema = v.object({
  id: RowId,
  name: v.string(),
  /** CSS hex colour, #rrggbb. */
  color: ColorSchema,
  annotationCount: v.number(),
});

export const CreateTagInput = v.strictObject({ name: TagNameSchema, color: v.optional(ColorSchema) });
export const RenameTagInput = v.strictObject({ id: RowId, name: TagNameSchema });
export const MergeTagsInput = v.pipe(
  v.strictObject({ sourceId: RowId, targetId: RowId }),
  v.check((input) => input.sourceId !== input.targetId, 'a tag cannot be merged into itself'),
);
export const RecolorTagInput = v.strictObject({ id: RowId, color: ColorSchema });
export const TagIdInput = v.strictObject({ id: RowId });
