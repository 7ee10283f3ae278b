import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_MAX_LENGTH } from '@ci/shared';
import { TextAreaInput } from '../../../components/form/fields';
import { Button } from '../../../components/ui/Button';

/** A plain-text comment box; emptied once the comment is saved. */
export function CommentForm({
  label,
  initialText = '',
  submitLabel,
  isPending,
  error,
  onSubmit,
  onCancel,
}: {
  label: string;
  initialText?: string;
  submitLabel: string;
  isPending: boolean;
  error?: string;
  /** Resolves true when the text was saved. */
  onSubmit: (text: string) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const trimmed = text.trim();
  const tooLong = trimmed.length > COMMENT_MAX_LENGTH;
  const submit = async () => {
    if (!trimmed || tooLong || isPending) return;
    if (await onSubmit(trimmed)) setText('');
  };
  return (
    <div className="idea-comment-form">
      <TextAreaInput label={label} value={text} onChange={setText} rows={3} error={tooLong ? t('ideas.discussion.tooLong', { max: COMMENT_MAX_LENGTH }) : undefined} />
      {error ? (
        <p className="form__alert" role="alert">
          {error}
        </p>
      ) : null}
      <div className="idea-comment-form__actions">
        {onCancel ? (
          <Button variant="quiet" onPress={onCancel} isDisabled={isPending}>
            {t('common.cancel')}
          </Button>
        ) : null}
        <Button variant="primary" onPress={() => void submit()} isPending={isPending} isDisabled={!trimmed || tooLong}>
          {submitLabel}
        </Button>
      </div>
    </div>
  );
}
