/** German strings of the circleAdmin feature (part of the catalog in ../de.ts). */
export const circleAdmin = {
};
