/** German strings of the anonymize feature (part of the catalog in ../de.ts). */
export const anonymize = {
};
