import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, meetingSeriesInput, type MeetingKind, type MeetingSeries } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { TextAreaInput, TextInput } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { workingGroupsQueryOptions } from '../../../resources/working-groups';
import { useSaveSeries } from '../api/meetings';
import { parseRule } from '../utils/rrule-words';
import { fromZonedInput, toZonedInput } from '../utils/zoned-time';
import { CadenceFields, cadenceRule, type CadenceState } from './CadenceFields';

const ZONES = ['Europe/Stockholm', 'Europe/Copenhagen', 'Europe/Oslo', 'Europe/Helsinki', 'Europe/Berlin', 'Europe/London'] as const;

export function SeriesDialog({ initiativeId, series, onClose }: { initiativeId: string; series: MeetingSeries | null; onClose: () => void }) {
  const { t } = useTranslation();
  const groups = useQuery(workingGroupsQueryOptions(initiativeId));
  const save = useSaveSeries(initiativeId);
  const zone = series?.timezone ?? 'Europe/Stockholm';
  const [form, setForm] = useState({
    name: series?.name ?? '',
    kind: (series?.kind ?? 'partner_meeting') as MeetingKind,
    startsAt: series ? toZonedInput(series.startsAt, zone) : '',
    durationMinutes: String(series?.durationMinutes ?? 120),
    timezone: zone,
    place: series?.place ?? '',
    workingGroupId: series?.workingGroupId ?? null,
    defaultAgenda: (series?.defaultAgenda ?? []).join('\n'),
  });
  const [cadence, setCadence] = useState<CadenceState>(() => {
    const rule = series ? parseRule(series.rrule) : { freq: 'MONTHLY' as const, interval: 3, byDay: [], setPos: null, count: null, until: null };
    return { rule, raw: series?.rrule ?? '' };
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof typeof form>(key: K) => (value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = () => {
    const startsAt = fromZonedInput(form.startsAt, form.timezone);
    const values = {
      name: form.name,
      kind: form.kind,
      rrule: cadenceRule(cadence),
      startsAt: startsAt?.toISOString() ?? '',
      durationMinutes: Number(form.durationMinutes),
      timezone: form.timezone,
      place: form.place,
      workingGroupId: form.workingGroupId,
      defaultAgenda: form.defaultAgenda.split('\n').map((l) => l.trim()).filter(Boolean),
    };
    const parsed = meetingSeriesInput.safeParse(values);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error, t));
    setErrors({});
    // Sent as typed (times as ISO strings): the parsed copy holds Dates, which are for code, not the wire.
    save.mutate(
      { seriesId: series?.id, values },
      {
        onSuccess: onClose,
        onError: (err) => {
          const fieldErrors = serverFieldErrors(err, t);
          if (fieldErrors.rrule) fieldErrors.rrule = t('meetings.series.ruleRejected');
          setErrors(fieldErrors);
        },
      },
    );
  };

  return (
    <FormDialog
      title={series ? t('meetings.series.editTitle', { name: series.name }) : t('meetings.series.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={save.isPending}
      alert={save.isError && !isApiError(save.error, 400) ? t(errorMessageKey(save.error)) : null}
      wide
    >
      <div className="form__grid">
        <TextInput label={t('meetings.series.name')} hint={t('meetings.series.nameHint')} value={form.name} onChange={set('name')} error={errors.name} isRequired />
        <ChoiceInput
          label={t('meetings.kind')}
          value={form.kind}
          options={MEETING_KINDS.map((k) => ({ id: k, label: t(`meetingKinds.${k}`) }))}
          onChange={(k) => k && set('kind')(k)}
        />
      </div>
      <CadenceFields value={cadence} onChange={setCadence} error={errors.rrule} />
      <div className="form__grid">
        <TextInput
          label={t('meetings.series.first')}
          hint={t('meetings.series.firstHint')}
          type="datetime-local"
          value={form.startsAt}
          onChange={set('startsAt')}
          error={errors.startsAt}
          isRequired
        />
        <TextInput label={t('meetings.series.duration')} inputMode="numeric" value={form.durationMinutes} onChange={set('durationMinutes')} error={errors.durationMinutes} />
        <ChoiceInput label={t('meetings.series.timezone')} value={form.timezone} options={ZONES.map((z) => ({ id: z, label: z.replace('_', ' ') }))} onChange={(z) => z && set('timezone')(z)} />
        <TextInput label={t('meetings.place')} value={form.place} onChange={set('place')} error={errors.place} />
        <ChoiceInput
          label={t('meetings.series.group')}
          value={form.workingGroupId}
          noneLabel={t('meetings.series.noGroup')}
          options={(groups.data ?? []).map((g) => ({ id: g.id, label: g.name }))}
          onChange={set('workingGroupId')}
        />
      </div>
      <TextAreaInput
        label={t('meetings.series.defaultAgenda')}
        hint={t('meetings.series.defaultAgendaHint')}
        value={form.defaultAgenda}
        onChange={set('defaultAgenda')}
        error={Object.entries(errors).find(([k]) => k.startsWith('defaultAgenda'))?.[1]}
        rows={5}
      />
    </FormDialog>
  );
}
