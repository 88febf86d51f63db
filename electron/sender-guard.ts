// Security checklist item 17: every IPC message is checked to come from the top frame of our own
// window showing our own origin, never from a subframe, a foreign page or another window.
import { isAppUrl } from './app-url.js';

/** What the guard needs of Electron's WebFrameMain. */
export interface FrameLike {
  readonly url: string;
}

export type FrameGuard = (frame: FrameLike | null | undefined) => boolean;

/** A guard that trusts only `mainFrame()` (the current window's top frame) on assay://app/. */
export function createFrameGuard(mainFrame: () => FrameLike | null | undefined): FrameGuard {
  return (frame) => {
    const top = mainFrame();
    return frame !== null && frame !== undefined && top !== null && top !== undefined && frame === top && isAppUrl(frame.url);
  };
}
