import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FREQUENCIES, frequencyOf, isoDay, periodDueDate, periodEnd, periodLockOn, periodStart, type Actor, type Indicator } from '@ci/shared';
import { PeriodChooser } from '../../../components/form/PeriodChooser';
import { LinkButton } from '../../../components/ui/Button';
import { PageHeader } from '../../../components/ui/Layout';
import { EmptyState, ErrorState, Loading } from '../../../components/ui/States';
import { useLocale } from '../../../i18n';
import { formatDate, formatPeriod } from '../../../lib/format';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { canEditAll } from '../../../lib/permissions';
import { readPreference, writePreference } from '../../../lib/storage';
import { actorsQueryOptions } from '../../../resources/actors';
import { indicatorsQueryOptions } from '../../../resources/indicators';
import { initiativeQueryOptions } from '../../../resources/initiative';
import { periodMeasurementsQueryOptions } from '../api/get-period-measurements';
import { activeIn, sheetIndicatorsFor } from '../utils/entry-model';
import { periodFromParam } from '../../../lib/period-options';
import type { Orientation } from '../utils/use-axes';
import { EntrySheet } from './EntrySheet';
import { Legend } from './Legend';
import { OrientationToggle } from './OrientationToggle';
import '../entry.css';

const byPosition = (a: Indicator, b: Indicator) => a.position - b.position || a.code.localeCompare(b.code);

/** Whether one of a partner's organisations is among an indicator's reporters in some period. */
function asksPartner(indicator: Indicator, actors: readonly Actor[], actorIds: readonly string[]): boolean {
  if (indicator.actorAggregation === 'none') return false;
  return actors.some(
    (a) => actorIds.includes(a.id) && (indicator.expectedActorIds === null ? a.role !== 'backbone' : indicator.expectedActorIds.includes(a.id)),
  );
}

