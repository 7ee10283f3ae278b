// The side panel of the cell under the cursor: why it was sent back, its discussion and history.
// It follows the cursor after a short pause, so moving through the sheet does not fetch every cell.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measurement, Role } from '@ci/shared';
import { useLocale } from '../../../i18n';
import { formatPeriod } from '../../../lib/format';
import { canEditAll } from '../../../lib/permissions';
import { DiscussionPanel } from '../../discussion';
import { actorIdOf, AREA, type EntryColumn, type EntryLine } from '../utils/entry-model';

export interface PanelCell {
  line: EntryLine;
  column: EntryColumn;
  cell: { exists: boolean; expected: boolean; saved: Measurement | undefined };
}

const FOLLOW_DELAY_MS = 300;

function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export function CellPanel({ initiativeId, period, role, active }: { initiativeId: string; period: string; role: Role; active: PanelCell | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const settled = useSettled(active, FOLLOW_DELAY_MS);
  const current = settled && active && settled.line.indicator.id === active.line.indicator.id && settled.column.id === active.column.id ? active : settled;

  let body;
  if (!current) {
    body = <p className="muted small">{t('comments.panelEmpty')}</p>;
  } else if (!current.cell.exists || !current.cell.expected) {
    body = <p className="muted small">{t('comments.panelNoValue')}</p>;
  } else {
    const indicator = current.line.indicator;
    const actorId = actorIdOf(current.column.id);
    body = (
      <>
        <p className="entry-panel__cell">
          <strong>
            {indicator.code} {indicator.name}
          </strong>
          <span>
            {current.column.id === AREA ? t('entry.wholeArea') : (current.column.actor?.name ?? '')} · {formatPeriod(period, locale)}
          </span>
        </p>
        <DiscussionPanel
          key={`${indicator.id}|${current.column.id}`}
          initiativeId={initiativeId}
          cell={{ indicatorId: indicator.id, actorId, period }}
          format={indicator}
          current={current.cell.saved}
          canModerate={canEditAll(role)}
          level={3}
        />
      </>
    );
  }
  return (
    <aside className="entry-panel" aria-label={t('comments.panelTitle')}>
      <h2 className="entry-panel__title">{t('comments.panelTitle')}</h2>
      {body}
    </aside>
  );
}
