// Proposing an idea, or changing one that waits for a decision. The proposing organisation is chosen
// once, among those the person may speak for; a partner's own organisation is chosen for them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ideaInput, ideaPatch, type Actor, type Goal, type Idea } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { CheckboxList, TextAreaInput, TextInput } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { useCreateIdea, useUpdateIdea } from '../api/save-idea';

type Text = 'title' | 'description' | 'how' | 'when' | 'who';

export function IdeaDialog({
  initiativeId,
  idea,
  actors,
  goals,
  defaultActorId,
  onClose,
  onCreated,
}: {
  initiativeId: string;
  /** Null: a new idea. */
  idea: Idea | null;
  /** The organisations the person may propose for. */
  actors: readonly Actor[];
  goals: readonly Goal[];
  defaultActorId: string | null;
  onClose: () => void;
  onCreated?: (idea: Idea) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateIdea(initiativeId);
  const update = useUpdateIdea(initiativeId);
  const save = idea ? update : create;
  const [form, setForm] = useState({
    title: idea?.title ?? '',
    description: idea?.description ?? '',
    how: idea?.how ?? '',
    when: idea?.when ?? '',
    who: idea?.who ?? '',
    goalIds: idea?.goalIds ?? [],
    actorId: defaultActorId,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const text = (key: Text) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = () => {
    const { actorId, ...fields } = form;
    if (idea) {
      const parsed = ideaPatch.safeParse(fields);
      if (!parsed.success) return setErrors(zodFieldErrors(parsed.error, t));
      setErrors({});
      return update.mutate({ ideaId: idea.id, values: parsed.data }, { onSuccess: onClose, onError: (err) => setErrors(serverFieldErrors(err, t)) });
    }
    const parsed = ideaInput.safeParse({ ...fields, actorId: actorId ?? '' });
    if (!parsed.success) {
      return setErrors(zodFieldErrors(parsed.error, t, (i) => (i.path[0] === 'actorId' ? t('ideas.form.chooseActor') : undefined)));
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (saved) => {
        onClose();
        onCreated?.(saved);
      },
      onError: (err) => setErrors(serverFieldErrors(err, t)),
    });
  };

  return (
    <FormDialog
      title={idea ? t('ideas.form.editTitle') : t('ideas.form.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={save.isPending}
      submitLabel={idea ? undefined : t('ideas.form.submit')}
      alert={save.isError && !isApiError(save.error, 400) ? t(errorMessageKey(save.error)) : null}
      wide
    >
      <TextInput label={t('ideas.form.title')} hint={t('ideas.form.titleHint')} value={form.title} onChange={text('title')} error={errors.title} isRequired />
      <TextAreaInput label={t('ideas.form.description')} hint={t('ideas.form.descriptionHint')} value={form.description} onChange={text('description')} error={errors.description} />
      {idea ? null : actors.length === 1 ? (
        <p className="idea-form__actor">
          <span className="field__label">{t('ideas.form.actor')}</span> {actors[0]!.name}
        </p>
      ) : (
        <ChoiceInput
          label={t('ideas.form.actor')}
          hint={t('ideas.form.actorHint')}
          value={form.actorId}
          options={[...actors].sort((a, b) => a.name.localeCompare(b.name)).map((a) => ({ id: a.id, label: a.name }))}
          onChange={(actorId) => setForm((f) => ({ ...f, actorId }))}
          error={errors.actorId}
        />
      )}
      <h3 className="form__section-title">{t('ideas.form.planning')}</h3>
      <TextAreaInput label={t('ideas.how')} hint={t('ideas.form.howHint')} value={form.how} onChange={text('how')} error={errors.how} rows={2} />
      <TextAreaInput label={t('ideas.when')} hint={t('ideas.form.whenHint')} value={form.when} onChange={text('when')} error={errors.when} rows={2} />
      <TextAreaInput label={t('ideas.who')} hint={t('ideas.form.whoHint')} value={form.who} onChange={text('who')} error={errors.who} rows={2} />
      <CheckboxList
        label={t('ideas.form.goals')}
        options={goals.map((g) => ({ id: g.id, label: g.title }))}
        value={form.goalIds}
        onChange={(goalIds) => setForm((f) => ({ ...f, goalIds }))}
        error={errors.goalIds}
        emptyText={t('ideas.form.noGoals')}
      />
    </FormDialog>
  );
}
