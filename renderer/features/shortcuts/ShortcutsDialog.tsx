// "Keyboard shortcuts" (?): every single-key shortcut, which work whenever focus is not in a
// text field.
import { Dialog } from '../../components/Dialog.js';

const SHORTCUTS: [string[], string][] = [
  [['/'], 'Focus the search box'],
  [['j', 'k'], 'Next / previous result'],
  [['↑', '↓', 'Home', 'End'], 'Move through the results or the notes (focus in the list)'],
  [['Enter'], 'Open the selected result'],
  [['Space'], 'Documents: select or unselect the focused row'],
  [['Shift ↑', 'Shift ↓'], 'Documents: extend the selection'],
  [['Ctrl', 'A'], 'Documents: select all that match'],
  [['Enter'], 'Documents: open the focused document in the reader'],
  [['n', 'N'], 'Next / previous search hit in the reader'],
  [['h'], 'Highlight the selected text'],
  [['Esc'], 'Close a dialog or popover'],
  [['Ctrl', 'Enter'], 'Save a highlight from its note field'],
  [['Ctrl', 'Z'], 'Undo the latest delete, merge or highlight edit (Cmd+Z on a Mac; in a field it undoes the typing)'],
  [['?'], 'Show these shortcuts'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" className="shortcuts-dialog" onClose={onClose}>
      <table className="shortcuts">
        <caption className="visually-hidden">Shortcut keys</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={action}>
              <td>
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? (keys[0] === 'Ctrl' ? ' + ' : ' / ') : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Shortcuts are ignored while you type in a field. Panes resize with the arrow keys on their dividers.</p>
    </Dialog>
  );
}
