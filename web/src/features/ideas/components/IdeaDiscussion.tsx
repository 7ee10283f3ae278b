// The idea's discussion: comments oldest first, each author edits their own, the author or the
// backbone deletes one (it keeps its place, marked as deleted), and a box to write in.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IdeaComment, Me } from '@ci/shared';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { Section } from '../../../components/ui/Layout';
import { ErrorState, Loading } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { useInitiative } from '../../../lib/initiative';
import { canEditAll } from '../../../lib/permissions';
import { authKeys } from '../../../lib/query-keys';
import { useIdeaCommentWrite, useIdeaComments } from '../api/comments';
import { CommentForm } from './CommentForm';

export function IdeaDiscussion({ initiativeId, ideaId }: { initiativeId: string; ideaId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { role } = useInitiative();
  const userId = useQueryClient().getQueryData<Me>(authKeys.me())?.user.id;
  const comments = useIdeaComments(initiativeId, ideaId);
  const write = useIdeaCommentWrite(initiativeId, ideaId);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<IdeaComment | null>(null);
  const failure = write.error ? t(errorMessageKey(write.error)) : undefined;

  const send = async (run: () => Promise<unknown>) => {
    try {
      await run();
      return true;
    } catch {
      return false;
    }
  };

  return (
    <Section id="idea-discussion" title={t('ideas.discussion.title')}>
      {comments.isPending ? (
        <Loading inline label={t('ideas.discussion.loading')} />
      ) : comments.isError ? (
        <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />
      ) : (
        <>
          {comments.data.length === 0 ? (
            <p className="muted small">{t('ideas.discussion.empty')}</p>
          ) : (
            <ol className="idea-comments">
              {comments.data.map((c) => {
                const deleted = c.deletedAt !== null || c.text === null;
                const own = c.authorId !== null && c.authorId === userId;
                return (
                  <li key={c.id} className={deleted ? 'idea-comment idea-comment--deleted' : 'idea-comment'}>
                    <p className="idea-comment__meta">
                      <span className="idea-comment__author">{c.authorName ?? t('ideas.formerMember')}</span>
                      <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, locale)}</time>
                      {c.editedAt && !deleted ? <span className="idea-comment__mark">{t('ideas.discussion.edited')}</span> : null}
                    </p>
                    {deleted ? (
                      <p className="idea-comment__text idea-comment__text--deleted">{t('ideas.discussion.deleted')}</p>
                    ) : editing === c.id ? (
                      <CommentForm
                        label={t('ideas.discussion.editLabel')}
                        initialText={c.text ?? ''}
                        submitLabel={t('common.save')}
                        isPending={write.isPending}
                        error={failure}
                        onCancel={() => setEditing(null)}
                        onSubmit={(text) =>
                          send(async () => {
                            await write.mutateAsync({ kind: 'edit', commentId: c.id, text });
                            setEditing(null);
                          })
                        }
                      />
                    ) : (
                      <p className="idea-comment__text idea-text">{c.text}</p>
                    )}
                    {!deleted && editing !== c.id && (own || canEditAll(role)) ? (
                      <div className="idea-comment__actions">
                        {own ? (
                          <Button variant="quiet" className="button--small" onPress={() => setEditing(c.id)}>
                            {t('common.edit')}
                          </Button>
                        ) : null}
                        <Button variant="quiet" className="button--small" onPress={() => setDeleting(c)}>
                          {t('ideas.discussion.delete')}
                        </Button>
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          )}
          {editing === null ? (
            <CommentForm
              label={t('ideas.discussion.label')}
              submitLabel={t('ideas.discussion.send')}
              isPending={write.isPending}
              error={deleting ? undefined : failure}
              onSubmit={(text) => send(() => write.mutateAsync({ kind: 'create', text }))}
            />
          ) : null}
        </>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t('ideas.discussion.deleteTitle')}
          confirmLabel={t('ideas.discussion.delete')}
          isPending={write.isPending}
          alert={failure}
          onClose={() => setDeleting(null)}
          onConfirm={() => write.mutate({ kind: 'delete', commentId: deleting.id }, { onSuccess: () => setDeleting(null) })}
        >
          {t('ideas.discussion.deleteBody')}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
