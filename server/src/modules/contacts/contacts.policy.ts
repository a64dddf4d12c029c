import type { ContactCoordination } from '../employers/employers.policy';

/** Only a contact outside the owner and the joint actions is flagged (and warned about beforehand). */
export function isUncoordinatedContact(coordination: ContactCoordination): boolean {
  return coordination === 'uncoordinated';
}
