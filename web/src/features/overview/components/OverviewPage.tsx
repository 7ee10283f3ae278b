import { useTranslation } from 'react-i18next';
import type { OverviewIndicator } from '@ci/shared';
import { LinkButton } from '../../../components/ui/Button';
import { PageHeader, Section } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { canEditAll, canEnterData, canFollowReporting } from '../../../lib/permissions';
import { useOverview } from '../api/get-overview';
import { statusCounts } from '../utils/summary';
import { ActivityStatusCard } from './ActivityStatusCard';
import { CompletenessCard } from './CompletenessCard';
import { FirstSteps } from './FirstSteps';
import { IndicatorCard } from './IndicatorCard';
import { NextMeetings } from './NextMeetings';
import { OpenIdeasCard } from './OpenIdeasCard';
import { StatusSummary } from './StatusSummary';
import { TodoCard } from './TodoCard';

function IndicatorGrid({ initiativeId, indicators }: { initiativeId: string; indicators: OverviewIndicator[] }) {
  const { t } = useTranslation();
  if (indicators.length === 0) return <p className="muted">{t('overview.goalWithoutIndicators')}</p>;
  return (
    <div className="card-grid">
      {indicators.map((i) => (
        <IndicatorCard key={i.id} initiativeId={initiativeId} indicator={i} />
      ))}
    </div>
  );
}

export default function OverviewPage() {
  const { t } = useTranslation();
  const access = useInitiative();
  const { initiativeId, role } = access;
  const overview = useOverview(initiativeId);

  return (
    <div className="page">
      <QueryState query={overview} loadingLabel={t('overview.loading')}>
        {(data) => {
          const empty = data.goals.length === 0 && data.indicatorsWithoutGoal.length === 0;
          return (
            <>
              <title>{`${data.initiative.name} – ${t('nav.overview')}`}</title>
              <PageHeader
                eyebrow={t('overview.commonAgenda')}
                title={data.initiative.name}
                actions={
                  canEnterData(role) ? (
                    <LinkButton variant="primary" to={initiativeRoute(initiativeId, 'entry')}>
                      {t('overview.enterData')}
                    </LinkButton>
                  ) : null
                }
              >
                {data.initiative.vision ? <p className="vision">{data.initiative.vision}</p> : null}
                {/* Nothing to present before there are indicators. */}
                {empty ? null : <p><LinkButton to={initiativeRoute(initiativeId, 'present')} className="button--small">{t('presentation.start')}</LinkButton></p>}
              </PageHeader>
              <StatusSummary counts={statusCounts(data)} />
              <div className="overview">
                <div className="overview__main">
                  <TodoCard initiativeId={initiativeId} role={role} />
                  {empty && canEditAll(role) ? (
                    <FirstSteps initiativeId={initiativeId} role={role} hasVision={data.initiative.vision.trim() !== ''} />
                  ) : empty ? (
                    <EmptyState title={t('overview.emptyTitle')}>{t('overview.emptyBody')}</EmptyState>
                  ) : null}
                  {data.goals.map((goal, index) => (
                    <Section
                      key={goal.id}
                      id={`goal-${goal.id}`}
                      className="goal"
                      title={
                        <>
                          <span className="goal__number">{index + 1}</span>
                          {goal.title}
                        </>
                      }
                      description={goal.description || undefined}
                    >
                      <IndicatorGrid initiativeId={initiativeId} indicators={goal.indicators} />
                    </Section>
                  ))}
                  {data.indicatorsWithoutGoal.length > 0 ? (
                    <Section id="other-indicators" title={t('overview.otherIndicators')}>
                      <IndicatorGrid initiativeId={initiativeId} indicators={data.indicatorsWithoutGoal} />
                    </Section>
                  ) : null}
                </div>
                <aside className="overview__side" aria-label={t('overview.sideLabel')}>
                  <CompletenessCard initiativeId={initiativeId} completeness={data.completeness} showLink={canFollowReporting(role)} />
                  <NextMeetings initiativeId={initiativeId} meetings={data.nextMeetings} />
                  <ActivityStatusCard initiativeId={initiativeId} counts={data.activityCounts} />
                  <OpenIdeasCard initiativeId={initiativeId} openIdeas={data.openIdeas} />
                </aside>
              </div>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
