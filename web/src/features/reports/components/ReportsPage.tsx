// Reports for boards, funders and the municipality: choose the quarters (and for the PDF the
// goals), then download a PDF report, an XLSX workbook or the CSV of every value.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CheckboxList } from '../../../components/form/fields';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { LinkButton } from '../../../components/ui/Button';
import { PageHeader, Section } from '../../../components/ui/Layout';
import { useLocale } from '../../../i18n';
import { formatPeriod, formatPeriodRange } from '../../../lib/format';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { goalsQueryOptions } from '../../../resources/goals';
import { indicatorsQueryOptions } from '../../../resources/indicators';
import { CalendarPanel } from '../../calendar/components/CalendarPanel';
import { defaultRange, isRangeInOrder, quarterOptions, type QuarterRange } from '../utils/range';
import { CsvCard } from './CsvCard';
import { ReportJobCard } from './ReportJobCard';
import '../reports.css';

export default function ReportsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { initiativeId } = useInitiative();
  const indicators = useQuery(indicatorsQueryOptions(initiativeId));
  const goals = useQuery(goalsQueryOptions(initiativeId));
  const [range, setRange] = useState<QuarterRange>(() => defaultRange());
  const [goalIds, setGoalIds] = useState<string[]>([]);

  const quarters = quarterOptions(indicators.data?.map((i) => i.baselinePeriod) ?? []);
  const options = quarters.map((key) => ({ id: key, label: formatPeriod(key, locale) }));
  const inOrder = isRangeInOrder(range);
  const rangeKey = `${range.from}..${range.to}`;

  return (
    <div className="page reports">
      <title>{t('reports.title')}</title>
      <PageHeader
        title={t('reports.title')}
        actions={
          <LinkButton to={initiativeRoute(initiativeId, 'present')}>{t('reports.present')}</LinkButton>
        }
      >
        <p>{t('reports.lead')}</p>
      </PageHeader>

      <Section id="report-range" title={t('reports.rangeTitle')} description={t('reports.rangeDescription')}>
        <div className="toolbar">
          <ChoiceInput
            label={t('reports.from')}
            value={range.from}
            options={options}
            onChange={(from) => from && setRange((r) => ({ ...r, from }))}
          />
          <ChoiceInput
            label={t('reports.to')}
            value={range.to}
            options={options}
            onChange={(to) => to && setRange((r) => ({ ...r, to }))}
            error={inOrder ? undefined : t('reports.rangeOutOfOrder')}
          />
        </div>
        {inOrder ? <p className="reports__range">{t('reports.rangeSummary', { range: formatPeriodRange(range.from, range.to, locale) })}</p> : null}
        {goals.data && goals.data.length > 0 ? (
          <CheckboxList
            label={t('reports.goals')}
            hint={t('reports.goalsHint')}
            options={goals.data.map((g) => ({ id: g.id, label: g.title }))}
            value={goalIds}
            onChange={setGoalIds}
          />
        ) : null}
      </Section>

      <Section id="report-files" title={t('reports.filesTitle')} description={t('reports.filesDescription')}>
        <div className="report-cards">
          <ReportJobCard
            key={`pdf|${rangeKey}|${goalIds.join(',')}`}
            initiativeId={initiativeId}
            input={{ kind: 'pdf', from: range.from, to: range.to, goalIds: goalIds.length > 0 ? goalIds : undefined }}
            title={t('reports.pdf.title')}
            isDisabled={!inOrder}
          >
            <p>{t('reports.pdf.contains')}</p>
            <p className="muted small">{t('reports.pdf.language')}</p>
          </ReportJobCard>
          <ReportJobCard
            key={`xlsx|${rangeKey}`}
            initiativeId={initiativeId}
            input={{ kind: 'xlsx', from: range.from, to: range.to }}
            title={t('reports.xlsx.title')}
            isDisabled={!inOrder}
          >
            <p>{t('reports.xlsx.contains')}</p>
            <p className="muted small">{t('reports.xlsx.allGoals')}</p>
          </ReportJobCard>
          <CsvCard initiativeId={initiativeId} range={range} isDisabled={!inOrder} />
        </div>
      </Section>

      <CalendarPanel initiativeId={initiativeId} />
    </div>
  );
}
