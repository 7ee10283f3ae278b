import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agendaItemInput, type Idea, type Meeting } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { TextAreaInput, TextInput } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { Button } from '../../../components/ui/Button';
import { IdeaStatusBadge } from '../../../components/ui/IdeaStatusBadge';
import { Section } from '../../../components/ui/Layout';
import { EmptyState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { initiativeRoute } from '../../../lib/initiative';
import { ideasQueryOptions } from '../../../resources/ideas';
import { indicatorsQueryOptions } from '../../../resources/indicators';
import { useSaveMeeting } from '../api/meetings';

interface Row {
  title: string;
  notes: string;
  durationMinutes: string;
  indicatorId: string | null;
  ideaId: string | null;
}

export function AgendaSection({ initiativeId, meeting, editor }: { initiativeId: string; meeting: Meeting; editor: boolean }) {
  const { t } = useTranslation();
  const indicators = useQuery(indicatorsQueryOptions(initiativeId));
  const [editing, setEditing] = useState(false);
  const items = [...meeting.agendaItems].sort((a, b) => a.position - b.position);
  // Ideas are read only when the agenda has one, or to choose one.
  const ideas = useQuery({ ...ideasQueryOptions(initiativeId, { sort: 'newest' }), enabled: editing || items.some((i) => i.ideaId !== null) });
  return (
    <Section
      id="agenda"
      title={t('meetings.agenda.title')}
      actions={editor ? <Button onPress={() => setEditing(true)}>{t('meetings.agenda.edit')}</Button> : undefined}
    >
      {items.length === 0 ? (
        <EmptyState title={t('meetings.agenda.empty')} />
      ) : (
        <ol className="meeting-agenda">
          {items.map((item) => {
            const indicator = indicators.data?.find((i) => i.id === item.indicatorId);
            const idea = item.ideaId ? ideas.data?.find((i) => i.id === item.ideaId) : undefined;
            return (
              <li key={item.id}>
                <span className="meeting-agenda__title">{item.title}</span>
                {item.durationMinutes ? <span className="muted small"> · {t('meetings.agenda.minutes', { count: item.durationMinutes })}</span> : null}
                {indicator ? <span className="muted small"> · {indicator.code} {indicator.name}</span> : null}
                {item.notes ? <p className="meeting-agenda__notes">{item.notes}</p> : null}
                {idea ? <AgendaIdea initiativeId={initiativeId} idea={idea} /> : null}
              </li>
            );
          })}
        </ol>
      )}
      {editing ? (
        <AgendaDialog
          initiativeId={initiativeId}
          meeting={meeting}
          indicatorOptions={(indicators.data ?? []).map((i) => ({ id: i.id, label: `${i.code} ${i.name}` }))}
          ideaOptions={(ideas.data ?? []).map((i) => ({ id: i.id, label: t('meetings.agenda.ideaOption', { title: i.title, status: t(`ideaStatus.${i.status}`) }) }))}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </Section>
  );
}

function AgendaDialog({
  initiativeId,
  meeting,
  indicatorOptions,
  ideaOptions,
  onClose,
}: {
  initiativeId: string;
  meeting: Meeting;
  indicatorOptions: { id: string; label: string }[];
  ideaOptions: { id: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveMeeting(initiativeId);
  const [rows, setRows] = useState<Row[]>(() =>
    [...meeting.agendaItems]
      .sort((a, b) => a.position - b.position)
      .map((i) => ({ title: i.title, notes: i.notes, durationMinutes: i.durationMinutes ? String(i.durationMinutes) : '', indicatorId: i.indicatorId, ideaId: i.ideaId })),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const setRow = (n: number, patch: Partial<Row>) => setRows((list) => list.map((r, i) => (i === n ? { ...r, ...patch } : r)));
  const move = (n: number, delta: -1 | 1) =>
    setRows((list) => {
      const next = [...list];
      const [row] = next.splice(n, 1);
      next.splice(n + delta, 0, row!);
      return next;
    });

  const submit = () => {
    const items = rows.map((r) => ({
      title: r.title,
      notes: r.notes,
      durationMinutes: r.durationMinutes.trim() ? Number(r.durationMinutes) : null,
      indicatorId: r.indicatorId,
      ideaId: r.ideaId,
    }));
    const found: FieldErrors = {};
    items.forEach((item, n) => {
      const parsed = agendaItemInput.safeParse(item);
      if (!parsed.success) for (const [k, v] of Object.entries(zodFieldErrors(parsed.error, t))) found[`${n}.${k}`] = v;
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate({ meetingId: meeting.id, values: { agendaItems: items } }, { onSuccess: onClose });
  };

  return (
    <FormDialog
      title={t('meetings.agenda.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={save.isPending}
      alert={save.isError ? t(errorMessageKey(save.error)) : null}
      wide
    >
      {rows.length === 0 ? <p className="muted">{t('meetings.agenda.empty')}</p> : null}
      <ol className="agenda-editor">
        {rows.map((row, n) => (
          <li key={n} className="agenda-editor__item">
            <div className="form__row">
              <TextInput className="field--grow" label={t('meetings.agenda.itemTitle', { n: n + 1 })} value={row.title} onChange={(title) => setRow(n, { title })} error={errors[`${n}.title`]} />
              <TextInput label={t('meetings.agenda.duration')} inputMode="numeric" value={row.durationMinutes} onChange={(d) => setRow(n, { durationMinutes: d.replace(/\D/g, '') })} error={errors[`${n}.durationMinutes`]} />
            </div>
            <TextAreaInput label={t('meetings.agenda.notes')} value={row.notes} onChange={(notes) => setRow(n, { notes })} rows={2} />
            <div className="form__row">
              <ChoiceInput label={t('meetings.agenda.indicator')} value={row.indicatorId} noneLabel={t('meetings.agenda.noIndicator')} options={indicatorOptions} onChange={(indicatorId) => setRow(n, { indicatorId })} />
              <ChoiceInput label={t('meetings.agenda.idea')} value={row.ideaId} noneLabel={t('meetings.agenda.noIdea')} options={ideaOptions} onChange={(ideaId) => setRow(n, { ideaId })} />
              <Button className="button--small" onPress={() => move(n, -1)} isDisabled={n === 0} aria-label={t('formFields.moveUp', { name: row.title || n + 1 })}>
                ↑
              </Button>
              <Button className="button--small" onPress={() => move(n, 1)} isDisabled={n === rows.length - 1} aria-label={t('formFields.moveDown', { name: row.title || n + 1 })}>
                ↓
              </Button>
              <Button className="button--small" variant="quiet" onPress={() => setRows((list) => list.filter((_, i) => i !== n))} aria-label={t('formFields.remove', { name: row.title || n + 1 })}>
                {t('meetings.remove')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div>
        <Button onPress={() => setRows((list) => [...list, { title: '', notes: '', durationMinutes: '', indicatorId: null, ideaId: null }])}>{t('meetings.agenda.addItem')}</Button>
      </div>
    </FormDialog>
  );
}

/** The idea an agenda item weighs: its title (to its page), how far it got, how many organisations back it. */
function AgendaIdea({ initiativeId, idea }: { initiativeId: string; idea: Idea }) {
  const { t } = useTranslation();
  return (
    <p className="meeting-agenda__idea">
      <span className="muted small">{t('meetings.agenda.ideaLabel')}</span> <Link to={initiativeRoute(initiativeId, `ideas/${idea.id}`)}>{idea.title}</Link>{' '}
      <IdeaStatusBadge status={idea.status} size="small" /> <span className="small">{t('meetings.agenda.ideaSupport', { count: idea.supportCount })}</span>
    </p>
  );
}
