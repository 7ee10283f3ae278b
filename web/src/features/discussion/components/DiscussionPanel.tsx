// Everything said and done about one value: why it was sent back, its discussion, its history.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measurement } from '@ci/shared';
import { Icon } from '../../../components/ui/Icon';
import type { ValueFormat } from '../../../lib/format';
import type { CellRef } from '../../../lib/query-keys';
import { CommentThread } from './CommentThread';
import { ValueHistory } from './ValueHistory';

export interface DiscussionPanelProps {
  initiativeId: string;
  cell: CellRef;
  format: ValueFormat;
  /** The value as it stands, if there is one: a returned value shows why first. */
  current?: Measurement;
  canModerate: boolean;
  /** Whether to show the value's history (there is none for an indicator and period as a whole). */
  withHistory?: boolean;
  /** The heading level of the panel's parts. */
  level?: 2 | 3 | 4;
}

export function DiscussionPanel({ initiativeId, cell, format, current, canModerate, withHistory = true, level = 3 }: DiscussionPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = `h${level}` as const;
  return (
    <div className="discussion-panel">
      {current?.status === 'returned' && current.returnReason ? (
        <p className="discussion-panel__returned" role="note">
          <Icon name="alert" size={18} />
          <span>
            <strong>{t('history.returnedNow')}</strong> {current.returnReason}
          </span>
        </p>
      ) : null}
      <section aria-labelledby={`${id}-comments`} className="discussion-panel__part">
        <Heading id={`${id}-comments`} className="discussion-panel__title">
          {t('comments.title')}
        </Heading>
        <CommentThread initiativeId={initiativeId} thread={cell} canModerate={canModerate} replyLabel={t('comments.reply')} />
      </section>
      {withHistory ? (
        <section aria-labelledby={`${id}-history`} className="discussion-panel__part">
          <Heading id={`${id}-history`} className="discussion-panel__title">
            {t('history.title')}
          </Heading>
          <ValueHistory initiativeId={initiativeId} cell={cell} format={format} />
        </section>
      ) : null}
    </div>
  );
}
