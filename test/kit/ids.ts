/**
 * Ids of the embedded dataset that tests (and stories) name again and again: one name each, here. Tests that walk
 * every event read `seedDataset.events` instead.
 */
export const KERCH = 'kerch-bridge-attack';
export const OCT10 = '2022-10-10-missile-strikes';
export const LUKASHENKO = '2022-10-10-lukashenko-troop-deployment';
export const TURKSTREAM = 'turkstream-pipeline-claim';
export const DEC29 = '2023-12-29-aerial-bombardment';
export const BELGOROD = '2023-12-30-belgorod-attack';
export const KHARKIV_KHERSON = '2023-12-30-kharkiv-kherson-strikes';
export const UNSC = '2023-12-30-un-security-council-meeting';
export const INTENSIFY = '2024-01-01-putin-intensify-statement';
export const NEW_YEAR = '2024-01-01-new-year-drone-attack';
export const DONETSK = '2024-01-21-donetsk-shelling';
export const JAN23 = '2024-01-23-kyiv-kharkiv-missile-strikes';
