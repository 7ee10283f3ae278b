// An organisation's categories in the per-organisation values table: a button under its name opens
// them as rows ("Gender: Girls") right under its figure.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Indicator, SeriesPoint } from '@ci/shared';
import { formatNumber } from '../../../lib/format';
import type { useIndicatorFormat } from '../../../lib/use-formatters';
import '../categories.css';

type Format = ReturnType<typeof useIndicatorFormat>;

function actorCategories(point: SeriesPoint, actorId: string) {
  return point.byActor.find((a) => a.actorId === actorId)?.byCategory ?? [];
}

export function CategoryToggle({
  point,
  actorId,
  actorName,
  expanded,
  onToggle,
}: {
  point: SeriesPoint;
  actorId: string;
  actorName: string;
  expanded: ReadonlySet<string>;
  onToggle: (next: ReadonlySet<string>) => void;
}) {
  const { t } = useTranslation();
  if (actorCategories(point, actorId).length === 0) return null;
  const open = expanded.has(actorId);
  return (
    <button
      type="button"
      className="category-toggle"
      aria-expanded={open}
      onClick={() => {
        const next = new Set(expanded);
        if (open) next.delete(actorId);
        else next.add(actorId);
        onToggle(next);
      }}
    >
      <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      <span className="visually-hidden">{t(open ? 'categories.breakdown.hideCategories' : 'categories.breakdown.showCategories', { actor: actorName })}</span>
    </button>
  );
}

/** The rows of an organisation's categories, in the indicator's order of dimensions and categories. */
export function actorCategoryRows(indicator: Indicator, point: SeriesPoint, actorId: string, f: Format, t: TFunction) {
  const figures = new Map(actorCategories(point, actorId).map((c) => [c.categoryId, c]));
  return indicator.dimensions.flatMap((d) =>
    d.categories.flatMap((c) => {
      const figure = figures.get(c.id);
      if (!figure) return [];
      return [
        {
          key: `${actorId}|${c.id}`,
          cells: {
            actor: <span className="category-row__name">{`${d.name}: ${c.name}`}</span>,
            value: f.value(figure.value),
            parts:
              figure.numerator !== undefined && figure.denominator !== undefined
                ? t('indicator.breakdown.partsValue', {
                    numerator: formatNumber(figure.numerator, f.locale),
                    denominator: formatNumber(figure.denominator, f.locale),
                  })
                : '–',
            share: '',
          },
        },
      ];
    }),
  );
}
