/**
 * Who runs this execution: the person at the menu, or the owner of the trigger that fired.
 * One accessor, so that forms ownership has one place to ask.
 */
export function currentUser(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch {
    // The address is not available in this execution (a consumer account's trigger may not give it).
    return '';
  }
}
