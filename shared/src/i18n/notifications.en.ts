// The sentences of notifications in English: the same words in the app's bell and in the e-mails
// the server sends. The web merges this object into its catalogue (top-level key
// `notificationText`); the server reads it through i18n/index.ts. See notification-text.ts for how
// the parameters are filled in.
export const notificationsEn = {
  notificationText: {
    valueReturnedOne: '{{indicator}} ({{actor}}, {{period}}) was sent back for correction: {{reason}}',
    valueReturnedMany: '{{count}} values were sent back for correction: {{reason}}',
    valueMissingSoon: '{{actor}}: figures for {{period}} are due by {{date}}: {{indicators}}',
    valueMissingLate: '{{actor}}: figures for {{period}} were due by {{date}} and are still missing: {{indicators}}',
    reminder: 'Reminder from {{sender}}: {{actor}} has not yet reported {{indicators}} for {{period}} (due by {{date}})',
    reminderNoSender: 'Reminder: {{actor}} has not yet reported {{indicators}} for {{period}} (due by {{date}})',
    comment: '{{author}} commented on {{indicator}}, {{period}}: “{{excerpt}}”',
    commentNoExcerpt: '{{author}} commented on {{indicator}}, {{period}}',
    mention: '{{author}} mentioned {{actor}} in a comment on {{indicator}}, {{period}}',
    actionItemAssigned: '{{actor}} has a new action item: “{{title}}”, due by {{date}}',
    actionItemAssignedNoDate: '{{actor}} has a new action item: “{{title}}”',
    actionItemOverdue: 'The action item “{{title}}” for {{actor}} was due by {{date}}',
    ideaAccepted: 'The idea “{{title}}” was accepted',
    ideaDeclined: 'The idea “{{title}}” was declined: {{reason}}',
    ideaDeclinedNoReason: 'The idea “{{title}}” was declined',
    ideaUnderDiscussion: 'The idea “{{title}}” is now under discussion',
    ideaOther: 'The idea “{{title}}” was updated',
    valueLine: '{{indicator}}, {{actor}}, {{period}}',
    wholeArea: 'whole area',
    andMore: '{{list}} and {{count}} more',
    fromMeeting: 'From the meeting “{{meeting}}”',
    unknown: 'Something new happened',
  },
  notificationEmail: {
    digestSubject: '{{count}} new notifications: {{app}}',
    digestSubjectOne: 'A new notification: {{app}}',
    digestIntro: 'Hello {{name}}, this is what happened since we last wrote:',
    reminderSubject: 'Reminder: figures for {{period}} are missing ({{initiative}})',
    reminderIntro: 'Hello {{name}},',
    reminderAsk: 'Please enter the figures here:',
    open: 'Open',
    footer: 'You receive this because you are a member of {{app}}. You can turn these e-mails off in your account menu.',
    app: 'the Collective Impact dashboard',
  },
};

export type NotificationWords = typeof notificationsEn;
