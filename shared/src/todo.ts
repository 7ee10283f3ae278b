// The caller's reporting to-do: values sent back to correct, values due now, values overdue.
import { z } from 'zod';
import { FREQUENCIES } from './enums.js';
import { id, isoDate, periodKey } from './common.js';

/** What the to-do is about: one indicator, one reporter (or the whole area), one period. */
const todoCell = {
  indicatorId: id,
  indicatorCode: z.string(),
  indicatorName: z.string(),
  frequency: z.enum(FREQUENCIES),
  actorId: id.nullable().meta({ description: 'Null for a population-level value, reported once by the backbone' }),
  actorName: z.string().nullable(),
  period: periodKey,
  dueDate: isoDate.meta({ description: "The period's due date: its end plus the initiative's reporting days" }),
};

export const todoReturned = z.object({
  kind: z.literal('returned'),
  ...todoCell,
  measurementId: id,
  reason: z.string().meta({ description: 'Why the value was sent back' }),
  version: z.number().int().meta({ description: 'The version to send with the corrected value' }),
});

const unreported = {
  ...todoCell,
  hasDraft: z.boolean().meta({ description: 'A draft was saved but not submitted' }),
};

export const todoMissing = z.object({
  kind: z.literal('missing'),
  ...unreported,
});

export const todoLate = z.object({
  kind: z.literal('late'),
  ...unreported,
});

export const todoItem = z.discriminatedUnion('kind', [todoReturned, todoMissing, todoLate]).meta({
  description:
    'returned: a value was sent back and waits for a correction; missing: the period has ended and its values are due ' +
    '(not yet late); late: the due date has passed (due within the last 12 months) and nothing was reported',
});
export type TodoItem = z.infer<typeof todoItem>;
export type TodoKind = TodoItem['kind'];

export const todoResponse = z.object({
  today: isoDate.meta({ description: 'The day the list was worked out for (UTC)' }),
  items: z.array(todoItem).meta({ description: 'Ordered by due date, earliest first' }),
});
export type TodoResponse = z.infer<typeof todoResponse>;
