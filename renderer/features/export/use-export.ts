// Export as a typed hook: the rendered report for the chosen format and filter (the preview),
// and saving it — a browser download, or the native save dialog in the desktop app.
import type { UseQueryResult } from '@tanstack/react-query';
import type { AnnotationFilter, ExportFormat, ExportOutput } from '../../../api/types.js';
import { useShell } from '../../api/bridge.js';
import { useWorkbenchQuery } from '../../data/workbench-hooks.js';
import { localTimeZone } from '../../lib/format-time.js';

export interface ExportRequest {
  format: ExportFormat;
  filter: AnnotationFilter;
  groupBy: 'tag' | 'document';
}

/** The rendered export; the previous one stays in the preview while a new choice renders. */
export function useExport(request: ExportRequest): UseQueryResult<ExportOutput> {
  // The core has no clock zone of its own: the brief's times are written in the analyst's.
  const input = { format: request.format, filter: request.filter, ...(request.format === 'md' ? { groupBy: request.groupBy, timeZone: localTimeZone() } : {}) };
  return useWorkbenchQuery('exportAnnotations', input, { keepPrevious: true });
}

/** Saves an export; resolves to false when the analyst cancelled the native save dialog. */
export function useSaveExport(): (output: ExportOutput) => Promise<boolean> {
  const shell = useShell();
  return async (output) => {
    if (shell) return shell.saveFile({ suggestedName: output.fileName, content: output.content });
    const type = /charset/i.test(output.mimeType) ? output.mimeType : `${output.mimeType};charset=utf-8`;
    const blob = new Blob([output.content], { type });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = output.fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  };
}
