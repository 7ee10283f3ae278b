import { useTranslation } from 'react-i18next';
import { ColumnChart } from '../../../components/charts/ColumnChart';
import { OKABE_ITO } from '../../../components/charts/palette';
import { EmptyState, ErrorState, Loading } from '../../../components/ui/States';
import { formatAxisNumber, formatNumber, formatPeriod } from '../../../lib/format';
import { useLocale } from '../../../i18n';
import { useAttendance } from '../api/get-attendance';

export function AttendanceSection({ initiativeId, actorId }: { initiativeId: string; actorId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const attendance = useAttendance(initiativeId, actorId);
  if (attendance.isPending) return <Loading />;
  if (attendance.error) return <ErrorState error={attendance.error} />;
  const periods = attendance.data;
  if (periods.length === 0) return <EmptyState title={t('actor.noMeetings')} />;
  const held = periods.reduce((n, p) => n + p.held, 0);
  const attended = periods.reduce((n, p) => n + p.attended, 0);
  return (
    <ColumnChart
      data={periods.map((p) => ({ key: p.period, label: formatPeriod(p.period, locale), value: p.attended }))}
      seriesLabel={t('actor.meetingsAttended')}
      formatValue={(v) => formatNumber(v, locale)}
      formatTick={(v) => formatAxisNumber(v, locale)}
      color={OKABE_ITO.reddishPurple}
      summary={t('actor.attendanceSummary', { attended, held })}
      table={{
        caption: t('actor.attendanceTitle'),
        columns: [
          { key: 'period', header: t('common.period') },
          { key: 'attended', header: t('actor.meetingsAttended'), numeric: true },
          { key: 'held', header: t('actor.meetingsHeld'), numeric: true },
          { key: 'people', header: t('actor.people'), numeric: true },
        ],
        rows: periods.map((p) => ({
          key: p.period,
          cells: {
            period: formatPeriod(p.period, locale),
            attended: formatNumber(p.attended, locale),
            held: formatNumber(p.held, locale),
            people: formatNumber(p.people, locale),
          },
        })),
      }}
    />
  );
}
