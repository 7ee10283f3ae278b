import { useState, type FormEvent } from 'react';
import { Dialog, Form, Heading, Label, Modal, ModalOverlay, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Narrative } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Select } from '../../../components/ui/Select';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { useSaveNarrative } from '../api/save-narrative';

interface Props {
  initiativeId: string;
  indicator: { id: string; decimals: number; unit: string; measureType: 'number' | 'percentage' };
  /** The narrative to edit, or null to write a new one. */
  narrative: Narrative | null;
  /** Periods one can write about (those without a story yet, for a new one). */
  periods: string[];
  isOpen: boolean;
  onClose: () => void;
}

export function NarrativeDialog({ initiativeId, indicator, narrative, periods, isOpen, onClose }: Props) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const save = useSaveNarrative(initiativeId, indicator.id);
  const [period, setPeriod] = useState(narrative?.period ?? periods[0] ?? '');
  const [whatHappened, setWhatHappened] = useState(narrative?.whatHappened ?? '');
  const [why, setWhy] = useState(narrative?.why ?? '');
  const [nextSteps, setNextSteps] = useState(narrative?.nextSteps ?? '');
  const empty = !whatHappened.trim() && !why.trim() && !nextSteps.trim();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (empty || !period) return;
    save.mutate({ id: narrative?.id, period, whatHappened, why, nextSteps }, { onSuccess: onClose });
  };

  const periodOptions = (narrative ? [narrative.period] : periods).map((p) => ({ id: p, label: f.period(p) }));

  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => (open ? undefined : onClose())} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog__title">
            {narrative ? t('narratives.editTitle') : t('narratives.newTitle')}
          </Heading>
          <Form className="form" onSubmit={submit}>
            {periodOptions.length > 0 ? (
              <Select label={t('common.period')} value={period} options={periodOptions} onChange={setPeriod} />
            ) : null}
            <TextField className="field" value={whatHappened} onChange={setWhatHappened}>
              <Label className="field__label">{t('narratives.whatHappened')}</Label>
              <TextArea className="field__input field__input--area" rows={4} />
            </TextField>
            <TextField className="field" value={why} onChange={setWhy}>
              <Label className="field__label">{t('narratives.why')}</Label>
              <TextArea className="field__input field__input--area" rows={3} />
            </TextField>
            <TextField className="field" value={nextSteps} onChange={setNextSteps}>
              <Label className="field__label">{t('narratives.nextSteps')}</Label>
              <TextArea className="field__input field__input--area" rows={3} />
            </TextField>
            {save.isError ? (
              <p className="form__alert" role="alert">
                {t(errorMessageKey(save.error))}
              </p>
            ) : null}
            <div className="dialog__actions">
              <Button variant="quiet" onPress={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" variant="primary" isDisabled={empty || !period} isPending={save.isPending}>
                {t('common.save')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
