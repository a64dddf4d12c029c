import type { Widen } from '../widen';

/** In-app notifications (the bell in the header); one text per notification kind. */
export const nl = {
  notifications: {
    bell: 'Meldingen',
    bellUnread_one: 'Meldingen, {{count}} ongelezen',
    bellUnread_other: 'Meldingen, {{count}} ongelezen',
    empty: 'Je hebt geen meldingen.',
    markAllRead: 'Alles als gelezen markeren',
    unread: 'Ongelezen',
    kinds: {
      referral: {
        reminder:
          'Herinnering: de toeleiding van {{participant}} ({{measure}}, toegeleid op {{referredOn}}) wacht nog op een eerste contact.',
        no_answer:
          'Geen antwoord: de toeleiding van {{participant}} van {{referredOn}} werd na {{days}} dagen zonder eerste contact afgesloten.',
      },
      unknown: 'Nieuwe melding.',
    },
  },
};

export const en: Widen<typeof nl> = {
  notifications: {
    bell: 'Notifications',
    bellUnread_one: 'Notifications, {{count}} unread',
    bellUnread_other: 'Notifications, {{count}} unread',
    empty: 'You have no notifications.',
    markAllRead: 'Mark all as read',
    unread: 'Unread',
    kinds: {
      referral: {
        reminder:
          'Reminder: the referral of {{participant}} ({{measure}}, referred on {{referredOn}}) is still waiting for a first contact.',
        no_answer:
          'No answer: the referral of {{participant}} of {{referredOn}} was closed after {{days}} days without a first contact.',
      },
      unknown: 'New notification.',
    },
  },
};
