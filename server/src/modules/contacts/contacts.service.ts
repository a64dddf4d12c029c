import { groupBy } from '../../lib/collections';
import type { RequestContext } from '../../lib/context';
import { addToDate, brusselsDate } from '../../lib/dates';
import { NotFoundError, ValidationError } from '../../lib/errors';
import { translate } from '../../lib/i18n';
import { approachesRepository } from '../approaches/approaches.repository';
import { recordAudit } from '../audit/audit.service';
import {
  approachOrganisationIds,
  contactCoordination,
  contactOrganisationId,
  type EmployerRelation,
} from '../employers/employers.policy';
import { presentEmployer } from '../employers/employers.presenter';
import { employersRepository } from '../employers/employers.repository';
import { type EmployerAccess, loadEmployerAccess } from '../employers/employers.service';
import { notificationsRepository } from '../notifications/notifications.repository';
import { isUncoordinatedContact } from './contacts.policy';
import { presentContact } from './contacts.presenter';
import { contactsRepository } from './contacts.repository';
import type { ContactCheckQuery, ContactQuery, LogContactBody, UncoordinatedQuery } from './contacts.schemas';

const today = () => brusselsDate(new Date());

/** The employer's record for network staff only (employer contacts do not see the timeline). */
async function loadForStaff(ctx: RequestContext, employerId: string): Promise<EmployerAccess> {
  const access = await loadEmployerAccess(ctx, employerId);
  if (access.view !== 'network') {
    throw new NotFoundError();
  }
  return access;
}

/** "Organisation (account manager)", the way the warning names the owner. */
async function ownerLabel(ctx: RequestContext, employerId: string) {
  const row = await employersRepository.findById(ctx.db, employerId);
  const owner = row ? presentEmployer(row).owner : null;
  return {
    owner,
    label: owner
      ? owner.accountManager
        ? `${owner.organisation.name} (${owner.accountManager.name})`
        : owner.organisation.name
      : '',
  };
}

function warningFor(ctx: RequestContext, employerName: string, ownerText: string) {
  return {
    code: 'uncoordinated_contact',
    message: translate(ctx.locale, 'uncoordinated_contact', { employer: employerName, owner: ownerText }),
  };
}

/** The organisation a contact is for: one of the actor's (400 naming the field otherwise). */
function organisationFor(ctx: RequestContext, relation: EmployerRelation, requested?: string) {
  const organisationId = contactOrganisationId(ctx.actor, relation, requested);
  if (!organisationId) {
    throw ValidationError.field('organisationId', requested ? 'unknown_reference' : 'required');
  }
  return organisationId;
}

/** The employer's contact timeline: every network organisation sees it (the point is to coordinate). */
export async function findContacts(ctx: RequestContext, employerId: string, query: ContactQuery) {
  await loadForStaff(ctx, employerId);
  const { rows, total } = await contactsRepository.findForEmployer(ctx.db, employerId, query);
  return { items: rows.map(presentContact), total, page: query.page, pageSize: query.pageSize };
}

/**
 * The dry run of logging a contact: for which organisation it would be recorded, whether that is the owner, a
 * joint action or uncoordinated, and the warning to show before logging it.
 */
export async function checkContact(ctx: RequestContext, employerId: string, query: ContactCheckQuery) {
  const access = await loadForStaff(ctx, employerId);
  const organisationId = contactOrganisationId(ctx.actor, access.relation, query.organisationId);
  if (query.organisationId && !organisationId) {
    throw ValidationError.field('organisationId', 'unknown_reference');
  }
  const coordination = organisationId ? contactCoordination(organisationId, access.relation) : null;
  const isUncoordinated = coordination !== null && isUncoordinatedContact(coordination);
  const { owner, label } = await ownerLabel(ctx, employerId);
  const pending = await approachesRepository.findPendingForEmployer(ctx.db, employerId);
  const pendingOfMine = organisationId
    ? pending.find((p) => p.requesting_organisation_id === organisationId)
    : undefined;
  const organisation = organisationId
    ? await contactsRepository.findOrganisation(ctx.db, organisationId)
    : undefined;
  return {
    employer: { id: access.id, name: access.name },
    organisation: organisation ?? null,
    coordination,
    isUncoordinated,
    owner,
    warning: isUncoordinated ? warningFor(ctx, access.name, label) : null,
    pendingApproachRequestId: pendingOfMine?.id ?? null,
    canRequestApproach:
      !!organisationId &&
      !pendingOfMine &&
      approachOrganisationIds(ctx.actor, access.relation).includes(organisationId),
  };
}

/**
 * Logs a contact with the employer. A contact by an organisation that is neither owner nor in a joint action is
 * recorded all the same (nothing acknowledged is lost) but flagged as uncoordinated; the answer carries the
 * warning and the owner's account manager is told.
 */
