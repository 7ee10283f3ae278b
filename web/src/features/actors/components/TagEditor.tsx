import { useState } from 'react';
import { Button as AriaButton, Input, Label, Tag, TagGroup, TagList, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { normalizeTags } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';

/** A list of short entries (competences, needs): add with Enter or the button, remove per chip. */
export function TagEditor({ label, addLabel, value, onChange }: { label: string; addLabel: string; value: string[]; onChange: (next: string[]) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const add = () => {
    if (!draft.trim()) return;
    onChange(normalizeTags([...value, draft]));
    setDraft('');
  };
  return (
    <div className="tag-editor">
      <TagGroup className="tag-editor__group" onRemove={(keys) => onChange(value.filter((v) => !keys.has(v)))}>
        <Label className="field__label">{label}</Label>
        <TagList className="chips" renderEmptyState={() => <span className="muted small">{t('profile.noEntries')}</span>}>
          {value.map((tag) => (
            <Tag key={tag} id={tag} textValue={tag} className="chip chip--removable">
              {tag}
              <AriaButton slot="remove" className="chip__remove" aria-label={t('profile.remove', { entry: tag })}>
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
          {t('profile.add')}
        </Button>
      </div>
    </div>
  );
}
