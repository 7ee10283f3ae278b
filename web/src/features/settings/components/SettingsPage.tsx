import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { useInitiative } from '../../../lib/initiative';
import { canEditAll } from '../../../lib/permissions';
import { initiativeQueryOptions } from '../../../resources/initiative';
import { SettingsForm } from './SettingsForm';
import '../settings.css';

/** The initiative's settings: reporting days, approval and locks, the public page, the language. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const { initiativeId, role } = useInitiative();
  const query = useQuery({ ...initiativeQueryOptions(initiativeId), enabled: canEditAll(role) });
  return (
    <div className="page page--narrow settings-page">
      <title>{t('settings.title')}</title>
      <PageHeader title={t('settings.title')}>
        <p>{t('settings.lead')}</p>
      </PageHeader>
      {!canEditAll(role) ? (
        <EmptyState title={t('settings.editorsOnly')} />
      ) : (
        <QueryState query={query} loadingLabel={t('settings.loading')}>
          {(initiative) => <SettingsForm key={initiative.id} initiative={initiative} />}
        </QueryState>
      )}
    </div>
  );
}
