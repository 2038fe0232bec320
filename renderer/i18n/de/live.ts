/** German strings of the live feature (part of the catalog in ../de.ts). */
export const live = {
};
