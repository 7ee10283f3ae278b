// Every API module, registered under /api/v1 by app.ts. Add a module with one line here.
import type { App } from '../lib/types.js';
import { ExportSlots, type QuotaOptions } from '../lib/quotas.js';
import healthRoutes from './health/health.routes.js';
import authRoutes from './auth/auth.routes.js';
import passwordRoutes from './auth/password.routes.js';
import initiativeRoutes from './initiatives/initiatives.routes.js';
import goalRoutes from './goals/goals.routes.js';
import actorRoutes from './actors/actors.routes.js';
import workingGroupRoutes from './working-groups/working-groups.routes.js';
import indicatorRoutes from './indicators/indicators.routes.js';
import narrativeRoutes from './narratives/narratives.routes.js';
import measurementRoutes from './measurements/measurements.routes.js';
import memberRoutes from './members/members.routes.js';
import auditRoutes from './audit/audit.routes.js';
import seriesRoutes from './series/series.routes.js';
import overviewRoutes from './overview/overview.routes.js';
import completenessRoutes from './completeness/completeness.routes.js';
import todoRoutes from './todo/todo.routes.js';
import activityRoutes from './activities/activities.routes.js';
import ideaRoutes from './ideas/ideas.routes.js';
import meetingSeriesRoutes from './meeting-series/meeting-series.routes.js';
import meetingRoutes from './meetings/meetings.routes.js';
import reportRoutes from './reports/reports.routes.js';
import packRoutes from './reports/packs.routes.js';
import reportJobRoutes from './reports/reports.jobs.routes.js';
import { setUpReportQueue } from './reports/reports.jobs.js';
import { reportRenderer } from './reports/reports.render.js';
import calendarRoutes from './calendar/calendar.routes.js';
import publicRoutes from './public/public.routes.js';
import notificationRoutes from './notifications/notifications.routes.js';
import reminderRoutes from './notifications/reminders.routes.js';
import commentRoutes from './comments/comments.routes.js';
import importRoutes from './imports/imports.routes.js';
import backupRoutes from './backup/backup.routes.js';

export interface ModuleOptions {
  cookieSecure: boolean;
  loginRateLimit: number;
  loginAddressRateLimit: number;
  /** Base of absolute links, without a trailing slash. */
  publicUrl: string;
  quotas: QuotaOptions;
}

export async function apiModules(app: App, opts: ModuleOptions) {
  await app.register(healthRoutes);
  await app.register(authRoutes, opts);
  await app.register(passwordRoutes, opts);
  await app.register(initiativeRoutes);
  await app.register(goalRoutes);
  await app.register(actorRoutes);
  await app.register(workingGroupRoutes);
  await app.register(indicatorRoutes);
  await app.register(narrativeRoutes);
  await app.register(measurementRoutes);
  await app.register(memberRoutes);
  await app.register(auditRoutes);
  await app.register(seriesRoutes);
  await app.register(overviewRoutes);
  await app.register(completenessRoutes);
  await app.register(todoRoutes);
  await app.register(activityRoutes);
  await app.register(ideaRoutes);
  await app.register(meetingSeriesRoutes);
  await app.register(meetingRoutes);
  // One count of exports in progress, shared by every route that generates a file while the request waits.
  const exportSlots = new ExportSlots(opts.quotas);
  await app.register(reportRoutes, { exportSlots });
  // Report jobs and meeting packs are rendered by the queue's workers, on whichever instance runs them.
  const enqueue = setUpReportQueue(app, reportRenderer(app));
  await app.register(reportJobRoutes, { quotas: opts.quotas, enqueue });
  await app.register(packRoutes, { exportSlots, enqueue });
  await app.register(calendarRoutes, opts);
  await app.register(publicRoutes);
  await app.register(notificationRoutes);
  await app.register(reminderRoutes);
  await app.register(commentRoutes);
  await app.register(importRoutes);
  await app.register(backupRoutes);
}
