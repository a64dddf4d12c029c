/**
 * Realistic jobs of the sectors where inclusive work is common, as tasks with demand profiles on the matching
 * dimensions (0 not required … 4 very high). Used by the demo network and by the matching benchmark, so that both
 * work on profiles shaped like real work (a cleaner stands and bends, an order picker lifts, an office clerk reads
 * and uses a computer) rather than on uniform random numbers, which flatter every algorithm.
 */
import type { DimensionKey } from '../modules/profiles/dimensions';

export interface TaskTemplate {
  name: string;
  /** Typical share of the job's hours. */
  share: number;
  demands: Partial<Record<DimensionKey, number>>;
}

export interface JobTemplate {
  sector: string;
  /** NACE code of the sector (demo employers use the same list). */
  nace: string;
  title: string;
  isco: string;
  hours: [number, number];
  shifts: ('day' | 'early' | 'late' | 'night' | 'weekend')[];
  dutchLevel: 'A1' | 'A2' | 'B1' | 'B2' | null;
  essential: DimensionKey[];
  tasks: TaskTemplate[];
}

export const JOB_TEMPLATES: JobTemplate[] = [
  {
    sector: 'Schoonmaak',
    nace: '81.21',
    title: 'Schoonmaker kantoren',
    isco: '9112',
    hours: [15, 30],
    shifts: ['early', 'late'],
    dutchLevel: 'A1',
    essential: ['standing'],
    tasks: [
      {
        name: 'Vloeren reinigen',
        share: 0.4,
        demands: {
          standing: 3,
          walking: 3,
          bending_kneeling: 2,
          physical_stamina: 3,
          working_alone: 3,
          daily_routine: 2,
        },
      },
      {
        name: 'Sanitair reinigen',
        share: 0.3,
        demands: {
          bending_kneeling: 3,
          reaching: 2,
          dust_fumes: 2,
          fine_hand_use: 1,
          working_independently: 2,
        },
      },
      {
        name: 'Afval ophalen en sorteren',
        share: 0.2,
        demands: { lifting: 2, carrying: 2, walking: 2, attention: 1 },
      },
      {
        name: 'Voorraad aanvullen',
        share: 0.1,
        demands: { lifting: 2, reading: 1, calculating: 1, memory: 2 },
      },
    ],
  },
  {
    sector: 'Logistiek',
    nace: '52.10',
    title: 'Orderpicker',
    isco: '9333',
    hours: [30, 38],
    shifts: ['early', 'late', 'night'],
    dutchLevel: 'A2',
    essential: ['lifting', 'carrying'],
    tasks: [
      {
        name: 'Orders verzamelen met scanner',
        share: 0.5,
        demands: {
          walking: 3,
          lifting: 3,
          carrying: 3,
          reading: 2,
          digital_skills: 1,
          work_pace: 3,
          attention: 3,
        },
      },
      {
        name: 'Paletten inpakken en wikkelen',
        share: 0.25,
        demands: { lifting: 3, bending_kneeling: 3, standing: 3, hand_arm_strength: 3 },
      },
      {
        name: 'Goederen ontvangen en controleren',
        share: 0.25,
        demands: { reading: 2, calculating: 2, attention: 3, lifting: 2, cooperation: 2, noise: 2 },
      },
    ],
  },
  {
    sector: 'Logistiek',
    nace: '52.10',
    title: 'Magazijnmedewerker administratie',
    isco: '4321',
    hours: [19, 38],
    shifts: ['day'],
    dutchLevel: 'B1',
    essential: ['reading'],
    tasks: [
      {
        name: 'Leveringen registreren',
        share: 0.5,
        demands: { digital_skills: 3, reading: 3, writing: 2, calculating: 2, sitting: 2, attention: 3 },
      },
      {
        name: 'Telefonisch contact met vervoerders',
        share: 0.2,
        demands: { phone_use: 3, speaking_dutch: 3, understanding_dutch: 3, customer_contact: 2 },
      },
      {
        name: 'Voorraad tellen',
        share: 0.3,
        demands: { walking: 2, calculating: 2, memory: 2, working_independently: 2 },
      },
    ],
  },
  {
    sector: 'Groenonderhoud',
    nace: '81.30',
    title: 'Groenarbeider',
    isco: '9214',
    hours: [19, 38],
    shifts: ['day'],
    dutchLevel: 'A1',
    essential: ['outdoor_work'],
    tasks: [
      {
        name: 'Gras maaien en kanten snijden',
        share: 0.4,
        demands: {
          outdoor_work: 3,
          walking: 3,
          noise: 3,
          hand_arm_strength: 2,
          heat_cold: 3,
          physical_stamina: 3,
        },
      },
      {
        name: 'Hagen snoeien',
        share: 0.3,
        demands: { reaching: 3, hand_arm_strength: 3, outdoor_work: 3, standing: 3, attention: 2 },
      },
      {
        name: 'Onkruid wieden en planten',
        share: 0.3,
        demands: {
          bending_kneeling: 3,
          outdoor_work: 3,
          fine_hand_use: 2,
          cooperation: 2,
          taking_instructions: 2,
        },
      },
    ],
  },
  {
    sector: 'Restaurant',
    nace: '56.10',
    title: 'Keukenhulp',
    isco: '9411',
    hours: [15, 38],
    shifts: ['day', 'late', 'weekend'],
    dutchLevel: 'A2',
    essential: ['work_pace'],
    tasks: [
      {
        name: 'Groenten snijden en voorbereiden',
        share: 0.4,
        demands: { fine_hand_use: 3, standing: 3, attention: 2, daily_routine: 2, taking_instructions: 2 },
      },
      {
        name: 'Afwassen',
        share: 0.35,
        demands: { standing: 3, heat_cold: 2, work_pace: 3, lifting: 2, noise: 2 },
      },
      {
        name: 'Keuken opruimen',
        share: 0.25,
        demands: { bending_kneeling: 2, walking: 2, cooperation: 2, working_independently: 1 },
      },
    ],
  },
  {
    sector: 'Restaurant',
    nace: '56.10',
    title: 'Zaalmedewerker',
    isco: '5131',
    hours: [15, 38],
    shifts: ['day', 'late', 'weekend'],
    dutchLevel: 'B1',
    essential: ['customer_contact'],
    tasks: [
      {
        name: 'Klanten bedienen',
        share: 0.5,
        demands: {
          customer_contact: 4,
          speaking_dutch: 3,
          understanding_dutch: 3,
          memory: 3,
          stress_handling: 3,
          walking: 3,
          work_pace: 3,
        },
      },
      {
        name: 'Tafels dekken en afruimen',
        share: 0.3,
        demands: { walking: 3, carrying: 2, fine_hand_use: 2, standing: 3 },
      },
      {
        name: 'Afrekenen',
        share: 0.2,
        demands: { calculating: 3, digital_skills: 2, attention: 3, responsibility: 3 },
      },
    ],
  },
  {
    sector: 'Supermarkt',
    nace: '47.11',
    title: 'Rekkenvuller',
    isco: '5223',
    hours: [15, 30],
    shifts: ['early', 'day', 'weekend'],
    dutchLevel: 'A2',
    essential: [],
    tasks: [
      {
        name: 'Rekken aanvullen',
        share: 0.6,
        demands: {
          lifting: 2,
          bending_kneeling: 3,
          reaching: 3,
          standing: 3,
          daily_routine: 2,
          working_independently: 2,
        },
      },
      { name: 'Houdbaarheid controleren', share: 0.2, demands: { reading: 2, attention: 3, seeing: 3 } },
      {
        name: 'Klanten de weg wijzen',
        share: 0.2,
        demands: { customer_contact: 2, speaking_dutch: 2, understanding_dutch: 2 },
      },
    ],
  },
  {
    sector: 'Metaalbewerking',
    nace: '25.62',
    title: 'Productiemedewerker metaal',
    isco: '9329',
    hours: [30, 38],
    shifts: ['early', 'late', 'night'],
    dutchLevel: 'A2',
    essential: ['noise'],
    tasks: [
      {
        name: 'Machine bedienen en bijvullen',
        share: 0.5,
        demands: { standing: 3, noise: 4, attention: 3, work_pace: 3, taking_instructions: 3, shift_work: 3 },
      },
      {
        name: 'Onderdelen ontbramen',
        share: 0.3,
        demands: { fine_hand_use: 3, hand_arm_strength: 3, dust_fumes: 3, seeing: 3 },
      },
      {
        name: 'Kwaliteitscontrole',
        share: 0.2,
        demands: { attention: 4, reading: 2, calculating: 2, responsibility: 3 },
      },
    ],
  },
  {
    sector: 'Woonzorgcentrum',
    nace: '87.30',
    title: 'Logistiek assistent zorg',
    isco: '5322',
    hours: [19, 30],
    shifts: ['early', 'day', 'weekend'],
    dutchLevel: 'B1',
    essential: ['customer_contact'],
    tasks: [
      {
        name: 'Maaltijden rondbrengen',
        share: 0.4,
        demands: { walking: 3, customer_contact: 3, speaking_dutch: 2, understanding_dutch: 3, memory: 2 },
      },
      {
        name: 'Kamers opruimen',
        share: 0.35,
        demands: { bending_kneeling: 2, standing: 2, working_independently: 2, daily_routine: 2 },
      },
      {
        name: 'Bewoners begeleiden naar activiteiten',
        share: 0.25,
        demands: { customer_contact: 4, stress_handling: 2, cooperation: 3, handling_criticism: 2 },
      },
    ],
  },
  {
    sector: 'Recyclage',
    nace: '38.32',
    title: 'Sorteerder recyclage',
    isco: '9329',
    hours: [30, 38],
    shifts: ['early', 'late'],
    dutchLevel: 'A1',
    essential: ['dust_fumes'],
    tasks: [
      {
        name: 'Afval sorteren aan de band',
        share: 0.6,
        demands: {
          standing: 3,
          work_pace: 3,
          dust_fumes: 3,
          noise: 3,
          seeing: 2,
          fine_hand_use: 2,
          daily_routine: 3,
        },
      },
      {
        name: 'Containers wisselen',
        share: 0.4,
        demands: { lifting: 3, carrying: 3, outdoor_work: 2, heat_cold: 2, cooperation: 2 },
      },
    ],
  },
  {
    sector: 'Wasserij',
    nace: '96.01',
    title: 'Medewerker wasserij',
    isco: '9121',
    hours: [19, 38],
    shifts: ['early', 'day'],
    dutchLevel: 'A1',
    essential: ['heat_cold'],
    tasks: [
      {
        name: 'Linnen sorteren',
        share: 0.3,
        demands: { standing: 3, reaching: 2, attention: 2, dust_fumes: 2 },
      },
      {
        name: 'Strijken en plooien',
        share: 0.5,
        demands: { standing: 3, fine_hand_use: 3, heat_cold: 3, daily_routine: 3, work_pace: 2 },
      },
      { name: 'Karren laden', share: 0.2, demands: { lifting: 2, carrying: 2, walking: 2 } },
    ],
  },
  {
    sector: 'Drukkerij',
    nace: '18.12',
    title: 'Medewerker afwerking drukkerij',
    isco: '8189',
    hours: [19, 38],
    shifts: ['day', 'late'],
    dutchLevel: 'A2',
    essential: [],
    tasks: [
      {
        name: 'Drukwerk vouwen en inpakken',
        share: 0.5,
        demands: { fine_hand_use: 3, sitting: 2, attention: 3, daily_routine: 3, noise: 2 },
      },
      {
        name: 'Snijmachine bedienen',
        share: 0.3,
        demands: { attention: 4, responsibility: 3, taking_instructions: 3, noise: 3 },
      },
      { name: 'Dozen stapelen', share: 0.2, demands: { lifting: 2, carrying: 2, reaching: 2 } },
    ],
  },
  {
    sector: 'IT-diensten',
    nace: '62.01',
    title: 'Medewerker data-invoer',
    isco: '4110',
    hours: [19, 38],
    shifts: ['day'],
    dutchLevel: 'B1',
    essential: ['digital_skills'],
    tasks: [
      {
        name: 'Documenten scannen en indexeren',
        share: 0.5,
        demands: { digital_skills: 3, sitting: 3, attention: 3, reading: 3, daily_routine: 2 },
      },
      {
        name: 'Gegevens controleren',
        share: 0.3,
        demands: { attention: 4, reading: 3, calculating: 2, working_independently: 3 },
      },
      {
        name: 'Vragen van collega’s beantwoorden',
        share: 0.2,
        demands: { phone_use: 2, speaking_dutch: 3, cooperation: 3, writing: 2 },
      },
    ],
  },
  {
    sector: 'Bakkerij',
    nace: '10.71',
    title: 'Productiemedewerker bakkerij',
    isco: '8160',
    hours: [19, 38],
    shifts: ['early', 'night', 'weekend'],
    dutchLevel: 'A2',
    essential: ['shift_work'],
    tasks: [
      {
        name: 'Deeg verwerken',
        share: 0.4,
        demands: { standing: 3, hand_arm_strength: 3, heat_cold: 3, shift_work: 3, work_pace: 3 },
      },
      {
        name: 'Producten verpakken',
        share: 0.4,
        demands: { fine_hand_use: 3, standing: 3, daily_routine: 3, work_pace: 3, attention: 2 },
      },
      { name: 'Bakplaten reinigen', share: 0.2, demands: { standing: 2, bending_kneeling: 2, lifting: 2 } },
    ],
  },
  {
    sector: 'Garage',
    nace: '45.20',
    title: 'Bandenmonteur',
    isco: '7233',
    hours: [30, 38],
    shifts: ['day'],
    dutchLevel: 'A2',
    essential: ['hand_arm_strength'],
    tasks: [
      {
        name: 'Banden wisselen',
        share: 0.6,
        demands: { hand_arm_strength: 4, lifting: 3, bending_kneeling: 3, noise: 2, dust_fumes: 2 },
      },
      { name: 'Voertuigen verplaatsen', share: 0.2, demands: { seeing: 3, attention: 3, responsibility: 3 } },
      {
        name: 'Klanten onthalen',
        share: 0.2,
        demands: { customer_contact: 2, speaking_dutch: 2, understanding_dutch: 2 },
      },
    ],
  },
];

