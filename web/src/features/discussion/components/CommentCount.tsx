import { useTranslation } from 'react-i18next';

/** A small speech-bubble mark with the number of comments; nothing when there are none. */
export function CommentCount({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <span className="comment-count" title={t('comments.count', { count })}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <path d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 3v-3h-.5A1.5 1.5 0 0 1 2 9.5z" fill="currentColor" />
      </svg>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('comments.count', { count })}</span>
    </span>
  );
}
