// The box a comment is written in, with an autocomplete of the initiative's organisations after `@`.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_MAX_LENGTH, type MentionCandidate } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { mentionOptions, mentionQuery } from '../utils/text-parts';

export function CommentBox({
  label,
  actors,
  initialText = '',
  submitLabel,
  isPending,
  error,
  onSubmit,
  onCancel,
}: {
  label: string;
  actors: readonly MentionCandidate[];
  initialText?: string;
  submitLabel: string;
  isPending: boolean;
  error?: string;
  /** Resolves true when the text was saved (the box is then emptied). */
  onSubmit: (text: string) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initialText);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const query = mentionQuery(text, caret);
  const options = query && dismissed !== query.start ? mentionOptions(actors, query.query) : [];
  const open = options.length > 0;
  const trimmed = text.trim();
  const tooLong = trimmed.length > COMMENT_MAX_LENGTH;

  const choose = (actor: MentionCandidate) => {
    if (!query) return;
    const next = `${text.slice(0, query.start)}@${actor.name} ${text.slice(caret)}`;
    const at = query.start + actor.name.length + 2;
    setText(next);
    setCaret(at);
    setActive(0);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(at, at);
    });
  };

  const submit = async () => {
    if (!trimmed || tooLong || isPending) return;
    if (await onSubmit(trimmed)) {
      setText('');
      setCaret(0);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (open && (event.key === 'Enter' || event.key === 'Tab')) {
      event.preventDefault();
      choose(options[Math.min(active, options.length - 1)]!);
    } else if (open && event.key === 'Escape') {
      event.preventDefault();
      setDismissed(query!.start);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel) {
      onCancel();
    }
  };

  return (
    <div className="comment-box">
      <label htmlFor={`${id}-text`} className="comment-box__label">
        {label}
      </label>
      <div className="comment-box__field">
        <textarea
          id={`${id}-text`}
          ref={ref}
          className="comment-box__input"
          rows={3}
          value={text}
          aria-describedby={`${id}-hint`}
          aria-autocomplete="list"
          aria-controls={open ? `${id}-options` : undefined}
          aria-activedescendant={open ? `${id}-option-${Math.min(active, options.length - 1)}` : undefined}
          aria-invalid={tooLong || undefined}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setCaret(event.currentTarget.selectionStart);
            setActive(0);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        {open ? (
          <ul id={`${id}-options`} role="listbox" className="comment-box__options" aria-label={t('comments.mentionOptions')}>
            {options.map((actor, i) => (
              <li
                key={actor.id}
                id={`${id}-option-${i}`}
                role="option"
                aria-selected={i === Math.min(active, options.length - 1)}
                className="comment-box__option"
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(actor);
                }}
              >
                {actor.name}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p id={`${id}-hint`} className="comment-box__hint">
        {tooLong ? t('comments.tooLong', { max: COMMENT_MAX_LENGTH }) : t('comments.hint')}
      </p>
      {error ? (
        <p className="comment-box__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="comment-box__actions">
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
