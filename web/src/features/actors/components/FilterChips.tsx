import { useState } from 'react';
import { Label, Tag, TagGroup, TagList, type Selection } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';

export interface ChipOption {
  id: string;
  label: string;
  /** How many actors the chip finds given the other filters (see chipCount). */
  count?: number;
}

/** Toggleable filter chips (React Aria TagGroup: arrow keys move, Space toggles). */
export function FilterChips({
  label,
  options,
  selected,
  onChange,
  collapsedCount,
}: {
  label: string;
  options: ChipOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Show only this many (plus any selected) until "show all". */
  collapsedCount?: number;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  if (options.length === 0) return null;
  const collapsible = collapsedCount !== undefined && options.length > collapsedCount;
  const visible =
    collapsible && !expanded ? options.filter((o, i) => i < collapsedCount || selected.includes(o.id)) : options;
  const change = (keys: Selection) => onChange(keys === 'all' ? options.map((o) => o.id) : [...keys].map(String));
  return (
    <div className="filter-group">
      <TagGroup className="filter-group__tags" selectionMode="multiple" selectedKeys={selected} onSelectionChange={change}>
        <Label className="filter-group__label">{label}</Label>
        <TagList className="chips" items={visible}>
          {(o) => (
            <Tag id={o.id} textValue={o.label} className={o.count === 0 ? 'chip chip--toggle chip--none' : 'chip chip--toggle'}>
              {({ isSelected }) => (
                <>
                  {isSelected ? <Icon name="check" size={14} /> : null}
                  <span>{o.label}</span>
                  {o.count !== undefined ? (
                    <>
                      <span className="chip__count" aria-hidden="true">
                        {o.count}
                      </span>
                      <span className="visually-hidden">, {t('directory.count', { count: o.count })}</span>
                    </>
                  ) : null}
                </>
              )}
            </Tag>
          )}
        </TagList>
      </TagGroup>
      {collapsible ? (
        <Button variant="quiet" className="button--small" onPress={() => setExpanded((e) => !e)}>
          {expanded ? t('directory.showFewer') : t('directory.showAll', { count: options.length })}
        </Button>
      ) : null}
    </div>
  );
}
