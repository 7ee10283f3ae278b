// Quarterly meeting mode: the figures on a projector, one indicator per slide, without the app's
// frame. Keys and on-screen buttons move between slides; the slide number stays in the address,
// so a reload (or a second screen) comes back to the same slide.
import { useEffect, useId, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ToggleButton } from 'react-aria-components';
import type { Idea, OverviewResponse } from '@ci/shared';
import { Button, LinkButton } from '../../../components/ui/Button';
import { ErrorState, Loading } from '../../../components/ui/States';
import { useLocale } from '../../../i18n';
import { formatPeriod } from '../../../lib/format';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { defaultPeriod } from '../../../lib/period-options';
import { useDeckIdeas } from '../api/get-open-ideas';
import { useDeckOverview } from '../api/get-overview';
import { slideSeriesQueryOptions } from '../api/get-slide-series';
import { useFullscreen } from '../hooks/use-fullscreen';
import { useSlideKeys } from '../hooks/use-slide-keys';
import { buildSlides, slideIndexFromParam, type Slide } from '../utils/slides';
import { ClosingSlide } from './ClosingSlide';
import { IdeasSlide } from './IdeasSlide';
import { IndicatorSlide } from './IndicatorSlide';
import { TitleSlide } from './TitleSlide';
import '../presentation.css';

export default function PresentationPage() {
  const { t } = useTranslation();
  const { initiativeId } = useInitiative();
  const overview = useDeckOverview(initiativeId);
  // The ideas slide is decided before the deck is drawn, so slide numbers do not shift under the
  // presenter; when the ideas cannot be read, the deck goes on without that slide.
  const ideas = useDeckIdeas(initiativeId);
  if (overview.isPending || ideas.isPending) {
    return (
      <div className="presentation presentation--state">
        <Loading label={t('presentation.loading')} />
      </div>
    );
  }
  if (overview.isError) {
    return (
      <div className="presentation presentation--state">
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
        <LinkButton to={initiativeRoute(initiativeId)}>{t('presentation.leave')}</LinkButton>
      </div>
    );
  }
  return <Deck initiativeId={initiativeId} overview={overview.data} openIdeas={ideas.data ?? NO_IDEAS} />;
}

const NO_IDEAS: Idea[] = [];

function Deck({ initiativeId, overview, openIdeas }: { initiativeId: string; overview: OverviewResponse; openIdeas: readonly Idea[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const fullscreen = useFullscreen();
  const titleId = useId();
  const [params, setParams] = useSearchParams();
  const slides = useMemo(() => buildSlides(overview, openIdeas), [overview, openIdeas]);
  // The quarter being reported on: the latest one that has ended when the meeting is held.
  const quarter = useMemo(() => defaultPeriod('quarter'), []);
  const index = slideIndexFromParam(params.get('slide'), slides.length);
  const slide = slides[index];

  const go = (to: number) => {
    const next = Math.min(Math.max(to, 0), slides.length - 1);
    if (next !== index) setParams({ slide: String(next + 1) }, { replace: true });
  };
  const leave = () => navigate(initiativeRoute(initiativeId));
  useSlideKeys({
    next: () => go(index + 1),
    previous: () => go(index - 1),
    first: () => go(0),
    last: () => go(slides.length - 1),
    leave,
    toggleFullscreen: fullscreen.supported ? fullscreen.toggle : undefined,
  });

  // Fetch every slide's figures up front: moving on in front of an audience must not wait.
  useEffect(() => {
    for (const s of slides) {
      if (s.kind === 'indicator') void queryClient.prefetchQuery(slideSeriesQueryOptions(initiativeId, s.indicator));
    }
  }, [slides, initiativeId, queryClient]);

  const title = slideTitle(slide, overview, t('presentation.closingTitle'), t('presentation.ideasTitle'));
  const announcement = t('presentation.announce', { number: index + 1, count: slides.length, title });

  return (
    <div className="presentation">
      <title>{`${title} – ${formatPeriod(quarter, locale)}`}</title>
      <section className="presentation__stage" aria-roledescription={t('presentation.slide')} aria-labelledby={titleId} key={slide.key}>
        {slide.kind === 'title' ? <TitleSlide overview={overview} slides={slides} quarter={quarter} titleId={titleId} /> : null}
        {slide.kind === 'indicator' ? (
          <IndicatorSlide initiativeId={initiativeId} indicator={slide.indicator} goal={slide.goal} titleId={titleId} />
        ) : null}
        {slide.kind === 'ideas' ? <IdeasSlide ideas={slide.ideas} titleId={titleId} /> : null}
        {slide.kind === 'closing' ? <ClosingSlide initiativeId={initiativeId} titleId={titleId} /> : null}
      </section>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <nav className="presentation__controls" aria-label={t('presentation.controls')}>
        <Button variant="quiet" onPress={() => go(index - 1)} isDisabled={index === 0}>
          <span aria-hidden="true">←</span> {t('presentation.previous')}
        </Button>
        <span className="presentation__counter">{t('presentation.counter', { number: index + 1, count: slides.length })}</span>
        <Button variant="quiet" onPress={() => go(index + 1)} isDisabled={index === slides.length - 1}>
          {t('presentation.next')} <span aria-hidden="true">→</span>
        </Button>
        <span className="presentation__spacer" />
        {fullscreen.supported ? (
          <ToggleButton className="button button--quiet" isSelected={fullscreen.active} onChange={fullscreen.toggle}>
            {t('presentation.fullscreen')}
          </ToggleButton>
        ) : null}
        <Button variant="quiet" onPress={leave}>
          {t('presentation.leave')}
        </Button>
      </nav>
    </div>
  );
}

function slideTitle(slide: Slide, overview: OverviewResponse, closingTitle: string, ideasTitle: string): string {
  switch (slide.kind) {
    case 'title':
      return overview.initiative.name;
    case 'indicator':
      return `${slide.indicator.code} ${slide.indicator.name}`;
    case 'ideas':
      return ideasTitle;
    case 'closing':
      return closingTitle;
  }
}
