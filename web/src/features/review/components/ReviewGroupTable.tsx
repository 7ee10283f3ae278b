import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Measurement } from '@ci/shared';
import { Icon } from '../../../components/ui/Icon';
import { useLocale } from '../../../i18n';
import { formatDateTime, formatNumber, formatPeriod, formatValue } from '../../../lib/format';
import type { ReviewGroup } from '../utils/group';

function SelectBox({ label, isSelected, isIndeterminate, onChange }: { label: string; isSelected: boolean; isIndeterminate?: boolean; onChange: (on: boolean) => void }) {
  return (
    <Checkbox className="checkbox" aria-label={label} isSelected={isSelected} isIndeterminate={isIndeterminate} onChange={onChange}>
      {({ isSelected: on, isIndeterminate: some }) => (
        <span className="checkbox__box" aria-hidden="true">
          {on ? <Icon name="check" size={16} /> : some ? <span className="review-table__dash">–</span> : null}
        </span>
      )}
    </Checkbox>
  );
}

/** One indicator's waiting values, with a checkbox per row and one for the whole indicator. */
export function ReviewGroupTable({
  group,
  actorName,
  selected,
  onSelect,
}: {
  group: ReviewGroup;
  actorName: (actorId: string | null) => string;
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], on: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { indicator, items } = group;
  const ids = items.map((m) => m.id);
  const count = ids.filter((id) => selected.has(id)).length;
  const title = indicator.code ? `${indicator.code} ${indicator.name}` : indicator.name;
  const headingId = `review-${indicator.id}`;

  const value = (m: Measurement) => {
    const shown = m.value ?? (m.numerator !== null && m.denominator ? (m.numerator / m.denominator) * 100 : null);
    const formatted = formatValue(shown, locale, indicator);
    if (m.numerator === null || m.denominator === null) return formatted;
    const fraction = `${formatNumber(m.numerator, locale)} / ${formatNumber(m.denominator, locale)}`;
    return `${fraction} (${formatted})`;
  };

  return (
    <section className="review-group" aria-labelledby={headingId}>
      <div className="review-group__head">
        <SelectBox
          label={t('review.selectAll', { indicator: title })}
          isSelected={count === ids.length}
          isIndeterminate={count > 0 && count < ids.length}
          onChange={(on) => onSelect(ids, on)}
        />
        <h2 className="review-group__title" id={headingId}>
          {title}
        </h2>
        <span className="muted small">{t('review.waiting', { count: items.length })}</span>
      </div>
      <div className="review-table__scroll">
        <table className="review-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col" className="review-table__select">
                <span className="visually-hidden">{t('review.columns.select')}</span>
              </th>
              <th scope="col">{t('review.columns.actor')}</th>
              <th scope="col">{t('review.columns.period')}</th>
              <th scope="col" className="review-table__number">
                {t('review.columns.value')}
              </th>
              <th scope="col">{t('review.columns.note')}</th>
              <th scope="col">{t('review.columns.entered')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => {
              const actor = actorName(m.actorId);
              const period = formatPeriod(m.period, locale);
              return (
                <tr key={m.id} className={selected.has(m.id) ? 'review-table__row--selected' : undefined}>
                  <td className="review-table__select">
                    <SelectBox label={t('review.selectRow', { actor, period })} isSelected={selected.has(m.id)} onChange={(on) => onSelect([m.id], on)} />
                  </td>
                  <th scope="row">{actor}</th>
                  <td>{period}</td>
                  <td className="review-table__number">{value(m)}</td>
                  <td className="review-table__note">{m.note}</td>
                  <td className="small">
                    {t('review.enteredByAt', { name: m.enteredByName ?? t('review.unknownPerson'), at: formatDateTime(m.enteredAt, locale) })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
