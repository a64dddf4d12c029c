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
      approach_request: {
        filed: '{{organisation}} vraagt om {{employer}} te mogen benaderen. Beslis over de aanvraag.',
        accepted:
          '{{organisation}} aanvaardde je aanvraag: je werkt mee voor {{employer}} in een gezamenlijke actie.',
        declined: '{{organisation}} weigerde je aanvraag om {{employer}} te benaderen.',
        taken_over: '{{organisation}} droeg het accountbeheer van {{employer}} over aan je organisatie.',
      },
      employer: {
        owner_assigned: 'Je bent nu het aanspreekpunt (accountmanager) van {{employer}}.',
      },
      employer_contact: {
        uncoordinated:
          '{{organisation}} had op {{date}} contact met {{employer}} zonder afspraak met jullie als accountbeheerder.',
      },
      service_request: {
        created: 'Nieuwe dienstaanvraag voor je organisatie: {{service}} bij {{employer}}.',
        done: '{{service}} bij {{employer}} is afgerond.',
      },
      internship_sheet: {
        ready: 'Het stageblad voor {{job}} is klaar. Lees het en aanvaard het als alles klopt.',
        acceptance_reset: 'Het stageblad voor {{job}} is gewijzigd. Lees het opnieuw en aanvaard het.',
        accepted: '{{employer}} aanvaardde het stageblad voor {{job}}.',
      },
      proposal: {
        suggested: 'Matchingsuggestie: {{participant}} voor {{job}}. Stel voor of wijs af.',
        proposed: 'Nieuw voorstel: {{participant}} voor {{job}}.',
        interview: 'Sollicitatiegesprek gepland: {{participant}} voor {{job}}.',
        accepted: 'Aanvaard: {{participant}} voor {{job}}.',
        declined: 'Afgewezen: het voorstel van {{participant}} voor {{job}}.',
      },
      matching_batch: {
        published_one:
          'Het netwerkvoorstel is gepubliceerd: {{count}} nieuwe suggestie voor jouw deelnemers of werkgevers.',
        published_other:
          'Het netwerkvoorstel is gepubliceerd: {{count}} nieuwe suggesties voor jouw deelnemers of werkgevers.',
      },
      survey: {
        invited: '{{organisation}} vraagt je mening. Vul de korte vragenlijst in.',
      },
      recognition: {
        expiring: 'De erkenning {{scheme}} van {{subject}} loopt af op {{validUntil}} (nog {{days}} dagen).',
      },
      member_survey: {
        opened: 'Nieuwe ledenbevraging: {{title}}. Vul jullie cijfers in vóór {{deadline}}.',
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
      approach_request: {
        filed: '{{organisation}} asks to approach {{employer}}. Decide on the request.',
        accepted: '{{organisation}} accepted your request: you work for {{employer}} in a joint action.',
        declined: '{{organisation}} declined your request to approach {{employer}}.',
        taken_over: '{{organisation}} handed the account of {{employer}} over to your organisation.',
      },
      employer: {
        owner_assigned: 'You are now the point of contact (account manager) of {{employer}}.',
      },
      employer_contact: {
        uncoordinated:
          '{{organisation}} contacted {{employer}} on {{date}} without agreement with you as the account owner.',
      },
      service_request: {
        created: 'New service request for your organisation: {{service}} at {{employer}}.',
        done: '{{service}} at {{employer}} is done.',
      },
      internship_sheet: {
        ready: 'The internship sheet for {{job}} is ready. Read it and accept it when everything is right.',
        acceptance_reset: 'The internship sheet for {{job}} has changed. Read it again and accept it.',
        accepted: '{{employer}} accepted the internship sheet for {{job}}.',
      },
      proposal: {
        suggested: 'Matching suggestion: {{participant}} for {{job}}. Propose or decline.',
        proposed: 'New proposal: {{participant}} for {{job}}.',
        interview: 'Job interview planned: {{participant}} for {{job}}.',
        accepted: 'Accepted: {{participant}} for {{job}}.',
        declined: 'Declined: the proposal of {{participant}} for {{job}}.',
      },
      matching_batch: {
        published_one:
          'The network-wide proposal was published: {{count}} new suggestion for your participants or employers.',
        published_other:
          'The network-wide proposal was published: {{count}} new suggestions for your participants or employers.',
      },
      survey: {
        invited: '{{organisation}} asks for your opinion. Fill in the short survey.',
      },
      recognition: {
        expiring: 'The recognition {{scheme}} of {{subject}} ends on {{validUntil}} ({{days}} days left).',
      },
      member_survey: {
        opened: 'New member survey: {{title}}. Enter your figures before {{deadline}}.',
      },
      unknown: 'New notification.',
    },
  },
};
