/**
 * The Tandem-Paket actions load once the first screen is drawn: the codec (with its schema
 * validation) is not needed to show the start screens, so it neither enlarges the start bundle nor
 * competes with the first screen's queries.
 */
import { afterStart } from '../../app/lazyPart';

export const CircleSyncActions = afterStart(() => import('./CircleSyncActions').then((m) => m.CircleSyncActions));
export const ImportPackageButton = afterStart(() => import('./ImportPackageButton').then((m) => m.ImportPackageButton));
export const MeetingSyncActions = afterStart(() => import('./MeetingSyncActions').then((m) => m.MeetingSyncActions));
