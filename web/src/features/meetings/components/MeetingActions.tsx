import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { actionItemInput, type Actor, type Meeting } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { TextInput } from '../../../components/form/fields';
import { DateField } from '../../../components/form/DateField';
import { zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { Button } from '../../../components/ui/Button';
import { Section } from '../../../components/ui/Layout';
import { EmptyState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { useAddActionItem, useDeleteActionItem } from '../api/meetings';
import { ActionItemsTable } from './ActionItemsTable';

/** What was agreed to be done, by whom and by when; ticked off as it gets done. */
export function MeetingActions({ initiativeId, meeting, actors, editor }: { initiativeId: string; meeting: Meeting; actors: readonly Actor[]; editor: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const add = useAddActionItem(initiativeId, meeting.id);
  const remove = useDeleteActionItem(initiativeId, meeting.id);
  const [form, setForm] = useState({ title: '', ownerActorId: null as string | null, dueDate: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const actorName = (id: string) => actors.find((a) => a.id === id)?.name ?? '…';
  const rows = meeting.actionItems.map((item) => ({ ...item, meetingId: meeting.id }));

  return (
    <Section id="actions" title={t('meetings.actions.title')}>
      {rows.length === 0 ? (
        <EmptyState title={t('meetings.actions.empty')} />
      ) : (
        <ActionItemsTable caption={t('meetings.actions.title')} rows={rows} actorName={actorName} onDelete={editor ? (item) => remove.mutate(item.id) : undefined} />
      )}
      {editor ? (
        <Form
          className="form meeting-actions__add"
          onSubmit={(event) => {
            event.preventDefault();
            const values = { title: form.title, ownerActorId: form.ownerActorId, dueDate: form.dueDate || null };
            const parsed = actionItemInput.safeParse(values);
            if (!parsed.success) return setErrors(zodFieldErrors(parsed.error, t));
            setErrors({});
            add.mutate(parsed.data, { onSuccess: () => setForm({ title: '', ownerActorId: null, dueDate: '' }) });
          }}
        >
          <h3 className="form__section-title">{t('meetings.actions.new')}</h3>
          <div className="form__grid">
            <TextInput label={t('meetings.actions.what')} value={form.title} onChange={(title) => setForm((f) => ({ ...f, title }))} error={errors.title} />
            <ChoiceInput
              label={t('meetings.actions.owner')}
              value={form.ownerActorId}
              noneLabel={t('meetings.actions.noOwner')}
              options={[...actors].sort((a, b) => a.name.localeCompare(b.name, locale)).map((a) => ({ id: a.id, label: a.name }))}
              onChange={(ownerActorId) => setForm((f) => ({ ...f, ownerActorId }))}
            />
            <DateField label={t('meetings.actions.due')} value={form.dueDate} onChange={(dueDate) => setForm((f) => ({ ...f, dueDate }))} error={errors.dueDate} />
          </div>
          {add.isError || remove.isError ? (
            <p className="form__alert" role="alert">
              {t(errorMessageKey(add.error ?? remove.error))}
            </p>
          ) : null}
          <div>
            <Button type="submit" isPending={add.isPending}>
              {t('meetings.actions.add')}
            </Button>
          </div>
        </Form>
      ) : null}
    </Section>
  );
}