/**
 * Where a sector has no template of its own, or an employer has work beside its core trade: the sectors whose jobs
 * are also found there (a hotel cleans, washes and serves; a painter's firm cleans sites and keeps a paint store;
 * a care home has a kitchen, cleaning and laundry). Restaurants and IT firms keep to their own jobs.
 */
const RELATED_SECTORS: Record<string, string[]> = {
  '10.71': ['47.11', '52.10'],
  '47.11': ['52.10', '10.71'],
  '81.21': ['96.01'],
  '81.30': ['38.32'],
  '52.10': ['47.11'],
  '25.62': ['52.10', '81.21'],
  '87.30': ['56.10', '81.21', '96.01'],
  '55.10': ['56.10', '81.21', '96.01'],
  '45.20': ['52.10'],
  '18.12': ['52.10', '62.01'],
  '38.32': ['52.10', '81.30'],
  '43.34': ['81.21', '52.10'],
  '96.01': ['81.21', '52.10'],
};

/** The templates of an employer's sector; for a sector without its own (a hotel, a painter's firm) the related ones. */
export function templatesForSector(naceCode: string): JobTemplate[] {
  const own = JOB_TEMPLATES.filter((t) => t.nace === naceCode);
  if (own.length) {
    return own;
  }
  const related = (RELATED_SECTORS[naceCode] ?? []).flatMap((nace) =>
    JOB_TEMPLATES.filter((t) => t.nace === nace),
  );
  return related.length ? related : JOB_TEMPLATES;
}

/** The templates of related sectors; a sector without related ones (a restaurant) keeps to its own. */
export function relatedTemplates(naceCode: string): JobTemplate[] {
  const related = (RELATED_SECTORS[naceCode] ?? []).flatMap((nace) =>
    JOB_TEMPLATES.filter((t) => t.nace === nace),
  );
  return related.length ? related : templatesForSector(naceCode);
}
