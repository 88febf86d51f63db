// A tag as a chip: a swatch in the tag's own colour beside neutral text, so any colour stays
// readable in both themes. Optionally removable.
export function TagChip({ name, color, onRemove }: { name: string; color: string | undefined; onRemove?: () => void }) {
  return (
    <span className="chip">
      <span className="chip__swatch" style={{ background: color ?? 'var(--highlight-default)' }} aria-hidden="true" />
      <span className="chip__name">{name}</span>
      {onRemove ? (
        <button type="button" className="chip__remove" aria-label={`Remove tag ${name}`} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </span>
  );
}
