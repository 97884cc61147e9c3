/** The context-menu entries. Created on install/update; both browsers keep them afterwards. */

export const MENU_PAGE = 'gleaner-clip-page';
export const MENU_SELECTION = 'gleaner-clip-selection';

export function installMenus() {
  // removeAll first: on an update the old entries still exist and create() would fail on the ids.
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({ id: MENU_PAGE, title: 'Clip page to Gleaner', contexts: ['page'] });
    chrome.contextMenus.create({
      id: MENU_SELECTION, title: 'Clip selection to Gleaner', contexts: ['selection'],
    });
  });
}

/** @returns {{selection: boolean} | null} clip options for a menu item, or null if not ours. */
export function optionsForMenu(menuItemId) {
  if (menuItemId === MENU_PAGE) return { selection: false };
  if (menuItemId === MENU_SELECTION) return { selection: true };
  return null;
}
