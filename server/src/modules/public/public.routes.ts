// The public, no-login view of an initiative that has switched it on: agenda and headline indicators,
// with small numbers withheld (see public.suppression.ts).
import { z } from 'zod';
import { errorResponses, periodStart, publicCsvQuery, publicInitiative, publicParams, type PublicIndicator, type PublicInitiative } from '@ci/shared';
import type { App } from '../../lib/types.js';
import type { DbOrTx } from '../../db/client.js';
import { NotFound } from '../../lib/errors.js';
import { seriesForIndicators } from '../series/series.many.js';
import { findInitiative, listGoals, listReportIndicators } from '../reports/reports.repository.js';
import { attachment, fileStem } from '../reports/reports.stream.js';
import { csvLanguage, csvNumber, csvPeriod, csvStringifier, csvText } from '../reports/reports.csv.js';
import { reportLocale } from '../reports/reports.i18n.js';
import { isSuppressed, publicPoint } from './public.suppression.js';

const tags = ['public'];
const PUBLIC_CSV_COLUMNS = ['indicator_code', 'indicator_name', 'unit', 'period', 'period_start', 'value', 'target', 'trajectory', 'suppressed', 'preliminary'] as const;
const rateLimit = { max: 120, timeWindow: '1 minute' };

async function publicView(db: DbOrTx, initiativeId: string): Promise<PublicInitiative> {
  const initiative = await findInitiative(db, initiativeId);
  // An initiative that is not public does not exist for the public.
  if (!initiative || !initiative.publicView) throw new NotFound('Initiative');
  const threshold = initiative.publicThreshold;
  const [goals, indicatorRows] = await Promise.all([
    listGoals(db, initiativeId),
    listReportIndicators(db, initiativeId, { includeArchived: false }),
  ]);
  const indicators: PublicIndicator[] = [];
  // Every indicator's series in a few statements; no per-actor figure is published anyway.
  const allSeries = await seriesForIndicators(db, initiativeId, indicatorRows);
  for (const [index, indicator] of indicatorRows.entries()) {
    const series = allSeries[index];
    const points = series.points.map((p) => publicPoint(indicator, p, threshold));
    // The headline, as on every other screen: the latest complete period, withheld by the same rule.
    const { latest } = series;
    const latestWithheld = latest !== null && isSuppressed(indicator, latest, threshold);
    indicators.push({
      id: indicator.id,
      goalId: indicator.goalId,
      code: indicator.code,
      name: indicator.name,
      definition: indicator.definition,
      unit: indicator.unit,
      decimals: indicator.decimals,
      measureType: indicator.measureType as PublicIndicator['measureType'],
      direction: indicator.direction as PublicIndicator['direction'],
      frequency: indicator.frequency as PublicIndicator['frequency'],
      baseline: series.baseline,
      target: series.target,
      status: series.status,
      latest: latest ? { period: latest.period, value: latestWithheld ? null : latest.value, suppressed: latestWithheld } : null,
      points,
    });
  }
  return {
    id: initiative.id,
    name: initiative.name,
    area: initiative.area,
    vision: initiative.vision,
    description: initiative.description,
    locale: initiative.locale,
    publicThreshold: threshold,
    goals,
    indicators,
  };
}

export default async function publicRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/public/initiatives/:initiativeId',
    config: { rateLimit },
    schema: {
      tags,
      summary: 'The public view of an initiative (404 unless it has switched the public view on)',
      description: 'Aggregates only; counts below the public threshold and percentages of too few people are withheld (`suppressed: true`).',
      security: [],
      params: publicParams,
      response: { 200: publicInitiative, ...errorResponses },
    },
    handler: async (request) => publicView(app.db, request.params.initiativeId),
  });

  app.route({
    method: 'GET',
    url: '/public/initiatives/:initiativeId/measurements.csv',
    config: { rateLimit },
    schema: {
      tags,
      summary: 'The public aggregates as CSV, one row per indicator and period, with the same suppression',
      description:
        `Columns: ${PUBLIC_CSV_COLUMNS.join(', ')}. A withheld value is empty with suppressed = true; preliminary = true while the period is not complete. ` +
        "`labels=language` writes headers, period labels and yes/no in `lang` (default: the initiative's language).",
      security: [],
      params: publicParams,
      querystring: publicCsvQuery,
      response: { 200: z.any().meta({ description: 'text/csv' }), ...errorResponses },
    },
    handler: async (request, reply) => {
      const view = await publicView(app.db, request.params.initiativeId);
      const { separator, labels, lang } = request.query;
      const language = csvLanguage(labels, reportLocale(lang, view.locale));
      const out = csvStringifier(separator, PUBLIC_CSV_COLUMNS, language);
      const yesNo = (flag: boolean) => (language ? language.words.report[flag ? 'yes' : 'no'] : String(flag));
      for (const indicator of view.indicators) {
        for (const p of indicator.points) {
          out.write({
            indicator_code: csvText(indicator.code),
            indicator_name: csvText(indicator.name),
            unit: csvText(indicator.unit),
            period: csvPeriod(p.period, language),
            period_start: periodStart(p.period),
            value: csvNumber(p.value, separator),
            target: csvNumber(p.target, separator),
            trajectory: csvNumber(p.trajectory, separator),
            suppressed: yesNo(p.suppressed),
            preliminary: yesNo(!p.complete),
          });
        }
      }
      out.end();
      return reply
        .type('text/csv; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .header('content-disposition', attachment(`${fileStem(view.name)}-public.csv`))
        .send(out);
    },
  });
}
