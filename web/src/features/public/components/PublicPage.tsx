// The public view of an initiative: its common agenda and headline indicators, for anyone, without
// signing in. Figures that rest on very few people are withheld by the server; this page says so.
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { type PublicInitiative } from '@ci/shared';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { EmptyState, ErrorState, Loading } from '../../../components/ui/States';
import { isApiError } from '../../../lib/api';
import { useLocale } from '../../../i18n';
import { publicCsvUrl, usePublicInitiative } from '../api/get-public-initiative';
import { PublicIndicatorCard } from './PublicIndicatorCard';
import '../public.css';

export default function PublicPage() {
  const { t } = useTranslation();
  const { initiativeId = '' } = useParams();
  const view = usePublicInitiative(initiativeId);
  return (
    <div className="public">
      <header className="public__bar">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t('app.name')}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main className="public__main" id="main">
        {view.isPending ? (
          <Loading label={t('publicView.loading')} />
        ) : view.isError ? (
          isApiError(view.error, 404) || isApiError(view.error, 400) ? (
            <>
              <title>{t('publicView.notPublicTitle')}</title>
              <EmptyState title={t('publicView.notPublicTitle')}>{t('publicView.notPublicBody')}</EmptyState>
            </>
          ) : (
            <ErrorState error={view.error} onRetry={() => void view.refetch()} />
          )
        ) : (
          <PublicContent view={view.data} />
        )}
      </main>
    </div>
  );
}

function PublicContent({ view }: { view: PublicInitiative }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const goals = [...view.goals].sort((a, b) => a.position - b.position);
  const withoutGoal = view.indicators.filter((i) => i.goalId === null || !goals.some((g) => g.id === i.goalId));
  return (
    <div className="page">
      <title>{view.name}</title>
      <header className="public__intro">
        <p className="page-header__eyebrow">{view.area ? t('publicView.eyebrowArea', { area: view.area }) : t('publicView.eyebrow')}</p>
        <h1 className="page-header__title">{view.name}</h1>
        {view.vision ? <p className="vision">{view.vision}</p> : null}
        {view.description ? <p className="public__description">{view.description}</p> : null}
      </header>

      {view.publicThreshold > 1 ? (
        <aside className="public__privacy" aria-labelledby="public-privacy-title">
          <h2 className="subheading" id="public-privacy-title">
            {t('publicView.privacyTitle')}
          </h2>
          <p>{t('publicView.privacyBody', { n: view.publicThreshold })}</p>
        </aside>
      ) : null}

      {view.indicators.length === 0 ? <EmptyState title={t('publicView.noIndicators')} /> : null}

      {goals.map((goal, index) => {
        const indicators = view.indicators.filter((i) => i.goalId === goal.id);
        return (
          <section key={goal.id} className="section" aria-labelledby={`goal-${goal.id}`}>
            <div className="section__head">
              <div>
                <h2 className="section__title" id={`goal-${goal.id}`}>
                  <span className="goal__number">{index + 1}</span>
                  {goal.title}
                </h2>
                {goal.description ? <p className="section__description">{goal.description}</p> : null}
              </div>
            </div>
            {indicators.length === 0 ? (
              <p className="muted">{t('publicView.goalWithoutIndicators')}</p>
            ) : (
              <div className="public__indicators">
                {indicators.map((indicator) => (
                  <PublicIndicatorCard key={indicator.id} indicator={indicator} threshold={view.publicThreshold} />
                ))}
              </div>
            )}
          </section>
        );
      })}

      {withoutGoal.length > 0 ? (
        <section className="section" aria-labelledby="public-other">
          <h2 className="section__title" id="public-other">
            {t('publicView.otherIndicators')}
          </h2>
          <div className="public__indicators">
            {withoutGoal.map((indicator) => (
              <PublicIndicatorCard key={indicator.id} indicator={indicator} threshold={view.publicThreshold} />
            ))}
          </div>
        </section>
      ) : null}

      <footer className="public__footer">
        <p>{t('publicView.csvText')}</p>
        <a className="button" href={publicCsvUrl(view.id, locale === 'en' ? 'comma' : 'semicolon')} download>
          {t('publicView.csvLink')}
        </a>
      </footer>
    </div>
  );
}
