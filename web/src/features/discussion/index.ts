// What other screens use of the discussion on data: the panel of one value, its dialog, and the
// comment counts for badges.
export { DiscussionPanel } from './components/DiscussionPanel';
export { DiscussionDialog } from './components/DiscussionDialog';
export { CommentThread } from './components/CommentThread';
export { CommentCount } from './components/CommentCount';
export { commentCountsQueryOptions, useCommentCounts, threadKey } from './api/comments';
export { snapshotValue } from './utils/history-events';
import './discussion.css';
