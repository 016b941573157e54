// The pmlint extension: starts pmlint-lsp for Markdown documents and hands it the
// `pmlint.*` settings. All the linting happens in the server; this file only connects.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** Settings the server reads (`initializationOptions`, then `workspace/configuration`). */
function serverSettings() {
  const settings = vscode.workspace.getConfiguration('pmlint');
  return { profile: settings.get('profile') || undefined, rules: settings.get('rules') };
}

async function start() {
  const command = vscode.workspace.getConfiguration('pmlint').get('path') || 'pmlint-lsp';
  client = new LanguageClient(
    'pmlint',
    'pmlint',
    { command, args: ['--stdio'] },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'untitled', language: 'markdown' },
      ],
      initializationOptions: serverSettings(),
      // Sends workspace/didChangeConfiguration when any pmlint.* setting changes.
      synchronize: { configurationSection: 'pmlint' },
    },
  );
  await client.start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // A new executable needs a new process; profile and rules reach the running one.
      if (event.affectsConfiguration('pmlint.path')) {
        await deactivate();
        await start();
      }
    }),
  );
  await start();
}

async function deactivate() {
  if (client) {
    const stopping = client;
    client = undefined;
    await stopping.stop();
  }
}

module.exports = { activate, deactivate };
