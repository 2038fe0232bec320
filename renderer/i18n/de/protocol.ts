/** German strings of the protocol feature (part of the catalog in ../de.ts). */
export const protocol = {
};
