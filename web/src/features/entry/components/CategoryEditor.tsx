// The figures of one disaggregated cell, per category of each dimension, in a popover at the cell.
// Tab moves between the inputs, Enter (or Done) puts them into the sheet, Escape closes without
// changing anything. The total is derived as people type, by the rule the server checks; a second
// dimension that adds up to another total is pointed out here and cannot be saved.
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, FieldError, Heading, Input, Label, Popover, TextField } from 'react-aria-components';
import type { Combined, Indicator } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import '../categories.css';
import { useLocale } from '../../../i18n';
import { formatPercent } from '../../../lib/format';
import { formatReadable } from '../../../lib/parse-number';
import { categoryProblem, figuresOf, partsOf, textKey, type CategoryTexts } from '../utils/categories';
import { problemText } from '../utils/cell-words';
import { judgeText, type Part } from '../utils/entry-model';

export interface CategoryEditorProps {
  indicator: Indicator;
  /** Who the figures are for (an organisation, or the whole area). */
  who: string;
  /** The texts when the editor opens. */
  initial: CategoryTexts;
  readOnly: boolean;
  anchorRef: RefObject<HTMLElement | null>;
  onDone: (texts: CategoryTexts) => void;
  onClose: () => void;
}

export function CategoryEditor({ indicator, who, initial, readOnly, anchorRef, onDone, onClose }: CategoryEditorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [texts, setTexts] = useState<CategoryTexts>(initial);
  const parts = partsOf(indicator);
  const percentage = indicator.measureType === 'percentage';

  const text = (categoryId: string, part: Part) => texts.categories[textKey(categoryId, part)] ?? '';
  const figures = figuresOf(indicator, locale, text, (part) => texts.total[part] ?? '');
  const setText = (categoryId: string, part: Part, value: string) =>
    setTexts((current) => ({ ...current, categories: { ...current.categories, [textKey(categoryId, part)]: value } }));

  const shown = (c: Combined | null) => {
    if (c === null) return '–';
    if ('value' in c) return formatReadable(c.value, locale);
    return t('categories.editor.ratio', {
      numerator: formatReadable(c.numerator, locale),
      denominator: formatReadable(c.denominator, locale),
      percent: c.denominator > 0 ? formatPercent((100 * c.numerator) / c.denominator, locale, indicator.decimals) : '–',
    });
  };
  const withValues = figures.dimensions.filter((d) => d.combined !== null);
  const partLabel = (part: Part) => (part === 'value' ? '' : t(`categories.editor.${part}`));

  return (
    <Popover triggerRef={anchorRef} isOpen onOpenChange={(open) => !open && onClose()} placement="bottom start" className="category-editor__popover">
      <Dialog className="category-editor" aria-labelledby="category-editor-title">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (readOnly) onClose();
            else onDone(texts);
          }}
        >
          <Heading slot="title" id="category-editor-title" className="category-editor__title">
            {indicator.code} {indicator.name}
            <span className="category-editor__who">{who}</span>
          </Heading>
          {indicator.dimensions.map((dimension, n) => (
            <fieldset key={dimension.id} className="category-editor__dimension">
              <legend>{dimension.name}</legend>
              {percentage ? (
                <div className="category-editor__row category-editor__row--head" aria-hidden="true">
                  <span />
                  {parts.map((part) => (
                    <span key={part}>{partLabel(part)}</span>
                  ))}
                </div>
              ) : null}
              {dimension.categories.map((category, m) => (
                <div key={category.id} className="category-editor__row">
                  <span className="category-editor__name" id={`category-${category.id}`}>
                    {category.name}
                  </span>
                  {parts.map((part) => {
                    const problem = categoryProblem(indicator, locale, text, { categoryId: category.id, part });
                    return (
                      <TextField
                        key={part}
                        className="category-editor__field"
                        value={text(category.id, part)}
                        onChange={(value) => setText(category.id, part, value)}
                        isReadOnly={readOnly}
                        isInvalid={problem !== null}
                        validationBehavior="aria"
                        autoFocus={n === 0 && m === 0 && part === parts[0]}
                      >
                        <Label className="visually-hidden">{[dimension.name, category.name, partLabel(part)].filter(Boolean).join(', ')}</Label>
                        <Input className="field__input category-editor__input" inputMode="decimal" autoComplete="off" />
                        <FieldError className="field__error">{problem ? problemText(t, problem, text(category.id, part), indicator) : null}</FieldError>
                      </TextField>
                    );
                  })}
                </div>
              ))}
              <div className="category-editor__row category-editor__sum">
                <span>{t('categories.editor.sum')}</span>
                <output aria-live="polite">{shown(figures.dimensions[n]!.combined)}</output>
              </div>
            </fieldset>
          ))}

          {figures.derived || readOnly ? (
            <p className="category-editor__total">
              <span>{t('categories.editor.totalDerived')}</span>
              <output aria-live="polite">{shown(figures.total)}</output>
            </p>
          ) : (
            <div className="category-editor__own-total">
              {parts.map((part) => {
                const own = texts.total[part] ?? '';
                const problem = judgeText(indicator, part, own, part === 'value' ? '' : (texts.total[part === 'numerator' ? 'denominator' : 'numerator'] ?? ''), locale);
                return (
                  <TextField
                    key={part}
                    className="field"
                    value={own}
                    onChange={(value) => setTexts((current) => ({ ...current, total: { ...current.total, [part]: value } }))}
                    isInvalid={problem !== null}
                    validationBehavior="aria"
                  >
                    <Label className="field__label">{[t('categories.editor.totalOwn'), partLabel(part)].filter(Boolean).join(', ')}</Label>
                    <Input className="field__input category-editor__input" inputMode="decimal" autoComplete="off" />
                    <FieldError className="field__error">{problem ? problemText(t, problem, own, indicator) : null}</FieldError>
                  </TextField>
                );
              })}
              <p className="field__hint">{t('categories.editor.totalOwnHint')}</p>
            </div>
          )}

          {figures.disagree ? (
            <p className="category-editor__disagree" role="alert">
              {t('categories.editor.disagree', {
                first: withValues[0]!.dimension.name,
                a: shown(withValues[0]!.combined),
                second: withValues.find((d) => JSON.stringify(d.combined) !== JSON.stringify(withValues[0]!.combined))!.dimension.name,
                b: shown(withValues.find((d) => JSON.stringify(d.combined) !== JSON.stringify(withValues[0]!.combined))!.combined),
              })}
            </p>
          ) : null}
          {readOnly ? <p className="muted small">{t('categories.editor.readOnly')}</p> : null}

          <div className="category-editor__actions">
            {readOnly ? (
              <Button onPress={onClose}>{t('categories.editor.close')}</Button>
            ) : (
              <>
                <Button onPress={onClose}>{t('categories.editor.cancel')}</Button>
                <Button variant="primary" type="submit">
                  {t('categories.editor.done')}
                </Button>
              </>
            )}
          </div>
        </form>
      </Dialog>
    </Popover>
  );
}