export async function logContact(ctx: RequestContext, employerId: string, input: LogContactBody) {
  const access = await loadForStaff(ctx, employerId);
  if (input.contactedOn > today()) {
    throw ValidationError.field('contactedOn', 'date_in_future');
  }
  if (input.nextStepDueOn && !input.nextStep) {
    throw ValidationError.field('nextStep', 'required');
  }
  if (input.nextStepDueOn && input.nextStepDueOn < input.contactedOn) {
    throw ValidationError.field('nextStepDueOn', 'date_order', { other: 'contactedOn' });
  }
  if (
    input.contactPersonId &&
    !(await employersRepository.findContactPerson(ctx.db, employerId, input.contactPersonId))
  ) {
    throw ValidationError.field('contactPersonId', 'unknown_reference');
  }
  const organisationId = organisationFor(ctx, access.relation, input.organisationId);
  const coordination = contactCoordination(organisationId, access.relation);
  const isUncoordinated = isUncoordinatedContact(coordination);
  const { label } = await ownerLabel(ctx, employerId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await contactsRepository.insert(trx, {
      employer_id: employerId,
      organisation_id: organisationId,
      user_id: ctx.actor.userId,
      contact_person_id: input.contactPersonId ?? null,
      contacted_on: input.contactedOn,
      channel: input.channel,
      summary: input.summary,
      next_step: input.nextStep ?? null,
      next_step_due_on: input.nextStepDueOn ?? null,
      is_uncoordinated: isUncoordinated,
    });
    if (isUncoordinated) {
      const recipients = access.relation.ownerUserId
        ? [access.relation.ownerUserId]
        : await notificationsRepository.findRecipients(trx, access.relation.ownerOrganisationId!, [
            'account_manager',
            'org_admin',
          ]);
      const organisation = await contactsRepository.findOrganisation(trx, organisationId);
      await notificationsRepository.insertForUsers(trx, recipients, {
        kind: 'employer_contact.uncoordinated',
        entityType: 'employer_contact',
        entityId: id,
        params: {
          employerId,
          employer: access.name,
          organisation: organisation?.name ?? '',
          date: input.contactedOn,
        },
      });
    }
    // The channel and how it was coordinated; what was said stays in the timeline, not in the audit log.
    await recordAudit(trx, ctx, {
      action: 'employer_contact.created',
      entityType: 'employer_contact',
      entityId: id,
      organisationId,
      details: { employerId, channel: input.channel, coordination },
    });
    return id;
  });
  const row = await contactsRepository.findById(ctx.db, id);
  return {
    contact: presentContact(row!),
    coordination,
    warning: isUncoordinated ? warningFor(ctx, access.name, label) : null,
  };
}

/**
 * Employers contacted by more than one organisation from `days` days ago (90 by default) up to today, with the
 * organisations, who and when, and how each stands with the employer today: the list that catches uncoordinated
 * approaches. Contacts flagged when logged are counted apart.
 */
export async function findUncoordinatedCases(ctx: RequestContext, query: UncoordinatedQuery) {
  const to = today();
  const from = addToDate(to, { days: -query.days });
  const { rows, total } = await contactsRepository.findUncoordinatedCases(ctx.db, { ...query, from, to });
  const employerIds = rows.map((r) => r.employer_id);
  const [contacts, joint] = await Promise.all([
    contactsRepository.findInWindow(ctx.db, employerIds, from, to),
    contactsRepository.findJointActions(ctx.db, employerIds),
  ]);
  const contactsByEmployer = groupBy(contacts, (c) => c.employer_id);
  const jointByEmployer = groupBy(joint, (j) => j.employer_id);
  return {
    from,
    to,
    days: query.days,
    items: rows.map((r) => {
      const relation: EmployerRelation = {
        ownerOrganisationId: r.owner_organisation_id,
        ownerUserId: null,
        jointOrganisationIds: (jointByEmployer.get(r.employer_id) ?? []).map((j) => j.organisation_id),
      };
      const byOrganisation = groupBy(contactsByEmployer.get(r.employer_id) ?? [], (c) => c.organisation_id);
      return {
        employer: { id: r.employer_id, name: r.employer_name },
        owner: r.owner_organisation_id
          ? { id: r.owner_organisation_id, name: r.owner_organisation_name ?? '' }
          : null,
        organisationCount: Number(r.organisation_count),
        contactCount: Number(r.contact_count),
        uncoordinatedCount: Number(r.uncoordinated_count),
        firstContactOn: r.first_contact_on,
        lastContactOn: r.last_contact_on,
        organisations: [...byOrganisation.values()].map((list) => ({
          organisation: { id: list[0]!.organisation_id, name: list[0]!.organisation_name },
          coordination: contactCoordination(list[0]!.organisation_id, relation),
          contacts: list.map((c) => ({
            id: c.id,
            contactedOn: c.contacted_on,
            channel: c.channel,
            user: { id: c.user_id, name: c.user_name },
            isUncoordinated: c.is_uncoordinated,
          })),
        })),
      };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
