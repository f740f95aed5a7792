/** An error the model raises with Apps Script's wording; the facade rethrows it in the script realm. */
export class SheetsError extends Error {}

/** Apps Script's message for a taken sheet name. */
export function duplicateSheetMessage(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}
