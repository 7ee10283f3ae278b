// One discussion: the comments oldest first, each author's own edit and delete, and a reply box.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Comment } from '@ci/shared';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { ErrorState, Loading } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import type { CellRef } from '../../../lib/query-keys';
import { actorsQueryOptions } from '../../../resources/actors';
import { meQueryOptions } from '../../auth/api/get-me';
import { useCommentWrite, useThread } from '../api/comments';
import { CommentBox } from './CommentBox';
import { CommentText } from './CommentText';

export interface ThreadProps {
  initiativeId: string;
  thread: CellRef;
  /** Whether the person may moderate (delete others' comments). */
  canModerate: boolean;
  /** Label of the reply box. */
  replyLabel: string;
}

export function CommentThread({ initiativeId, thread, canModerate, replyLabel }: ThreadProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const comments = useThread(initiativeId, thread);
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const me = useQuery(meQueryOptions());
  const write = useCommentWrite(initiativeId);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Comment | null>(null);
  const candidates = (actors.data ?? []).map((a) => ({ id: a.id, name: a.name }));
  const failure = (err: unknown) => t(errorMessageKey(err));

  const send = async (run: () => Promise<unknown>) => {
    try {
      await run();
      return true;
    } catch {
      return false;
    }
  };

  if (comments.isError) return <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />;
  if (comments.isPending) return <Loading inline label={t('comments.loading')} />;
  const userId = me.data?.user.id;

  return (
    <div className="comment-thread">
      {comments.data.length === 0 ? (
        <p className="muted small">{t('comments.empty')}</p>
      ) : (
        <ol className="comment-thread__list">
          {comments.data.map((c) => (
            <li key={c.id} className={c.deletedAt ? 'comment comment--deleted' : 'comment'}>
              <p className="comment__meta">
                <span className="comment__author">{c.authorName ?? t('comments.formerMember')}</span>
                <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, locale)}</time>
                {c.editedAt && !c.deletedAt ? <span className="comment__mark">{t('comments.edited')}</span> : null}
              </p>
              {c.deletedAt || c.text === null ? (
                <p className="comment__text comment__text--deleted">{t('comments.deleted')}</p>
              ) : editing === c.id ? (
                <CommentBox
                  label={t('comments.editLabel')}
                  actors={candidates}
                  initialText={c.text}
                  submitLabel={t('common.save')}
                  isPending={write.isPending}
                  error={write.error ? failure(write.error) : undefined}
                  onCancel={() => setEditing(null)}
                  onSubmit={(text) =>
                    send(async () => {
                      await write.mutateAsync({ kind: 'edit', id: c.id, text });
                      setEditing(null);
                    })
                  }
                />
              ) : (
                <CommentText text={c.text} mentioned={candidates.filter((a) => c.mentionedActorIds.includes(a.id))} />
              )}
              {!c.deletedAt && editing !== c.id && (c.authorId === userId || canModerate) ? (
                <div className="comment__actions">
                  {c.authorId === userId ? (
                    <Button variant="quiet" onPress={() => setEditing(c.id)}>
                      {t('common.edit')}
                    </Button>
                  ) : null}
                  <Button variant="quiet" onPress={() => setDeleting(c)}>
                    {t('comments.delete')}
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {editing === null ? (
        <CommentBox
          label={replyLabel}
          actors={candidates}
          submitLabel={t('comments.send')}
          isPending={write.isPending}
          error={write.error && !deleting ? failure(write.error) : undefined}
          onSubmit={(text) =>
            send(() =>
              write.mutateAsync({ kind: 'create', input: { indicatorId: thread.indicatorId, actorId: thread.actorId, period: thread.period, text } }),
            )
          }
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('comments.deleteTitle')}
          confirmLabel={t('comments.delete')}
          isPending={write.isPending}
          alert={write.error ? failure(write.error) : undefined}
          onClose={() => setDeleting(null)}
          onConfirm={() => write.mutate({ kind: 'delete', id: deleting.id }, { onSuccess: () => setDeleting(null) })}
        >
          {t('comments.deleteBody')}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
