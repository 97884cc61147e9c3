/**
 * Background entry point (Chromium: module service worker; Firefox: module event page). It only
 * wires browser events to clipTab; the logic lives in the modules it imports.
 */
import { clipTab } from './clip.js';
import { testConnection } from './api.js';
import { installMenus, optionsForMenu } from './menus.js';
import { loadSettings } from './settings.js';

// Exposed for tests and debugging: evaluate `clipTab(tabId)` in the worker's console.
globalThis.clipTab = clipTab;

chrome.runtime.onInstalled.addListener(installMenus);

chrome.action.onClicked.addListener((tab) => clipTab(tab.id));

chrome.commands.onCommand.addListener((command, tab) => {
  // Older browsers pass no tab: clipTab then takes the active one.
  if (command === 'clip-page') clipTab(tab ? tab.id : undefined);
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  const options = optionsForMenu(info.menuItemId);
  if (options && tab && tab.id >= 0) clipTab(tab.id, options);
});

/**
 * Messages from the extension's own pages (the options page, the end-to-end test):
 *   {type: 'gleaner.clipTab', tabId, options} → clipTab's result
 *   {type: 'gleaner.testConnection'}          → testConnection's result, with the stored settings
 */
const HANDLERS = {
  'gleaner.clipTab': (message) => clipTab(message.tabId, message.options || {}),
  'gleaner.testConnection': async () => testConnection(await loadSettings()),
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && HANDLERS[message.type];
  if (!handler || sender.id !== chrome.runtime.id) return false;
  handler(message).then(sendResponse);
  return true; // keeps the channel open for the asynchronous answer
});
