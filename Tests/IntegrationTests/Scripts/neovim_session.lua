-- Drives a headless Neovim started with the README's Neovim snippet as its init.lua (which
-- loads the shipped editors/neovim config, finding pmlint-lsp on PATH), as a person would:
-- open a postmortem, read its diagnostics, ask for completion on a new heading line, pick a
-- code action from the menu. Writes what it saw as JSON to $PMLINT_OUT, then quits.
--
-- Environment: PMLINT_FILE (the document), PMLINT_OUT (the report), PMLINT_ACTION_TITLE (optional: the
-- code action to pick, at the line PMLINT_ACTION_LINE, 0-based).
local env = vim.env
local report = { version = vim.version() }
local timeout = 20000

local function finish()
  local file = io.open(env.PMLINT_OUT, 'w')
  file:write(vim.fn.json_encode(report))
  file:close()
  vim.cmd('qall!')
end

local function diagnostics(buffer)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(found, {
      code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
      line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message,
    })
  end
  return found
end

-- Remembers the document version each publication was computed for, so each step can wait
-- for the server's answer to the buffer as it is now.
local published_version
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  publish(err, result, ctx, config)
  published_version = result.version
end

local function wait_for_diagnostics(buffer, step)
  local current = function()
    return published_version ~= nil and published_version == vim.lsp.util.buf_versions[buffer]
  end
  if not vim.wait(timeout, current, 20) then
    error('no diagnostics were published for the current text ' .. step)
  end
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.PMLINT_FILE))
  local buffer = vim.api.nvim_get_current_buf()
  report.filetype = vim.bo[buffer].filetype
  wait_for_diagnostics(buffer, 'after opening the document')
  report.diagnostics = diagnostics(buffer)
  local client = vim.lsp.get_active_clients()[1]
  report.client = client and client.name

  -- Completion on a new, empty second-level heading at the end of the document.
  local last = vim.api.nvim_buf_line_count(buffer)
  vim.api.nvim_buf_set_lines(buffer, last, last, false, { '', '## ' })
  local params = { textDocument = { uri = vim.uri_from_bufnr(buffer) }, position = { line = last + 1, character = 3 } }
  local responses = vim.lsp.buf_request_sync(buffer, 'textDocument/completion', params, timeout) or {}
  report.completion = {}
  for _, response in pairs(responses) do
    local result = response.result or {}
    for _, item in ipairs(result.items or result) do
      table.insert(report.completion, item.label)
    end
  end
  vim.api.nvim_buf_set_lines(buffer, last, -1, false, {})
  wait_for_diagnostics(buffer, 'after removing the completion line')

  -- The code action, picked from the menu Neovim shows for the cursor's line.
  if env.PMLINT_ACTION_TITLE then
    vim.api.nvim_win_set_cursor(0, { tonumber(env.PMLINT_ACTION_LINE) + 1, 0 })
    report.offered = {}
    vim.ui.select = function(items, _, choose)
      for _, item in ipairs(items) do
        local action = item.action or item[2]
        table.insert(report.offered, action.title)
        if action.title == env.PMLINT_ACTION_TITLE then
          report.picked = action.title
          return choose(item)
        end
      end
      choose(nil)
    end
    vim.lsp.buf.code_action()
    if not vim.wait(timeout, function() return report.offered[1] ~= nil end, 20) then
      error('no code actions were offered')
    end
    if report.picked then
      wait_for_diagnostics(buffer, 'after the code action')
    end
    report.text_after = table.concat(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), '\n')
    report.diagnostics_after = diagnostics(buffer)
  end
end

local ok, message = pcall(run)
if not ok then
  report.error = tostring(message)
end
finish()
