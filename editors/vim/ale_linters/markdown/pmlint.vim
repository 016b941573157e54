" pmlint for Markdown postmortems in Vim 8+ (or Neovim) through ALE 3.0 or later.
"
" ALE runs `pmlint --format json` on the buffer's text as you type and shows each finding
" where pmlint reports it: pmlint's columns count bytes, as Vim's do. ALE finds this file on
" 'runtimepath' (see editors/vim/README.md); pmlint must be on PATH, or set
" g:ale_markdown_pmlint_executable. Extra options, such as '--profile external', go in
" g:ale_markdown_pmlint_options (or b: for one buffer).

call ale#Set('markdown_pmlint_executable', 'pmlint')
call ale#Set('markdown_pmlint_options', '')

function! ale_linters#markdown#pmlint#GetCommand(buffer) abort
    " --stdin-filename names the buffer's file, so pmlint finds its .pmlint.json.
    return '%e --format json' . ale#Pad(ale#Var(a:buffer, 'markdown_pmlint_options')) . ' --stdin-filename %s -'
endfunction

" One item per finding; ALE's end_col is the last column of the range, pmlint's end is the
" first column after it.
function! ale_linters#markdown#pmlint#Handle(buffer, lines) abort
    let l:report = ale#util#FuzzyJSONDecode(a:lines, {})
    let l:items = []

    for l:file in get(l:report, 'files', [])
        for l:finding in l:file.diagnostics
            let l:start = l:finding.range.start
            let l:end = l:finding.range.end
            call add(l:items, {
            \   'lnum': l:start.line,
            \   'col': l:start.column,
            \   'end_lnum': l:end.line,
            \   'end_col': l:end.column - 1,
            \   'type': get({'error': 'E', 'warning': 'W'}, l:finding.severity, 'I'),
            \   'code': l:finding.rule,
            \   'text': l:finding.message,
            \})
        endfor
    endfor

    return l:items
endfunction

call ale#linter#Define('markdown', {
\   'name': 'pmlint',
\   'executable': {buffer -> ale#Var(buffer, 'markdown_pmlint_executable')},
\   'command': function('ale_linters#markdown#pmlint#GetCommand'),
\   'callback': 'ale_linters#markdown#pmlint#Handle',
\})
