// "Hit 2 of 7" with previous / next buttons for the search hits in the open document (n / N).
interface HitNavigatorProps {
  current: number;
  total: number;
  onMove: (step: 1 | -1) => void;
}

export function HitNavigator({ current, total, onMove }: HitNavigatorProps) {
  if (total === 0) return null;
  return (
    <div className="hit-nav" role="group" aria-label="Hit navigation">
      <button type="button" className="icon-button" aria-label="Previous hit" title="Previous hit (N)" onClick={() => onMove(-1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <span className="hit-nav__label" aria-live="polite">
        Hit {current + 1} of {total}
      </span>
      <button type="button" className="icon-button" aria-label="Next hit" title="Next hit (n)" onClick={() => onMove(1)}>
        <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}
