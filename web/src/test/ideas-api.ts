// A small stand-in for the ideas API in web tests: it keeps ideas, votes, decisions and comments in
// memory, filters and sorts lists as the server documents it, and answers with schema-checked payloads.
import type { z } from 'zod';
import { IDEA_STATUSES, OPEN_IDEA_STATUSES, idea, ideaComment, ideaDetail, type IdeaStatus } from '@ci/shared';
import type { ApiRequest, ApiRoute } from './app-harness';
import { INITIATIVE_ID, uuid } from './api-fixtures';

type IdeaWire = z.input<typeof idea>;
type DetailWire = z.input<typeof ideaDetail>;
type CommentWire = z.input<typeof ideaComment>;

const LATER = '2025-05-20T08:00:00.000Z';
const base = `/initiatives/${INITIATIVE_ID}/ideas`;

export interface IdeasServerOptions {
  ideas: IdeaWire[];
  details?: Record<string, Partial<DetailWire>>;
  comments?: CommentWire[];
  /** Names for votes: organisation id → name. */
  actorNames?: Record<string, string>;
  /** What an accepted idea becomes. */
  activityId?: string;
}

export function ideasServer({ ideas, details = {}, comments = [], actorNames = {}, activityId = uuid(799) }: IdeasServerOptions) {
  const state = { ideas: ideas.map((i) => ({ ...i })), details: { ...details }, comments: [...comments] };
  const find = (id: string) => state.ideas.find((i) => i.id === id)!;
  const detail = (id: string): DetailWire => ideaDetail.encode(ideaDetail.parse({ decisions: [], meetings: [], ...find(id), ...state.details[id] })) as DetailWire;
  const put = (next: IdeaWire) => {
    idea.parse(next);
    state.ideas = state.ideas.map((i) => (i.id === next.id ? next : i));
    return next;
  };
  const segments = (r: ApiRequest) => r.path.slice(base.length + 1).split('/');

  const list = (r: ApiRequest) => {
    const q = r.url.searchParams;
    let items = state.ideas.filter(
      (i) =>
        (q.get('open') !== 'true' || (OPEN_IDEA_STATUSES as readonly string[]).includes(i.status)) &&
        (!q.get('status') || i.status === q.get('status')) &&
        (!q.get('goalId') || (i.goalIds ?? []).includes(q.get('goalId')!)),
    );
    const sort = q.get('sort') ?? 'support';
    items = [...items].sort((a, b) =>
      sort === 'newest'
        ? String(b.createdAt).localeCompare(String(a.createdAt))
        : sort === 'status'
          ? IDEA_STATUSES.indexOf(a.status as IdeaStatus) - IDEA_STATUSES.indexOf(b.status as IdeaStatus)
          : b.supportCount - a.supportCount,
    );
    return { body: { items } };
  };

  const vote = (r: ApiRequest) => {
    const [id, , actorId] = segments(r);
    const current = find(id!);
    const others = (current.supporters ?? []).filter((s) => s.actorId !== actorId);
    const meetingId = (r.body as { meetingId?: string } | undefined)?.meetingId ?? null;
    const supporters =
      r.method === 'PUT' ? [...others, { actorId: actorId!, actorName: actorNames[actorId!] ?? 'Organisation', castByName: 'Test Person', meetingId, createdAt: LATER }] : others;
    return { body: put({ ...current, supporters, supportCount: supporters.length }) };
  };

  const decide = (r: ApiRequest) => {
    const [id] = segments(r);
    const current = find(id!);
    const { status, reason } = r.body as { status: IdeaStatus; reason?: string };
    const accepted = status === 'accepted';
    put({ ...current, status, decisionReason: reason ?? null, decidedAt: LATER, activityId: accepted ? activityId : current.activityId });
    const before = state.details[id!]?.decisions ?? [];
    state.details[id!] = {
      ...state.details[id!],
      decisions: [...before, { id: uuid(990 + before.length), fromStatus: current.status, toStatus: status, reason: reason ?? null, userName: 'Stina Steering', createdAt: LATER }],
    };
    return { body: detail(id!) };
  };

  const comment = (r: ApiRequest) => {
    const [id, , commentId] = segments(r);
    if (r.method === 'GET') return { body: { items: state.comments.filter((c) => c.ideaId === id) } };
    if (r.method === 'POST') {
      const created = ideaComment.encode(
        ideaComment.parse({ id: uuid(985 + state.comments.length), ideaId: id, authorId: uuid(900), authorName: 'Me', text: (r.body as { text: string }).text, createdAt: LATER, editedAt: null, deletedAt: null }),
      ) as CommentWire;
      state.comments.push(created);
      return { status: 201, body: created };
    }
    state.comments = state.comments.map((c) => (c.id === commentId ? { ...c, text: null, deletedAt: LATER } : c));
    return { status: 204 };
  };

  const routes: ApiRoute[] = [
    { path: base, answer: list },
    { method: 'PUT', path: /\/ideas\/[^/]+\/votes\/[^/]+$/, answer: vote },
    { method: 'DELETE', path: /\/ideas\/[^/]+\/votes\/[^/]+$/, answer: vote },
    { method: 'POST', path: /\/ideas\/[^/]+\/decision$/, answer: decide },
    { method: 'GET', path: /\/ideas\/[^/]+\/comments$/, answer: comment },
    { method: 'POST', path: /\/ideas\/[^/]+\/comments$/, answer: comment },
    { method: 'DELETE', path: /\/ideas\/[^/]+\/comments\/[^/]+$/, answer: comment },
    { path: new RegExp(`^${base}/[^/]+$`), answer: (r) => ({ body: detail(segments(r)[0]!) }) },
  ];
  return { routes, state };
}
