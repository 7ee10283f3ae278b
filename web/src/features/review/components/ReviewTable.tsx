import { useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { ReviewLine } from '../utils/group';
import { COLUMN_COUNT, ReviewRow, type RowContext } from './ReviewRow';

const ESTIMATE = { group: 60, value: 64 } as const;

function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="review-table__spacer">
      <td colSpan={COLUMN_COUNT} style={{ height }} />
    </tr>
  );
}

/**
 * Every waiting value in one table, drawn only around what is on screen: the page scrolls (not
 * an inner box), rows above and below the window are stood in for by two spacer rows, and
 * `aria-rowcount`/`aria-rowindex` tell assistive technology where each drawn row sits.
 */
export function ReviewTable({ lines, context, caption }: { lines: readonly ReviewLine[]; context: RowContext; caption: string }) {
  const { t } = useTranslation();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // Where the rows start on the page. Notices above the table move it, and they change the page's
  // height, so it is read again when the body resizes: after layout, never forcing one mid-scroll.
  useLayoutEffect(() => {
    const measure = () => {
      const top = (bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setScrollMargin((prev) => (Math.abs(prev - top) >= 1 ? top : prev));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: lines.length,
    estimateSize: (i) => ESTIMATE[lines[i]!.kind],
    getItemKey: (i) => lines[i]!.key,
    overscan: 10,
    scrollMargin,
  });
  const rows = virtualizer.getVirtualItems();
  const before = rows.length > 0 ? rows[0]!.start - scrollMargin : 0;
  const after = rows.length > 0 ? virtualizer.getTotalSize() - (rows.at(-1)!.end - scrollMargin) : 0;

  return (
    <div className="review-table__scroll">
      <table className="review-table" aria-rowcount={lines.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="review-table__col-select" />
          <col className="review-table__col-actor" />
          <col className="review-table__col-period" />
          <col className="review-table__col-value" />
          <col className="review-table__col-previous" />
          <col className="review-table__col-change" />
          <col className="review-table__col-note" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="review-table__select">
              <span className="visually-hidden">{t('review.columns.select')}</span>
            </th>
            <th scope="col">{t('review.columns.actor')}</th>
            <th scope="col">{t('review.columns.period')}</th>
            <th scope="col" className="review-table__number">
              {t('review.columns.value')}
            </th>
            <th scope="col" className="review-table__number">
              {t('review.columns.previous')}
            </th>
            <th scope="col" className="review-table__number">
              {t('review.columns.change')}
            </th>
            <th scope="col">{t('review.columns.note')}</th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          <Spacer height={before} />
          {rows.map((row) => (
            <ReviewRow
              key={row.key}
              ref={virtualizer.measureElement}
              virtualIndex={row.index}
              rowIndex={row.index + 2}
              line={lines[row.index]!}
              context={context}
            />
          ))}
          <Spacer height={after} />
        </tbody>
      </table>
    </div>
  );
}
