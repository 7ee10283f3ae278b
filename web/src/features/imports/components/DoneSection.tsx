import { useTranslation } from 'react-i18next';
import type { ImportCommitResult } from '@ci/shared';
import { Button, LinkButton } from '../../../components/ui/Button';
import { initiativeRoute } from '../../../lib/initiative';

export function DoneSection({ initiativeId, result, onAnother }: { initiativeId: string; result: ImportCommitResult; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="import-card import-done" role="status" aria-labelledby="import-done-title">
      <h2 id="import-done-title">{t('imports.done.title')}</h2>
      <p>{t('imports.done.counts', { created: result.created, changed: result.changed, unchanged: result.unchanged })}</p>
      <div className="import-actions">
        <LinkButton to={initiativeRoute(initiativeId)} variant="primary">
          {t('imports.done.toOverview')}
        </LinkButton>
        <LinkButton to={initiativeRoute(initiativeId, 'entry')}>{t('imports.done.toEntry')}</LinkButton>
        <Button variant="quiet" onPress={onAnother}>
          {t('imports.done.another')}
        </Button>
      </div>
    </section>
  );
}
