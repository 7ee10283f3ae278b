import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FREQUENCIES, isPeriodKey, isoDay } from '@ci/shared';
import { CheckboxInput } from '../../../components/form/fields';
import { PeriodChooser } from '../../../components/form/PeriodChooser';
import { Button, LinkButton } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { PageHeader } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { useLocale } from '../../../i18n';
import { formatDate, formatPeriod, formatShare } from '../../../lib/format';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { canEditAll, canEnterData } from '../../../lib/permissions';
import { completenessQueryOptions } from '../api/get-completeness';
import { reminderStatusQueryOptions, useSendReminders } from '../api/reminders';
import { actorReminders } from '../utils/reminders';
import { ReminderOutcome } from './Reminders';
import { REPORTING_STATES } from '../utils/totals';
import { CompletenessMatrix } from './CompletenessMatrix';
import { StateMark } from './StateMark';
import '../completeness.css';

export default function CompletenessPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { initiativeId, role } = useInitiative();
  const [params, setParams] = useSearchParams();
  const param = params.get('period');
  const requested = param && isPeriodKey(param) ? param : null;
  const query = useQuery(completenessQueryOptions(initiativeId, requested));
  const [onlyChasing, setOnlyChasing] = useState(false);
  // Reminding is the backbone's job; the others see the matrix only.
  const reminding = canEditAll(role);
  const shownPeriod = query.data?.period ?? '';
  const status = useQuery({ ...reminderStatusQueryOptions(initiativeId, shownPeriod), enabled: reminding && shownPeriod !== '' });
  const send = useSendReminders(initiativeId);

  return (
    <div className="page completeness-page">
      <title>{t('completenessMatrix.title')}</title>
      <PageHeader title={t('completenessMatrix.title')}>
        <p>{t('completenessMatrix.lead')}</p>
      </PageHeader>
      <QueryState query={query} loadingLabel={t('completenessMatrix.loading')}>
        {(data) => {
          const expected = REPORTING_STATES.reduce((n, s) => n + data.summary[s], 0);
          const reminders = reminding ? actorReminders(data, status.data, new Date()) : undefined;
          const remindable = [...(reminders?.values() ?? [])].some((r) => r.chasing && r.userCount > 0 && !r.recent);
          const sentFor = send.variables?.period === data.period;
          return (
            <>
              <div className="completeness-toolbar">
                <PeriodChooser
                  period={data.period}
                  frequencies={FREQUENCIES}
                  onChange={(next) => setParams({ period: next }, { replace: true })}
                />
                <div className="completeness-toolbar__actions">
                  {reminders ? (
                    <Button variant="primary" isDisabled={!remindable || send.isPending} onPress={() => send.mutate({ period: data.period })}>
                      {t('reminders.remindAll')}
                    </Button>
                  ) : null}
                  {canEnterData(role) ? (
                    <LinkButton to={`${initiativeRoute(initiativeId, 'entry')}?period=${data.period}`} variant="secondary">
                      {t('completenessMatrix.toEntry')}
                    </LinkButton>
                  ) : null}
                </div>
              </div>
              {reminders ? <ReminderOutcome data={data} result={sentFor ? send.data : undefined} error={sentFor ? send.error : null} /> : null}
              <section className="completeness-summary" aria-label={t('completenessMatrix.summaryLabel')}>
                <p className="completeness-summary__share">
                  {expected > 0 ? (
                    <>
                      <span className="completeness-summary__figure">{formatShare(data.summary.reported / expected, locale)}</span>
                      <span>{t('completenessMatrix.summary', { reported: data.summary.reported, expected, period: formatPeriod(data.period, locale) })}</span>
                    </>
                  ) : (
                    <span>{t('completenessMatrix.nothingDue', { period: formatPeriod(data.period, locale) })}</span>
                  )}
                </p>
                <p className="completeness-summary__due">
                  <Icon name="calendar" size={18} />
                  {t(isoDay(new Date()) > data.dueDate ? 'completenessMatrix.wasDue' : 'completenessMatrix.dueOn', {
                    date: formatDate(data.dueDate, locale),
                  })}
                </p>
                <ul className="completeness-summary__counts">
                  {REPORTING_STATES.map((s) => (
                    <li key={s}>
                      <StateMark state={s} withText />
                      <strong className="completeness-summary__count">{data.summary[s]}</strong>
                    </li>
                  ))}
                </ul>
              </section>
              {data.indicators.length === 0 || (data.actors.length === 0 && !data.cells.some((c) => c.actorId === null)) ? (
                <EmptyState title={t('completenessMatrix.emptyTitle')}>{t('completenessMatrix.emptyBody')}</EmptyState>
              ) : (
                <>
                  <CheckboxInput label={t('completenessMatrix.onlyChasing')} isSelected={onlyChasing} onChange={setOnlyChasing} />
                  <CompletenessMatrix
                    initiativeId={initiativeId}
                    data={data}
                    onlyChasing={onlyChasing}
                    reminders={reminders}
                    remindPending={send.isPending}
                    onRemind={(actorId) => send.mutate({ period: data.period, actorIds: [actorId] })}
                  />
                  <ul className="completeness-legend" aria-label={t('completenessMatrix.legend')}>
                    {[...REPORTING_STATES, 'notDue' as const].map((s) => (
                      <li key={s}>
                        <StateMark state={s} withText />
                        <span className="muted small">{t(`completenessMatrix.explain.${s}`)}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
