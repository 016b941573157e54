" Drives Vim in Ex mode, started with the README's Vim snippet as its vimrc (ALE and the
" shipped editors/vim linter, with pmlint on PATH): opens $PMLINT_FILE, waits until ALE has
" linted it, and writes what ALE holds for the buffer as JSON to $PMLINT_OUT.

function! s:Linted(buffer) abort
    return has_key(get(g:, 'ale_buffer_info', {}), a:buffer)
    \   && !ale#engine#IsCheckingBuffer(a:buffer)
    \   && !empty(ale#engine#GetLoclist(a:buffer))
endfunction

function! s:Report() abort
    let l:buffer = bufnr('')
    let l:started = reltime()
    " ALE runs pmlint as a job; Vim handles the job's output while it sleeps.
    while !s:Linted(l:buffer) && reltimefloat(reltime(l:started)) < 30
        sleep 50m
    endwhile
    let l:items = map(copy(ale#engine#GetLoclist(l:buffer)), {_, item -> {
    \   'linter': item.linter_name, 'code': get(item, 'code', ''), 'type': item.type,
    \   'lnum': item.lnum, 'col': item.col, 'end_lnum': get(item, 'end_lnum', -1), 'end_col': get(item, 'end_col', -1),
    \   'text': item.text,
    \}})
    let l:linters = map(ale#linter#Get(&filetype), 'v:val.name')
    call writefile([json_encode({'filetype': &filetype, 'linters': l:linters, 'items': l:items})], $PMLINT_OUT)
endfunction

try
    edit $PMLINT_FILE
    call s:Report()
catch
    call writefile([json_encode({'error': v:exception . ' at ' . v:throwpoint})], $PMLINT_OUT)
endtry
qall!
