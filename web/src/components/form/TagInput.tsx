import { useState } from 'react';
import { Button as AriaButton, Input, Label, Tag, TagGroup, TagList, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { normalizeTags } from '@ci/shared';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';

/** Short entries (competences, needs, categories): type and press Enter or Add; remove per chip. */
export function TagInput({
  label,
  hint,
  addLabel,
  value,
  onChange,
  error,
}: {
  label: string;
  hint?: string;
  addLabel: string;
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const add = () => {
    if (!draft.trim()) return;
    // Several at once, separated by commas or semicolons, as people paste them from a list.
    onChange(normalizeTags([...value, ...draft.split(/[;,]/)]));
    setDraft('');
  };
  return (
    <div className="tag-editor">
      <TagGroup className="tag-editor__group" onRemove={(keys) => onChange(value.filter((v) => !keys.has(v)))}>
        <Label className="field__label">{label}</Label>
        {hint ? (
          <Text slot="description" className="field__hint">
            {hint}
          </Text>
        ) : null}
        <TagList className="chips" renderEmptyState={() => <span className="muted small">{t('formFields.noEntries')}</span>}>
          {value.map((tag) => (
            <Tag key={tag} id={tag} textValue={tag} className="chip chip--removable">
              {tag}
              <AriaButton slot="remove" className="chip__remove" aria-label={t('formFields.remove', { name: tag })}>
                <Icon name="close" size={14} />
              </AriaButton>
            </Tag>
          ))}
        </TagList>
      </TagGroup>
      <div className="tag-editor__add">
        <TextField
          className="field field--grow"
          value={draft}
          onChange={setDraft}
          isInvalid={Boolean(error)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        >
          <Label className="visually-hidden">{addLabel}</Label>
          <Input className="field__input" placeholder={addLabel} />
        </TextField>
        <Button onPress={add} isDisabled={!draft.trim()}>
          {t('formFields.add')}
        </Button>
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}
