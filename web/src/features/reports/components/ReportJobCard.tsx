// One report file made in the background: a button starts the job, a progress bar follows it, and
// a download link appears when the file is ready. Changing the range starts over (the parent keys
// this card by its inputs), so a link never hands out a file for other periods than those chosen.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportJob, ReportJobInput } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { reportJobFileUrl, useReportJob, useStartReportJob } from '../api/report-jobs';
import { JobProgress } from '../../../components/ui/JobProgress';

export function ReportJobCard({
  initiativeId,
  input,
  title,
  children,
  isDisabled,
}: {
  initiativeId: string;
  input: ReportJobInput;
  title: string;
  /** What the file contains, in plain words. */
  children: ReactNode;
  isDisabled?: boolean;
}) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartReportJob(initiativeId);
  const job = useReportJob(initiativeId, jobId);
  const queued = job.data?.status === 'queued';
  const running = start.isPending || queued || job.data?.status === 'running' || (jobId !== null && job.isPending);

  const begin = () => {
    setJobId(null);
    start.mutate(input, { onSuccess: (created) => setJobId(created.id) });
  };

  return (
    <article className="report-card" aria-labelledby={`report-${input.kind}-title`}>
      <h3 className="report-card__title" id={`report-${input.kind}-title`}>
        {title}
      </h3>
      <div className="report-card__body">{children}</div>
      <div className="report-card__action">
        {job.data?.status === 'done' ? (
          <Done initiativeId={initiativeId} job={job.data} onAgain={begin} />
        ) : running ? (
          <JobProgress
            label={t(queued ? 'reports.job.queued' : 'reports.job.running', { kind: t(`reports.kind.${input.kind}`) })}
            share={job.data?.progress ?? 0}
          />
        ) : (
          <Button variant="primary" onPress={begin} isDisabled={isDisabled}>
            {t(`reports.job.start.${input.kind}`)}
          </Button>
        )}
        {start.isError ? <Problem text={t(errorMessageKey(start.error))} /> : null}
        {job.isError ? <Problem text={t(errorMessageKey(job.error))} onRetry={() => void job.refetch()} /> : null}
        {job.data?.status === 'failed' ? <Problem text={t('reports.job.failed')} onRetry={begin} /> : null}
      </div>
    </article>
  );
}

function Done({ initiativeId, job, onAgain }: { initiativeId: string; job: ReportJob; onAgain: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="report-card__done">
      <p className="report-card__ready" role="status">
        <Icon name="check" size={20} />
        <span>{t('reports.job.ready')}</span>
      </p>
      <div className="report-card__buttons">
        <a className="button button--primary" href={reportJobFileUrl(initiativeId, job)} download={job.fileName}>
          {t('reports.job.download', { kind: t(`reports.kind.${job.kind}`) })}
        </a>
        <Button variant="quiet" onPress={onAgain}>
          {t('reports.job.again')}
        </Button>
      </div>
      <p className="muted small report-card__file">{job.fileName}</p>
      <p className="muted small">{t('reports.job.expires', { time: formatDateTime(job.expiresAt, locale) })}</p>
    </div>
  );
}

function Problem({ text, onRetry }: { text: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="report-card__problem" role="alert">
      <Icon name="alert" size={18} />
      <span>{text}</span>
      {onRetry ? (
        <Button variant="quiet" className="button--small" onPress={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </div>
  );
}
