-- Neovim 0.11+: found on 'runtimepath' by vim.lsp.config; enable with vim.lsp.enable('pmlint').
-- Change the profile with vim.lsp.config('pmlint', { settings = { pmlint = { profile = 'external' } } }).
return {
  cmd = { 'pmlint-lsp', '--stdio' },
  filetypes = { 'markdown' },
  root_markers = { '.pmlint.json', '.git' },
}
