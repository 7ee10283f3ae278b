// Choose or drop a CSV or XLSX file; it is sent at once with a progress bar.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DropZone, FileTrigger, type DropItem } from 'react-aria-components';
import { IMPORT_MAX_BYTES, type ImportResource, type Locale } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { uploadImport } from '../api/imports';
import { ImportProgress } from './ImportProgress';

const ACCEPTED = ['.csv', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

export function UploadSection({
  initiativeId,
  locale,
  share,
  onProgress,
  onUploaded,
}: {
  initiativeId: string;
  locale: Locale;
  share: number | null;
  onProgress: (share: number | null) => void;
  onUploaded: (resource: ImportResource) => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);

  const send = (file: File | undefined) => {
    if (!file) return;
    if (!/\.(csv|xlsx|txt)$/i.test(file.name)) return setProblem(t('imports.upload.wrongType'));
    if (file.size > IMPORT_MAX_BYTES) return setProblem(t('imports.upload.tooLarge', { mb: IMPORT_MAX_BYTES / 1024 / 1024 }));
    setProblem(null);
    onProgress(0);
    uploadImport(initiativeId, file, locale, onProgress).then(onUploaded, (err: unknown) => {
      onProgress(null);
      setProblem(isApiError(err, 413) ? t('imports.upload.tooLarge', { mb: IMPORT_MAX_BYTES / 1024 / 1024 }) : t(errorMessageKey(err)));
    });
  };

  const dropped = async (items: DropItem[]) => {
    const item = items.find((i) => i.kind === 'file');
    if (item && item.kind === 'file') send(await item.getFile());
  };

  if (share !== null) return <ImportProgress label={t('imports.upload.sending')} share={share} />;
  return (
    <section className="import-card" aria-labelledby="import-upload-title">
      <h2 id="import-upload-title">{t('imports.upload.title')}</h2>
      <DropZone className="import-drop" aria-label={t('imports.upload.dropLabel')} onDrop={(e) => void dropped(e.items)}>
        <p>{t('imports.upload.drop')}</p>
        <FileTrigger acceptedFileTypes={ACCEPTED} onSelect={(files) => send(files?.[0])}>
          <Button variant="primary">{t('imports.upload.choose')}</Button>
        </FileTrigger>
        <p className="import-hint">{t('imports.upload.hint', { mb: IMPORT_MAX_BYTES / 1024 / 1024 })}</p>
      </DropZone>
      {problem ? (
        <p className="import-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
