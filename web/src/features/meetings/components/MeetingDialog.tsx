import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, MEETING_STATUSES, meetingInput, type Meeting, type MeetingKind, type MeetingStatus } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { TextInput } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { initiativeRoute } from '../../../lib/initiative';
import { useSaveMeeting } from '../api/meetings';
import { fromZonedInput, localZone, toZonedInput } from '../utils/zoned-time';

/** A meeting's title, kind, time and place (agenda, minutes and the rest are on its page). */
export function MeetingDialog({ initiativeId, meeting, onClose }: { initiativeId: string; meeting: Meeting | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveMeeting(initiativeId);
  const zone = localZone();
  const [form, setForm] = useState({
    title: meeting?.title ?? '',
    kind: (meeting?.kind ?? 'partner_meeting') as MeetingKind,
    status: (meeting?.status ?? 'planned') as MeetingStatus,
    startsAt: meeting ? toZonedInput(meeting.startsAt, zone) : '',
    endsAt: meeting ? toZonedInput(meeting.endsAt, zone) : '',
    place: meeting?.place ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof typeof form>(key: K) => (value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = () => {
    const startsAt = fromZonedInput(form.startsAt, zone);
    // Without an end, a meeting lasts two hours.
    const endsAt = fromZonedInput(form.endsAt, zone) ?? (startsAt ? new Date(startsAt.getTime() + 2 * 3600_000) : null);
    const values = { title: form.title, kind: form.kind, status: form.status, place: form.place, startsAt: startsAt?.toISOString() ?? '', endsAt: endsAt?.toISOString() ?? '' };
    const parsed = meetingInput.safeParse(values);
    if (!parsed.success) {
      return setErrors(zodFieldErrors(parsed.error, t, (i) => (i.path[0] === 'endsAt' && i.code === 'custom' ? t('formFields.endBeforeStart') : undefined)));
    }
    setErrors({});
    save.mutate(
      { meetingId: meeting?.id, values },
      {
        onSuccess: (saved) => {
          onClose();
          if (!meeting) navigate(initiativeRoute(initiativeId, `meetings/${saved.id}`));
        },
        onError: (err) => setErrors(serverFieldErrors(err, t)),
      },
    );
  };

  return (
    <FormDialog
      title={meeting ? t('meetings.editTitle') : t('meetings.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={save.isPending}
      alert={save.isError && !isApiError(save.error, 400) ? t(errorMessageKey(save.error)) : null}
      wide
    >
      <TextInput label={t('meetings.title')} value={form.title} onChange={set('title')} error={errors.title} isRequired />
      <div className="form__grid">
        <ChoiceInput label={t('meetings.kind')} value={form.kind} options={MEETING_KINDS.map((k) => ({ id: k, label: t(`meetingKinds.${k}`) }))} onChange={(k) => k && set('kind')(k)} />
        <ChoiceInput
          label={t('meetings.status')}
          value={form.status}
          options={MEETING_STATUSES.map((s) => ({ id: s, label: t(`meetings.statuses.${s}`) }))}
          onChange={(s) => s && set('status')(s)}
        />
        <TextInput label={t('meetings.startsAt')} type="datetime-local" value={form.startsAt} onChange={set('startsAt')} error={errors.startsAt} isRequired />
        <TextInput label={t('meetings.endsAt')} hint={t('meetings.endsAtHint')} type="datetime-local" value={form.endsAt} onChange={set('endsAt')} error={errors.endsAt} />
        <TextInput label={t('meetings.place')} value={form.place} onChange={set('place')} error={errors.place} />
      </div>
    </FormDialog>
  );
}
