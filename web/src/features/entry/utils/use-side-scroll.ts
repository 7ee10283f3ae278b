// Where a wide sheet stands sideways: whether there is more to the left or right and which of its
// columns are in view, so the page can say so and offer buttons that scroll by a page of columns.
import { useCallback, useEffect, useState, type RefObject } from 'react';

export interface SideScroll {
  /** Something is hidden to the left / to the right. */
  before: boolean;
  after: boolean;
  /** 1-based numbers of the first and last column that are wholly or mostly in view. */
  first: number;
  last: number;
  /** Scrolls by about the width of the visible columns (a negative direction goes left). */
  scrollBy: (direction: 1 | -1) => void;
}

const SCROLLER = '.dsg-container';

export function useSideScroll(containerRef: RefObject<HTMLElement | null>, columnCount: number, columnWidth: number, gutterWidth: number): SideScroll {
  const [view, setView] = useState({ left: 0, width: 0, scrollWidth: 0 });

  // The grid draws its scroller after measuring itself: look it up on every measure.
  const measure = useCallback(() => {
    const scroller = containerRef.current?.querySelector<HTMLElement>(SCROLLER);
    if (!scroller) return;
    const next = { left: scroller.scrollLeft, width: scroller.clientWidth, scrollWidth: scroller.scrollWidth };
    setView((prev) => (prev.left === next.left && prev.width === next.width && prev.scrollWidth === next.scrollWidth ? prev : next));
  }, [containerRef]);

  // After every drawing of the sheet (columns added, the scroller just created); unchanged sizes
  // keep the same state, so this settles at once.
  useEffect(measure);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // Scroll events do not bubble, but an ancestor hears them while capturing.
    container.addEventListener('scroll', measure, { capture: true, passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(container);
    return () => {
      container.removeEventListener('scroll', measure, { capture: true });
      observer?.disconnect();
    };
  }, [containerRef, measure, columnCount]);

  const visible = Math.max(1, Math.floor((view.width - gutterWidth) / columnWidth));
  const first = Math.min(columnCount, Math.round(view.left / columnWidth) + 1);
  const last = Math.min(columnCount, first + visible - 1);
  const scrollBy = useCallback(
    (direction: 1 | -1) => {
      const scroller = containerRef.current?.querySelector<HTMLElement>(SCROLLER);
      if (!scroller) return;
      const step = Math.max(1, Math.floor((scroller.clientWidth - gutterWidth) / columnWidth) - 1) * columnWidth;
      if (typeof scroller.scrollBy === 'function') scroller.scrollBy({ left: direction * step, behavior: 'smooth' });
      else scroller.scrollLeft += direction * step;
    },
    [containerRef, columnWidth, gutterWidth],
  );
  // A sheet that has not been measured yet (tests, first paint) claims nothing hidden.
  const measured = view.width > 0;
  return {
    before: measured && view.left > 1,
    after: measured && view.left + view.width < view.scrollWidth - 1,
    first,
    last,
    scrollBy,
  };
}
