import type { DocsChangeReport } from '../../generator/diff/report.js';
import { component, type DocsFolders, enumDoc, objectDoc } from './php-docs.js';

/** Returns the docs of a small API before a change: `Employee` and the `Status` enum. */
export function docsBefore(): Record<string, string> {
  return {
    [component('Employee')]: objectDoc('Employee', [
      { name: 'id', type: '*string*', required: true },
      { name: 'nickname', type: '*?string*' },
    ]),
    [component('Status')]: enumDoc('Status', [['Active', 'active']]),
  };
}

/** Returns the same docs after the change: a field swapped, an enum value and a model added. */
export function docsAfter(): Record<string, string> {
  return {
    [component('Employee')]: objectDoc('Employee', [
      { name: 'id', type: '*string*', required: true },
      { name: 'email', type: '*string\\|int*', required: true },
    ]),
    [component('Status')]: enumDoc('Status', [['Active', 'active'], ['Paused', 'paused']]),
    [component('Team')]: objectDoc('Team', [{ name: 'name', type: '*?string*' }]),
  };
}

export function smallReport(folders: DocsFolders): DocsChangeReport {
  return folders.diff(docsBefore(), docsAfter());
}
