/**
 * The suggested set of work-relevant ICF categories that the indication form offers to start from.
 *
 * Why this set (no published core-set list is in ../shared/data, so none is claimed here): an indication must hold
 * 20 to 43 categories, and what it records becomes the participant's capability profile on the matching dimensions
 * (server/src/modules/profiles/dimensions.ts). The set is therefore chosen so that
 *   1. every matching dimension is informed by at least one category of the set (a test checks this), so a
 *      complete indication yields a complete capability profile and matching has no blind spots;
 *   2. it prefers the category that describes the work activity itself (d4154 standing, not d415 any posture),
 *      and one category where it informs several dimensions (d430 lifting and carrying, d445 reaching and arm
 *      strength), to stay within 43;
 *   3. it adds what vocational assessment asks about beyond single activities: getting and keeping work (d845),
 *      paid work (d850) and emotional functions (b152), the most frequent barrier in psychosocial problems.
 * Consultants remove what does not apply and add any other category by code or words.
 */

export interface SuggestedIcfCategory {
  code: string;
  /** Key of the group the form shows it under (UI: indications.suggestedGroups.<group>). */
  group: 'functions' | 'tasks' | 'communication' | 'mobility' | 'interpersonal' | 'work' | 'environment';
  /** Why it is in the set, in one line (shown as help in the form). */
  rationale: { nl: string; en: string };
}

const c = (
  code: string,
  group: SuggestedIcfCategory['group'],
  nl: string,
  en: string,
): SuggestedIcfCategory => ({ code, group, rationale: { nl, en } });

export const ICF_SUGGESTED_SET: readonly SuggestedIcfCategory[] = [
  // Body functions (mental and sensory)
  c(
    'b130',
    'functions',
    'Energie en motivatie om een werkdag vol te houden.',
    'Energy and drive to last a working day.',
  ),
  c('b140', 'functions', 'Aandacht bij het werk houden.', 'Keeping attention on the work.'),
  c(
    'b144',
    'functions',
    'Werkinstructies en afspraken onthouden.',
    'Remembering instructions and agreements.',
  ),
  c(
    'b152',
    'functions',
    'Emoties regelen: vaak de grootste drempel bij psychosociale problemen.',
    'Regulating emotions: often the main barrier in psychosocial problems.',
  ),
  c('b1641', 'functions', 'Eigen werk plannen en organiseren.', 'Planning and organising one’s own work.'),
  c('b1643', 'functions', 'Omschakelen bij veranderingen in het werk.', 'Switching when the work changes.'),
  c('b210', 'functions', 'Zien: veiligheid en precisiewerk.', 'Seeing: safety and precision work.'),
  c(
    'b230',
    'functions',
    'Horen: instructies, signalen, lawaai verdragen.',
    'Hearing: instructions, signals, tolerating noise.',
  ),
  c('b455', 'functions', 'Inspanning volhouden bij fysiek werk.', 'Sustaining effort in physical work.'),
  // Learning and general tasks
  c('d155', 'tasks', 'Nieuwe taken aanleren.', 'Learning new tasks.'),
  c('d175', 'tasks', 'Problemen in het werk zelf oplossen.', 'Solving problems at work.'),
  c('d2102', 'tasks', 'Een taak zelfstandig uitvoeren.', 'Carrying out a task independently.'),
  c('d220', 'tasks', 'Meerdere taken combineren.', 'Combining several tasks.'),
  c(
    'd230',
    'tasks',
    'Een dagelijkse routine en werkuren volhouden.',
    'Keeping a daily routine and working hours.',
  ),
  c('d2400', 'tasks', 'Verantwoordelijkheid dragen voor het werk.', 'Taking responsibility for the work.'),
  c('d2401', 'tasks', 'Omgaan met tijdsdruk en stress.', 'Handling time pressure and stress.'),
  c(
    'd240',
    'tasks',
    'Omgaan met psychische eisen van het werk.',
    'Handling the psychological demands of work.',
  ),
  // Communication
  c('d310', 'communication', 'Gesproken Nederlands begrijpen.', 'Understanding spoken Dutch.'),
  c('d330', 'communication', 'Nederlands spreken.', 'Speaking Dutch.'),
  c(
    'd166',
    'communication',
    'Werkdocumenten en veiligheidsinstructies lezen.',
    'Reading work documents and safety instructions.',
  ),
  c('d170', 'communication', 'Schrijven: registraties, bestellingen.', 'Writing: records, orders.'),
  c('d172', 'communication', 'Rekenen: tellen, wegen, geld.', 'Calculating: counting, weighing, money.'),
  c(
    'd360',
    'communication',
    'Digitale toestellen en software gebruiken.',
    'Using digital devices and software.',
  ),
  c('d3600', 'communication', 'Telefoneren.', 'Using the phone.'),
  // Mobility
  c('d410', 'mobility', 'Bukken en knielen.', 'Bending and kneeling.'),
  c('d4153', 'mobility', 'Lang zitten.', 'Sitting for long.'),
  c('d4154', 'mobility', 'Lang staan.', 'Standing for long.'),
  c('d430', 'mobility', 'Tillen en dragen.', 'Lifting and carrying.'),
  c('d440', 'mobility', 'Fijne handvaardigheid.', 'Fine hand use.'),
  c('d445', 'mobility', 'Reiken en kracht in armen en handen.', 'Reaching and arm and hand strength.'),
  c('d450', 'mobility', 'Stappen, ook over langere afstanden.', 'Walking, also longer distances.'),
  c('d4551', 'mobility', 'Klimmen: trappen, ladders.', 'Climbing: stairs, ladders.'),
  // Interpersonal
  c('d720', 'interpersonal', 'Samenwerken met collega’s.', 'Cooperating with colleagues.'),
  c(
    'd7202',
    'interpersonal',
    'Eigen gedrag regelen, ook bij kritiek.',
    'Regulating behaviour, also under criticism.',
  ),
  c('d730', 'interpersonal', 'Omgaan met klanten en onbekenden.', 'Dealing with customers and strangers.'),
  c(
    'd740',
    'interpersonal',
    'Omgaan met leidinggevenden en instructies.',
    'Dealing with supervisors and instructions.',
  ),
  // Work life
  c('d845', 'work', 'Werk vinden en behouden.', 'Getting and keeping a job.'),
  c('d850', 'work', 'Betaald werk uitvoeren.', 'Doing paid work.'),
  // Environment (qualifier = how much of a barrier it is)
  c(
    'e225',
    'environment',
    'Klimaat als drempel: hitte, koude, buitenwerk.',
    'Climate as a barrier: heat, cold, outdoor work.',
  ),
  c(
    'e260',
    'environment',
    'Luchtkwaliteit als drempel: stof, dampen.',
    'Air quality as a barrier: dust, fumes.',
  ),
];

export const ICF_SUGGESTED_CODES: ReadonlySet<string> = new Set(ICF_SUGGESTED_SET.map((s) => s.code));
