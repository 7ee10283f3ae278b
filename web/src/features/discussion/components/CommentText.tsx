import { Fragment } from 'react';
import type { MentionCandidate } from '@ci/shared';
import { textParts } from '../utils/text-parts';

/** A comment's words as text (never as markup), with web addresses as links and mentions marked. */
export function CommentText({ text, mentioned }: { text: string; mentioned: readonly MentionCandidate[] }) {
  return (
    <p className="comment__text">
      {textParts(text, mentioned).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ) : part.kind === 'mention' ? (
          <strong key={i} className="comment__mention">
            {part.text}
          </strong>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
