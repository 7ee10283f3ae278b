// Import of a CSV or XLSX file: template, upload (upload then parse progress), mapping of unknown
// names, the preview, and the commit. Nothing is written before the commit.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ImportCommitResult } from '@ci/shared';
import { Button, LinkButton } from '../../../components/ui/Button';
import { PageHeader } from '../../../components/ui/Layout';
import { EmptyState, ErrorState, Loading } from '../../../components/ui/States';
import { useLocale } from '../../../i18n';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { canEnterData } from '../../../lib/permissions';
import { indicatorsQueryOptions } from '../../../resources/indicators';
import { useImport } from '../api/imports';
import { DoneSection } from './DoneSection';
import { ImportProgress } from './ImportProgress';
import { MappingSection } from './MappingSection';
import { PreviewSection } from './PreviewSection';
import { TemplateSection } from './TemplateSection';
import { UploadSection } from './UploadSection';
import '../imports.css';

export default function ImportPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { initiativeId, role } = useInitiative();
  const indicators = useQuery(indicatorsQueryOptions(initiativeId));
  const [importId, setImportId] = useState<string | null>(null);
  const [uploadShare, setUploadShare] = useState<number | null>(null);
  const [done, setDone] = useState<ImportCommitResult | null>(null);
  const current = useImport(initiativeId, importId);

  const restart = () => {
    setImportId(null);
    setUploadShare(null);
    setDone(null);
  };

  const header = (
    <PageHeader title={t('imports.title')}>
      <p>{t('imports.lead')}</p>
    </PageHeader>
  );
  if (!canEnterData(role)) {
    return (
      <div className="page import-page">
        <title>{t('imports.title')}</title>
        {header}
        <EmptyState title={t('imports.notAllowed')} />
      </div>
    );
  }

  const resource = current.data;
  return (
    <div className="page import-page">
      <title>{t('imports.title')}</title>
      {header}
      <p>
        <LinkButton to={initiativeRoute(initiativeId, 'entry')} variant="quiet">
          {t('imports.backToEntry')}
        </LinkButton>
      </p>
      {done ? (
        <DoneSection initiativeId={initiativeId} result={done} onAnother={restart} />
      ) : importId === null ? (
        <>
          {indicators.isError ? <ErrorState error={indicators.error} /> : null}
          {indicators.data ? <TemplateSection initiativeId={initiativeId} indicators={indicators.data} role={role} locale={locale} /> : null}
          <UploadSection
            initiativeId={initiativeId}
            locale={locale}
            share={uploadShare}
            onProgress={setUploadShare}
            onUploaded={(resource) => {
              setUploadShare(null);
              setImportId(resource.id);
            }}
          />
        </>
      ) : current.isError ? (
        <ErrorState error={current.error} onRetry={() => void current.refetch()} />
      ) : !resource ? (
        <Loading label={t('imports.loading')} />
      ) : resource.status === 'parsing' ? (
        <ImportProgress label={t('imports.parsing', { file: resource.fileName })} share={resource.progress} />
      ) : resource.status === 'failed' ? (
        <section className="import-card" role="alert">
          <h2>{t('imports.failedTitle', { file: resource.fileName })}</h2>
          <p>{resource.failure}</p>
          <Button onPress={restart} variant="primary">
            {t('imports.chooseAnother')}
          </Button>
        </section>
      ) : (
        <>
          {resource.unmatched.length > 0 ? <MappingSection initiativeId={initiativeId} resource={resource} locale={locale} /> : null}
          <PreviewSection initiativeId={initiativeId} resource={resource} locale={locale} onCommitted={setDone} onDiscarded={restart} />
        </>
      )}
    </div>
  );
}
