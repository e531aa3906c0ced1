/** The status-bar item: scanning (with a count), the number of problems, or an error; it opens the output. */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/shared/settings';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corpusLint.status', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Corpus Lint';
    this.item.command = 'corpusLint.showOutput';
  }

  show(s: StatusParams): void {
    if (s.state === 'scanning') {
      this.item.text = `$(sync~spin) Corpus Lint: scanning${s.total > 0 ? ` ${s.scanned}/${s.total}` : ''}`;
      this.item.tooltip = 'Corpus Lint is reading the articles of the workspace';
      this.item.backgroundColor = undefined;
    } else if (s.state === 'error') {
      this.item.text = '$(error) Corpus Lint: error';
      this.item.tooltip = s.message ?? 'Corpus Lint failed; click to see its output';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else {
      this.item.text = `$(${s.problems > 0 ? 'warning' : 'check'}) Corpus Lint: ${s.problems} problem${s.problems === 1 ? '' : 's'}`;
      this.item.tooltip = `${s.total} articles linted; click to see the output`;
      this.item.backgroundColor = undefined;
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
