// A loaded document in the reader: the title bar, hit navigation, header, the decorated body, and the
// highlight dialogs. Selecting text opens "New highlight"; clicking a highlight opens "Edit highlight",
// or, where highlights overlap, a chooser offering each.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Annotation, DocumentWithBody, Tag } from '../../../api/types.js';
import type { Anchor } from '../../components/Dialog.js';
import { decorateBlocks, type HighlightRange } from '../../lib/decorations.js';
import { plural } from '../../lib/format.js';
import { readerBlocks } from '../../lib/reader-blocks.js';
import { useHotkeys } from '../../state/use-hotkeys.js';
import { EditHighlightDialog } from '../annotations/EditHighlightDialog.js';
import { NewHighlightDialog } from '../annotations/NewHighlightDialog.js';
import { DocumentBody } from './DocumentBody.js';
import { DocumentHeader } from './DocumentHeader.js';
import { HighlightChooser } from './HighlightChooser.js';
import { HitNavigator } from './HitNavigator.js';
import { ReaderTitleBar } from './ReaderTitleBar.js';
import { useSelectionAdder } from './use-selection-adder.js';
import { useRevealEffects, type FocusRequest } from './use-reveal.js';

interface DocumentViewProps {
  doc: DocumentWithBody;
  annotations: Annotation[];
  tags: Tag[];
  matches: readonly (readonly [number, number])[];
  focusRequest: FocusRequest | null;
  onRemoved: () => void;
}

/** Beside the selection's end, but always on screen (a selection may reach past the viewport). */
function adderPosition(anchor: Anchor): { top: number; left: number } {
  return {
    top: Math.min(Math.max(8, anchor.bottom + 6), window.innerHeight - 44),
    left: Math.min(Math.max(8, anchor.left), window.innerWidth - 140),
  };
}

/** A tag colour as stored ("#rrggbb"); anything else is left out rather than put into a style. */
const HEX_COLOR = /^#[0-9a-f]{3,8}$/i;

function anchorOf(element: Element): Anchor {
  const rect = element.getBoundingClientRect();
  return { top: rect.top, bottom: rect.bottom, left: rect.left };
}

