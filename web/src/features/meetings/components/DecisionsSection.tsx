import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { decisionInput, type Meeting } from '@ci/shared';
import { TextAreaInput } from '../../../components/form/fields';
import { Button } from '../../../components/ui/Button';
import { Section } from '../../../components/ui/Layout';
import { EmptyState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useAddDecision, useDeleteDecision } from '../api/meetings';

export function DecisionsSection({ initiativeId, meeting, editor }: { initiativeId: string; meeting: Meeting; editor: boolean }) {
  const { t } = useTranslation();
  const add = useAddDecision(initiativeId, meeting.id);
  const remove = useDeleteDecision(initiativeId, meeting.id);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const decisions = [...meeting.decisions].sort((a, b) => a.position - b.position);

  return (
    <Section id="decisions" title={t('meetings.decisions.title')}>
      {decisions.length === 0 ? (
        <EmptyState title={t('meetings.decisions.empty')} />
      ) : (
        <ol className="meeting-decisions">
          {decisions.map((d) => (
            <li key={d.id}>
              <span>{d.text}</span>
              {editor ? (
                <Button className="button--small" variant="quiet" onPress={() => remove.mutate(d.id)} aria-label={t('meetings.deleteNamed', { name: d.text })}>
                  {t('meetings.remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {editor ? (
        <Form
          className="form meeting-decisions__add"
          onSubmit={(event) => {
            event.preventDefault();
            if (!decisionInput.safeParse({ text }).success) return setError(t('formFields.required'));
            setError(undefined);
            add.mutate(text.trim(), { onSuccess: () => setText('') });
          }}
        >
          <TextAreaInput label={t('meetings.decisions.new')} value={text} onChange={setText} error={error} rows={2} />
          {add.isError || remove.isError ? (
            <p className="form__alert" role="alert">
              {t(errorMessageKey(add.error ?? remove.error))}
            </p>
          ) : null}
          <div>
            <Button type="submit" isPending={add.isPending}>
              {t('meetings.decisions.add')}
            </Button>
          </div>
        </Form>
      ) : null}
    </Section>
  );
}
