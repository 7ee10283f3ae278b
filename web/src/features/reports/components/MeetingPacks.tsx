// A meeting's packs: the report PDF frozen when the meeting was held. Admin and backbone freeze
// the figures; everyone in the initiative can download what was frozen.
import { useTranslation } from 'react-i18next';
import type { MeetingPack } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { Section } from '../../../components/ui/Layout';
import { ErrorState, Loading } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { formatDateTime, formatPeriod, formatPeriodRange } from '../../../lib/format';
import { useInitiative } from '../../../lib/initiative';
import { canEditAll } from '../../../lib/permissions';
import { meetingPackFileUrl, useCreateMeetingPack, useMeetingPacks } from '../api/meeting-packs';
import { formatFileSize } from '../utils/file-size';
import { JobProgress } from '../../../components/ui/JobProgress';
import '../reports.css';

export function MeetingPacks({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { initiativeId, role } = useInitiative();
  const packs = useMeetingPacks(initiativeId, meetingId);
  const create = useCreateMeetingPack(initiativeId, meetingId);

  return (
    <Section id={`packs-${meetingId}`} title={t('reports.packs.title')} description={t('reports.packs.description')} className="meeting-packs">
      {packs.isPending ? (
        <Loading inline label={t('reports.packs.loading')} />
      ) : packs.isError ? (
        <ErrorState error={packs.error} onRetry={() => void packs.refetch()} />
      ) : packs.data.length === 0 ? (
        <p className="muted">{t('reports.packs.empty')}</p>
      ) : (
        <ul className="pack-list">
          {packs.data.map((pack) => (
            <PackRow key={pack.id} initiativeId={initiativeId} pack={pack} />
          ))}
        </ul>
      )}
      {canEditAll(role) ? (
        <div className="meeting-packs__freeze">
          {create.isPending ? (
            <JobProgress label={t('reports.packs.freezing')} />
          ) : (
            <Button variant="primary" onPress={() => create.mutate({})}>
              {t('reports.packs.freeze')}
            </Button>
          )}
          <p className="field__hint">{t('reports.packs.freezeHint')}</p>
          {create.isSuccess ? (
            <p className="report-card__ready" role="status">
              <Icon name="check" size={20} />
              <span>{t('reports.packs.frozen', { fileName: create.data.fileName })}</span>
            </p>
          ) : null}
          {create.isError ? (
            <p className="report-card__problem" role="alert">
              <Icon name="alert" size={18} />
              <span>{t(errorMessageKey(create.error))}</span>
            </p>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}

function PackRow({ initiativeId, pack }: { initiativeId: string; pack: MeetingPack }) {
  const { t } = useTranslation();
  const locale = useLocale();
  let periods: string | null = null;
  if (pack.toPeriod !== null) {
    periods = pack.fromPeriod === null ? t('reports.packs.through', { period: formatPeriod(pack.toPeriod, locale) }) : formatPeriodRange(pack.fromPeriod, pack.toPeriod, locale);
  }
  return (
    <li className="pack-list__item">
      <a href={meetingPackFileUrl(initiativeId, pack)} download={pack.fileName} className="pack-list__link">
        {pack.fileName}
      </a>
      <span className="pack-list__meta">
        {t('reports.packs.frozenAt', { time: formatDateTime(pack.createdAt, locale) })}
        {' · '}
        {formatFileSize(pack.sizeBytes, locale)}
        {periods ? ` · ${periods}` : null}
      </span>
    </li>
  );
}
