import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/ui/Button';
import { EmptyState } from '../components/ui/States';
import { PageHeader } from '../components/ui/Layout';
import { initiativeRoute, useInitiative } from '../lib/initiative';
import type { NavSection } from './nav';

/** What a route slot shows until its feature screen is plugged into the route table. */
export function ScreenNotReady({ section }: { section: Exclude<NavSection, 'overview' | 'directory'> }) {
  const { t } = useTranslation();
  const { initiativeId } = useInitiative();
  return (
    <div className="page">
      <title>{t(`nav.${section}`)}</title>
      <PageHeader title={t(`nav.${section}`)} />
      <EmptyState
        title={t('slots.notReadyTitle')}
        action={
          <LinkButton to={initiativeRoute(initiativeId)} variant="secondary">
            {t('slots.backToOverview')}
          </LinkButton>
        }
      >
        {t('slots.notReadyBody')}
      </EmptyState>
    </div>
  );
}
