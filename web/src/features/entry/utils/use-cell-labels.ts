import { useEffect, type RefObject } from 'react';

/**
 * The grid library renders its cell inputs without an accessible name. This names each one after
 * its row and column headers ("F1 Young people in … – Homework club"), also for rows and columns
 * rendered later while scrolling.
 */
export function useCellLabels(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const titleOf = (cell: Element | undefined) => cell?.querySelector('[title]')?.getAttribute('title') ?? '';
    const apply = () => {
      const headers = [...root.querySelectorAll('.dsg-row-header .dsg-cell')].map(titleOf);
      root.querySelectorAll('.dsg-row:not(.dsg-row-header)').forEach((row) => {
        const cells = [...row.querySelectorAll('.dsg-cell')];
        const rowTitle = titleOf(cells[0]);
        cells.forEach((cell, i) => {
          const input = i > 0 ? cell.querySelector('input') : null;
          const label = `${rowTitle} – ${headers[i] ?? ''}`;
          if (input && input.getAttribute('aria-label') !== label) input.setAttribute('aria-label', label);
        });
      });
    };
    apply();
    // Only child changes are observed, so setting the labels does not trigger another round.
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
