import { useState } from 'react';
import { Checkbox, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { attendanceInput, type Actor, type Meeting } from '@ci/shared';
import { FormDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { Section } from '../../../components/ui/Layout';
import { EmptyState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { useSaveAttendance } from '../api/meetings';

export function AttendanceSection({ initiativeId, meeting, actors, editor }: { initiativeId: string; meeting: Meeting; actors: readonly Actor[]; editor: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const name = (id: string) => actors.find((a) => a.id === id)?.name ?? '…';
  const present = [...meeting.attendance].sort((a, b) => name(a.actorId).localeCompare(name(b.actorId), locale));
  const people = present.reduce((n, a) => n + a.people, 0);
  return (
    <Section
      id="attendance"
      title={t('meetings.attendance.title')}
      actions={editor ? <Button onPress={() => setEditing(true)}>{t('meetings.attendance.edit')}</Button> : undefined}
    >
      {present.length === 0 ? (
        <EmptyState title={t('meetings.attendance.empty')} />
      ) : (
        <>
          <p className="meeting-attendance__total">{t('meetings.attendance.total', { actors: present.length, people })}</p>
          <ul className="meeting-attendance">
            {present.map((a) => (
              <li key={a.actorId}>
                <span>{name(a.actorId)}</span>
                <span className="muted small">{t('meetings.attendance.people', { count: a.people })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {editing ? <AttendanceDialog initiativeId={initiativeId} meeting={meeting} actors={actors} onClose={() => setEditing(false)} /> : null}
    </Section>
  );
}

/** Tick the organisations that were there, and how many people each sent. */
function AttendanceDialog({ initiativeId, meeting, actors, onClose }: { initiativeId: string; meeting: Meeting; actors: readonly Actor[]; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useSaveAttendance(initiativeId, meeting.id);
  const [rows, setRows] = useState<Record<string, string>>(() => Object.fromEntries(meeting.attendance.map((a) => [a.actorId, String(a.people)])));
  const [error, setError] = useState<string | null>(null);
  const sorted = [...actors].sort((a, b) => a.name.localeCompare(b.name, locale));

  const submit = () => {
    const items = Object.entries(rows).map(([actorId, people]) => ({ actorId, people: people.trim() === '' ? 1 : Number(people) }));
    const parsed = attendanceInput.safeParse({ items });
    if (!parsed.success) return setError(t('meetings.attendance.invalidPeople'));
    setError(null);
    save.mutate({ items }, { onSuccess: onClose });
  };

  return (
    <FormDialog
      title={t('meetings.attendance.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={save.isPending}
      alert={error ?? (save.isError ? t(errorMessageKey(save.error)) : null)}
      wide
    >
      <p className="muted">{t('meetings.attendance.editLead')}</p>
      <ul className="attendance-editor">
        {sorted.map((actor) => {
          const here = actor.id in rows;
          return (
            <li key={actor.id} className="attendance-editor__row">
              <Checkbox
                className="checkbox"
                isSelected={here}
                onChange={(on) =>
                  setRows((r) => {
                    const next = { ...r };
                    if (on) next[actor.id] = next[actor.id] ?? '1';
                    else delete next[actor.id];
                    return next;
                  })
                }
              >
                {({ isSelected }) => (
                  <>
                    <span className="checkbox__box" aria-hidden="true">
                      {isSelected ? <Icon name="check" size={16} /> : null}
                    </span>
                    <span>{actor.name}</span>
                  </>
                )}
              </Checkbox>
              {here ? (
                <TextField className="field attendance-editor__people" value={rows[actor.id]} onChange={(v) => setRows((r) => ({ ...r, [actor.id]: v.replace(/\D/g, '') }))}>
                  <Label className="visually-hidden">{t('meetings.attendance.peopleFrom', { name: actor.name })}</Label>
                  <Input className="field__input" inputMode="numeric" />
                </TextField>
              ) : null}
            </li>
          );
        })}
      </ul>
    </FormDialog>
  );
}
