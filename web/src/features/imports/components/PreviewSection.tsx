// What the file would do: counts, the rows by action (old → new for changes, errors with row and
// field), and the commit, which stays disabled while any row has an error.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCommitResult, ImportResource, Locale } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Segmented } from '../../../components/ui/Segmented';
import { errorMessageKey } from '../../../components/ui/error-message';
import { formatNumber } from '../../../lib/format';
import { useCommitImport, useDiscardImport } from '../api/imports';
import { ImportRows, type RowFilter } from './ImportRows';

type Filter = RowFilter;

export function PreviewSection({
  initiativeId,
  resource,
  locale,
  onCommitted,
  onDiscarded,
}: {
  initiativeId: string;
  resource: ImportResource;
  locale: Locale;
  onCommitted: (result: ImportCommitResult) => void;
  onDiscarded: () => void;
}) {
  const { t } = useTranslation();
  const { preview } = resource;
  const [filter, setFilter] = useState<Filter>(preview.errorCount > 0 ? 'error' : preview.change > 0 ? 'change' : 'all');
  const commit = useCommitImport(initiativeId, resource.id, locale);
  const discard = useDiscardImport(initiativeId, resource.id);
  const writes = preview.create + preview.change;
  const unmapped = resource.unmatched.length > 0;
  const blocked =
    preview.errorCount > 0
      ? t('imports.preview.blockedErrors', { count: preview.errorCount })
      : writes === 0
        ? t(unmapped ? 'imports.preview.blockedMapping' : 'imports.preview.blockedNothing')
        : null;

  const counts: { id: Exclude<Filter, 'all'>; count: number }[] = [
    { id: 'create', count: preview.create },
    { id: 'change', count: preview.change },
    { id: 'unchanged', count: preview.unchanged },
    { id: 'error', count: preview.errorCount },
  ];
  return (
    <section className="import-card" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">{t('imports.preview.title', { file: resource.fileName })}</h2>
      <p>{t(resource.shape === 'wide' ? 'imports.preview.wide' : 'imports.preview.long')}</p>
      <dl className="import-counts">
        {counts.map((c) => (
          <div key={c.id} className={`import-count import-count--${c.id}`}>
            <dt>{t(`imports.actions.${c.id}`)}</dt>
            <dd>{formatNumber(c.count, locale)}</dd>
          </div>
        ))}
      </dl>
      <Segmented
        label={t('imports.preview.show')}
        value={filter}
        onChange={setFilter}
        options={(['all', 'create', 'change', 'unchanged', 'error'] as const).map((id) => ({ id, label: t(`imports.filters.${id}`) }))}
      />
      <ImportRows key={filter} initiativeId={initiativeId} importId={resource.id} filter={filter} locale={locale} />
      <div className="import-actions import-commit">
        <Button variant="primary" isDisabled={blocked !== null || commit.isPending} onPress={() => commit.mutate(undefined, { onSuccess: onCommitted })}>
          {t('imports.preview.commit', { count: writes })}
        </Button>
        <Button variant="quiet" isDisabled={discard.isPending} onPress={() => discard.mutate(undefined, { onSuccess: onDiscarded })}>
          {t('imports.preview.discard')}
        </Button>
        {blocked ? <p className="import-hint">{blocked}</p> : null}
      </div>
      {commit.isError ? (
        <p className="import-problem" role="alert">
          {commit.error && 'status' in commit.error && commit.error.status === 409 ? t('imports.preview.conflict') : t(errorMessageKey(commit.error))}
        </p>
      ) : null}
    </section>
  );
}
