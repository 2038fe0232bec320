/** German strings of the sync feature (part of the catalog in ../de.ts). */
export const sync = {
};
