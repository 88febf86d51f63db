// Files or folders dragged anywhere onto the window: shows a drop hint while dragging and hands
// the dropped files (folders walked) to the importer.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { fromDataTransfer, type PickedFile } from './read-files.js';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function useWindowDrop(onFiles: (files: PickedFile[], skipped: number) => void, enabled: boolean): boolean {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const dropped = useEffectEvent((files: PickedFile[], skipped: number) => onFiles(files, skipped));

  useEffect(() => {
    if (!enabled) return;
    const enter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth.current += 1;
      setDragging(true);
    };
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      void fromDataTransfer(event.dataTransfer).then(({ files, skipped }) => {
        if (files.length > 0) dropped(files, skipped);
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [enabled]);

  return dragging;
}