export default function EntryPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { initiativeId, role, actorIds } = useInitiative();
  const access = useMemo(() => ({ role, actorIds }), [role, actorIds]);
  const indicators = useQuery(indicatorsQueryOptions(initiativeId));
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const initiative = useQuery(initiativeQueryOptions(initiativeId));
  const [params, setParams] = useSearchParams();
  const [orientation, setOrientation] = useState<Orientation>(() =>
    readPreference('entry.orientation') === 'actors' ? 'actors' : 'indicators',
  );
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);

  // Partners report for their own organisation, and only what it is asked for; population-level figures are the backbone's.
  const reportable = useMemo(
    () => (indicators.data ?? []).filter((i) => !i.archived && (role !== 'partner' || asksPartner(i, actors.data ?? [], actorIds))),
    [indicators.data, actors.data, role, actorIds],
  );
  const frequencies = FREQUENCIES.filter((f) => reportable.some((i) => i.frequency === f));
  // Without a period in the address, the frequency most indicators use (usually the quarter).
  const byUse = [...frequencies].sort((a, b) => reportable.filter((i) => i.frequency === b).length - reportable.filter((i) => i.frequency === a).length);
  // A link to one indicator (from its page or the to-do list) opens a period of its frequency.
  const target = reportable.find((i) => i.id === params.get('indicator')) ?? null;
  const period = periodFromParam(params.get('period'), target ? [target.frequency] : byUse);
  const frequency = frequencyOf(period);
  const sheetIndicators = useMemo(
    () => sheetIndicatorsFor(reportable.filter((i) => i.frequency === frequency), actors.data ?? [], access, period).sort(byPosition),
    [reportable, frequency, actors.data, access, period],
  );
  const start = periodStart(period);
  const end = periodEnd(period);
  const sheetActors = useMemo(
    () => (actors.data ?? []).filter((a) => activeIn(a, start, end)).sort((a, b) => a.name.localeCompare(b.name, locale)),
    [actors.data, start, end, locale],
  );
  const measurements = useQuery({ ...periodMeasurementsQueryOptions(initiativeId, period), enabled: frequencies.length > 0 });

  // The same rule as the server's: locked through a chosen period, or automatically after the due date.
  const lock = initiative.data ? periodLockOn(period, initiative.data, isoDay(new Date())) : null;
  const locked = lock !== null;
  const readOnly = role === 'steering' || locked;

  const header = (
    <PageHeader title={t('entry.title')}>
      <p>{role === 'steering' ? t('entry.leadSteering') : role === 'partner' ? t('entry.leadPartner') : t('entry.lead')}</p>
    </PageHeader>
  );

  const failed = [indicators, actors, initiative].find((q) => q.isError);
  if (failed) {
    return (
      <div className="page">
        <title>{t('entry.title')}</title>
        {header}
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      </div>
    );
  }
  if (indicators.isPending || actors.isPending || initiative.isPending) {
    return (
      <div className="page">
        <title>{t('entry.title')}</title>
        {header}
        <Loading label={t('entry.loading')} />
      </div>
    );
  }

  const empty =
    role === 'partner' && actorIds.length === 0
      ? { title: t('entry.noActorTitle'), body: t('entry.noActorBody') }
      : frequencies.length === 0
        ? role === 'partner'
          ? { title: t('entry.nothingAskedTitle'), body: t('entry.nothingAskedBody') }
          : { title: t('entry.noIndicatorsTitle'), body: t('entry.noIndicatorsBody') }
        : null;
  // Choosing which way round is pointless with one organisation as the only column.
  const canTranspose = role !== 'partner' || actorIds.length > 1;

  const setOrientationSaved = (next: Orientation) => {
    setOrientation(next);
    writePreference('entry.orientation', next);
  };

  return (
    <div className="page entry-page">
      <title>{`${t('entry.title')} – ${formatPeriod(period, locale)}`}</title>
      {header}
      {empty ? (
        <EmptyState
          title={empty.title}
          action={
            canEditAll(role) && frequencies.length === 0 ? (
              <LinkButton to={initiativeRoute(initiativeId, 'agenda')} variant="secondary">
                {t('entry.toAgenda')}
              </LinkButton>
            ) : undefined
          }
        >
          {empty.body}
        </EmptyState>
      ) : (
        <>
          <div className="entry-toolbar">
            <PeriodChooser
              period={period}
              frequencies={frequencies}
              isDisabled={dirty}
              onChange={(next) => setParams({ period: next }, { replace: true })}
            />
            {canTranspose ? <OrientationToggle value={orientation} onChange={setOrientationSaved} /> : null}
            {role !== 'steering' ? (
              <LinkButton to={initiativeRoute(initiativeId, 'entry/import')} variant="secondary" className="entry-import">
                {t('imports.importButton')}
              </LinkButton>
            ) : null}
          </div>
          {/* Always there, empty or not, so the sheet below does not jump when changes lock the period. */}
          <p className="entry-toolbar__note" aria-live="polite">
            {dirty ? t('entry.periodLocked') : ''}
          </p>
          {role === 'steering' ? <p className="entry-banner">{t('entry.readOnlySteering')}</p> : null}
          {lock && role !== 'steering' ? (
            <p className="entry-banner">
              {lock === 'past_due'
                ? t('settings.locks.pastDueBanner', { date: formatDate(periodDueDate(period, initiative.data!.reportingDeadlineDays), locale) })
                : t('entry.lockedPeriod', { through: formatPeriod(initiative.data!.lockedThrough!, locale) })}
            </p>
          ) : null}
          {measurements.isError ? (
            <ErrorState error={measurements.error} onRetry={() => void measurements.refetch()} />
          ) : measurements.isPending ? (
            <Loading label={t('entry.loadingValues')} />
          ) : sheetIndicators.length === 0 ? (
            <EmptyState title={t('entry.nothingThisPeriodTitle', { period: formatPeriod(period, locale) })}>
              {t('entry.nothingThisPeriodBody')}
            </EmptyState>
          ) : (
            <EntrySheet
              key={period}
              initiativeId={initiativeId}
              orientation={canTranspose ? orientation : 'indicators'}
              focusCell={target ? { indicatorId: target.id, actorId: params.get('actor') } : null}
              onDirtyChange={onDirtyChange}
              indicators={sheetIndicators}
              actors={sheetActors}
              measurements={measurements.data}
              period={period}
              access={access}
              locale={locale}
              readOnly={readOnly}
            />
          )}
          {sheetIndicators.length > 0 ? <Legend /> : null}
        </>
      )}
    </div>
  );
}
