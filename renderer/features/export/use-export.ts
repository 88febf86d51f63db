// Export as a typed hook: the rendered report for the chosen format and filter (the preview),
// and saving it — a browser download, or the native save dialog in the desktop app.
import type { AnnotationFilter, ExportFormat, ExportOutput } from '../../../api/types.js';
import { useShell } from '../../api/bridge.js';
import { useApi } from '../../api/workbench-client.js';
import { useRevision } from '../../state/revisions.js';
import { useAsync, type AsyncState } from '../../state/use-async.js';

export interface ExportRequest {
  format: ExportFormat;
  filter: AnnotationFilter;
  groupBy: 'tag' | 'document';
}

export function useExport(request: ExportRequest): AsyncState<ExportOutput> {
  const api = useApi();
  const annotations = useRevision('annotations');
  const key = JSON.stringify(request);
  return useAsync(
    () =>
      api.exportAnnotations({
        format: request.format,
        filter: request.filter,
        ...(request.format === 'md' ? { groupBy: request.groupBy } : {}),
      }),
    [api, key, annotations],
  );
}

/** Saves an export; resolves to false when the analyst cancelled the native save dialog. */
export function useSaveExport(): (output: ExportOutput) => Promise<boolean> {
  const shell = useShell();
  return async (output) => {
    if (shell) return shell.saveFile(output.fileName, output.content);
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
