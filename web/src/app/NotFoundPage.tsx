import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/ui/LinkButton';
import { EmptyState } from '../components/ui/States';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <title>{t('notFound.title')}</title>
      <h1 className="page-header__title">{t('notFound.title')}</h1>
      <EmptyState title={t('notFound.body')} action={<LinkButton to="/" variant="primary">{t('notFound.home')}</LinkButton>} />
    </div>
  );
}
