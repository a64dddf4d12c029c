/**
 * The demo network: a fictional inclusive-employment network in the province of East Flanders. Organisation
 * names are invented; municipalities, postcodes and the kinds of organisations are real.
 */
import type { OrganisationKind, Role } from '../db/schema';

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  seatNis: string;
  served: string[];
  hasIndicationCell?: boolean;
  /** How many generated staff members hold each role here (besides the demo accounts). */
  staff: Partial<Record<Role, number>>;
  /** Relative share of the participants whose current organisation this is. */
  participantShare: number;
}

export const GENT_REGION = [
  '44021',
  '44013',
  '44019',
  '44020',
  '44064',
  '44083',
  '44085',
  '44086',
  '44087',
  '44088',
  '44052',
];
export const AALST_REGION = [
  '41002',
  '41011',
  '41018',
  '41024',
  '41027',
  '41034',
  '41048',
  '41063',
  '41081',
  '41082',
];
export const DENDERMONDE_REGION = [
  '42003',
  '42004',
  '42006',
  '42008',
  '42010',
  '42011',
  '42023',
  '42025',
  '42026',
  '42028',
];
export const MEETJESLAND = ['43002', '43005', '43007', '43010', '43014', '43018', '44084'];
export const VLAAMSE_ARDENNEN = [
  '45035',
  '45041',
  '45059',
  '45060',
  '45061',
  '45062',
  '45063',
  '45064',
  '45065',
  '45068',
  '44081',
];
export const WAASLAND = ['46020', '46021', '46024', '46025', '46029', '46030'];
export const PROVINCE = [
  ...GENT_REGION,
  ...AALST_REGION,
  ...DENDERMONDE_REGION,
  ...MEETJESLAND,
  ...VLAAMSE_ARDENNEN,
  ...WAASLAND,
];

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'federation',
    name: 'Netwerk Inclusief Werk Oost-Vlaanderen',
    kind: 'federation',
    seatNis: '44021',
    served: PROVINCE,
    staff: { analyst: 1 },
    participantShare: 0,
  },
  {
    key: 'vdab',
    name: 'VDAB Regio Gent-Eeklo',
    kind: 'public_employment_service',
    seatNis: '44021',
    served: [...GENT_REGION, ...MEETJESLAND],
    staff: { indication_consultant: 2, indication_validator: 1, coach: 3, account_manager: 1 },
    participantShare: 12,
  },
  {
    key: 'gtb',
    name: 'GTB Oost-Vlaanderen',
    kind: 'gtb',
    seatNis: '41002',
    served: PROVINCE,
    staff: { indication_consultant: 2, coach: 2 },
    participantShare: 10,
  },
  {
    key: 'ocmw-gent',
    name: 'OCMW Gent – Indiceringscel',
    kind: 'ocmw',
    seatNis: '44021',
    served: ['44021'],
    hasIndicationCell: true,
    staff: { indication_consultant: 1, coach: 1 },
    participantShare: 8,
  },
  {
    key: 'ocmw-aalst',
    name: 'OCMW Aalst',
    kind: 'ocmw',
    seatNis: '41002',
    served: ['41002'],
    staff: { coach: 1 },
    participantShare: 5,
  },
  {
    key: 'mutualiteit',
    name: 'Mutualiteit Zorgkring Oost-Vlaanderen',
    kind: 'health_insurer',
    seatNis: '44021',
    served: PROVINCE,
    staff: { coach: 2 },
    participantShare: 8,
  },
  {
    key: 'leiewerf',
    name: 'Maatwerkbedrijf De Leiewerf',
    kind: 'maatwerkbedrijf',
    seatNis: '44083',
    served: [...GENT_REGION, ...MEETJESLAND],
    staff: { coach: 2, account_manager: 1 },
    participantShare: 22,
  },
  {
    key: 'dendervallei',
    name: 'Maatwerkbedrijf Dendervallei',
    kind: 'maatwerkbedrijf',
    seatNis: '41048',
    served: [...AALST_REGION, ...DENDERMONDE_REGION],
    staff: { org_admin: 1, coach: 2, account_manager: 1 },
    participantShare: 18,
  },
  {
    key: 'scheldeland',
    name: 'Jobcoaching Scheldeland',
    kind: 'coaching_organisation',
    seatNis: '42006',
    served: [...DENDERMONDE_REGION, ...WAASLAND, ...VLAAMSE_ARDENNEN],
    staff: { org_admin: 1, coach: 2 },
    participantShare: 14,
  },
  {
    key: 'caw',
    name: 'CAW Oost-Vlaanderen',
    kind: 'caw',
    seatNis: '44021',
    served: PROVINCE,
    staff: { coach: 1 },
    participantShare: 3,
  },
];

/** One demo account per role: `<role>@demo.werkbrug.test`, and where it sits. */
export const DEMO_ACCOUNTS: {
  role: Role;
  displayName: string;
  organisation?: string;
  scope?: 'employer' | 'participant';
}[] = [
  { role: 'network_admin', displayName: 'Nora Netwerkbeheer', organisation: 'federation' },
  { role: 'org_admin', displayName: 'Olivier Organisatiebeheer', organisation: 'leiewerf' },
  { role: 'coach', displayName: 'Charlotte Coach', organisation: 'leiewerf' },
  { role: 'indication_consultant', displayName: 'Ines Indicering', organisation: 'vdab' },
  { role: 'indication_validator', displayName: 'Victor Validatie', organisation: 'vdab' },
  { role: 'account_manager', displayName: 'Arne Accountbeheer', organisation: 'leiewerf' },
  { role: 'employer_contact', displayName: 'Eva Werkgever', scope: 'employer' },
  { role: 'mentor', displayName: 'Marc Mentor', scope: 'employer' },
  { role: 'participant', displayName: 'Pieter Deelnemer', scope: 'participant' },
  { role: 'analyst', displayName: 'Anouk Analyse', organisation: 'federation' },
];

export const DEMO_PASSWORD = 'werkbrug-demo';
export const DEMO_EMAIL_DOMAIN = 'demo.werkbrug.test';

/** NACE sectors where inclusive jobs are common, with a label for generated employer names. */
export const SECTORS: { nace: string; label: string; weight: number }[] = [
  { nace: '10.71', label: 'Bakkerij', weight: 5 },
  { nace: '56.10', label: 'Restaurant', weight: 8 },
  { nace: '47.11', label: 'Supermarkt', weight: 8 },
  { nace: '81.21', label: 'Schoonmaak', weight: 9 },
  { nace: '81.30', label: 'Groenonderhoud', weight: 7 },
  { nace: '52.10', label: 'Logistiek', weight: 9 },
  { nace: '25.62', label: 'Metaalbewerking', weight: 5 },
  { nace: '87.30', label: 'Woonzorgcentrum', weight: 7 },
  { nace: '55.10', label: 'Hotel', weight: 4 },
  { nace: '45.20', label: 'Garage', weight: 4 },
  { nace: '18.12', label: 'Drukkerij', weight: 3 },
  { nace: '38.32', label: 'Recyclage', weight: 5 },
  { nace: '43.34', label: 'Schilderwerken', weight: 4 },
  { nace: '96.01', label: 'Wasserij', weight: 3 },
  { nace: '62.01', label: 'IT-diensten', weight: 2 },
];
