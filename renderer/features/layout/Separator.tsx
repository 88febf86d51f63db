// A vertical pane divider (role separator): drag it, or focus it and use the arrow keys
// (Shift for bigger steps, Home / End for the limits). aria-valuenow is the pane's width in px.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SeparatorProps {
  label: string;
  controls: string;
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right widens the pane (the left pane), -1 when it narrows it (the right). */
  direction: 1 | -1;
  onChange: (value: number) => void;
}

export function Separator({ label, controls, value, min, max, direction, onChange }: SeparatorProps) {
  const drag = useRef<{ x: number; value: number } | null>(null);
  const clamp = (n: number): number => Math.round(Math.min(max, Math.max(min, n)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, value };
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (drag.current) onChange(clamp(drag.current.value + direction * (event.clientX - drag.current.x)));
  };
  const onPointerUp = (): void => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.shiftKey ? 64 : 16;
    const moves: Record<string, number> = { ArrowLeft: -step * direction, ArrowRight: step * direction, ArrowUp: step, ArrowDown: -step };
    if (event.key in moves) onChange(clamp(value + (moves[event.key] ?? 0)));
    else if (event.key === 'Home') onChange(min);
    else if (event.key === 'End') onChange(max);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="separator"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={`${value} pixels`}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
