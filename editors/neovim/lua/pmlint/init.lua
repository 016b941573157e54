-- pmlint for Neovim's built-in LSP client.
--
-- Works on Neovim 0.7 and later: 0.7 has only vim.lsp.start_client (one client, attached to
-- each Markdown buffer by hand), 0.8 added vim.lsp.start (which reuses a running client per
-- root folder). Also registers pmlint with nvim-lspconfig for those who manage servers there.
local M = {}

-- Defaults; every key can be overridden in setup().
M.defaults = {
  -- The server executable, looked up on PATH unless it is an absolute path.
  cmd = { 'pmlint-lsp', '--stdio' },
  filetypes = { 'markdown' },
  -- nil lets each document's front matter or .pmlint.json pick the profile; a name
  -- (internal, external, or one of your own) forces it, like `pmlint --profile`.
  profile = nil,
  -- Laid over the configuration file's "rules", same shape: { PM010 = 'off', ['summary-length'] = 'error' }.
  rules = nil,
}

-- A folder holding .pmlint.json or .git, searched upwards from the file; else the file's folder.
local function root_dir(path)
  local folder = vim.fn.fnamemodify(path, ':p:h')
  local config = vim.fn.findfile('.pmlint.json', folder .. ';')
  if config ~= '' then
    return vim.fn.fnamemodify(config, ':p:h')
  end
  local git = vim.fn.finddir('.git', folder .. ';')
  if git ~= '' then
    return vim.fn.fnamemodify(git, ':p:h:h')
  end
  return folder
end

-- The server's own settings: sent at start (initializationOptions) and whenever it asks
-- (workspace/configuration, section "pmlint"). An empty rules table is left out, and the
-- settings start as vim.empty_dict(), because Lua cannot tell an empty object from a list.
local function server_settings(options)
  local settings = vim.empty_dict()
  if options.profile then
    settings.profile = options.profile
  end
  if options.rules and next(options.rules) then
    settings.rules = options.rules
  end
  return settings
end

-- A client configuration for vim.lsp.start / vim.lsp.start_client / vim.lsp.config.
function M.client_config(options, path)
  options = vim.tbl_deep_extend('force', M.defaults, options or {})
  local settings = server_settings(options)
  return {
    name = 'pmlint',
    cmd = options.cmd,
    root_dir = path and root_dir(path) or nil,
    init_options = settings,
    settings = { pmlint = settings },
  }
end

-- Starts (or reuses) the client for a Markdown buffer.
local function attach(options, buffer)
  local path = vim.api.nvim_buf_get_name(buffer)
  local config = M.client_config(options, path)
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = buffer })
  end
  -- Neovim 0.7: one client for the session, attached to every Markdown buffer.
  if not M.client_id or vim.lsp.client_is_stopped(M.client_id) then
    M.client_id = vim.lsp.start_client(config)
  end
  if M.client_id then
    vim.lsp.buf_attach_client(buffer, M.client_id)
  end
  return M.client_id
end

-- Starts pmlint for every buffer of the configured file types.
function M.setup(options)
  options = vim.tbl_deep_extend('force', M.defaults, options or {})
  local group = vim.api.nvim_create_augroup('pmlint', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = options.filetypes,
    callback = function(event)
      attach(options, event.buf)
    end,
  })
end

-- Registers pmlint with nvim-lspconfig (which does not ship it), then sets it up:
-- require('pmlint').lspconfig({ profile = 'external' }).
function M.lspconfig(options)
  options = vim.tbl_deep_extend('force', M.defaults, options or {})
  local configs = require('lspconfig.configs')
  local util = require('lspconfig.util')
  if not configs.pmlint then
    local config = M.client_config(options)
    configs.pmlint = {
      default_config = {
        cmd = config.cmd,
        filetypes = options.filetypes,
        root_dir = util.root_pattern('.pmlint.json', '.git'),
        single_file_support = true,
        init_options = config.init_options,
        settings = config.settings,
      },
    }
  end
  require('lspconfig').pmlint.setup({})
end

return M