export function DocumentView({ doc, annotations, tags, matches, focusRequest, onRemoved }: DocumentViewProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [currentHit, setCurrentHit] = useState(0);
  const [hitRequest, setHitRequest] = useState(0);
  const [editing, setEditing] = useState<{ id: string; anchor: Anchor } | null>(null);
  const [choosing, setChoosing] = useState<{ ids: string[]; anchor: Anchor } | null>(null);
  const [localFocus, setLocalFocus] = useState<FocusRequest | null>(null);

  const hits = useMemo(() => matches.filter(([s, e]) => e > s && e <= doc.body.length), [matches, doc.body.length]);
  // Other hits (a new search) start again from the first, scrolled to; the same hits keep the place.
  const matchKey = JSON.stringify(matches);
  const [hitsOf, setHitsOf] = useState(matchKey);
  if (hitsOf !== matchKey) {
    setHitsOf(matchKey);
    setCurrentHit(0);
    setHitRequest((n) => n + 1);
  }

  const colors = useMemo(() => new Map(tags.map((t) => [t.name.toLowerCase(), t.color])), [tags]);
  const highlights = useMemo<HighlightRange[]>(
    () =>
      annotations.map((a) => ({
        id: a.id,
        start: a.start,
        end: a.end,
        color: a.tags[0] ? (colors.get(a.tags[0].toLowerCase()) ?? null) : null,
        label: a.tags.length ? `Highlight: ${a.tags.join(', ')}` : 'Highlight',
      })),
    [annotations, colors],
  );
  const tagColors = useMemo(() => {
    const out = new Map<string, string[]>();
    for (const a of annotations) {
      const list = a.tags.map((tag) => colors.get(tag.toLowerCase()) ?? '').filter((color) => HEX_COLOR.test(color));
      if (list.length > 1) out.set(a.id, list);
    }
    return out;
  }, [annotations, colors]);
  const blocks = useMemo(() => readerBlocks(doc.body, doc.blocks, doc.pages), [doc.body, doc.blocks, doc.pages]);
  const selection = useSelectionAdder(rootRef, doc.id, doc.body);
  const newTarget = selection.target;
  const pendingStart = newTarget?.start;
  const pendingEnd = newTarget?.end;
  const decorations = useMemo(() => {
    const pending = pendingStart !== undefined && pendingEnd !== undefined ? { start: pendingStart, end: pendingEnd } : null;
    return decorateBlocks(blocks, { hits, highlights, pending }, currentHit);
  }, [blocks, hits, highlights, pendingStart, pendingEnd, currentHit]);

  const focus = localFocus ?? focusRequest;
  const clearLocalFocus = useCallback(() => setLocalFocus(null), []);
  const reveal = useRevealEffects({ rootRef, focus, annotations, hits, currentHit, hitRequest, onFocused: clearLocalFocus });

  const moveHit = useCallback(
    (step: 1 | -1) => {
      if (hits.length === 0) return;
      setCurrentHit((i) => (i + step + hits.length) % hits.length);
      setHitRequest((n) => n + 1);
    },
    [hits.length],
  );

  const onOpenHighlight = useCallback((ids: string[], element: HTMLElement) => {
    const [only] = ids;
    if (ids.length === 1 && only) setEditing({ id: only, anchor: anchorOf(element) });
    else if (ids.length > 1) setChoosing({ ids, anchor: anchorOf(element) });
  }, []);

  useHotkeys({
    n: () => moveHit(1),
    N: () => moveHit(-1),
    h: () => selection.open(),
  });

  const editingAnnotation = editing ? annotations.find((a) => a.id === editing.id) : undefined;
  const choices = choosing ? choosing.ids.flatMap((id) => annotations.filter((a) => a.id === id)) : [];

  return (
    <>
      <ReaderTitleBar doc={doc} />
      <div className="reader-toolbar">
        <HitNavigator current={currentHit} total={hits.length} onMove={moveHit} />
        <span className="reader-toolbar__hint">{plural(annotations.length, 'highlight')} · select text to add one (h)</span>
      </div>
      <div className="reader-scroll" tabIndex={0} aria-label={`Text of ${doc.title}`} role="region">
        <article className="reader-article">
          <DocumentHeader doc={doc} knownTags={tags} onRemoved={onRemoved} />
          <DocumentBody
            key={doc.id}
            body={doc.body}
            language={doc.language}
            blocks={blocks}
            decorations={decorations}
            currentHit={currentHit}
            reveal={reveal}
            rootRef={rootRef}
            onSelectText={selection.onMouseSelect}
            onOpenHighlight={onOpenHighlight}
            tagColors={tagColors}
          />
        </article>
      </div>
      {selection.adder && !newTarget ? (
        <button
          type="button"
          className="adder"
          style={adderPosition(selection.adder.anchor)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => selection.open()}
        >
          Highlight <kbd aria-hidden="true">h</kbd>
        </button>
      ) : null}
      {newTarget ? (
        <NewHighlightDialog
          target={newTarget}
          knownTags={tags}
          onClose={selection.close}
          onCreated={(created) => {
            selection.close();
            window.getSelection()?.removeAllRanges();
            setLocalFocus({ annotationId: created.id, nonce: Date.now() });
          }}
        />
      ) : null}
      {choosing && choices.length > 0 ? (
        <HighlightChooser
          highlights={choices}
          knownTags={tags}
          anchor={choosing.anchor}
          onClose={() => setChoosing(null)}
          onChoose={(id) => {
            setChoosing(null);
            setEditing({ id, anchor: choosing.anchor });
          }}
        />
      ) : null}
      {editingAnnotation && editing ? (
        <EditHighlightDialog annotation={editingAnnotation} anchor={editing.anchor} knownTags={tags} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
